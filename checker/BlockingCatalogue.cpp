//===- BlockingCatalogue.cpp - Which calls block the calling thread -------===//
//
// The table below is the catalogue. A row names a function by its fully
// qualified name (a member function by the class that declares it, without
// template arguments), says what it waits for, and which argument is the
// stream, descriptor or socket it operates on. Calls on C++ file streams
// and on the standard console streams are recognised by the stream's type
// instead, since their operations are spread over many base classes.
//
//===----------------------------------------------------------------------===//

#include "BlockingCatalogue.h"
#include "AstHelpers.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringSwitch.h"

using namespace clang;

namespace lockio {

namespace {
constexpr int8_t NoArg = -1;
/// The object a member function is called on.
constexpr int8_t ObjectArg = -2;

using BC = BlockingCategory;
} // namespace

struct CatalogueRow {
  const char *Name;
  BlockingCategory Category;
  /// Which argument is the target of the I/O (NoArg, ObjectArg or an index).
  int8_t Target;
  /// For condition waits, which argument is the lock the wait releases.
  int8_t ReleasedLock;
  /// For a member function that blocks only on some objects, the class
  /// (fully qualified) the object must be or derive from: QIODevice's reads
  /// block on a QFileDevice, not on a socket's buffers. Null for any object.
  const char *OnlyOn = nullptr;
};

// clang-format off
static const CatalogueRow Table[] = {
  // Sockets, name resolution and readiness waits.
  {"::recv", BC::Network, 0, NoArg},
  {"::recvfrom", BC::Network, 0, NoArg},
  {"::recvmsg", BC::Network, 0, NoArg},
  {"::recvmmsg", BC::Network, 0, NoArg},
  {"::send", BC::Network, 0, NoArg},
  {"::sendto", BC::Network, 0, NoArg},
  {"::sendmsg", BC::Network, 0, NoArg},
  {"::sendmmsg", BC::Network, 0, NoArg},
  {"::connect", BC::Network, 0, NoArg},
  {"::accept", BC::Network, 0, NoArg},
  {"::accept4", BC::Network, 0, NoArg},
  {"::poll", BC::Network, NoArg, NoArg},
  {"::ppoll", BC::Network, NoArg, NoArg},
  {"::select", BC::Network, NoArg, NoArg},
  {"::pselect", BC::Network, NoArg, NoArg},
  {"::epoll_wait", BC::Network, 0, NoArg},
  {"::epoll_pwait", BC::Network, 0, NoArg},
  {"::epoll_pwait2", BC::Network, 0, NoArg},
  {"::getaddrinfo", BC::Network, NoArg, NoArg},
  {"::getnameinfo", BC::Network, NoArg, NoArg},
  {"::gethostbyname", BC::Network, NoArg, NoArg},
  {"::gethostbyname2", BC::Network, NoArg, NoArg},
  {"::gethostbyname_r", BC::Network, NoArg, NoArg},
  {"::gethostbyaddr", BC::Network, NoArg, NoArg},
  {"::res_query", BC::Network, NoArg, NoArg},
  {"::res_search", BC::Network, NoArg, NoArg},
  // libcurl: the calls that wait for the transfer or for activity.
  // curl_multi_perform only drives transfers that are ready and is absent.
  {"::curl_easy_perform", BC::Network, 0, NoArg},
  {"::curl_multi_wait", BC::Network, 0, NoArg},
  {"::curl_multi_poll", BC::Network, 0, NoArg},
  // cpp-httplib clients and the server loop.
  {"::httplib::Client::Get", BC::Network, ObjectArg, NoArg},
  {"::httplib::Client::Head", BC::Network, ObjectArg, NoArg},
  {"::httplib::Client::Post", BC::Network, ObjectArg, NoArg},
  {"::httplib::Client::Put", BC::Network, ObjectArg, NoArg},
  {"::httplib::Client::Patch", BC::Network, ObjectArg, NoArg},
  {"::httplib::Client::Delete", BC::Network, ObjectArg, NoArg},
  {"::httplib::Client::Options", BC::Network, ObjectArg, NoArg},
  {"::httplib::Client::send", BC::Network, ObjectArg, NoArg},
  {"::httplib::ClientImpl::Get", BC::Network, ObjectArg, NoArg},
  {"::httplib::ClientImpl::Head", BC::Network, ObjectArg, NoArg},
  {"::httplib::ClientImpl::Post", BC::Network, ObjectArg, NoArg},
  {"::httplib::ClientImpl::Put", BC::Network, ObjectArg, NoArg},
  {"::httplib::ClientImpl::Patch", BC::Network, ObjectArg, NoArg},
  {"::httplib::ClientImpl::Delete", BC::Network, ObjectArg, NoArg},
  {"::httplib::ClientImpl::Options", BC::Network, ObjectArg, NoArg},
  {"::httplib::ClientImpl::send", BC::Network, ObjectArg, NoArg},
  {"::httplib::Server::listen", BC::Network, ObjectArg, NoArg},
  {"::httplib::Server::listen_after_bind", BC::Network, ObjectArg, NoArg},
  // Boost.Asio (and standalone Asio, added below) synchronous operations.
  {"::boost::asio::read", BC::Network, 0, NoArg},
  {"::boost::asio::read_at", BC::Network, 0, NoArg},
  {"::boost::asio::read_until", BC::Network, 0, NoArg},
  {"::boost::asio::write", BC::Network, 0, NoArg},
  {"::boost::asio::write_at", BC::Network, 0, NoArg},
  {"::boost::asio::connect", BC::Network, 0, NoArg},
  {"::boost::asio::basic_socket::connect", BC::Network, ObjectArg, NoArg},
  {"::boost::asio::basic_socket::wait", BC::Network, ObjectArg, NoArg},
  {"::boost::asio::basic_stream_socket::read_some", BC::Network, ObjectArg, NoArg},
  {"::boost::asio::basic_stream_socket::write_some", BC::Network, ObjectArg, NoArg},
  {"::boost::asio::basic_stream_socket::receive", BC::Network, ObjectArg, NoArg},
  {"::boost::asio::basic_stream_socket::send", BC::Network, ObjectArg, NoArg},
  {"::boost::asio::basic_datagram_socket::receive", BC::Network, ObjectArg, NoArg},
  {"::boost::asio::basic_datagram_socket::receive_from", BC::Network, ObjectArg, NoArg},
  {"::boost::asio::basic_datagram_socket::send", BC::Network, ObjectArg, NoArg},
  {"::boost::asio::basic_datagram_socket::send_to", BC::Network, ObjectArg, NoArg},
  {"::boost::asio::basic_socket_acceptor::accept", BC::Network, ObjectArg, NoArg},
  {"::boost::asio::basic_socket_acceptor::wait", BC::Network, ObjectArg, NoArg},
  {"::boost::asio::ip::basic_resolver::resolve", BC::Network, ObjectArg, NoArg},
  {"::boost::asio::ssl::stream::handshake", BC::Network, ObjectArg, NoArg},
  {"::boost::asio::ssl::stream::read_some", BC::Network, ObjectArg, NoArg},
  {"::boost::asio::ssl::stream::write_some", BC::Network, ObjectArg, NoArg},
  {"::boost::asio::ssl::stream::shutdown", BC::Network, ObjectArg, NoArg},
  {"::boost::asio::io_context::run", BC::Wait, NoArg, NoArg},
  {"::boost::asio::io_context::run_one", BC::Wait, NoArg, NoArg},
  {"::boost::asio::io_context::run_for", BC::Wait, NoArg, NoArg},
  {"::boost::asio::io_context::run_until", BC::Wait, NoArg, NoArg},
  {"::boost::asio::basic_waitable_timer::wait", BC::Sleep, NoArg, NoArg},
  {"::boost::asio::basic_deadline_timer::wait", BC::Sleep, NoArg, NoArg},
  // Boost.Beast synchronous operations.
  {"::boost::beast::http::read", BC::Network, 0, NoArg},
  {"::boost::beast::http::read_header", BC::Network, 0, NoArg},
  {"::boost::beast::http::read_some", BC::Network, 0, NoArg},
  {"::boost::beast::http::write", BC::Network, 0, NoArg},
  {"::boost::beast::http::write_header", BC::Network, 0, NoArg},
  {"::boost::beast::http::write_some", BC::Network, 0, NoArg},
  {"::boost::beast::websocket::stream::accept", BC::Network, ObjectArg, NoArg},
  {"::boost::beast::websocket::stream::handshake", BC::Network, ObjectArg, NoArg},
  {"::boost::beast::websocket::stream::read", BC::Network, ObjectArg, NoArg},
  {"::boost::beast::websocket::stream::read_some", BC::Network, ObjectArg, NoArg},
  {"::boost::beast::websocket::stream::write", BC::Network, ObjectArg, NoArg},
  {"::boost::beast::websocket::stream::write_some", BC::Network, ObjectArg, NoArg},
  {"::boost::beast::websocket::stream::close", BC::Network, ObjectArg, NoArg},
  {"::boost::beast::basic_stream::connect", BC::Network, ObjectArg, NoArg},
  {"::boost::beast::basic_stream::read_some", BC::Network, ObjectArg, NoArg},
  {"::boost::beast::basic_stream::write_some", BC::Network, ObjectArg, NoArg},
  // Qt's sockets and servers: each waitFor function returns when the event
  // has happened or the timeout has passed. A device that is neither a
  // socket nor a process is most often a serial port.
  {"::QIODevice::waitForReadyRead", BC::Network, ObjectArg, NoArg},
  {"::QIODevice::waitForBytesWritten", BC::Network, ObjectArg, NoArg},
  {"::QAbstractSocket::waitForConnected", BC::Network, ObjectArg, NoArg},
  {"::QAbstractSocket::waitForReadyRead", BC::Network, ObjectArg, NoArg},
  {"::QAbstractSocket::waitForBytesWritten", BC::Network, ObjectArg, NoArg},
  {"::QAbstractSocket::waitForDisconnected", BC::Network, ObjectArg, NoArg},
  {"::QSslSocket::waitForConnected", BC::Network, ObjectArg, NoArg},
  {"::QSslSocket::waitForEncrypted", BC::Network, ObjectArg, NoArg},
  {"::QSslSocket::waitForReadyRead", BC::Network, ObjectArg, NoArg},
  {"::QSslSocket::waitForBytesWritten", BC::Network, ObjectArg, NoArg},
  {"::QSslSocket::waitForDisconnected", BC::Network, ObjectArg, NoArg},
  {"::QLocalSocket::waitForConnected", BC::Network, ObjectArg, NoArg},
  {"::QLocalSocket::waitForReadyRead", BC::Network, ObjectArg, NoArg},
  {"::QLocalSocket::waitForBytesWritten", BC::Network, ObjectArg, NoArg},
  {"::QLocalSocket::waitForDisconnected", BC::Network, ObjectArg, NoArg},
  {"::QTcpServer::waitForNewConnection", BC::Network, ObjectArg, NoArg},
  {"::QLocalServer::waitForNewConnection", BC::Network, ObjectArg, NoArg},
  // gRPC's synchronous API: a unary call, the streams of the streaming
  // calls (called through their interfaces too; one-argument writes are the
  // interface's), and a server's wait for shutdown. Generated stubs are
  // recognised by their shape, not by name.
  {"::grpc::internal::BlockingUnaryCall", BC::Network, NoArg, NoArg},
  {"::grpc::internal::ReaderInterface::Read", BC::Network, ObjectArg, NoArg},
  {"::grpc::internal::WriterInterface::Write", BC::Network, ObjectArg, NoArg},
  {"::grpc::internal::ClientStreamingInterface::Finish", BC::Network, ObjectArg, NoArg},
  {"::grpc::ClientReader::Read", BC::Network, ObjectArg, NoArg},
  {"::grpc::ClientReader::Finish", BC::Network, ObjectArg, NoArg},
  {"::grpc::ClientWriter::Write", BC::Network, ObjectArg, NoArg},
  {"::grpc::ClientWriter::WritesDone", BC::Network, ObjectArg, NoArg},
  {"::grpc::ClientWriter::Finish", BC::Network, ObjectArg, NoArg},
  {"::grpc::ClientReaderWriter::Read", BC::Network, ObjectArg, NoArg},
  {"::grpc::ClientReaderWriter::Write", BC::Network, ObjectArg, NoArg},
  {"::grpc::ClientReaderWriter::WritesDone", BC::Network, ObjectArg, NoArg},
  {"::grpc::ClientReaderWriter::Finish", BC::Network, ObjectArg, NoArg},
  {"::grpc::ServerReader::Read", BC::Network, ObjectArg, NoArg},
  {"::grpc::ServerWriter::Write", BC::Network, ObjectArg, NoArg},
  {"::grpc::ServerReaderWriter::Read", BC::Network, ObjectArg, NoArg},
  {"::grpc::ServerReaderWriter::Write", BC::Network, ObjectArg, NoArg},
  {"::grpc::ServerInterface::Wait", BC::Network, NoArg, NoArg},
  {"::grpc::Server::Wait", BC::Network, NoArg, NoArg},

  // POSIX file descriptors and file system calls.
  {"::open", BC::File, NoArg, NoArg},
  {"::open64", BC::File, NoArg, NoArg},
  {"::openat", BC::File, NoArg, NoArg},
  {"::creat", BC::File, NoArg, NoArg},
  {"::read", BC::File, 0, NoArg},
  {"::write", BC::File, 0, NoArg},
  {"::pread", BC::File, 0, NoArg},
  {"::pread64", BC::File, 0, NoArg},
  {"::pwrite", BC::File, 0, NoArg},
  {"::pwrite64", BC::File, 0, NoArg},
  {"::readv", BC::File, 0, NoArg},
  {"::writev", BC::File, 0, NoArg},
  {"::preadv", BC::File, 0, NoArg},
  {"::pwritev", BC::File, 0, NoArg},
  {"::fsync", BC::File, 0, NoArg},
  {"::fdatasync", BC::File, 0, NoArg},
  {"::sync", BC::File, NoArg, NoArg},
  {"::syncfs", BC::File, 0, NoArg},
  {"::ftruncate", BC::File, 0, NoArg},
  {"::truncate", BC::File, NoArg, NoArg},
  {"::sendfile", BC::File, 0, NoArg},
  {"::splice", BC::File, 0, NoArg},
  {"::copy_file_range", BC::File, 0, NoArg},
  {"::flock", BC::File, 0, NoArg},
  {"::lockf", BC::File, 0, NoArg},
  {"::stat", BC::File, NoArg, NoArg},
  {"::lstat", BC::File, NoArg, NoArg},
  {"::access", BC::File, NoArg, NoArg},
  {"::rename", BC::File, NoArg, NoArg},
  {"::unlink", BC::File, NoArg, NoArg},
  {"::mkdir", BC::File, NoArg, NoArg},
  {"::rmdir", BC::File, NoArg, NoArg},
  {"::opendir", BC::File, NoArg, NoArg},
  {"::readdir", BC::File, NoArg, NoArg},
  // C stdio on FILE streams (console when the stream is stdout or stderr).
  {"::fopen", BC::File, NoArg, NoArg},
  {"::fopen64", BC::File, NoArg, NoArg},
  {"::freopen", BC::File, 2, NoArg},
  {"::fread", BC::File, 3, NoArg},
  {"::fread_unlocked", BC::File, 3, NoArg},
  {"::fwrite", BC::File, 3, NoArg},
  {"::fwrite_unlocked", BC::File, 3, NoArg},
  {"::fgets", BC::File, 2, NoArg},
  {"::fgetc", BC::File, 0, NoArg},
  {"::getc", BC::File, 0, NoArg},
  {"::fputs", BC::File, 1, NoArg},
  {"::fputc", BC::File, 1, NoArg},
  {"::putc", BC::File, 1, NoArg},
  {"::fprintf", BC::File, 0, NoArg},
  {"::vfprintf", BC::File, 0, NoArg},
  {"::fscanf", BC::File, 0, NoArg},
  {"::vfscanf", BC::File, 0, NoArg},
  {"::fflush", BC::File, 0, NoArg},
  {"::fclose", BC::File, 0, NoArg},
  {"::fseek", BC::File, 0, NoArg},
  {"::getline", BC::File, 2, NoArg},
  {"::getdelim", BC::File, 3, NoArg},
  // Qt's files: opening, flushing what the device buffered, and closing,
  // which flushes too. Reads and writes are QIODevice's, shared with sockets
  // that only buffer them, so no row can tell a file's from a socket's.
  {"::QFile::open", BC::File, ObjectArg, NoArg},
  {"::QFileDevice::flush", BC::File, ObjectArg, NoArg},
  {"::QFileDevice::close", BC::File, ObjectArg, NoArg},
  {"::QIODevice::read", BC::File, ObjectArg, NoArg, "::QFileDevice"},
  {"::QIODevice::readAll", BC::File, ObjectArg, NoArg, "::QFileDevice"},
  {"::QIODevice::readLine", BC::File, ObjectArg, NoArg, "::QFileDevice"},
  {"::QIODevice::write", BC::File, ObjectArg, NoArg, "::QFileDevice"},
  {"::QIODevice::getChar", BC::File, ObjectArg, NoArg, "::QFileDevice"},
  {"::QIODevice::putChar", BC::File, ObjectArg, NoArg, "::QFileDevice"},
  // Win32 files and handles, synchronous unless opened for overlapped I/O.
  {"::CreateFileA", BC::File, NoArg, NoArg},
  {"::CreateFileW", BC::File, NoArg, NoArg},
  {"::ReadFile", BC::File, 0, NoArg},
  {"::WriteFile", BC::File, 0, NoArg},
  {"::FlushFileBuffers", BC::File, 0, NoArg},
  // spdlog: flushing writes what the sinks buffered to their files.
  {"::spdlog::logger::flush", BC::File, ObjectArg, NoArg},
  // Making a file logger opens (and may create) its file.
  {"::spdlog::basic_logger_mt", BC::File, NoArg, NoArg},
  {"::spdlog::basic_logger_st", BC::File, NoArg, NoArg},
  {"::spdlog::rotating_logger_mt", BC::File, NoArg, NoArg},
  {"::spdlog::rotating_logger_st", BC::File, NoArg, NoArg},
  {"::spdlog::daily_logger_mt", BC::File, NoArg, NoArg},
  {"::spdlog::daily_logger_st", BC::File, NoArg, NoArg},
  {"::spdlog::sinks::sink::flush", BC::File, ObjectArg, NoArg},
  {"::spdlog::sinks::base_sink::flush", BC::File, ObjectArg, NoArg},
  {"::spdlog::details::file_helper::flush", BC::File, ObjectArg, NoArg},
  {"::spdlog::details::file_helper::write", BC::File, ObjectArg, NoArg},
  {"::spdlog::details::file_helper::open", BC::File, ObjectArg, NoArg},
  // std::filesystem operations that touch the disk.
  {"::std::filesystem::exists", BC::File, NoArg, NoArg},
  {"::std::filesystem::status", BC::File, NoArg, NoArg},
  {"::std::filesystem::symlink_status", BC::File, NoArg, NoArg},
  {"::std::filesystem::is_directory", BC::File, NoArg, NoArg},
  {"::std::filesystem::is_regular_file", BC::File, NoArg, NoArg},
  {"::std::filesystem::is_symlink", BC::File, NoArg, NoArg},
  {"::std::filesystem::is_empty", BC::File, NoArg, NoArg},
  {"::std::filesystem::file_size", BC::File, NoArg, NoArg},
  {"::std::filesystem::last_write_time", BC::File, NoArg, NoArg},
  {"::std::filesystem::create_directory", BC::File, NoArg, NoArg},
  {"::std::filesystem::create_directories", BC::File, NoArg, NoArg},
  {"::std::filesystem::create_symlink", BC::File, NoArg, NoArg},
  {"::std::filesystem::create_hard_link", BC::File, NoArg, NoArg},
  {"::std::filesystem::remove", BC::File, NoArg, NoArg},
  {"::std::filesystem::remove_all", BC::File, NoArg, NoArg},
  {"::std::filesystem::rename", BC::File, NoArg, NoArg},
  {"::std::filesystem::copy", BC::File, NoArg, NoArg},
  {"::std::filesystem::copy_file", BC::File, NoArg, NoArg},
  {"::std::filesystem::resize_file", BC::File, NoArg, NoArg},
  {"::std::filesystem::permissions", BC::File, NoArg, NoArg},
  {"::std::filesystem::canonical", BC::File, NoArg, NoArg},
  {"::std::filesystem::weakly_canonical", BC::File, NoArg, NoArg},
  {"::std::filesystem::read_symlink", BC::File, NoArg, NoArg},
  {"::std::filesystem::space", BC::File, NoArg, NoArg},
  {"::std::filesystem::equivalent", BC::File, NoArg, NoArg},
  {"::std::filesystem::hard_link_count", BC::File, NoArg, NoArg},
  {"::std::filesystem::directory_iterator::directory_iterator", BC::File, NoArg, NoArg},
  {"::std::filesystem::recursive_directory_iterator::recursive_directory_iterator", BC::File, NoArg, NoArg},
  {"::std::filesystem::directory_entry::refresh", BC::File, NoArg, NoArg},

  // Sleeps.
  {"::sleep", BC::Sleep, NoArg, NoArg},
  {"::usleep", BC::Sleep, NoArg, NoArg},
  {"::nanosleep", BC::Sleep, NoArg, NoArg},
  {"::clock_nanosleep", BC::Sleep, NoArg, NoArg},
  {"::thrd_sleep", BC::Sleep, NoArg, NoArg},
  {"::std::this_thread::sleep_for", BC::Sleep, NoArg, NoArg},
  {"::std::this_thread::sleep_until", BC::Sleep, NoArg, NoArg},
  {"::boost::this_thread::sleep", BC::Sleep, NoArg, NoArg},
  {"::boost::this_thread::sleep_for", BC::Sleep, NoArg, NoArg},
  {"::boost::this_thread::sleep_until", BC::Sleep, NoArg, NoArg},
  {"::Sleep", BC::Sleep, NoArg, NoArg},
  {"::SleepEx", BC::Sleep, NoArg, NoArg},
  {"::QThread::sleep", BC::Sleep, NoArg, NoArg},
  {"::QThread::msleep", BC::Sleep, NoArg, NoArg},
  {"::QThread::usleep", BC::Sleep, NoArg, NoArg},

  // Other processes and threads.
  {"::system", BC::Process, NoArg, NoArg},
  {"::popen", BC::Process, NoArg, NoArg},
  {"::pclose", BC::Process, 0, NoArg},
  {"::wait", BC::Process, NoArg, NoArg},
  {"::waitpid", BC::Process, NoArg, NoArg},
  {"::waitid", BC::Process, NoArg, NoArg},
  {"::wait3", BC::Process, NoArg, NoArg},
  {"::wait4", BC::Process, NoArg, NoArg},
  {"::pthread_join", BC::Process, NoArg, NoArg},
  {"::thrd_join", BC::Process, NoArg, NoArg},
  {"::std::thread::join", BC::Process, NoArg, NoArg},
  {"::std::jthread::join", BC::Process, NoArg, NoArg},
  {"::boost::thread::join", BC::Process, NoArg, NoArg},
  {"::boost::thread::try_join_for", BC::Process, NoArg, NoArg},
  {"::QThread::wait", BC::Process, NoArg, NoArg},
  {"::QProcess::waitForStarted", BC::Process, ObjectArg, NoArg},
  {"::QProcess::waitForFinished", BC::Process, ObjectArg, NoArg},
  {"::QProcess::waitForReadyRead", BC::Process, ObjectArg, NoArg},
  {"::QProcess::waitForBytesWritten", BC::Process, ObjectArg, NoArg},
  // A Win32 named pipe's server waits for a client process to connect, and
  // a client for the server to have a pipe instance free.
  {"::ConnectNamedPipe", BC::Process, 0, NoArg},
  {"::WaitNamedPipeA", BC::Process, NoArg, NoArg},
  {"::WaitNamedPipeW", BC::Process, NoArg, NoArg},

  // Waits for another thread: futures, condition variables, semaphores.
  {"::std::future::get", BC::Wait, NoArg, NoArg},
  {"::std::shared_future::get", BC::Wait, NoArg, NoArg},
  {"::std::__basic_future::wait", BC::Wait, NoArg, NoArg},
  {"::std::__basic_future::wait_for", BC::Wait, NoArg, NoArg},
  {"::std::__basic_future::wait_until", BC::Wait, NoArg, NoArg},
  {"::std::future::wait", BC::Wait, NoArg, NoArg},
  {"::std::future::wait_for", BC::Wait, NoArg, NoArg},
  {"::std::future::wait_until", BC::Wait, NoArg, NoArg},
  {"::std::shared_future::wait", BC::Wait, NoArg, NoArg},
  {"::std::shared_future::wait_for", BC::Wait, NoArg, NoArg},
  {"::std::shared_future::wait_until", BC::Wait, NoArg, NoArg},
  {"::std::condition_variable::wait", BC::Wait, NoArg, 0},
  {"::std::condition_variable::wait_for", BC::Wait, NoArg, 0},
  {"::std::condition_variable::wait_until", BC::Wait, NoArg, 0},
  {"::std::condition_variable_any::wait", BC::Wait, NoArg, 0},
  {"::std::condition_variable_any::wait_for", BC::Wait, NoArg, 0},
  {"::std::condition_variable_any::wait_until", BC::Wait, NoArg, 0},
  {"::boost::condition_variable::wait", BC::Wait, NoArg, 0},
  {"::boost::condition_variable::wait_for", BC::Wait, NoArg, 0},
  {"::boost::condition_variable::wait_until", BC::Wait, NoArg, 0},
  {"::boost::condition_variable_any::wait", BC::Wait, NoArg, 0},
  {"::QWaitCondition::wait", BC::Wait, NoArg, 0},
  {"::pthread_cond_wait", BC::Wait, NoArg, 1},
  {"::pthread_cond_timedwait", BC::Wait, NoArg, 1},
  {"::cnd_wait", BC::Wait, NoArg, 1},
  {"::cnd_timedwait", BC::Wait, NoArg, 1},
  {"::sem_wait", BC::Wait, NoArg, NoArg},
  {"::sem_timedwait", BC::Wait, NoArg, NoArg},
  {"::pthread_barrier_wait", BC::Wait, NoArg, NoArg},
  {"::std::counting_semaphore::acquire", BC::Wait, NoArg, NoArg},
  {"::std::counting_semaphore::try_acquire_for", BC::Wait, NoArg, NoArg},
  {"::std::counting_semaphore::try_acquire_until", BC::Wait, NoArg, NoArg},
  {"::std::latch::wait", BC::Wait, NoArg, NoArg},
  {"::std::latch::arrive_and_wait", BC::Wait, NoArg, NoArg},
  {"::std::barrier::wait", BC::Wait, NoArg, NoArg},
  {"::std::barrier::arrive_and_wait", BC::Wait, NoArg, NoArg},
  {"::QSemaphore::acquire", BC::Wait, NoArg, NoArg},
  {"::WaitForSingleObject", BC::Wait, NoArg, NoArg},
  {"::WaitForSingleObjectEx", BC::Wait, NoArg, NoArg},
  {"::WaitForMultipleObjects", BC::Wait, NoArg, NoArg},
  {"::WaitForMultipleObjectsEx", BC::Wait, NoArg, NoArg},

  // Database clients: the calls that make a round trip to the server.
  {"::sqlite3_open", BC::Database, NoArg, NoArg},
  {"::sqlite3_open_v2", BC::Database, NoArg, NoArg},
  {"::sqlite3_exec", BC::Database, 0, NoArg},
  {"::sqlite3_prepare_v2", BC::Database, 0, NoArg},
  {"::sqlite3_prepare_v3", BC::Database, 0, NoArg},
  {"::sqlite3_step", BC::Database, NoArg, NoArg},
  {"::sqlite3_close", BC::Database, 0, NoArg},
  {"::sqlite3_close_v2", BC::Database, 0, NoArg},
  {"::sqlite3_backup_step", BC::Database, NoArg, NoArg},
  {"::sqlite3_blob_read", BC::Database, NoArg, NoArg},
  {"::sqlite3_blob_write", BC::Database, NoArg, NoArg},
  {"::sqlite3_wal_checkpoint", BC::Database, 0, NoArg},
  {"::sqlite3_wal_checkpoint_v2", BC::Database, 0, NoArg},
  {"::PQconnectdb", BC::Database, NoArg, NoArg},
  {"::PQconnectdbParams", BC::Database, NoArg, NoArg},
  {"::PQsetdbLogin", BC::Database, NoArg, NoArg},
  {"::PQexec", BC::Database, 0, NoArg},
  {"::PQexecParams", BC::Database, 0, NoArg},
  {"::PQprepare", BC::Database, 0, NoArg},
  {"::PQexecPrepared", BC::Database, 0, NoArg},
  {"::PQdescribePrepared", BC::Database, 0, NoArg},
  {"::PQgetResult", BC::Database, 0, NoArg},
  {"::PQreset", BC::Database, 0, NoArg},
  {"::PQping", BC::Database, NoArg, NoArg},
  {"::PQpingParams", BC::Database, NoArg, NoArg},
  {"::pqxx::connection::connection", BC::Database, NoArg, NoArg},
  // Starting a transaction (pqxx::work) sends BEGIN and waits for the reply.
  {"::pqxx::transaction::transaction", BC::Database, NoArg, NoArg},
  {"::pqxx::transaction_base::exec", BC::Database, ObjectArg, NoArg},
  {"::pqxx::transaction_base::exec0", BC::Database, ObjectArg, NoArg},
  {"::pqxx::transaction_base::exec1", BC::Database, ObjectArg, NoArg},
  {"::pqxx::transaction_base::exec_n", BC::Database, ObjectArg, NoArg},
  {"::pqxx::transaction_base::exec_params", BC::Database, ObjectArg, NoArg},
  {"::pqxx::transaction_base::exec_prepared", BC::Database, ObjectArg, NoArg},
  {"::pqxx::transaction_base::query", BC::Database, ObjectArg, NoArg},
  {"::pqxx::transaction_base::query_value", BC::Database, ObjectArg, NoArg},
  {"::pqxx::transaction_base::commit", BC::Database, ObjectArg, NoArg},
  {"::pqxx::transaction_base::abort", BC::Database, ObjectArg, NoArg},
  {"::mysql_real_connect", BC::Database, 0, NoArg},
  {"::mysql_query", BC::Database, 0, NoArg},
  {"::mysql_real_query", BC::Database, 0, NoArg},
  {"::mysql_store_result", BC::Database, 0, NoArg},
  {"::mysql_next_result", BC::Database, 0, NoArg},
  {"::mysql_stmt_prepare", BC::Database, 0, NoArg},
  {"::mysql_stmt_execute", BC::Database, 0, NoArg},
  {"::mysql_stmt_fetch", BC::Database, 0, NoArg},
  {"::mysql_ping", BC::Database, 0, NoArg},
  {"::mysql_commit", BC::Database, 0, NoArg},
  {"::mysql_rollback", BC::Database, 0, NoArg},
  {"::redisConnect", BC::Database, NoArg, NoArg},
  {"::redisConnectWithTimeout", BC::Database, NoArg, NoArg},
  {"::redisConnectUnix", BC::Database, NoArg, NoArg},
  {"::redisCommand", BC::Database, 0, NoArg},
  {"::redisvCommand", BC::Database, 0, NoArg},
  {"::redisCommandArgv", BC::Database, 0, NoArg},
  {"::redisGetReply", BC::Database, 0, NoArg},

  // The terminal. Off by default.
  {"::printf", BC::Console, NoArg, NoArg},
  {"::vprintf", BC::Console, NoArg, NoArg},
  {"::puts", BC::Console, NoArg, NoArg},
  {"::putchar", BC::Console, NoArg, NoArg},
  {"::perror", BC::Console, NoArg, NoArg},
  {"::scanf", BC::Console, NoArg, NoArg},
  {"::getchar", BC::Console, NoArg, NoArg},
};
// clang-format on

llvm::StringRef categoryName(BlockingCategory C) {
  switch (C) {
  case BC::Network:
    return "network";
  case BC::File:
    return "file";
  case BC::Sleep:
    return "sleep";
  case BC::Process:
    return "process";
  case BC::Wait:
    return "wait";
  case BC::Database:
    return "database";
  case BC::Console:
    return "console";
  case BC::User:
    return "user";
  }
  llvm_unreachable("unknown blocking category");
}

std::optional<BlockingCategory> categoryByName(llvm::StringRef Name) {
  return llvm::StringSwitch<std::optional<BlockingCategory>>(Name)
      .Case("network", BC::Network)
      .Case("file", BC::File)
      .Case("sleep", BC::Sleep)
      .Case("process", BC::Process)
      .Case("wait", BC::Wait)
      .Case("database", BC::Database)
      .Case("console", BC::Console)
      .Default(std::nullopt);
}

CategorySet defaultCategories() {
  return categoryBit(BC::Network) | categoryBit(BC::File) |
         categoryBit(BC::Sleep) | categoryBit(BC::Process) |
         categoryBit(BC::Wait) | categoryBit(BC::Database);
}

std::string defaultCategoriesSpec() {
  return "network;file;sleep;process;wait;database";
}

BlockingCatalogue::BlockingCatalogue(CategorySet Enabled, NameList Extra,
                                     NameList Ignored)
    : Enabled(Enabled), Extra(std::move(Extra)), Ignored(std::move(Ignored)) {
  for (const CatalogueRow &Row : Table) {
    llvm::StringRef Name(Row.Name);
    ByName[Name] = &Row;
    ShortNames.insert(Name.rsplit("::").second);
    // Standalone Asio has the same names outside namespace boost.
    if (Name.consume_front("::boost::asio::"))
      ByName[("::asio::" + Name).str()] = &Row;
  }
}

/// The name of \p FD's last component as the table spells it, or an empty
/// string when no table row can name it (operators, conversions).
static llvm::StringRef shortName(const FunctionDecl *FD) {
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD))
    if (const IdentifierInfo *II = Ctor->getParent()->getIdentifier())
      return II->getName();
  if (const IdentifierInfo *II = FD->getIdentifier())
    return II->getName();
  return {};
}

