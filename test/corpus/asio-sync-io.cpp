// RUN: %check_lockio %s %t --header-filter=.* --system-headers -- -- \
// RUN:   -std=c++17

// A line-protocol client and a control server written against the real
// Boost.Asio headers, mixing its synchronous and asynchronous calls. Asio
// locks its own mutexes and waits inside its headers; nothing may be
// reported there.

#include <boost/asio.hpp>

#include <array>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace asio = boost::asio;
using asio::ip::tcp;

// A connection shared by several threads. Mu serialises the requests, but
// it also guards Outbox, so its findings are not told as serialised I/O: the
// lock protects state besides the socket.
class LineClient {
public:
  explicit LineClient(asio::io_context &Io) : Io(Io), Socket(Io) {}

  // Name resolution and the connect both wait with the lock held.
  void positiveConnectUnderLock(const std::string &Host,
                                const std::string &Port) {
    std::lock_guard<std::mutex> Lock(Mu);
    tcp::resolver Resolver(Io);
    auto Endpoints = Resolver.resolve(Host, Port);
    // CHECK-NOTES: :[[@LINE-1]]:22: warning: blocking call to 'boost::asio::ip::basic_resolver::resolve' while 'Mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-4]]:33: note: 'Mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:22: note: release 'Mu' during the blocking call; other threads may change what it protects before it is taken again
    asio::connect(Socket, Endpoints);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'boost::asio::connect' while 'Mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-8]]:33: note: 'Mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: the statement uses 'Socket', which 'Mu' may protect
  }

  // A request and its reply, both under the lock.
  std::string positiveRequestUnderLock(const std::string &Line) {
    std::lock_guard<std::mutex> Lock(Mu);
    asio::write(Socket, asio::buffer(Line + "\r\n"));
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'boost::asio::write' while 'Mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:33: note: 'Mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: the statement uses 'Socket', which 'Mu' may protect
    std::size_t N =
        asio::read_until(Socket, asio::dynamic_buffer(Pending), "\r\n");
    // CHECK-NOTES: :[[@LINE-1]]:9: warning: blocking call to 'boost::asio::read_until' while 'Mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-8]]:33: note: 'Mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:9: note: no fix offered: the statement uses 'Socket', which 'Mu' may protect
    std::string Reply = Pending.substr(0, N - 2);
    Pending.erase(0, N);
    return Reply;
  }

  // The overloads that report errors through an error_code wait the same.
  bool positiveReadSomeUnderLock(std::array<char, 512> &Chunk,
                                 std::size_t &Got) {
    std::unique_lock<std::mutex> Lock(Mu);
    boost::system::error_code Ec;
    Got = Socket.read_some(asio::buffer(Chunk), Ec);
    // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'boost::asio::basic_stream_socket::read_some' while 'Mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-4]]:34: note: 'Mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:11: note: no fix offered: the statement uses 'Socket', which 'Mu' may protect
    return !Ec;
  }

  // Queueing a line and starting an asynchronous write return at once.
  void negativeAsyncWriteUnderLock(std::string Line) {
    std::lock_guard<std::mutex> Lock(Mu);
    Outbox.push_back(std::move(Line));
    if (Outbox.size() > 1)
      return;
    asio::async_write(Socket, asio::buffer(Outbox.front()),
                      [this](boost::system::error_code Ec, std::size_t) {
                        std::lock_guard<std::mutex> Guard(Mu);
                        Outbox.pop_front();
                        if (Ec)
                          Outbox.clear();
                      });
  }

  // Shutting down and closing a socket do not wait for the peer.
  void negativeCloseUnderLock() {
    std::lock_guard<std::mutex> Lock(Mu);
    boost::system::error_code Ec;
    Socket.shutdown(tcp::socket::shutdown_both, Ec);
    Socket.close(Ec);
    Pending.clear();
  }

  // A throttle that waits on a timer with the lock held.
  void positiveTimerWaitUnderLock() {
    std::lock_guard<std::mutex> Lock(Mu);
    asio::steady_timer Timer(Io, std::chrono::milliseconds(50));
    Timer.wait();
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'boost::asio::basic_waitable_timer::wait' while 'Mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-4]]:33: note: 'Mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: release 'Mu' during the blocking call; other threads may change what it protects before it is taken again
  }

  // The event loop runs handlers until it is out of work.
  void positiveRunUnderLock() {
    std::lock_guard<std::mutex> Lock(Mu);
    Io.restart();
    Io.run();
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'boost::asio::io_context::run' while 'Mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-4]]:33: note: 'Mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: the statement uses 'Io', which 'Mu' may protect
  }

  // Posting a handler and stopping the loop do not wait.
  void negativePostAndStopUnderLock() {
    std::lock_guard<std::mutex> Lock(Mu);
    asio::post(Io, [this] {
      std::lock_guard<std::mutex> Guard(Mu);
      Pending.clear();
    });
    Io.stop();
  }

private:
  asio::io_context &Io;
  tcp::socket Socket;
  std::mutex Mu;
  std::string Pending;
  std::deque<std::string> Outbox;
};

// Accepts control connections and broadcasts lines to them.
class ControlServer {
public:
  ControlServer(asio::io_context &Io, unsigned short Port)
      : Acceptor(Io, tcp::endpoint(asio::ip::make_address("127.0.0.1"),
                                   Port)) {}

