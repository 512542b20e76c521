// RUN: %check_lockio %s %t -- -- -std=c++17

#include <mutex>
#include <unistd.h>

std::mutex journal_mu;

// Writes a record when the journal is free, otherwise backs off.
void append_record(int fd, const char *rec, unsigned long n) {
  if (journal_mu.try_lock()) {
    write(fd, rec, n);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'write' while 'journal_mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:7: note: 'journal_mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: release 'journal_mu' during the blocking call{{.*}}
    journal_mu.unlock();
  } else {
    // The lock was not taken on this branch.
    sleep(1);
  }
}
