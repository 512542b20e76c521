// RUN: %check_lockio %s %t -- -- -std=c++17

#include <unistd.h>

// A user class with both Lock() and Unlock() is a mutex.
class Mutex {
public:
  void Lock();
  void Unlock();
};

// A class with Lock() and no Unlock() is not.
class Door {
public:
  void Lock();
};

Mutex table_mu;
Door door;

// Lock() holds the mutex until Unlock().
void positive_lock_unlock() {
  table_mu.Lock();
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'table_mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'table_mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'table_mu' during the blocking call{{.*}}
  table_mu.Unlock();
  sleep(2);
}

// A class that inherits both methods is a mutex too.
class TracedMutex : public Mutex {};
TracedMutex traced_mu;
void positive_inherited_methods() {
  traced_mu.Lock();
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'traced_mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'traced_mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'traced_mu' during the blocking call{{.*}}
  traced_mu.Unlock();
}

// Lock() on a class without Unlock() takes no mutex.
void negative_lock_without_unlock() {
  door.Lock();
  sleep(1);
}
