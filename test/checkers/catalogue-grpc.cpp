// RUN: %check_lockio %s %t -- -- -std=c++17 -isystem %mocks

// gRPC's synchronous API (a stand-in grpcpp.h declares it as gRPC does):
// the streams of streaming calls, on the client and on the server, called
// through their classes and through their interfaces, the blocking unary
// call, and the server's wait for shutdown.

#include <grpcpp/grpcpp.h>
#include <memory>
#include <mutex>

namespace routeguide {
struct Point {};
struct Feature {};
struct Rectangle {};
struct RouteNote {};
struct RouteSummary {};

// The service's class as gRPC's code generator writes it: the synchronous
// unary method is defined in the generated source, the streaming ones
// inline here on top of private methods defined there.
class RouteGuide {
public:
  class Stub final {
  public:
    ::grpc::Status GetFeature(::grpc::ClientContext *context,
                              const Point &request, Feature *response);
    std::unique_ptr<::grpc::ClientReader<Feature>>
    ListFeatures(::grpc::ClientContext *context, const Rectangle &request) {
      return std::unique_ptr<::grpc::ClientReader<Feature>>(
          ListFeaturesRaw(context, request));
    }
    std::unique_ptr<::grpc::ClientAsyncResponseReader<Feature>>
    AsyncGetFeature(::grpc::ClientContext *context, const Point &request,
                    ::grpc::CompletionQueue *cq);

  private:
    ::grpc::ClientReader<Feature> *
    ListFeaturesRaw(::grpc::ClientContext *context, const Rectangle &request);
  };
};
} // namespace routeguide

using namespace routeguide;
using ClientChat = ::grpc::ClientReaderWriter<RouteNote, RouteNote>;
using ServerChat = ::grpc::ServerReaderWriter<RouteNote, RouteNote>;
namespace internal = ::grpc::internal;

std::mutex mu;

// A client's streams, called through their classes; a one-argument Write
// is the writer interface's.
void positive_client_streams(::grpc::ClientReader<Feature> &reader,
                             ::grpc::ClientWriter<Point> &writer,
                             ClientChat &chat) {
  Feature feature;
  Point point;
  RouteNote note;
  mu.lock();
  reader.Read(&feature);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'grpc::ClientReader::Read' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  reader.Finish();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'grpc::ClientReader::Finish' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  writer.Write(point, ::grpc::WriteOptions());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'grpc::ClientWriter::Write' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  writer.Write(point);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'grpc::internal::WriterInterface::Write' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  writer.WritesDone();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'grpc::ClientWriter::WritesDone' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  writer.Finish();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'grpc::ClientWriter::Finish' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  chat.Read(&note);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'grpc::ClientReaderWriter::Read' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  chat.Write(note, ::grpc::WriteOptions());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'grpc::ClientReaderWriter::Write' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  chat.WritesDone();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'grpc::ClientReaderWriter::WritesDone' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  chat.Finish();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'grpc::ClientReaderWriter::Finish' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
}

// The same streams called through their interfaces.
void positive_client_interfaces(
    ::grpc::ClientReaderInterface<Feature> &reader) {
  Feature feature;
  mu.lock();
  reader.Read(&feature);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'grpc::internal::ReaderInterface::Read' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  reader.Finish();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'grpc::internal::ClientStreamingInterface::Finish' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
}

// A server's streams wait for the client.
void positive_server_streams(::grpc::ServerReader<Point> &reader,
                             ::grpc::ServerWriter<Feature> &writer,
                             ServerChat &chat) {
  Point point;
  Feature feature;
  RouteNote note;
  mu.lock();
  reader.Read(&point);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'grpc::ServerReader::Read' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  writer.Write(feature, ::grpc::WriteOptions());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'grpc::ServerWriter::Write' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  chat.Read(&note);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'grpc::ServerReaderWriter::Read' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  chat.Write(note, ::grpc::WriteOptions());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'grpc::ServerReaderWriter::Write' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
}

// The unary call that generated stubs make.
void positive_blocking_unary_call(::grpc::ChannelInterface *channel,
                                  const internal::RpcMethod &method,
                                  ::grpc::ClientContext *context) {
  Point point;
  Feature feature;
  mu.lock();
  internal::BlockingUnaryCall(channel, method, context, point, &feature);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'grpc::internal::BlockingUnaryCall' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
}

// A server waits until it is shut down, through its class or its
// interface.
void positive_server_wait(::grpc::Server &server,
                          ::grpc::ServerInterface &generic) {
  mu.lock();
  server.Wait();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'grpc::Server::Wait' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  generic.Wait();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'grpc::ServerInterface::Wait' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
}

// A generated stub's synchronous methods wait for the server: the unary
// GetFeature, and ListFeatures, which starts the stream. They are
// recognised by their shape: a class named Stub in the service's class,
// the call's ClientContext first, a Status or a stream returned.
void positive_stub_calls(RouteGuide::Stub &stub,
                         ::grpc::ClientContext *context) {
  Point point;
  Feature feature;
  std::lock_guard<std::mutex> guard(mu);
  stub.GetFeature(context, point, &feature);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'routeguide::RouteGuide::Stub::GetFeature' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  auto features = stub.ListFeatures(context, Rectangle());
  // CHECK-NOTES: :[[@LINE-1]]:19: warning: blocking call to 'routeguide::RouteGuide::Stub::ListFeatures' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-7]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:19: note: the fix offered at line [[@LINE-7]] also releases 'mu' around this call
}

// The same calls with no lock held; an asynchronous call, its Finish, and
// a server's Shutdown return at once, with the lock or without.
void negative_unlocked_and_async(RouteGuide::Stub &stub,
                                 ::grpc::ClientContext *context,
                                 ::grpc::ClientReader<Feature> &reader,
                                 ::grpc::Server &server) {
  Point point;
  Feature feature;
  ::grpc::Status status;
  reader.Read(&feature);
  reader.Finish();
  server.Wait();
  std::lock_guard<std::mutex> guard(mu);
  auto pending = stub.AsyncGetFeature(context, point, nullptr);
  pending->Finish(&feature, &status, nullptr);
  server.Shutdown();
}
