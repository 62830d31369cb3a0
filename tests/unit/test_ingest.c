/*
 * tests/unit/test_ingest.c — unit tests of the story readers
 * (dyad/ingest.h): every format's happy path, format detection, gzip and
 * zstd inputs, standard input, readers in parallel threads, and one test
 * per kind of bad input, each checking that the problem is reported with
 * file and line and that the good stories around it are still delivered.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <zlib.h>
#define ZSTD_STATIC_LINKING_ONLY /* ZSTD_getFrameHeader */
#include <zstd.h>

#include "dyad/ingest.h"

#define RES DYAD_TEST_RESOURCES "/ingest/"

/* ---- helpers ------------------------------------------------------------ */

/* One diagnostic, as received by the callback. */
typedef struct diag_rec {
	dyad_diag_level level;
	char file[128];
	unsigned long line;
	char msg[256];
} diag_rec;

/* Everything reported by one reader. */
typedef struct diags {
	diag_rec d[256];
	int n;
} diags;

/* The diagnostic callback: keeps the first 256 reports. */
static void collect(void *ud, dyad_diag_level level, const char *file,
                    unsigned long line, const char *msg)
{
	diags *ds = ud;
	if (ds->n >= 256)
		return;
	diag_rec *d = &ds->d[ds->n++];
	d->level = level;
	snprintf(d->file, sizeof d->file, "%s", file ? file : "");
	d->line = line;
	snprintf(d->msg, sizeof d->msg, "%s", msg);
}

/* Options with the collecting callback and the given format. */
static dyad_reader_options opts_for(diags *ds, dyad_input_format f)
{
	dyad_reader_options o = DYAD_READER_OPTIONS_INIT;
	o.format = f;
	o.diag = collect;
	o.diag_ud = ds;
	memset(ds, 0, sizeof *ds);
	return o;
}

/* The first diagnostic whose message contains `needle`, or NULL. */
static const diag_rec *find_diag(const diags *ds, const char *needle)
{
	for (int i = 0; i < ds->n; i++)
		if (strstr(ds->d[i].msg, needle))
			return &ds->d[i];
	return NULL;
}

/* Check that a diagnostic containing needle names file and line. */
static void expect_diag(const diags *ds, const char *needle, const char *file,
                        unsigned long line, dyad_diag_level level)
{
	const diag_rec *d = find_diag(ds, needle);
	if (!d) {
		for (int i = 0; i < ds->n; i++)
			print_message("diag %s:%lu: %s\n", ds->d[i].file,
			              ds->d[i].line, ds->d[i].msg);
		fail_msg("no diagnostic containing '%s'", needle);
	}
	assert_string_equal(d->file, file);
	assert_int_equal(d->line, line);
	assert_int_equal(d->level, level);
}

/* The stories of one input, copied out of the reader. */
typedef struct story_copy {
	char doc[128];
	char date[16];
	char title[128];
	char *text;
	char *expect;
	unsigned long line;
	unsigned long index;
	int has_date, has_title, has_expect;
} story_copy;

typedef struct stories {
	story_copy s[4096];
	int n;
	int rc;
	unsigned long errors;
	dyad_input_format format;
} stories;

static void free_stories(stories *ss)
{
	for (int i = 0; i < ss->n; i++) {
		free(ss->s[i].text);
		free(ss->s[i].expect);
	}
	ss->n = 0;
}

/* Drain reader r into out (freeing r) and check the story invariants. */
static void drain(dyad_reader *r, stories *out)
{
	dyad_story st;
	int rc;
	free_stories(out);
	while ((rc = dyad_reader_next(r, &st)) > 0) {
		assert_true(out->n < 4096);
		story_copy *c = &out->s[out->n++];
		assert_non_null(st.doc);
		assert_non_null(st.text);
		assert_non_null(st.file);
		assert_int_equal(strlen(st.text), st.text_len);
		assert_int_equal(st.index, (unsigned long)out->n - 1);
		snprintf(c->doc, sizeof c->doc, "%s", st.doc);
		c->has_date = st.date != NULL;
		snprintf(c->date, sizeof c->date, "%s", st.date ? st.date : "");
		c->has_title = st.title != NULL;
		snprintf(c->title, sizeof c->title, "%s",
		         st.title ? st.title : "");
		c->text = strdup(st.text);
		c->has_expect = st.expect != NULL;
		c->expect = strdup(st.expect ? st.expect : "");
		c->line = st.line;
		c->index = st.index;
	}
	out->rc = rc;
	out->errors = dyad_reader_errors(r);
	out->format = dyad_reader_format(r);
	dyad_reader_free(r);
}

/* Read a memory block with the given format into out. */
static void read_mem(const char *name, const void *data, size_t len,
                     dyad_reader_options *o, stories *out)
{
	dyad_reader *r = NULL;
	assert_int_equal(dyad_reader_open_memory(&r, name, data, len, o), 0);
	drain(r, out);
}

/* Read a file into out. */
static void read_file(const char *path, dyad_reader_options *o, stories *out)
{
	dyad_reader *r = NULL;
	assert_int_equal(dyad_reader_open(&r, path, o), 0);
	drain(r, out);
}

static stories *new_stories(void)
{
	stories *ss = calloc(1, sizeof *ss);
	assert_non_null(ss);
	return ss;
}

static void del_stories(stories *ss)
{
	free_stories(ss);
	free(ss);
}

/* A gzip stream of data[0..n) in a malloc'ed block (*out_len bytes). */
static unsigned char *gzip_bytes(const void *data, size_t n, size_t *out_len)
{
	z_stream z;
	memset(&z, 0, sizeof z);
	assert_int_equal(
	        deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY),
	        Z_OK);
	size_t cap = deflateBound(&z, n) + 64;
	unsigned char *out = malloc(cap);
	assert_non_null(out);
	z.next_in = (unsigned char *)data;
	z.avail_in = (uInt)n;
	z.next_out = out;
	z.avail_out = (uInt)cap;
	assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
	*out_len = cap - z.avail_out;
	deflateEnd(&z);
	return out;
}

/* A zstd frame of data[0..n) in a malloc'ed block. */
static unsigned char *zstd_bytes(const void *data, size_t n, size_t *out_len)
{
	size_t cap = ZSTD_compressBound(n);
	unsigned char *out = malloc(cap);
	assert_non_null(out);
	size_t k = ZSTD_compress(out, cap, data, n, 3);
	assert_false(ZSTD_isError(k));
	*out_len = k;
	return out;
}

/* JSONL with n records "{"id":"s<i>","text":"story number <i> ..."}". */
static char *jsonl_lines(int n, size_t *len)
{
	size_t cap = (size_t)n * 128 + 1;
	char *p = malloc(cap);
	assert_non_null(p);
	size_t off = 0;
	for (int i = 0; i < n; i++)
		off += (size_t)snprintf(
		        p + off, cap - off,
		        "{\"id\":\"s%d\",\"text\":\"story number %d "
		        "tells of talks between two towns.\"}\n",
		        i, i);
	*len = off;
	return p;
}

