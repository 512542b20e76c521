// RUN: %check_lockio %s %t -- -- -std=c++17

#include <fstream>
#include <mutex>
#include <string>
#include <vector>

// The stream opened and written inside the guard's block is under mu_; the
// one opened after the block is not. The fix offered for the first finding
// also covers the write, which gets no fix note of its own.
class Exporter {
public:
  void save(const std::string &path) {
    std::vector<std::string> copy;
    {
      std::lock_guard<std::mutex> guard(mu_);
      copy = rows_;
      std::ofstream out(path);
      // CHECK-NOTES: :[[@LINE-1]]:21: warning: blocking call to 'std::ofstream' while 'mu_' is locked [lockio-blocking-call-under-lock]
      // CHECK-NOTES: :[[@LINE-4]]:35: note: 'mu_' is locked here
      // CHECK-NOTES: :[[@LINE-3]]:21: note: release 'mu_' during the blocking call{{.*}}
      out << copy.size() << '\n';
      // CHECK-NOTES: :[[@LINE-1]]:7: warning: blocking call to 'operator<<' on 'out' while 'mu_' is locked [lockio-blocking-call-under-lock]
      // CHECK-NOTES: :[[@LINE-8]]:35: note: 'mu_' is locked here
      // CHECK-NOTES: :[[@LINE-3]]:7: note: the fix offered at line [[#@LINE-7]] also releases 'mu_' around this call
    }
    std::ofstream full(path, std::ios::app);
    for (const auto &r : copy)
      full << r << '\n';
  }

private:
  std::mutex mu_;
  std::vector<std::string> rows_;
};
