/*
 * cli/cmd_validate.c — `dyad validate`: run TABARI's validation suite (a
 * .project naming dictionaries and a text file of records whose comments
 * hold the expected events) or score against a PETRARCH validation XML.
 *
 * TABARI expectations, inside the record's comment:
 *   { SRC / TGT / CODE }   one expected event each (order does not matter)
 *   {---}                  no event expected
 *   {###} / {+++}          the record is discarded / too complex
 *   -{ ...                 do not check this record
 *   { OPTION: line }       apply an .options command from here on
 * The standard records run from the first record to FINAL-01; records after
 * it are not part of the standard suite. A record passes when the multiset
 * of coded events equals the expected one.
 */
#include <ctype.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

static const char help[] =
	"usage: dyad validate [options] PROJECT.project | FILE.xml\n"
	"\n"
	"With a TABARI .project: load the dictionaries it names, code every record\n"
	"of its <textfile> from the first to FINAL-01, compare with the events\n"
	"expected in each record's comment, print one line per failing record\n"
	"(id, expected, got) and close with 'N passed, M failed'.\n"
	"\n"
	"With a PETRARCH validation .xml: code every <Sentence> with the given\n"
	"dictionaries (default: dyad's own) and report precision and recall\n"
	"against its <EventCoding> records at (source country, target country,\n"
	"root code).\n"
	"\n"
	"Nothing is ever written into the project, text or dictionary files.\n"
	"\n"
	"options:\n"
	"  -d, --dict PATH   dictionaries for an .xml file (repeatable; not with a\n"
	"                    .project, which names its own)\n"
	"  -a, --all         also run the records after FINAL-01\n"
	"  -v, --verbose     print passing records too\n"
	"  -q, --quiet       do not print dictionary warnings\n"
	"  -h, --help        show this help\n"
	"\n"
	"exit status: 0 all passed, 1 some failed, 2 usage error, 3 system error.\n";

#define MAXEV 256

typedef struct ev {
	char src[32], tgt[32], code[16];
} ev;

static void trim(char *s)
{
	size_t n = strlen(s);
	while (n && isspace((unsigned char)s[n - 1]))
		s[--n] = '\0';
	size_t b = 0;
	while (s[b] && isspace((unsigned char)s[b]))
		b++;
	memmove(s, s + b, n - b + 1);
}

static void upcase_nospace(const char *s, size_t n, char *out, size_t cap)
{
	size_t o = 0;
	for (size_t i = 0; i < n && o + 1 < cap; i++)
		if (!isspace((unsigned char)s[i]))
			out[o++] = (char)toupper((unsigned char)s[i]);
	out[o] = '\0';
}

typedef struct expect {
	ev ev[MAXEV];
	int n;
	int none, discard, complex, skip;
	char options[16][256];
	int noptions;
	int any; /* the comment had any {...} at all */
} expect;

static void parse_expect(const char *s, expect *x)
{
	if (!s)
		return;
	for (const char *p = strchr(s, '{'); p; p = strchr(p + 1, '{')) {
		const char *e = strchr(p, '}');
		if (!e)
			e = p + strlen(p); /* TABARI accepts a last record without '}' */
		x->any = 1;
		int dash = p > s && p[-1] == '-';
		char body[512];
		size_t n = (size_t)(e - p - 1);
		if (n >= sizeof body)
			n = sizeof body - 1;
		memcpy(body, p + 1, n);
		body[n] = '\0';
		trim(body);
		if (!*e)
			p = e - 1;
		if (!strncmp(body, "OPTION:", 7)) {
			if (x->noptions < 16) {
				snprintf(x->options[x->noptions], sizeof x->options[0], "%.255s", body + 7);
				trim(x->options[x->noptions]);
				x->noptions++;
			}
			continue;
		}
		if (dash) {
			x->skip = 1;
			continue;
		}
		char nsp[512];
		upcase_nospace(body, strlen(body), nsp, sizeof nsp);
		if (!strcmp(nsp, "---")) {
			x->none = 1;
			continue;
		}
		if (!strcmp(nsp, "###")) {
			x->discard = 1;
			continue;
		}
		if (!strcmp(nsp, "+++")) {
			x->complex = 1;
			continue;
		}
		char *a = strchr(body, '/');
		char *b = a ? strchr(a + 1, '/') : NULL;
		if (!a || !b || x->n >= MAXEV)
			continue;
		ev *v = &x->ev[x->n++];
		upcase_nospace(body, (size_t)(a - body), v->src, sizeof v->src);
		upcase_nospace(a + 1, (size_t)(b - a - 1), v->tgt, sizeof v->tgt);
		upcase_nospace(b + 1, strlen(b + 1), v->code, sizeof v->code);
	}
}

