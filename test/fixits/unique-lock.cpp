// RUN: %check_lockio --fix-notes %s %t -- -- -std=c++17

#include <mutex>
#include <unistd.h>

std::mutex mu;
int counter;

// A std::unique_lock already releases and retakes: only the calls are added,
// and what the blocking statement declares stays in scope after it.
long unique(int fd, char *buf) {
  std::unique_lock<std::mutex> lk(mu);
  ++counter;
  long n = read(fd, buf, 16);
  // CHECK-NOTES: :[[@LINE-1]]:12: warning: blocking call to 'read' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:32: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:12: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-FIXES: {{^}}  std::unique_lock<std::mutex> lk(mu);{{$}}
  // CHECK-FIXES-NEXT: {{^}}  ++counter;{{$}}
  // CHECK-FIXES-NEXT: {{^}}  lk.unlock();{{$}}
  // CHECK-FIXES-NEXT: {{^}}  long n = read(fd, buf, 16);{{$}}
  // CHECK-FIXES-NEXT: {{^}}  lk.lock();{{$}}
  counter += n;
  return n;
}

// A guard locked again after a deliberate unlock is released the same way.
void relocked(int fd) {
  std::unique_lock<std::mutex> lk(mu, std::defer_lock);
  lk.lock();
  ++counter;
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-FIXES: {{^}}  lk.unlock();{{$}}
  // CHECK-FIXES-NEXT: {{^}}  fsync(fd);{{$}}
  // CHECK-FIXES-NEXT: {{^}}  lk.lock();{{$}}
}
