// RUN: %check_lockio %s %t -- -- -std=c++17

#include <memory>
#include <unistd.h>

std::weak_ptr<int> cached;

// std::weak_ptr::lock() makes a shared_ptr; it takes no mutex.
void negative_weak_ptr_lock() {
  std::shared_ptr<int> value = cached.lock();
  sleep(1);
}

// The same through a pointer to the weak_ptr.
void negative_weak_ptr_lock_through_pointer(std::weak_ptr<int> *p) {
  if (auto value = p->lock())
    sleep(1);
}

// A class with lock() and no unlock() is not a mutex either.
struct Handle {
  bool lock();
};
void negative_lock_without_unlock(Handle &h) {
  h.lock();
  sleep(1);
}
