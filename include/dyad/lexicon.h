/*
 * dyad/lexicon.h — dictionaries.
 *
 * A lexicon holds actors, agents, nouns, adjectives, verbs with their
 * patterns, synonym sets, time-shift and attribution phrases, and coding
 * options. It reads TABARI 0.8.4 dictionary files (.actors, .agents,
 * .verbs, .options and the .project files that name them) plus the
 * extensions described in docs/dictionaries.md.
 *
 * Life cycle: dyad_lexicon_new(), any number of dyad_lexicon_add_*() and
 * dyad_lexicon_load_project() calls, then dyad_lexicon_finish(). After
 * finish the lexicon is read-only: any number of threads may code with it
 * at once. A malformed entry is reported through the diagnostic callback
 * with file and line, counted as a warning and skipped; loading never
 * stops for it.
 */
#ifndef DYAD_LEXICON_H
#define DYAD_LEXICON_H

#include "dyad/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct dyad_lexicon dyad_lexicon;

typedef enum {
	DYAD_DICT_AUTO = 0, /* from the file name: .actors .agents .verbs .options .project */
	DYAD_DICT_ACTORS,
	DYAD_DICT_AGENTS,
	DYAD_DICT_VERBS,
	DYAD_DICT_OPTIONS,
	DYAD_DICT_PROJECT
} dyad_dict_kind;

/* Counts of what a lexicon holds. */
typedef struct dyad_lexicon_stats {
	unsigned long actors;     /* actor phrases (names and synonyms) */
	unsigned long agents;
	unsigned long nouns;
	unsigned long adjectives;
	unsigned long verbs;      /* verb phrases: roots and their forms */
	unsigned long patterns;   /* verb patterns */
	unsigned long time_phrases;
	unsigned long attrib_phrases;
	unsigned long synsets;
	unsigned long warnings;   /* malformed entries skipped, and other warnings */
	unsigned long files;
} dyad_lexicon_stats;

/* A new empty lexicon. diag (may be NULL) receives every warning. */
DYAD_EXTERN int dyad_lexicon_new(dyad_lexicon **out, dyad_diag_fn diag, void *diag_ud);

/*
 * Read one dictionary file. Returns 0 when the file was read (even with
 * warnings), DYAD_ENOTFOUND / DYAD_EIO when it could not be opened,
 * DYAD_EINVAL after dyad_lexicon_finish(). A .project file loads the files
 * it names, relative to its own directory.
 */
DYAD_EXTERN int dyad_lexicon_add_file(dyad_lexicon *lx, const char *path, dyad_dict_kind kind);

/* The same from memory; name is used in messages. */
DYAD_EXTERN int dyad_lexicon_add_memory(dyad_lexicon *lx, const char *name, const char *data,
                                        size_t len, dyad_dict_kind kind);

/* Sort and index everything. Must be called once before coding. */
DYAD_EXTERN int dyad_lexicon_finish(dyad_lexicon *lx);

DYAD_EXTERN void dyad_lexicon_get_stats(const dyad_lexicon *lx, dyad_lexicon_stats *st);

DYAD_EXTERN void dyad_lexicon_free(dyad_lexicon *lx);

/*
 * Load dictionaries the fast way: the files (and .project files) in paths
 * are compiled once into a binary image kept in a cache directory
 * ($DYAD_CACHE_DIR, else $XDG_CACHE_HOME/dyad, else ~/.cache/dyad;
 * DYAD_CACHE_DIR=none turns the cache off) and later opened with mmap. The
 * image is rebuilt whenever a source file changes (size or modification
 * time) or dyad's version does. Warnings are reported only when the sources
 * are read; a cached lexicon keeps their count. *from_cache (may be NULL)
 * tells which happened. The result is finished and read-only.
 */
DYAD_EXTERN int dyad_lexicon_load(dyad_lexicon **out, const char *const *paths, size_t n,
                                  dyad_diag_fn diag, void *diag_ud, int *from_cache);

/* Write a finished lexicon as a compiled image (dyad dict compile). */
DYAD_EXTERN int dyad_lexicon_save(const dyad_lexicon *lx, const char *path);

/* Open a compiled image written by dyad_lexicon_save() by this version of
 * dyad on this kind of machine; DYAD_EFORMAT otherwise. */
DYAD_EXTERN int dyad_lexicon_open(dyad_lexicon **out, const char *path, dyad_diag_fn diag,
                                  void *diag_ud);

/*
 * The path of the <textfile> a TABARI .project file names, resolved
 * relative to the project's directory, written to buf (NUL-terminated).
 * Returns 0, DYAD_ENOTFOUND when the project names no text file or can't
 * be read, DYAD_EINVAL when buf is too small.
 */
DYAD_EXTERN int dyad_project_textfile(const char *project, char *buf, size_t bufsize);

#ifdef __cplusplus
}
#endif
#endif
