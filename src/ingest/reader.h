/*
 * ingest/reader.h — the reader object shared by the format parsers
 * (internal). reader.c owns the public API, the byte and line layers and
 * format detection; fmt_*.c hold one parser each, all working on the
 * struct below through the helpers declared here.
 */
#ifndef DYAD_INGEST_READER_H
#define DYAD_INGEST_READER_H

#include <stddef.h>

#include <jansson.h>

#include "dyad/ingest.h"
#include "ingest/lines.h"
#include "ingest/source.h"
#include "util/arena.h"
#include "util/buf.h"

/* TABARI parser state kept between records. */
typedef struct dyad__tabari {
	int seen_header; /* a record header was met: banners are over */
} dyad__tabari;

/* PETRARCH XML scanner state: where it stopped inside the current line. */
typedef struct dyad__xml {
	dyad__line line;        /* current line */
	size_t pos;             /* next byte of line to scan */
	int have_line;          /* line holds unscanned bytes */
	int line_bad;           /* the current line had a problem (reported) */
	int mode;               /* XML_* in fmt_petrarch.c */
	dyad_buf tag;           /* the tag being read, "<" ... ">" */
	char quote;             /* inside a quoted attribute value of tag */
	int tag_over;           /* the tag was longer than the limit */
	unsigned long tag_line; /* line where the tag started */
	int tag_bad;            /* the tag touched a bad line */
	/* the sentence being collected */
	int in_sentence;
	int in_text;
	int bad;              /* problem reported: skip it */
	int texts;            /* number of <Text> elements seen */
	int space;            /* a whitespace run is pending in text */
	int has_expect;       /* an <EventCoding> was seen */
	unsigned long s_line; /* line of <Sentence> */
	dyad_buf id, date;
} dyad__xml;

struct dyad_reader {
	char *name;     /* input name as given */
	char *doc_base; /* name without directory, .gz/.zst and extension */
	dyad_input_format format;
	char date_opt[11]; /* options->date, "" when none */
	size_t max_line, max_story;
	dyad_diag_fn diag;
	void *diag_ud;

	unsigned long errors; /* error diagnostics so far */
	unsigned long index;  /* stories delivered */
	int started;          /* detection done */
	int done;             /* no more stories */
	int fatal;            /* the error code returned once done by failure */
	int src_failed;       /* the input ended on a source error: a record
	                         in progress is incomplete and dropped */

	dyad__src src;
	dyad__lines lr;
	dyad_arena arena; /* small strings of the current story */
	dyad_buf text;    /* story text */
	dyad_buf expect;  /* story expectations */
	json_t *json;     /* JSONL: the current record */

	dyad__tabari tab;
	dyad__xml xml;
};

/* Report a problem at `line` of the input; errors are counted. */
void dyad__rd_diag(dyad_reader *r, dyad_diag_level level, unsigned long line,
                   const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/*
 * Next line from the line layer. 1 and *ln filled; 0 at the end of input
 * (a truncated or corrupt compressed stream is reported here and ends the
 * input); a negative DYAD_E* code on an I/O error (reported, fatal).
 */
int dyad__rd_line(dyad_reader *r, dyad__line *ln);
/* Report what is wrong with a bad line (ln->bad != DYAD__LINE_OK). */
void dyad__rd_bad_line(dyad_reader *r, const dyad__line *ln);
/* Start a new story: reset the arena and the text/expect buffers. */
void dyad__rd_reset_story(dyad_reader *r);
/* Fill the fields common to every story; doc may be NULL (file:line). */
int dyad__rd_fill(dyad_reader *r, dyad_story *s, const char *doc,
                  const char *date, const char *title, unsigned long line);

/* Is c one of the ASCII white-space bytes (space, \t, \n, \v, \f, \r)? */
static inline int dyad__is_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/*
 * Normalise a date into out[11] ("YYYY-MM-DD"): "YYYY-MM-DD", "YYYYMMDD",
 * and with yy_ok "YYMMDD" (YY <= 29 is 20YY, else 19YY). Returns 0, or -1
 * when p[0..n) is not such a date (month 01-12, day 01-31).
 */
int dyad__date_norm(char out[11], const char *p, size_t n, int yy_ok);

/* The format parsers: same contract as dyad_reader_next(). */
int dyad__text_next(dyad_reader *r, dyad_story *s);
int dyad__tabari_next(dyad_reader *r, dyad_story *s);
int dyad__jsonl_next(dyad_reader *r, dyad_story *s);
int dyad__petrarch_next(dyad_reader *r, dyad_story *s);
/* Is the line a TABARI record header ("YYMMDD ID" or "YYYYMMDD ID")? */
int dyad__tabari_is_header(const char *p, size_t n);
void dyad__petrarch_free(dyad_reader *r);

#endif