/// The argument of \p Call at \p Index as the table counts arguments: the
/// object of a member function is not one of them.
static const Expr *argument(const Expr *Call, int Index) {
  if (Index == NoArg)
    return nullptr;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    return Index == ObjectArg ? Member->getImplicitObjectArgument()
                              : (unsigned(Index) < Member->getNumArgs()
                                     ? Member->getArg(Index)
                                     : nullptr);
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call)) {
    bool IsMember = isa_and_nonnull<CXXMethodDecl>(Op->getDirectCallee());
    if (Index == ObjectArg)
      return IsMember ? Op->getArg(0) : nullptr;
    unsigned Shifted = Index + (IsMember ? 1 : 0);
    return Shifted < Op->getNumArgs() ? Op->getArg(Shifted) : nullptr;
  }
  if (Index == ObjectArg)
    return nullptr;
  if (const auto *C = dyn_cast<CallExpr>(Call))
    return unsigned(Index) < C->getNumArgs() ? C->getArg(Index) : nullptr;
  if (const auto *C = dyn_cast<CXXConstructExpr>(Call))
    return unsigned(Index) < C->getNumArgs() ? C->getArg(Index) : nullptr;
  return nullptr;
}

/// Whether \p E names one of the process's standard streams: C's `stdout`,
/// `stderr` and `stdin`, or C++'s `std::cout` and its siblings.
static bool isStandardStream(const Expr *E) {
  const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E ? E->IgnoreParenImpCasts()
                                                    : nullptr);
  if (!Ref)
    return false;
  const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
  if (!Var || !Var->hasGlobalStorage() || !Var->getIdentifier())
    return false;
  llvm::StringRef Name = Var->getName();
  if (Var->getDeclContext()->isTranslationUnit() ||
      Var->getDeclContext()->isExternCContext())
    return Name == "stdout" || Name == "stderr" || Name == "stdin";
  if (!Var->isInStdNamespace())
    return false;
  return llvm::StringSwitch<bool>(Name)
      .Cases("cout", "cerr", "clog", "cin", true)
      .Cases("wcout", "wcerr", "wclog", "wcin", true)
      .Default(false);
}

