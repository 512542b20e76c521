// RUN: %check_lockio %s %t -- -- -std=c++17

#include <chrono>
#include <ctime>
#include <mutex>
#include <thread>
#include <unistd.h>

std::mutex mu;

// The POSIX sleeps: sleep, usleep and nanosleep, plain or with `::`.
void positive_posix_sleeps(const timespec *delay) {
  std::lock_guard<std::mutex> lock(mu);
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  ::usleep(1000);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'usleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-7]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
  nanosleep(delay, nullptr);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'nanosleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-11]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-11]] also releases 'mu' around this call
}

// The standard library's sleeps, by duration and until a time point.
void positive_std_sleeps() {
  std::lock_guard<std::mutex> lock(mu);
  std::this_thread::sleep_for(std::chrono::milliseconds(10));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  std::this_thread::sleep_until(std::chrono::steady_clock::now() +
                                std::chrono::seconds(1));
  // CHECK-NOTES: :[[@LINE-2]]:3: warning: blocking call to 'std::this_thread::sleep_until' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-8]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: the fix offered at line [[#@LINE-8]] also releases 'mu' around this call
}

// A sleep reached through a using-directive and a chrono literal, under a
// lock taken with lock().
void positive_using_directive() {
  using namespace std::chrono_literals;
  using namespace std::this_thread;
  mu.lock();
  sleep_for(5ms);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  mu.unlock();
}

// Yielding, reading the clock and asking for the thread's id do not sleep.
void negative_no_sleep() {
  std::lock_guard<std::mutex> lock(mu);
  std::this_thread::yield();
  auto now = std::chrono::steady_clock::now();
  auto id = std::this_thread::get_id();
  (void)now;
  (void)id;
}

// The sleep comes after the lock is released.
void negative_sleep_after_unlock() {
  mu.lock();
  mu.unlock();
  std::this_thread::sleep_for(std::chrono::milliseconds(10));
  sleep(1);
}
