/*
 * tools/score.c — dyad-score: precision, recall and F1 of coded events
 * against hand-coded gold (the format of ../shared/gold/README.md).
 *
 *   dyad-score [--min-f1 X] [--strict] [--verbose] GOLD.jsonl EVENTS.jsonl
 *
 * EVENTS.jsonl is `dyad code` output. An event matches a gold event when
 * both sit in the same document, their sentences overlap (one text
 * contains the other, or most of their words are shared), and they agree
 * on source country (first 3 characters of the actor code), target
 * country, root (the gold code's or one of its alt_codes') and negation.
 * Gold events that are low-confidence or derived (reciprocal mirrors,
 * linked host events) are optional: missing them costs nothing and
 * matching them counts neither way. --strict makes every gold event
 * required. Exit status 0, or 1 when F1 is below --min-f1, 2 on usage or
 * input errors.
 */
#include <ctype.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct gev {
	char src[4], tgt[4];
	char roots[8][3];
	int nroots;
	int negated;
	int optional;
	int used;
} gev;

typedef struct gsent {
	char doc[64];
	char *text; /* normalised */
	gev *ev;
	int nev;
} gsent;

typedef struct pev {
	char doc[64];
	char *text;
	char src[4], tgt[4], root[3];
	int negated;
} pev;

static char *norm(const char *s)
{
	size_t n = strlen(s);
	char *o = malloc(n + 1);
	size_t k = 0;
	int sp = 1;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (isspace(c)) {
			if (!sp)
				o[k++] = ' ';
			sp = 1;
		} else {
			o[k++] = (char)tolower(c);
			sp = 0;
		}
	}
	while (k && o[k - 1] == ' ')
		k--;
	o[k] = '\0';
	return o;
}

/* Share of the shorter text's words found in the longer one. */
static double overlap(const char *a, const char *b)
{
	if (strstr(a, b) || strstr(b, a))
		return 1.0;
	const char *s = strlen(a) < strlen(b) ? a : b;
	const char *l = s == a ? b : a;
	int words = 0, hits = 0;
	const char *p = s;
	while (*p) {
		while (*p == ' ')
			p++;
		const char *q = p;
		while (*q && *q != ' ')
			q++;
		if (q > p) {
			char w[128];
			size_t n = (size_t)(q - p) < sizeof w - 3 ? (size_t)(q - p) : sizeof w - 3;
			w[0] = ' ';
			memcpy(w + 1, p, n);
			w[n + 1] = ' ';
			w[n + 2] = '\0';
			words++;
			char pad[8192];
			snprintf(pad, sizeof pad, " %s ", l);
			if (strstr(pad, w))
				hits++;
		}
		p = q;
	}
	return words ? (double)hits / words : 0.0;
}

static const char *jstr(json_t *o, const char *k)
{
	json_t *v = json_object_get(o, k);
	return json_is_string(v) ? json_string_value(v) : NULL;
}

