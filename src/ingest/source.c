/*
 * ingest/source.c — byte sources for the story readers: raw bytes from a
 * descriptor or a memory block, gzip (zlib inflate) and zstd (streaming
 * ZSTD_decompressStream) decoded on the fly; see source.h.
 *
 * The codec is chosen from the magic number of the first bytes, not from
 * the file name, so that compressed standard input works too. Memory stays
 * bounded: one staging buffer of compressed bytes plus the decoder state.
 */
#include "ingest/source.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define IN_CAP (128u * 1024u)
/* zlib counts available input in a uInt: feed big memory blocks in slices */
#define ZSLICE ((size_t)1 << 30)

void dyad__src_init_memory(dyad__src *s, const void *data, size_t len)
{
	memset(s, 0, sizeof *s);
	s->fd = -1;
	s->spill_fd = -1;
	s->mem = data;
	s->mem_len = len;
	s->raw_eof = 1;
}

void dyad__src_init_fd(dyad__src *s, int fd, int close_fd)
{
	memset(s, 0, sizeof *s);
	s->fd = fd;
	s->close_fd = close_fd;
	s->spill_fd = -1;
}

/*
 * The zstd decoder's allocator. Its one large block is the window (the
 * frame header's window size: 128 MiB for `zstd --long=27`); from
 * DYAD__SPILL_MIN up it is a MAP_SHARED mapping of an unlinked file in
 * $TMPDIR (else /var/tmp, else /tmp), so that read_zstd() can drop its
 * pages from the process while their contents stay in the file. If no
 * such file can be made the block comes from malloc, as before.
 */
static int spill_file(size_t len)
{
	const char *dirs[3] = {getenv("TMPDIR"), "/var/tmp", "/tmp"};
	for (int i = 0; i < 3; i++) {
		if (!dirs[i] || !*dirs[i])
			continue;
		char path[4096];
		if ((size_t)snprintf(path, sizeof path, "%s/dyad-zwin-XXXXXX",
		                     dirs[i]) >= sizeof path)
			continue;
		int fd = mkstemp(path);
		if (fd < 0)
			continue;
		unlink(path);
		(void)fcntl(fd, F_SETFD, FD_CLOEXEC);
		if (ftruncate(fd, (off_t)len) == 0)
			return fd;
		close(fd);
	}
	return -1;
}

static void *zalloc(void *opaque, size_t len)
{
	dyad__src *s = opaque;
	if (len >= DYAD__SPILL_MIN && !s->spill) {
		int fd = spill_file(len);
		if (fd >= 0) {
			void *p = mmap(NULL, len, PROT_READ | PROT_WRITE,
			               MAP_SHARED, fd, 0);
			if (p != MAP_FAILED) {
				/* no fault-around: a back-reference maps one
				 * page, not the 16 around it */
				(void)madvise(p, len, MADV_RANDOM);
				s->spill = p;
				s->spill_len = len;
				s->spill_fd = fd;
				s->spill_out = 0;
				return p;
			}
			close(fd);
		}
	}
	return malloc(len);
}

static void zfree(void *opaque, void *p)
{
	dyad__src *s = opaque;
	if (p && p == s->spill) {
		munmap(s->spill, s->spill_len);
		close(s->spill_fd);
		s->spill = NULL;
		s->spill_len = 0;
		s->spill_fd = -1;
		return;
	}
	free(p);
}

/* Record a sticky error with a formatted message and return its code. */
static int fail(dyad__src *s, int code, const char *what, const char *detail)
{
	if (detail && *detail)
		snprintf(s->err, sizeof s->err, "%s: %s", what, detail);
	else
		snprintf(s->err, sizeof s->err, "%s", what);
	s->failed = code;
	return code;
}

/* A read(2) that retries on EINTR; sets the sticky error on failure. */
static long raw_read_fd(dyad__src *s, void *buf, size_t cap)
{
	for (;;) {
		ssize_t n = read(s->fd, buf, cap);
		if (n >= 0)
			return (long)n;
		if (errno == EINTR)
			continue;
		char msg[96];
		if (strerror_r(errno, msg, sizeof msg) != 0)
			snprintf(msg, sizeof msg, "errno %d", errno);
		return fail(s, DYAD__SRC_EIO, "read error", msg);
	}
}

/*
 * Make compressed input available: the unread part of the memory block, or
 * the staging buffer refilled from the descriptor. Returns the number of
 * bytes available at *p (0 at the end of the raw input) or an error code.
 */