/*
 * Write data to a new temporary file (in $TMPDIR, else the system's
 * temporary directory) and return its malloc'ed path.
 */
static char *temp_file(const void *data, size_t n, const char *suffix)
{
	const char *dir = getenv("TMPDIR");
#ifdef P_tmpdir
	if (!dir || !*dir)
		dir = P_tmpdir;
#endif
	if (!dir || !*dir)
		dir = ".";
	char tmpl[512];
	snprintf(tmpl, sizeof tmpl, "%s/dyad_ingest_XXXXXX%s", dir, suffix);
	int fd = mkstemps(tmpl, (int)strlen(suffix));
	assert_true(fd >= 0);
	assert_int_equal(write(fd, data, n), (ssize_t)n);
	close(fd);
	return strdup(tmpl);
}

/* ---- happy paths ---------------------------------------------------------- */

static void test_text_file(void **state)
{
	(void)state;
	diags ds;
	dyad_reader_options o = opts_for(&ds, DYAD_INPUT_AUTO);
	stories *ss = new_stories();
	read_file(RES "sample.txt", &o, ss);
	assert_int_equal(ss->rc, 0);
	assert_int_equal(ss->format, DYAD_INPUT_TEXT);
	assert_int_equal(ss->n, 1);
	assert_string_equal(ss->s[0].doc, "sample");
	assert_string_equal(ss->s[0].date, "2021-03-04");
	assert_false(ss->s[0].has_title);
	assert_false(ss->s[0].has_expect);
	assert_true(strncmp(ss->s[0].text, "The harbour authority", 21) == 0);
	assert_non_null(strstr(ss->s[0].text, "cargo ships.\n\nOfficials"));
	assert_null(strstr(ss->s[0].text, "date 2021"));
	assert_int_equal(ss->s[0].text[strlen(ss->s[0].text) - 1], '.');
	assert_int_equal(ss->errors, 0);
	assert_int_equal(ds.n, 0);
	del_stories(ss);
}

static void test_text_memory_name_and_date(void **state)
{
	(void)state;
	diags ds;
	dyad_reader_options o = opts_for(&ds, DYAD_INPUT_TEXT);
	o.date = "2001-02-03";
	stories *ss = new_stories();
	const char *t = "date 1999-12-31\r\nA short story.\r\n";
	read_mem("some/dir/story.en.txt.gz", t, strlen(t), &o, ss);
	assert_int_equal(ss->n, 1);
	assert_string_equal(ss->s[0].doc, "story.en");
	assert_string_equal(ss->s[0].date, "2001-02-03"); /* options win */
	assert_string_equal(ss->s[0].text, "A short story.");
	free_stories(ss);

	/* no date anywhere: NULL; no date line kept in text */
	o = opts_for(&ds, DYAD_INPUT_TEXT);
	t = "  Just text, no date.  \n";
	read_mem("plain", t, strlen(t), &o, ss);
	assert_int_equal(ss->n, 1);
	assert_string_equal(ss->s[0].doc, "plain");
	assert_false(ss->s[0].has_date);
	assert_string_equal(ss->s[0].text, "Just text, no date.");
	del_stories(ss);
}

static void test_tabari_file(void **state)
{
	(void)state;
	diags ds;
	dyad_reader_options o = opts_for(&ds, DYAD_INPUT_AUTO);
	stories *ss = new_stories();
	read_file(RES "records.text", &o, ss);
	assert_int_equal(ss->format, DYAD_INPUT_TABARI);
	assert_int_equal(ss->rc, 0);
	assert_int_equal(ss->n, 3);
	assert_int_equal(ds.n, 0);

	assert_string_equal(ss->s[0].doc, "REC-01");
	assert_string_equal(ss->s[0].date, "2021-03-15");
	assert_int_equal(ss->s[0].line, 7);
	assert_string_equal(
	        ss->s[0].text,
	        "Veldmark accused Ostrava of shelling a border village "
	        "on Monday, the defence ministry said.");
	assert_string_equal(ss->s[0].expect, "{ VEL / OST / 111 }");

	/* comment glued to the text, running over a blank line */
	assert_string_equal(ss->s[1].doc, "REC-02");
	assert_string_equal(ss->s[1].date, "1999-07-01");
	assert_string_equal(ss->s[1].text,
	                    "The foreign minister of Ostrava met "
	                    "his Veldmark counterpart in Geneva.");
	assert_string_equal(ss->s[1].expect,
	                    "{ OST / VEL / 040 }\n{ VEL / OST / 040 }");

	/* 8-digit date, extra header field (TABARI: the ID is the rest of the
	 * line), inline comment, no final blank */
	assert_string_equal(ss->s[2].doc, "REC-03 extra-field");
	assert_string_equal(ss->s[2].date, "2020-01-31");
	assert_string_equal(ss->s[2].text,
	                    "Talks resumed after a pause of three weeks.");
	assert_string_equal(ss->s[2].expect, "inline note");
	del_stories(ss);
}

static void test_tabari_comment_recovery(void **state)
{
	(void)state;
	diags ds;
	dyad_reader_options o = opts_for(&ds, DYAD_INPUT_TABARI);
	stories *ss = new_stories();
	/* a comment closed with the wrong delimiter, then a record */
	const char *t = "950101 A-1\nFirst story text.\n/* { A / B / 010 } /*\n"
	                "\n"
	                "950102 A-2\nSecond story text.\n/* { B / A / 020 }\n";
	read_mem("recover.text", t, strlen(t), &o, ss);
	assert_int_equal(ss->n, 2);
	assert_string_equal(ss->s[0].doc, "A-1");
	assert_string_equal(ss->s[0].text, "First story text.");
	assert_string_equal(ss->s[1].doc, "A-2");
	assert_string_equal(ss->s[1].text, "Second story text.");
	assert_string_equal(ss->s[1].expect, "{ B / A / 020 }");
	expect_diag(&ds, "unterminated comment", "recover.text", 3,
	            DYAD_DIAG_WARNING);
	/* the second one runs to the end of input: reported, delivered */
	assert_non_null(find_diag(&ds, "unterminated comment"));
	assert_int_equal(ds.n, 2);
	assert_int_equal(ds.d[1].line, 7);
	assert_int_equal(ss->errors, 0);
	del_stories(ss);
}

