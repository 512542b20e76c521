// RUN: %check_lockio %s %t -- -- -std=c++17

#include <cstdio>
#include <fcntl.h>
#include <fstream>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

std::mutex mu;

// Opening, reading and closing a C stdio stream wait for the disk.
void positive_stdio_read(const char *path, char *buf) {
  std::lock_guard<std::mutex> lock(mu);
  FILE *f = fopen(path, "r");
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: blocking call to 'fopen' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:13: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  fgets(buf, 64, f);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fgets' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-7]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
  fread(buf, 1, 64, f);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fread' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-11]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-11]] also releases 'mu' around this call
  fclose(f);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fclose' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-15]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-15]] also releases 'mu' around this call
}

// Writing to a FILE stream that is not a standard stream is file I/O.
void positive_stdio_write(FILE *f, const char *buf) {
  mu.lock();
  fwrite(buf, 1, 64, f);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fwrite' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  fprintf(f, "%s\n", buf);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fprintf' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-7]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
  fflush(f);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fflush' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-11]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-11]] also releases 'mu' around this call
  mu.unlock();
}

// POSIX descriptors: open, read, write and fsync.
void positive_posix_fd(const char *path, char *buf) {
  std::lock_guard<std::mutex> lock(mu);
  int fd = open(path, O_RDWR);
  // CHECK-NOTES: :[[@LINE-1]]:12: warning: blocking call to 'open' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:12: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  read(fd, buf, 64);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'read' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-7]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
  write(fd, buf, 64);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'write' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-11]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-11]] also releases 'mu' around this call
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-15]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-15]] also releases 'mu' around this call
}

// Calls on the file system's metadata: stat, rename, unlink, mkdir.
void positive_posix_metadata(const char *from, const char *to) {
  std::lock_guard<std::mutex> lock(mu);
  struct stat st;
  stat(from, &st);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'stat' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  rename(from, to);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'rename' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-8]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
  unlink(to);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'unlink' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-12]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-11]] also releases 'mu' around this call
  mkdir(to, 0755);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'mkdir' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-16]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-15]] also releases 'mu' around this call
}

// Constructing a file stream with a path opens the file; the message names
// the type as written.
void positive_stream_construct(const std::string &path) {
  std::lock_guard<std::mutex> lock(mu);
  std::ofstream out(path);
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: blocking call to 'std::ofstream' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:17: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  std::ifstream in(path, std::ios::binary);
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: blocking call to 'std::ifstream' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-7]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:17: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
}

// A chain of insertions is one finding, at the stream, whatever the first
// operand's type (a member operator<< for int, a free one for text).
void positive_stream_insert_chain(std::ofstream &out, int n,
                                  const std::string &s) {
  std::lock_guard<std::mutex> lock(mu);
  out << n << ' ' << s << '\n';
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'operator<<' on 'out' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  out << "n=" << n << '\n';
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'operator<<' on 'out' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-7]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
}

// Reading from an input file stream: std::getline and the read member.
void positive_stream_read(std::ifstream &in, char *buf) {
  std::lock_guard<std::mutex> lock(mu);
  std::string line;
  std::getline(in, line);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::getline' on 'in' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  in.read(buf, 64);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'read' on 'in' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-8]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
}

// Opening a default-constructed stream later is as blocking as opening it
// at construction.
void positive_stream_open(const std::string &path) {
  std::ifstream in;
  std::lock_guard<std::mutex> lock(mu);
  in.open(path);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'open' on 'in' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
}

// Asking a stream for its state reads memory only, and a default-constructed
// stream opens nothing.
void negative_stream_state(std::ofstream &out, std::ifstream &in) {
  std::lock_guard<std::mutex> lock(mu);
  bool open = out.is_open();
  bool ok = out.good() && !in.eof() && !in.fail();
  std::ofstream closed;
  (void)open;
  (void)ok;
}

// Moving a stream hands over the open file without touching it.
void negative_stream_move(std::ofstream &from) {
  std::lock_guard<std::mutex> lock(mu);
  std::ofstream to(std::move(from));
}

// The utilities of namespace std that take a stream only pass it along.
void negative_stream_utilities(std::ofstream &a, std::ofstream &b) {
  std::lock_guard<std::mutex> lock(mu);
  std::swap(a, b);
  auto ref = std::ref(a);
  std::ofstream *ptr = std::addressof(b);
  (void)ref;
  (void)ptr;
}

// With the default categories, stdio on the standard streams is console
// output, which is off.
void negative_stdio_console(const char *msg) {
  std::lock_guard<std::mutex> lock(mu);
  fprintf(stderr, "%s\n", msg);
  fputs(msg, stdout);
  fflush(stdout);
}

// Formatting into memory and moving a descriptor's offset do no I/O.
void negative_in_memory(int fd, char *buf, int n) {
  std::lock_guard<std::mutex> lock(mu);
  snprintf(buf, 16, "%d", n);
  lseek(fd, 0, SEEK_SET);
}

// File I/O with the lock released first.
void negative_unlocked(const char *path, char *buf) {
  mu.lock();
  mu.unlock();
  int fd = open(path, O_RDONLY);
  read(fd, buf, 64);
  std::ofstream out(path);
  out << buf;
}
