// Each list option reports an entry that is not a valid regular expression
// as an error naming the option and the entry; the entry is left out, the
// other entries and the rest of the check keep working, and nothing crashes.
// RUN: not %clang_tidy -checks='-*,lockio-blocking-call-under-lock' -config='{CheckOptions: {lockio-blocking-call-under-lock.BlockingFunctions: "fetch_remote;a(b"}}' %s -- -std=c++17 2>&1 | FileCheck %s --check-prefix=BF --implicit-check-not='{{[0-9]+:[0-9]+: (warning|error):}}' --implicit-check-not='error: ' --implicit-check-not='Stack dump'
// RUN: not %clang_tidy -checks='-*,lockio-blocking-call-under-lock' -config='{CheckOptions: {lockio-blocking-call-under-lock.IgnoredFunctions: "::sleep;[x"}}' %s -- -std=c++17 2>&1 | FileCheck %s --check-prefix=IF --implicit-check-not='{{[0-9]+:[0-9]+: (warning|error):}}' --implicit-check-not='error: ' --implicit-check-not='Stack dump'
// RUN: not %clang_tidy -checks='-*,lockio-blocking-call-under-lock' -config='{CheckOptions: {lockio-blocking-call-under-lock.LockFunctions: "*take"}}' %s -- -std=c++17 2>&1 | FileCheck %s --check-prefix=LF --implicit-check-not='{{[0-9]+:[0-9]+: (warning|error):}}' --implicit-check-not='error: ' --implicit-check-not='Stack dump'
// RUN: not %clang_tidy -checks='-*,lockio-blocking-call-under-lock' -config='{CheckOptions: {lockio-blocking-call-under-lock.UnlockFunctions: "give)"}}' %s -- -std=c++17 2>&1 | FileCheck %s --check-prefix=UF --implicit-check-not='{{[0-9]+:[0-9]+: (warning|error):}}' --implicit-check-not='error: ' --implicit-check-not='Stack dump'
// RUN: not %clang_tidy -checks='-*,lockio-blocking-call-under-lock' -config='{CheckOptions: {lockio-blocking-call-under-lock.GuardTypes: "Guard{2"}}' %s -- -std=c++17 2>&1 | FileCheck %s --check-prefix=GT --implicit-check-not='{{[0-9]+:[0-9]+: (warning|error):}}' --implicit-check-not='error: ' --implicit-check-not='Stack dump'
// RUN: not %clang_tidy -checks='-*,lockio-blocking-call-under-lock' -config='{CheckOptions: {lockio-blocking-call-under-lock.IgnoredMutexes: "mu;("}}' %s -- -std=c++17 2>&1 | FileCheck %s --check-prefix=IM --implicit-check-not='{{[0-9]+:[0-9]+: (warning|error):}}' --implicit-check-not='error: ' --implicit-check-not='Stack dump'

// BF: error: invalid entry in option 'lockio-blocking-call-under-lock.BlockingFunctions': 'a(b' is not a valid regular expression: parentheses not balanced [clang-tidy-config]
// IF: error: invalid entry in option 'lockio-blocking-call-under-lock.IgnoredFunctions': '[x' is not a valid regular expression: brackets ([ ]) not balanced [clang-tidy-config]
// LF: error: invalid entry in option 'lockio-blocking-call-under-lock.LockFunctions': '*take' is not a valid regular expression: repetition-operator operand invalid [clang-tidy-config]
// UF: error: invalid entry in option 'lockio-blocking-call-under-lock.UnlockFunctions': 'give)' is not a valid regular expression: parentheses not balanced [clang-tidy-config]
// GT: error: invalid entry in option 'lockio-blocking-call-under-lock.GuardTypes': 'Guard{2' is not a valid regular expression: braces not balanced [clang-tidy-config]
// IM: error: invalid entry in option 'lockio-blocking-call-under-lock.IgnoredMutexes': '(' is not a valid regular expression: parentheses not balanced [clang-tidy-config]

#include <mutex>
#include <unistd.h>

std::mutex mu;

int fetch_remote(int key);

// The valid entry fetch_remote still counts (BF); ::sleep is still ignored
// (IF); mu is still ignored (IM); the other options change nothing here.
void positive_valid_entries_kept() {
  std::lock_guard<std::mutex> lock(mu);
  fetch_remote(1);
  // BF: invalid-regex.cpp:[[@LINE-1]]:3: warning: blocking call to 'fetch_remote' while 'mu' is locked [lockio-blocking-call-under-lock]
  sleep(1);
  // BF: invalid-regex.cpp:[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // LF: invalid-regex.cpp:[[@LINE-2]]:3: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // UF: invalid-regex.cpp:[[@LINE-3]]:3: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // GT: invalid-regex.cpp:[[@LINE-4]]:3: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
}
