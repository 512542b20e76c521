// RUN: %check_lockio %s %t -- -- -std=c++17

#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <pthread.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

std::mutex mu;

// system and popen run a shell command; pclose waits for it to exit.
void positive_shell(const char *cmd) {
  std::lock_guard<std::mutex> lock(mu);
  system(cmd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'system' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  FILE *pipe = popen(cmd, "r");
  // CHECK-NOTES: :[[@LINE-1]]:16: warning: blocking call to 'popen' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-7]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:16: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
  pclose(pipe);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'pclose' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-11]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-11]] also releases 'mu' around this call
}

// Waiting for a child process to change state.
void positive_wait_child(pid_t child) {
  int status = 0;
  std::lock_guard<std::mutex> lock(mu);
  waitpid(child, &status, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'waitpid' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  wait(&status);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'wait' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-7]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
}

// Joining a POSIX thread waits until it finishes.
void positive_pthread_join(pthread_t worker) {
  std::lock_guard<std::mutex> lock(mu);
  pthread_join(worker, nullptr);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'pthread_join' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
}

// Joining a std::thread, through a reference and through a pointer.
void positive_thread_join(std::thread &worker, std::thread *other) {
  std::lock_guard<std::mutex> lock(mu);
  worker.join();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::thread::join' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  other->join();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::thread::join' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-7]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
}

// Starting or detaching a thread, and asking whether it can be joined, do
// not wait for it.
void negative_thread_management(std::thread &worker) {
  std::lock_guard<std::mutex> lock(mu);
  std::thread spawned([] {});
  if (worker.joinable())
    worker.detach();
  spawned.detach();
}

// Asking for process ids does not wait for another process.
void negative_process_ids() {
  std::lock_guard<std::mutex> lock(mu);
  pid_t self = getpid();
  pid_t parent = getppid();
  (void)self;
  (void)parent;
}

// The join happens after the lock is released.
void negative_join_after_unlock(std::thread &worker) {
  mu.lock();
  mu.unlock();
  worker.join();
}
