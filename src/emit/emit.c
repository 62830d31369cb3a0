/*
 * emit/emit.c — JSONL, TSV and TABARI event writers; see dyad/emit.h and
 * docs/output.md for the fields.
 */
#include "dyad/emit.h"

#include <stdlib.h>
#include <string.h>

#include "dyad/cameo.h"
#include "util/buf.h"

struct dyad_emitter {
	dyad_output_format fmt;
	dyad_buf out;
};

int dyad_output_format_parse(const char *name)
{
	if (!strcmp(name, "jsonl") || !strcmp(name, "json"))
		return DYAD_FORMAT_JSONL;
	if (!strcmp(name, "tsv"))
		return DYAD_FORMAT_TSV;
	if (!strcmp(name, "tabari"))
		return DYAD_FORMAT_TABARI;
	return -1;
}

int dyad_emitter_new(dyad_emitter **out, dyad_output_format fmt)
{
	if ((int)fmt < 0 || fmt > DYAD_FORMAT_TABARI)
		return DYAD_EINVAL;
	dyad_emitter *em = calloc(1, sizeof *em);
	if (!em)
		return DYAD_ENOMEM;
	em->fmt = fmt;
	*out = em;
	return 0;
}

void dyad_emitter_free(dyad_emitter *em)
{
	if (!em)
		return;
	dyad_buf_free(&em->out);
	free(em);
}

const char *dyad_emitter_data(const dyad_emitter *em, size_t *len)
{
	*len = em->out.len;
	return em->out.data ? em->out.data : "";
}

void dyad_emitter_clear(dyad_emitter *em) { dyad_buf_clear(&em->out); }

int dyad_emitter_header(dyad_emitter *em)
{
	if (em->fmt == DYAD_FORMAT_TSV)
		dyad_buf_puts(&em->out,
		              "date\tsource\ttarget\tcode\troot\tquad\tgoldstein\tdoc\tsent\tderived\n");
	return em->out.oom ? DYAD_ENOMEM : 0;
}

static void json_str(dyad_buf *b, const char *s)
{
	if (!s) {
		dyad_buf_puts(b, "null");
		return;
	}
	dyad_buf_putc(b, '"');
	dyad_buf_json_escape(b, s, strlen(s));
	dyad_buf_putc(b, '"');
}

static void json_span(dyad_buf *b, dyad_span s)
{
	if (!s.len)
		dyad_buf_puts(b, "null");
	else
		dyad_buf_printf(b, "[%u,%u]", s.off, s.off + s.len);
}

/* Root ("19"), quad class and Goldstein score of an event code. */
static void code_facts(const char *code, char root[3], int *quad, double *gold, const char **label)
{
	root[0] = code[0] ? code[0] : '0';
	root[1] = code[0] && code[1] ? code[1] : '0';
	root[2] = '\0';
	const dyad_cameo_code *c = dyad_cameo_lookup(code);
	*quad = c ? c->quad : 0;
	*gold = c ? c->goldstein : 0.0;
	*label = c ? c->label : NULL;
}

static void add_jsonl(dyad_buf *b, const dyad_story *st, const dyad_result *r, const dyad_event *e)
{
	char root[3];
	int quad;
	double gold;
	const char *label;
	code_facts(e->code, root, &quad, &gold, &label);
	dyad_buf_puts(b, "{\"doc\":");
	json_str(b, st->doc);
	dyad_buf_printf(b, ",\"sent\":%u,\"sentence\":", e->sent);
	json_str(b, e->sent < r->nsents ? r->sents[e->sent].text : NULL);
	dyad_buf_puts(b, ",\"date\":");
	json_str(b, e->date);
	dyad_buf_puts(b, ",\"source\":");
	json_str(b, e->source);
	dyad_buf_puts(b, ",\"target\":");
	json_str(b, e->target);
	dyad_buf_puts(b, ",\"code\":");
	json_str(b, e->code);
	dyad_buf_puts(b, ",\"root\":");
	json_str(b, root);
	dyad_buf_printf(b, ",\"quad\":%d,\"goldstein\":%.1f,\"label\":", quad, gold);
	json_str(b, label);
	dyad_buf_printf(b, ",\"negated\":%s,\"attributed_to\":", e->negated ? "true" : "false");
	json_str(b, e->attributed_to);
	dyad_buf_puts(b, ",\"via\":");
	json_str(b, e->via);
	dyad_buf_puts(b, ",\"derived\":");
	json_str(b, e->derived);
	dyad_buf_puts(b, ",\"evidence\":{\"pattern\":");
	json_str(b, e->pattern);
	dyad_buf_puts(b, ",\"file\":");
	json_str(b, e->pattern_file);
	dyad_buf_printf(b, ",\"line\":%u,\"source_span\":", e->pattern_line);
	json_span(b, e->source_span);
	dyad_buf_puts(b, ",\"target_span\":");
	json_span(b, e->target_span);
	dyad_buf_puts(b, ",\"verb_span\":");
	json_span(b, e->verb_span);
	dyad_buf_puts(b, "}}\n");
}

static void tsv_field(dyad_buf *b, const char *s)
{
	if (!s)
		return;
	for (; *s; s++)
		dyad_buf_putc(b, (*s == '\t' || *s == '\n' || *s == '\r') ? ' ' : *s);
}

static void add_tsv(dyad_buf *b, const dyad_story *st, const dyad_event *e)
{
	char root[3];
	int quad;
	double gold;
	const char *label;
	code_facts(e->code, root, &quad, &gold, &label);
	dyad_buf_printf(b, "%s\t%s\t%s\t%s\t%s\t%d\t%.1f\t", e->date ? e->date : "", e->source,
	                e->target, e->code, root, quad, gold);
	tsv_field(b, st->doc);
	dyad_buf_printf(b, "\t%u\t%s\n", e->sent, e->derived ? e->derived : "");
}

static void add_tabari(dyad_buf *b, const dyad_event *e)
{
	char d[7] = "000000";
	if (e->date && strlen(e->date) == 10) {
		d[0] = e->date[2];
		d[1] = e->date[3];
		d[2] = e->date[5];
		d[3] = e->date[6];
		d[4] = e->date[8];
		d[5] = e->date[9];
	}
	const dyad_cameo_code *c = dyad_cameo_lookup(e->code);
	dyad_buf_printf(b, "%s\t%s\t%s\t%s", d, e->source, e->target, e->code);
	if (c)
		dyad_buf_printf(b, "\t%s", c->label);
	dyad_buf_putc(b, '\n');
}

int dyad_emitter_add(dyad_emitter *em, const dyad_story *st, const dyad_result *r)
{
	for (size_t i = 0; i < r->nevents; i++) {
		const dyad_event *e = &r->events[i];
		switch (em->fmt) {
		case DYAD_FORMAT_JSONL: add_jsonl(&em->out, st, r, e); break;
		case DYAD_FORMAT_TSV: add_tsv(&em->out, st, e); break;
		case DYAD_FORMAT_TABARI:
			/* TABARI's event files have no mirrors: the derived
			 * reciprocal events are left out */
			if (!e->derived)
				add_tabari(&em->out, e);
			break;
		}
	}
	return em->out.oom ? DYAD_ENOMEM : 0;
}
