/*
 * test_emit.c — src/emit: the JSONL, TSV and TABARI event writers. JSONL
 * lines are parsed back with jansson and every field of the output
 * contract is checked; events come from a real coder and from results
 * built by hand (missing date, unknown code, text that needs escaping).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dyad/cameo.h"
#include "dyad/coder.h"
#include "dyad/emit.h"
#include "dyad/lexicon.h"

static const char ACTORS[] = "VALDORIA_ [VAL]\n+VALDORIAN_\nESTMARK_ [EST]\nKORRIN_ [KOR]\n";
static const char AGENTS[] = "PRESIDENT_ [~GOV]\n";
static const char VERBS[] = "# verbs for test_emit\nACCUSE_ [112]\nVISIT_ [042:043]\n";

typedef struct fx {
	dyad_lexicon *lx;
	dyad_coder *c;
	dyad_emitter *em;
} fx;

static void setup(fx *f, dyad_output_format fmt)
{
	memset(f, 0, sizeof *f);
	assert_int_equal(dyad_lexicon_new(&f->lx, NULL, NULL), 0);
	assert_int_equal(dyad_lexicon_add_memory(f->lx, "e.actors", ACTORS, strlen(ACTORS),
	                                         DYAD_DICT_ACTORS),
	                 0);
	assert_int_equal(dyad_lexicon_add_memory(f->lx, "e.agents", AGENTS, strlen(AGENTS),
	                                         DYAD_DICT_AGENTS),
	                 0);
	assert_int_equal(
		dyad_lexicon_add_memory(f->lx, "e.verbs", VERBS, strlen(VERBS), DYAD_DICT_VERBS), 0);
	assert_int_equal(dyad_lexicon_finish(f->lx), 0);
	assert_int_equal(dyad_coder_new(&f->c, f->lx, NULL), 0);
	assert_int_equal(dyad_emitter_new(&f->em, fmt), 0);
}

static void teardown(fx *f)
{
	dyad_emitter_free(f->em);
	dyad_coder_free(f->c);
	dyad_lexicon_free(f->lx);
}

static dyad_story story(const char *doc, const char *date, const char *text)
{
	dyad_story st;
	memset(&st, 0, sizeof st);
	st.doc = doc;
	st.date = date;
	st.text = text;
	st.text_len = strlen(text);
	st.file = "in.jsonl";
	st.line = 3;
	return st;
}

/* Code one story and append its events; returns the result. */
static const dyad_result *emit(fx *f, const dyad_story *st)
{
	const dyad_result *r;
	assert_int_equal(dyad_coder_code(f->c, st, &r), 0);
	assert_int_equal(dyad_emitter_add(f->em, st, r), 0);
	return r;
}

static const char *data(const fx *f)
{
	size_t len;
	const char *d = dyad_emitter_data(f->em, &len);
	assert_non_null(d);
	assert_int_equal(strlen(d), len);
	return d;
}

/* The n-th line (0-based) of s, without its newline, in a static buffer. */
static const char *line(const char *s, int n)
{
	static char buf[4096];
	for (int i = 0; i < n; i++) {
		s = strchr(s, '\n');
		assert_non_null(s);
		s++;
	}
	const char *e = strchr(s, '\n');
	assert_non_null(e); /* every line ends with a newline */
	size_t len = (size_t)(e - s);
	assert_true(len < sizeof buf);
	memcpy(buf, s, len);
	buf[len] = '\0';
	return buf;
}

static int count_lines(const char *s)
{
	int n = 0;
	for (; *s; s++)
		n += *s == '\n';
	return n;
}

/* ---- JSONL ---------------------------------------------------------------- */

static json_t *parse_line(const char *l)
{
	json_error_t err;
	json_t *j = json_loads(l, JSON_REJECT_DUPLICATES, &err);
	if (!j)
		fail_msg("not JSON (%s at column %d): %s", err.text, err.column, l);
	assert_true(json_is_object(j));
	return j;
}

