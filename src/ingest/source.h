/*
 * ingest/source.h — the byte-source layer of the story readers (internal).
 *
 * A source delivers the bytes of one input: a file descriptor (a file or
 * standard input) or a memory block. When the first bytes carry the gzip or
 * the zstd magic number the data are decompressed on the fly, a buffer at a
 * time, so that a source never holds more than a few hundred KiB whatever
 * the size of the input, plus the decoder's window. A zstd window larger
 * than DYAD__SPILL_MIN (frames made with --long or --ultra ask for up to
 * 2 GiB) lives in an unlinked temporary file mapped into memory, whose
 * pages are dropped from the process every DYAD__SPILL_DROP decoded bytes:
 * the kernel keeps them as reclaimable page cache, and the resident size
 * of the process stays bounded.
 */
#ifndef DYAD_INGEST_SOURCE_H
#define DYAD_INGEST_SOURCE_H

#include <stddef.h>

#include <zlib.h>
#define ZSTD_STATIC_LINKING_ONLY /* ZSTD_createDCtx_advanced, custom memory */
#include <zstd.h>

/* Result of dyad__src_read() when no byte could be delivered. */
enum {
	DYAD__SRC_EOF = 0,      /* end of input */
	DYAD__SRC_EIO = -1,     /* read(2) failed; errno-based message */
	DYAD__SRC_ECORRUPT = -2 /* the compressed stream is bad or truncated */
};

typedef enum {
	DYAD__CODEC_NONE = 0,
	DYAD__CODEC_GZIP,
	DYAD__CODEC_ZSTD
} dyad__codec;

#define DYAD__SPILL_MIN ((size_t)32 << 20)
#define DYAD__SPILL_DROP ((size_t)4 << 20)

typedef struct dyad__src {
	/* raw input: a memory block or a file descriptor */
	const unsigned char *mem;
	size_t mem_len, mem_pos;
	int fd;       /* -1 for a memory source */
	int close_fd; /* the source owns fd */

	/* compressed input staging buffer (file sources only) */
	unsigned char *in;
	size_t in_cap, in_pos, in_len;
	int raw_eof;

	dyad__codec codec;
	int detected; /* codec decided */
	int finished; /* decoder reached a clean end */
	int failed;   /* a sticky error code (< 0) once something went wrong */
	z_stream zs;
	int zs_init;
	ZSTD_DStream *zd;
	size_t zd_last; /* last ZSTD_decompressStream() hint: 0 = frame done */
	int zd_any;     /* at least one zstd byte was fed */
	/* a large zstd window kept in an unlinked temporary file (see .c) */
	unsigned char *spill;
	size_t spill_len;
	int spill_fd;
	size_t spill_out; /* bytes decoded since the window was last dropped */

	char err[160]; /* message of the last error, lower case */
} dyad__src;

/* A source over a memory block (not copied: it must outlive the source). */
void dyad__src_init_memory(dyad__src *s, const void *data, size_t len);
/* A source over an open descriptor; close_fd: close it in _close. */
void dyad__src_init_fd(dyad__src *s, int fd, int close_fd);
/*
 * Up to cap decoded bytes into buf. Returns the number of bytes (> 0),
 * DYAD__SRC_EOF at the end, or a negative DYAD__SRC_E* code with s->err
 * set; errors are sticky.
 */
long dyad__src_read(dyad__src *s, void *buf, size_t cap);
/* The codec in use ("gzip", "zstd" or NULL), valid after the first read. */
const char *dyad__src_codec_name(const dyad__src *s);
void dyad__src_close(dyad__src *s);

#endif
