// RUN: %check_lockio %s %t -- -- -std=c++17 -fPIC %qt5_flags
// RUN: %check_lockio -check-suffix=SP %s %t \
// RUN:   -config='{CheckOptions: {lockio-blocking-call-under-lock.Categories: "sleep;process"}}' \
// RUN:   -- -std=c++17 -fPIC %qt5_flags

// Qt 5's blocking calls, from the library's own headers: the waitFor
// functions of sockets, servers and processes, QThread's sleeps and wait,
// opening, flushing and closing files, and semaphores. Each is made once
// with the mutex held and once without. The second run keeps the sleep and
// process categories only: QProcess's waits and QThread::wait are process
// waits, QThread's sleeps are sleeps.

#include <QtCore/QFile>
#include <QtCore/QMutex>
#include <QtCore/QProcess>
#include <QtCore/QSemaphore>
#include <QtCore/QThread>
#include <QtCore/QWaitCondition>
#include <QtNetwork/QLocalServer>
#include <QtNetwork/QLocalSocket>
#include <QtNetwork/QSslSocket>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

QMutex mu;
QMutex other;

// QAbstractSocket's waits, on a QTcpSocket (network).
void positive_abstract_socket(QTcpSocket &socket) {
  mu.lock();
  socket.waitForConnected();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QAbstractSocket::waitForConnected' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  socket.waitForReadyRead();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QAbstractSocket::waitForReadyRead' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  socket.waitForBytesWritten();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QAbstractSocket::waitForBytesWritten' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  socket.waitForDisconnected();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QAbstractSocket::waitForDisconnected' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
}

// QSslSocket overrides them and adds the wait for the handshake.
void positive_ssl_socket(QSslSocket &socket) {
  mu.lock();
  socket.waitForConnected();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QSslSocket::waitForConnected' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  socket.waitForEncrypted();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QSslSocket::waitForEncrypted' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  socket.waitForReadyRead();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QSslSocket::waitForReadyRead' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  socket.waitForBytesWritten();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QSslSocket::waitForBytesWritten' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  socket.waitForDisconnected();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QSslSocket::waitForDisconnected' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
}

// QLocalSocket has waits of its own.
void positive_local_socket(QLocalSocket &socket) {
  mu.lock();
  socket.waitForConnected();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QLocalSocket::waitForConnected' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  socket.waitForReadyRead();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QLocalSocket::waitForReadyRead' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  socket.waitForBytesWritten();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QLocalSocket::waitForBytesWritten' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  socket.waitForDisconnected();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QLocalSocket::waitForDisconnected' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
}

// Servers wait for a client.
void positive_servers(QTcpServer &tcp, QLocalServer &local) {
  mu.lock();
  tcp.waitForNewConnection(100);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QTcpServer::waitForNewConnection' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  local.waitForNewConnection(100);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QLocalServer::waitForNewConnection' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
}

// A device known only as a QIODevice waits as its class does.
void positive_io_device(QIODevice &device) {
  mu.lock();
  device.waitForReadyRead(100);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QIODevice::waitForReadyRead' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  device.waitForBytesWritten(100);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QIODevice::waitForBytesWritten' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
}

// QProcess waits for the process it runs (process).
void positive_process(QProcess &process) {
  mu.lock();
  process.waitForStarted();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QProcess::waitForStarted' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  // CHECK-NOTES-SP: :[[@LINE-4]]:3: warning: blocking call to 'QProcess::waitForStarted' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-SP: :[[@LINE-6]]:3: note: 'mu' is locked here
  // CHECK-NOTES-SP: :[[@LINE-6]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  process.waitForFinished();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QProcess::waitForFinished' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  // CHECK-NOTES-SP: :[[@LINE-4]]:3: warning: blocking call to 'QProcess::waitForFinished' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-SP: :[[@LINE-6]]:3: note: 'mu' is locked here
  // CHECK-NOTES-SP: :[[@LINE-6]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  process.waitForReadyRead();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QProcess::waitForReadyRead' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  // CHECK-NOTES-SP: :[[@LINE-4]]:3: warning: blocking call to 'QProcess::waitForReadyRead' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-SP: :[[@LINE-6]]:3: note: 'mu' is locked here
  // CHECK-NOTES-SP: :[[@LINE-6]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  process.waitForBytesWritten();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QProcess::waitForBytesWritten' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  // CHECK-NOTES-SP: :[[@LINE-4]]:3: warning: blocking call to 'QProcess::waitForBytesWritten' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-SP: :[[@LINE-6]]:3: note: 'mu' is locked here
  // CHECK-NOTES-SP: :[[@LINE-6]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
}