static const char *jstr(json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	if (!v)
		fail_msg("field '%s' is missing", key);
	if (json_is_null(v))
		return NULL;
	if (!json_is_string(v))
		fail_msg("field '%s' is not a string", key);
	return json_string_value(v);
}

static json_int_t jint(json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	if (!v || !json_is_integer(v))
		fail_msg("field '%s' is missing or not an integer", key);
	return json_integer_value(v);
}

/* The text of a [start, end] span of sentence s; "" for null. */
static const char *jspan(json_t *ev, const char *key, const char *s)
{
	static char buf[4][256];
	static int k;
	char *out = buf[k++ % 4];
	json_t *v = json_object_get(ev, key);
	if (!v)
		fail_msg("evidence.%s is missing", key);
	if (json_is_null(v))
		return "";
	assert_true(json_is_array(v));
	assert_int_equal(json_array_size(v), 2);
	json_int_t a = json_integer_value(json_array_get(v, 0));
	json_int_t b = json_integer_value(json_array_get(v, 1));
	assert_true(0 <= a && a < b && (size_t)b <= strlen(s));
	memcpy(out, s + a, (size_t)(b - a));
	out[b - a] = '\0';
	return out;
}

/* The keys of object o, in order, joined with ','. */
static const char *keys(json_t *o)
{
	static char buf[512];
	size_t n = 0;
	buf[0] = '\0';
	for (void *it = json_object_iter(o); it; it = json_object_iter_next(o, it))
		n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", n ? "," : "",
		                      json_object_iter_key(it));
	return buf;
}

static void test_emit_jsonl_has_every_field(void **state)
{
	(void)state;
	fx f;
	setup(&f, DYAD_FORMAT_JSONL);
	assert_int_equal(dyad_emitter_header(f.em), 0);
	assert_string_equal(data(&f), ""); /* JSONL has no header */
	const char *text = "Valdoria accused Estmark of spying on its naval bases.";
	dyad_story st = story("story-1", "2021-03-04", text);
	emit(&f, &st);
	const char *out = data(&f);
	assert_int_equal(count_lines(out), 1);
	json_t *j = parse_line(line(out, 0));
	/* docs/output.md: exactly these fields, in this order */
	assert_string_equal(keys(j), "doc,sent,sentence,date,source,target,code,root,quad,goldstein,"
	                             "label,negated,attributed_to,via,derived,evidence");
	assert_string_equal(keys(json_object_get(j, "evidence")),
	                    "pattern,file,line,source_span,target_span,verb_span");
	/* goldstein is written with one decimal */
	assert_non_null(strstr(out, "\"goldstein\":-2.0,"));
	assert_string_equal(jstr(j, "doc"), "story-1");
	assert_int_equal(jint(j, "sent"), 0);
	assert_string_equal(jstr(j, "sentence"), text);
	assert_string_equal(jstr(j, "date"), "2021-03-04");
	assert_string_equal(jstr(j, "source"), "VAL");
	assert_string_equal(jstr(j, "target"), "EST");
	assert_string_equal(jstr(j, "code"), "112");
	assert_string_equal(jstr(j, "root"), "11");
	assert_int_equal(jint(j, "quad"), 3);
	json_t *g = json_object_get(j, "goldstein");
	assert_true(json_is_number(g));
	assert_true(fabs(json_number_value(g) - (-2.0)) < 1e-9);
	assert_non_null(jstr(j, "label"));
	json_t *neg = json_object_get(j, "negated");
	assert_true(json_is_boolean(neg));
	assert_true(json_is_false(neg));
	assert_null(jstr(j, "attributed_to"));
	assert_null(jstr(j, "via"));
	json_t *ev = json_object_get(j, "evidence");
	assert_true(json_is_object(ev));
	assert_string_equal(jstr(ev, "pattern"), "ACCUSE_ [112]");
	assert_string_equal(jstr(ev, "file"), "e.verbs");
	assert_int_equal(jint(ev, "line"), 2);
	assert_string_equal(jspan(ev, "source_span", text), "Valdoria");
	assert_string_equal(jspan(ev, "target_span", text), "Estmark");
	assert_string_equal(jspan(ev, "verb_span", text), "accused");
	json_decref(j);
	teardown(&f);
}

