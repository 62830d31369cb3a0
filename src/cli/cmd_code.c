/*
 * cli/cmd_code.c — `dyad code`: read stories, code them, write events.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/pipeline.h"
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

static const char help[] =
	"usage: dyad code [options] [FILE...]\n"
	"\n"
	"Code stories into events. With no FILE, or FILE '-', reads standard input.\n"
	"Inputs ending in .gz or .zst are decompressed on the fly.\n"
	"\n"
	"options:\n"
	"  -d, --dict PATH      dictionary file (.actors .agents .verbs .options) or\n"
	"                       TABARI .project file; repeatable. Default: dyad's own\n"
	"                       dictionaries (data/dyad.project)\n"
	"  -i, --input FORMAT   auto (default), text, tabari, jsonl or petrarch\n"
	"  -f, --format FORMAT  jsonl (default), tsv or tabari\n"
	"      --date DATE      story date YYYY-MM-DD: the date of plain-text stories,\n"
	"                       and of other stories that carry none\n"
	"      --records        code each story's text as one sentence (the default\n"
	"                       for TABARI records) instead of splitting sentences\n"
	"  -j, --threads N      code on N threads (default: all cores); the output is\n"
	"                       in input order and the same for any N\n"
	"  -o, --output FILE    write events to FILE instead of standard output\n"
	"  -q, --quiet          do not print warnings (errors are still printed)\n"
	"      --stats          print counts, times and peak memory on standard error\n"
	"  -h, --help           show this help\n"
	"\n"
	"Problems with the input (invalid UTF-8, NUL bytes, over-long lines, records\n"
	"that are not JSON ...) are reported as FILE:LINE on standard error; the\n"
	"rest of the input is still coded, and the exit status is then 1.\n"
	"\n"
	"exit status: 0 success, 1 some input was bad, 2 usage error, 3 system error.\n";

static double now_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int cmd_code(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"dict", required_argument, NULL, 'd'},   {"input", required_argument, NULL, 'i'},
		{"format", required_argument, NULL, 'f'}, {"date", required_argument, NULL, 'D'},
		{"output", required_argument, NULL, 'o'}, {"quiet", no_argument, NULL, 'q'},
		{"records", no_argument, NULL, 'R'},      {"help", no_argument, NULL, 'h'},
		{"threads", required_argument, NULL, 'j'},
		{"stats", no_argument, NULL, 'S'},
		{NULL, 0, NULL, 0}};
	const char *dicts[64];
	int ndicts = 0;
	int informat = DYAD_INPUT_AUTO, outformat = DYAD_FORMAT_JSONL, records = 0;
	int stats = 0;
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	int threads = ncpu > 0 ? (int)(ncpu > 256 ? 256 : ncpu) : 1;
	const char *date = NULL, *output = NULL;
	cli_diag d = {0};
	d.max_shown = 200;
	int c;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "d:i:f:o:qhj:", longopts, NULL)) != -1) {
		switch (c) {
		case 'd':
			if (ndicts == 64) {
				fprintf(stderr, "dyad code: at most 64 --dict options\n");
				return EXIT_USAGE;
			}
			dicts[ndicts++] = optarg;
			break;
		case 'i':
			informat = dyad_input_format_parse(optarg);
			if (informat < 0) {
				fprintf(stderr, "dyad code: unknown input format '%s' (auto, text, tabari, jsonl, petrarch)\n", optarg);
				return EXIT_USAGE;
			}
			break;
		case 'f':
			outformat = dyad_output_format_parse(optarg);
			if (outformat < 0) {
				fprintf(stderr, "dyad code: unknown output format '%s' (jsonl, tsv, tabari)\n", optarg);
				return EXIT_USAGE;
			}
			break;
		case 'D':
			if (!cli_valid_date(optarg)) {
				fprintf(stderr, "dyad code: --date wants a date YYYY-MM-DD, not '%s'\n", optarg);
				return EXIT_USAGE;
			}
			date = optarg;
			break;
		case 'o': output = optarg; break;
		case 'q': d.quiet = 1; break;
		case 'R': records = 1; break;
		case 'S': stats = 1; break;
		case 'j': {
			char *end;
			long t = strtol(optarg, &end, 10);
			if (*end || t < 1 || t > 256) {
				fprintf(stderr, "dyad code: --threads wants a number from 1 to 256, not '%s'\n", optarg);
				return EXIT_USAGE;
			}
			threads = (int)t;
			break;
		}
		case 'h': fputs(help, stdout); return EXIT_OK;
		default:
			fprintf(stderr, "dyad code: unknown or incomplete option '%s'\n\n%s", argv[optind - 1], help);
			return EXIT_USAGE;
		}
	}
	int rc;
	double t_start = now_seconds();
	dyad_lexicon *lx = cli_load_lexicon(dicts, ndicts, &d, &rc, 1);
	if (!lx)
		return rc;
	double t_ready = now_seconds();
	int cached = d.cached;
	unsigned long dict_warnings = d.warnings;
	if (dict_warnings && !d.quiet)
		fprintf(stderr, "dyad: dictionaries loaded with %lu warning%s\n", dict_warnings,
		        dict_warnings == 1 ? "" : "s");
	d.warnings = d.errors = d.shown = 0;

	FILE *out = stdout;
	if (output && !(out = fopen(output, "w"))) {
		perror(output);
		dyad_lexicon_free(lx);
		return EXIT_SYSTEM;
	}
	dyad_emitter *em = NULL;
	pipeline *pl = NULL;
	if (dyad_emitter_new(&em, (dyad_output_format)outformat) != 0 ||
	    pipeline_new(&pl, lx, outformat, records, threads, out) != 0) {
		fprintf(stderr, "dyad: out of memory\n");
		rc = EXIT_SYSTEM;
		goto done;
	}
	dyad_emitter_header(em);
	size_t hlen;
	const char *hdr = dyad_emitter_data(em, &hlen);
	if (hlen && fwrite(hdr, 1, hlen, out) != hlen) {
		perror(output ? output : "standard output");
		rc = EXIT_SYSTEM;
		goto done;
	}
	const char *stdin_only[1] = {"-"};
	char **files = argv + optind;
	int nfiles = argc - optind;
	if (nfiles == 0) {
		files = (char **)stdin_only;
		nfiles = 1;
	}
	unsigned long stories = 0, events = 0;
	for (int i = 0; i < nfiles && rc != EXIT_SYSTEM; i++) {
		dyad_reader_options ro = DYAD_READER_OPTIONS_INIT;
		ro.format = (dyad_input_format)informat;
		ro.date = date;
		ro.diag = cli_diag_print;
		ro.diag_ud = &d;
		dyad_reader *r;
		int e = dyad_reader_open(&r, files[i], &ro);
		if (e != 0) {
			if (e == DYAD_ENOMEM) {
				rc = EXIT_SYSTEM;
			} else if (rc == EXIT_OK) {
				rc = EXIT_DATA;
			}
			continue;
		}
		dyad_story st;
		int k;
		while ((k = dyad_reader_next(r, &st)) == 1) {
			if (pipeline_add(pl, &st, dyad_reader_format(r) == DYAD_INPUT_TABARI) != 0) {
				fprintf(stderr, "dyad: out of memory\n");
				rc = EXIT_SYSTEM;
				break;
			}
		}
		if (k < 0)
			rc = rc == EXIT_OK ? EXIT_DATA : rc;
		if (dyad_reader_errors(r) && rc == EXIT_OK)
			rc = EXIT_DATA;
		dyad_reader_free(r);
	}
	unsigned long sentences = 0;
	int fe = pipeline_finish(pl, &stories, &events, &sentences);
	if (fe == -2)
		rc = EXIT_SYSTEM;
	if (fe == -1 || fflush(out) != 0) {
		perror(output ? output : "standard output");
		rc = EXIT_SYSTEM;
	}
	if (stats) {
		struct rusage ru;
		getrusage(RUSAGE_SELF, &ru);
		double end = now_seconds();
		fprintf(stderr,
		        "stats: threads=%d stories=%lu sentences=%lu events=%lu seconds=%.3f "
		        "startup=%.4f maxrss_kb=%ld dict_cached=%d\n",
		        threads, stories, sentences, events, end - t_start, t_ready - t_start,
		        ru.ru_maxrss, cached);
	}
	if (!d.quiet)
		fprintf(stderr, "dyad: %lu stor%s, %lu event%s, %lu input error%s\n", stories,
		        stories == 1 ? "y" : "ies", events, events == 1 ? "" : "s", d.errors,
		        d.errors == 1 ? "" : "s");
done:
	if (out != stdout)
		fclose(out);
	pipeline_free(pl);
	dyad_emitter_free(em);
	dyad_lexicon_free(lx);
	return rc;
}
