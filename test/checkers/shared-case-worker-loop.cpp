// RUN: %check_lockio %s %t -- -- -std=c++17

#include <condition_variable>
#include <deque>
#include <mutex>
#include <sys/socket.h>

std::mutex q_mu;
std::condition_variable q_cv;
std::deque<int> q;
bool running = true;

// The wait releases the lock it is given, and recv runs after lk.unlock():
// nothing here blocks under q_mu.
void serve() {
  char buf[512];
  while (running) {
    std::unique_lock<std::mutex> lk(q_mu);
    q_cv.wait(lk, [] { return !q.empty() || !running; });
    if (q.empty())
      continue;
    int sock = q.front();
    q.pop_front();
    lk.unlock();
    recv(sock, buf, sizeof buf, 0);
  }
}
