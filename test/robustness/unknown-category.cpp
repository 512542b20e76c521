// An unknown name in Categories is an error naming the option, the name and
// the valid names; names are case-sensitive. The known names still apply
// and nothing crashes.
// RUN: not %clang_tidy -checks='-*,lockio-blocking-call-under-lock' -config='{CheckOptions: {lockio-blocking-call-under-lock.Categories: "sleep;timer;Network"}}' %s -- -std=c++17 2>&1 | FileCheck %s --implicit-check-not='{{[0-9]+:[0-9]+: (warning|error):}}' --implicit-check-not='error: ' --implicit-check-not='Stack dump'

// CHECK-DAG: error: unknown category 'timer' in option 'lockio-blocking-call-under-lock.Categories'; expected a list of: network, file, sleep, process, wait, database, console [clang-tidy-config]
// CHECK-DAG: error: unknown category 'Network' in option 'lockio-blocking-call-under-lock.Categories'; expected a list of: network, file, sleep, process, wait, database, console [clang-tidy-config]

#include <mutex>
#include <sys/socket.h>
#include <unistd.h>

std::mutex mu;

// sleep, a known category, is on; network is not, as it was not named
// correctly.
void positive_known_category_kept(int fd, char *buf) {
  std::lock_guard<std::mutex> lock(mu);
  recv(fd, buf, 16, 0);
  sleep(1);
  // CHECK: unknown-category.cpp:[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
}
