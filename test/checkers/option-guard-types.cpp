// Without the option, guard classes whose code is out of view are not
// guards (those in view are recognised from their code, see
// lock-types-inferred-guards.cpp).
// RUN: %check_lockio %s %t -- -- -std=c++17
// RUN: %check_lockio -check-suffix=OPT %s %t -config='{CheckOptions: {lockio-blocking-call-under-lock.GuardTypes: "MyGuard;util::ScopedLock"}}' -- -std=c++17

#include <mutex>
#include <sys/socket.h>

// The project's scoped guard: locks in the constructor, unlocks in the
// destructor, both defined in another file, so that only the option makes
// it a guard.
class MyGuard {
public:
  explicit MyGuard(std::mutex &m);
  ~MyGuard();

private:
  std::mutex &m_;
};

namespace util {
// A guard template of the project, named by its qualified name, whose
// members are defined out of view too.
template <class Mutex> class ScopedLock {
public:
  explicit ScopedLock(Mutex &m);
  ~ScopedLock();

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
