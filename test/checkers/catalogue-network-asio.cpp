// RUN: %check_lockio %s %t -- -- -std=c++17

#include <boost/asio.hpp>
#include <cstddef>
#include <mutex>

namespace asio = boost::asio;
using asio::ip::tcp;

std::mutex mu;

// The free read and write functions wait until the whole buffer moved.
void positive_read_write(tcp::socket &sock, char (&buf)[64]) {
  std::lock_guard<std::mutex> lock(mu);
  asio::read(sock, asio::buffer(buf));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'boost::asio::read' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  asio::write(sock, asio::buffer(buf));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'boost::asio::write' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-7]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
}

// The socket's own synchronous members: connect and read_some.
void positive_socket_members(tcp::socket &sock, const tcp::endpoint &peer,
                             char (&buf)[64]) {
  std::lock_guard<std::mutex> lock(mu);
  sock.connect(peer);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'boost::asio::basic_socket::connect' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  std::size_t n = sock.read_some(asio::buffer(buf));
  // CHECK-NOTES: :[[@LINE-1]]:19: warning: blocking call to 'boost::asio::basic_stream_socket::read_some' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-7]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:19: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
  (void)n;
}

// The asynchronous operations only queue the work and return at once.
void negative_async(tcp::socket &sock, char (&buf)[64]) {
  std::lock_guard<std::mutex> lock(mu);
  asio::async_read(sock, asio::buffer(buf),
                   [](boost::system::error_code, std::size_t) {});
  asio::async_write(sock, asio::buffer(buf),
                    [](boost::system::error_code, std::size_t) {});
  sock.async_read_some(asio::buffer(buf),
                       [](boost::system::error_code, std::size_t) {});
}

// Building a buffer or asking whether the socket is open stays in memory.
void negative_socket_state(tcp::socket &sock, char (&buf)[64]) {
  std::lock_guard<std::mutex> lock(mu);
  auto view = asio::buffer(buf);
  bool open = sock.is_open();
  (void)view;
  (void)open;
}

// The synchronous read with no lock held.
void negative_unlocked(tcp::socket &sock, char (&buf)[64]) {
  asio::read(sock, asio::buffer(buf));
}
