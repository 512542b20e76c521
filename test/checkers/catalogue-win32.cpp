// RUN: %check_lockio %s %t -- -- -std=c++17 -isystem %mocks
// RUN: %check_lockio -check-suffix=PW %s %t \
// RUN:   -config='{CheckOptions: {lockio-blocking-call-under-lock.Categories: "process;wait"}}' \
// RUN:   -- -std=c++17 -isystem %mocks

// Win32's blocking calls (a stand-in windows.h declares them with C
// linkage, as the SDK does): files, named pipes and waits on handles. The
// second run keeps the process and wait categories only: the named pipe
// calls wait for another process, WaitForSingleObject for a handle.

#include <windows.h>
#include <mutex>

std::mutex mu;
CRITICAL_SECTION section;
SRWLOCK rwlock;

// Opening a file by an ANSI or a wide name (file).
void positive_open(const char *path, const wchar_t *wide) {
  mu.lock();
  CreateFileA(path, GENERIC_WRITE, 0, nullptr, OPEN_EXISTING, 0, nullptr);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'CreateFileA' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  CreateFileW(wide, GENERIC_WRITE, 0, nullptr, OPEN_EXISTING, 0, nullptr);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'CreateFileW' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
}

// Reading, writing and flushing through a handle (file).
void positive_file_io(HANDLE file, char *buf) {
  DWORD done = 0;
  mu.lock();
  ReadFile(file, buf, 64, &done, nullptr);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'ReadFile' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  WriteFile(file, buf, 64, &done, nullptr);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'WriteFile' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  FlushFileBuffers(file);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'FlushFileBuffers' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
}

// A named pipe's server waits for a client to connect, and a client for
// the server to have a pipe instance free (process).
void positive_named_pipes(HANDLE pipe, const char *name, const wchar_t *wide) {
  mu.lock();
  ConnectNamedPipe(pipe, nullptr);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'ConnectNamedPipe' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  // CHECK-NOTES-PW: :[[@LINE-4]]:3: warning: blocking call to 'ConnectNamedPipe' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-PW: :[[@LINE-6]]:3: note: 'mu' is locked here
  // CHECK-NOTES-PW: :[[@LINE-6]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  WaitNamedPipeA(name, NMPWAIT_WAIT_FOREVER);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'WaitNamedPipeA' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  // CHECK-NOTES-PW: :[[@LINE-4]]:3: warning: blocking call to 'WaitNamedPipeA' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-PW: :[[@LINE-6]]:3: note: 'mu' is locked here
  // CHECK-NOTES-PW: :[[@LINE-6]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  mu.lock();
  WaitNamedPipeW(wide, NMPWAIT_WAIT_FOREVER);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'WaitNamedPipeW' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  // CHECK-NOTES-PW: :[[@LINE-4]]:3: warning: blocking call to 'WaitNamedPipeW' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-PW: :[[@LINE-6]]:3: note: 'mu' is locked here
  // CHECK-NOTES-PW: :[[@LINE-6]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
}

// A wait on a handle: an event, a thread, a process (wait).
void positive_wait(HANDLE event) {
  mu.lock();
  WaitForSingleObject(event, INFINITE);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'WaitForSingleObject' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  // CHECK-NOTES-PW: :[[@LINE-4]]:3: warning: blocking call to 'WaitForSingleObject' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-PW: :[[@LINE-6]]:3: note: 'mu' is locked here
  // CHECK-NOTES-PW: :[[@LINE-6]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
}

// Win32's own locks hold across the calls too; no fix is known for them.
// FIXME: LeaveCriticalSection and EnterCriticalSection (and the SRW lock's
// pair) would release and retake the lock.
void positive_win32_locks(HANDLE file, char *buf) {
  DWORD done = 0;
  EnterCriticalSection(&section);
  Sleep(10);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'Sleep' while 'section' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'section' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: no call is known that releases 'section' and takes it again
  LeaveCriticalSection(&section);
  AcquireSRWLockExclusive(&rwlock);
  ReadFile(file, buf, 64, &done, nullptr);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'ReadFile' while 'rwlock' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'rwlock' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: no call is known that releases 'rwlock' and takes it again
  ReleaseSRWLockExclusive(&rwlock);
}

// The same calls with no lock held, and closing a handle with one.
void negative_unlocked(HANDLE file, HANDLE pipe, char *buf) {
  DWORD done = 0;
  HANDLE copy = CreateFileA("copy.log", GENERIC_WRITE, 0, nullptr,
                            OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
  ReadFile(file, buf, 64, &done, nullptr);
  WriteFile(copy, buf, 64, &done, nullptr);
  FlushFileBuffers(copy);
  ConnectNamedPipe(pipe, nullptr);
  WaitForSingleObject(pipe, INFINITE);
  EnterCriticalSection(&section);
  LeaveCriticalSection(&section);
  Sleep(10);
  mu.lock();
  CloseHandle(copy);
  mu.unlock();
}
