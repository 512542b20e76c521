// A stand-in for gRPC's grpcpp/grpcpp.h: the synchronous client and server
// streams, the blocking unary call the generated stubs make, and the
// server, declared in the namespaces and classes gRPC declares them in.
#pragma once

#include <memory>

namespace grpc {

class Status {
public:
  bool ok() const;
};
class ClientContext {};
class ServerContext {};
class CompletionQueue {};
class ChannelInterface {};
class WriteOptions {};

namespace internal {
class RpcMethod {};

/// What every synchronous client stream does.
class ClientStreamingInterface {
public:
  virtual ~ClientStreamingInterface() = default;
  virtual Status Finish() = 0;
};

template <class R> class ReaderInterface {
public:
  virtual ~ReaderInterface() = default;
  virtual bool Read(R *msg) = 0;
};

template <class W> class WriterInterface {
public:
  virtual ~WriterInterface() = default;
  virtual bool Write(const W &msg, WriteOptions options) = 0;
  bool Write(const W &msg) { return Write(msg, WriteOptions()); }
};

template <class In, class Out>
Status BlockingUnaryCall(ChannelInterface *channel, const RpcMethod &method,
                         ClientContext *context, const In &request,
                         Out *result);
} // namespace internal

template <class R>
class ClientReaderInterface : public internal::ClientStreamingInterface,
                              public internal::ReaderInterface<R> {};

template <class R> class ClientReader final : public ClientReaderInterface<R> {
public:
  bool Read(R *msg) override;
  Status Finish() override;
};

template <class W>
class ClientWriterInterface : public internal::ClientStreamingInterface,
                              public internal::WriterInterface<W> {
public:
  virtual bool WritesDone() = 0;
};

template <class W> class ClientWriter : public ClientWriterInterface<W> {
public:
  using internal::WriterInterface<W>::Write;
  bool Write(const W &msg, WriteOptions options) override;
  bool WritesDone() override;
  Status Finish() override;
};

template <class W, class R>
class ClientReaderWriterInterface : public internal::ClientStreamingInterface,
                                    public internal::WriterInterface<W>,
                                    public internal::ReaderInterface<R> {
public:
  virtual bool WritesDone() = 0;
};

template <class W, class R>
class ClientReaderWriter final : public ClientReaderWriterInterface<W, R> {
public:
  using internal::WriterInterface<W>::Write;
  bool Read(R *msg) override;
  bool Write(const W &msg, WriteOptions options) override;
  bool WritesDone() override;
  Status Finish() override;
};

template <class R>
class ServerReader final : public internal::ReaderInterface<R> {
public:
  bool Read(R *msg) override;
};

template <class W>
class ServerWriter final : public internal::WriterInterface<W> {
public:
  using internal::WriterInterface<W>::Write;
  bool Write(const W &msg, WriteOptions options) override;
};

template <class W, class R>
class ServerReaderWriter final : public internal::WriterInterface<W>,
                                 public internal::ReaderInterface<R> {
public:
  using internal::WriterInterface<W>::Write;
  bool Read(R *msg) override;
  bool Write(const W &msg, WriteOptions options) override;
};

/// The asynchronous unary call's reader: starting it does not wait.
template <class R> class ClientAsyncResponseReader {
public:
  void Finish(R *msg, Status *status, void *tag);
};

class ServerInterface {
public:
  virtual ~ServerInterface() = default;
  virtual void Wait() = 0;
  virtual void Shutdown() = 0;
};

class Server : public ServerInterface {
public:
  void Wait() override;
  void Shutdown() override;
};

} // namespace grpc