static void test_jsonl_file(void **state)
{
	(void)state;
	diags ds;
	dyad_reader_options o = opts_for(&ds, DYAD_INPUT_AUTO);
	o.date = "2000-01-01";
	stories *ss = new_stories();
	read_file(RES "stories.jsonl", &o, ss);
	assert_int_equal(ss->format, DYAD_INPUT_JSONL);
	assert_int_equal(ss->n, 3);
	assert_int_equal(ds.n, 0);
	assert_string_equal(ss->s[0].doc, "j-1");
	assert_string_equal(ss->s[0].date, "2019-05-06");
	assert_string_equal(ss->s[0].title, "Quay reopened");
	assert_string_equal(
	        ss->s[0].text,
	        "The harbour authority reopened the northern quay.");
	assert_int_equal(ss->s[0].line, 1);
	/* missing id: file:line; YYYYMMDD date; text trimmed */
	assert_string_equal(ss->s[1].doc, RES "stories.jsonl:2");
	assert_string_equal(ss->s[1].date, "2019-05-07");
	assert_false(ss->s[1].has_title);
	assert_string_equal(ss->s[1].text, "Two ministers met in the capital.");
	/* integer id, null date: the default date */
	assert_string_equal(ss->s[2].doc, "42");
	assert_string_equal(ss->s[2].date, "2000-01-01");
	del_stories(ss);
}

static void test_jsonl_field_problems(void **state)
{
	(void)state;
	diags ds;
	dyad_reader_options o = opts_for(&ds, DYAD_INPUT_JSONL);
	stories *ss = new_stories();
	const char *t =
	        "{\"id\":\"a\",\"text\":\"good one\"}\n"
	        "{\"id\":\"b\",\"title\":\"no text\"}\n"
	        "{\"id\":\"c\",\"text\":17}\n"
	        "[1,2]\n"
	        "{\"id\":\"d\",\"title\":\"t\",\"text\":\"   \"}\n"
	        "\n"
	        "{\"id\":\"e\",\"date\":\"May 5\",\"text\":\"bad date\"}\n"
	        "{\"id\":\"f\",\"text\":\"good two\"}";
	read_mem("fields.jsonl", t, strlen(t), &o, ss);
	assert_int_equal(ss->n, 3);
	assert_string_equal(ss->s[0].doc, "a");
	assert_string_equal(ss->s[1].doc, "e");
	assert_false(ss->s[1].has_date);
	assert_string_equal(ss->s[2].doc, "f");
	expect_diag(&ds, "text missing or not a string", "fields.jsonl", 2,
	            DYAD_DIAG_ERROR);
	assert_int_equal(ds.d[1].line, 3);
	expect_diag(&ds, "not a JSON object", "fields.jsonl", 4,
	            DYAD_DIAG_ERROR);
	expect_diag(&ds, "empty text", "fields.jsonl", 5, DYAD_DIAG_WARNING);
	assert_null(find_diag(&ds, "empty title and text"));
	expect_diag(&ds, "bad date 'May 5'", "fields.jsonl", 7,
	            DYAD_DIAG_WARNING);
	assert_int_equal(ss->errors, 3);
	del_stories(ss);
}

static void test_petrarch_file(void **state)
{
	(void)state;
	diags ds;
	dyad_reader_options o = opts_for(&ds, DYAD_INPUT_AUTO);
	stories *ss = new_stories();
	read_file(RES "sentences.xml", &o, ss);
	assert_int_equal(ss->format, DYAD_INPUT_PETRARCH);
	assert_int_equal(ss->rc, 0);
	assert_int_equal(ss->n, 3);
	assert_int_equal(ds.n, 0);
	assert_string_equal(ss->s[0].doc, "T-001");
	assert_string_equal(ss->s[0].date, "2008-08-01");
	assert_int_equal(ss->s[0].line, 4);
	assert_string_equal(ss->s[0].text,
	                    "The Veldmark government condemned the "
	                    "\"raid\" by Ostrava & its allies.");
	assert_string_equal(ss->s[0].expect,
	                    "{ VEL / OST / 122 }\n{ VEL / OSTMIL / 111 }");
	/* self-closing <Sentence .../> form, codings before the text */
	assert_string_equal(ss->s[1].doc, "T-002");
	assert_string_equal(ss->s[1].text,
	                    "Ostrava <officials> met envoys from "
	                    "Veldmark.");
	assert_string_equal(ss->s[1].expect, "{ OST / VEL / 040 }");
	/* spaces around '=', no coding */
	assert_string_equal(ss->s[2].doc, "T-003");
	assert_string_equal(ss->s[2].date, "2008-08-03");
	assert_false(ss->s[2].has_expect);
	del_stories(ss);
}

static void test_petrarch_memory_variants(void **state)
{
	(void)state;
	diags ds;
	dyad_reader_options o = opts_for(&ds, DYAD_INPUT_PETRARCH);
	stories *ss = new_stories();
	/* two sentences on one line, a tag over two lines, numeric refs */
	const char *t = "<Sentence id=\"x1\" date=\"20100203\"><Text>A &#66; "
	                "&#x43;</Text></Sentence><Sentence\n id='x2'>"
	                "<Text><![CDATA[a &amp; b]]></Text>"
	                "<EventCoding noevents=\"True\"/></Sentence>";
	read_mem("inline.xml", t, strlen(t), &o, ss);
	assert_int_equal(ss->n, 2);
	assert_string_equal(ss->s[0].doc, "x1");
	assert_string_equal(ss->s[0].text, "A B C");
	assert_string_equal(ss->s[1].doc, "x2");
	assert_int_equal(ss->s[1].line, 1);
	assert_false(ss->s[1].has_date);
	assert_string_equal(ss->s[1].text, "a &amp; b");
	assert_true(ss->s[1].has_expect);
	assert_string_equal(ss->s[1].expect, "");
	assert_int_equal(ds.n, 0);
	del_stories(ss);
}

static void test_auto_detect(void **state)
{
	(void)state;
	static const struct {
		const char *name;
		const char *data;
		dyad_input_format want;
	} cases[] = {
		{"a.jsonl", "{\"text\":\"x\"}\n", DYAD_INPUT_JSONL},
		{"a.ndjson.gz", "{\"text\":\"x\"}\n", DYAD_INPUT_JSONL},
		{"a.xml", "<Sentences></Sentences>\n", DYAD_INPUT_PETRARCH},
		{"a.txt", "##\n\n950101 X-1\nText.\n", DYAD_INPUT_TABARI},
		{"a.txt", "950101*INTRO\nText.\n", DYAD_INPUT_TABARI},
		{"a.txt", "Plain words.\n", DYAD_INPUT_TEXT},
		{"-", "  {\"text\":\"x\"}\n", DYAD_INPUT_JSONL},
		{"-", "<Sentences>\n", DYAD_INPUT_PETRARCH},
		{"-", "\n20200101 X-1\nText.\n", DYAD_INPUT_TABARI},
		{"noext", "Some story.\n", DYAD_INPUT_TEXT},
		{"-", "\xEF\xBB\xBF{\"text\":\"x\"}\n", DYAD_INPUT_JSONL},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		diags ds;
		dyad_reader_options o = opts_for(&ds, DYAD_INPUT_AUTO);
		dyad_reader *r = NULL;
		assert_int_equal(dyad_reader_open_memory(
		                         &r, cases[i].name, cases[i].data,
		                         strlen(cases[i].data), &o),
		                 0);
		assert_int_equal(dyad_reader_format(r), DYAD_INPUT_AUTO);
		dyad_story st;
		assert_true(dyad_reader_next(r, &st) >= 0);
		if (dyad_reader_format(r) != cases[i].want)
			fail_msg("case %zu (%s): format %d, want %d", i,
			         cases[i].name, dyad_reader_format(r),
			         cases[i].want);
		dyad_reader_free(r);
	}
}