std::optional<BlockingApi>
BlockingCatalogue::classify(const Expr *E, const ASTContext &Ctx) const {
  std::optional<BlockingApi> Api = classifyUnfiltered(E, Ctx);
  if (!Api || Api->Category == BlockingCategory::User ||
      (Enabled & categoryBit(Api->Category)))
    return Api;
  return std::nullopt;
}

bool BlockingCatalogue::ignores(const FunctionDecl *FD) const {
  return !Ignored.empty() && Ignored.matchesQualified(qualifiedName(FD));
}

bool BlockingCatalogue::isKnownLibraryCall(const Expr *E,
                                           const ASTContext &Ctx) const {
  return classifyUnfiltered(E, Ctx).has_value();
}

/// How messages name the function that \p E calls, whose qualified name is
/// \p Qualified: a member that the library declares in a base class of its
/// own (`std::__basic_future::wait`) is named after the class of the object
/// it is called on (`std::future::wait`), as the user wrote it.
static std::string messageName(const Expr *E, llvm::StringRef Qualified) {
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E)) {
    const CXXRecordDecl *Declaring = Member->getMethodDecl()->getParent();
    QualType Type =
        Member->getImplicitObjectArgument()->IgnoreParenImpCasts()->getType();
    if (Type->isPointerType())
      Type = Type->getPointeeType();
    const CXXRecordDecl *Object = Type->getAsCXXRecordDecl();
    if (Object && Object != Declaring && Declaring->getIdentifier() &&
        Declaring->getName().starts_with("__"))
      return qualifiedName(Object).substr(2) + "::" +
             Member->getMethodDecl()->getNameAsString();
  }
  return Qualified.drop_front(2).str();
}

