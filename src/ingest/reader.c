/*
 * ingest/reader.c — the public story-reader API (dyad/ingest.h): opening
 * files, standard input and memory blocks, format detection, and the
 * diagnostics and story helpers shared by the format parsers (fmt_*.c).
 *
 * Layers, bottom up: source.c (raw bytes, gzip/zstd decoding), lines.c
 * (bounded line splitting, UTF-8 checks), then one parser per format. The
 * first call to dyad_reader_next() peeks at the first 4 KiB of decoded
 * input to reject binary files and, for DYAD_INPUT_AUTO, to sniff the
 * format.
 */
#include "ingest/reader.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#define SNIFF_BYTES 4096u

void dyad__rd_diag(dyad_reader *r, dyad_diag_level level, unsigned long line,
                   const char *fmt, ...)
{
	if (level == DYAD_DIAG_ERROR)
		r->errors++;
	if (!r->diag)
		return;
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	r->diag(r->diag_ud, level, r->name, line, msg);
}

int dyad__rd_line(dyad_reader *r, dyad__line *ln)
{
	int rc = dyad__lr_next(&r->lr, ln);
	if (rc >= 0)
		return rc;
	/* the source failed: report it once, then the input is over */
	if (r->fatal == 0 && !r->done) {
		dyad__rd_diag(r, DYAD_DIAG_ERROR, r->lr.no + 1, "%s",
		              r->src.err);
		r->done = 1;
		r->src_failed = 1;
		r->fatal = rc == DYAD__SRC_EIO ? DYAD_EIO : 0;
	}
	return r->fatal;
}

void dyad__rd_bad_line(dyad_reader *r, const dyad__line *ln)
{
	switch (ln->bad) {
	case DYAD__LINE_NUL:
		dyad__rd_diag(r, DYAD_DIAG_ERROR, ln->no,
		              "NUL byte at byte %zu", ln->col);
		break;
	case DYAD__LINE_UTF8:
		dyad__rd_diag(r, DYAD_DIAG_ERROR, ln->no,
		              "invalid UTF-8 at byte %zu", ln->col);
		break;
	case DYAD__LINE_LONG:
		dyad__rd_diag(r, DYAD_DIAG_ERROR, ln->no,
		              "line longer than %zu bytes", r->max_line);
		break;
	default:
		break;
	}
}

void dyad__rd_reset_story(dyad_reader *r)
{
	dyad_arena_reset(&r->arena);
	dyad_buf_clear(&r->text);
	dyad_buf_clear(&r->expect);
}

int dyad__rd_fill(dyad_reader *r, dyad_story *s, const char *doc,
                  const char *date, const char *title, unsigned long line)
{
	if (r->text.oom || r->expect.oom)
		return DYAD_ENOMEM;
	if (!doc || !*doc) {
		char tmp[64];
		snprintf(tmp, sizeof tmp, ":%lu", line);
		size_t a = strlen(r->name), b = strlen(tmp);
		char *d = dyad_arena_alloc(&r->arena, a + b + 1);
		if (!d)
			return DYAD_ENOMEM;
		memcpy(d, r->name, a);
		memcpy(d + a, tmp, b + 1);
		doc = d;
	}
	s->doc = doc;
	s->date = date ? date : (r->date_opt[0] ? r->date_opt : NULL);
	s->title = title;
	s->text = r->text.data ? r->text.data : "";
	s->text_len = r->text.len;
	s->expect = NULL;
	s->file = r->name;
	s->line = line;
	s->index = r->index;
	return 1;
}

/* Are the n bytes at p all ASCII digits? */
static int all_digits(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] < '0' || p[i] > '9')
			return 0;
	return 1;
}

/* The number written by the n digits at p. */
static int num(const char *p, size_t n)
{
	int v = 0;
	for (size_t i = 0; i < n; i++)
		v = v * 10 + (p[i] - '0');
	return v;
}

