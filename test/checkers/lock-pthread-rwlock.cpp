// RUN: %check_lockio %s %t -- -- -std=c++17

#include <pthread.h>
#include <unistd.h>

pthread_rwlock_t table_lock = PTHREAD_RWLOCK_INITIALIZER;

// A read lock is held until pthread_rwlock_unlock.
void positive_read_lock() {
  pthread_rwlock_rdlock(&table_lock);
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'table_lock' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'table_lock' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'table_lock' during the blocking call{{.*}}
  pthread_rwlock_unlock(&table_lock);
  sleep(2);
}

// A write lock is held until pthread_rwlock_unlock.
void positive_write_lock() {
  pthread_rwlock_wrlock(&table_lock);
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'table_lock' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'table_lock' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'table_lock' during the blocking call{{.*}}
  pthread_rwlock_unlock(&table_lock);
  sleep(2);
}

// Read, unlock, write, unlock: nothing is held at the end.
void negative_all_unlocked() {
  pthread_rwlock_rdlock(&table_lock);
  pthread_rwlock_unlock(&table_lock);
  pthread_rwlock_wrlock(&table_lock);
  pthread_rwlock_unlock(&table_lock);
  sleep(1);
}
