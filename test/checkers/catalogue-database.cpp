// RUN: %check_lockio %s %t -- -- -std=c++17 -isystem %mocks

#include <hiredis/hiredis.h>
#include <libpq-fe.h>
#include <mutex>
#include <mysql.h>
#include <pqxx/pqxx>
#include <sqlite3.h>
#include <utility>

std::mutex mu;

// SQLite: opening, preparing, stepping and closing read or write the
// database file.
void positive_sqlite(const char *path) {
  std::lock_guard<std::mutex> lock(mu);
  sqlite3 *db = nullptr;
  sqlite3_stmt *stmt = nullptr;
  sqlite3_open(path, &db);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sqlite3_open' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-5]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  sqlite3_prepare_v2(db, "SELECT 1", -1, &stmt, nullptr);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sqlite3_prepare_v2' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-9]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
  sqlite3_step(stmt);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sqlite3_step' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-13]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-11]] also releases 'mu' around this call
  sqlite3_exec(db, "VACUUM", nullptr, nullptr, nullptr);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sqlite3_exec' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-17]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-15]] also releases 'mu' around this call
  sqlite3_close(db);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sqlite3_close' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-21]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-19]] also releases 'mu' around this call
}

// libpq: connecting and running a query are round trips to the server.
void positive_libpq(const char *conninfo) {
  std::lock_guard<std::mutex> lock(mu);
  PGconn *conn = PQconnectdb(conninfo);
  // CHECK-NOTES: :[[@LINE-1]]:18: warning: blocking call to 'PQconnectdb' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:18: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  PGresult *res = PQexec(conn, "SELECT 1");
  // CHECK-NOTES: :[[@LINE-1]]:19: warning: blocking call to 'PQexec' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-7]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:19: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
  PGresult *next = PQgetResult(conn);
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: blocking call to 'PQgetResult' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-11]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:20: note: the fix offered at line [[#@LINE-11]] also releases 'mu' around this call
  PQclear(res);
  PQclear(next);
}

// libpqxx: opening a connection, with options or the defaults, starting a
// transaction, executing and committing.
void positive_pqxx(const char *options) {
  std::lock_guard<std::mutex> lock(mu);
  pqxx::connection conn{options};
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: blocking call to 'pqxx::connection::connection' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:20: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  pqxx::connection fallback;
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: blocking call to 'pqxx::connection::connection' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-7]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:20: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
  pqxx::work tx(conn);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: blocking call to 'pqxx::transaction::transaction' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-11]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:14: note: the fix offered at line [[#@LINE-11]] also releases 'mu' around this call
  pqxx::result rows = tx.exec("SELECT 1");
  // CHECK-NOTES: :[[@LINE-1]]:23: warning: blocking call to 'pqxx::transaction_base::exec' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-15]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:23: note: the fix offered at line [[#@LINE-15]] also releases 'mu' around this call
  tx.commit();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'pqxx::transaction_base::commit' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-19]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-19]] also releases 'mu' around this call
  (void)rows;
}

// MySQL: connecting, querying and fetching a stored result.
void positive_mysql(MYSQL *handle) {
  std::lock_guard<std::mutex> lock(mu);
  mysql_real_connect(handle, "127.0.0.1", "app", "secret", "shop", 3306,
                     nullptr, 0);
  // CHECK-NOTES: :[[@LINE-2]]:3: warning: blocking call to 'mysql_real_connect' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  mysql_query(handle, "SELECT 1");
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'mysql_query' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-8]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-8]] also releases 'mu' around this call
  MYSQL_RES *res = mysql_store_result(handle);
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: blocking call to 'mysql_store_result' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-12]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:20: note: the fix offered at line [[#@LINE-12]] also releases 'mu' around this call
  mysql_free_result(res);
}

// hiredis: connecting, a command and reading a pipelined reply.
void positive_hiredis() {
  std::lock_guard<std::mutex> lock(mu);
  redisContext *ctx = redisConnect("127.0.0.1", 6379);
  // CHECK-NOTES: :[[@LINE-1]]:23: warning: blocking call to 'redisConnect' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:23: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  void *reply = redisCommand(ctx, "GET %s", "key");
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: blocking call to 'redisCommand' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-7]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:17: note: the fix offered at line [[#@LINE-7]] also releases 'mu' around this call
  redisGetReply(ctx, &reply);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'redisGetReply' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-11]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-11]] also releases 'mu' around this call
  freeReplyObject(reply);
}

// Reading results already received, binding parameters and freeing memory
// stay on this side of the connection.
void negative_client_side(sqlite3 *db, sqlite3_stmt *stmt, PGconn *conn,
                          PGresult *res, MYSQL *handle, MYSQL_RES *rows,
                          redisContext *ctx) {
  std::lock_guard<std::mutex> lock(mu);
  sqlite3_bind_int(stmt, 1, 42);
  int id = sqlite3_column_int(stmt, 0);
  const char *why = sqlite3_errmsg(db);
  ConnStatusType status = PQstatus(conn);
  int count = PQntuples(res);
  char *value = PQgetvalue(res, 0, 0);
  PQclear(res);
  MYSQL *fresh = mysql_init(nullptr);
  unsigned long long n = mysql_num_rows(rows);
  unsigned int code = mysql_errno(handle);
  mysql_free_result(rows);
  redisAppendCommand(ctx, "PING");
  (void)id, (void)why, (void)status, (void)count, (void)value;
  (void)fresh, (void)n, (void)code;
}

// libpqxx objects: asking whether the connection is open, the size of a
// result and moving a connection do not talk to the server.
void negative_pqxx_local(pqxx::connection &conn, const pqxx::result &rows) {
  std::lock_guard<std::mutex> lock(mu);
  bool open = conn.is_open();
  int n = rows.size();
  pqxx::connection moved(std::move(conn));
  (void)open;
  (void)n;
}

// The query runs after the lock is released.
void negative_query_after_unlock(PGconn *conn) {
  mu.lock();
  mu.unlock();
  PGresult *res = PQexec(conn, "SELECT 1");
  PQclear(res);
}
