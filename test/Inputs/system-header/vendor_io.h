// A third-party header, included with -isystem by the tests: its inline
// functions block under the library's own lock.
#ifndef LOCKIO_TEST_VENDOR_IO_H
#define LOCKIO_TEST_VENDOR_IO_H

#include <mutex>
#include <unistd.h>

namespace vendor {

inline std::mutex log_mu;

// Writes under the library's lock: a finding, but not the user's.
inline void flush_log(int fd, const char *buf) {
  std::lock_guard<std::mutex> lock(log_mu);
  write(fd, buf, 16);
}

// Blocks without a lock of its own.
inline int slow_read(int fd, char *buf) { return read(fd, buf, 16); }

// Takes and releases the library's lock around a blocking call inside a
// template, instantiated by the user's code.
template <class T> void store(int fd, const T &value) {
  std::lock_guard<std::mutex> lock(log_mu);
  write(fd, &value, sizeof(value));
}

} // namespace vendor

// A logging macro of the library that expands to a blocking call.
#define VENDOR_WRITE(fd, buf) write((fd), (buf), 16)

#endif // LOCKIO_TEST_VENDOR_IO_H