/// Whether the object of the member call \p E is of class \p Class (fully
/// qualified) or of a class derived from it.
static bool isObjectOfClass(const Expr *E, llvm::StringRef Class) {
  const Expr *Object = argument(E, ObjectArg);
  if (!Object)
    return false;
  // The object before its conversion to the class declaring the function.
  QualType Type = Object->IgnoreParenImpCasts()->getType();
  if (Type->isPointerType())
    Type = Type->getPointeeType();
  const CXXRecordDecl *Record =
      Type.getNonReferenceType()->getAsCXXRecordDecl();
  if (!Record || !Record->hasDefinition())
    return false;
  auto Is = [&](const CXXRecordDecl *C) { return qualifiedName(C) == Class; };
  return Is(Record) || !Record->forallBases(
                           [&](const CXXRecordDecl *Base) { return !Is(Base); });
}

/// Whether \p Callee is a synchronous method of a stub that gRPC's code
/// generator wrote: a member of a class named `Stub` or `StubInterface`
/// nested in the service's class, whose first parameter is the call's
/// `::grpc::ClientContext *`, and which returns the call's `::grpc::Status`
/// or the stream it has started. The asynchronous methods take a completion
/// queue or return something else, and wait for nothing.
static bool isGrpcSyncStubMethod(const FunctionDecl *Callee) {
  const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
  if (!Method || Method->getNumParams() == 0)
    return false;
  const CXXRecordDecl *Stub = Method->getParent();
  if (!Stub->getIdentifier() ||
      (Stub->getName() != "Stub" && Stub->getName() != "StubInterface") ||
      !isa<CXXRecordDecl>(Stub->getDeclContext()))
    return false;
  auto IsGrpc = [](QualType Type, llvm::StringRef Name) {
    const CXXRecordDecl *Record = Type->getAsCXXRecordDecl();
    return Record && qualifiedName(Record) == ("::grpc::" + Name).str();
  };
  QualType First = Method->getParamDecl(0)->getType();
  if (!First->isPointerType() ||
      !IsGrpc(First->getPointeeType(), "ClientContext"))
    return false;
  for (const ParmVarDecl *Param : Method->parameters())
    if (Param->getType()->isPointerType() &&
        IsGrpc(Param->getType()->getPointeeType(), "CompletionQueue"))
      return false;
  QualType Result = Method->getReturnType();
  if (IsGrpc(Result, "Status"))
    return true;
  // A streaming call returns its synchronous stream in a std::unique_ptr.
  const auto *Owner = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      Result->getAsCXXRecordDecl());
  if (!Owner || qualifiedName(Owner) != "::std::unique_ptr" ||
      Owner->getTemplateArgs().size() == 0 ||
      Owner->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return false;
  const CXXRecordDecl *Stream =
      Owner->getTemplateArgs()[0].getAsType()->getAsCXXRecordDecl();
  return Stream && llvm::StringSwitch<bool>(qualifiedName(Stream))
                       .Cases("::grpc::ClientReader", "::grpc::ClientWriter",
                              "::grpc::ClientReaderWriter", true)
                       .Cases("::grpc::ClientReaderInterface",
                              "::grpc::ClientWriterInterface",
                              "::grpc::ClientReaderWriterInterface", true)
                       .Default(false);
}

