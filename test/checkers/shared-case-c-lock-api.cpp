// RUN: %check_lockio %s %t -config='{CheckOptions: { \
// RUN:   lockio-blocking-call-under-lock.LockFunctions: os_lock_acquire, \
// RUN:   lockio-blocking-call-under-lock.UnlockFunctions: os_lock_release}}' \
// RUN:   -- -std=c++17
// RUN: %check_lockio --check-suffix=DEFAULT %s %t -- -- -std=c++17

// A C lock API the check does not know: with the two functions listed in
// LockFunctions and UnlockFunctions the name lookup is under the lock;
// without them (the DEFAULT run) nothing is a lock.

#include <netdb.h>

typedef struct os_lock os_lock;
void os_lock_acquire(os_lock *l);
void os_lock_release(os_lock *l);

os_lock *resolver_lock;

int resolve(const char *host, struct addrinfo **out) {
  os_lock_acquire(resolver_lock);
  int rc = getaddrinfo(host, "80", nullptr, out);
  // CHECK-NOTES: :[[@LINE-1]]:12: warning: blocking call to 'getaddrinfo' while 'resolver_lock' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'resolver_lock' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:12: note: no fix offered: no call is known that releases 'resolver_lock' and takes it again
  os_lock_release(resolver_lock);
  return rc;
}