int dyad__date_norm(char out[11], const char *p, size_t n, int yy_ok)
{
	int y, m, d;
	if (n == 10 && p[4] == '-' && p[7] == '-' && all_digits(p, 4) &&
	    all_digits(p + 5, 2) && all_digits(p + 8, 2)) {
		y = num(p, 4);
		m = num(p + 5, 2);
		d = num(p + 8, 2);
	} else if (n == 8 && all_digits(p, 8)) {
		y = num(p, 4);
		m = num(p + 4, 2);
		d = num(p + 6, 2);
	} else if (n == 6 && yy_ok && all_digits(p, 6)) {
		y = num(p, 2);
		y += y <= 29 ? 2000 : 1900;
		m = num(p + 2, 2);
		d = num(p + 4, 2);
	} else {
		return -1;
	}
	if (m < 1 || m > 12 || d < 1 || d > 31)
		return -1;
	snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
	return 0;
}

int dyad_input_format_parse(const char *name)
{
	static const char *const names[] = {"auto", "text", "tabari", "jsonl",
	                                    "petrarch"};
	if (!name)
		return -1;
	for (int i = 0; i < (int)(sizeof names / sizeof names[0]); i++)
		if (strcmp(name, names[i]) == 0)
			return i;
	return -1;
}

/* Does name end with suffix (ASCII case-insensitive)? */
static int ends_with(const char *name, size_t n, const char *suffix)
{
	size_t k = strlen(suffix);
	return n >= k && strncasecmp(name + n - k, suffix, k) == 0;
}

/*
 * The doc id of a plain-text input: the name without its directory, then
 * without a .gz/.zst suffix, then without its extension (a leading dot, as
 * in ".profile", is not an extension). *ext gets the extension (after the
 * dot, "" when none), borrowed from the returned string's source `name`.
 */
static char *base_name(const char *name, const char **ext, size_t *ext_len)
{
	const char *b = strrchr(name, '/');
	b = b ? b + 1 : name;
	size_t n = strlen(b);
	if (ends_with(b, n, ".gz") && n > 3)
		n -= 3;
	else if (ends_with(b, n, ".zst") && n > 4)
		n -= 4;
	*ext = b + n;
	*ext_len = 0;
	for (size_t i = n; i-- > 1;) {
		if (b[i] == '.') {
			*ext = b + i + 1;
			*ext_len = n - i - 1;
			n = i;
			break;
		}
	}
	if (n == 0) { /* "x/" or the like: keep the name */
		b = name;
		n = strlen(name);
	}
	char *d = malloc(n + 1);
	if (d) {
		memcpy(d, b, n);
		d[n] = '\0';
	}
	return d;
}

/* Extension test for auto-detection: ext[0..n) equals e, ignoring case. */
static int ext_is(const char *ext, size_t n, const char *e)
{
	return strlen(e) == n && strncasecmp(ext, e, n) == 0;
}

/*
 * Does the sniffing window look like TABARI records? The first line that
 * is neither blank nor a '#' comment must start with 6 or 8 digits
 * followed by white space or '*' (TABARI.Demo.text starts "950101*INTRO").
 */
static int sniff_tabari(const char *p, size_t n)
{
	size_t i = 0;
	while (i < n) {
		const char *nl = memchr(p + i, '\n', n - i);
		size_t e = nl ? (size_t)(nl - p) : n;
		size_t j = i;
		while (j < e && dyad__is_space((unsigned char)p[j]))
			j++;
		if (j < e && p[i] != '#') {
			size_t d = i;
			while (d < e && p[d] >= '0' && p[d] <= '9')
				d++;
			if (d - i != 6 && d - i != 8)
				return 0;
			return d < e &&
			       (p[d] == ' ' || p[d] == '\t' || p[d] == '*');
		}
		i = e + 1;
	}
	return 0;
}

