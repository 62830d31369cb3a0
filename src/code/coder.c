/*
 * code/coder.c — the public coder API: split a story into sentences, parse
 * and code each (parse.c, verb.c), and turn the events into the public
 * dyad_event form with their evidence.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "code/code_int.h"
#include "dates/dates.h"
#include "text/clean.h"
#include "text/segment.h"
#include "text/swar.h"
#include <stdio.h>

int dyad_coder_new(dyad_coder **out, const dyad_lexicon *lx, const dyad_coder_options *opts)
{
	if (!out || !lx || !lx->finished)
		return DYAD_EINVAL;
	dyad_coder *c = calloc(1, sizeof *c);
	if (!c)
		return DYAD_ENOMEM;
	c->lx = lx;
	dyad_coder_options def = DYAD_CODER_OPTIONS_INIT;
	c->opts = opts ? *opts : def;
	c->opt = lx->opt;
	c->litcache = calloc(LITCACHE, sizeof *c->litcache);
	c->fwtab = dyad__fw_table();
	if (!c->litcache || !c->fwtab) {
		free(c->litcache);
		free(c->fwtab);
		free(c);
		return DYAD_ENOMEM;
	}
	dyad_arena_init(&c->arena, 256 * 1024);
	dyad_arena_init(&c->scratch, 128 * 1024);
	dyad_strtab_init(&c->extra);
	c->fwd_root = c->fwd_person = NONE32;
	*out = c;
	return 0;
}

void dyad_coder_free(dyad_coder *c)
{
	if (!c)
		return;
	dyad_arena_free(&c->arena);
	dyad_arena_free(&c->scratch);
	dyad_strtab_free(&c->extra);
	dyad_vec_free(&c->sents);
	dyad_vec_free(&c->events);
	dyad_vec_free(&c->status);
	dyad_vec_free(&c->explain);
	free(c->litcache);
	free(c->fwtab);
	free(c);
}

int dyad_coder_set_option(dyad_coder *c, const char *line)
{
	if (!c || !line)
		return DYAD_EINVAL;
	return lex_options_apply(&c->extra, (uint32_t)c->lx->strs.n, NULL, &c->opt, line) == 0
	               ? 0
	               : DYAD_EINVAL;
}

void dyad_coder_reset_options(dyad_coder *c) { c->opt = c->lx->opt; }

static int32_t parse_story_date(const char *d)
{
	if (!d || strlen(d) != 10)
		return 0;
	int y = atoi(d), m = atoi(d + 5), day = atoi(d + 8);
	if (y < 1 || m < 1 || m > 12 || day < 1 || day > 31)
		return 0;
	return y * 10000 + m * 100 + day;
}

/* Render a sequence the way it is written in a dictionary. */
static void render_seq(const dyad_coder *c, const lex_seq *seq, dyad_buf *b)
{
	const dyad_lexicon *lx = c->lx;
	for (uint32_t i = 0; i < seq->n; i++) {
		const lex_elem *e = &lx->elems.v[seq->first + i];
		switch (e->type) {
		case EL_WORD: dyad_buf_puts(b, dyad_strtab_str(&lx->strs, e->ref)); break;
		case EL_VERB: dyad_buf_putc(b, '*'); break;
		case EL_SRC: dyad_buf_putc(b, '$'); break;
		case EL_TGT: dyad_buf_putc(b, '+'); break;
		case EL_COMP: dyad_buf_putc(b, '%'); break;
		case EL_SKIP: dyad_buf_putc(b, '^'); break;
		case EL_ATTR: dyad_buf_putc(b, '@'); break;
		case EL_OPEN: dyad_buf_putc(b, '{'); break;
		case EL_OR: dyad_buf_putc(b, '|'); break;
		case EL_CLOSE: dyad_buf_putc(b, '}'); break;
		case EL_SYNSET:
			dyad_buf_puts(b, dyad_strtab_str(&lx->strs, lx->synset_names.v[e->ref]));
			break;
		default: break;
		}
		int last = i + 1 == seq->n;
		switch (e->conn) {
		case CONN_FULL_NEXT: dyad_buf_putc(b, '_'); break;
		case CONN_FULL_SKIP: dyad_buf_puts(b, last ? "_" : "_ "); break;
		case CONN_PART_NEXT: dyad_buf_puts(b, "~_"); break;
		case CONN_EQUAL: dyad_buf_putc(b, '='); break;
		default:
			if (!last)
				dyad_buf_putc(b, ' ');
		}
	}
}

