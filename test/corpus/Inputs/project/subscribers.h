// Clients that connect over TCP and receive one line per price change.
#ifndef QUOTE_RELAY_SUBSCRIBERS_H
#define QUOTE_RELAY_SUBSCRIBERS_H

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>

#include <memory>
#include <mutex>
#include <string>
#include <vector>

class Subscribers {
public:
  Subscribers(boost::asio::io_context &Io, unsigned short Port);

  /// Waits for one subscriber and adds it.
  void acceptOne();
  /// Sends Line to every subscriber; drops those that fail.
  void publish(const std::string &Line);
  /// Sends a keep-alive line to every subscriber.
  void heartbeat();
  /// Closes every connection.
  void closeAll();

private:
  using Socket = boost::asio::ip::tcp::socket;
  boost::asio::ip::tcp::acceptor Acceptor;
  std::mutex Mu;
  std::vector<std::unique_ptr<Socket>> Clients;
};

#endif
