// A stand-in for hiredis's header: the few declarations the tests use,
// with the library's names and signatures.
#ifndef LOCKIO_MOCK_HIREDIS_HIREDIS_H
#define LOCKIO_MOCK_HIREDIS_HIREDIS_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct redisContext redisContext;

redisContext *redisConnect(const char *ip, int port);
void *redisCommand(redisContext *c, const char *format, ...);
int redisAppendCommand(redisContext *c, const char *format, ...);
int redisGetReply(redisContext *c, void **reply);
void freeReplyObject(void *reply);

#ifdef __cplusplus
}
#endif

#endif // LOCKIO_MOCK_HIREDIS_HIREDIS_H
