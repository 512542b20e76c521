// RUN: %check_lockio %s %t -- -- -std=c++17

#include <map>
#include <mutex>
#include <sys/socket.h>

std::mutex cache_mu;
std::map<int, int> cache;

// The good cache: look up under the lock, unlock before returning a hit,
// unlock before the fetch, relock to store. Nothing blocks under the lock.
int negative_good_cache(int sock, int key) {
  cache_mu.lock();
  auto it = cache.find(key);
  if (it != cache.end()) {
    int hit = it->second;
    cache_mu.unlock();
    return hit;
  }
  cache_mu.unlock();
  int value = 0;
  recv(sock, &value, sizeof value, 0);
  cache_mu.lock();
  cache[key] = value;
  cache_mu.unlock();
  return value;
}

// One early return forgets to unlock; the others and the fetch path are
// right. Only the call reached with the lock held on every path is flagged.
int positive_forgotten_unlock(int sock, int key) {
  cache_mu.lock();
  if (key < 0) {
    cache_mu.unlock();
    recv(sock, &key, sizeof key, 0);
    return -1;
  }
  auto it = cache.find(key);
  if (it != cache.end())
    return it->second;
  recv(sock, &key, sizeof key, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'recv' while 'cache_mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-11]]:3: note: 'cache_mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'cache_mu' during the blocking call{{.*}}
  cache_mu.unlock();
  recv(sock, &key, sizeof key, 0);
  return key;
}

// The early return that forgets to unlock blocks on its own path.
int positive_blocks_on_forgotten_path(int sock, int key) {
  cache_mu.lock();
  auto it = cache.find(key);
  if (it != cache.end()) {
    recv(sock, &key, sizeof key, 0);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'recv' while 'cache_mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-5]]:3: note: 'cache_mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: 'it' refers into state 'cache_mu' may protect and is used after 'cache_mu' is taken again
    return it->second;
  }
  cache_mu.unlock();
  recv(sock, &key, sizeof key, 0);
  return key;
}
