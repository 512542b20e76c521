// RUN: %check_lockio %s %t -- -- -std=c++17

#include <chrono>
#include <condition_variable>
#include <mutex>

std::mutex queue_mu;
std::mutex stats_mu;
std::condition_variable ready_cv;
bool ready = false;

// A condition variable's wait releases the lock it is given while it
// waits: none of these is a finding.
void negative_waits_release_their_lock() {
  std::unique_lock<std::mutex> lk(queue_mu);
  ready_cv.wait(lk);
  ready_cv.wait(lk, [] { return ready; });
  ready_cv.wait_for(lk, std::chrono::milliseconds(10));
  ready_cv.wait_for(lk, std::chrono::milliseconds(10), [] { return ready; });
  ready_cv.wait_until(lk, std::chrono::steady_clock::now());
}

// Waiting while another mutex is held blocks under that other mutex, and
// the message names it.
void positive_wait_under_other_mutex() {
  std::lock_guard<std::mutex> stats(stats_mu);
  std::unique_lock<std::mutex> lk(queue_mu);
  ready_cv.wait(lk);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::condition_variable::wait' while 'stats_mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:31: note: 'stats_mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: retaking 'stats_mu' after the wait would reverse the order in which the locks are taken
}

// The same with a predicate and a timeout.
void positive_wait_for_under_other_mutex() {
  stats_mu.lock();
  std::unique_lock<std::mutex> lk(queue_mu);
  ready_cv.wait_for(lk, std::chrono::seconds(1), [] { return ready; });
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::condition_variable::wait_for' while 'stats_mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 'stats_mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: retaking 'stats_mu' after the wait would reverse the order in which the locks are taken
  lk.unlock();
  stats_mu.unlock();
}

// Once the other mutex is released the wait is fine again.
void negative_other_mutex_released() {
  stats_mu.lock();
  stats_mu.unlock();
  std::unique_lock<std::mutex> lk(queue_mu);
  ready_cv.wait(lk, [] { return ready; });
}