static long raw_avail(dyad__src *s, const unsigned char **p)
{
	if (s->fd < 0) {
		*p = s->mem + s->mem_pos;
		return (long)(s->mem_len - s->mem_pos < ZSLICE
		                      ? s->mem_len - s->mem_pos
		                      : ZSLICE);
	}
	if (s->in_pos == s->in_len && !s->raw_eof) {
		long n = raw_read_fd(s, s->in, s->in_cap);
		if (n < 0)
			return n;
		s->in_pos = 0;
		s->in_len = (size_t)n;
		if (n == 0)
			s->raw_eof = 1;
	}
	*p = s->in + s->in_pos;
	return (long)(s->in_len - s->in_pos);
}

/* Mark n bytes of the input returned by raw_avail() as consumed. */
static void raw_consume(dyad__src *s, size_t n)
{
	if (s->fd < 0)
		s->mem_pos += n;
	else
		s->in_pos += n;
}

/*
 * Look at the first bytes (reading at least four of them from a descriptor
 * when the input has that many) and set up the matching decoder.
 */
static int detect(dyad__src *s)
{
	const unsigned char *p;
	size_t n;
	if (s->fd >= 0) {
		s->in = malloc(IN_CAP);
		if (!s->in)
			return fail(s, DYAD__SRC_EIO, "out of memory", NULL);
		s->in_cap = IN_CAP;
		while (s->in_len < 4 && !s->raw_eof) {
			long k = raw_read_fd(s, s->in + s->in_len,
			                     s->in_cap - s->in_len);
			if (k < 0)
				return (int)k;
			if (k == 0)
				s->raw_eof = 1;
			s->in_len += (size_t)k;
		}
		p = s->in;
		n = s->in_len;
	} else {
		p = s->mem;
		n = s->mem_len;
	}
	s->detected = 1;
	unsigned char m[4] = {0, 0, 0, 0};
	memcpy(m, p, n < 4 ? n : 4);
	if (n >= 2 && m[0] == 0x1f && m[1] == 0x8b) {
		s->codec = DYAD__CODEC_GZIP;
		if (inflateInit2(&s->zs, 15 + 16) != Z_OK)
			return fail(s, DYAD__SRC_EIO, "out of memory", NULL);
		s->zs_init = 1;
	} else if (n >= 4 && m[0] == 0x28 && m[1] == 0xb5 && m[2] == 0x2f &&
	           m[3] == 0xfd) {
		s->codec = DYAD__CODEC_ZSTD;
		ZSTD_customMem mem = {zalloc, zfree, s};
		s->zd = ZSTD_createDCtx_advanced(mem);
		if (!s->zd || ZSTD_isError(ZSTD_initDStream(s->zd)))
			return fail(s, DYAD__SRC_EIO, "out of memory", NULL);
		/* windows above the default 128 MiB limit go to the spill file */
		ZSTD_DCtx_setParameter(s->zd, ZSTD_d_windowLogMax, 31);
		s->zd_last = 1;
	}
	return 0;
}

/* Uncompressed bytes: staged bytes first, then straight from the input. */
static long read_plain(dyad__src *s, unsigned char *buf, size_t cap)
{
	if (s->fd < 0) {
		size_t n = s->mem_len - s->mem_pos;
		if (n > cap)
			n = cap;
		memcpy(buf, s->mem + s->mem_pos, n);
		s->mem_pos += n;
		return (long)n;
	}
	if (s->in_pos < s->in_len) {
		size_t n = s->in_len - s->in_pos;
		if (n > cap)
			n = cap;
		memcpy(buf, s->in + s->in_pos, n);
		s->in_pos += n;
		return (long)n;
	}
	if (s->raw_eof)
		return 0;
	long n = raw_read_fd(s, buf, cap);
	if (n == 0)
		s->raw_eof = 1;
	return n;
}

/*
 * Inflate gzip data into buf. Concatenated gzip members (as written by
 * `cat a.gz b.gz` or pigz) are decoded one after the other; the input
 * ending inside a member is a truncated stream.
 */
