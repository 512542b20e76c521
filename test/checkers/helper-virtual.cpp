// RUN: %check_lockio %s %t -- -- -std=c++17

#include <mutex>
#include <unistd.h>

std::mutex mu;

// Only one of the overriders in view blocks: which one runs is not known,
// so the call is not reported.
struct Source {
  virtual ~Source() = default;
  virtual int fetch(int fd) { return fd; }
};
struct FileSource : Source {
  int fetch(int fd) override { return fsync(fd); }
};
void negative_some_overriders_block(Source &s, int fd) {
  std::lock_guard<std::mutex> lock(mu);
  s.fetch(fd);
}

// Every overrider in view blocks: the call may block, whichever runs. The
// chain note shows one of them.
struct Sink {
  virtual ~Sink() = default;
  virtual void flush(int fd) = 0;
};
struct DiskSink : Sink {
  void flush(int fd) override { fsync(fd); }
};
struct SlowSink : Sink {
  void flush(int fd) override { sleep(fd); }
};
void positive_every_overrider_blocks(Sink &s, int fd) {
  std::lock_guard<std::mutex> lock(mu);
  s.flush(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'flush' may block while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  // CHECK-NOTES: :[[@LINE-11]]:33: note: 'flush' may block: it calls 'fsync'
}

// A call that names its class runs that method only.
void positive_qualified_call(FileSource &s, int fd) {
  std::lock_guard<std::mutex> lock(mu);
  s.FileSource::fetch(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'fetch' may block while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  // CHECK-NOTES: :[[@LINE-35]]:39: note: 'fetch' may block: it calls 'fsync'
}

// A final class's method cannot be overridden: the call runs it.
struct Journal final : Source {
  int fetch(int fd) override { return fsync(fd); }
};
void positive_final_class(Journal &j, int fd) {
  std::lock_guard<std::mutex> lock(mu);
  j.fetch(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'fetch' may block while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  // CHECK-NOTES: :[[@LINE-8]]:39: note: 'fetch' may block: it calls 'fsync'
}

// A pure virtual method with no overrider in view: nothing is known to run.
struct Remote {
  virtual void call() = 0;
};
void negative_no_overrider_in_view(Remote &r) {
  std::lock_guard<std::mutex> lock(mu);
  r.call();
}