static void test_tabari_dates(void **state)
{
	(void)state;
	diags ds;
	dyad_reader_options o = opts_for(&ds, DYAD_INPUT_TABARI);
	o.date = "2011-11-11";
	stories *ss = new_stories();
	const char *t = "000229 D-1\na\n\n291231 D-2\nb\n\n300101 D-3\nc\n\n"
	                "991301 D-4\nd\n\n18991231\tD-5\textra\ne\n";
	read_mem("dates.text", t, strlen(t), &o, ss);
	assert_int_equal(ss->n, 5);
	assert_string_equal(ss->s[0].date, "2000-02-29");
	assert_string_equal(ss->s[1].date, "2029-12-31");
	assert_string_equal(ss->s[2].date, "1930-01-01");
	/* month 13: warned, the default date is used */
	assert_string_equal(ss->s[3].date, "2011-11-11");
	expect_diag(&ds, "bad date '991301'", "dates.text", 10,
	            DYAD_DIAG_WARNING);
	assert_string_equal(ss->s[4].date, "1899-12-31");
	assert_string_equal(ss->s[4].doc, "D-5 extra");
	assert_string_equal(ss->s[4].text, "e");
	del_stories(ss);
}

static void test_bom_and_crlf(void **state)
{
	(void)state;
	diags ds;
	dyad_reader_options o = opts_for(&ds, DYAD_INPUT_AUTO);
	stories *ss = new_stories();
	const char *t = "\xEF\xBB\xBF"
	                "950101 C-1\r\nLine one\r\nline two.\r\n\r\n"
	                "950102 C-2\r\nOther text.\r\n";
	read_mem("crlf.text", t, strlen(t), &o, ss);
	assert_int_equal(ss->format, DYAD_INPUT_TABARI);
	assert_int_equal(ss->n, 2);
	assert_string_equal(ss->s[0].doc, "C-1");
	assert_string_equal(ss->s[0].text, "Line one line two.");
	assert_string_equal(ss->s[1].text, "Other text.");
	assert_int_equal(ds.n, 0);
	del_stories(ss);
}

static void test_gzip_and_zstd(void **state)
{
	(void)state;
	size_t n, zn;
	char *lines = jsonl_lines(3000, &n);
	for (int codec = 0; codec < 2; codec++) {
		unsigned char *z = codec ? zstd_bytes(lines, n, &zn)
		                         : gzip_bytes(lines, n, &zn);
		diags ds;
		dyad_reader_options o = opts_for(&ds, DYAD_INPUT_AUTO);
		stories *ss = new_stories();
		read_mem(codec ? "big.jsonl.zst" : "big.jsonl.gz", z, zn, &o,
		         ss);
		assert_int_equal(ss->format, DYAD_INPUT_JSONL);
		assert_int_equal(ss->n, 3000);
		del_stories(ss);

		/* the same through a file, with a name that says nothing */
		char *path = temp_file(z, zn, ".bin");
		dyad_reader *r = NULL;
		o = opts_for(&ds, DYAD_INPUT_AUTO);
		assert_int_equal(dyad_reader_open(&r, path, &o), 0);
		dyad_story st;
		int count = 0, rc;
		while ((rc = dyad_reader_next(r, &st)) > 0)
			count++;
		assert_int_equal(rc, 0);
		assert_int_equal(count, 3000);
		assert_int_equal(dyad_reader_format(r), DYAD_INPUT_JSONL);
		assert_int_equal(dyad_reader_errors(r), 0);
		assert_int_equal(st.index, 2999);
		dyad_reader_free(r);
		unlink(path);
		free(path);
		free(z);
	}
	free(lines);
}

/* A zstd frame with a 64 MiB window and no content size, as `zstd --long=26`
 * makes from a pipe. */
static unsigned char *zstd_long_bytes(const void *data, size_t n,
                                      size_t *out_len)
{
	ZSTD_CCtx *c = ZSTD_createCCtx();
	assert_non_null(c);
	assert_false(ZSTD_isError(
	        ZSTD_CCtx_setParameter(c, ZSTD_c_compressionLevel, 1)));
	assert_false(
	        ZSTD_isError(ZSTD_CCtx_setParameter(c, ZSTD_c_windowLog, 26)));
	assert_false(ZSTD_isError(
	        ZSTD_CCtx_setParameter(c, ZSTD_c_enableLongDistanceMatching, 1)));
	size_t cap = ZSTD_compressBound(n) + 64;
	unsigned char *out = malloc(cap);
	assert_non_null(out);
	ZSTD_inBuffer in = {data, n, 0};
	ZSTD_outBuffer ob = {out, cap, 0};
	assert_int_equal(ZSTD_compressStream2(c, &ob, &in, ZSTD_e_continue), 0);
	assert_int_equal(ZSTD_compressStream2(c, &ob, &in, ZSTD_e_end), 0);
	ZSTD_freeCCtx(c);
	*out_len = ob.pos;
	return out;
}

/* Is a spilled zstd window (an unlinked dyad-zwin-* file) mapped? */
static int window_spilled(void)
{
	FILE *f = fopen("/proc/self/maps", "r");
	if (!f)
		return -1; /* no /proc: cannot tell */
	char line[1024];
	int found = 0;
	while (fgets(line, sizeof line, f))
		if (strstr(line, "dyad-zwin-"))
			found = 1;
	fclose(f);
	return found;
}

/* A frame whose window is larger than DYAD__SPILL_MIN decodes through the
 * spill file, byte for byte, and the file goes away with the reader. */
static void test_zstd_large_window(void **state)
{
	(void)state;
	size_t n, zn;
	char *lines = jsonl_lines(20000, &n);
	unsigned char *z = zstd_long_bytes(lines, n, &zn);
	ZSTD_frameHeader fh;
	assert_int_equal(ZSTD_getFrameHeader(&fh, z, zn), 0);
	assert_true(fh.windowSize >= ((unsigned long long)64 << 20));
	char *path = temp_file(z, zn, ".zst");
	diags ds;
	dyad_reader_options o = opts_for(&ds, DYAD_INPUT_AUTO);
	dyad_reader *r = NULL;
	assert_int_equal(dyad_reader_open(&r, path, &o), 0);
	dyad_story st;
	int count = 0, rc, spilled = 0;
	char want[160];
	while ((rc = dyad_reader_next(r, &st)) > 0) {
		snprintf(want, sizeof want,
		         "story number %d tells of talks between two towns.",
		         count);
		assert_string_equal(st.text, want);
		if (count++ == 0)
			spilled = window_spilled();
	}
	assert_int_equal(rc, 0);
	assert_int_equal(count, 20000);
	assert_int_equal(dyad_reader_errors(r), 0);
	assert_int_not_equal(spilled, 0);
	dyad_reader_free(r);
	if (spilled > 0)
		assert_int_equal(window_spilled(), 0);
	unlink(path);
	free(path);
	free(z);
	free(lines);
}

