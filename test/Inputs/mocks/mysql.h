// A stand-in for the MySQL C client's header: the few declarations the
// tests use, with the library's names and signatures.
#ifndef LOCKIO_MOCK_MYSQL_H
#define LOCKIO_MOCK_MYSQL_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct MYSQL MYSQL;
typedef struct MYSQL_RES MYSQL_RES;

MYSQL *mysql_init(MYSQL *mysql);
MYSQL *mysql_real_connect(MYSQL *mysql, const char *host, const char *user,
                          const char *passwd, const char *db,
                          unsigned int port, const char *unix_socket,
                          unsigned long clientflag);
int mysql_query(MYSQL *mysql, const char *q);
MYSQL_RES *mysql_store_result(MYSQL *mysql);
unsigned long long mysql_num_rows(MYSQL_RES *res);
void mysql_free_result(MYSQL_RES *result);
unsigned int mysql_errno(MYSQL *mysql);

#ifdef __cplusplus
}
#endif

#endif // LOCKIO_MOCK_MYSQL_H
