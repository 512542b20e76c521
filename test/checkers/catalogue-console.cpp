// Console output is off by default: the first run must stay silent. With
// `console` among the categories the same calls are findings.
// RUN: %check_lockio %s %t -- -- -std=c++17
// RUN: %check_lockio -check-suffix=ON %s %t -config='{CheckOptions: {lockio-blocking-call-under-lock.Categories: "network;file;sleep;process;wait;database;console"}}' -- -std=c++17

#include <cstdio>
#include <iostream>
#include <mutex>
#include <sstream>
#include <string>

std::mutex mu;

// printf and puts write to the terminal.
void positive_printf(int n) {
  std::lock_guard<std::mutex> lock(mu);
  printf("n=%d\n", n);
  // CHECK-NOTES-ON: :[[@LINE-1]]:3: warning: blocking call to 'printf' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-ON: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES-ON: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  puts("done");
  // CHECK-NOTES-ON: :[[@LINE-1]]:3: warning: blocking call to 'puts' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-ON: :[[@LINE-7]]:31: note: 'mu' is locked here
  // CHECK-NOTES-ON: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
}

// C stdio on stderr and stdout is console output, not file output.
void positive_stdio_standard_streams(const char *msg) {
  std::lock_guard<std::mutex> lock(mu);
  fprintf(stderr, "error: %s\n", msg);
  // CHECK-NOTES-ON: :[[@LINE-1]]:3: warning: blocking call to 'fprintf' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-ON: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES-ON: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  fputs(msg, stdout);
  // CHECK-NOTES-ON: :[[@LINE-1]]:3: warning: blocking call to 'fputs' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-ON: :[[@LINE-7]]:31: note: 'mu' is locked here
  // CHECK-NOTES-ON: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
}

// A chain of insertions into std::cout is one finding, named by the
// operator; std::cerr and extraction from std::cin are findings too.
void positive_iostreams(int n, std::string &word) {
  std::lock_guard<std::mutex> lock(mu);
  std::cout << "n=" << n << '\n';
  // CHECK-NOTES-ON: :[[@LINE-1]]:3: warning: blocking call to 'operator<<' on 'std::cout' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-ON: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES-ON: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  std::cerr << n << std::endl;
  // CHECK-NOTES-ON: :[[@LINE-1]]:3: warning: blocking call to 'operator<<' on 'std::cerr' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-ON: :[[@LINE-7]]:31: note: 'mu' is locked here
  // CHECK-NOTES-ON: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
  std::cin >> word;
  // CHECK-NOTES-ON: :[[@LINE-1]]:3: warning: blocking call to 'operator>>' on 'std::cin' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-ON: :[[@LINE-11]]:31: note: 'mu' is locked here
  // CHECK-NOTES-ON: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-11]] also releases 'mu' around this call
}

// Formatting into memory is not console output, in either run.
void negative_in_memory(char *buf, int n) {
  std::lock_guard<std::mutex> lock(mu);
  snprintf(buf, 16, "%d", n);
  std::ostringstream text;
  text << "n=" << n;
  std::string s = text.str();
}

// Console output with no lock held, in either run.
void negative_unlocked(int n) {
  printf("n=%d\n", n);
  std::cout << n << '\n';
  fprintf(stderr, "%d\n", n);
}
