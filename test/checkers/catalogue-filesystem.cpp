// RUN: %check_lockio %s %t -- -- -std=c++17

#include <filesystem>
#include <mutex>
#include <string>
#include <system_error>
#include <utility>

namespace fs = std::filesystem;

std::mutex mu;

// Queries that take a path ask the file system.
void positive_path_queries(const fs::path &p) {
  std::lock_guard<std::mutex> lock(mu);
  bool there = fs::exists(p);
  // CHECK-NOTES: :[[@LINE-1]]:16: warning: blocking call to 'std::filesystem::exists' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:16: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  auto size = fs::file_size(p);
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: blocking call to 'std::filesystem::file_size' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-7]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:15: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
  fs::file_status st = fs::status(p);
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: blocking call to 'std::filesystem::status' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-11]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:24: note: the fix offered at line [[#@LINE-11]] also releases 'mu' around this call
  bool dir = fs::is_directory(p);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: blocking call to 'std::filesystem::is_directory' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-15]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:14: note: the fix offered at line [[#@LINE-15]] also releases 'mu' around this call
  (void)there;
  (void)size;
  (void)st;
  (void)dir;
}

// The overloads that report errors through a std::error_code touch the
// disk just the same.
void positive_error_code_overloads(const fs::path &p) {
  std::error_code ec;
  std::lock_guard<std::mutex> lock(mu);
  fs::create_directories(p, ec);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::filesystem::create_directories' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  fs::remove_all(p, ec);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::filesystem::remove_all' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-7]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
}

// Operations that change the file system: rename, copy_file, remove.
void positive_modify(const fs::path &from, const fs::path &to) {
  std::lock_guard<std::mutex> lock(mu);
  fs::rename(from, to);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::filesystem::rename' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  fs::copy_file(to, from);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::filesystem::copy_file' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-7]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
  fs::remove(to);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'std::filesystem::remove' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-11]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-11]] also releases 'mu' around this call
}

// Opening a directory iterator reads the directory.
void positive_directory_iterator(const fs::path &dir) {
  std::lock_guard<std::mutex> lock(mu);
  fs::directory_iterator it(dir);
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: blocking call to 'std::filesystem::directory_iterator::directory_iterator' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:26: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
}

// A range-for over a directory is one finding, where the iterator is
// opened; the copy that the loop makes of it is not another one.
void positive_directory_loop(const fs::path &dir) {
  std::lock_guard<std::mutex> lock(mu);
  for (const fs::directory_entry &entry : fs::directory_iterator(dir))
    // CHECK-NOTES: :[[@LINE-1]]:43: warning: blocking call to 'std::filesystem::directory_iterator::directory_iterator' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:43: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
    (void)entry;
}

// The overloads taking a file_status read a status already in memory.
void negative_file_status(fs::file_status st) {
  std::lock_guard<std::mutex> lock(mu);
  bool dir = fs::is_directory(st);
  bool reg = fs::is_regular_file(st);
  bool there = fs::exists(st);
  (void)dir;
  (void)reg;
  (void)there;
}

// Composing and taking apart paths is string work.
void negative_path_ops(const fs::path &p) {
  std::lock_guard<std::mutex> lock(mu);
  fs::path child = p / "data.bin";
  fs::path name = p.filename();
  std::string text = child.string();
  (void)name;
}

// The end iterator, and copies and moves of an open iterator, do not read
// the directory.
void negative_iterator_copies(const fs::directory_iterator &src) {
  std::lock_guard<std::mutex> lock(mu);
  fs::directory_iterator end;
  fs::directory_iterator copy = src;
  fs::directory_iterator moved(std::move(copy));
}

// The same queries with no lock held.
void negative_unlocked(const fs::path &p) {
  bool there = fs::exists(p);
  fs::create_directories(p);
  (void)there;
}
