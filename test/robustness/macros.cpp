// RUN: %check_lockio %s %t -- -- -std=c++17

#include <mutex>
#include <sys/socket.h>
#include <unistd.h>

#define SEND_ALL(fd, buf) send((fd), (buf), 16, 0)
#define NAP() sleep(1)
#define CALL(f, ...) f(__VA_ARGS__)
#define LOCKED(m) std::lock_guard<std::mutex> guard_##m(m)
#define TAKE(m) (m).lock()
#define GIVE(m) (m).unlock()

std::mutex mu;

// A blocking call spelled by a macro is reported where the macro is used.
void positive_call_in_macro(int fd, char *buf) {
  std::lock_guard<std::mutex> lock(mu);
  SEND_ALL(fd, buf);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'send' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-14]]:27: note: expanded from macro 'SEND_ALL'
  // CHECK-NOTES: :[[@LINE-4]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: no fix offered: the call is inside a macro expansion
  // CHECK-NOTES: :[[@LINE-17]]:27: note: expanded from macro 'SEND_ALL'
}

// A function name passed to a macro is reported at the argument.
void positive_callee_as_macro_argument(int fd, char *buf) {
  std::lock_guard<std::mutex> lock(mu);
  CALL(recv, fd, buf, 16, 0);
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: blocking call to 'recv' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:8: note: no fix offered: the call is inside a macro expansion
}

// A guard declared by a macro: the lock note points at the macro's use.
// FIXME: the reason given for no fix should say that the guard is declared
// in a macro; its type is spelled std::lock_guard, in the macro.
void positive_guard_in_macro(int fd, char *buf) {
  LOCKED(mu);
  recv(fd, buf, 16, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'recv' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-34]]:47: note: expanded from macro 'LOCKED'
  // CHECK-NOTES: :[[@LINE-4]]:3: note: no fix offered: the type of 'guard_mu' is not spelled as a std::lock_guard or std::scoped_lock
}

// Both the lock and the blocking call come from macros.
void positive_guard_and_call_in_macros() {
  LOCKED(mu);
  NAP();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-45]]:15: note: expanded from macro 'NAP'
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-45]]:47: note: expanded from macro 'LOCKED'
  // CHECK-NOTES: :[[@LINE-5]]:3: note: no fix offered: the call is inside a macro expansion
  // CHECK-NOTES: :[[@LINE-49]]:15: note: expanded from macro 'NAP'
}

// lock() and unlock() through macros; the lock is released in between.
// FIXME: the lock should be named 'mu'; the parentheses come from the
// macro's body.
void positive_lock_calls_in_macros(int fd, char *buf) {
  TAKE(mu);
  recv(fd, buf, 16, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'recv' while '(mu)' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: '(mu)' is locked here
  // CHECK-NOTES: :[[@LINE-57]]:17: note: expanded from macro 'TAKE'
  // CHECK-NOTES: :[[@LINE-4]]:3: note: no fix offered: '(mu)' is locked inside a macro expansion
  GIVE(mu);
  recv(fd, buf, 16, 0);
}