/// The function that \p E calls or the constructor it runs.
static const FunctionDecl *calleeOf(const Expr *E) {
  if (const auto *Call = dyn_cast<CallExpr>(E))
    return Call->getDirectCallee();
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
    return Construct->getConstructor();
  return nullptr;
}

std::optional<BlockingApi>
BlockingCatalogue::classifyUnfiltered(const Expr *E,
                                      const ASTContext &Ctx) const {
  const FunctionDecl *Callee = calleeOf(E);
  if (!Callee)
    return std::nullopt;

  // The qualified name is built at most once, and only when some list or
  // table row could want it.
  std::string Qualified;
  auto qualified = [&]() -> const std::string & {
    if (Qualified.empty())
      Qualified = qualifiedName(Callee);
    return Qualified;
  };
  if (!Ignored.empty() && Ignored.matchesQualified(qualified()))
    return std::nullopt;

  if (std::optional<BlockingApi> Stream = classifyStreamCall(E, Ctx))
    return Stream;

  // gRPC's generated stubs are in the user's tree, and the streaming
  // methods have their bodies there, but every synchronous method waits for
  // the server.
  if (isGrpcSyncStubMethod(Callee))
    return BlockingApi{qualified().substr(2), {}, BlockingCategory::Network,
                       argument(E, ObjectArg), nullptr};

  // The table speaks for libraries. A function whose body is in the user's
  // code is the user's own, whatever its name (a `send` of their own in the
  // global namespace); it is analysed as a helper instead.
  const FunctionDecl *Definition = nullptr;
  bool UserDefined =
      Callee->hasBody(Definition) && Definition &&
      !Ctx.getSourceManager().isInSystemHeader(Definition->getLocation());

  llvm::StringRef Short = shortName(Callee);
  if (!UserDefined && !Short.empty() && ShortNames.contains(Short)) {
    auto It = ByName.find(qualified());
    if (It != ByName.end()) {
      const CatalogueRow &Row = *It->second;
      if (Row.OnlyOn && !isObjectOfClass(E, Row.OnlyOn))
        return std::nullopt;
      // A constructor row names the constructors that open or connect:
      // copying or moving the object waits for nothing, and neither does a
      // default-constructed std::filesystem iterator, which is the end one.
      if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Callee))
        if (Ctor->isCopyOrMoveConstructor() ||
            (Ctor->isDefaultConstructor() &&
             llvm::StringRef(qualified()).starts_with("::std::")))
          return std::nullopt;
      // std::filesystem's status queries also take a file_status that is
      // already in memory; only the overloads taking a path touch the disk.
      if (Row.Category == BlockingCategory::File && Callee->getNumParams() &&
          Callee->getParamDecl(0)->getType().getAsString().find(
              "file_status") != std::string::npos)
        return std::nullopt;

      BlockingApi Api{messageName(E, qualified()), {}, Row.Category,
                      argument(E, Row.Target), argument(E, Row.ReleasedLock)};
      // stdio on the standard streams is terminal output, not file I/O.
      if (Api.Category == BlockingCategory::File && isStandardStream(Api.Target))
        Api.Category = BlockingCategory::Console;
      return Api;
    }
  }

  if (!Extra.empty() && Extra.matchesQualified(qualified()))
    return BlockingApi{llvm::StringRef(qualified()).drop_front(2).str(),
                       {},
                       BlockingCategory::User,
                       argument(E, ObjectArg),
                       nullptr};
  return std::nullopt;
}