int main(int argc, char **argv)
{
	double min_f1 = -1;
	int strict = 0, verbose = 0;
	int i = 1;
	for (; i < argc && argv[i][0] == '-'; i++) {
		if (!strcmp(argv[i], "--min-f1") && i + 1 < argc)
			min_f1 = atof(argv[++i]);
		else if (!strcmp(argv[i], "--strict"))
			strict = 1;
		else if (!strcmp(argv[i], "--verbose") || !strcmp(argv[i], "-v"))
			verbose = 1;
		else {
			fprintf(stderr, "usage: dyad-score [--min-f1 X] [--strict] [--verbose] GOLD.jsonl EVENTS.jsonl\n");
			return 2;
		}
	}
	if (argc - i != 2) {
		fprintf(stderr, "usage: dyad-score [--min-f1 X] [--strict] [--verbose] GOLD.jsonl EVENTS.jsonl\n");
		return 2;
	}
	FILE *g = fopen(argv[i], "r"), *e = fopen(argv[i + 1], "r");
	if (!g || !e) {
		fprintf(stderr, "dyad-score: cannot open %s\n", !g ? argv[i] : argv[i + 1]);
		return 2;
	}
	gsent *gs = NULL;
	int ngs = 0, cap = 0;
	char *line = NULL;
	size_t lcap = 0;
	unsigned long lineno = 0;
	char docs[64][64];
	int ndocs = 0;
	while (getline(&line, &lcap, g) > 0) {
		lineno++;
		json_error_t err;
		json_t *o = json_loads(line, 0, &err);
		if (!o) {
			fprintf(stderr, "dyad-score: %s:%lu: not JSON: %s\n", argv[i], lineno, err.text);
			return 2;
		}
		const char *doc = jstr(o, "doc"), *text = jstr(o, "text");
		if (!doc || !text) {
			json_decref(o);
			continue; /* excluded-span records */
		}
		int known = 0;
		for (int d = 0; d < ndocs; d++)
			known |= !strcmp(docs[d], doc);
		if (!known && ndocs < 64)
			snprintf(docs[ndocs++], 64, "%s", doc);
		if (ngs == cap) {
			cap = cap ? cap * 2 : 256;
			gs = realloc(gs, (size_t)cap * sizeof *gs);
		}
		gsent *s = &gs[ngs++];
		memset(s, 0, sizeof *s);
		snprintf(s->doc, sizeof s->doc, "%s", doc);
		s->text = norm(text);
		json_t *evs = json_object_get(o, "events");
		size_t ne = json_array_size(evs);
		s->ev = calloc(ne ? ne : 1, sizeof *s->ev);
		for (size_t k = 0; k < ne; k++) {
			json_t *x = json_array_get(evs, k);
			gev *v = &s->ev[s->nev++];
			const char *src = jstr(x, "source"), *tgt = jstr(x, "target"), *code = jstr(x, "code");
			snprintf(v->src, sizeof v->src, "%.3s", src ? src : "");
			snprintf(v->tgt, sizeof v->tgt, "%.3s", tgt ? tgt : "");
			snprintf(v->roots[v->nroots++], 3, "%.2s", code ? code : "");
			json_t *alts = json_object_get(x, "alt_codes");
			for (size_t a = 0; a < json_array_size(alts) && v->nroots < 8; a++)
				if (json_is_string(json_array_get(alts, a)))
					snprintf(v->roots[v->nroots++], 3, "%.2s", json_string_value(json_array_get(alts, a)));
			v->negated = json_is_true(json_object_get(x, "negated"));
			const char *conf = jstr(x, "confidence");
			json_t *der = json_object_get(x, "derived");
			v->optional = !strict && ((conf && strcmp(conf, "high")) || (der && !json_is_null(der)));
		}
		json_decref(o);
	}
	fclose(g);
	/* predictions */
	pev *pv = NULL;
	int np = 0, pcap = 0;
	lineno = 0;
	while (getline(&line, &lcap, e) > 0) {
		lineno++;
		json_error_t err;
		json_t *o = json_loads(line, 0, &err);
		if (!o) {
			fprintf(stderr, "dyad-score: %s:%lu: not JSON: %s\n", argv[i + 1], lineno, err.text);
			return 2;
		}
		const char *doc = jstr(o, "doc"), *sent = jstr(o, "sentence");
		const char *src = jstr(o, "source"), *tgt = jstr(o, "target"), *code = jstr(o, "code");
		int known = 0;
		for (int d = 0; doc && d < ndocs; d++)
			known |= !strcmp(docs[d], doc);
		if (!known || !sent || !src || !tgt || !code) {
			json_decref(o);
			continue; /* documents without gold are not scored */
		}
		if (np == pcap) {
			pcap = pcap ? pcap * 2 : 256;
			pv = realloc(pv, (size_t)pcap * sizeof *pv);
		}
		pev *p = &pv[np++];
		snprintf(p->doc, sizeof p->doc, "%s", doc);
		p->text = norm(sent);
		snprintf(p->src, sizeof p->src, "%.3s", src);
		snprintf(p->tgt, sizeof p->tgt, "%.3s", tgt);
		snprintf(p->root, sizeof p->root, "%.2s", code);
		p->negated = json_is_true(json_object_get(o, "negated"));
		json_decref(o);
	}
	fclose(e);
	free(line);
	long tp = 0, fp = 0, fn = 0, opt = 0;
	for (int k = 0; k < np; k++) {
		pev *p = &pv[k];
		gev *hit = NULL;
		for (int pass = 0; pass < 2 && !hit; pass++) /* required first */
			for (int s = 0; s < ngs && !hit; s++) {
				if (strcmp(gs[s].doc, p->doc) || overlap(gs[s].text, p->text) < 0.6)
					continue;
				for (int x = 0; x < gs[s].nev && !hit; x++) {
					gev *v = &gs[s].ev[x];
					if (v->used || v->optional != pass || strcmp(v->src, p->src) ||
					    strcmp(v->tgt, p->tgt) || v->negated != p->negated)
						continue;
					for (int r = 0; r < v->nroots; r++)
						if (!strcmp(v->roots[r], p->root))
							hit = v;
				}
			}
		if (hit) {
			hit->used = 1;
			if (hit->optional)
				opt++;
			else
				tp++;
		} else {
			fp++;
		}
		if (verbose)
			printf("%s %s\t%s %s %s%s\t%.70s\n", hit ? (hit->optional ? "OPT" : "TP ") : "FP ",
			       p->doc, p->src, p->tgt, p->root, p->negated ? " neg" : "", p->text);
	}
	for (int s = 0; s < ngs; s++)
		for (int x = 0; x < gs[s].nev; x++)
			if (!gs[s].ev[x].used && !gs[s].ev[x].optional) {
				fn++;
				if (verbose)
					printf("FN  %s\t%s %s %s%s\t%.70s\n", gs[s].doc, gs[s].ev[x].src,
					       gs[s].ev[x].tgt, gs[s].ev[x].roots[0],
					       gs[s].ev[x].negated ? " neg" : "", gs[s].text);
			}
	double P = tp + fp ? (double)tp / (double)(tp + fp) : 0.0;
	double R = tp + fn ? (double)tp / (double)(tp + fn) : 0.0;
	double F = P + R > 0 ? 2 * P * R / (P + R) : 0.0;
	printf("gold %s: tp %ld fp %ld fn %ld (optional matched %ld)\n", strict ? "strict" : "lenient",
	       tp, fp, fn, opt);
	printf("precision %.3f recall %.3f f1 %.3f\n", P, R, F);
	for (int s = 0; s < ngs; s++) {
		free(gs[s].text);
		free(gs[s].ev);
	}
	free(gs);
	for (int k = 0; k < np; k++)
		free(pv[k].text);
	free(pv);
	if (min_f1 >= 0 && F < min_f1) {
		printf("F1 %.3f is below %.3f\n", F, min_f1);
		return 1;
	}
	return 0;
}