static void test_gzip_multi_member(void **state)
{
	(void)state;
	const char *a = "{\"id\":\"m1\",\"text\":\"first member\"}\n";
	const char *b = "{\"id\":\"m2\",\"text\":\"second member\"}\n";
	size_t an, bn;
	unsigned char *za = gzip_bytes(a, strlen(a), &an);
	unsigned char *zb = gzip_bytes(b, strlen(b), &bn);
	unsigned char *both = malloc(an + bn);
	memcpy(both, za, an);
	memcpy(both + an, zb, bn);
	diags ds;
	dyad_reader_options o = opts_for(&ds, DYAD_INPUT_JSONL);
	stories *ss = new_stories();
	read_mem("two.gz", both, an + bn, &o, ss);
	assert_int_equal(ss->n, 2);
	assert_string_equal(ss->s[1].doc, "m2");
	assert_int_equal(ds.n, 0);
	del_stories(ss);
	free(za);
	free(zb);
	free(both);
}

static void test_stdin(void **state)
{
	(void)state;
	const char *t = "{\"id\":\"in1\",\"text\":\"from standard input\"}\n";
	char *path = temp_file(t, strlen(t), ".in");
	int saved = dup(STDIN_FILENO);
	int fd = open(path, O_RDONLY);
	assert_true(fd >= 0 && saved >= 0);
	dup2(fd, STDIN_FILENO);
	close(fd);
	diags ds;
	dyad_reader_options o = opts_for(&ds, DYAD_INPUT_AUTO);
	stories *ss = new_stories();
	read_file("-", &o, ss);
	dup2(saved, STDIN_FILENO);
	close(saved);
	assert_int_equal(ss->format, DYAD_INPUT_JSONL);
	assert_int_equal(ss->n, 1);
	assert_string_equal(ss->s[0].doc, "in1");
	del_stories(ss);
	unlink(path);
	free(path);
}

static void test_open_errors(void **state)
{
	(void)state;
	diags ds;
	dyad_reader_options o = opts_for(&ds, DYAD_INPUT_AUTO);
	dyad_reader *r = (dyad_reader *)&ds;
	assert_int_equal(dyad_reader_open(&r, RES "no-such-file.txt", &o),
	                 DYAD_ENOTFOUND);
	assert_null(r);
	expect_diag(&ds, "cannot open", RES "no-such-file.txt", 0,
	            DYAD_DIAG_ERROR);
	o.version = 99;
	assert_int_equal(dyad_reader_open_memory(&r, "x", "", 0, &o),
	                 DYAD_EINVAL);
	o = opts_for(&ds, DYAD_INPUT_AUTO);
	o.date = "03/04/2020";
	assert_int_equal(dyad_reader_open_memory(&r, "x", "", 0, &o),
	                 DYAD_EINVAL);
	assert_int_equal(dyad_input_format_parse("tabari"), DYAD_INPUT_TABARI);
	assert_int_equal(dyad_input_format_parse("petrarch"),
	                 DYAD_INPUT_PETRARCH);
	assert_int_equal(dyad_input_format_parse("auto"), DYAD_INPUT_AUTO);
	assert_int_equal(dyad_input_format_parse("csv"), -1);
	dyad_reader_free(NULL);
	/* NULL options: the defaults */
	assert_int_equal(dyad_reader_open_memory(&r, "d.jsonl",
	                                         "{\"text\":\"x\"}", 12, NULL),
	                 0);
	stories *ss = new_stories();
	drain(r, ss);
	assert_int_equal(ss->n, 1);
	del_stories(ss);
}

/* ---- bad input -------------------------------------------------------------- */

static void test_invalid_utf8(void **state)
{
	(void)state;
	diags ds;
	dyad_reader_options o = opts_for(&ds, DYAD_INPUT_JSONL);
	stories *ss = new_stories();
	const char *t =
	        "{\"id\":\"u1\",\"text\":\"before\"}\n"
	        "{\"id\":\"u2\",\"text\":\"caf\xE9 latin-1\"}\n"
	        "{\"id\":\"u3\",\"text\":\"after \xC3\xA9t\xC3\xA9\"}\n";
	read_mem("utf8.jsonl", t, strlen(t), &o, ss);
	assert_int_equal(ss->n, 2);
	assert_string_equal(ss->s[0].doc, "u1");
	assert_string_equal(ss->s[1].doc, "u3");
	expect_diag(&ds, "invalid UTF-8 at byte 23", "utf8.jsonl", 2,
	            DYAD_DIAG_ERROR);
	assert_int_equal(ss->errors, 1);
	free_stories(ss);

	/* TABARI: the whole record is bad; surrogates and overlongs too */
	o = opts_for(&ds, DYAD_INPUT_TABARI);
	t = "950101 T-1\nGood first.\n\n950101 T-2\nBad \xED\xA0\x80 here.\n"
	    "more text\n\n950101 T-3\nOverlong \xC0\xAF.\n\n950101 T-4\nGood "
	    "last.\n";
	read_mem("utf8.text", t, strlen(t), &o, ss);
	assert_int_equal(ss->n, 2);
	assert_string_equal(ss->s[0].doc, "T-1");
	assert_string_equal(ss->s[1].doc, "T-4");
	expect_diag(&ds, "invalid UTF-8 at byte 5", "utf8.text", 5,
	            DYAD_DIAG_ERROR);
	expect_diag(&ds, "invalid UTF-8 at byte 10", "utf8.text", 9,
	            DYAD_DIAG_ERROR);
	assert_int_equal(ss->errors, 2);
	free_stories(ss);

	/* PETRARCH: the sentence holding the line is skipped */
	o = opts_for(&ds, DYAD_INPUT_PETRARCH);
	t = "<Sentence id=\"x1\"><Text>before</Text></Sentence>\n"
	    "<Sentence id=\"x2\">\n<Text>\nbad \xFE byte\n</Text>\n"
	    "</Sentence>\n<Sentence id=\"x3\"><Text>after</Text></Sentence>\n";
	read_mem("utf8.xml", t, strlen(t), &o, ss);
	assert_int_equal(ss->n, 2);
	assert_string_equal(ss->s[0].doc, "x1");
	assert_string_equal(ss->s[1].doc, "x3");
	expect_diag(&ds, "invalid UTF-8 at byte 5", "utf8.xml", 4,
	            DYAD_DIAG_ERROR);
	assert_int_equal(ss->errors, 1);
	del_stories(ss);
}

