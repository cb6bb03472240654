/* Built into the module only with the static SQLite (the Makefile defines
 * FUL_SQLITE_TRIM for it; elsewhere, as in a build against the shared
 * libsqlite3, this file is empty). Debian's libsqlite3.a builds FTS3/4,
 * FTS5, R*Tree, dbstat and the sqlite_stmt table into sqlite3_open: each
 * open of the store registered their modules and functions (allocations,
 * hash inserts), which no SQL of fulog's uses. These definitions come
 * first, so the linker takes them and leaves the archive's fts3*.o,
 * fts5.o, rtree.o, dbstat.o and stmt.o out of the module (342 KB of its
 * text). JSON (json_each, in the report queries) stays. */
#ifdef FUL_SQLITE_TRIM
#include <sqlite3.h>

#define FUL_NO_EXT(name)                                                                                               \
    int name(sqlite3 *db);                                                                                             \
    int name(sqlite3 *db)                                                                                              \
    {                                                                                                                  \
        (void)db;                                                                                                      \
        return SQLITE_OK;                                                                                              \
    }

FUL_NO_EXT(sqlite3Fts3Init)
FUL_NO_EXT(sqlite3Fts5Init)
FUL_NO_EXT(sqlite3RtreeInit)
FUL_NO_EXT(sqlite3DbstatRegister)
FUL_NO_EXT(sqlite3StmtVtabInit)
#else
typedef int ful_sqlite_trim_unused;
#endif
