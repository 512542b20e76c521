// RUN: %check_lockio %s %t -- -- -std=c++17

#include <pthread.h>

pthread_mutex_t queue_mu = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t stats_mu = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t ready_cv = PTHREAD_COND_INITIALIZER;
int ready;

// pthread_cond_wait releases the mutex it is given while it waits.
void negative_wait_releases_its_mutex() {
  pthread_mutex_lock(&queue_mu);
  while (!ready)
    pthread_cond_wait(&ready_cv, &queue_mu);
  pthread_mutex_unlock(&queue_mu);
}

// Waiting while another mutex is held blocks under that other mutex.
void positive_wait_under_other_mutex() {
  pthread_mutex_lock(&stats_mu);
  pthread_mutex_lock(&queue_mu);
  pthread_cond_wait(&ready_cv, &queue_mu);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'pthread_cond_wait' while 'stats_mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 'stats_mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: retaking 'stats_mu' after the wait would reverse the order in which the locks are taken
  pthread_mutex_unlock(&queue_mu);
  pthread_mutex_unlock(&stats_mu);
}
