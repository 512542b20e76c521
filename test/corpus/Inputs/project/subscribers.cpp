#include "subscribers.h"

#include <boost/asio/ip/address.hpp>
#include <boost/asio/write.hpp>

#include <algorithm>

namespace asio = boost::asio;
using asio::ip::tcp;

Subscribers::Subscribers(asio::io_context &Io, unsigned short Port)
    : Acceptor(Io, tcp::endpoint(asio::ip::make_address("127.0.0.1"), Port)) {
}

void Subscribers::acceptOne() {
  auto Client = std::make_unique<Socket>(Acceptor.accept());
  Client->set_option(tcp::no_delay(true));
  std::lock_guard<std::mutex> Lock(Mu);
  Clients.push_back(std::move(Client));
}

static bool sendLine(tcp::socket &S, const std::string &Line) {
  boost::system::error_code Ec;
  asio::write(S, asio::buffer(Line + "\n"), Ec);
  return !Ec;
}

void Subscribers::publish(const std::string &Line) {
  std::lock_guard<std::mutex> Lock(Mu);
  for (auto It = Clients.begin(); It != Clients.end();) {
    if (sendLine(**It, Line))
      ++It;
    else
      It = Clients.erase(It);
  }
}

// The lambda writes to every client with Mu held: std::for_each calls it
// before it returns.
void Subscribers::heartbeat() {
  std::lock_guard<std::mutex> Lock(Mu);
  std::for_each(Clients.begin(), Clients.end(),
                [](const std::unique_ptr<Socket> &C) { sendLine(*C, "."); });
}

void Subscribers::closeAll() {
  std::lock_guard<std::mutex> Lock(Mu);
  for (auto &C : Clients) {
    boost::system::error_code Ec;
    C->shutdown(tcp::socket::shutdown_both, Ec);
    C->close(Ec);
  }
  Clients.clear();
}