static int cmp_ev(const void *a, const void *b)
{
	const ev *x = a, *y = b;
	int c = strcmp(x->src, y->src);
	if (c)
		return c;
	c = strcmp(x->tgt, y->tgt);
	return c ? c : strcmp(x->code, y->code);
}

static void print_evs(const ev *v, int n)
{
	if (!n)
		printf("(none)");
	for (int i = 0; i < n; i++)
		printf("%s{%s/%s/%s}", i ? " " : "", v[i].src, v[i].tgt, v[i].code);
}

/* The dictionaries, a whole-text coder and a reader of one input. */
typedef struct vrun {
	dyad_lexicon *lx;
	dyad_coder *coder;
	dyad_reader *r;
} vrun;

static void vrun_close(vrun *v)
{
	dyad_reader_free(v->r);
	dyad_coder_free(v->coder);
	dyad_lexicon_free(v->lx);
}

/* Returns EXIT_OK, or the exit code after a message. */
static int vrun_open(vrun *v, const char *const *dicts, int ndicts, const char *input,
                     dyad_input_format fmt, cli_diag *d)
{
	int rc;
	memset(v, 0, sizeof *v);
	v->lx = cli_load_lexicon(dicts, ndicts, d, &rc, 0);
	if (!v->lx)
		return rc;
	dyad_coder_options co = DYAD_CODER_OPTIONS_INIT;
	co.split_sentences = 0;
	dyad_reader_options ro = DYAD_READER_OPTIONS_INIT;
	ro.format = fmt;
	ro.diag = cli_diag_print;
	ro.diag_ud = d;
	if (dyad_coder_new(&v->coder, v->lx, &co) != 0 || dyad_reader_open(&v->r, input, &ro) != 0) {
		vrun_close(v);
		return EXIT_SYSTEM;
	}
	return EXIT_OK;
}

