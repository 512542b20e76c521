// RUN: %check_lockio %s %t -- -- -std=c++17

#include <mutex>
#include <unistd.h>

class Service {
public:
  // `mu_` and `this->mu_` are one lock: taken through one spelling and
  // released through the other, nothing is held after the release.
  void positive_lock_plain_unlock_this() {
    mu_.lock();
    sleep(1);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'sleep' while 'mu_' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:5: note: 'mu_' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: release 'mu_' during the blocking call{{.*}}
    this->mu_.unlock();
    sleep(2);
  }

  // The other way round; the lock is named as written where it was taken.
  void positive_lock_this_unlock_plain() {
    this->mu_.lock();
    sleep(1);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'sleep' while 'this->mu_' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:5: note: 'this->mu_' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: release 'this->mu_' during the blocking call{{.*}}
    mu_.unlock();
    sleep(2);
  }

  // A local reference is another name for the mutex it is bound to.
  void positive_local_reference() {
    std::mutex &m = mu_;
    m.lock();
    sleep(1);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'sleep' while 'm' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:5: note: 'm' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: release 'm' during the blocking call{{.*}}
    mu_.unlock();
    sleep(2);
  }

  // A guard on `this->mu_` is released by an unlock of `mu_` too.
  void negative_guard_released_through_other_spelling() {
    std::unique_lock<std::mutex> lk(this->mu_);
    lk.release();
    mu_.unlock();
    sleep(1);
  }

private:
  std::mutex mu_;
};