static void test_nul_bytes(void **state)
{
	(void)state;
	diags ds;
	dyad_reader_options o = opts_for(&ds, DYAD_INPUT_JSONL);
	stories *ss = new_stories();
	static const char t[] = "{\"id\":\"n1\",\"text\":\"before\"}\n"
	                        "{\"id\":\"n2\",\"text\":\"a\0b\"}\n"
	                        "{\"id\":\"n3\",\"text\":\"after\"}\n";
	read_mem("nul.jsonl", t, sizeof t - 1, &o, ss);
	assert_int_equal(ss->n, 2);
	assert_string_equal(ss->s[0].doc, "n1");
	assert_string_equal(ss->s[1].doc, "n3");
	expect_diag(&ds, "NUL byte at byte 21", "nul.jsonl", 2,
	            DYAD_DIAG_ERROR);
	assert_int_equal(ss->errors, 1);
	free_stories(ss);

	/* and an escaped NUL is refused by the JSON parser */
	o = opts_for(&ds, DYAD_INPUT_JSONL);
	const char *e = "{\"id\":\"n1\",\"text\":\"x\"}\n"
	                "{\"id\":\"n2\",\"text\":\"a\\u0000b\"}\n"
	                "{\"id\":\"n3\",\"text\":\"y\"}\n";
	read_mem("nul2.jsonl", e, strlen(e), &o, ss);
	assert_int_equal(ss->n, 2);
	expect_diag(&ds, "not JSON", "nul2.jsonl", 2, DYAD_DIAG_ERROR);
	free_stories(ss);

	/* TABARI: the record with the NUL goes, its neighbours stay */
	o = opts_for(&ds, DYAD_INPUT_TABARI);
	static const char tb[] = "950101 N-1\nbefore\n\n950101 N-2\nline\n"
	                         "x\0y\n\n950101 N-3\nafter\n";
	read_mem("nul.text", tb, sizeof tb - 1, &o, ss);
	assert_int_equal(ss->n, 2);
	assert_string_equal(ss->s[0].doc, "N-1");
	assert_string_equal(ss->s[1].doc, "N-3");
	expect_diag(&ds, "NUL byte at byte 2", "nul.text", 6, DYAD_DIAG_ERROR);
	free_stories(ss);

	/* plain text: the story is bad */
	o = opts_for(&ds, DYAD_INPUT_TEXT);
	static const char tx[] = "first line\nsecond\0line\n";
	read_mem("nul.txt", tx, sizeof tx - 1, &o, ss);
	assert_int_equal(ss->n, 0);
	expect_diag(&ds, "NUL byte at byte 7", "nul.txt", 2, DYAD_DIAG_ERROR);
	del_stories(ss);
}

static void test_long_line(void **state)
{
	(void)state;
	size_t big = 5u << 20;
	const char *head =
	        "{\"id\":\"l1\",\"text\":\"before\"}\n{\"id\":\"l2\","
	        "\"text\":\"";
	const char *tail = "\"}\n{\"id\":\"l3\",\"text\":\"after\"}\n";
	size_t hn = strlen(head), tn = strlen(tail);
	char *t = malloc(hn + big + tn);
	assert_non_null(t);
	memcpy(t, head, hn);
	memset(t + hn, 'x', big);
	memcpy(t + hn + big, tail, tn);
	diags ds;
	dyad_reader_options o = opts_for(&ds, DYAD_INPUT_JSONL);
	stories *ss = new_stories();
	read_mem("long.jsonl", t, hn + big + tn, &o, ss);
	assert_int_equal(ss->n, 2);
	assert_string_equal(ss->s[0].doc, "l1");
	assert_string_equal(ss->s[1].doc, "l3");
	assert_int_equal(ss->s[1].line, 3);
	expect_diag(&ds, "line longer than 1048576 bytes", "long.jsonl", 2,
	            DYAD_DIAG_ERROR);
	assert_int_equal(ss->errors, 1);
	free_stories(ss);

	/* TABARI: the record holding the line is skipped */
	const char *th = "950101 L-1\nbefore\n\n950101 L-2\nshort line\n";
	const char *tt = "\nlast words\n\n950101 L-3\nafter\n";
	hn = strlen(th);
	tn = strlen(tt);
	memcpy(t, th, hn);
	memset(t + hn, 'y', big);
	memcpy(t + hn + big, tt, tn);
	o = opts_for(&ds, DYAD_INPUT_TABARI);
	read_mem("long.text", t, hn + big + tn, &o, ss);
	assert_int_equal(ss->n, 2);
	assert_string_equal(ss->s[0].doc, "L-1");
	assert_string_equal(ss->s[1].doc, "L-3");
	assert_string_equal(ss->s[1].text, "after");
	expect_diag(&ds, "line longer than", "long.text", 6, DYAD_DIAG_ERROR);
	assert_int_equal(ss->errors, 1);
	free_stories(ss);

	/* plain text: the story is bad */
	o = opts_for(&ds, DYAD_INPUT_TEXT);
	read_mem("long.txt", t, hn + big + tn, &o, ss);
	assert_int_equal(ss->n, 0);
	expect_diag(&ds, "line longer than", "long.txt", 6, DYAD_DIAG_ERROR);
	del_stories(ss);
	free(t);
}

static void test_empty_input(void **state)
{
	(void)state;
	diags ds;
	dyad_reader_options o = opts_for(&ds, DYAD_INPUT_AUTO);
	stories *ss = new_stories();
	read_file(RES "empty.txt", &o, ss);
	assert_int_equal(ss->rc, 0);
	assert_int_equal(ss->n, 0);
	assert_int_equal(ss->errors, 0);
	expect_diag(&ds, "empty input", RES "empty.txt", 0, DYAD_DIAG_WARNING);
	assert_int_equal(ds.n, 1);

	/* an empty gzip stream is an empty input too */
	size_t zn;
	unsigned char *z = gzip_bytes("", 0, &zn);
	o = opts_for(&ds, DYAD_INPUT_JSONL);
	read_mem("nothing.jsonl.gz", z, zn, &o, ss);
	assert_int_equal(ss->n, 0);
	expect_diag(&ds, "empty input", "nothing.jsonl.gz", 0,
	            DYAD_DIAG_WARNING);
	free(z);

	/* a reader after an empty one works normally */
	o = opts_for(&ds, DYAD_INPUT_JSONL);
	read_mem("next.jsonl", "{\"text\":\"x\"}", 12, &o, ss);
	assert_int_equal(ss->n, 1);
	del_stories(ss);
}

