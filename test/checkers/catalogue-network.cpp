// RUN: %check_lockio %s %t -- -- -std=c++17

#include <curl/curl.h>
#include <mutex>
#include <netdb.h>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <sys/socket.h>

std::mutex mu;

// recv and send on a socket wait for the peer.
void positive_recv_send(int fd, char *buf) {
  std::lock_guard<std::mutex> lock(mu);
  recv(fd, buf, 16, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'recv' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  send(fd, buf, 16, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'send' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-7]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
}

// The datagram variants are in the table too.
void positive_recvfrom_sendto(int fd, char *buf, sockaddr *addr,
                              socklen_t *len) {
  std::lock_guard<std::mutex> lock(mu);
  recvfrom(fd, buf, 16, 0, addr, len);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'recvfrom' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  sendto(fd, buf, 16, 0, addr, *len);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sendto' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-7]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
}

// connect and accept wait for the other side of the handshake.
void positive_connect_accept(int fd, const sockaddr *addr, socklen_t len) {
  std::lock_guard<std::mutex> lock(mu);
  connect(fd, addr, len);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'connect' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  int client = accept(fd, nullptr, nullptr);
  // CHECK-NOTES: :[[@LINE-1]]:16: warning: blocking call to 'accept' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-7]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:16: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
  (void)client;
}

// Readiness waits: poll, select and epoll_wait sleep until a descriptor is
// ready or the timeout expires.
void positive_readiness(pollfd *fds, int epfd, epoll_event *events,
                        fd_set *readable) {
  std::lock_guard<std::mutex> lock(mu);
  poll(fds, 1, 1000);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'poll' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  select(4, readable, nullptr, nullptr, nullptr);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'select' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-7]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
  epoll_wait(epfd, events, 8, -1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'epoll_wait' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-11]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-11]] also releases 'mu' around this call
}

// Name resolution asks a DNS server.
void positive_resolve(const char *host, addrinfo **out) {
  std::lock_guard<std::mutex> lock(mu);
  getaddrinfo(host, "80", nullptr, out);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'getaddrinfo' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  gethostbyname(host);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'gethostbyname' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-7]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
}

// curl_easy_perform runs a whole transfer.
void positive_curl_easy(CURL *handle) {
  std::lock_guard<std::mutex> lock(mu);
  curl_easy_perform(handle);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'curl_easy_perform' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
}

// curl_multi_wait and curl_multi_poll sleep until a transfer has activity.
void positive_curl_multi_wait(CURLM *multi) {
  int ready = 0;
  std::lock_guard<std::mutex> lock(mu);
  curl_multi_wait(multi, nullptr, 0, 1000, &ready);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'curl_multi_wait' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  curl_multi_poll(multi, nullptr, 0, 1000, &ready);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'curl_multi_poll' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-7]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
}

// curl_multi_perform only drives the transfers that are ready: it does not
// wait, and neither does setting an option.
void negative_curl_multi_perform(CURLM *multi, CURL *handle) {
  int running = 0;
  std::lock_guard<std::mutex> lock(mu);
  curl_multi_perform(multi, &running);
  curl_easy_setopt(handle, CURLOPT_URL, "http://127.0.0.1/");
}

// Setting a socket up does not wait for a peer.
void negative_socket_setup(const sockaddr *addr, socklen_t len,
                           addrinfo *info) {
  std::lock_guard<std::mutex> lock(mu);
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  int one = 1;
  setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
  bind(fd, addr, len);
  listen(fd, 16);
  freeaddrinfo(info);
}

// The same blocking calls with no lock held.
void negative_unlocked(int fd, char *buf, CURL *handle) {
  recv(fd, buf, 16, 0);
  send(fd, buf, 16, 0);
  curl_easy_perform(handle);
}

// The lock is released before the call.
void negative_after_unlock(int fd, char *buf) {
  mu.lock();
  buf[0] = 0;
  mu.unlock();
  recv(fd, buf, 16, 0);
}

// The guard's scope has ended before the call.
void negative_after_scope(int fd, char *buf) {
  {
    std::lock_guard<std::mutex> lock(mu);
    buf[0] = 0;
  }
  send(fd, buf, 16, 0);
}
