// The default categories: network, file, sleep, process, wait, database.
// RUN: %check_lockio %s %t -- -- -std=c++17
// Only network; functions the user lists stay on whatever the categories.
// RUN: %check_lockio -check-suffix=NET %s %t -config='{CheckOptions: {lockio-blocking-call-under-lock.Categories: "network", lockio-blocking-call-under-lock.BlockingFunctions: "fetch_remote"}}' -- -std=c++17
// Only console: stdio on stderr counts, stdio on a file does not.
// RUN: %check_lockio -check-suffix=CONSOLE %s %t -config='{CheckOptions: {lockio-blocking-call-under-lock.Categories: "console"}}' -- -std=c++17
// Spaces around the names are allowed.
// RUN: %check_lockio -check-suffix=SPACED %s %t -config='{CheckOptions: {lockio-blocking-call-under-lock.Categories: " sleep ; process "}}' -- -std=c++17
// An empty list turns every built-in category off.
// RUN: %check_lockio -check-suffix=EMPTY %s %t -config='{CheckOptions: {lockio-blocking-call-under-lock.Categories: ""}}' -- -std=c++17

#include <cstdio>
#include <future>
#include <mutex>
#include <sqlite3.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

std::mutex mu;

int fetch_remote(int key);

// network: recv.
void positive_network(int fd, char *buf) {
  std::lock_guard<std::mutex> lock(mu);
  recv(fd, buf, 16, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'recv' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-NOTES-NET: :[[@LINE-4]]:3: warning: blocking call to 'recv' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-NET: :[[@LINE-6]]:31: note: 'mu' is locked here
  // CHECK-NOTES-NET: :[[@LINE-6]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
}

// file: fopen, and fprintf to a file.
void positive_file(const char *path) {
  std::lock_guard<std::mutex> lock(mu);
  FILE *f = fopen(path, "a");
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: blocking call to 'fopen' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:13: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  fprintf(f, "entry\n");
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fprintf' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-7]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
}

// sleep: sleep.
void positive_sleep() {
  std::lock_guard<std::mutex> lock(mu);
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-NOTES-SPACED: :[[@LINE-4]]:3: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-SPACED: :[[@LINE-6]]:31: note: 'mu' is locked here
  // CHECK-NOTES-SPACED: :[[@LINE-6]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
}

// process: waitpid.
void positive_process(pid_t child) {
  std::lock_guard<std::mutex> lock(mu);
  waitpid(child, nullptr, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'waitpid' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-NOTES-SPACED: :[[@LINE-4]]:3: warning: blocking call to 'waitpid' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-SPACED: :[[@LINE-6]]:31: note: 'mu' is locked here
  // CHECK-NOTES-SPACED: :[[@LINE-6]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
}

// wait: std::future::get.
void positive_wait(std::future<int> &result) {
  std::lock_guard<std::mutex> lock(mu);
  result.get();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::future::get' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
}

// database: sqlite3_exec.
void positive_database(sqlite3 *db) {
  std::lock_guard<std::mutex> lock(mu);
  sqlite3_exec(db, "VACUUM", nullptr, nullptr, nullptr);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sqlite3_exec' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
}

// console: stdio on stderr, on only when asked for.
void positive_console(const char *msg) {
  std::lock_guard<std::mutex> lock(mu);
  fprintf(stderr, "%s\n", msg);
  // CHECK-NOTES-CONSOLE: :[[@LINE-1]]:3: warning: blocking call to 'fprintf' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-CONSOLE: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES-CONSOLE: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
}

// A function the user lists is on in any set of categories.
void positive_user_listed() {
  std::lock_guard<std::mutex> lock(mu);
  fetch_remote(1);
  // CHECK-NOTES-NET: :[[@LINE-1]]:3: warning: blocking call to 'fetch_remote' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-NET: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES-NET: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
}