static void test_binary_file(void **state)
{
	(void)state;
	unsigned char bin[8192];
	uint32_t x = 12345;
	for (size_t i = 0; i < sizeof bin; i++) {
		x = x * 1103515245u + 12345u;
		bin[i] = (i % 7 == 0) ? 0 : (unsigned char)(x >> 16);
	}
	diags ds;
	dyad_reader_options o = opts_for(&ds, DYAD_INPUT_AUTO);
	stories *ss = new_stories();
	read_mem("image.png", bin, sizeof bin, &o, ss);
	assert_int_equal(ss->rc, 0);
	assert_int_equal(ss->n, 0);
	assert_int_equal(ss->errors, 1);
	expect_diag(&ds, "binary file, not text", "image.png", 1,
	            DYAD_DIAG_ERROR);
	assert_int_equal(ds.n, 1);

	/* the same inside a gzip stream, as a file */
	size_t zn;
	unsigned char *z = gzip_bytes(bin, sizeof bin, &zn);
	char *path = temp_file(z, zn, ".jsonl.gz");
	o = opts_for(&ds, DYAD_INPUT_AUTO);
	read_file(path, &o, ss);
	assert_int_equal(ss->n, 0);
	expect_diag(&ds, "binary file", path, 1, DYAD_DIAG_ERROR);
	unlink(path);
	free(path);
	free(z);

	/* a text with a few bad bytes is not binary: lines are reported */
	o = opts_for(&ds, DYAD_INPUT_JSONL);
	static const char t[] =
	        "{\"id\":\"b1\",\"text\":\"good\"}\n\x01\x02\0\n"
	        "{\"id\":\"b2\",\"text\":\"good\"}\n";
	read_mem("few.jsonl", t, sizeof t - 1, &o, ss);
	assert_int_equal(ss->n, 2);
	expect_diag(&ds, "NUL byte at byte 3", "few.jsonl", 2, DYAD_DIAG_ERROR);
	del_stories(ss);
}

static void test_truncated_record(void **state)
{
	(void)state;
	diags ds;
	dyad_reader_options o = opts_for(&ds, DYAD_INPUT_TABARI);
	stories *ss = new_stories();
	const char *t = "950101 R-1\nbefore\n\n"
	                "950101 R-2\n\n"
	                "950101 R-3\nafter\n\n"
	                "950101 R-4\n";
	read_mem("trunc.text", t, strlen(t), &o, ss);
	assert_int_equal(ss->n, 2);
	assert_string_equal(ss->s[0].doc, "R-1");
	assert_string_equal(ss->s[1].doc, "R-3");
	expect_diag(&ds, "truncated record", "trunc.text", 4, DYAD_DIAG_ERROR);
	assert_int_equal(ds.n, 2);
	assert_int_equal(ds.d[1].line, 9);
	assert_int_equal(ss->errors, 2);
	free_stories(ss);

	/* a stray line where a header should be (a 7-digit date is a TABARI
	 * header with the ID glued on, so use 5 digits) */
	o = opts_for(&ds, DYAD_INPUT_TABARI);
	t = "950101 R-1\nbefore\n\n95011 R-2\ntext\n\n950101 R-3\nafter\n";
	read_mem("hdr.text", t, strlen(t), &o, ss);
	assert_int_equal(ss->n, 2);
	assert_string_equal(ss->s[1].doc, "R-3");
	expect_diag(&ds, "bad record header", "hdr.text", 4, DYAD_DIAG_ERROR);
	free_stories(ss);

	/* PETRARCH: input ends inside a sentence */
	o = opts_for(&ds, DYAD_INPUT_PETRARCH);
	t = "<Sentences>\n<Sentence id=\"p1\"><Text>before</Text></Sentence>\n"
	    "<Sentence id=\"p2\">\n<Text>cut short";
	read_mem("cut.xml", t, strlen(t), &o, ss);
	assert_int_equal(ss->n, 1);
	assert_string_equal(ss->s[0].doc, "p1");
	expect_diag(&ds, "truncated record", "cut.xml", 3, DYAD_DIAG_ERROR);

	/* and a sentence never closed before the next one */
	o = opts_for(&ds, DYAD_INPUT_PETRARCH);
	t = "<Sentence id=\"p1\"><Text>before</Text></Sentence>\n"
	    "<Sentence id=\"p2\"><Text>open\n"
	    "<Sentence id=\"p3\"><Text>after</Text></Sentence>\n";
	read_mem("open.xml", t, strlen(t), &o, ss);
	assert_int_equal(ss->n, 2);
	assert_string_equal(ss->s[1].doc, "p3");
	assert_string_equal(ss->s[1].text, "after");
	expect_diag(&ds, "truncated record", "open.xml", 2, DYAD_DIAG_ERROR);
	del_stories(ss);
}

static void test_not_json(void **state)
{
	(void)state;
	diags ds;
	dyad_reader_options o = opts_for(&ds, DYAD_INPUT_JSONL);
	stories *ss = new_stories();
	const char *t = "{\"id\":\"j1\",\"text\":\"before\"}\n"
	                "foo\n"
	                "{\"id\":\"j2\",\"text\":\"unterminated}\n"
	                "{\"id\":\"j3\",\"text\":\"after\"}\n";
	read_mem("bad.jsonl", t, strlen(t), &o, ss);
	assert_int_equal(ss->n, 2);
	assert_string_equal(ss->s[0].doc, "j1");
	assert_string_equal(ss->s[1].doc, "j3");
	assert_int_equal(ss->s[1].line, 4);
	expect_diag(&ds, "not JSON: '[' or '{' expected near 'foo' (column",
	            "bad.jsonl", 2, DYAD_DIAG_ERROR);
	assert_int_equal(ds.n, 2);
	assert_int_equal(ds.d[1].line, 3);
	assert_non_null(strstr(ds.d[1].msg, "not JSON: "));
	assert_int_equal(ss->errors, 2);
	del_stories(ss);
}

/* Truncated compressed stream: codec 0 gzip, 1 zstd. */
static void truncated_stream(int codec)
{
	size_t n, zn;
	char *lines = jsonl_lines(20000, &n);
	unsigned char *z =
	        codec ? zstd_bytes(lines, n, &zn) : gzip_bytes(lines, n, &zn);
	const char *name = codec ? "cut.jsonl.zst" : "cut.jsonl.gz";
	for (int as_file = 0; as_file < 2; as_file++) {
		diags ds;
		dyad_reader_options o = opts_for(&ds, DYAD_INPUT_AUTO);
		dyad_reader *r = NULL;
		char *path = NULL;
		if (as_file) {
			path = temp_file(z, zn / 2, codec ? ".zst" : ".gz");
			assert_int_equal(dyad_reader_open(&r, path, &o), 0);
		} else {
			assert_int_equal(dyad_reader_open_memory(&r, name, z,
			                                         zn / 2, &o),
			                 0);
		}
		dyad_story st;
		int count = 0, rc;
		char want[128];
		while ((rc = dyad_reader_next(r, &st)) > 0) {
			/* every story delivered is whole */
			snprintf(want, sizeof want,
			         "story number %d tells of talks "
			         "between two towns.",
			         count);
			assert_string_equal(st.text, want);
			count++;
		}
		assert_int_equal(rc, 0);
		assert_true(count > 1000 && count < 20000);
		assert_int_equal(dyad_reader_errors(r), 1);
		assert_int_equal(ds.n, 1);
		assert_non_null(strstr(ds.d[0].msg, codec ? "zstd" : "gzip"));
		assert_string_equal(ds.d[0].file, as_file ? path : name);
		/* the line where the data stopped: the one after the last story */
		assert_int_equal(ds.d[0].line, (unsigned long)count + 1);
		dyad_reader_free(r);
		if (path) {
			unlink(path);
			free(path);
		}
	}
	free(z);
	free(lines);
}

