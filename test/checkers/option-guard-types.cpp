// Without the option the project's guard classes are not guards.
// RUN: %check_lockio %s %t -- -- -std=c++17
// RUN: %check_lockio -check-suffix=OPT %s %t -config='{CheckOptions: {lockio-blocking-call-under-lock.GuardTypes: "MyGuard;util::ScopedLock"}}' -- -std=c++17

#include <mutex>
#include <sys/socket.h>

// The project's scoped guard: locks in the constructor, unlocks in the
// destructor.
class MyGuard {
public:
  explicit MyGuard(std::mutex &m) : m_(m) { m_.lock(); }
  ~MyGuard() { m_.unlock(); }

private:
  std::mutex &m_;
};

namespace util {
// A guard template of the project, named by its qualified name.
template <class Mutex> class ScopedLock {
public:
  explicit ScopedLock(Mutex &m) : m_(m) { m_.lock(); }
  ~ScopedLock() { m_.unlock(); }

private:
  Mutex &m_;
};
} // namespace util

std::mutex mu;

// A listed guard holds its mutex from its declaration to the end of scope.
void positive_project_guard(int fd, char *buf) {
  MyGuard g(mu);
  recv(fd, buf, 16, 0);
  // CHECK-NOTES-OPT: :[[@LINE-1]]:3: warning: blocking call to 'recv' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-OPT: :[[@LINE-3]]:11: note: 'mu' is locked here
  // CHECK-NOTES-OPT: :[[@LINE-3]]:3: note: no fix offered: 'g' cannot release 'mu' before the end of its scope
}

// A specialization of a listed guard template is a guard too.
void positive_project_guard_template(int fd, char *buf) {
  util::ScopedLock<std::mutex> held(mu);
  send(fd, buf, 16, 0);
  // CHECK-NOTES-OPT: :[[@LINE-1]]:3: warning: blocking call to 'send' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-OPT: :[[@LINE-3]]:32: note: 'mu' is locked here
  // CHECK-NOTES-OPT: :[[@LINE-3]]:3: note: no fix offered: 'held' cannot release 'mu' before the end of its scope
}

// Once the guard's scope has ended the mutex is free.
void negative_after_guard_scope(int fd, char *buf) {
  {
    MyGuard g(mu);
    buf[0] = 0;
  }
  recv(fd, buf, 16, 0);
}
