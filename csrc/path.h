/* path.h: path handling. The store names a note by its real path
 * (ful_path_real), as both editors name a buffer's file (realpath), so a
 * note reached through a symlinked folder is one note; ".." after a symlink and the working folder are taken as the kernel
 * takes them, so a path names the file the kernel would open. */
#ifndef FUL_PATH_H
#define FUL_PATH_H

#include "text.h"

/* Absolute, with ".", ".." and doubled slashes removed. 0, or -1 (errno). */
int ful_path_abs(const char *path, ful_buf *out);
/* ful_path_abs, then every symlink resolved (realpath) in the longest
 * leading part that exists, the rest kept: the one name of a note however
 * it was reached (a symlinked notes folder, the editor's resolved buffer
 * name), so it is stored once. 0, or -1 (errno). */
int ful_path_real(const char *path, ful_buf *out);
/* Does the name end in one of the extensions (case-insensitive)? */
int ful_path_has_ext(const char *name, const char *const *exts, int nexts);
extern const char *const ful_default_exts[];
extern const int ful_default_nexts;

#endif
