// RUN: %check_lockio %s %t -- -- -std=c++20

#include <chrono>
#include <future>
#include <latch>
#include <mutex>
#include <semaphore.h>
#include <semaphore>

std::mutex mu;

// std::future's get, wait and wait_for wait for another thread's result;
// the members the library declares in a base class are still named after
// std::future.
void positive_future(std::future<int> &result) {
  std::lock_guard<std::mutex> lock(mu);
  result.wait();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::future::wait' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  result.wait_for(std::chrono::seconds(1));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::future::wait_for' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-7]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
  int value = result.get();
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: blocking call to 'std::future::get' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-11]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:15: note: the fix offered at line [[#@LINE-11]] also releases 'mu' around this call
  (void)value;
}

// The void specialization of std::future, through a pointer.
void positive_future_void(std::future<void> *done) {
  std::lock_guard<std::mutex> lock(mu);
  done->get();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::future::get' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
}

// std::shared_future waits the same way.
void positive_shared_future(const std::shared_future<int> &result) {
  std::lock_guard<std::mutex> lock(mu);
  result.wait();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::shared_future::wait' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  int value = result.get();
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: blocking call to 'std::shared_future::get' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-7]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:15: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
  (void)value;
}

// Acquiring a C++20 semaphore waits for a release; std::binary_semaphore is
// a std::counting_semaphore.
void positive_std_semaphore(std::counting_semaphore<8> &slots,
                            std::binary_semaphore &token) {
  std::lock_guard<std::mutex> lock(mu);
  slots.acquire();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::counting_semaphore::acquire' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  token.acquire();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::counting_semaphore::acquire' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-7]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
  token.try_acquire_for(std::chrono::milliseconds(5));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::counting_semaphore::try_acquire_for' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-11]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-11]] also releases 'mu' around this call
}

// A POSIX semaphore and a latch.
void positive_posix_semaphore_and_latch(sem_t *sem, std::latch &ready) {
  std::lock_guard<std::mutex> lock(mu);
  sem_wait(sem);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sem_wait' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  ready.wait();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::latch::wait' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-7]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
}

// Calls that never wait: asking whether a future is valid, releasing a
// semaphore, trying it once, posting, counting a latch down, fulfilling a
// promise.
void negative_no_wait(std::future<int> &result, std::binary_semaphore &token,
                      sem_t *sem, std::latch &ready, std::promise<int> &out) {
  std::lock_guard<std::mutex> lock(mu);
  bool valid = result.valid();
  token.release();
  bool taken = token.try_acquire();
  sem_post(sem);
  sem_trywait(sem);
  ready.count_down();
  out.set_value(1);
  (void)valid;
  (void)taken;
}

// The result is collected after the lock is released.
void negative_get_after_unlock(std::future<int> &result) {
  mu.lock();
  mu.unlock();
  int value = result.get();
  (void)value;
}
