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

dyad_lexicon *cli_load_lexicon(const char *const *dicts, int ndicts, cli_diag *d, int *rc,
                               int use_cache)
{
	dyad_lexicon *lx;
	*rc = EXIT_OK;
	char def[PATH_MAX];
	const char *one[1];
	if (ndicts == 0) {
		if (cli_default_project(def, sizeof def) != 0) {
			fprintf(stderr, "dyad: the default dictionaries were not found; set DYAD_DATA_DIR "
			                "or name dictionaries with --dict\n");
			*rc = EXIT_SYSTEM;
			return NULL;
		}
		one[0] = def;
		dicts = one;
		ndicts = 1;
	}
	/* a compiled image given directly */
	if (ndicts == 1) {
		size_t l = strlen(dicts[0]);
		if (l > 4 && !strcmp(dicts[0] + l - 4, ".img")) {
			int r = dyad_lexicon_open(&lx, dicts[0], cli_diag_print, d);
			if (r != 0) {
				fprintf(stderr, "dyad: %s: %s\n", dicts[0],
				        r == DYAD_EFORMAT ? "not a dictionary image of this dyad version"
				                          : dyad_strerror(r));
				*rc = EXIT_SYSTEM;
				return NULL;
			}
			return lx;
		}
	}
	int r;
	if (use_cache) {
		int cached;
		r = dyad_lexicon_load(&lx, dicts, (size_t)ndicts, cli_diag_print, d, &cached);
		d->cached = cached;
		if (r == 0 && cached) {
			dyad_lexicon_stats st;
			dyad_lexicon_get_stats(lx, &st);
			d->warnings += st.warnings;
		}
	} else {
		r = dyad_lexicon_new(&lx, cli_diag_print, d);
		for (int i = 0; r == 0 && i < ndicts; i++) {
			r = dyad_lexicon_add_file(lx, dicts[i], DYAD_DICT_AUTO);
			if (r && r != DYAD_ENOTFOUND && r != DYAD_EIO && r != DYAD_EINVAL && r != DYAD_ENOMEM)
				r = 0;
		}
		if (r == 0)
			r = dyad_lexicon_finish(lx);
		else
			dyad_lexicon_free(lx);
	}
	if (r != 0) {
		if (r == DYAD_ENOMEM)
			fprintf(stderr, "dyad: out of memory\n");
		*rc = r == DYAD_EINVAL ? EXIT_USAGE : EXIT_SYSTEM;
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
