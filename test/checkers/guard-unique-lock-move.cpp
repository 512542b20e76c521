// RUN: %check_lockio %s %t -- -- -std=c++17

#include <mutex>
#include <unistd.h>
#include <utility>

std::mutex mu;
std::mutex other_mu;

// A guard moved into another variable is held by that variable; the note
// still points at the guard that took the mutex.
void positive_move_constructed() {
  std::unique_lock<std::mutex> a(mu);
  std::unique_lock<std::mutex> b(std::move(a));
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:32: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
}

// The moved-to guard releases the mutex at its own scope end, while the
// moved-from guard is still in scope.
void negative_released_at_new_owner_scope_end() {
  std::unique_lock<std::mutex> a(mu);
  {
    std::unique_lock<std::mutex> b(std::move(a));
  }
  sleep(1);
}

// The end of the moved-from guard's scope does not release the mutex.
void positive_moved_out_of_inner_scope() {
  std::unique_lock<std::mutex> b;
  {
    std::unique_lock<std::mutex> a(mu);
    b = std::move(a);
  }
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-5]]:34: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  b.unlock();
  sleep(2);
}

// Move-assigning into a guard releases what that guard held before.
void positive_move_assign_releases_old_mutex() {
  std::unique_lock<std::mutex> b(other_mu);
  std::unique_lock<std::mutex> a(mu);
  b = std::move(a);
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:32: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
}

// A guard move-assigned into a variable of an inner scope is released at
// that scope's end.
void negative_move_assigned_inner_scope_end() {
  std::unique_lock<std::mutex> a(mu);
  {
    std::unique_lock<std::mutex> b;
    b = std::move(a);
  }
  sleep(1);
}

// FIXME: a guard move-assigned from a temporary guard holds the temporary's
// mutex, so the call below should be flagged. Only a guard moved from a
// named variable is followed; the temporary's mutex is never taken.
void positive_move_assigned_from_temporary() {
  std::unique_lock<std::mutex> b;
  b = std::unique_lock<std::mutex>(mu);
  sleep(1);
}

// A guard moved into another function takes its lock along: the caller no
// longer holds it after the call (the call itself runs with it held).
void consume(std::unique_lock<std::mutex> lk);
void negative_guard_moved_into_function() {
  std::unique_lock<std::mutex> lk(mu);
  consume(std::move(lk));
  sleep(1);
}
