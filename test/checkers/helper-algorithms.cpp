// RUN: %check_lockio %s %t -- -- -std=c++17

#include <algorithm>
#include <future>
#include <mutex>
#include <thread>
#include <unistd.h>
#include <vector>

std::mutex mu;
std::once_flag once;

// A standard algorithm calls the lambda it is given before it returns.
void positive_for_each(const std::vector<int> &fds) {
  std::lock_guard<std::mutex> lock(mu);
  std::for_each(fds.begin(), fds.end(), [](int fd) { fsync(fd); });
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'lambda' may block while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  // CHECK-NOTES: :[[@LINE-4]]:54: note: 'lambda' may block: it calls 'fsync'
}

// So does std::call_once, here with the lambda held by a variable.
void positive_call_once() {
  std::lock_guard<std::mutex> lock(mu);
  auto init = [] { sleep(1); };
  std::call_once(once, init);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'lambda' may block while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  // CHECK-NOTES: :[[@LINE-5]]:20: note: 'lambda' may block: it calls 'sleep'
}

// A lambda that does not block.
void negative_for_each_quiet(std::vector<int> &values) {
  std::lock_guard<std::mutex> lock(mu);
  std::for_each(values.begin(), values.end(), [](int &v) { ++v; });
}

// std::async and std::thread run the lambda on another thread.
void negative_other_thread() {
  std::lock_guard<std::mutex> lock(mu);
  auto done = std::async(std::launch::async, [] { sleep(1); });
  std::thread worker([] { sleep(1); });
  worker.detach();
}