/* Pick a format from the extension, then from the first bytes. */
static dyad_input_format detect_format(dyad_reader *r, const char *p, size_t n)
{
	const char *ext;
	size_t ext_len;
	char *b = base_name(r->name, &ext, &ext_len);
	dyad_input_format f = DYAD_INPUT_AUTO;
	if (ext_is(ext, ext_len, "jsonl") || ext_is(ext, ext_len, "ndjson"))
		f = DYAD_INPUT_JSONL;
	else if (ext_is(ext, ext_len, "xml"))
		f = DYAD_INPUT_PETRARCH;
	else if (ext_is(ext, ext_len, "txt") || ext_is(ext, ext_len, "text"))
		f = sniff_tabari(p, n) ? DYAD_INPUT_TABARI : DYAD_INPUT_TEXT;
	free(b);
	if (f != DYAD_INPUT_AUTO)
		return f;
	size_t i = 0;
	while (i < n && dyad__is_space((unsigned char)p[i]))
		i++;
	if (i < n && p[i] == '{')
		return DYAD_INPUT_JSONL;
	if (i < n && p[i] == '<')
		return DYAD_INPUT_PETRARCH;
	return sniff_tabari(p, n) ? DYAD_INPUT_TABARI : DYAD_INPUT_TEXT;
}

/*
 * Is the start of the input binary? Counts NUL bytes and bytes that are
 * not valid UTF-8 in the window; more than 10% of them (and at least 4)
 * means binary. A sequence cut by the end of the window is not counted.
 */
static int looks_binary(const char *p, size_t n, int whole)
{
	size_t bad = 0, i = 0;
	while (i < n) {
		int kind;
		size_t off = dyad__utf8_check((const unsigned char *)p + i,
		                              n - i, &kind);
		i += off;
		if (i >= n)
			break;
		if (!whole && kind == DYAD__LINE_UTF8 && n - i < 4)
			break;
		bad++;
		i++;
	}
	return bad >= 4 && bad * 10 > n;
}

/*
 * First call: peek at the input, report an empty or binary one, choose
 * the format. Returns 1 to go on, 0 when the input is over, or < 0.
 */
static int start(dyad_reader *r)
{
	const char *p;
	r->started = 1;
	long n = dyad__lr_peek(&r->lr, SNIFF_BYTES, &p);
	if (n < 0) {
		dyad__line ln;
		return dyad__rd_line(r, &ln); /* reports the error */
	}
	if (n == 0) {
		dyad__rd_diag(r, DYAD_DIAG_WARNING, 0, "empty input");
		return 0;
	}
	if (looks_binary(p, (size_t)n, r->lr.eof)) {
		dyad__rd_diag(r, DYAD_DIAG_ERROR, 1, "binary file, not text");
		return 0;
	}
	if (r->format == DYAD_INPUT_AUTO)
		r->format = detect_format(r, p, (size_t)n);
	return 1;
}

int dyad_reader_next(dyad_reader *r, dyad_story *story)
{
	if (!r || !story)
		return DYAD_EINVAL;
	if (r->done)
		return r->fatal;
	int rc;
	if (!r->started) {
		rc = start(r);
		if (rc <= 0) {
			r->done = 1;
			if (rc < 0)
				r->fatal = rc;
			return rc;
		}
	}
	switch (r->format) {
	case DYAD_INPUT_TABARI:
		rc = dyad__tabari_next(r, story);
		break;
	case DYAD_INPUT_JSONL:
		rc = dyad__jsonl_next(r, story);
		break;
	case DYAD_INPUT_PETRARCH:
		rc = dyad__petrarch_next(r, story);
		break;
	default:
		rc = dyad__text_next(r, story);
		break;
	}
	if (rc > 0) {
		r->index++;
		return 1;
	}
	if (rc == DYAD_ENOMEM)
		dyad__rd_diag(r, DYAD_DIAG_ERROR, r->lr.no, "out of memory");
	r->done = 1;
	if (rc < 0)
		r->fatal = rc;
	return rc;
}