static void render_code(const dyad_coder *c, const lex_vcode *v, dyad_buf *b)
{
	dyad_buf_puts(b, " [");
	if (v->flags & CF_NULL)
		dyad_buf_puts(b, "---");
	else if (v->flags & CF_DISCARD)
		dyad_buf_puts(b, "###");
	else if (v->flags & CF_COMPLEX)
		dyad_buf_puts(b, "+++");
	else if (v->code != NONE32)
		dyad_buf_puts(b, dyad__str(c, v->code));
	if (v->code2 != NONE32) {
		dyad_buf_putc(b, ':');
		dyad_buf_puts(b, dyad__str(c, v->code2));
	}
	if (v->flags & CF_SUBORD)
		dyad_buf_putc(b, '?');
	if (v->flags & CF_DOMINANT)
		dyad_buf_putc(b, '!');
	dyad_buf_putc(b, ']');
}

static dyad_span word_span(const sentstate *s, int w, uint8_t kind)
{
	dyad_span sp = {0, 0};
	if (w < 0 || w >= s->n)
		return sp;
	int k = dyad__head(s, w, kind);
	int t = k >= 0 ? s->spans[k].tail : w;
	sp.off = s->w[w].off;
	sp.len = s->w[t].off + s->w[t].len - sp.off;
	return sp;
}