/// Whether calling \p Method on a file stream only looks at the stream's
/// state in memory.
static bool isStreamStateQuery(const FunctionDecl *Method) {
  if (isa<CXXConversionDecl>(Method) || isa<CXXDestructorDecl>(Method))
    return true;
  if (Method->getOverloadedOperator() == OO_Exclaim ||
      Method->getOverloadedOperator() == OO_Equal)
    return true;
  const IdentifierInfo *II = Method->getIdentifier();
  if (!II)
    return false;
  return llvm::StringSwitch<bool>(II->getName())
      .Cases("is_open", "good", "bad", "fail", "eof", "rdstate", true)
      .Cases("setstate", "clear", "exceptions", "flags", "setf", true)
      .Cases("unsetf", "precision", "width", "fill", "imbue", true)
      .Cases("getloc", "tie", "rdbuf", "gcount", "narrow", "widen", true)
      .Cases("copyfmt", "swap", "native_handle", true)
      .Default(false);
}

std::optional<BlockingApi>
BlockingCatalogue::classifyStreamCall(const Expr *E,
                                      const ASTContext &Ctx) const {
  // Opening a file or socket stream: any constructor but the default, copy
  // and move.
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    const CXXConstructorDecl *Ctor = Construct->getConstructor();
    if (Construct->getNumArgs() == 0 || Ctor->isCopyOrMoveConstructor())
      return std::nullopt;
    std::optional<BlockingCategory> Category =
        streamCategory(Ctor->getParent());
    if (!Category)
      return std::nullopt;
    QualType Type = Construct->getType().getUnqualifiedType();
    return BlockingApi{Type.getAsString(Ctx.getPrintingPolicy()), {},
                       *Category, nullptr, nullptr};
  }

  const auto *Call = dyn_cast<CallExpr>(E);
  if (!Call || !Call->getDirectCallee())
    return std::nullopt;
  const FunctionDecl *Callee = Call->getDirectCallee();

  // The stream is the object of a member call, or else the first argument
  // of a free function such as std::getline or a non-member operator<<.
  // The other functions of namespace std that take a stream (std::move,
  // std::swap, std::ref) only pass it along.
  const Expr *Stream = nullptr;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    Stream = Member->getImplicitObjectArgument();
  else if (Call->getNumArgs() > 0 &&
           (Callee->isOverloadedOperator() || !Callee->isInStdNamespace() ||
            (Callee->getIdentifier() && Callee->getName() == "getline")))
    Stream = Call->getArg(0);
  if (!Stream)
    return std::nullopt;
  Stream = Stream->IgnoreParenImpCasts();

  // In a chain `out << a << b` every operator after the first gets the
  // stream back from the one before it; only the first names the stream,
  // and the chain is one finding.
  if (const auto *Inner = dyn_cast<CallExpr>(Stream))
    if (isa<CXXOperatorCallExpr>(Inner) || isa<CXXMemberCallExpr>(Inner))
      if (const FunctionDecl *InnerCallee = Inner->getDirectCallee())
        if (InnerCallee->isInStdNamespace() ||
            InnerCallee->getOverloadedOperator() != OO_None)
          return std::nullopt;

  const CXXRecordDecl *Record =
      Stream->getType().getNonReferenceType()->getAsCXXRecordDecl();
  if (!Record)
    return std::nullopt;

  BlockingCategory Category;
  if (std::optional<BlockingCategory> Kind = streamCategory(Record))
    Category = *Kind;
  else if (isStandardStream(Stream))
    Category = BlockingCategory::Console;
  else
    return std::nullopt;

  bool IsMember = isa<CXXMethodDecl>(Callee);
  if (IsMember && isStreamStateQuery(Callee))
    return std::nullopt;
  // Operators are named as the user wrote them, whether the library
  // declares them as members (`out << 1`) or in namespace std (`out << "a"`).
  std::string Name = IsMember || Callee->isOverloadedOperator()
                         ? Callee->getNameAsString()
                         : qualifiedName(Callee).substr(2);
  return BlockingApi{std::move(Name), sourceText(Stream, Ctx), Category, Stream,
                     nullptr};
}

