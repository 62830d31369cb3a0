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
	"       dyad dict compile [options] -o FILE.img\n"
	"\n"
	"check: load dictionaries, print every malformed entry as FILE:LINE, then\n"
	"the number of entries per category and the number of warnings.\n"
	"\n"
	"compile: load dictionaries and write them as a compiled image that\n"
	"'dyad code -d FILE.img' opens with mmap. (dyad code already keeps\n"
	"compiled images of the dictionaries it loads in a cache, rebuilt when a\n"
	"source file changes; see DYAD_CACHE_DIR in dyad(1).)\n"
	"\n"
	"options:\n"
	"  -d, --dict PATH   dictionary or .project file; repeatable. Default: dyad's\n"
	"                    own dictionaries\n"
	"  -o, --output FILE the image to write (compile)\n"
	"  -q, --quiet       print only the counts\n"
	"  -h, --help        show this help\n"
	"\n"
	"exit status: 0 no warnings, 1 warnings, 2 usage error, 3 system error.\n";

int cmd_dict(int argc, char **argv)
{
	static const struct option longopts[] = {{"dict", required_argument, NULL, 'd'},
	                                         {"output", required_argument, NULL, 'o'},
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
	if (argc < 2 || (strcmp(argv[1], "check") != 0 && strcmp(argv[1], "compile") != 0)) {
		fprintf(stderr, "dyad dict: expected the subcommand 'check' or 'compile'\n\n%s", help);
		return EXIT_USAGE;
	}
	int compile = !strcmp(argv[1], "compile");
	const char *output = NULL;
	argv++;
	argc--;
	while ((c = getopt_long(argc, argv, "d:o:qh", longopts, NULL)) != -1) {
		switch (c) {
		case 'd':
			if (ndicts == 64) {
				fprintf(stderr, "dyad dict: at most 64 --dict options\n");
				return EXIT_USAGE;
			}
			dicts[ndicts++] = optarg;
			break;
		case 'o': output = optarg; break;
		case 'q': d.quiet = 1; break;
		case 'h': fputs(help, stdout); return EXIT_OK;
		default:
			fprintf(stderr, "dyad dict: unknown or incomplete option '%s'\n\n%s", argv[optind - 1], help);
			return EXIT_USAGE;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "dyad dict: unexpected argument '%s'\n", argv[optind]);
		return EXIT_USAGE;
	}
	if (compile && !output) {
		fprintf(stderr, "dyad dict compile: name the image to write with -o FILE\n");
		return EXIT_USAGE;
	}
	int rc;
	dyad_lexicon *lx = cli_load_lexicon(dicts, ndicts, &d, &rc, 0);
	if (!lx)
		return rc;
	dyad_lexicon_stats st;
	dyad_lexicon_get_stats(lx, &st);
	if (compile) {
		int r = dyad_lexicon_save(lx, output);
		if (r != 0) {
			fprintf(stderr, "dyad dict compile: cannot write %s: %s\n", output, dyad_strerror(r));
			dyad_lexicon_free(lx);
			return EXIT_SYSTEM;
		}
		if (!d.quiet)
			fprintf(stderr, "dyad: wrote %s\n", output);
	}
	printf("actors\t%lu\nagents\t%lu\nnouns\t%lu\nadjectives\t%lu\nverbs\t%lu\npatterns\t%lu\n"
	       "synsets\t%lu\ntime\t%lu\nattribution\t%lu\nwarnings\t%lu\n",
	       st.actors, st.agents, st.nouns, st.adjectives, st.verbs, st.patterns, st.synsets,
	       st.time_phrases, st.attrib_phrases, st.warnings);
	dyad_lexicon_free(lx);
	return st.warnings ? EXIT_DATA : EXIT_OK;
}