/* "CODE (words)" for the actor at word w: who said it, or the go-between. */
static const char *actor_label(dyad_coder *c, const sentstate *s, int w)
{
	if (w < 0 || w >= s->n)
		return NULL;
	const char *code = dyad__actor_text_code(c, s, w);
	dyad_span sp = word_span(s, w, T_ACTOR);
	char buf[256];
	int n = snprintf(buf, sizeof buf, "%s (%.*s)", code ? code : "---", (int)sp.len,
	                 s->text + sp.off);
	if (n < 0)
		return NULL;
	return dyad_arena_strndup(&c->arena, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

static const char *fmt_date(dyad_coder *c, int32_t d)
{
	if (!d)
		return NULL;
	/* YYYY-MM-DD by hand: snprintf costs more than coding a short sentence */
	int y = d / 10000 % 10000, m = d / 100 % 100, dd = d % 100;
	if (y < 0 || m < 0 || dd < 0)
		return NULL;
	char buf[11] = {(char)('0' + y / 1000), (char)('0' + y / 100 % 10), (char)('0' + y / 10 % 10),
	                (char)('0' + y % 10), '-', (char)('0' + m / 10), (char)('0' + m % 10), '-',
	                (char)('0' + dd / 10), (char)('0' + dd % 10), '\0'};
	return dyad_arena_strndup(&c->arena, buf, 10);
}

/* --trace: the parse of a sentence as dyad sees it, on standard error. */
static void trace_parse(dyad_coder *c, const sentstate *s)
{
	static const char *const tn[] = {"", "litr", "ACTOR", "agent", "VERB", "time", "attrib",
	                                 "det", "noun", "adj", "aux", "by", ",", "pron", "conj",
	                                 "prep", "num", "x"};
	fprintf(stderr, "trace: %.100s\n  ", s->text);
	for (int i = 0; i < s->n; i++) {
		const cword *x = &s->w[i];
		const char *t = x->wtype < sizeof tn / sizeof tn[0] ? tn[x->wtype] : "?";
		if (x->wtype == T_ACTOR) {
			const char *code = dyad__actor_text_code(c, s, i);
			fprintf(stderr, "%s/%s[%s] ", x->norm, t, code ? code : "-");
		} else if (x->wtype == T_NULL || x->wtype == T_LITR) {
			fprintf(stderr, "%s ", x->norm);
		} else {
			fprintf(stderr, "%s/%s ", x->norm, t);
		}
	}
	fprintf(stderr, "\n  %s%s", s->discard ? "discard " : "", s->complex ? "complex " : "");
	for (int i = 0; i < s->nev; i++)
		fprintf(stderr, "{%s %s %s} ", s->ev[i].src_str, s->ev[i].tgt_str,
		        s->ev[i].code != NONE32 ? dyad__str(c, s->ev[i].code) : "---");
	fprintf(stderr, "\n");
}

/* The dates written in a sentence (at most 32, into dm); the last one
 * becomes the story's anchor for relative dates in later sentences. */
static size_t read_dates(dyad_coder *c, const char *text, size_t len, int32_t date,
                         dyad_date_match *dm)
{
	dyad_date story = {0, 0, 0, 0, 0};
	if (date) {
		story.y = date / 10000;
		story.m = date / 100 % 100;
		story.d = date % 100;
		story.precision = 3;
	}
	size_t ndm = dyad_dates_find(text, len, story, c->anchor, 0, dm, 32);
	for (size_t k = 0; k < ndm; k++)
		if (dm[k].date.precision)
			c->anchor = dm[k].date;
	return ndm;
}

/* What a sentence forwards to the next: its first actor, and the last
 * person named (sentstate fwd_in, fwd_person_in). */
typedef struct fwdref {
	uint32_t actor, person;
} fwdref;

/*
 * News: a person's code for the event's own date when the text dates the
 * event away from the story ("in 2008 Soleimani texted David Petraeus":
 * Petraeus was then USAMIL, not the USAELI of the story's date). Only the
 * code the dictionary gave for the story date is replaced, at the start
 * of the composite code, and only by one of the same country; agents
 * added to it stay.
 */
static const char *redate_actor(dyad_coder *c, const sentstate *s, int w, const dyad_date *ed,
				const char *cur)
{
	const dyad_lexicon *lx = c->lx;
	if (w < 0 || w >= s->n || !cur)
		return cur;
	uint32_t root = NONE32;
	for (int k = 0; k < s->nspans && root == NONE32; k++)
		if (s->spans[k].kind == T_ACTOR && s->spans[k].head <= w && s->spans[k].tail >= w)
			for (int j = s->spans[k].head; j <= s->spans[k].tail && root == NONE32; j++)
				root = s->w[j].root;
	if (root == NONE32)
		root = s->w[w].root;
	if (root == NONE32 || lx->phrases.v[root].cat != CAT_ACTOR)
		return cur;
	uint32_t actor = lx->phrases.v[root].target;
	if (actor >= lx->actors.n || lx->actors.v[actor].n < 2)
		return cur;
	int32_t when = ed->y * 10000 + (ed->precision >= 2 ? ed->m : 7) * 100 +
		       (ed->precision >= 3 ? ed->d : ed->precision == 2 ? 15 : 1);
	int64_t was = dyad__actor_code2(lx, actor, s->date, c->opt.event_dates);
	int64_t now = dyad__actor_code2(lx, actor, when, c->opt.event_dates);
	if (was < 0 || now < 0 || was == now)
		return cur;
	const lex_acode *a = &lx->acodes.v[was], *b = &lx->acodes.v[now];
	if (a->ncodes != 1 || b->ncodes != 1 || a->flags || b->flags)
		return cur;
	const char *from = dyad_strtab_str(&lx->strs, lx->codelist.v[a->codes]);
	const char *to = dyad_strtab_str(&lx->strs, lx->codelist.v[b->codes]);
	size_t fn = strlen(from), tn = strlen(to), cn = strlen(cur);
	if (strncmp(cur, from, fn) || strncmp(from, to, 3))
		return cur;
	char *out = dyad_arena_alloc(&c->arena, tn + cn - fn + 1);
	if (!out)
		return cur;
	memcpy(out, to, tn);
	size_t o = tn;
	/* an agent that repeats a role of the new code goes: CHNELI + GOV
	 * ("former President Hu") in office is CHNGOV, not CHNGOVGOV */
	for (size_t k = fn; k + 3 <= cn; k += 3) {
		int dup = 0;
		for (size_t j = 3; j + 3 <= o && !dup; j += 3)
			dup = !memcmp(out + j, cur + k, 3);
		if (!dup) {
			memcpy(out + o, cur + k, 3);
			o += 3;
		}
	}
	out[o] = 0;
	return out;
}

static int code_one(dyad_coder *c, const char *text, size_t len, uint32_t off, int32_t date,
                    fwdref fwd_in, fwdref *fwd_out)
{
	const dyad_lexicon *lx = c->lx;
	dyad_sentence *sent = dyad_vec_push(&c->sents);
	int *st = dyad_vec_push(&c->status);
	const char **ex = dyad_vec_push(&c->explain);
	if (!sent || !st || !ex)
		return -1;
	uint32_t si = (uint32_t)(c->sents.n - 1);
	sent->off = off;
	sent->len = (uint32_t)len;
	sent->text = dyad_arena_strndup(&c->arena, text, len);
	if (!sent->text)
		return -1;
	sentstate s;
	memset(&s, 0, sizeof s);
	dyad_arena_reset(&c->scratch);
	s.date = date;
	s.fwd_in = fwd_in.actor;
	s.fwd_person_in = fwd_in.person;
	s.recent = c->recent;
	s.nrecent = c->nrecent;
	if (c->pair[0] && c->pair_sent + 1 == si) {
		s.pair_in[0] = c->pair[0];
		s.pair_in[1] = c->pair[1];
	}
	if (dyad__parse(c, &s, sent->text, len) != 0 || dyad__code_sentence(c, &s) != 0)
		return -1;
	if (fwd_out) {
		fwd_out->actor = s.fwd_out;
		fwd_out->person = s.fwd_person_out;
	}
	/* remember the actors named, for role nouns in later sentences */
	if (c->opt.coreference)
		for (int i = 0; i < s.n; i++)
			if (s.w[i].wtype == T_ACTOR && s.w[i].root != NONE32 &&
			    dyad__head(&s, i, T_ACTOR) >= 0 &&
			    lx->phrases.v[s.w[i].root].cat == CAT_ACTOR) {
				if (c->nrecent == 32) {
					memmove(c->recent, c->recent + 1, 31 * sizeof *c->recent);
					c->nrecent--;
				}
				c->recent[c->nrecent++] = s.w[i].root;
			}
	/* the parties of the last event between two countries, for "the two
	 * sides" in the next sentence */
	for (int i = s.nev - 1; i >= 0 && c->opt.coreference && c->opt.news_grammar; i--) {
		const rawevent *r = &s.ev[i];
		if (r->derived || !r->src_str || !r->tgt_str || r->code == NONE32 ||
		    strlen(r->src_str) < 3 || strlen(r->tgt_str) < 3 ||
		    !strncmp(r->src_str, r->tgt_str, 3))
			continue;
		c->pair_sent = si;
		if (!c->pair[0] || strcmp(c->pair[0], r->src_str) || strcmp(c->pair[1], r->tgt_str)) {
			c->pair[0] = dyad_arena_strndup(&c->arena, r->src_str, strlen(r->src_str));
			c->pair[1] = dyad_arena_strndup(&c->arena, r->tgt_str, strlen(r->tgt_str));
			if (!c->pair[0] || !c->pair[1])
				return -1;
		}
		break;
	}
	*st = s.discard ? DYAD_SENT_DISCARD : s.complex ? DYAD_SENT_COMPLEX : DYAD_SENT_OK;
	if (c->opts.trace)
		trace_parse(c, &s);
	*ex = s.explain;
	const char *edate = fmt_date(c, s.date);
	/* dates written in the sentence, for the events' own dates */
	dyad_date_match dm[32];
	size_t ndm = 0;
	/* only sentences with events need their dates, and only sentences with
	 * a digit can move the anchor for later ones ("in 2008", "May 3"); those
	 * are read when the next sentence with an event comes, if one does */
	int has_digit = 0;
	if (c->opt.event_dates && !s.nev)
		has_digit = dyad__swar_has_digit((const unsigned char *)sent->text, len);
	if (c->opt.event_dates && !s.nev && has_digit) {
		if (c->ndpend == (int)(sizeof c->dpend / sizeof c->dpend[0])) {
			read_dates(c, c->dpend[0].text, c->dpend[0].len, c->dpend[0].date, dm);
			memmove(c->dpend, c->dpend + 1, (size_t)(c->ndpend - 1) * sizeof c->dpend[0]);
			c->ndpend--;
		}
		c->dpend[c->ndpend].text = sent->text;
		c->dpend[c->ndpend].len = len;
		c->dpend[c->ndpend].date = date;
		c->ndpend++;
	} else if (c->opt.event_dates && s.nev) {
		for (int k = 0; k < c->ndpend; k++)
			read_dates(c, c->dpend[k].text, c->dpend[k].len, c->dpend[k].date, dm);
		c->ndpend = 0;
		ndm = read_dates(c, sent->text, len, date, dm);
	}
	for (int i = 0; i < s.nev; i++) {
		const rawevent *r = &s.ev[i];
		dyad_event *e = dyad_vec_push(&c->events);
		if (!e)
			return -1;
		e->sent = si;
		e->date = edate;
		e->source = r->src_str;
		e->target = r->tgt_str;
		if (ndm && r->verb >= 0 && r->verb < s.n) {
			dyad_date ed;
			if (dyad_dates_for_event(dm, ndm, s.w[r->verb].off, &ed) && ed.precision) {
				char buf[16];
				size_t bl = dyad_date_format(&ed, buf);
				if (bl)
					e->date = dyad_arena_strndup(&c->arena, buf, bl);
				/* dated away from the story: people in their role then */
				if (!ed.decade && (!s.date || ed.y != s.date / 10000)) {
					e->source = redate_actor(c, &s, r->src, &ed, e->source);
					e->target = redate_actor(c, &s, r->tgt, &ed, e->target);
				}
			}
		}
		e->code = r->code != NONE32 ? dyad__str(c, r->code) : "---";
		/* a code of the coder's own string table: that table may grow
		 * (and move) before the story's events are read; the story's
		 * arena keeps a copy */
		if (r->code != NONE32 && r->code >= c->lx->strs.n) {
			e->code = dyad_arena_strndup(&c->arena, e->code, strlen(e->code));
			if (!e->code)
				return -1;
		}
		e->negated = r->negated;
		e->derived = r->derived == DERIVED_RECIPROCAL ? "reciprocal" : NULL;
		e->attributed_to = actor_label(c, &s, r->attr);
		e->via = actor_label(c, &s, r->via);
		e->source_span = word_span(&s, r->src, T_ACTOR);
		e->target_span = word_span(&s, r->tgt, T_ACTOR);
		e->verb_span = word_span(&s, r->verb, T_VERB);
		dyad_buf b = DYAD_BUF_INIT;
		const lex_verb *vb = &lx->verbs.v[r->verb_id];
		uint32_t src;
		if (r->derived == DERIVED_ACCUSATION)
			dyad_buf_puts(&b, "accusation: the speaker reports an act of the target: ");
		else if (r->derived == DERIVED_APPEAL)
			dyad_buf_puts(&b, "appeal: the source wants the target to do this: ");
		else if (r->derived == DERIVED_CLAIM)
			dyad_buf_puts(&b, "claim: the speaker claims this act of its own: ");
		else if (r->derived == DERIVED_RECIPROCAL)
			dyad_buf_puts(&b, "reciprocal: the mirror of a mutual act: ");
		if (r->pattern != NONE32) {
			const lex_pattern *p = &lx->patterns.v[r->pattern];
			const lex_phrase *root = &lx->phrases.v[vb->root_phrase];
			render_seq(c, &root->seq, &b);
			dyad_buf_puts(b.len ? &b : &b, " / - ");
			render_seq(c, &p->seq, &b);
			render_code(c, &p->code, &b);
			src = p->src;
		} else {
			const lex_phrase *root = &lx->phrases.v[vb->root_phrase];
			render_seq(c, &root->seq, &b);
			render_code(c, &vb->code, &b);
			src = vb->src;
		}
		if (b.oom)
			return -1;
		e->pattern = dyad_arena_strndup(&c->arena, b.data, b.len);
		dyad_buf_free(&b);
		e->pattern_file = dyad_strtab_str(&lx->strs, lx->srcs.v[src].file);
		e->pattern_line = lx->srcs.v[src].line;
	}
	return 0;
}

/* Split text[off..off+len) into sentences and code each. */
static int code_span(dyad_coder *c, const char *text, size_t off, size_t len, int32_t date,
                     fwdref *next)
{
	dyad_range *r;
	size_t n = dyad_segment(&c->arena, text + off, len, &r);
	if (n == (size_t)-1)
		return -1;
	for (size_t i = 0; i < n; i++) {
		uint32_t so = r[i].off + (uint32_t)off;
		/* with coreference, a pronoun may stand for the first actor of the
		 * sentence before (and "he" or "she" for the last person named) */
		fwdref fin = {NONE32, NONE32}, fout = {NONE32, NONE32};
		if (c->opt.coreference)
			fin = *next;
		if (code_one(c, text + so, r[i].len, so, date, fin, &fout) != 0)
			return -1;
		if (fout.actor != NONE32)
			next->actor = fout.actor;
		next->person = fout.person;
	}
	return 0;
}

/*
 * FORWARD: story and sentence numbers from a record id with the format's
 * N and S runs. Returns 0 when the id does not fit the format.
 */
static int forward_ids(const char *fmt, const char *id, char *story, size_t cap, long *sent)
{
	size_t n = strlen(fmt), il = strlen(id), o = 0;
	long sv = 0;
	int have_s = 0;
	for (size_t i = 0; i < n; i++) {
		if (i >= il)
			return 0;
		if (fmt[i] == 'N' && o + 1 < cap)
			story[o++] = id[i];
		if (fmt[i] == 'S') {
			have_s = 1;
			sv = (id[i] >= '0' && id[i] <= '9') ? sv * 10 + (id[i] - '0') : 0;
		}
	}
	story[o] = '\0';
	*sent = sv;
	return have_s;
}

int dyad_coder_code(dyad_coder *c, const dyad_story *story, const dyad_result **out)
{
	if (!c || !story || !out)
		return DYAD_EINVAL;
	dyad_arena_reset(&c->arena);
	c->sents.n = c->events.n = c->status.n = c->explain.n = 0;
	int32_t date = parse_story_date(story->date);
	c->nrecent = 0;
	c->pair[0] = c->pair[1] = NULL;
	c->nnames = 0;
	memset(&c->anchor, 0, sizeof c->anchor);
	c->ndpend = 0;
	/* pronoun forwarding between records */
	fwdref fwd = {NONE32, NONE32};
	char sid[32];
	long sno = 0;
	int fwd_ok = c->opt.forward && story->doc &&
	             forward_ids(c->opt.forward_fmt, story->doc, sid, sizeof sid, &sno);
	if (fwd_ok && !strcmp(sid, c->fwd_story) && sno == c->fwd_sent + 1)
		fwd = (fwdref){c->fwd_root, c->fwd_person};
	if (story->title && *story->title) {
		fwdref none = {NONE32, NONE32};
		if (code_one(c, story->title, strlen(story->title), 0, date, none, NULL) != 0)
			return DYAD_ENOMEM;
	}
	const char *text = story->text ? story->text : "";
	size_t len = story->text ? story->text_len : 0;
	fwdref next = {NONE32, NONE32};
	if (!c->opts.split_sentences) {
		if (len && code_one(c, text, len, 0, date, fwd, &next) != 0)
			return DYAD_ENOMEM;
	} else {
		/* with SET: CLEAN TEXT, only the story's own lines are coded:
		 * comments, bylines, captions and boilerplate are skipped */
		dyad_textspan whole = {0, (uint32_t)len, DYAD_SPAN_BODY}, *spans = &whole;
		size_t nspans = 1;
		if (c->opt.clean_text && len) {
			nspans = dyad_clean(&c->arena, text, len, &spans);
			if (nspans == (size_t)-1)
				return DYAD_ENOMEM;
		}
		for (size_t sp = 0; sp < nspans; sp++)
			if (spans[sp].kind == DYAD_SPAN_BODY &&
			    code_span(c, text, spans[sp].off, spans[sp].len, date, &next) != 0)
				return DYAD_ENOMEM;
	}
	if (fwd_ok) {
		snprintf(c->fwd_story, sizeof c->fwd_story, "%s", sid);
		c->fwd_sent = sno;
		c->fwd_root = next.actor;
		c->fwd_person = next.person;
	} else {
		c->fwd_story[0] = '\0';
		c->fwd_root = c->fwd_person = NONE32;
	}
	c->result.sents = c->sents.v;
	c->result.nsents = c->sents.n;
	c->result.events = c->events.v;
	c->result.nevents = c->events.n;
	c->result.sent_status = c->status.v;
	c->result.sent_explain = c->explain.v;
	*out = &c->result;
	return 0;
}
