// RUN: %check_lockio --fix-notes %s %t -- -- -std=c++17

#include <mutex>
#include <unistd.h>
#include <vector>

std::mutex mu;
int counter;

// Blocking statements in a row share one unlock and one relock; the fix
// note sits on the first finding, the others are covered by it.
void inARow(int fd, char *buf) {
  std::unique_lock<std::mutex> lk(mu);
  ++counter;
  read(fd, buf, 4);
  read(fd, buf + 4, 4);
  fsync(fd);
  ++counter;
  // CHECK-NOTES: :[[@LINE-4]]:3: warning: blocking call to 'read' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-7]]:32: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-6]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-NOTES: :[[@LINE-6]]:3: warning: blocking call to 'read' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-10]]:32: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-8]]:3: note: the fix offered at line [[#@LINE-9]] also releases 'mu' around this call
  // CHECK-NOTES: :[[@LINE-8]]:3: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-13]]:32: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-10]]:3: note: the fix offered at line [[#@LINE-12]] also releases 'mu' around this call
  // CHECK-FIXES: {{^}}  ++counter;{{$}}
  // CHECK-FIXES-NEXT: {{^}}  lk.unlock();{{$}}
  // CHECK-FIXES-NEXT: {{^}}  read(fd, buf, 4);{{$}}
  // CHECK-FIXES-NEXT: {{^}}  read(fd, buf + 4, 4);{{$}}
  // CHECK-FIXES-NEXT: {{^}}  fsync(fd);{{$}}
  // CHECK-FIXES-NEXT: {{^}}  lk.lock();{{$}}
}

// A blocking call in a loop body: released once around the whole loop.
void loop(const std::vector<int> &fds) {
  std::unique_lock<std::mutex> lk(mu);
  ++counter;
  for (int fd : fds) {
    fsync(fd);
  }
  ++counter;
  // CHECK-NOTES: :[[@LINE-3]]:5: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-7]]:32: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-5]]:5: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-FIXES: {{^}}  lk.unlock();{{$}}
  // CHECK-FIXES-NEXT: {{^}}  for (int fd : fds) {{[{]}}{{$}}
  // CHECK-FIXES-NEXT: {{^}}    fsync(fd);{{$}}
  // CHECK-FIXES-NEXT: {{^}}  }{{$}}
  // CHECK-FIXES-NEXT: {{^}}  lk.lock();{{$}}
}

// A loop whose condition reads protected state may release the lock in its
// body: the body takes it again before the condition is evaluated.
struct Backoff {
  std::mutex mu;
  bool ready = false;
  void wait() {
    std::unique_lock<std::mutex> lk(mu);
    while (!ready) {
      sleep(1);
    }
    // CHECK-NOTES: :[[@LINE-2]]:7: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-5]]:34: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE-4]]:7: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
    // CHECK-FIXES: {{^}}    while (!ready) {{[{]}}{{$}}
    // CHECK-FIXES-NEXT: {{^}}      lk.unlock();{{$}}
    // CHECK-FIXES-NEXT: {{^}}      sleep(1);{{$}}
    // CHECK-FIXES-NEXT: {{^}}      lk.lock();{{$}}
  }
};