static long read_gzip(dyad__src *s, unsigned char *buf, size_t cap)
{
	if (cap > ZSLICE)
		cap = ZSLICE;
	for (;;) {
		const unsigned char *p;
		long avail = raw_avail(s, &p);
		if (avail < 0)
			return avail;
		if (s->finished) {
			/* between members: another member, or the end */
			if (avail == 0)
				return 0;
			if (avail >= 2 && p[0] == 0x1f && p[1] == 0x8b) {
				inflateReset(&s->zs);
				s->finished = 0;
			} else if (avail == 1 && s->fd >= 0 && !s->raw_eof) {
				/* a lone byte at the end of the buffer: keep it */
				s->in[0] = p[0];
				s->in_pos = 0;
				long k = raw_read_fd(s, s->in + 1,
				                     s->in_cap - 1);
				if (k < 0)
					return k;
				if (k == 0)
					s->raw_eof = 1;
				s->in_len = 1 + (size_t)k;
				continue;
			} else {
				return fail(s, DYAD__SRC_ECORRUPT,
				            "trailing garbage after gzip data",
				            NULL);
			}
		}
		if (avail == 0)
			return fail(s, DYAD__SRC_ECORRUPT,
			            "truncated gzip stream", NULL);
		s->zs.next_in = (unsigned char *)p;
		s->zs.avail_in = (uInt)avail;
		s->zs.next_out = buf;
		s->zs.avail_out = (uInt)cap;
		int rc = inflate(&s->zs, Z_NO_FLUSH);
		raw_consume(s, (size_t)avail - s->zs.avail_in);
		size_t got = cap - s->zs.avail_out;
		if (rc == Z_STREAM_END) {
			s->finished = 1;
		} else if (rc != Z_OK && rc != Z_BUF_ERROR) {
			if (got > 0) {
				/* deliver what was decoded; the error next time */
				fail(s, DYAD__SRC_ECORRUPT,
				     "corrupt gzip stream", s->zs.msg);
				return (long)got;
			}
			return fail(s, DYAD__SRC_ECORRUPT,
			            "corrupt gzip stream", s->zs.msg);
		}
		if (got > 0)
			return (long)got;
	}
}

/*
 * Decompress zstd frames into buf. Frames may follow one another; the
 * input ending before a frame is complete is a truncated stream.
 */
static long read_zstd(dyad__src *s, unsigned char *buf, size_t cap)
{
	for (;;) {
		const unsigned char *p;
		long avail = raw_avail(s, &p);
		if (avail < 0)
			return avail;
		if (avail == 0 && s->zd_last == 0)
			return 0; /* last frame complete and flushed */
		ZSTD_inBuffer in = {p, (size_t)avail, 0};
		ZSTD_outBuffer out = {buf, cap, 0};
		size_t rc = ZSTD_decompressStream(s->zd, &out, &in);
		raw_consume(s, in.pos);
		if (ZSTD_isError(rc)) {
			fail(s, DYAD__SRC_ECORRUPT, "corrupt zstd stream",
			     ZSTD_getErrorName(rc));
			return out.pos > 0 ? (long)out.pos : s->failed;
		}
		if (out.pos > 0 || avail > 0)
			s->zd_last = rc;
		if (out.pos > 0) {
			if (s->spill) {
				s->spill_out += out.pos;
				if (s->spill_out >= DYAD__SPILL_DROP) {
					/* contents stay in the file; pages the
					 * decoder reads back fault in again */
					madvise(s->spill, s->spill_len,
					        MADV_DONTNEED);
					s->spill_out = 0;
				}
			}
			return (long)out.pos;
		}
		if (avail == 0) {
			/* no input left, no output: a frame is cut short */
			return fail(s, DYAD__SRC_ECORRUPT,
			            "truncated zstd stream", NULL);
		}
	}
}

long dyad__src_read(dyad__src *s, void *buf, size_t cap)
{
	if (s->failed)
		return s->failed;
	if (!s->detected) {
		int rc = detect(s);
		if (rc < 0)
			return rc;
	}
	if (cap == 0)
		return 0;
	switch (s->codec) {
	case DYAD__CODEC_GZIP:
		return read_gzip(s, buf, cap);
	case DYAD__CODEC_ZSTD:
		return read_zstd(s, buf, cap);
	default:
		return read_plain(s, buf, cap);
	}
}

const char *dyad__src_codec_name(const dyad__src *s)
{
	switch (s->codec) {
	case DYAD__CODEC_GZIP:
		return "gzip";
	case DYAD__CODEC_ZSTD:
		return "zstd";
	default:
		return NULL;
	}
}

void dyad__src_close(dyad__src *s)
{
	if (s->zs_init)
		inflateEnd(&s->zs);
	if (s->zd)
		ZSTD_freeDStream(s->zd);
	if (s->close_fd && s->fd >= 0)
		close(s->fd);
	free(s->in);
	memset(s, 0, sizeof *s);
	s->fd = -1;
	s->spill_fd = -1;
}
