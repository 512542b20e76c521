// RUN: %check_lockio %s %t --header-filter=.* --system-headers -- -- \
// RUN:   -std=c++17 -DCPPHTTPLIB_OPENSSL_SUPPORT -DCPPHTTPLIB_ZLIB_SUPPORT \
// RUN:   -DCPPHTTPLIB_BROTLI_SUPPORT

// A configuration service and its clients written against the real
// cpp-httplib header, compiled with the flags its pkg-config file gives.
// Nothing may be reported inside <httplib.h> itself.

#include <httplib.h>

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

// A read-through cache of remote settings.
class SettingsCache {
public:
  SettingsCache(std::string Host, int Port)
      : Host(std::move(Host)), Port(Port), Client(this->Host, this->Port) {}

  // The whole lookup, fetch included, runs under the lock. Mu is there for
  // Values too, so this is the cache's problem, not serialised I/O; the
  // shared Client keeps the fix from being offered automatically.
  std::string positiveGetUnderGuard(const std::string &Key) {
    std::lock_guard<std::mutex> Lock(Mu);
    auto It = Values.find(Key);
    if (It != Values.end())
      return It->second;
    auto Res = Client.Get("/settings/" + Key);
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: blocking call to 'httplib::Client::Get' while 'Mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-6]]:33: note: 'Mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:16: note: no fix offered: the statement uses 'Client', which 'Mu' may protect
    std::string Body = Res && Res->status == 200 ? Res->body : std::string();
    Values[Key] = Body;
    return Body;
  }

  // The hit path unlocks early; the miss path still posts under the lock.
  // Not serialised I/O either, as above.
  bool positivePostOnMissPath(const std::string &Key, const std::string &V) {
    std::unique_lock<std::mutex> Lock(Mu);
    if (Values.count(Key) && Values[Key] == V) {
      Lock.unlock();
      return true;
    }
    auto Res = Client.Post("/settings/" + Key, V, "text/plain");
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: blocking call to 'httplib::Client::Post' while 'Mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-7]]:34: note: 'Mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:16: note: no fix offered: the statement uses 'Client', which 'Mu' may protect
    if (Res && Res->status == 200)
      Values[Key] = V;
    return Res && Res->status == 200;
  }

  // Look up, unlock for the round trip, lock again to store.
  std::string negativeThreePhases(const std::string &Key) {
    std::unique_lock<std::mutex> Lock(Mu);
    auto It = Values.find(Key);
    if (It != Values.end())
      return It->second;
    Lock.unlock();
    auto Res = Client.Get("/settings/" + Key);
    std::string Body = Res ? Res->body : std::string();
    Lock.lock();
    Values.emplace(Key, Body);
    return Body;
  }

  // Only the map copy is guarded; the upload runs after the scope ends.
  bool negativeSnapshotThenSend() {
    std::map<std::string, std::string> Copy;
    {
      std::lock_guard<std::mutex> Lock(Mu);
      Copy = Values;
    }
    httplib::Params Form(Copy.begin(), Copy.end());
    auto Res = Client.Post("/settings", Form);
    return Res && Res->status == 200;
  }

  // Configuring a client does no I/O: connections open on the first call.
  void negativeConfigureUnderLock(int TimeoutSeconds) {
    std::lock_guard<std::mutex> Lock(Mu);
    Client.set_connection_timeout(TimeoutSeconds, 0);
    Client.set_read_timeout(std::chrono::seconds(TimeoutSeconds));
    Client.set_keep_alive(true);
    Client.set_default_headers({{"Accept", "text/plain"}});
  }

private:
  std::string Host;
  int Port;
  std::mutex Mu;
  httplib::Client Client;
  std::map<std::string, std::string> Values;
};

// A TLS client: the request functions come from httplib::ClientImpl.
std::string positiveTlsGetUnderLock(std::mutex &CertMu,
                                    const std::string &Host) {
  std::lock_guard<std::mutex> Lock(CertMu);
  httplib::SSLClient Tls(Host, 443);
  Tls.enable_server_certificate_verification(true);
  auto Res = Tls.Get("/ca.pem");
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: blocking call to 'httplib::ClientImpl::Get' while 'CertMu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-5]]:31: note: 'CertMu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:14: note: release 'CertMu' during the blocking call; other threads may change what it protects before it is taken again
  return Res ? Res->body : std::string();
}

// A small service that keeps a registry and forwards writes upstream.
class SettingsServer {
public:
  explicit SettingsServer(std::string Upstream)
      : Upstream(std::move(Upstream)) {}

  // Registering routes is bookkeeping; the handlers run on server threads.
  void negativeRegisterRoutes() {
    std::lock_guard<std::mutex> Lock(Mu);
    Server.Get("/settings/(.*)", [this](const httplib::Request &Req,
                                        httplib::Response &Res) {
      std::lock_guard<std::mutex> Guard(Mu);
      auto It = Registry.find(Req.matches[1]);
      if (It == Registry.end()) {
        Res.status = 404;
        return;
      }
      Res.set_content(It->second, "text/plain");
    });
  }

  // A handler that forwards to the upstream while holding the registry.
  void positiveForwardInHandler() {
    Server.Post("/settings/(.*)", [this](const httplib::Request &Req,
                                         httplib::Response &Res) {
      std::lock_guard<std::mutex> Guard(Mu);
      Registry[Req.matches[1]] = Req.body;
      httplib::Client Up(Upstream);
      auto Fwd = Up.Put(Req.path, Req.body, "text/plain");
      // CHECK-NOTES: :[[@LINE-1]]:18: warning: blocking call to 'httplib::Client::Put' while 'Mu' is locked [lockio-blocking-call-under-lock]
      // CHECK-NOTES: :[[@LINE-5]]:35: note: 'Mu' is locked here
      // CHECK-NOTES: :[[@LINE-3]]:18: note: release 'Mu' during the blocking call; other threads may change what it protects before it is taken again
      Res.status = Fwd ? Fwd->status : 502;
    });
  }

  // listen() serves until stop(): the state lock is never released.
  // StateMu is there for Running, not for the server: not serialised I/O.
  bool positiveListenUnderLock(int Port) {
    std::lock_guard<std::mutex> Lock(StateMu);
    Running = true;
    return Server.listen("127.0.0.1", Port);
    // CHECK-NOTES: :[[@LINE-1]]:12: warning: blocking call to 'httplib::Server::listen' while 'StateMu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-4]]:33: note: 'StateMu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:12: note: no fix offered: the call is part of a return statement
  }

  // The state flag is set under the lock; the serving loop runs without it.
  bool negativeListenAfterBind() {
    int Port;
    {
      std::lock_guard<std::mutex> Lock(StateMu);
      Port = Server.bind_to_any_port("127.0.0.1");
      Running = Port > 0;
    }
    return Port > 0 && Server.listen_after_bind();
  }

  // stop() only signals the serving thread.
  void negativeStopUnderLock() {
    std::lock_guard<std::mutex> Lock(StateMu);
    if (Running)
      Server.stop();
    Running = false;
  }

private:
  std::string Upstream;
  httplib::Server Server;
  std::mutex Mu;
  std::mutex StateMu;
  bool Running = false;
  std::map<std::string, std::string> Registry;
};
