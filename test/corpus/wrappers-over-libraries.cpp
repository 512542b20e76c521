// RUN: %check_lockio %s %t --header-filter=.* --system-headers -- -- \
// RUN:   -std=c++17 -DCPPHTTPLIB_OPENSSL_SUPPORT -DSPDLOG_SHARED_LIB \
// RUN:   -DSPDLOG_COMPILED_LIB -DSPDLOG_FMT_EXTERNAL

// Real programs wrap a library's blocking calls in small functions of their
// own and call those with a lock held. A mirror of a remote list that uses
// cpp-httplib, Boost.Asio and spdlog through such wrappers.

#include <boost/asio.hpp>
#include <httplib.h>
#include <spdlog/spdlog.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <string>
#include <vector>

namespace asio = boost::asio;
using asio::ip::tcp;

namespace {

std::string fetchBody(httplib::Client &Client, const std::string &Path) {
  auto Res = Client.Get(Path);
  return Res && Res->status == 200 ? Res->body : std::string();
}

std::vector<std::string> fetchList(httplib::Client &Client) {
  std::istringstream In(fetchBody(Client, "/list"));
  std::vector<std::string> Lines;
  for (std::string Line; std::getline(In, Line);)
    Lines.push_back(Line);
  return Lines;
}

void saveLines(const std::string &Path, const std::vector<std::string> &Lines) {
  std::ofstream Out(Path, std::ios::trunc);
  for (const std::string &Line : Lines)
    Out << Line << '\n';
}

void logChange(const std::string &Key, std::size_t Size) {
  spdlog::info("mirrored {} ({} bytes)", Key, Size);
}

} // namespace

class Mirror {
public:
  Mirror(const std::string &Host, int Port, tcp::socket &Peer)
      : Client(Host, Port), Peer(Peer) {}

  // A wrapper around Client::Get called with the lock held.
  void positiveFetchWrapperUnderLock(const std::string &Key) {
    std::lock_guard<std::mutex> Lock(Mu);
    Items[Key] = fetchBody(Client, "/" + Key);
    // CHECK-NOTES: :[[@LINE-1]]:18: warning: call to 'fetchBody' may block while 'Mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:33: note: 'Mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:18: note: no fix offered: the call's result is stored in 'Items', which 'Mu' may protect
    // CHECK-NOTES: :[[@LINE-36]]:14: note: 'fetchBody' may block: it calls 'httplib::Client::Get'
    logChange(Key, Items[Key].size());
  }

  // Two wrappers deep, then the list is saved through a third.
  void positiveNestedWrappersUnderLock(const std::string &Path) {
    std::lock_guard<std::mutex> Lock(Mu);
    List = fetchList(Client);
    // CHECK-NOTES: :[[@LINE-1]]:12: warning: call to 'fetchList' may block while 'Mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:33: note: 'Mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:12: note: no fix offered: the call's result is stored in 'List', which 'Mu' may protect
    // CHECK-NOTES: :[[@LINE-42]]:25: note: 'fetchList' may block: it calls 'fetchBody'
    // CHECK-NOTES: :[[@LINE-48]]:14: note: 'fetchBody' may block: it calls 'httplib::Client::Get'
    saveLines(Path, List);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: call to 'saveLines' may block while 'Mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-9]]:33: note: 'Mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: the statement uses 'List', which 'Mu' may protect
    // CHECK-NOTES: :[[@LINE-40]]:17: note: 'saveLines' may block: it calls 'std::ofstream'
  }

  // The list is fetched and saved first; only the swap holds the lock.
  void negativeWrappersOutsideLock(const std::string &Path) {
    std::vector<std::string> Fresh = fetchList(Client);
    saveLines(Path, Fresh);
    std::lock_guard<std::mutex> Lock(Mu);
    List.swap(Fresh);
    logChange("list", List.size());
  }

  // A local lambda that writes to the peer, called in a loop under the lock.
  void positiveLambdaUnderLock() {
    std::lock_guard<std::mutex> Lock(Mu);
    auto Send = [this](const std::string &Line) {
      asio::write(Peer, asio::buffer(Line + "\n"));
    };
    for (const std::string &Line : List)
      Send(Line);
    // CHECK-NOTES: :[[@LINE-1]]:7: warning: call to 'Send' may block while 'Mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-7]]:33: note: 'Mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:7: note: no fix offered: the statement uses 'List', which 'Mu' may protect
    // CHECK-NOTES: :[[@LINE-7]]:7: note: 'Send' may block: it calls 'boost::asio::write'
  }

  // fetchUnlocked releases the caller's lock before the request and takes
  // it again after: Mu is not held while it blocks.
  std::string negativeCalleeReleasesCallersLock(const std::string &Key) {
    std::unique_lock<std::mutex> Lock(Mu);
    auto It = Items.find(Key);
    if (It != Items.end())
      return It->second;
    return fetchUnlocked(Lock, Key);
  }

  // waitForWork waits on a condition variable with the caller's lock, which
  // the wait releases.
  std::string negativeCalleeWaitReleasesCallersLock() {
    std::unique_lock<std::mutex> Lock(Mu);
    waitForWork(Lock);
    std::string Key = std::move(Work.front());
    Work.pop_front();
    return Key;
  }

private:
  // Called with Lock owning Mu; returns with it owning Mu again.
  std::string fetchUnlocked(std::unique_lock<std::mutex> &Lock,
                            const std::string &Key) {
    Lock.unlock();
    std::string Body = fetchBody(Client, "/" + Key);
    Lock.lock();
    Items[Key] = Body;
    return Body;
  }

  // Called with Lock owning Mu; the wait gives it up while it sleeps.
  void waitForWork(std::unique_lock<std::mutex> &Lock) {
    HasWork.wait(Lock, [this] { return !Work.empty(); });
  }

  std::mutex Mu;
  std::condition_variable HasWork;
  httplib::Client Client;
  tcp::socket &Peer;
  std::map<std::string, std::string> Items;
  std::vector<std::string> List;
  std::deque<std::string> Work;
};
