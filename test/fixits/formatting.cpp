// RUN: %check_lockio --fix-notes %s %t -- -- -std=c++17

#include <mutex>
#include <unistd.h>

std::mutex mu;
int counter;

// Tabs stay tabs, a comment that introduces the blocking statement stays
// with it, and a trailing comment stays on its line.
void tabs(int fd) {
	std::unique_lock<std::mutex> lk(mu);
	++counter;
	// Flush what the last batch wrote.
	fsync(fd); // may take seconds
	++counter;
	// CHECK-NOTES: :[[@LINE-2]]:2: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
	// CHECK-NOTES: :[[@LINE-6]]:31: note: 'mu' is locked here
	// CHECK-NOTES: :[[@LINE-4]]:2: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
	// CHECK-FIXES: {{^}}	++counter;{{$}}
	// CHECK-FIXES-NEXT: {{^}}	lk.unlock();{{$}}
	// CHECK-FIXES-NEXT: {{^}}	// Flush what the last batch wrote.{{$}}
	// CHECK-FIXES-NEXT: {{^}}	fsync(fd); // may take seconds{{$}}
	// CHECK-FIXES-NEXT: {{^}}	lk.lock();{{$}}
}

// Two statements on one line: the relock goes right after the blocking one.
void oneLine(int fd) {
  std::unique_lock<std::mutex> lk(mu);
  fsync(fd); ++counter;
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:32: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-FIXES: {{^}}  lk.unlock();{{$}}
  // CHECK-FIXES-NEXT: {{^}}  fsync(fd); lk.lock(); ++counter;{{$}}
}
