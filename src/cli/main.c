/*
 * cli/main.c — the dyad command: dispatches to one cmd_<verb>.c per
 * subcommand.
 */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

static const char usage[] =
	"usage: dyad <command> [options] [args]\n"
	"\n"
	"dyad reads news and writes political events (who did what to whom,\n"
	"when), coded in CAMEO.\n"
	"\n"
	"commands:\n"
	"  code       code stories (text, TABARI records, JSON Lines, PETRARCH XML)\n"
	"             into events\n"
	"  validate   run a TABARI validation project or a PETRARCH validation file\n"
	"  dict       check dictionaries and count their entries\n"
	"  help CMD   show the help of a command (same as dyad CMD --help)\n"
	"\n"
	"options:\n"
	"  -h, --help     show this help\n"
	"  --version      print the version\n"
	"\n"
	"exit status: 0 success, 1 some input was bad (reported; the rest was\n"
	"processed), 2 usage error, 3 system error.\n";

int main(int argc, char **argv)
{
	if (argc < 2) {
		fputs(usage, stderr);
		return EXIT_USAGE;
	}
	const char *cmd = argv[1];
	char *help_args[3] = {NULL, "--help", NULL};
	if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help")) {
		fputs(usage, stdout);
		return EXIT_OK;
	}
	if (!strcmp(cmd, "--version") || !strcmp(cmd, "version")) {
		unsigned v = dyad_version();
		printf("dyad %u.%u.%u\n", v >> 16, (v >> 8) & 255, v & 255);
		return EXIT_OK;
	}
	if (!strcmp(cmd, "help")) {
		if (argc < 3) {
			fputs(usage, stdout);
			return EXIT_OK;
		}
		help_args[0] = argv[2];
		cmd = argv[2];
		argv = help_args;
		argc = 2;
	} else {
		argv++;
		argc--;
	}
	if (!strcmp(cmd, "code"))
		return cmd_code(argc, argv);
	if (!strcmp(cmd, "validate"))
		return cmd_validate(argc, argv);
	if (!strcmp(cmd, "dict"))
		return cmd_dict(argc, argv);
	fprintf(stderr, "dyad: unknown command '%s'\n\n%s", cmd, usage);
	return EXIT_USAGE;
}