static void test_emit_jsonl_paired_events_and_sentences(void **state)
{
	(void)state;
	fx f;
	setup(&f, DYAD_FORMAT_JSONL);
	const char *text = "Korrin said nothing at all about the matter today. The Valdorian president "
	                   "visited Korrin on Tuesday for talks on trade.";
	dyad_story st = story("s2", NULL, text);
	emit(&f, &st);
	const char *out = data(&f);
	assert_int_equal(count_lines(out), 2);
	json_t *a = parse_line(line(out, 0));
	json_t *b = parse_line(line(out, 1));
	assert_int_equal(jint(a, "sent"), 1);
	assert_string_equal(jstr(a, "sentence"),
	                    "The Valdorian president visited Korrin on Tuesday for talks on trade.");
	assert_null(jstr(a, "date"));
	assert_string_equal(jstr(a, "source"), "VALGOV");
	assert_string_equal(jstr(a, "code"), "042");
	assert_string_equal(jstr(b, "source"), "KOR");
	assert_string_equal(jstr(b, "target"), "VALGOV");
	assert_string_equal(jstr(b, "code"), "043");
	assert_string_equal(jstr(b, "root"), "04");
	assert_int_equal(jint(b, "quad"), 1);
	const char *sent = jstr(b, "sentence");
	json_t *ev = json_object_get(b, "evidence");
	assert_string_equal(jspan(ev, "source_span", sent), "Korrin");
	assert_string_equal(jspan(ev, "target_span", sent), "Valdorian");
	assert_string_equal(jspan(ev, "verb_span", sent), "visited");
	json_decref(a);
	json_decref(b);
	teardown(&f);
}

static void test_emit_jsonl_escapes_strings(void **state)
{
	(void)state;
	fx f;
	setup(&f, DYAD_FORMAT_JSONL);
	const char *text = "Valdoria accused \"Estmark\" of spying\ton its \\naval\x01 bases.";
	dyad_story st = story("id \"7\"\\x\ty", "2020-02-29", text);
	emit(&f, &st);
	const char *out = data(&f);
	assert_int_equal(count_lines(out), 1);
	for (const char *p = out; *p; p++)
		if (*p != '\n')
			assert_true((unsigned char)*p >= 0x20); /* no raw control characters */
	json_t *j = parse_line(line(out, 0));
	assert_string_equal(jstr(j, "doc"), "id \"7\"\\x\ty");
	assert_string_equal(jstr(j, "sentence"), text);
	assert_string_equal(jstr(j, "target"), "EST");
	json_t *ev = json_object_get(j, "evidence");
	assert_string_equal(jspan(ev, "target_span", text), "Estmark");
	json_decref(j);
	teardown(&f);
}

/* A result with one event built by hand. */
typedef struct handmade {
	dyad_sentence sent;
	dyad_event ev;
	int status;
	const char *explain;
	dyad_result r;
} handmade;

static void handmade_init(handmade *h, const char *code, const char *date)
{
	memset(h, 0, sizeof *h);
	h->sent.off = 0;
	h->sent.text = "Estmark police detained two Korrin fishermen.";
	h->sent.len = (uint32_t)strlen(h->sent.text);
	h->ev.sent = 0;
	h->ev.date = date;
	h->ev.source = "ESTCOP";
	h->ev.target = "KOR";
	h->ev.code = code;
	h->ev.negated = 1;
	h->ev.attributed_to = "EST";
	h->ev.via = NULL;
	h->ev.source_span.off = 0;
	h->ev.source_span.len = 7;
	h->ev.target_span.len = 0; /* none */
	h->ev.verb_span.off = 15;
	h->ev.verb_span.len = 8;
	h->ev.pattern = NULL;
	h->ev.pattern_file = NULL;
	h->ev.pattern_line = 0;
	h->r.sents = &h->sent;
	h->r.nsents = 1;
	h->r.events = &h->ev;
	h->r.nevents = 1;
	h->r.sent_status = &h->status;
	h->r.sent_explain = &h->explain;
}

