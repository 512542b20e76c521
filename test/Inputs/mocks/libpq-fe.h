// A stand-in for libpq's client header: the few declarations the tests
// use, with the library's names and signatures.
#ifndef LOCKIO_MOCK_LIBPQ_FE_H
#define LOCKIO_MOCK_LIBPQ_FE_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

typedef enum { CONNECTION_OK, CONNECTION_BAD } ConnStatusType;

PGconn *PQconnectdb(const char *conninfo);
ConnStatusType PQstatus(const PGconn *conn);
PGresult *PQexec(PGconn *conn, const char *query);
PGresult *PQgetResult(PGconn *conn);
int PQntuples(const PGresult *res);
char *PQgetvalue(const PGresult *res, int tup_num, int field_num);
void PQclear(PGresult *res);

#ifdef __cplusplus
}
#endif

#endif // LOCKIO_MOCK_LIBPQ_FE_H
