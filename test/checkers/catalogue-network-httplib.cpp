// RUN: %check_lockio %s %t -- -- -std=c++17

#include <httplib.h>
#include <mutex>

std::mutex mu;

// A cpp-httplib request waits for the server's answer.
void positive_client_get(httplib::Client &cli) {
  std::lock_guard<std::mutex> lock(mu);
  auto res = cli.Get("/items");
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: blocking call to 'httplib::Client::Get' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:14: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  (void)res;
}

// The other verbs make a round trip too, through a pointer as well.
void positive_client_post(httplib::Client *cli) {
  std::lock_guard<std::mutex> lock(mu);
  cli->Post("/items", "{}", "application/json");
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'httplib::Client::Post' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
}

// The server loop never returns while the server runs.
void positive_server_listen(httplib::Server &srv) {
  std::lock_guard<std::mutex> lock(mu);
  srv.listen("127.0.0.1", 8080);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'httplib::Server::listen' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
}

// Configuring the client and asking whether it is valid stay in memory.
void negative_client_setup(httplib::Client &cli) {
  std::lock_guard<std::mutex> lock(mu);
  cli.set_connection_timeout(1);
  bool valid = cli.is_valid();
  (void)valid;
}

// The request is made after the lock is released.
void negative_get_after_unlock(httplib::Client &cli) {
  mu.lock();
  mu.unlock();
  auto res = cli.Get("/items");
  (void)res;
}
