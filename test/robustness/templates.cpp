// RUN: %check_lockio %s %t -- -- -std=c++17

#include <mutex>
#include <unistd.h>

std::mutex mu;

// A function template that locks and blocks, instantiated for int and for
// double: one finding at the template's line, not one per instantiation.
template <class T> void positive_save(int fd, const T &value) {
  std::lock_guard<std::mutex> lock(mu);
  write(fd, &value, sizeof(value));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'write' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
}

// A member function of a class template, instantiated twice.
template <class T> struct Store {
  std::mutex m;
  void positive_put(int fd, const T &v) {
    m.lock();
    write(fd, &v, sizeof(v));
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'write' while 'm' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:5: note: 'm' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: release 'm' during the blocking call; other threads may change what it protects before it is taken again
    m.unlock();
  }
};

// Policies for the template below: one sleeps, one does not.
struct Sleepy {
  static void run() { sleep(1); }
};
struct Quick {
  static void run() {}
};

// Whether the call blocks depends on the template argument: only the
// instantiation with Sleepy is a finding.
template <class Policy> void positive_policy() {
  std::lock_guard<std::mutex> lock(mu);
  Policy::run();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'run' may block while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-NOTES: :[[@LINE-14]]:23: note: 'run' may block: it calls 'sleep'
}

// A template that is never instantiated, full of dependent names, does not
// crash the check. Findings come from instantiations, so there is none.
template <class T> void negative_uninstantiated(T &x, int fd) {
  std::lock_guard<std::mutex> lock(x.mu);
  x.sock.recv_all(fd);
  x.template get<int>();
  sleep(1);
}

void negative_instantiate(int fd) {
  positive_save(fd, 1);
  positive_save(fd, 2.0);
  Store<int> small;
  small.positive_put(fd, 1);
  Store<long> large;
  large.positive_put(fd, 2L);
  positive_policy<Sleepy>();
  positive_policy<Quick>();
}
