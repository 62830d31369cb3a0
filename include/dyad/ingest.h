/*
 * dyad/ingest.h — story readers.
 *
 * A reader turns one input (a file, standard input or a memory block) into a
 * stream of stories. Formats:
 *   - DYAD_INPUT_TEXT: the whole input is one story; doc = file name without
 *     directory and extension; date from options->date, else from a leading
 *     line "date YYYY-MM-DD" (which is then not part of the text), else NULL.
 *   - DYAD_INPUT_TABARI: TABARI records: a "YYMMDD ID" line, then text up
 *     to a blank line. Text inside slash-star ... star-slash comments is not
 *     story text; it is returned in `expect` (validation expectations).
 *   - DYAD_INPUT_JSONL: one JSON object per line with "id", "date", "title",
 *     "text"; doc = id.
 *   - DYAD_INPUT_PETRARCH: PETRARCH validation XML (<Sentence id date>,
 *     <Text>, <EventCoding>); parse trees are ignored; doc = Sentence id;
 *     `expect` holds one "{ SRC / TGT / CODE }" line per EventCoding.
 *   - DYAD_INPUT_AUTO: chosen from the file name (.jsonl, .xml, .txt ...)
 *     and, failing that, from the first bytes. Inputs ending in .gz or .zst
 *     are decompressed on the fly whatever the format.
 *
 * Bad input never stops a reader: a record that is not valid (invalid
 * UTF-8, NUL bytes, a line longer than max_line, a truncated record, a JSONL
 * line that is not JSON ...) is reported through the diagnostic callback
 * with file and line, counted, and skipped; the next good record follows.
 * Only an I/O failure of the input as a whole ends the stream early.
 */
#ifndef DYAD_INGEST_H
#define DYAD_INGEST_H

#include "dyad/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
	DYAD_INPUT_AUTO = 0,
	DYAD_INPUT_TEXT,
	DYAD_INPUT_TABARI,
	DYAD_INPUT_JSONL,
	DYAD_INPUT_PETRARCH
} dyad_input_format;

/*
 * One story. Every pointer is borrowed from the reader and stays valid
 * until the next dyad_reader_next() or dyad_reader_free() on that reader.
 * Strings are valid UTF-8 without NUL bytes, and NUL-terminated as well.
 */
typedef struct dyad_story {
	const char *doc;     /* identifier */
	const char *date;    /* "YYYY-MM-DD", or NULL when unknown */
	const char *title;   /* NULL when none */
	const char *text;    /* body text */
	size_t text_len;
	const char *expect;  /* validation annotations, or NULL */
	const char *file;    /* input name as given ("-" for stdin) */
	unsigned long line;  /* 1-based line where the record starts */
	unsigned long index; /* 0-based number of the story in this input */
} dyad_story;

typedef struct dyad_reader dyad_reader;

typedef struct dyad_reader_options {
	int version;              /* DYAD_READER_OPTIONS_VERSION */
	dyad_input_format format; /* DYAD_INPUT_AUTO by default */
	const char *date;         /* default story date "YYYY-MM-DD" or NULL */
	size_t max_line;          /* longest accepted line, bytes (default 1 MiB) */
	size_t max_story;         /* longest accepted story, bytes (default 16 MiB) */
	dyad_diag_fn diag;        /* may be NULL: problems are then only counted */
	void *diag_ud;
} dyad_reader_options;

#define DYAD_READER_OPTIONS_VERSION 1
#define DYAD_READER_OPTIONS_INIT                                               \
	{DYAD_READER_OPTIONS_VERSION, DYAD_INPUT_AUTO, NULL, (size_t)1 << 20,      \
	 (size_t)16 << 20, NULL, NULL}

/*
 * Open a reader on a file; path "-" reads standard input. opts may be NULL
 * for the defaults. Returns 0, DYAD_ENOTFOUND / DYAD_EIO when the file can't
 * be opened (message through diag as well), DYAD_EINVAL for bad options.
 * The reader owns its buffers; free it with dyad_reader_free().
 */
DYAD_EXTERN int dyad_reader_open(dyad_reader **out, const char *path,
                                 const dyad_reader_options *opts);

/* The same over a memory block, which must outlive the reader. `name` is
 * used in diagnostics and for the doc id of a plain-text story. */
DYAD_EXTERN int dyad_reader_open_memory(dyad_reader **out, const char *name,
                                        const void *data, size_t len,
                                        const dyad_reader_options *opts);

/*
 * Next good story: 1 and *story filled; 0 at the end of input; a negative
 * code on a fatal I/O error (reported through diag).
 */
DYAD_EXTERN int dyad_reader_next(dyad_reader *r, dyad_story *story);

/* Number of bad records reported so far. */
DYAD_EXTERN unsigned long dyad_reader_errors(const dyad_reader *r);

/* The format in use (after auto-detection, once the first story is read). */
DYAD_EXTERN dyad_input_format dyad_reader_format(const dyad_reader *r);

DYAD_EXTERN void dyad_reader_free(dyad_reader *r);

/* Parse a format name ("auto", "text", "tabari", "jsonl", "petrarch");
 * returns -1 for an unknown name. */
DYAD_EXTERN int dyad_input_format_parse(const char *name);

#ifdef __cplusplus
}
#endif
#endif
