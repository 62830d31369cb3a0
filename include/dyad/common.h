/*
 * dyad/common.h — version, result codes and diagnostics shared by every
 * libdyad module.
 *
 * Conventions (see docs/conventions.md):
 *  - functions return int: 0 (DYAD_OK) on success, a negative DYAD_E* code
 *    on failure; out-parameters come first;
 *  - every opaque type has a _new/_open and a _free, and _free(NULL) is a
 *    no-op;
 *  - the library keeps no global mutable state: everything lives on a handle.
 */
#ifndef DYAD_COMMON_H
#define DYAD_COMMON_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DYAD_VERSION_MAJOR 0
#define DYAD_VERSION_MINOR 1
#define DYAD_VERSION_PATCH 0
#define DYAD_VERSION "0.1.0"
/* 0xMMmmpp */
#define DYAD_VERSION_NUM                                                       \
	((DYAD_VERSION_MAJOR << 16) | (DYAD_VERSION_MINOR << 8) | DYAD_VERSION_PATCH)

#if defined(__GNUC__)
#define DYAD_EXTERN __attribute__((visibility("default")))
#else
#define DYAD_EXTERN
#endif

/* Result codes. */
enum {
	DYAD_OK = 0,
	DYAD_ENOMEM = -1,   /* out of memory */
	DYAD_EIO = -2,      /* a file could not be read or written */
	DYAD_EFORMAT = -3,  /* input is not in the expected format */
	DYAD_EINVAL = -4,   /* a bad argument */
	DYAD_ENOTFOUND = -5 /* a file or an entry does not exist */
};

/* Severity of a diagnostic. */
typedef enum { DYAD_DIAG_WARNING = 1, DYAD_DIAG_ERROR = 2 } dyad_diag_level;

/*
 * Diagnostic callback. Readers and loaders report every problem with input
 * through it and go on with the rest of the input. `file` may be NULL;
 * `line` is 1-based, 0 when unknown. `msg` is a short sentence without a
 * trailing newline. The strings are borrowed for the duration of the call.
 */
typedef void (*dyad_diag_fn)(void *ud, dyad_diag_level level, const char *file,
                             unsigned long line, const char *msg);

/* Version of the library as 0xMMmmpp. */
DYAD_EXTERN unsigned dyad_version(void);

/* A static English text for a result code; never NULL. */
DYAD_EXTERN const char *dyad_strerror(int code);

#ifdef __cplusplus
}
#endif
#endif