// QThread's sleeps (sleep) and its wait for the thread to end (process).
void positive_thread(QThread &thread) {
  mu.lock();
  QThread::sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QThread::sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  // CHECK-NOTES-SP: :[[@LINE-4]]:3: warning: blocking call to 'QThread::sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-SP: :[[@LINE-6]]:3: note: 'mu' is locked here
  // CHECK-NOTES-SP: :[[@LINE-6]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  QThread::msleep(10);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QThread::msleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  // CHECK-NOTES-SP: :[[@LINE-4]]:3: warning: blocking call to 'QThread::msleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-SP: :[[@LINE-6]]:3: note: 'mu' is locked here
  // CHECK-NOTES-SP: :[[@LINE-6]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  QThread::usleep(10);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QThread::usleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  // CHECK-NOTES-SP: :[[@LINE-4]]:3: warning: blocking call to 'QThread::usleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-SP: :[[@LINE-6]]:3: note: 'mu' is locked here
  // CHECK-NOTES-SP: :[[@LINE-6]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  thread.wait();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QThread::wait' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  // CHECK-NOTES-SP: :[[@LINE-4]]:3: warning: blocking call to 'QThread::wait' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-SP: :[[@LINE-6]]:3: note: 'mu' is locked here
  // CHECK-NOTES-SP: :[[@LINE-6]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
}

// Opening, flushing and closing a QFile (file).
void positive_file(QFile &file) {
  mu.lock();
  file.open(QIODevice::WriteOnly);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QFile::open' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  file.flush();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QFileDevice::flush' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  file.close();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QFileDevice::close' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
}

// A semaphore waits for another thread (wait).
void positive_semaphore(QSemaphore &permits) {
  mu.lock();
  permits.acquire();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QSemaphore::acquire' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
}

// A wait on a condition releases the mutex it is given while it sleeps;
// another mutex held across it stays held.
void positive_wait_condition_other_mutex(QWaitCondition &ready) {
  other.lock();
  mu.lock();
  ready.wait(&mu);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QWaitCondition::wait' while 'other' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 'other' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: retaking 'other' after the wait would reverse the order in which the locks are taken
  mu.unlock();
  other.unlock();
}

// The same calls with no mutex held.
void negative_unlocked(QTcpSocket &socket, QProcess &process, QFile &file,
                       QThread &thread, QSemaphore &permits) {
  socket.waitForConnected();
  socket.waitForReadyRead();
  process.waitForFinished();
  QThread::msleep(10);
  thread.wait();
  file.open(QIODevice::ReadOnly);
  file.flush();
  file.close();
  permits.acquire();
}

// A wait on a condition that releases the only mutex held.
void negative_wait_condition(QWaitCondition &ready) {
  mu.lock();
  ready.wait(&mu);
  mu.unlock();
}

// A socket's reads and writes only move bytes between the socket's buffers
// and the caller's; they do not wait.
void negative_socket_buffers(QTcpSocket &socket, char *buf) {
  mu.lock();
  socket.write("ping\n");
  socket.read(buf, 16);
  socket.readAll();
  mu.unlock();
}

// Reads and writes on a QFile go to the disk: they are QIODevice's
// functions, reported when the object is a file (file).
void positive_file_io(QFile &file, char *buf) {
  mu.lock();
  file.write("ping\n");
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QIODevice::write' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  file.read(buf, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QIODevice::read' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  file.readAll();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'QIODevice::readAll' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
}