static void test_emit_jsonl_optional_fields_and_unknown_code(void **state)
{
	(void)state;
	dyad_emitter *em;
	assert_int_equal(dyad_emitter_new(&em, DYAD_FORMAT_JSONL), 0);
	handmade h;
	handmade_init(&h, "999", NULL);
	dyad_story st = story("h1", NULL, h.sent.text);
	assert_int_equal(dyad_emitter_add(em, &st, &h.r), 0);
	size_t len;
	json_t *j = parse_line(line(dyad_emitter_data(em, &len), 0));
	assert_null(jstr(j, "date"));
	assert_string_equal(jstr(j, "code"), "999");
	assert_string_equal(jstr(j, "root"), "99");
	assert_int_equal(jint(j, "quad"), 0);       /* not a CAMEO code */
	assert_null(jstr(j, "label"));
	assert_true(json_is_true(json_object_get(j, "negated")));
	assert_string_equal(jstr(j, "attributed_to"), "EST");
	json_t *ev = json_object_get(j, "evidence");
	assert_null(jstr(ev, "pattern"));
	assert_null(jstr(ev, "file"));
	assert_true(json_is_null(json_object_get(ev, "target_span")));
	assert_string_equal(jspan(ev, "source_span", h.sent.text), "Estmark");
	assert_string_equal(jspan(ev, "verb_span", h.sent.text), "detained");
	json_decref(j);
	/* a four-digit code falls back to its parent for quad and Goldstein */
	dyad_emitter_clear(em);
	handmade_init(&h, "0874", "1999-12-31");
	assert_int_equal(dyad_emitter_add(em, &st, &h.r), 0);
	j = parse_line(line(dyad_emitter_data(em, &len), 0));
	assert_string_equal(jstr(j, "root"), "08");
	assert_int_equal(jint(j, "quad"), 2);
	json_decref(j);
	dyad_emitter_free(em);
}

/* ---- TSV ------------------------------------------------------------------ */

static void test_emit_tsv_header_and_columns(void **state)
{
	(void)state;
	fx f;
	setup(&f, DYAD_FORMAT_TSV);
	assert_int_equal(dyad_emitter_header(f.em), 0);
	assert_string_equal(data(&f),
	                    "date\tsource\ttarget\tcode\troot\tquad\tgoldstein\tdoc\tsent\tderived\n");
	dyad_story st = story("doc\twith tab", "2021-03-04",
	                      "Valdoria accused Estmark of spying on its naval bases.");
	emit(&f, &st);
	st = story("d2", NULL, "The Valdorian president visited Korrin on Tuesday for talks on trade.");
	emit(&f, &st);
	const char *out = data(&f);
	assert_int_equal(count_lines(out), 4);
	assert_string_equal(line(out, 1), "2021-03-04\tVAL\tEST\t112\t11\t3\t-2.0\tdoc with tab\t0\t");
	assert_string_equal(line(out, 2), "\tVALGOV\tKOR\t042\t04\t1\t1.9\td2\t0\t");
	assert_string_equal(line(out, 3), "\tKOR\tVALGOV\t043\t04\t1\t2.8\td2\t0\t");
	for (int i = 0; i < 4; i++) {
		int tabs = 0;
		for (const char *p = line(out, i); *p; p++)
			tabs += *p == '\t';
		assert_int_equal(tabs, 9); /* ten columns on every line */
	}
	teardown(&f);
}

static void test_emit_tsv_no_events_only_header(void **state)
{
	(void)state;
	fx f;
	setup(&f, DYAD_FORMAT_TSV);
	assert_int_equal(dyad_emitter_header(f.em), 0);
	dyad_story st = story("none", NULL, "Nothing happened in Valdoria today at all, really.");
	emit(&f, &st);
	assert_int_equal(count_lines(data(&f)), 1);
	dyad_emitter_clear(f.em);
	assert_string_equal(data(&f), "");
	teardown(&f);
}

/* ---- TABARI ----------------------------------------------------------------- */

