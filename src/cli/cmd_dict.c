/*
 * cli/cmd_dict.c — `dyad dict check`: load dictionaries, report malformed
 * entries with file:line and print counts per category.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

static const char help[] =
	"usage: dyad dict check [options]\n"
	"\n"
	"Load dictionaries, print every malformed entry as FILE:LINE, then the\n"
	"number of entries per category and the number of warnings.\n"
	"\n"
	"options:\n"
	"  -d, --dict PATH   dictionary or .project file; repeatable. Default: dyad's\n"
	"                    own dictionaries\n"
	"  -q, --quiet       print only the counts\n"
	"  -h, --help        show this help\n"
	"\n"
	"exit status: 0 no warnings, 1 warnings, 2 usage error, 3 system error.\n";

int cmd_dict(int argc, char **argv)
{
	static const struct option longopts[] = {{"dict", required_argument, NULL, 'd'},
	                                         {"quiet", no_argument, NULL, 'q'},
	                                         {"help", no_argument, NULL, 'h'},
	                                         {NULL, 0, NULL, 0}};
	const char *dicts[64];
	int ndicts = 0;
	cli_diag d = {0};
	int c;
	optind = 1;
	opterr = 0;
	if (argc >= 2 && (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help"))) {
		fputs(help, stdout);
		return EXIT_OK;
	}
	if (argc < 2 || strcmp(argv[1], "check") != 0) {
		fprintf(stderr, "dyad dict: expected the subcommand 'check'\n\n%s", help);
		return EXIT_USAGE;
	}
	argv++;
	argc--;
	while ((c = getopt_long(argc, argv, "d:qh", longopts, NULL)) != -1) {
		switch (c) {
		case 'd':
			if (ndicts == 64) {
				fprintf(stderr, "dyad dict: at most 64 --dict options\n");
				return EXIT_USAGE;
			}
			dicts[ndicts++] = optarg;
			break;
		case 'q': d.quiet = 1; break;
		case 'h': fputs(help, stdout); return EXIT_OK;
		default:
			fprintf(stderr, "dyad dict: unknown or incomplete option '%s'\n\n%s", argv[optind - 1], help);
			return EXIT_USAGE;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "dyad dict check: unexpected argument '%s'\n", argv[optind]);
		return EXIT_USAGE;
	}
	int rc;
	dyad_lexicon *lx = cli_load_lexicon(dicts, ndicts, &d, &rc);
	if (!lx)
		return rc;
	dyad_lexicon_stats st;
	dyad_lexicon_get_stats(lx, &st);
	printf("actors\t%lu\nagents\t%lu\nnouns\t%lu\nadjectives\t%lu\nverbs\t%lu\npatterns\t%lu\n"
	       "synsets\t%lu\ntime\t%lu\nattribution\t%lu\nwarnings\t%lu\n",
	       st.actors, st.agents, st.nouns, st.adjectives, st.verbs, st.patterns, st.synsets,
	       st.time_phrases, st.attrib_phrases, st.warnings);
	dyad_lexicon_free(lx);
	return st.warnings ? EXIT_DATA : EXIT_OK;
}
