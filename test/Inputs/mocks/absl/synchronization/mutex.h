// A stand-in for Abseil's absl/synchronization/mutex.h: the class and member
// names lockio knows, with Clang's thread-safety attributes as Abseil has
// them.
#pragma once

namespace absl {
class __attribute__((capability("mutex"))) Mutex {
public:
  void Lock() __attribute__((acquire_capability()));
  void Unlock() __attribute__((release_capability()));
  void ReaderLock() __attribute__((acquire_shared_capability()));
  void ReaderUnlock() __attribute__((release_shared_capability()));
  void WriterLock() __attribute__((acquire_capability()));
  void WriterUnlock() __attribute__((release_capability()));
};

class __attribute__((scoped_lockable)) MutexLock {
public:
  explicit MutexLock(Mutex *mu) __attribute__((acquire_capability(mu)));
  ~MutexLock() __attribute__((release_capability()));
};

class __attribute__((scoped_lockable)) ReaderMutexLock {
public:
  explicit ReaderMutexLock(Mutex *mu) __attribute__((acquire_shared_capability(mu)));
  ~ReaderMutexLock() __attribute__((release_capability()));
};
} // namespace absl
