// A stand-in for folly/Synchronized.h: the shape of folly::Synchronized and
// the LockedPtr handles its locking members return, with the names lockio
// knows. Bodies are left out where the tests need none.
#pragma once

#include <chrono>
#include <mutex>
#include <shared_mutex>
#include <utility>

namespace folly {

using SharedMutex = std::shared_timed_mutex;

struct LockPolicyExclusive {};
struct LockPolicyShared {};
struct LockPolicyTryExclusive {};

/// Holds the lock of a Synchronized object until it is destroyed or
/// unlocked, and gives access to the data it protects.
template <class SynchronizedType, class LockPolicy> class LockedPtr {
public:
  using DataType = typename SynchronizedType::DataType;

  LockedPtr() = default;
  explicit LockedPtr(SynchronizedType *parent) : parent_(parent) {}
  LockedPtr(const LockedPtr &) = delete;
  LockedPtr(LockedPtr &&other) noexcept
      : parent_(std::exchange(other.parent_, nullptr)) {}
  LockedPtr &operator=(LockedPtr &&other) noexcept;
  ~LockedPtr();

  DataType *operator->() const;
  DataType &operator*() const;
  bool isNull() const { return parent_ == nullptr; }
  explicit operator bool() const { return parent_ != nullptr; }
  void unlock();

private:
  SynchronizedType *parent_ = nullptr;
};

/// The members that lock: declared in a base class, as folly does.
template <class Subclass> class SynchronizedBase {
public:
  using LockedPtr = ::folly::LockedPtr<Subclass, LockPolicyExclusive>;
  using ConstRLockedPtr =
      ::folly::LockedPtr<const Subclass, LockPolicyShared>;
  using TryWLockedPtr =
      ::folly::LockedPtr<Subclass, LockPolicyTryExclusive>;

  LockedPtr wlock();
  LockedPtr wlock(std::chrono::milliseconds timeout);
  ConstRLockedPtr rlock() const;
  LockedPtr lock();
  TryWLockedPtr tryWLock();

  template <class Function> auto withWLock(Function &&function) {
    return function(*wlock());
  }
  template <class Function> auto withRLock(Function &&function) const {
    return function(*rlock());
  }
  template <class Function> auto withLock(Function &&function) {
    return function(*lock());
  }
};

/// A value of type T and the mutex that protects it.
template <class T, class Mutex = SharedMutex>
class Synchronized : public SynchronizedBase<Synchronized<T, Mutex>> {
public:
  using DataType = T;

  Synchronized() = default;
  T copy() const;
  void swap(T &rhs);

private:
  T datum_;
  mutable Mutex mutex_;
};

} // namespace folly
