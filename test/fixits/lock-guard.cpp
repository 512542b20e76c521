// RUN: %check_lockio --fix-notes %s %t -- -- -std=c++17

#include <map>
#include <mutex>
#include <string>
#include <unistd.h>

// The reference bad cache in small: the read moves out of the lock, and the
// guard becomes a std::unique_lock so that it can release and retake it.
class Cache {
public:
  std::string get(int fd, const std::string &key) {
    std::lock_guard<std::mutex> lock(mu_);
    // CHECK-FIXES: {{^}}    std::unique_lock<std::mutex> lock(mu_);{{$}}
    auto it = items_.find(key);
    if (it != items_.end())
      return it->second;
    char buf[64];
    long n = read(fd, buf, sizeof buf);
    // CHECK-NOTES: :[[@LINE-1]]:14: warning: blocking call to 'read' while 'mu_' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-8]]:33: note: 'mu_' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:14: note: release 'mu_' during the blocking call; other threads may change what it protects before it is taken again
    // CHECK-FIXES: {{^}}    char buf[64];{{$}}
    // CHECK-FIXES-NEXT: {{^}}    lock.unlock();{{$}}
    // CHECK-FIXES-NEXT: {{^}}    long n = read(fd, buf, sizeof buf);{{$}}
    // CHECK-FIXES-NEXT: {{^}}    lock.lock();{{$}}
    std::string value(buf, n > 0 ? n : 0);
    items_[key] = value;
    return value;
  }

private:
  std::mutex mu_;
  std::map<std::string, std::string> items_;
};

// A scoped_lock of one mutex, with its template argument deduced.
std::mutex g_mu;
void scoped(int fd) {
  // CHECK-FIXES: {{^}}  std::unique_lock guard(g_mu);{{$}}
  std::scoped_lock guard(g_mu);
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'g_mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:20: note: 'g_mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'g_mu' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-FIXES: {{^}}  guard.unlock();{{$}}
  // CHECK-FIXES-NEXT: {{^}}  fsync(fd);{{$}}
  // CHECK-FIXES-NEXT: {{^}}  guard.lock();{{$}}
}
