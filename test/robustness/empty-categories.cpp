// An empty Categories option turns every category off; that is said, not
// left silent. Functions named in BlockingFunctions still count.
// RUN: %clang_tidy -checks='-*,lockio-blocking-call-under-lock' -config='{CheckOptions: {lockio-blocking-call-under-lock.Categories: ";", lockio-blocking-call-under-lock.BlockingFunctions: "rpc_call"}}' %s -- -std=c++17 2>&1 | FileCheck %s --implicit-check-not='{{[0-9]+:[0-9]+: warning:}}' --implicit-check-not='error: '

// CHECK: warning: option 'lockio-blocking-call-under-lock.Categories' names no category; the check only reports the functions of 'BlockingFunctions' [clang-tidy-config]
// CHECK: empty-categories.cpp:[[@LINE+11]]:3: warning: blocking call to 'rpc_call' while 'mu' is locked [lockio-blocking-call-under-lock]

#include <mutex>
#include <unistd.h>

std::mutex mu;
void rpc_call();

void only_listed_functions() {
  std::lock_guard<std::mutex> lock(mu);
  sleep(1);
  rpc_call();
}