static int run_tabari(const char *project, int all, int verbose, cli_diag *d)
{
	char text[4096];
	if (dyad_project_textfile(project, text, sizeof text) != 0) {
		fprintf(stderr, "dyad validate: %s names no readable <textfile>\n", project);
		return EXIT_SYSTEM;
	}
	const char *dicts[1] = {project};
	vrun v;
	int rc = vrun_open(&v, dicts, 1, text, DYAD_INPUT_TABARI, d);
	if (rc != EXIT_OK)
		return rc;
	dyad_coder *coder = v.coder;
	dyad_reader *r = v.r;
	unsigned long passed = 0, failed = 0, skipped = 0, unchecked = 0;
	dyad_story st;
	static expect x;
	static ev got[MAXEV];
	int k;
	while ((k = dyad_reader_next(r, &st)) == 1) {
		/* like TABARI, expectations are read from the whole record,
		 * including braces left outside the comment */
		memset(&x, 0, sizeof x);
		parse_expect(st.expect, &x);
		parse_expect(st.text, &x);
		for (int i = 0; i < x.noptions; i++)
			if (dyad_coder_set_option(coder, x.options[i]) != 0)
				fprintf(stderr, "dyad: %s:%lu: warning: option not understood: %s\n", st.file,
				        st.line, x.options[i]);
		int final = !strcmp(st.doc, "FINAL-01") || strstr(st.doc, " FINAL-01") != NULL;
		if (!x.any) {
			/* no validation field at all: TABARI stops validating here;
			 * we go on, and count the record as not checked */
			unchecked++;
			if (final && !all)
				break;
			continue;
		}
		const dyad_result *res;
		if (dyad_coder_code(coder, &st, &res) != 0) {
			rc = EXIT_SYSTEM;
			break;
		}
		if (x.skip) {
			skipped++;
			if (final && !all)
				break;
			continue;
		}
		/* a record that only sets options passes when it codes nothing */
		int opts_only = x.noptions && !x.n && !x.none && !x.discard && !x.complex;
		int ng = 0, status = DYAD_SENT_OK;
		for (size_t i = 0; i < res->nsents; i++)
			if (res->sent_status[i])
				status = res->sent_status[i];
		for (size_t i = 0; i < res->nevents && ng < MAXEV; i++) {
			snprintf(got[ng].src, sizeof got[ng].src, "%s", res->events[i].source);
			snprintf(got[ng].tgt, sizeof got[ng].tgt, "%s", res->events[i].target);
			snprintf(got[ng].code, sizeof got[ng].code, "%s", res->events[i].code);
			ng++;
		}
		int ok;
		if (x.discard)
			ok = status == DYAD_SENT_DISCARD;
		else if (x.complex)
			ok = status == DYAD_SENT_COMPLEX;
		else if (x.none)
			ok = ng == 0 && status == DYAD_SENT_OK;
		else if (opts_only)
			ok = ng == 0;
		else {
			qsort(x.ev, (size_t)x.n, sizeof x.ev[0], cmp_ev);
			qsort(got, (size_t)ng, sizeof got[0], cmp_ev);
			ok = ng == x.n && status == DYAD_SENT_OK;
			for (int i = 0; ok && i < ng; i++)
				if (cmp_ev(&got[i], &x.ev[i]))
					ok = 0;
		}
		if (ok)
			passed++;
		else
			failed++;
		if (!ok || verbose) {
			printf("%s %s\texpected ", ok ? "PASS" : "FAIL", st.doc);
			if (x.discard)
				printf("{###}");
			else if (x.complex)
				printf("{+++}");
			else if (x.none || opts_only)
				printf("{---}");
			else
				print_evs(x.ev, x.n);
			printf("\tgot ");
			if (status == DYAD_SENT_DISCARD)
				printf("{###} ");
			else if (status == DYAD_SENT_COMPLEX)
				printf("{+++} ");
			print_evs(got, ng);
			printf("\n");
		}
		if (final && !all)
			break;
	}
	if (unchecked)
		printf("%lu records without any {...} field were not checked\n", unchecked);
	printf("%lu passed, %lu failed, %lu skipped\n", passed, failed, skipped);
	vrun_close(&v);
	if (rc == EXIT_SYSTEM)
		return rc;
	return failed ? EXIT_DATA : EXIT_OK;
}

/* PETRARCH: precision/recall at (source country, target country, root). */
typedef struct key3 {
	char s[4], t[4], r[3];
} key3;

static void mk_key(key3 *k, const char *s, const char *t, const char *code)
{
	snprintf(k->s, sizeof k->s, "%.3s", s);
	snprintf(k->t, sizeof k->t, "%.3s", t);
	snprintf(k->r, sizeof k->r, "%.2s", code);
}

static int key_eq(const key3 *a, const key3 *b)
{
	return !strcmp(a->s, b->s) && !strcmp(a->t, b->t) && !strcmp(a->r, b->r);
}