  // accept() waits for a client with the registry locked. Mu is there for
  // Peers, so this is not serialised I/O; accepting first is the cure
  // (below).
  void positiveAcceptUnderLock() {
    std::lock_guard<std::mutex> Lock(Mu);
    auto Peer = std::make_shared<tcp::socket>(Acceptor.accept());
    // CHECK-NOTES: :[[@LINE-1]]:47: warning: blocking call to 'boost::asio::basic_socket_acceptor::accept' while 'Mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:33: note: 'Mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:47: note: no fix offered: the statement uses 'Acceptor', which 'Mu' may protect
    Peers.push_back(std::move(Peer));
  }

  // The client is accepted first and registered under the lock.
  void negativeAcceptThenRegister() {
    auto Peer = std::make_shared<tcp::socket>(Acceptor.accept());
    std::lock_guard<std::mutex> Lock(Mu);
    Peers.push_back(std::move(Peer));
  }

  // Every peer is written to while the registry is locked. No fix: releasing
  // Mu inside the loop over Peers would let another thread grow the vector
  // under the loop's iterators.
  void positiveBroadcastUnderLock(const std::string &Line) {
    std::lock_guard<std::mutex> Lock(Mu);
    for (const auto &Conn : Peers) {
      boost::system::error_code Ec;
      asio::write(*Conn, asio::buffer(Line), Ec);
      // CHECK-NOTES: :[[@LINE-1]]:7: warning: blocking call to 'boost::asio::write' while 'Mu' is locked [lockio-blocking-call-under-lock]
      // CHECK-NOTES: :[[@LINE-5]]:33: note: 'Mu' is locked here
      // CHECK-NOTES: :[[@LINE-3]]:7: note: no fix offered: the statement is in a loop over 'Peers', which 'Mu' may protect
    }
  }

  // The registry is copied under the lock and the writes happen after.
  void negativeBroadcastFromCopy(const std::string &Line) {
    std::vector<std::shared_ptr<tcp::socket>> Copy;
    {
      std::lock_guard<std::mutex> Lock(Mu);
      Copy = Peers;
    }
    for (const auto &Conn : Copy) {
      boost::system::error_code Ec;
      asio::write(*Conn, asio::buffer(Line), Ec);
    }
  }

private:
  tcp::acceptor Acceptor;
  std::mutex Mu;
  std::vector<std::shared_ptr<tcp::socket>> Peers;
};

// A writer thread fed through a queue.
class WriterQueue {
public:
  // The wait releases Mu and the write runs after the lock is dropped.
  void negativeWriterLoop(tcp::socket &Socket) {
    for (;;) {
      std::unique_lock<std::mutex> Lock(Mu);
      Ready.wait(Lock, [this] { return Stopped || !Lines.empty(); });
      if (Stopped)
        return;
      std::string Line = std::move(Lines.front());
      Lines.pop_front();
      Lock.unlock();
      asio::write(Socket, asio::buffer(Line));
    }
  }

  // The wait releases Mu but not SocketMu, which is held through the write.
  // FIXME: SocketMu serialises the writes to Socket, but Socket is a
  // parameter, not a member, so a fix that releases SocketMu is offered.
  void positiveWaitHoldingSocketLock(tcp::socket &Socket) {
    std::lock_guard<std::mutex> SocketLock(SocketMu);
    std::unique_lock<std::mutex> Lock(Mu);
    Ready.wait(Lock, [this] { return !Lines.empty(); });
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'std::condition_variable::wait' while 'SocketMu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-4]]:33: note: 'SocketMu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: retaking 'SocketMu' after the wait would reverse the order in which the locks are taken
    std::string Line = std::move(Lines.front());
    Lines.pop_front();
    Lock.unlock();
    asio::write(Socket, asio::buffer(Line));
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'boost::asio::write' while 'SocketMu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-11]]:33: note: 'SocketMu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: release 'SocketMu' during the blocking call; other threads may change what it protects before it is taken again
  }

  void push(std::string Line) {
    {
      std::lock_guard<std::mutex> Lock(Mu);
      Lines.push_back(std::move(Line));
    }
    Ready.notify_one();
  }

private:
  std::mutex Mu;
  std::mutex SocketMu;
  std::condition_variable Ready;
  std::deque<std::string> Lines;
  bool Stopped = false;
};

// Constructing a tcp::iostream connects, and reading from it waits for the
// peer.
std::string positiveIostreamUnderLock(std::mutex &Mu,
                                      const std::string &Host) {
  std::lock_guard<std::mutex> Lock(Mu);
  tcp::iostream Stream(Host, "daytime");
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: blocking call to 'tcp::iostream' while 'Mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'Mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:17: note: release 'Mu' during the blocking call{{.*}}
  std::string Line;
  std::getline(Stream, Line);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::getline' on 'Stream' while 'Mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-8]]:31: note: 'Mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'Mu' during the blocking call{{.*}}
  return Line;
}

// An in-process mailbox whose functions share their names with the socket
// functions that <boost/asio.hpp> brings in from <sys/socket.h>.
struct Mailbox {
  std::deque<std::string> Lines;
};

static void send(Mailbox &Box, std::string Line) {
  Box.Lines.push_back(std::move(Line));
}

// The program's own function named send, which only appends to a deque, is
// not mistaken for the socket call: its body is in view, so it is analysed
// as a helper, and it does not block.
void negativeOwnFunctionNamedSend(std::mutex &Mu, Mailbox &Box) {
  std::lock_guard<std::mutex> Lock(Mu);
  send(Box, "ping");
}
