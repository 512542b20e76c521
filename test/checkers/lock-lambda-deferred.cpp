// RUN: %check_lockio %s %t -- -- -std=c++17

#include <functional>
#include <mutex>
#include <unistd.h>

std::mutex mu;

// A lambda defined under the lock but called after the unlock runs without
// the lock: neither its definition nor its call is a finding.
void negative_defined_under_lock_called_after() {
  mu.lock();
  auto pause = [] { sleep(1); };
  mu.unlock();
  pause();
}

// The same with a guard whose scope ends before the call.
void negative_defined_in_guarded_block() {
  std::function<void()> pause;
  {
    std::lock_guard<std::mutex> guard(mu);
    pause = [] { sleep(1); };
  }
  pause();
}

// A lambda's own body that locks and blocks is flagged inside the lambda.
void positive_lambda_body_locks() {
  auto work = [] {
    std::lock_guard<std::mutex> guard(mu);
    sleep(1);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:33: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: release 'mu' during the blocking call{{.*}}
  };
  work();
}

// A lock held by the enclosing function is not held inside the body of a
// lambda it defines: the body runs when the lambda is called.
void negative_lambda_body_not_under_enclosing_lock() {
  std::lock_guard<std::mutex> guard(mu);
  auto later = [] { sleep(1); };
  (void)later;
}