static int run_petrarch(const char *file, const char *const *dicts, int ndicts, int verbose,
                        cli_diag *d)
{
	vrun v;
	int rc = vrun_open(&v, dicts, ndicts, file, DYAD_INPUT_PETRARCH, d);
	if (rc != EXIT_OK)
		return rc;
	dyad_coder *coder = v.coder;
	dyad_reader *r = v.r;
	unsigned long tp = 0, nexp = 0, ngot = 0, sentences = 0;
	dyad_story st;
	static expect x;
	int k;
	while ((k = dyad_reader_next(r, &st)) == 1) {
		memset(&x, 0, sizeof x);
		parse_expect(st.expect, &x);
		const dyad_result *res;
		if (dyad_coder_code(coder, &st, &res) != 0)
			break;
		sentences++;
		key3 ek[MAXEV], gk[MAXEV];
		int gmirror[MAXEV]; /* the key comes from derived reciprocal events only */
		int ne = 0, ng = 0;
		for (int i = 0; i < x.n && ne < MAXEV; i++)
			mk_key(&ek[ne++], x.ev[i].src, x.ev[i].tgt, x.ev[i].code);
		for (size_t i = 0; i < res->nevents && ng < MAXEV; i++) {
			key3 g;
			mk_key(&g, res->events[i].source, res->events[i].target, res->events[i].code);
			int mirror = res->events[i].derived != NULL;
			int dup = 0;
			for (int j = 0; j < ng; j++)
				if (key_eq(&gk[j], &g)) {
					dup = 1;
					gmirror[j] &= mirror;
				}
			if (!dup) {
				gmirror[ng] = mirror;
				gk[ng++] = g;
			}
		}
		/* de-duplicate expectations as well */
		int ne2 = 0;
		for (int i = 0; i < ne; i++) {
			int dup = 0;
			for (int j = 0; j < ne2; j++)
				dup |= key_eq(&ek[j], &ek[i]);
			if (!dup)
				ek[ne2++] = ek[i];
		}
		ne = ne2;
		int used[MAXEV] = {0}, hit = 0, ghit[MAXEV] = {0}, counted = 0;
		for (int i = 0; i < ng; i++)
			for (int j = 0; j < ne; j++)
				if (!used[j] && key_eq(&gk[i], &ek[j])) {
					used[j] = 1;
					ghit[i] = 1;
					hit++;
					break;
				}
		/* a mirror of a mutual act (derived "reciprocal") that the file
		 * does not list is not counted: PETRARCH codes one direction */
		for (int i = 0; i < ng; i++)
			counted += ghit[i] || !gmirror[i];
		tp += (unsigned long)hit;
		nexp += (unsigned long)ne;
		ngot += (unsigned long)counted;
		if (verbose || hit != ne || hit != counted) {
			printf("%s\texpected", st.doc);
			for (int j = 0; j < ne; j++)
				printf(" %s/%s/%s", ek[j].s, ek[j].t, ek[j].r);
			printf("\tgot");
			for (int j = 0; j < ng; j++)
				printf(" %s/%s/%s%s", gk[j].s, gk[j].t, gk[j].r,
				       gmirror[j] && !ghit[j] ? "*" : "");
			printf("\n");
		}
	}
	double p = ngot ? (double)tp / (double)ngot : 0.0;
	double rcl = nexp ? (double)tp / (double)nexp : 0.0;
	double f1 = p + rcl > 0 ? 2 * p * rcl / (p + rcl) : 0.0;
	printf("sentences %lu, expected %lu, coded %lu, correct %lu\n", sentences, nexp, ngot, tp);
	printf("precision %.3f recall %.3f f1 %.3f\n", p, rcl, f1);
	vrun_close(&v);
	return EXIT_OK;
}

int cmd_validate(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"dict", required_argument, NULL, 'd'}, {"all", no_argument, NULL, 'a'},
		{"verbose", no_argument, NULL, 'v'},    {"quiet", no_argument, NULL, 'q'},
		{"help", no_argument, NULL, 'h'},       {NULL, 0, NULL, 0}};
	const char *dicts[64];
	int ndicts = 0, all = 0, verbose = 0;
	cli_diag d = {0};
	d.max_shown = 50;
	int c;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "d:avqh", longopts, NULL)) != -1) {
		switch (c) {
		case 'd':
			if (ndicts == 64)
				return EXIT_USAGE;
			dicts[ndicts++] = optarg;
			break;
		case 'a': all = 1; break;
		case 'v': verbose = 1; break;
		case 'q': d.quiet = 1; break;
		case 'h': fputs(help, stdout); return EXIT_OK;
		default:
			fprintf(stderr, "dyad validate: unknown or incomplete option '%s'\n\n%s", argv[optind - 1], help);
			return EXIT_USAGE;
		}
	}
	if (argc - optind != 1) {
		fprintf(stderr, "dyad validate: expected one .project or .xml file\n\n%s", help);
		return EXIT_USAGE;
	}
	const char *f = argv[optind];
	size_t n = strlen(f);
	if (n > 4 && !strcmp(f + n - 4, ".xml"))
		return run_petrarch(f, dicts, ndicts, verbose, &d);
	if (ndicts) {
		fprintf(stderr, "dyad validate: --dict is for .xml files; a .project names its own "
		                "dictionaries\n");
		return EXIT_USAGE;
	}
	return run_tabari(f, all, verbose, &d);
}
