/*
 * cli/common.c — diagnostics and dictionary loading shared by the
 * subcommands.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"

void cli_diag_print(void *ud, dyad_diag_level level, const char *file, unsigned long line,
                    const char *msg)
{
	cli_diag *d = ud;
	if (level == DYAD_DIAG_ERROR)
		d->errors++;
	else
		d->warnings++;
	if (level == DYAD_DIAG_WARNING && d->quiet)
		return;
	if (level == DYAD_DIAG_WARNING && d->max_shown && d->shown >= d->max_shown) {
		if (d->shown == d->max_shown)
			fprintf(stderr, "dyad: (further warnings not shown; see the count at the end)\n");
		d->shown++;
		return;
	}
	if (level == DYAD_DIAG_WARNING)
		d->shown++;
	const char *what = level == DYAD_DIAG_ERROR ? "error" : "warning";
	if (file && line)
		fprintf(stderr, "dyad: %s:%lu: %s: %s\n", file, line, what, msg);
	else if (file)
		fprintf(stderr, "dyad: %s: %s: %s\n", file, what, msg);
	else
		fprintf(stderr, "dyad: %s: %s\n", what, msg);
}

static int exists(const char *p) { return access(p, R_OK) == 0; }

int cli_default_project(char *buf, size_t n)
{
	const char *env = getenv("DYAD_DATA_DIR");
	if (env && *env) {
		snprintf(buf, n, "%s/dyad.project", env);
		if (exists(buf))
			return 0;
	}
#ifdef DYAD_DATA_DIR_BUILD
	snprintf(buf, n, "%s/dyad.project", DYAD_DATA_DIR_BUILD);
	if (exists(buf))
		return 0;
#endif
	char exe[PATH_MAX];
	ssize_t k = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (k > 0) {
		exe[k] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			snprintf(buf, n, "%s/../share/dyad/dyad.project", exe);
			if (exists(buf))
				return 0;
			snprintf(buf, n, "%s/../data/dyad.project", exe);
			if (exists(buf))
				return 0;
		}
	}
	return -1;
}

dyad_lexicon *cli_load_lexicon(const char *const *dicts, int ndicts, cli_diag *d, int *rc)
{
	dyad_lexicon *lx;
	*rc = EXIT_OK;
	if (dyad_lexicon_new(&lx, cli_diag_print, d) != 0) {
		fprintf(stderr, "dyad: out of memory\n");
		*rc = EXIT_SYSTEM;
		return NULL;
	}
	char def[PATH_MAX];
	const char *one[1];
	if (ndicts == 0) {
		if (cli_default_project(def, sizeof def) != 0) {
			fprintf(stderr, "dyad: the default dictionaries were not found; set DYAD_DATA_DIR "
			                "or name dictionaries with --dict\n");
			dyad_lexicon_free(lx);
			*rc = EXIT_SYSTEM;
			return NULL;
		}
		one[0] = def;
		dicts = one;
		ndicts = 1;
	}
	for (int i = 0; i < ndicts; i++) {
		int r = dyad_lexicon_add_file(lx, dicts[i], DYAD_DICT_AUTO);
		if (r == DYAD_ENOTFOUND || r == DYAD_EIO) {
			dyad_lexicon_free(lx);
			*rc = EXIT_SYSTEM;
			return NULL;
		}
		if (r == DYAD_EINVAL) {
			dyad_lexicon_free(lx);
			*rc = EXIT_USAGE;
			return NULL;
		}
	}
	if (dyad_lexicon_finish(lx) != 0) {
		fprintf(stderr, "dyad: out of memory\n");
		dyad_lexicon_free(lx);
		*rc = EXIT_SYSTEM;
		return NULL;
	}
	return lx;
}

int cli_valid_date(const char *s)
{
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return 0;
	int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
	if (y < 1 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return 0;
	if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 0;
	return 1;
}