static void test_emit_tabari_format(void **state)
{
	(void)state;
	fx f;
	setup(&f, DYAD_FORMAT_TABARI);
	assert_int_equal(dyad_emitter_header(f.em), 0);
	assert_string_equal(data(&f), "");
	dyad_story st = story("t1", "2021-03-04",
	                      "Valdoria accused Estmark of spying on its naval bases.");
	emit(&f, &st);
	st = story("t2", NULL, "Valdoria accused Estmark of spying on its naval bases.");
	emit(&f, &st);
	const char *out = data(&f);
	assert_int_equal(count_lines(out), 2);
	const char *label = dyad_cameo_lookup("112")->label;
	char want[256];
	snprintf(want, sizeof want, "210304\tVAL\tEST\t112\t%s", label);
	assert_string_equal(line(out, 0), want);
	snprintf(want, sizeof want, "000000\tVAL\tEST\t112\t%s", label);
	assert_string_equal(line(out, 1), want);
	teardown(&f);
	/* an unknown code has no label column */
	dyad_emitter *em;
	assert_int_equal(dyad_emitter_new(&em, DYAD_FORMAT_TABARI), 0);
	handmade h;
	handmade_init(&h, "999", "1999-12-31");
	dyad_story s2 = story("h", NULL, h.sent.text);
	assert_int_equal(dyad_emitter_add(em, &s2, &h.r), 0);
	size_t len;
	assert_string_equal(line(dyad_emitter_data(em, &len), 0), "991231\tESTCOP\tKOR\t999");
	dyad_emitter_free(em);
}

/* ---- the emitter API ------------------------------------------------------ */

static void test_emit_format_names(void **state)
{
	(void)state;
	assert_int_equal(dyad_output_format_parse("jsonl"), DYAD_FORMAT_JSONL);
	assert_int_equal(dyad_output_format_parse("json"), DYAD_FORMAT_JSONL);
	assert_int_equal(dyad_output_format_parse("tsv"), DYAD_FORMAT_TSV);
	assert_int_equal(dyad_output_format_parse("tabari"), DYAD_FORMAT_TABARI);
	assert_int_equal(dyad_output_format_parse("csv"), -1);
	assert_int_equal(dyad_output_format_parse(""), -1);
	assert_int_equal(dyad_output_format_parse("TSV"), -1);
	dyad_emitter *em = NULL;
	assert_int_equal(dyad_emitter_new(&em, (dyad_output_format)7), DYAD_EINVAL);
	assert_int_equal(dyad_emitter_new(&em, (dyad_output_format)-1), DYAD_EINVAL);
	dyad_emitter_free(NULL);
}

static void test_emit_many_stories_grow_buffer(void **state)
{
	(void)state;
	fx f;
	setup(&f, DYAD_FORMAT_JSONL);
	dyad_story st = story("many", "2021-03-04",
	                      "Valdoria accused Estmark of spying on its naval bases.");
	for (int i = 0; i < 500; i++)
		emit(&f, &st);
	const char *out = data(&f);
	assert_int_equal(count_lines(out), 500);
	json_t *j = parse_line(line(out, 499));
	assert_string_equal(jstr(j, "source"), "VAL");
	json_decref(j);
	dyad_emitter_clear(f.em);
	emit(&f, &st);
	assert_int_equal(count_lines(data(&f)), 1);
	teardown(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_emit_jsonl_has_every_field),
		cmocka_unit_test(test_emit_jsonl_paired_events_and_sentences),
		cmocka_unit_test(test_emit_jsonl_escapes_strings),
		cmocka_unit_test(test_emit_jsonl_optional_fields_and_unknown_code),
		cmocka_unit_test(test_emit_tsv_header_and_columns),
		cmocka_unit_test(test_emit_tsv_no_events_only_header),
		cmocka_unit_test(test_emit_tabari_format),
		cmocka_unit_test(test_emit_format_names),
		cmocka_unit_test(test_emit_many_stories_grow_buffer),
	};
	return cmocka_run_group_tests_name("emit", tests, NULL, NULL);
}