static void test_truncated_gzip(void **state)
{
	(void)state;
	truncated_stream(0);

	/* a small stream missing its trailer: the stories are all there */
	const char *t = "{\"id\":\"g1\",\"text\":\"one\"}\n"
	                "{\"id\":\"g2\",\"text\":\"two\"}\n";
	size_t zn;
	unsigned char *z = gzip_bytes(t, strlen(t), &zn);
	diags ds;
	dyad_reader_options o = opts_for(&ds, DYAD_INPUT_AUTO);
	stories *ss = new_stories();
	read_mem("small.jsonl.gz", z, zn - 4, &o, ss);
	assert_int_equal(ss->n, 2);
	assert_string_equal(ss->s[1].doc, "g2");
	expect_diag(&ds, "truncated gzip stream", "small.jsonl.gz", 3,
	            DYAD_DIAG_ERROR);
	assert_int_equal(ss->errors, 1);
	del_stories(ss);
	free(z);
}

static void test_truncated_zstd(void **state)
{
	(void)state;
	truncated_stream(1);
}

static void test_corrupt_gzip(void **state)
{
	(void)state;
	size_t n, zn;
	char *lines = jsonl_lines(500, &n);
	unsigned char *z = gzip_bytes(lines, n, &zn);
	/* a wrong CRC: every story arrives, then the check fails */
	z[zn - 6] ^= 0x5a;
	diags ds;
	dyad_reader_options o = opts_for(&ds, DYAD_INPUT_JSONL);
	stories *ss = new_stories();
	read_mem("crc.gz", z, zn, &o, ss);
	assert_int_equal(ss->n, 500);
	assert_int_equal(ss->errors, 1);
	expect_diag(&ds, "corrupt gzip stream: incorrect data check", "crc.gz",
	            501, DYAD_DIAG_ERROR);
	free_stories(ss);
	z[zn - 6] ^= 0x5a;

	/* garbage after the gzip data */
	unsigned char *g = malloc(zn + 16);
	memcpy(g, z, zn);
	memset(g + zn, 'G', 16);
	o = opts_for(&ds, DYAD_INPUT_JSONL);
	read_mem("tail.gz", g, zn + 16, &o, ss);
	assert_int_equal(ss->n, 500);
	expect_diag(&ds, "trailing garbage after gzip data", "tail.gz", 501,
	            DYAD_DIAG_ERROR);
	del_stories(ss);
	free(g);
	free(z);
	free(lines);
}

static void test_max_story(void **state)
{
	(void)state;
	diags ds;
	dyad_reader_options o = opts_for(&ds, DYAD_INPUT_TEXT);
	o.max_story = 64;
	stories *ss = new_stories();
	char t[400];
	memset(t, 'w', sizeof t);
	for (size_t i = 50; i < sizeof t; i += 50)
		t[i] = '\n';
	read_mem("huge.txt", t, sizeof t, &o, ss);
	assert_int_equal(ss->n, 0);
	expect_diag(&ds, "story longer than 64 bytes", "huge.txt", 2,
	            DYAD_DIAG_ERROR);
	free_stories(ss);

	/* TABARI: only the big record is dropped */
	o = opts_for(&ds, DYAD_INPUT_TABARI);
	o.max_story = 64;
	const char *tb = "950101 M-1\nsmall\n\n950101 M-2\n"
	                 "0123456789012345678901234567890123456789\n"
	                 "0123456789012345678901234567890123456789\n\n"
	                 "950101 M-3\nsmall too\n";
	read_mem("huge.text", tb, strlen(tb), &o, ss);
	assert_int_equal(ss->n, 2);
	assert_string_equal(ss->s[1].doc, "M-3");
	expect_diag(&ds, "story longer than 64 bytes", "huge.text", 6,
	            DYAD_DIAG_ERROR);
	del_stories(ss);
}

static void test_no_diag_callback(void **state)
{
	(void)state;
	dyad_reader_options o = DYAD_READER_OPTIONS_INIT;
	o.format = DYAD_INPUT_JSONL;
	stories *ss = new_stories();
	const char *t = "nope\n{\"text\":\"ok\"}\n";
	read_mem("quiet.jsonl", t, strlen(t), &o, ss);
	assert_int_equal(ss->n, 1);
	assert_int_equal(ss->errors, 1);
	del_stories(ss);
}

/* One thread's work: read its own gzip'ed JSONL and count stories. */
static void *reader_thread(void *arg)
{
	int *count = arg;
	size_t n, zn;
	char *lines = jsonl_lines(2000, &n);
	unsigned char *z = gzip_bytes(lines, n, &zn);
	dyad_reader *r = NULL;
	if (dyad_reader_open_memory(&r, "thread.jsonl.gz", z, zn, NULL) == 0) {
		dyad_story st;
		while (dyad_reader_next(r, &st) > 0)
			if (strncmp(st.text, "story number ", 13) == 0)
				(*count)++;
		dyad_reader_free(r);
	}
	free(z);
	free(lines);
	return NULL;
}

static void test_threads(void **state)
{
	(void)state;
	pthread_t th[4];
	int counts[4] = {0, 0, 0, 0};
	for (int i = 0; i < 4; i++)
		assert_int_equal(
		        pthread_create(&th[i], NULL, reader_thread, &counts[i]), 0);
	for (int i = 0; i < 4; i++) {
		pthread_join(th[i], NULL);
		assert_int_equal(counts[i], 2000);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_file),
		cmocka_unit_test(test_text_memory_name_and_date),
		cmocka_unit_test(test_tabari_file),
		cmocka_unit_test(test_tabari_comment_recovery),
		cmocka_unit_test(test_jsonl_file),
		cmocka_unit_test(test_jsonl_field_problems),
		cmocka_unit_test(test_petrarch_file),
		cmocka_unit_test(test_petrarch_memory_variants),
		cmocka_unit_test(test_auto_detect),
		cmocka_unit_test(test_tabari_dates),
		cmocka_unit_test(test_bom_and_crlf),
		cmocka_unit_test(test_gzip_and_zstd),
		cmocka_unit_test(test_zstd_large_window),
		cmocka_unit_test(test_gzip_multi_member),
		cmocka_unit_test(test_stdin),
		cmocka_unit_test(test_open_errors),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_nul_bytes),
		cmocka_unit_test(test_long_line),
		cmocka_unit_test(test_empty_input),
		cmocka_unit_test(test_binary_file),
		cmocka_unit_test(test_truncated_record),
		cmocka_unit_test(test_not_json),
		cmocka_unit_test(test_truncated_gzip),
		cmocka_unit_test(test_truncated_zstd),
		cmocka_unit_test(test_corrupt_gzip),
		cmocka_unit_test(test_max_story),
		cmocka_unit_test(test_no_diag_callback),
		cmocka_unit_test(test_threads),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