std::optional<BlockingCategory>
BlockingCatalogue::streamCategory(const CXXRecordDecl *RD) const {
  auto [It, Inserted] = StreamClasses.try_emplace(RD, std::nullopt);
  if (!Inserted)
    return It->second;

  // The standard file streams, and Asio's socket iostream, which connects
  // when it is made and waits for the peer on every read.
  auto Own = [](const CXXRecordDecl *Class) -> std::optional<BlockingCategory> {
    if (!Class->getIdentifier())
      return std::nullopt;
    llvm::StringRef Name = Class->getName();
    if (Class->isInStdNamespace())
      return llvm::StringSwitch<std::optional<BlockingCategory>>(Name)
          .Cases("basic_ifstream", "basic_ofstream", "basic_fstream",
                 BlockingCategory::File)
          .Case("basic_filebuf", BlockingCategory::File)
          .Default(std::nullopt);
    if (Name == "basic_socket_iostream" || Name == "basic_socket_streambuf") {
      std::string Qualified = qualifiedName(Class);
      if (llvm::StringRef(Qualified).starts_with("::boost::asio::") ||
          llvm::StringRef(Qualified).starts_with("::asio::"))
        return BlockingCategory::Network;
    }
    return std::nullopt;
  };
  std::optional<BlockingCategory> Result = Own(RD);
  if (!Result && RD->hasDefinition())
    RD->forallBases([&](const CXXRecordDecl *Base) {
      Result = Own(Base);
      return !Result;
    });
  // The map may have grown; look the entry up again.
  StreamClasses[RD] = Result;
  return Result;
}

} // namespace lockio
