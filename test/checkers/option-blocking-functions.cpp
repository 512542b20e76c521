// Without the option the project's own functions are not blocking calls.
// RUN: %check_lockio %s %t -- -- -std=c++17
// An entry with `::` inside matches a trailing part of the qualified name.
// RUN: %check_lockio -check-suffix=QUAL %s %t -config='{CheckOptions: {lockio-blocking-call-under-lock.BlockingFunctions: "rpc::Client::call"}}' -- -std=c++17
// An entry without `::` matches the unqualified name in any namespace.
// RUN: %check_lockio -check-suffix=BARE %s %t -config='{CheckOptions: {lockio-blocking-call-under-lock.BlockingFunctions: "fetch_remote"}}' -- -std=c++17
// An entry starting with `::` matches the fully qualified name only.
// RUN: %check_lockio -check-suffix=ROOT %s %t -config='{CheckOptions: {lockio-blocking-call-under-lock.BlockingFunctions: "::fetch_remote"}}' -- -std=c++17
// A trailing part starts at a scope boundary: Client::call is not
// MyClient::call.
// RUN: %check_lockio -check-suffix=TRAIL %s %t -config='{CheckOptions: {lockio-blocking-call-under-lock.BlockingFunctions: "Client::call"}}' -- -std=c++17
// A list of regular expressions, with spaces around the entries.
// RUN: %check_lockio -check-suffix=LIST %s %t -config='{CheckOptions: {lockio-blocking-call-under-lock.BlockingFunctions: " ::net::fetch_remote ; rpc::My.*::call "}}' -- -std=c++17

#include <mutex>

namespace rpc {
class Client {
public:
  int call(const char *method);
};
class MyClient {
public:
  int call(const char *method);
};
} // namespace rpc

namespace other {
class Client {
public:
  int call(const char *method);
};
} // namespace other

int fetch_remote(int key);
int fetch(int key);

namespace net {
int fetch_remote(int key);
} // namespace net

std::mutex mu;

// rpc::Client::call: by its trailing part, whole or shorter.
void positive_rpc_client_call(rpc::Client &cli) {
  std::lock_guard<std::mutex> lock(mu);
  cli.call("get");
  // CHECK-NOTES-QUAL: :[[@LINE-1]]:3: warning: blocking call to 'rpc::Client::call' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-QUAL: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES-QUAL: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-NOTES-TRAIL: :[[@LINE-4]]:3: warning: blocking call to 'rpc::Client::call' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-TRAIL: :[[@LINE-6]]:31: note: 'mu' is locked here
  // CHECK-NOTES-TRAIL: :[[@LINE-6]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
}

// other::Client::call ends in Client::call but not in rpc::Client::call.
void positive_other_client_call(other::Client &cli) {
  std::lock_guard<std::mutex> lock(mu);
  cli.call("get");
  // CHECK-NOTES-TRAIL: :[[@LINE-1]]:3: warning: blocking call to 'other::Client::call' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-TRAIL: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES-TRAIL: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
}

// rpc::MyClient::call is matched by a regular expression only: the trailing
// part Client::call does not start at a scope boundary in it.
void positive_my_client_call(rpc::MyClient &cli) {
  std::lock_guard<std::mutex> lock(mu);
  cli.call("get");
  // CHECK-NOTES-LIST: :[[@LINE-1]]:3: warning: blocking call to 'rpc::MyClient::call' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-LIST: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES-LIST: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
}

// The global fetch_remote: by its bare name and by its full name.
void positive_global_fetch_remote() {
  std::lock_guard<std::mutex> lock(mu);
  fetch_remote(1);
  // CHECK-NOTES-BARE: :[[@LINE-1]]:3: warning: blocking call to 'fetch_remote' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-BARE: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES-BARE: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-NOTES-ROOT: :[[@LINE-4]]:3: warning: blocking call to 'fetch_remote' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-ROOT: :[[@LINE-6]]:31: note: 'mu' is locked here
  // CHECK-NOTES-ROOT: :[[@LINE-6]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
}

// net::fetch_remote: by its bare name, but not by `::fetch_remote`.
void positive_net_fetch_remote() {
  std::lock_guard<std::mutex> lock(mu);
  net::fetch_remote(1);
  // CHECK-NOTES-BARE: :[[@LINE-1]]:3: warning: blocking call to 'net::fetch_remote' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-BARE: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES-BARE: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-NOTES-LIST: :[[@LINE-4]]:3: warning: blocking call to 'net::fetch_remote' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-LIST: :[[@LINE-6]]:31: note: 'mu' is locked here
  // CHECK-NOTES-LIST: :[[@LINE-6]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
}

// An entry matches the whole name: fetch_remote does not name fetch.
void negative_prefix_of_entry() {
  std::lock_guard<std::mutex> lock(mu);
  fetch(1);
}

// A listed function called with no lock held is not a finding.
void negative_unlocked(rpc::Client &cli) {
  cli.call("get");
  fetch_remote(1);
}
