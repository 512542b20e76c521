// RUN: %check_lockio %s %t -- -- -std=c++17

#include <functional>
#include <mutex>
#include <unistd.h>

std::mutex mu;

// A lambda called through a variable while the lock is held may block under
// it; the chain note points at the blocking call inside the lambda.
void positive_called_through_variable() {
  std::lock_guard<std::mutex> guard(mu);
  auto nap = [] { sleep(1); };
  nap();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'nap' may block while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  // CHECK-NOTES: :[[@LINE-5]]:19: note: 'nap' may block: it calls 'sleep'
}

// A lambda invoked where it is written runs under the lock; it has no name,
// so the messages call it 'lambda'.
void positive_immediately_invoked() {
  std::lock_guard<std::mutex> guard(mu);
  [&] { sleep(1); }();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'lambda' may block while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  // CHECK-NOTES: :[[@LINE-4]]:9: note: 'lambda' may block: it calls 'sleep'
}

// A lambda that only computes does not block.
void negative_lambda_does_not_block() {
  std::lock_guard<std::mutex> guard(mu);
  auto add = [](int a, int b) { return a + b; };
  (void)add(1, 2);
}
