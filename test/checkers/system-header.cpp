// RUN: %check_lockio %s %t -- -- -std=c++17 -isystem %inputs/system-header
// The user can name a library function the check cannot look into.
// RUN: %check_lockio -check-suffix=LISTED %s %t -config='{CheckOptions: {lockio-blocking-call-under-lock.BlockingFunctions: "vendor::slow_read"}}' -- -std=c++17 -isystem %inputs/system-header
// Even when diagnostics in system headers are shown, the header's own
// locked writes are not reported.
// RUN: %check_lockio -check-suffix=SHOWN %s %t --system-headers -- -std=c++17 -isystem %inputs/system-header

#include <mutex>
#include <vendor_io.h>

std::mutex mu;

// Calling the header's inline functions, which lock and block inside the
// header, reports nothing there; neither does instantiating its template.
void negative_header_functions(int fd, char *buf) {
  vendor::flush_log(fd, buf);
  vendor::store(fd, 42);
}

// A body in a system header is not looked into: only the catalogue and
// BlockingFunctions name library calls.
void negative_opaque_library_call(int fd, char *buf) {
  std::lock_guard<std::mutex> lock(mu);
  vendor::slow_read(fd, buf);
  // CHECK-NOTES-LISTED: :[[@LINE-1]]:3: warning: blocking call to 'vendor::slow_read' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-LISTED: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES-LISTED: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
}

// The user's own call of a catalogue function is reported in the user's
// file, also when a macro of the header spells it.
void positive_user_call_site(int fd, char *buf) {
  std::lock_guard<std::mutex> lock(mu);
  VENDOR_WRITE(fd, buf);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'write' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: vendor_io.h:32:31: note: expanded from macro 'VENDOR_WRITE'
  // CHECK-NOTES: :[[@LINE-4]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: no fix offered: the call is inside a macro expansion
  // CHECK-NOTES: vendor_io.h:32:31: note: expanded from macro 'VENDOR_WRITE'
  // CHECK-NOTES-LISTED: :[[@LINE-6]]:3: warning: blocking call to 'write' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-LISTED: vendor_io.h:32:31: note: expanded from macro 'VENDOR_WRITE'
  // CHECK-NOTES-LISTED: :[[@LINE-9]]:31: note: 'mu' is locked here
  // CHECK-NOTES-LISTED: :[[@LINE-9]]:3: note: no fix offered: the call is inside a macro expansion
  // CHECK-NOTES-LISTED: vendor_io.h:32:31: note: expanded from macro 'VENDOR_WRITE'
  // CHECK-NOTES-SHOWN: :[[@LINE-11]]:3: warning: blocking call to 'write' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-SHOWN: vendor_io.h:32:31: note: expanded from macro 'VENDOR_WRITE'
  // CHECK-NOTES-SHOWN: :[[@LINE-14]]:31: note: 'mu' is locked here
  // CHECK-NOTES-SHOWN: :[[@LINE-14]]:3: note: no fix offered: the call is inside a macro expansion
  // CHECK-NOTES-SHOWN: vendor_io.h:32:31: note: expanded from macro 'VENDOR_WRITE'
  write(fd, buf, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'write' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-19]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-NOTES-LISTED: :[[@LINE-4]]:3: warning: blocking call to 'write' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-LISTED: :[[@LINE-22]]:31: note: 'mu' is locked here
  // CHECK-NOTES-LISTED: :[[@LINE-6]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-NOTES-SHOWN: :[[@LINE-7]]:3: warning: blocking call to 'write' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-SHOWN: :[[@LINE-25]]:31: note: 'mu' is locked here
  // CHECK-NOTES-SHOWN: :[[@LINE-9]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
}
