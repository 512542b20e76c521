// RUN: %check_lockio %s %t -- -- -std=c++17

#include <mutex>
#include <unistd.h>

std::mutex mu;
void may_throw();

// A guard declared before a try block is held inside it.
void positive_guard_held_in_try_body() {
  std::lock_guard<std::mutex> guard(mu);
  try {
    sleep(1);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-4]]:31: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: release 'mu' during the blocking call{{.*}}
  } catch (...) {
  }
}

// A guard declared inside the try block is released when an exception
// leaves it, so nothing is held in the handler.
void negative_guard_inside_try_body() {
  try {
    std::lock_guard<std::mutex> guard(mu);
    may_throw();
  } catch (...) {
    sleep(1);
  }
}

// A guard declared before the try block is still held in the handler. The
// CFG has no exception edges; a handler starts with the locks held at every
// point of its try block, which is never more than at its start.
void positive_guard_held_in_handler() {
  std::lock_guard<std::mutex> guard(mu);
  try {
    may_throw();
  } catch (...) {
    sleep(1);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-6]]:31: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: release 'mu' during the blocking call{{.*}}
  }
}

// A lock taken and held inside a handler.
void positive_lock_inside_handler() {
  try {
    may_throw();
  } catch (...) {
    mu.lock();
    sleep(1);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:5: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: release 'mu' during the blocking call{{.*}}
    mu.unlock();
  }
}

// A throw reaches the handler after the guards of the try block are
// destroyed.
void negative_throw_from_guarded_block(bool fail) {
  try {
    std::lock_guard<std::mutex> guard(mu);
    if (fail)
      throw 1;
  } catch (...) {
    sleep(1);
  }
}
