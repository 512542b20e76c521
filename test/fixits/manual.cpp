// RUN: %check_lockio --fix-notes %s %t -- -- -std=c++17

#include <mutex>
#include <pthread.h>
#include <unistd.h>

std::mutex mu;
int counter;

// Plain lock()/unlock(): the unlock and relock repeat the user's spelling.
void member(int fd) {
  mu.lock();
  ++counter;
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-FIXES: {{^}}  mu.unlock();{{$}}
  // CHECK-FIXES-NEXT: {{^}}  fsync(fd);{{$}}
  // CHECK-FIXES-NEXT: {{^}}  mu.lock();{{$}}
  ++counter;
  mu.unlock();
}

// The Go-like spelling on a project's own mutex class, through a pointer.
struct Mutex {
  void Lock();
  void Unlock();
};
void goLike(Mutex *m, int fd) {
  m->Lock();
  fdatasync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fdatasync' while 'm' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'm' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'm' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-FIXES: {{^}}  m->Unlock();{{$}}
  // CHECK-FIXES-NEXT: {{^}}  fdatasync(fd);{{$}}
  // CHECK-FIXES-NEXT: {{^}}  m->Lock();{{$}}
  m->Unlock();
}

// The pthread functions.
pthread_mutex_t table_lock = PTHREAD_MUTEX_INITIALIZER;
void posix(int fd) {
  pthread_mutex_lock(&table_lock);
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'table_lock' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'table_lock' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'table_lock' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-FIXES: {{^}}  pthread_mutex_unlock(&table_lock);{{$}}
  // CHECK-FIXES-NEXT: {{^}}  sleep(1);{{$}}
  // CHECK-FIXES-NEXT: {{^}}  pthread_mutex_lock(&table_lock);{{$}}
  pthread_mutex_unlock(&table_lock);
}

// A mutex owned by a smart pointer: named by the pointer, and the fix calls
// through it.
#include <memory>
std::unique_ptr<std::mutex> owned = std::make_unique<std::mutex>();
void smartPointer(int fd) {
  owned->lock();
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'owned' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'owned' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'owned' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-FIXES: {{^}}  owned->unlock();{{$}}
  // CHECK-FIXES-NEXT: {{^}}  fsync(fd);{{$}}
  // CHECK-FIXES-NEXT: {{^}}  owned->lock();{{$}}
  owned->unlock();
}
