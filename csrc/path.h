/* path.h: path handling. Paths are made absolute without resolving
 * symlinks, so the store names a note the way the seller's editor does;
 * ".." after a symlink and the working folder are taken as the kernel
 * takes them, so a path names the file the kernel would open. */
#ifndef FUL_PATH_H
#define FUL_PATH_H

#include "text.h"

/* Absolute, with ".", ".." and doubled slashes removed. 0, or -1 (errno). */
int ful_path_abs(const char *path, ful_buf *out);
/* Does the name end in one of the extensions (case-insensitive)? */
int ful_path_has_ext(const char *name, const char *const *exts, int nexts);
extern const char *const ful_default_exts[];
extern const int ful_default_nexts;

#endif
