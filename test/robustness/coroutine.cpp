// RUN: %check_lockio %s %t -- -- -std=c++20

#include <coroutine>
#include <mutex>
#include <unistd.h>

// The smallest coroutine return type: runs eagerly, returns nothing.
struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

std::mutex mu;

// A coroutine that holds a guard across a co_await and then reads.
Task positive_guard_across_await(int fd, char *buf) {
  std::lock_guard<std::mutex> lock(mu);
  co_await std::suspend_never{};
  read(fd, buf, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'read' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  co_return;
}

// lock() and unlock() around a blocking call and a suspension point.
Task positive_manual_lock(int fd, char *buf) {
  mu.lock();
  read(fd, buf, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'read' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  co_await std::suspend_always{};
  mu.unlock();
}

// The guard's scope ends before the suspension and the read.
Task negative_released_before_await(int fd, char *buf) {
  {
    std::lock_guard<std::mutex> lock(mu);
    buf[0] = 0;
  }
  co_await std::suspend_never{};
  read(fd, buf, 16);
}
