/*
 * cli/cli.h — helpers shared by the dyad subcommands. The CLI uses only the
 * public headers of libdyad.
 *
 * Exit codes (docs/cli/dyad.md, EXIT STATUS):
 *   0 success; 1 some input was bad or missing (reported, the rest was
 *   processed); 2 usage error; 3 system error (dictionaries that cannot be
 *   read, output that cannot be written, out of memory).
 */
#ifndef DYAD_CLI_H
#define DYAD_CLI_H

#include <stdio.h>

#include "dyad.h"

enum { EXIT_OK = 0, EXIT_DATA = 1, EXIT_USAGE = 2, EXIT_SYSTEM = 3 };

typedef struct cli_diag {
	int quiet;                /* suppress warnings (errors still print) */
	unsigned long warnings;
	unsigned long errors;
	unsigned long shown;      /* warnings printed so far */
	unsigned long max_shown;  /* 0 = no limit */
	int cached;               /* the lexicon came from the image cache */
} cli_diag;

/* dyad_diag_fn printing "dyad: FILE:LINE: warning: MSG" on stderr. */
void cli_diag_print(void *ud, dyad_diag_level level, const char *file, unsigned long line,
                    const char *msg);

/*
 * Load dictionaries: every path in dicts (files or .project files); none
 * means the default dictionaries (DYAD_DATA_DIR, else the source tree's
 * data/ at build time, else ../share/dyad next to the executable). One
 * path ending in .img is a compiled image. use_cache: go through the
 * compiled-image cache (dyad_lexicon_load). Returns the lexicon or NULL
 * (message printed); *rc gets the exit code.
 */
dyad_lexicon *cli_load_lexicon(const char *const *dicts, int ndicts, cli_diag *d, int *rc,
                               int use_cache);

/* The default project path into buf; 0 or -1 when not found. */
int cli_default_project(char *buf, size_t n);

/* 1 when s is a real calendar date YYYY-MM-DD. */
int cli_valid_date(const char *s);

int cmd_code(int argc, char **argv);
int cmd_validate(int argc, char **argv);
int cmd_dict(int argc, char **argv);

#endif