/* Check the options and make a reader around an initialised source. */
static int make_reader(dyad_reader **out, const char *name,
                       const dyad_reader_options *opts)
{
	static const dyad_reader_options defaults = DYAD_READER_OPTIONS_INIT;
	if (!opts)
		opts = &defaults;
	*out = NULL;
	if (opts->version != DYAD_READER_OPTIONS_VERSION ||
	    (int)opts->format < DYAD_INPUT_AUTO ||
	    (int)opts->format > DYAD_INPUT_PETRARCH ||
	    opts->max_line > ((size_t)1 << 40) ||
	    opts->max_story > ((size_t)1 << 40))
		return DYAD_EINVAL;
	char date[11] = "";
	if (opts->date &&
	    dyad__date_norm(date, opts->date, strlen(opts->date), 0) != 0)
		return DYAD_EINVAL;
	dyad_reader *r = calloc(1, sizeof *r);
	if (!r)
		return DYAD_ENOMEM;
	const char *ext;
	size_t ext_len;
	r->name = strdup(name);
	r->doc_base = base_name(name, &ext, &ext_len);
	if (!r->name || !r->doc_base) {
		free(r->name);
		free(r->doc_base);
		free(r);
		return DYAD_ENOMEM;
	}
	r->format = opts->format;
	memcpy(r->date_opt, date, sizeof date);
	r->max_line = opts->max_line ? opts->max_line : ((size_t)1 << 20);
	r->max_story = opts->max_story ? opts->max_story : ((size_t)16 << 20);
	r->diag = opts->diag;
	r->diag_ud = opts->diag_ud;
	dyad_arena_init(&r->arena, 16 * 1024);
	*out = r;
	return 0;
}

/* Attach the line layer to r->src; frees r on failure. */
static int finish_open(dyad_reader **out, dyad_reader *r)
{
	if (dyad__lr_init(&r->lr, &r->src, r->max_line) != 0) {
		dyad_reader_free(r);
		return DYAD_ENOMEM;
	}
	*out = r;
	return 0;
}

int dyad_reader_open(dyad_reader **out, const char *path,
                     const dyad_reader_options *opts)
{
	if (!out)
		return DYAD_EINVAL;
	*out = NULL;
	if (!path)
		return DYAD_EINVAL;
	dyad_reader *r;
	int rc = make_reader(&r, path, opts);
	if (rc != 0)
		return rc;
	if (strcmp(path, "-") == 0) {
		dyad__src_init_fd(&r->src, STDIN_FILENO, 0);
		return finish_open(out, r);
	}
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;
	int err = fd < 0 ? errno : 0;
	if (fd >= 0 && fstat(fd, &st) == 0 && S_ISDIR(st.st_mode))
		err = EISDIR;
	if (err) {
		char msg[96];
		if (strerror_r(err, msg, sizeof msg) != 0)
			snprintf(msg, sizeof msg, "errno %d", err);
		/* strerror texts start with a capital: make it lower case */
		if (msg[0] >= 'A' && msg[0] <= 'Z')
			msg[0] = (char)(msg[0] - 'A' + 'a');
		dyad__rd_diag(r, DYAD_DIAG_ERROR, 0, "cannot open: %s", msg);
		if (fd >= 0)
			close(fd);
		dyad_reader_free(r);
		return err == ENOENT || err == ENOTDIR ? DYAD_ENOTFOUND
		                                       : DYAD_EIO;
	}
	dyad__src_init_fd(&r->src, fd, 1);
	return finish_open(out, r);
}

int dyad_reader_open_memory(dyad_reader **out, const char *name,
                            const void *data, size_t len,
                            const dyad_reader_options *opts)
{
	if (!out)
		return DYAD_EINVAL;
	*out = NULL;
	if (!data && len > 0)
		return DYAD_EINVAL;
	dyad_reader *r;
	int rc = make_reader(&r, name ? name : "(memory)", opts);
	if (rc != 0)
		return rc;
	dyad__src_init_memory(&r->src, data ? data : "", len);
	return finish_open(out, r);
}

unsigned long dyad_reader_errors(const dyad_reader *r)
{
	return r ? r->errors : 0;
}

dyad_input_format dyad_reader_format(const dyad_reader *r)
{
	return r ? r->format : DYAD_INPUT_AUTO;
}

void dyad_reader_free(dyad_reader *r)
{
	if (!r)
		return;
	if (r->json)
		json_decref(r->json);
	dyad__petrarch_free(r);
	dyad__lr_free(&r->lr);
	dyad__src_close(&r->src);
	dyad_arena_free(&r->arena);
	dyad_buf_free(&r->text);
	dyad_buf_free(&r->expect);
	free(r->name);
	free(r->doc_base);
	free(r);
}
