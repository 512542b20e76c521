// RUN: %check_lockio %s %t -- -- -std=c++17

#include <mutex>
#include <unistd.h>

std::mutex first_mu;
std::mutex second_mu;

// std::scoped_lock with one mutex acts like std::lock_guard.
void positive_one_mutex() {
  std::scoped_lock guard(first_mu);
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'first_mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:20: note: 'first_mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'first_mu' during the blocking call{{.*}}
}

// std::scoped_lock with several mutexes holds every one of them; each gets a
// note at the guard. Both are taken at the same place: the warning names the
// first by name, and the notes come in that order.
void positive_two_mutexes() {
  std::scoped_lock both(first_mu, second_mu);
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'first_mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:20: note: 'first_mu' is locked here
  // CHECK-NOTES: :[[@LINE-4]]:20: note: 'second_mu' is locked here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: no fix offered: several locks are held
}

// With std::adopt_lock the guard takes over mutexes locked by hand: they are
// held from where they were locked, the warning names the one locked last,
// and the notes come in source order.
void positive_adopt_lock() {
  first_mu.lock();
  second_mu.lock();
  std::scoped_lock both(std::adopt_lock, first_mu, second_mu);
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'second_mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-5]]:3: note: 'first_mu' is locked here
  // CHECK-NOTES: :[[@LINE-5]]:3: note: 'second_mu' is locked here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: no fix offered: several locks are held
}

// The adopting guard releases both mutexes at its scope end.
void negative_adopt_lock_released() {
  {
    std::lock(first_mu, second_mu);
    std::scoped_lock both(std::adopt_lock, first_mu, second_mu);
  }
  sleep(1);
}

// A scoped_lock over several mutexes releases all of them at its scope end.
void negative_two_mutexes_released() {
  {
    std::scoped_lock both(first_mu, second_mu);
  }
  sleep(1);
}
