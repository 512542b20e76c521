// RUN: %check_lockio %s %t -- -- -std=c++17

#include <cstring>
#include <mutex>
#include <sys/socket.h>
#include <unistd.h>

std::mutex mu;

// A buffer class with a read method of its own.
class Buffer {
public:
  int read(char *out, int n) {
    std::memcpy(out, data_, n);
    return n;
  }

private:
  char data_[64] = {};
};

// A socket wrapper whose send is the project's own (defined elsewhere).
class Socket {
public:
  int send(const char *data, int n);
  // Calls the C library's send explicitly.
  int send_raw(int fd, const char *data, int n);
};

namespace ns {
// A function that shares its unqualified name with ::recv.
int recv(int fd);
} // namespace ns

namespace mylib {
// A class that shares its name and member's name with std::thread::join.
class thread {
public:
  void join();
};
} // namespace mylib

// A member function named read is not ::read.
void negative_member_read(Buffer &buf, char *out) {
  std::lock_guard<std::mutex> lock(mu);
  buf.read(out, 16);
}

// A member function named send is not ::send.
void negative_member_send(Socket &sock) {
  std::lock_guard<std::mutex> lock(mu);
  sock.send("ping", 4);
}

// A function ns::recv, called qualified or through a using-declaration, is
// not ::recv.
void negative_namespace_recv(int fd) {
  std::lock_guard<std::mutex> lock(mu);
  ns::recv(fd);
  using ns::recv;
  recv(fd);
}

// A method of a local class named sleep is not ::sleep.
void negative_local_class_sleep() {
  struct Local {
    static void sleep(int) {}
  };
  std::lock_guard<std::mutex> lock(mu);
  Local::sleep(1);
}

// mylib::thread::join is not std::thread::join.
void negative_other_thread_join(mylib::thread &worker) {
  std::lock_guard<std::mutex> lock(mu);
  worker.join();
}

// The C library's read, next to the user's: only ::read is a finding.
void positive_global_read(Buffer &buf, int fd, char *out) {
  std::lock_guard<std::mutex> lock(mu);
  buf.read(out, 16);
  ::read(fd, out, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'read' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
}

// Inside a class with its own send, `::send` still names the C library's.
int Socket::send_raw(int fd, const char *data, int n) {
  std::lock_guard<std::mutex> lock(mu);
  return ::send(fd, data, n, 0);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: blocking call to 'send' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:10: note: no fix offered: the call is part of a return statement
}

// A function of the program's own in the global namespace, named like the
// C library's, is the program's: its body is in view and does not block.
struct Outbox {
  int pending = 0;
};
static int recv(Outbox &box) { return box.pending++; }
void negative_own_global_recv(Outbox &box) {
  std::lock_guard<std::mutex> lock(mu);
  recv(box);
}
