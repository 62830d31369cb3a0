/*
 * code/verb.c — coding a parsed sentence: verbs, their patterns, sources
 * and targets, agents, compounds, paired/subordinate/dominant codes, and
 * the final filtering of events. Follows TABARI 0.8.4's coder; the rules
 * and their quirks are described in docs/tabari-compat.md.
 */
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "code/code_int.h"

#define AGENT_ELI (NONE32 - 1)
#define WHERE_DEFAULT 127

/* An actor as the coder handles it. */
typedef struct actrec {
	uint32_t actor;   /* code string id (coder space), NONE32 = none */
	uint32_t agent;   /* agent id + 1, AGENT_ELI, or 0 */
	uint8_t index;    /* the code is a coded compound (more than one code) */
	uint8_t special;  /* CF_NULL / CF_DISCARD / CF_COMPLEX of the actor code */
	int64_t acode;    /* acode index (for compound expansion) */
	int where;        /* word index, WHERE_DEFAULT, or -1 */
} actrec;

typedef struct ev {
	actrec s, t;
	uint32_t code;    /* event code string id, NONE32 for special */
	uint8_t cflags;   /* CF_* */
	uint8_t valid;
	int verb;
	uint32_t pattern; /* pattern id, or NONE32 for the verb's own code */
	uint32_t verb_id;
	int attr;         /* speaker word, -1 (the sentence's), -2 none */
	int via;          /* intermediary word, -1 */
	uint8_t negated;
	uint8_t derived;  /* DERIVED_*: made from another event */
	uint8_t self;     /* a reflexive object: the source acts on itself */
} ev;

typedef struct vstate {
	dyad_coder *c;
	sentstate *s;
	actrec src, tgt, att;
	int reg_src, reg_tgt, passive;
	int cs, ce; /* clause bounds */
	int speaker;  /* attribution of the current clause, -1 */
	int pat_lo;   /* lowest word a matched pattern used (negators inside it
	                 belong to the pattern) */
	int pat_hi;   /* highest word the last matched pattern used */
	int pat_src;  /* the matched pattern named the source ($) */
	int attr_memo_loc, attr_memo; /* is word attr_memo_loc - 1 an attribution point */
	int via;      /* intermediary found by the target search, -1 */
	int reflexive; /* the target is the source, named by a reflexive object */
	const lex_vcode *code; /* the code being made */
	ev evs[64];
	int nev;
} vstate;

static const actrec EMPTY = {NONE32, 0, 0, 0, -1, -1};

/* The CAMEO root (the first two digits) of an event code string id. */
static int code_root(const dyad_coder *c, uint32_t code)
{
	const char *cs = dyad__str(c, code);
	return (cs[0] - '0') * 10 + (cs[1] - '0');
}

static int act_empty(const actrec *a) { return a->actor == NONE32 && a->agent == 0 && a->index == 0 && !a->special; }

static int act_equal(const actrec *a, const actrec *b)
{
	return a->actor == b->actor && a->agent == b->agent && a->index == b->index &&
	       a->special == b->special;
}

const char *dyad__str(const dyad_coder *c, uint32_t id)
{
	if (id < c->lx->strs.n)
		return dyad_strtab_str(&c->lx->strs, id);
	return dyad_strtab_str(&c->extra, id - (uint32_t)c->lx->strs.n);
}

static uint32_t intern_extra(dyad_coder *c, const char *s, size_t n)
{
	int64_t id = dyad_strtab_find(&c->lx->strs, s, n);
	if (id >= 0)
		return (uint32_t)id;
	id = dyad_strtab_intern(&c->extra, s, n);
	return id < 0 ? NONE32 : (uint32_t)c->lx->strs.n + (uint32_t)id;
}

/* ---- actors and agents ------------------------------------------------ */

static int refer_of(const sentstate *s, int w)
{
	int k = dyad__head(s, w, T_REFER);
	return k >= 0 ? s->spans[k].ref : -1;
}

/* The head word of the actor covering word w (w itself for a pronoun). */
static int actor_head(const sentstate *s, int w)
{
	if (dyad__head(s, w, T_ACTOR) >= 0)
		return w;
	for (int k = 0; k < s->nspans; k++)
		if (s->spans[k].kind == T_ACTOR && s->spans[k].head <= w && s->spans[k].tail >= w)
			return s->spans[k].head;
	return w;
}

static int actor_tail(const sentstate *s, int w)
{
	int k = dyad__head(s, w, T_ACTOR);
	return k >= 0 ? s->spans[k].tail : w;
}

/* TABARI's getActorStructCodes: codes of the actor at word loc. */
static actrec actor_codes(vstate *v, int loc)
{
	dyad_coder *c = v->c;
	const sentstate *s = v->s;
	const dyad_lexicon *lx = c->lx;
	actrec a = EMPTY;
	int guard = 0;
	int r, second = 0;
	if (loc >= PAIR_WORD) {
		loc -= PAIR_WORD;
		second = 1;
	}
	while ((r = refer_of(s, loc)) >= 0 && guard++ < MAX_WORDS)
		loc = r;
	a.where = loc;
	const cword *x = &s->w[loc];
	if (x->pair == PAIR_CODES) {
		/* "the two sides": the parties' codes */
		const char *b = second ? s->pair2[x->fwd2] : x->bound;
		if (b)
			a.actor = intern_extra(c, b, strlen(b));
		return a;
	}
	if (x->bound) {
		a.actor = intern_extra(c, x->bound, strlen(x->bound));
		return a;
	}
	uint32_t root = second && x->pair ? x->fwd2 : x->fwd != NONE32 ? x->fwd : x->root;
	if (root == NONE32)
		return a;
	const lex_phrase *p = &lx->phrases.v[root];
	if (p->cat == CAT_AGENT) {
		/* an agent converted to an actor: its code with the tilde */
		const lex_agent *ag = &lx->agents.v[p->target];
		if (ag->code == NONE32)
			return a;
		char buf[80];
		const char *code = dyad_strtab_str(&lx->strs, ag->code);
		int n = snprintf(buf, sizeof buf, ag->suffix ? "~%s" : "%s~", code);
		if (n > 0 && (size_t)n < sizeof buf)
			a.actor = intern_extra(c, buf, (size_t)n);
		return a;
	}
	if (p->cat != CAT_ACTOR)
		return a;
	int64_t k = dyad__actor_code2(lx, p->target, s->date, c->opt.event_dates);
	if (k < 0)
		return a;
	const lex_acode *ac = &lx->acodes.v[k];
	a.acode = k;
	if (ac->flags & (CF_NULL | CF_DISCARD | CF_COMPLEX)) {
		a.special = ac->flags & (CF_NULL | CF_DISCARD | CF_COMPLEX);
		return a;
	}
	if (ac->ncodes == 0)
		return a;
	a.actor = lx->codelist.v[ac->codes];
	a.index = ac->ncodes > 1;
	return a;
}

static int is_former(const dyad_coder *c, const sentstate *s, int w)
{
	return w >= 0 && w < s->n && s->w[w].wtype == T_ADJ && s->w[w].root != NONE32 &&
	       c->lx->phrases.v[s->w[w].root].cat == CAT_FORMER;
}

static uint32_t agent_of_word(const dyad_coder *c, const sentstate *s, int w)
{
	uint32_t root = s->w[w].root;
	if (root == NONE32 || c->lx->phrases.v[root].cat != CAT_AGENT)
		return 0;
	return c->lx->phrases.v[root].target + 1;
}

/* TABARI's findAgent: an agent right after the actor, or right before it
 * (across one IN/OF); FORMER turns it into ELI. */
static void find_agent(vstate *v, actrec *a, int loc)
{
	const sentstate *s = v->s;
	dyad_coder *c = v->c;
	if (loc < 0 || loc >= s->n)
		return;
	int t = refer_of(s, loc) >= 0 ? loc : actor_tail(s, loc);
	int former = 0;
	uint32_t agent = 0;
	if (is_former(c, s, t + 1)) {
		former = 1;
		t = t + 1;
	}
	if (!former && loc > 0 && is_former(c, s, loc - 1))
		former = 1;
	if (t + 1 < s->n && s->w[t + 1].wtype == T_AGENT && dyad__head(s, t + 1, T_AGENT) >= 0) {
		agent = former ? AGENT_ELI : agent_of_word(c, s, t + 1);
	} else {
		if (loc > 0 && s->w[loc - 1].wtype == T_PREP)
			loc = loc - 1;
		if (loc > 0 && s->w[loc - 1].wtype == T_AGENT) {
			int k = dyad__tail(s, loc - 1, T_AGENT);
			if (k >= 0) {
				int h = s->spans[k].head;
				if (!former && h > 0 && is_former(c, s, h - 1))
					former = 1;
				agent = former ? AGENT_ELI : agent_of_word(c, s, h);
			}
		}
	}
	a->agent = agent;
}

static actrec actor_full(vstate *v, int loc)
{
	actrec a = actor_codes(v, loc);
	/* news: a pronoun stands for the whole actor, its agent too ("the
	 * Iranian foreign minister said he ...": IRNGOV) */
	int r = loc, g = 0, rr;
	if (v->c->opt.news_grammar)
		while ((rr = refer_of(v->s, r)) >= 0 && g++ < MAX_WORDS)
			r = rr;
	/* (its own agent first: "THEIR GOVERNMENT", "its army") */
	find_agent(v, &a, loc);
	if (!a.agent && r != loc)
		find_agent(v, &a, r);
	return a;
}

static actrec default_actor(vstate *v, uint32_t code)
{
	actrec a = EMPTY;
	a.actor = code;
	a.where = WHERE_DEFAULT;
	return a;
}

/* ---- pattern matching (TABARI's checkPattern) ------------------------- */

enum { ST_FAIL = 0, ST_CONTINUE, ST_SUCCESS };
enum { UP = 0, DOWN = 1 };

typedef struct pm {
	vstate *v;
	const lex_elem *el;
	int nel;
	int pt, w, dir;
	int skip, full, cond;
	int lenalt;
	int idx_src, idx_tgt, idx_att, idx_cmp;
	int endc;
	int sv_w, sv_lenalt, sv_skip;
	int lo; /* lowest word matched by a literal */
	int hi; /* highest word matched by a literal */
} pm;

static int next_check(pm *m)
{
	if (m->dir == UP) {
		if (m->cond && m->pt + 1 < m->nel &&
		    (m->el[m->pt + 1].type == EL_OR || m->el[m->pt + 1].type == EL_CLOSE)) {
			m->cond = 0;
			while (m->pt < m->nel && m->el[m->pt].type != EL_CLOSE)
				m->pt++;
			if (m->pt >= m->nel)
				return ST_FAIL;
		}
		m->skip = (m->el[m->pt].conn & CONN_BIT_0400) != 0;
		m->pt++;
		if (m->pt >= m->nel)
			return ST_SUCCESS;
		m->w++;
		if (m->w > m->endc)
			return ST_FAIL;
	} else {
		m->pt--;
		if (m->pt < 0)
			return ST_SUCCESS;
		if (m->cond && (m->el[m->pt].type == EL_OR || m->el[m->pt].type == EL_OPEN)) {
			m->cond = 0;
			while (m->pt >= 0 && m->el[m->pt].type != EL_OPEN)
				m->pt--;
			m->pt--;
			if (m->pt < 0)
				return ST_FAIL; /* TABARI reads past the pattern here: no match */
		}
		m->skip = (m->el[m->pt].conn & CONN_BIT_0400) != 0;
		m->w--;
		if (m->w < 0)
			return ST_FAIL;
	}
	m->full = !(m->el[m->pt].conn & CONN_BIT_4000);
	return ST_CONTINUE;
}

static int continue_check(pm *m)
{
	if (m->dir == UP) {
		m->w++;
		return m->w <= m->endc;
	}
	m->w--;
	return m->w >= 0;
}

static int word_in(const cword *x, uint64_t lists);

/*
 * News: a comma at w that opens a new clause with its own subject and verb
 * (", Soleimani flew"). A pattern's gap going up does not pass it: in
 * "despite sanctions barring him from travel, Soleimani flew to Moscow",
 * "travel ... TO_ +" would take the "to" of "flew".
 */
static int comma_subject(const sentstate *s, int w)
{
	if (w < 0 || w + 2 >= s->n || s->w[w].wtype != T_COMMA)
		return 0;
	int a = w + 1;
	if (s->w[a].wtype == T_DETERM)
		a++;
	if (a >= s->n || s->w[a].wtype != T_ACTOR)
		return 0;
	int t = actor_tail(s, actor_head(s, a));
	while (t + 1 < s->n && (s->w[t + 1].wtype == T_AGENT || word_in(&s->w[t + 1], FW(AUX))))
		t++;
	return t + 1 < s->n && s->w[t + 1].wtype == T_VERB;
}

static int gap_blocked(const pm *m)
{
	return m->dir == UP && m->v->c->opt.news_grammar && comma_subject(m->v->s, m->w);
}

static int state_check(pm *m, int r)
{
	int accept = m->full ? r == 2 : r >= 1;
	if (accept)
		return next_check(m);
	if (m->skip)
		return !gap_blocked(m) && continue_check(m) ? ST_CONTINUE : ST_FAIL;
	return ST_FAIL;
}

static int comp_synset(pm *m);

static int comp_target(pm *m)
{
	const sentstate *s = m->v->s;
	const lex_elem *e = &m->el[m->pt];
	if (m->w < 0 || m->w >= s->n)
		return 0;
	const cword *x = &s->w[m->w];
	switch (e->type) {
	case EL_WORD: {
		int exact;
		if (!dyad__has_lit(x, e->ref, &exact))
			return 0;
		if (m->cond)
			m->lenalt += (int)dyad_strtab_len(&m->v->c->lx->strs, e->ref);
		if (m->w < m->lo)
			m->lo = m->w;
		if (m->w > m->hi)
			m->hi = m->w;
		return exact ? 2 : 1;
	}
	case EL_SRC:
	case EL_TGT:
	case EL_ATTR: {
		if (x->wtype != T_ACTOR)
			return 0;
		/* a dereferenced pronoun stands for the actor it refers to */
		int h = m->w, r, guard = 0;
		while ((r = refer_of(s, h)) >= 0 && guard++ < MAX_WORDS)
			h = r;
		h = actor_head(s, h);
		if (e->type == EL_SRC)
			m->idx_src = h;
		else if (e->type == EL_TGT)
			m->idx_tgt = h;
		else
			m->idx_att = h;
		return 2;
	}
	case EL_SKIP:
		if (x->wtype != T_ACTOR)
			return 0;
		if (m->dir == UP) {
			int t = actor_tail(s, actor_head(s, m->w));
			m->w = t > m->endc ? m->endc : t;
		} else {
			m->w = actor_head(s, m->w);
		}
		return 2;
	case EL_COMP: {
		int k = dyad__head(s, m->w, T_COMPOUND);
		if (k < 0)
			return 0;
		m->idx_cmp = m->w;
		return 2;
	}
	case EL_SYNSET:
		return comp_synset(m);
	default:
		return 0;
	}
}

/* Try one synset member at the current word; w and pt are restored. */
static int check_sub(pm *m, const lex_pattern *mem)
{
	pm sub = *m;
	sub.el = &m->v->c->lx->elems.v[mem->seq.first];
	sub.nel = (int)mem->seq.n;
	sub.cond = 0;
	int ok;
	if (m->dir == UP) {
		sub.pt = 0;
		int st = ST_CONTINUE;
		while (st == ST_CONTINUE) {
			int r = comp_target(&sub);
			st = state_check(&sub, r);
		}
		ok = st == ST_SUCCESS;
	} else {
		/* going down TABARI enters a member at its first element and is
		 * done after matching it */
		sub.pt = 0;
		int st = ST_CONTINUE;
		while (st == ST_CONTINUE) {
			int r = comp_target(&sub);
			int accept = sub.full ? r == 2 : r >= 1;
			if (accept) {
				st = ST_SUCCESS;
				break;
			}
			if (sub.skip && continue_check(&sub))
				continue;
			st = ST_FAIL;
		}
		ok = st == ST_SUCCESS;
	}
	if (ok) {
		m->idx_src = sub.idx_src;
		m->idx_tgt = sub.idx_tgt;
		m->idx_att = sub.idx_att;
		m->idx_cmp = sub.idx_cmp;
		m->lenalt = sub.lenalt;
		if (sub.lo < m->lo)
			m->lo = sub.lo;
		if (sub.hi > m->hi)
			m->hi = sub.hi;
	}
	return ok;
}

static int comp_synset(pm *m)
{
	const dyad_lexicon *lx = m->v->c->lx;
	uint32_t sy = m->el[m->pt].ref;
	uint32_t first = lx->synsets.v[2 * sy], n = lx->synsets.v[2 * sy + 1];
	for (uint32_t i = 0; i < n; i++)
		if (check_sub(m, &lx->synmembers.v[first + i]))
			return 2;
	return 0;
}

static void save_state(pm *m)
{
	m->sv_w = m->w;
	m->sv_lenalt = m->lenalt;
	m->sv_skip = m->skip;
	m->cond = 1;
}

static void restore_state(pm *m)
{
	m->w = m->sv_w;
	m->lenalt = m->sv_lenalt;
	m->skip = m->sv_skip;
}

static void init_condit(pm *m)
{
	save_state(m);
	if (m->dir == UP)
		m->pt++;
	else
		m->pt--;
}

static void cond_check(pm *m, int *state)
{
	if (m->dir == UP) {
		while (m->pt < m->nel && m->el[m->pt].type != EL_OR && m->el[m->pt].type != EL_CLOSE)
			m->pt++;
		if (m->pt >= m->nel || m->el[m->pt].type == EL_CLOSE) {
			m->cond = 0;
			return;
		}
		restore_state(m);
		m->pt++;
	} else {
		while (m->pt >= 0 && m->el[m->pt].type != EL_OR && m->el[m->pt].type != EL_OPEN)
			m->pt--;
		if (m->pt < 0 || m->el[m->pt].type == EL_OPEN) {
			m->cond = 0;
			return;
		}
		restore_state(m);
		m->pt--;
	}
	if (m->pt < 0 || m->pt >= m->nel)
		return;
	m->full = !(m->el[m->pt].conn & CONN_BIT_4000);
	*state = ST_CONTINUE;
}

static int check_pattern(vstate *v, const lex_seq *seq, int loc, uint8_t rtype, pm *out)
{
	const dyad_lexicon *lx = v->c->lx;
	pm m;
	memset(&m, 0, sizeof m);
	m.v = v;
	m.el = &lx->elems.v[seq->first];
	m.nel = (int)seq->n;
	m.idx_src = m.idx_tgt = m.idx_att = m.idx_cmp = -1;
	m.endc = v->ce;
	/* a reporting verb's patterns ("said it would retaliate") may reach into
	 * the reported clause */
	if (v->c->opt.attribution && rtype == T_VERB) {
		if (v->attr_memo_loc != loc + 1) { /* once per verb, not per pattern */
			v->attr_memo_loc = loc + 1;
			v->attr_memo = dyad__attribution_at(v->c, v->s, loc) >= 0;
		}
		if (v->attr_memo)
			m.endc = v->s->n - 1;
	}
	m.lo = m.hi = loc;
	int vpos = -1;
	for (int i = 0; i < m.nel; i++)
		if (m.el[i].type == EL_VERB) {
			vpos = i;
			break;
		}
	if (vpos < 0)
		return 0;
	/* upper part: from the end of the verb phrase */
	int k = dyad__head(v->s, loc, rtype);
	m.w = k >= 0 ? v->s->spans[k].tail : loc;
	m.dir = UP;
	m.pt = vpos;
	int st = next_check(&m);
	while (st == ST_CONTINUE) {
		int r;
		if (m.el[m.pt].type == EL_SYNSET) {
			r = comp_synset(&m);
		} else {
			if (m.el[m.pt].type == EL_OPEN)
				init_condit(&m);
			r = comp_target(&m);
		}
		st = state_check(&m, r);
		if (st == ST_FAIL && m.cond)
			cond_check(&m, &st);
	}
	if (st == ST_FAIL)
		return 0;
	if (vpos > 0) {
		m.dir = DOWN;
		m.pt = vpos;
		m.w = loc;
		st = next_check(&m);
		while (st == ST_CONTINUE) {
			int r;
			if (m.el[m.pt].type == EL_SYNSET) {
				save_state(&m);
				for (;;) {
					r = comp_synset(&m);
					if (r)
						break;
					if (!continue_check(&m))
						break;
				}
				if (r == 0) {
					m.cond = 0;
					restore_state(&m);
				}
			} else {
				if (m.el[m.pt].type == EL_CLOSE)
					init_condit(&m);
				r = comp_target(&m);
			}
			st = state_check(&m, r);
			if (st == ST_FAIL && m.cond)
				cond_check(&m, &st);
		}
		if (st == ST_FAIL)
			return 0;
	}
	*out = m;
	return 1;
}

/* ---- source and target search ------------------------------------------ */

/* Word f starts an actor that may be a source or target (not the speaker
 * of "according to X"). */
static int party_at(const sentstate *s, int f)
{
	return s->w[f].wtype == T_ACTOR && !s->w[f].speaker && dyad__head(s, f, T_ACTOR) >= 0;
}

static int preceded_by(const sentstate *s, int f, uint64_t words);

/* places: "AT the airport", "NEAR Baghdad" ("in" and "to" are left out:
 * PETRARCH codes "killed in Ukraine" as Ukraine acting, and "home to US
 * troops there to eliminate ..." names the doer) */

/*
 * News: a nominal event's own agent, "the American invasion", "a US air
 * strike", "Iran's missile attack": an actor just before the root (only
 * nouns and adjectives between) that itself follows a determiner, a
 * preposition or the start of the clause. -1 when there is none.
 */
static int nominal_agent_pp(const vstate *v, int i, int *pp);
static int nominal_agent(const vstate *v, int i)
{
	int pp;
	return nominal_agent_pp(v, i, &pp);
}

/* nominal_agent(); *pp: the phrase is the object of a preposition ("a
 * statement ON Saudi atrocities"), not the clause's subject */
static int nominal_agent_pp(const vstate *v, int i, int *pp)
{
	*pp = 0;
	const sentstate *s = v->s;
	/* the usual case first: no actor, noun or adjective just before */
	if (i < 1 || (s->w[i - 1].wtype != T_ACTOR && s->w[i - 1].wtype != T_NOUN &&
	              s->w[i - 1].wtype != T_ADJ))
		return -1;
	if (dyad__past_form(&s->w[i]))
		return -1;
	int w = i - 1;
	while (w >= v->cs && w > i - 3 && (s->w[w].wtype == T_NOUN || s->w[w].wtype == T_ADJ))
		w--;
	if (w < v->cs || s->w[w].wtype != T_ACTOR)
		return -1;
	int h = w;
	while (h > v->cs && dyad__head(s, h, T_ACTOR) < 0 && s->w[h - 1].wtype == T_ACTOR)
		h--;
	if (dyad__head(s, h, T_ACTOR) < 0 || !party_at(s, h))
		return -1;
	if (h == v->cs)
		return h;
	/* "an unprecedented Iranian missile attack": up to two lower-case
	 * adjectives or unknown words between the determiner and the actor */
	int b = h - 1;
	for (int k = 0; k < 2 && b > v->cs &&
	                (s->w[b].wtype == T_ADJ ||
	                 ((s->w[b].wtype == T_NULL || s->w[b].wtype == T_LITR) && !s->w[b].cap));
	     k++)
		b--;
	if (b < h - 1 && s->w[b].wtype != T_DETERM)
		b = h - 1;
	/* ... and "a statement ON Saudi atrocities", "in retaliation FOR
	 * American strikes": a preposition, or a determiner after one */
	int d = s->w[b].wtype == T_DETERM ? b - 1 : b;
	*pp = d >= v->cs && d < h && (s->w[d].wtype == T_PREP || s->w[d].wtype == T_BYWORD ||
	                              word_in(&s->w[d], FW(OBJ_PREP)));
	uint8_t t = s->w[b].wtype;
	return t == T_DETERM || t == T_PREP || t == T_BYWORD || t == T_COMMA ||
	               word_in(&s->w[b], FW(OBJ_PREP))
	           ? h
	           : -1;
}

/* News: the actor at word f is a place: a place preposition right before
 * it, determiners and adjectives between ("NEAR the border"). */
static int at_place(const sentstate *s, int f)
{
	/* "In Iraq, American and Iranian forces fought ...": a country that
	 * opens the sentence after "in" and before a comma is the scene */
	if (f == 1 && dyad__norm_is(s->w[0].norm, "IN")) {
		int t = actor_tail(s, f);
		if (t + 1 < s->n && s->w[t + 1].wtype == T_COMMA)
			return 1;
	}
	for (int w = f - 1; w >= 0 && w >= f - 3; w--) {
		if (word_in(&s->w[w], FW(PLACE_PREP)))
			return 1;
		if (s->w[w].wtype != T_DETERM && s->w[w].wtype != T_ADJ)
			return 0;
	}
	return 0;
}

/* News: at_place, or the country after a place named with it, after
 * to/into/in ("a trip to Geneva, SWITZERLAND"). */
static int place_actor(vstate *v, int f)
{
	const sentstate *s = v->s;
	if (at_place(s, f))
		return 1;
	if (f < 2 || s->w[f - 1].wtype != T_COMMA || s->text[s->w[f - 1].off] != ',' ||
	    s->w[f - 2].wtype != T_ACTOR || s->w[f].compound)
		return 0;
	int h = actor_head(s, f - 2);
	if (!at_place(s, h) && !preceded_by(s, h, FW(TO)))
		return 0;
	actrec a = actor_codes(v, h), b = actor_codes(v, f);
	if (a.actor == NONE32 || b.actor == NONE32)
		return 0;
	return !strncmp(dyad__str(v->c, a.actor), dyad__str(v->c, b.actor), 3);
}

/*
 * News: "After the death of five American soldiers in Karbala, Iraq,
 * Soleimani sent ...", "Britain complained when Iran attacked ...": the
 * subject is in the verb's own stretch (from the last comma or
 * subordinating word before it) when an actor is named there. The first
 * word of that stretch, or -1.
 */
static int stretch_subject(const vstate *v, int i)
{
	const sentstate *s = v->s;
	int comma = -1;
	for (int f = v->cs; f < i && f < s->n; f++) {
		int k = dyad__head(s, f, T_COMPOUND);
		if (k >= 0)
			f = s->spans[k].tail;
		else if (s->w[f].wtype == T_COMMA || word_in(&s->w[f], FW(SUBJ)))
			comma = f;
	}
	for (int f = comma + 1; comma >= 0 && f < i; f++)
		if (party_at(s, f) && !preceded_by(s, f, FW(OBJ_PREP)) && !place_actor((vstate *)v, f)) {
			actrec a = actor_full((vstate *)v, f);
			if (!act_empty(&a) && !act_equal(&a, &v->tgt))
				return comma + 1;
		}
	return -1;
}

/* News: the last of HE, SHE, IT and THEY in from..i-1 that found no
 * antecedent (it is still a pronoun, not an actor), contracted ones
 * ("she's", "they'd") included, or -1. */
static int unresolved_subject(const sentstate *s, int from, int i)
{
	for (int p = i - 1; p >= from && p >= 0; p--) {
		const cword *x = &s->w[p];
		if (x->wtype != T_ACTOR && word_in(x, FW(SUBJ_PRON)) &&
		    (x->wtype == T_PRONOUN || memchr(x->norm, '\'', x->nlen)))
			return p;
	}
	return -1;
}

static void regular_source(vstate *v, int i)
{
	const sentstate *s = v->s;
	const lex_options *o = &v->c->opt;
	if (o->news_grammar) {
		int h = nominal_agent(v, i);
		if (h >= 0) {
			actrec a = actor_full(v, h);
			if (!act_empty(&a) && !act_equal(&a, &v->tgt)) {
				v->src = a;
				v->reg_src = 1;
				return;
			}
		}
	}
	int from = v->cs;
	if (o->news_grammar) {
		int st = stretch_subject(v, i);
		if (st >= 0)
			from = st;
	}
	/* news: "X told CNN SHE was calling for ...": a subject pronoun left
	 * without an antecedent is the verb's subject; no actor before it is */
	int pron = o->news_grammar ? unresolved_subject(s, from, i) : -1;
	for (int f = pron >= 0 ? pron + 1 : from; f <= v->ce && f < s->n; f++) {
		/* news: the source is named before its verb (TABARI also looks
		 * after it, which in news turns "..., the group that seized parts
		 * of Iraq and Syria" into Iraq acting on Syria); passives are
		 * turned round later */
		if (o->news_grammar && f >= i)
			break;
		if (!party_at(s, f))
			continue;
		/* news: "the strike AGAINST Soleimani came ...": the object of a
		 * preposition is not the subject */
		if (o->news_grammar && (preceded_by(s, f, FW(OBJ_PREP)) || place_actor(v, f)))
			continue;
		actrec a = actor_full(v, f);
		if (o->default_on && o->default_prior && o->default_src != NONE32 && f > i) {
			v->src = default_actor(v, o->default_src);
			v->reg_src = 1;
			return;
		}
		if (act_empty(&a))
			continue;
		if (!act_equal(&a, &v->tgt)) {
			v->src = a;
			v->reg_src = 1;
			return;
		}
	}
	if (o->default_on && o->default_src != NONE32) {
		v->src = default_actor(v, o->default_src);
		v->reg_src = 1;
	}
}

/* Is the word in one of the function word lists (FW(x) | FW(y) ...)? */
static int word_in(const cword *x, uint64_t lists) { return (x->fw & lists) != 0; }


/* Is the actor at word f introduced by one of words (allowing "the" and
 * an adjective between)? */
static int preceded_by(const sentstate *s, int f, uint64_t words)
{
	for (int w = f - 1, k = 0; w >= 0 && k < 3; w--, k++) {
		if (word_in(&s->w[w], words))
			return 1;
		if (s->w[w].wtype != T_DETERM && s->w[w].wtype != T_ADJ && s->w[w].wtype != T_AGENT &&
		    s->w[w].wtype != T_ACTOR)
			return 0;
	}
	return 0;
}

/* The code being made is a statement, appeal, intent or diplomatic
 * cooperation (roots 01-03, 05). */
static int verbal_code(const vstate *v)
{
	if (!v->code || v->code->code == NONE32)
		return 0;
	/* statements, appeals, intents and diplomatic cooperation; not
	 * meetings: "met a delegation from Y" is a visit, not a message */
	int root = code_root(v->c, v->code->code);
	return (root >= 1 && root <= 3) || root == 5;
}

static int check_passive(const vstate *v, int i);
static int reduced_passive(const vstate *v, int i);


static int relative_pronoun(const vstate *v, int r);

/* News: word f starts a relative clause with a verb of its own. */
static int relative_clause_at(const vstate *v, int f)
{
	if (!relative_pronoun(v, f))
		return 0;
	const sentstate *s = v->s;
	for (int k = f + 1; k < s->n && k <= f + 3; k++) {
		if (dyad__head(s, k, T_VERB) >= 0)
			return 1;
		if (!word_in(&s->w[k], FW(AUX)) && !word_in(&s->w[k], FW(NEG)))
			return 0;
	}
	return 0;
}

/*
 * News: "Iraq attacked ITSELF", "the rebels shot THEMSELVES", "turned
 * their guns on THEMSELVES": a reflexive pronoun right after the verb (or
 * after a preposition there) is the verb's object and stands for the
 * clause's subject. Its word, or -1.
 */
static int reflexive_object(const sentstate *s, int i)
{
	int k = dyad__head(s, i, T_VERB);
	int w = (k >= 0 ? s->spans[k].tail : i) + 1;
	if (w < s->n && word_in(&s->w[w], FW(OBJ_PREP)))
		w++;
	return w < s->n && word_in(&s->w[w], FW(REFLEXIVE)) ? w : -1;
}

/* News: the actor at word f is the place of a meeting or talks (root 04
 * but visits, 042/043) and a party after "with" follows in the clause. */
static int consult_venue(const vstate *v, int f)
{
	const sentstate *s = v->s;
	if (!v->code || v->code->code == NONE32 || !preceded_by(s, f, FW(AT_PLACE)))
		return 0;
	const char *cs = dyad__str(v->c, v->code->code);
	if (cs[0] != '0' || cs[1] != '4' || (cs[2] == '2' || cs[2] == '3'))
		return 0;
	for (int g = actor_tail(s, f) + 1; g <= v->ce && g < s->n; g++)
		if (party_at(s, g) && preceded_by(s, g, FW(WITH)))
			return 1;
	return 0;
}

/* The quotation mark at word k closes a quotation: a right double
 * quotation mark, or '"' written right after a word or punctuation. */
static int closing_quote(const sentstate *s, int k)
{
	const unsigned char *t = (const unsigned char *)s->text + s->w[k].off;
	if (s->w[k].len == 3 && t[0] == 0xE2 && t[1] == 0x80)
		return t[2] == 0x9D;
	if (t[0] != '"' || s->w[k].off == 0)
		return 0;
	unsigned char b = t[-1];
	return b != ' ' && b != '\t' && b != '(' && b != '[';
}

/* The closing quotation mark at word k ends a quoted clause: punctuation
 * right before it ('...," she said', '...." '). */
static int quote_ends_clause(const sentstate *s, int k)
{
	uint32_t off = s->w[k].off;
	if (off == 0)
		return 0;
	char b = s->text[off - 1];
	return b == ',' || b == '.' || b == '?' || b == '!' || b == ';' || b == ':' ||
	       (off >= 3 && (unsigned char)s->text[off - 3] == 0xE2 &&
	        (unsigned char)s->text[off - 2] == 0x80 && (unsigned char)b == 0xA6);
}

static void regular_target(vstate *v, int i)
{
	const sentstate *s = v->s;
	const lex_options *o = &v->c->opt;
	int pp = 0, na = o->news_grammar ? nominal_agent_pp(v, i, &pp) : -1;
	int nominal = na >= 0;
	/* a noun for certain: after a preposition or a determiner */
	int noun_ev = nominal && (pp || (na > v->cs && s->w[na - 1].wtype == T_DETERM));
	int opened = 0;
	for (int f = i + 1; f <= v->ce && f < s->n; f++) {
		/* news: a verb quoted has its target inside the quotation, not in
		 * what follows it ('"... rejects violence," Obama said'); a
		 * quoted phrase in the writer's sentence ('was "deeply
		 * concerned" by ...') goes on */
		if (o->news_grammar && s->w[f].tokkind == DYAD_TOK_QUOTE) {
			if (!closing_quote(s, f))
				opened++;
			else if (opened)
				opened--;
			else if (quote_ends_clause(s, f))
				break;
		}
		/* news: not inside a relative clause on the object ("sanctioned
		 * a company THAT helped Iran") */
		if (o->news_grammar && f > i + 1 && relative_clause_at(v, f))
			break;
		/* news: "to identify victims KILLED BY the X crash": the actor
		 * after a later reduced passive is its doer, not this verb's
		 * target */
		if (o->news_grammar && f > i + 1 && s->w[f].wtype == T_BYWORD && reduced_passive(v, f - 1))
			break;
		/* news: "condemned the attack AS a violation of Iraqi
		 * sovereignty": what the object is called names no target */
		if (o->news_grammar && (f > i + 1 || noun_ev) && dyad__norm_is(s->w[f].norm, "AS") &&
		    !(f + 1 < s->n && dyad__norm_is(s->w[f + 1].norm, "WELL")))
			break;
		/* news: a nominal event's target is in its own phrase, before the
		 * next verb ("his speech on Russian attacks to CRITICIZE Iran") */
		if (noun_ev && f > i + 1 && dyad__head(s, f, T_VERB) >= 0 &&
		    !word_in(&s->w[f - 1], FW(REL)))
			break;
		/* news: nor past a comma that opens a clause with its own
		 * subject and verb ("her aides discussed the issue, Clinton
		 * received ...") */
		if (o->news_grammar && f > i + 1 && comma_subject(s, f))
			break;
		/* news: ", including X" only adds to a target named before it
		 * (including_after) */
		if (o->news_grammar && dyad__norm_is(s->w[f].norm, "INCLUDING"))
			break;
		if (!party_at(s, f))
			continue;
		/* news: the place of a nominal event is not its target ("a US
		 * air strike outside Baghdad airport in Iraq") */
		if (nominal && preceded_by(s, f, FW(PLACE)))
			continue;
		/* news: nor the venue of a meeting when the other party follows
		 * with "with" ("met IN Germany WITH Chancellor Merkel") */
		if (o->news_grammar && consult_venue(v, f))
			continue;
		actrec a = actor_full(v, f);
		if (act_empty(&a))
			continue;
		if (o->via && preceded_by(s, f, FW(VIA_WORDS))) {
			/* "through Switzerland", "via Iraqi leaders": an intermediary */
			if (v->via < 0)
				v->via = f;
			continue;
		}
		if (o->via && v->reg_src && preceded_by(s, f, FW(FROM_WORDS)) && verbal_code(v)) {
			/* "X passed a message from Y to Z": Y is the source, X the
			 * go-between */
			if (v->via < 0 && v->src.where >= 0 && v->src.where < s->n)
				v->via = v->src.where;
			v->src = a;
			continue;
		}
		if (!act_equal(&a, &v->src)) {
			v->tgt = a;
			v->reg_tgt = 1;
			/* "... to Iran through Switzerland": a go-between after the target */
			for (int g = f + 1; o->via && v->via < 0 && g <= v->ce && g < s->n; g++)
				if (party_at(s, g) && preceded_by(s, g, FW(VIA_WORDS)))
					v->via = g;
			return;
		}
	}
	if (o->default_on && o->default_after && o->default_tgt != NONE32) {
		v->tgt = default_actor(v, o->default_tgt);
		v->reg_tgt = 1;
		return;
	}
	/* news: with no other party after the verb, a reflexive object of an
	 * act of force (roots 18-20) is the subject itself ("armed itself
	 * against Turkey" has Turkey; "reversed himself", "described itself
	 * as" are idioms, not acts on oneself) */
	if (o->news_grammar && v->code && v->code->code != NONE32 && !act_empty(&v->src) &&
	    !v->src.special && v->src.actor != NONE32 && !v->src.index &&
	    code_root(v->c, v->code->code) >= 18 && reflexive_object(s, i) >= 0 &&
	    check_passive(v, i) == 0) {
		v->tgt = v->src;
		v->reflexive = 1;
		return;
	}
	/* news: only a passive with "by" takes its target from before the
	 * verb; one without names no doer ("X was expelled") */
	int back = !o->news_grammar || check_passive(v, i) == 1;
	for (int w = i - 1; back && w >= v->cs && w >= 0; w--) {
		if (s->w[w].wtype != T_ACTOR || s->w[w].speaker)
			continue;
		/* news: not a member of the source's own compound ("Brazil and the
		 * United States seek ...": see make_event) */
		if (o->news_grammar && s->w[w].compound && v->src.where >= 0 && v->src.where < s->n &&
		    s->w[v->src.where].compound)
			continue;
		int h = dyad__head(s, w, T_ACTOR) >= 0 ? w : actor_head(s, w);
		if (dyad__head(s, h, T_ACTOR) < 0)
			break;
		actrec a = actor_full(v, h);
		if (!act_empty(&a) && !act_equal(&a, &v->src)) {
			v->tgt = a;
			return;
		}
		w = h;
	}
	/* news: a compound subject with no target acts on itself only in a
	 * mutual act, which make_event codes */
	int self = v->src.index || (!o->news_grammar && v->src.where >= 0 && v->src.where < s->n &&
	                            s->w[v->src.where].compound);
	if (self) {
		v->tgt = v->src;
	} else if (o->default_on && o->default_src != NONE32 && o->default_tgt != NONE32) {
		v->tgt = default_actor(v, o->default_tgt);
	}
}

/*
 * News: a participle right after a noun phrase and right before "by" is a
 * passive with no auxiliary, a reduced relative clause: "diplomats KILLED
 * BY gunmen", "victims killed by the crash". Its patient is the phrase
 * before it.
 */
/* A word in -ED of five letters or more: "authorized", "restored". */
static int ed_form(const cword *x)
{
	return x->nlen >= 5 && memcmp(x->norm + x->nlen - 2, "ED", 2) == 0;
}

/* A word with an adjective's or adverb's ending: "infamous", "recently". */
static int adjective_form(const cword *x)
{
	static const char *const end[] = {"OUS", "FUL", "IVE", "AL", "IC", "LESS", "ABLE", "IBLE",
					  "ARY", "LY", "ENT", "ANT"};
	if (x->nlen < 5)
		return 0;
	for (size_t k = 0; k < sizeof end / sizeof end[0]; k++) {
		size_t n = strlen(end[k]);
		if (!memcmp(x->norm + x->nlen - n, end[k], n))
			return 1;
	}
	return 0;
}

/* A word in -ING of five letters or more: "prohibiting", "fighting". */
static int ing_form(const cword *x)
{
	return x->nlen >= 5 && memcmp(x->norm + x->nlen - 3, "ING", 3) == 0;
}

/* News: "retaliated BY IMPOSING tariffs": a by-word before a gerund
 * introduces the means, not a passive's agent. */
static int by_gerund(const sentstate *s, int k)
{
	if (k + 1 >= s->n || s->w[k].wtype != T_BYWORD)
		return 0;
	return ing_form(&s->w[k + 1]);
}

static int reduced_passive(const vstate *v, int i)
{
	const sentstate *s = v->s;
	if (!v->c->opt.news_grammar || i < 1 || i + 1 >= s->n || s->w[i + 1].wtype != T_BYWORD ||
	    !dyad__past_form(&s->w[i]) || by_gerund(s, i + 1))
		return 0;
	const cword *p = &s->w[i - 1];
	/* "were QUICKLY captured by": an adverb after a form of "be" */
	if (i >= 2 && (p->wtype == T_NULL || p->wtype == T_LITR) && p->nlen > 4 &&
	    !memcmp(p->norm + p->nlen - 2, "LY", 2) && s->w[i - 2].wtype == T_AUXIL)
		return 0;
	return p->wtype == T_ACTOR || p->wtype == T_NOUN || p->wtype == T_AGENT ||
	       ((p->wtype == T_NULL || p->wtype == T_LITR) && p->tokkind == DYAD_TOK_WORD &&
	        !word_in(p, FW(AUX)) && !word_in(p, FW(NEG)) && !dyad__norm_is(p->norm, "WHO") &&
	        !dyad__norm_is(p->norm, "THAT") && !dyad__norm_is(p->norm, "WHICH"));
}

static int check_passive(const vstate *v, int i)
{
	const sentstate *s = v->s;
	int by = 0, aux = 0;
	for (int k = i + 1; k <= i + 3 && k < s->n; k++)
		if (s->w[k].wtype == T_BYWORD && !(v->c->opt.news_grammar && by_gerund(s, k)))
			by = 1;
	for (int k = i - 1; k >= i - 2 && k >= 0; k--)
		if (s->w[k].wtype == T_AUXIL)
			aux = 1;
	if (by && aux)
		return 1;
	if (reduced_passive(v, i))
		return 1;
	/* news: "X was killed in a US strike", "X has been detained": a form
	 * of "be" before a participle is passive even without BY (2: and the
	 * doer is not named; make_event then makes no event of it) */
	if (!v->c->opt.news_grammar || !dyad__past_form(&s->w[i]))
		return 0;
	for (int k = i - 1; k >= i - 3 && k >= 0; k--) {
		if (word_in(&s->w[k], FW(BE)))
			return by ? 1 : 2;
		if (!word_in(&s->w[k], FW(AUX)) && !word_in(&s->w[k], FW(NEG)))
			break;
	}
	/* news: "10 soldiers KILLED IN Ukraine": a participle right after its
	 * patient and right before a place preposition is a reduced passive
	 * with no doer named */
	/* (not a meeting or talks: "China and Russia MET IN Geneva" is
	 * active, as such verbs usually are without an object; nor a protest:
	 * "protesters demonstrated outside the embassy" is their own act, at
	 * the place protested against) */
	int vroot = v->code && v->code->code != NONE32 ? code_root(v->c, v->code->code) : 0;
	if (!by && vroot != 4 && vroot != 14 && i >= 1 && i + 1 < s->n && word_in(&s->w[i + 1], FW(WHERE))) {
		uint8_t t = s->w[i - 1].wtype;
		if (t == T_ACTOR || t == T_AGENT)
			return 2;
	}
	return 0;
}

/* ---- events -------------------------------------------------------------- */

/* ---- news extensions: negation, modality, intermediaries ------------- */


/*
 * Negation: a negator among the few words before the verb, with only
 * auxiliaries and adverbs between ("did not attack", "has never met",
 * "no direct talks"), that the matched pattern did not itself use.
 */
/*
 * News: the word before a verb where its negation and modality are looked
 * for. A nominal event after a light verb ("would not PROVIDE support",
 * "has not GIVEN aid", "never MADE an offer") takes those of the light
 * verb.
 */
static int modal_start(const vstate *v, int verb)
{
	const sentstate *s = v->s;
	int w = verb - 1;
	if (v->c->opt.news_grammar && w > v->cs && w > 0 && dyad__head(s, w, T_VERB) >= 0 &&
	    word_in(&s->w[w], FW(LIGHT)))
		return w - 1;
	return w;
}

/* Does pattern pid use the literal lit? */
static int pattern_has_lit(const dyad_lexicon *lx, uint32_t pid, uint32_t lit)
{
	const lex_seq *q = &lx->patterns.v[pid].seq;
	for (uint32_t e = 0; e < q->n; e++) {
		const lex_elem *el = &lx->elems.v[q->first + e];
		if (el->type == EL_WORD && el->ref == lit)
			return 1;
	}
	return 0;
}

static int negated_at(const vstate *v, int verb, uint32_t pattern)
{
	const sentstate *s = v->s;
	for (int w = modal_start(v, verb), k = 0; w >= v->cs && w >= 0 && k < 4; w--, k++) {
		const cword *x = &s->w[w];
		if (word_in(x, FW(NEG)))
			return w < v->pat_lo;
		/* news: "denied meeting X", "denies having met X": the act
		 * denied is said not to have happened */
		if (v->c->opt.news_grammar && w == verb - 1 - (k > 0) &&
		    (dyad__norm_is(x->norm, "DENIED") || dyad__norm_is(x->norm, "DENIES") ||
		     dyad__norm_is(x->norm, "DENY") || dyad__norm_is(x->norm, "DENYING"))) {
			const cword *y = &s->w[verb];
			int ing = y->nlen > 4 && !memcmp(y->norm + y->nlen - 3, "ING", 3);
			if (k == 0 ? ing : dyad__norm_is(s->w[verb - 1].norm, "HAVING") && dyad__past_form(y))
				return 1;
		}
		if (!word_in(x, FW(AUX)) && x->wtype != T_ADJ && !(k == 0 && dyad__norm_is(x->norm, "HAVING")))
			break;
	}
	/* news: "held NO direct talks with X", "has made NO offer": "no" as
	 * the determiner of the pattern's object, not a word of the pattern */
	if (v->c->opt.news_grammar && pattern != NONE32 && v->pat_hi > verb) {
		const dyad_lexicon *lx = v->c->lx;
		int kv = dyad__head(s, verb, T_VERB);
		int from = kv >= 0 ? s->spans[kv].tail + 1 : verb + 1;
		for (int w = from; w < v->pat_hi && w <= from + 1; w++)
			if (dyad__norm_is(s->w[w].norm, "NO")) {
				int64_t id = dyad_strtab_find(&lx->strs, "NO", 2);
				return id < 0 || !pattern_has_lit(lx, pattern, (uint32_t)id);
			}
	}
	return 0;
}

/* A hypothetical: would/could/might before the verb, or "if" earlier in
 * the clause, not used by the pattern. */
/* An act wanted, planned, promised or threatened, not done: "wants to
 * attack", "plans to meet", "vowed to retaliate" (news; the marker not
 * used by the pattern itself). */
static int intended_at(const vstate *v, int verb, int *marker)
{
	const sentstate *s = v->s;
	int w = verb - 1;
	/* 'vowed to "bomb the hell out of" X': a quotation mark between */
	if (w > v->cs && w > 0 && s->w[w].tokkind == DYAD_TOK_QUOTE)
		w--;
	if (w < 1 || w < v->cs || !dyad__norm_is(s->w[w].norm, "TO"))
		return 0;
	for (int k = w - 1; k >= v->cs && k >= w - 2; k--) {
		if (word_in(&s->w[k], FW(INTENT))) {
			*marker = k;
			return k < v->pat_lo;
		}
		if (!word_in(&s->w[k], FW(AUX)) && s->w[k].wtype != T_ADJ)
			break;
	}
	return 0;
}

/* A future act: "will", "shall" or "would" before the verb, not used by
 * the pattern itself. */
static int future_at(const vstate *v, int verb)
{
	const sentstate *s = v->s;
	for (int w = modal_start(v, verb), k = 0; w >= v->cs && w >= 0 && k < 3; w--, k++) {
		const cword *x = &s->w[w];
		if (word_in(x, FW(FUT)) || dyad__norm_is(x->norm, "WOULD"))
			return w < v->pat_lo;
		if (!word_in(x, FW(AUX)) && !word_in(x, FW(NEG)) && x->wtype != T_ADJ)
			break;
	}
	return 0;
}

/*
 * The code of the intention (or threat) to do what code does: "will meet"
 * is 036, "will attack" 138. Statements, appeals, intents, demands,
 * disapproval, rejection and threats stay what they are.
 */
static uint32_t intent_code(const vstate *v, uint32_t code)
{
	int root = code_root(v->c, code);
	static const char *const map[21] = {
		[4] = "036", [5] = "032", [6] = "031", [7] = "033", [8] = "035", [9] = "030",
		[14] = "133", [15] = "138", [16] = "131", [17] = "137", [18] = "138", [19] = "138",
		[20] = "138"};
	if (root < 0 || root > 20 || !map[root])
		return code;
	int64_t id = dyad_strtab_find(&v->c->lx->strs, map[root], 3);
	return id < 0 ? code : (uint32_t)id;
}

/* Is there a would/could/might/may/should in the auxiliaries right
 * before word w ("would not require")? */
static int modal_before(const vstate *v, int w)
{
	const sentstate *s = v->s;
	for (int k = w - 1, n = 0; k >= v->cs && k >= 0 && n < 3; k--, n++) {
		if (word_in(&s->w[k], FW(MODAL)))
			return 1;
		if (!word_in(&s->w[k], FW(AUX)) && !word_in(&s->w[k], FW(NEG)))
			break;
	}
	return 0;
}

/*
 * News: an act under a modal further back: an infinitive whose governing
 * verb has one, "the decision WOULD require the US TO CUT OFF aid", and a
 * verb joined by "and"/"or" to one that has, "China WOULD buy more
 * soybeans AND ALLOW foreign ownership".
 */
static int modal_scope(const vstate *v, int verb)
{
	const sentstate *s = v->s;
	int w = verb - 1;
	if (w <= v->cs || w < 1)
		return 0;
	if (dyad__norm_is(s->w[w].norm, "TO")) {
		/* the governing verb: a few words back (its object between) */
		for (int k = w - 1, n = 0; k > v->cs && n < 6; k--, n++) {
			const cword *x = &s->w[k];
			if (x->wtype == T_COMMA || word_in(x, FW(CLAUSE_OPENERS) | FW(REL)) ||
			    dyad__norm_is(x->norm, "TO"))
				return 0;
			if (word_in(x, FW(MODAL)))
				/* "would like to meet" is a wish, an intent */
				return !(k + 1 < s->n && (dyad__norm_is(s->w[k + 1].norm, "LIKE") ||
				                          dyad__norm_is(s->w[k + 1].norm, "LOVE")));
		}
		return 0;
	}
	if (dyad__norm_is(s->w[w].norm, "AND") || dyad__norm_is(s->w[w].norm, "OR")) {
		/* the verb before, in the same stretch */
		for (int k = w - 1, n = 0; k > v->cs && n < 12; k--, n++) {
			const cword *x = &s->w[k];
			if (x->wtype == T_COMMA || word_in(x, FW(CLAUSE_OPENERS) | FW(REL)))
				return 0;
			if (x->wtype == T_VERB && dyad__head(s, k, T_VERB) >= 0)
				return modal_before(v, modal_start(v, k) + 1);
		}
	}
	return 0;
}

static int hypothetical_at(const vstate *v, int verb)
{
	const sentstate *s = v->s;
	if (v->c->opt.news_grammar && modal_scope(v, verb))
		return 1;
	for (int w = modal_start(v, verb), k = 0; w >= v->cs && w >= 0 && k < 3; w--, k++) {
		const cword *x = &s->w[w];
		if (word_in(x, FW(MODAL)))
			return w < v->pat_lo;
		if (!word_in(x, FW(AUX)) && !word_in(x, FW(NEG)))
			break;
	}
	for (int w = v->cs; w < verb; w++)
		if ((s->w[w].norm[0] == 'I' && dyad__norm_is(s->w[w].norm, "IF")) ||
		    (s->w[w].norm[0] == 'U' && dyad__norm_is(s->w[w].norm, "UNLESS")))
			return 1;
	/* news: "ANY new sanctions would ...", "ANY effort by the US to
	 * impose a no-fly zone": an act of no particular occasion (not after
	 * a negation: "did not launch any attack" is a negated act) */
	if (v->c->opt.news_grammar)
		for (int w = verb - 1, k = 0; w >= v->cs && w >= 0 && k < 8; w--, k++) {
			const cword *x = &s->w[w];
			if (x->wtype == T_COMMA || word_in(x, FW(CLAUSE_OPENERS)) ||
			    (dyad__head(s, w, T_VERB) >= 0 && !word_in(x, FW(TO))))
				break;
			if (x->norm[0] == 'A' && dyad__norm_is(x->norm, "ANY") && w < v->pat_lo) {
				for (int n = w - 1; n >= 0 && n >= w - 3; n--)
					if (word_in(&s->w[n], FW(NEG)))
						return 0;
				return 1;
			}
		}
	return 0;
}

/*
 * News: "Qatar pledged to expel X", "Iran vowed to bomb X", "sought to
 * attack X": the intended act is coded as its intent or threat
 * (intent_code), and the marker verb's own plain code (PLEDGE_ [030],
 * VOW_ [030], SEEK_ [020], THREATEN_ [130], no pattern of its own) for the
 * same two actors says the same thing less precisely: one act, one event.
 * The marker's event is dropped (an intent to cooperate, 030, would even
 * be wrong towards the victim of a hostile act).
 */
static void supersede_marker(vstate *v, int marker, const actrec *S, const actrec *T)
{
	const sentstate *s = v->s;
	int k = dyad__head(s, marker, T_VERB);
	int lo = marker, hi = k >= 0 ? s->spans[k].tail : marker;
	for (int e = 0; e < v->nev; e++) {
		ev *x = &v->evs[e];
		if (!x->valid || x->verb < lo || x->verb > hi || x->pattern != NONE32 ||
		    x->code == NONE32 || x->derived || !act_equal(&x->s, S) || !act_equal(&x->t, T))
			continue;
		int root = code_root(v->c, x->code);
		if (root == 2 || root == 3 || root == 13)
			x->valid = 0;
	}
}

static void put_event(vstate *v, const lex_vcode *code, int verb, uint32_t pattern,
                      uint32_t verb_id, const actrec *S, const actrec *T)
{
	if (v->nev >= 64)
		return;
	const lex_options *o = &v->c->opt;
	/* in reported speech: "said it will attack" is a threat, "announced it
	 * would free prisoners" an intention (a plain "X will meet Y" in the
	 * text is a scheduled act and keeps its code) */
	int marker = -1;
	int intended = o->modality && o->news_grammar && intended_at(v, verb, &marker);
	int future = o->modality && o->news_grammar &&
	             (((v->speaker >= 0 || v->s->speaker >= 0) && future_at(v, verb)) || intended);
	if (o->modality && !future && hypothetical_at(v, verb))
		return;
	if (intended && code->code != NONE32 && !(code->flags & (CF_NULL | CF_SUBORD)))
		supersede_marker(v, marker, S, T);
	ev *e = &v->evs[v->nev++];
	memset(e, 0, sizeof *e);
	e->attr = v->speaker;
	e->via = v->via;
	e->negated = o->negation ? (uint8_t)negated_at(v, verb, pattern) : 0;
	e->s = *S;
	e->t = *T;
	e->code = future && code->code != NONE32 ? intent_code(v, code->code) : code->code;
	if (future && e->negated && e->code != NONE32) {
		/* "said it would not provide support": a refusal, which happened */
		const char *cs = dyad__str(v->c, e->code);
		if (cs[0] == '0' && cs[1] == '3') {
			const char *r = cs[2] == '1' || cs[2] == '3' ? "121" : cs[2] == '6' ? "125" : "120";
			int64_t id = dyad_strtab_find(&v->c->lx->strs, r, 3);
			if (id >= 0) {
				e->code = (uint32_t)id;
				e->negated = 0;
			}
		}
	}
	e->cflags = code->flags;
	e->valid = 1;
	e->self = (uint8_t)v->reflexive;
	e->verb = verb;
	e->pattern = pattern;
	e->verb_id = verb_id;
	if (code->code2 != NONE32 && v->nev < 64) {
		ev *p = &v->evs[v->nev++];
		*p = *e;
		p->s = *T;
		p->t = *S;
		p->code = code->code2;
		/* the second half carries its own ?/! marker; we keep the flags */
	}
}

/* Members of a syntactic compound headed at word w, in text order. */
static int compound_members(const vstate *v, int w, int *out, int max)
{
	const sentstate *s = v->s;
	int k = (w >= 0 && w < s->n) ? dyad__head(s, w, T_COMPOUND) : -1;
	if (k < 0 && w >= 0 && w < s->n && s->w[w].pair && max >= 2) {
		/* "the two men": both actors the word stands for */
		out[0] = w;
		out[1] = w + PAIR_WORD;
		return 2;
	}
	if (k < 0) {
		out[0] = w;
		return 1;
	}
	int tail = s->spans[k].tail, n = 0;
	for (int i = w; i <= tail && n < max; i++) {
		if (s->w[i].wtype == T_ACTOR && s->w[i].root != NONE32 && dyad__head(s, i, T_ACTOR) >= 0) {
			out[n++] = i;
			i = actor_tail(s, i);
		}
	}
	if (n == 0)
		out[n++] = w;
	return n;
}

/* Does the word end in a possessive, "Iran's", "the allies'"? */
static int possessive_form(const cword *y)
{
	return y->nlen > 2 && ((y->norm[y->nlen - 2] == '\'' && y->norm[y->nlen - 1] == 'S') ||
	                       (y->norm[y->nlen - 2] == 'S' && y->norm[y->nlen - 1] == '\''));
}

/*
 * News: a plain statement (010) is an event between two parties only when
 * it is addressed to the target: "told X", "said to X", "a message to X"
 * (the target right after the verb, or after "to"/"with"). "X stressed
 * Y's humility" is a statement about Y, not to Y.
 */
static int addressed(const vstate *v, const lex_vcode *code, int i)
{
	if (code->code == NONE32 || strcmp(dyad__str(v->c, code->code), "010"))
		return 1;
	const sentstate *s = v->s;
	int t = v->tgt.where;
	if (t < 0 || t >= s->n || t < i)
		return 1;
	int k = dyad__head(s, i, T_VERB);
	int end = k >= 0 ? s->spans[k].tail : i;
	int p = t - 1;
	while (p > end && (s->w[p].wtype == T_DETERM || s->w[p].wtype == T_ADJ))
		p--;
	if (p == end) {
		/* "stressed Soleimani's humility": a possessive is what is said
		 * about, not to whom */
		const cword *y = &s->w[actor_tail(s, t)];
		return !possessive_form(y);
	}
	return dyad__norm_is(s->w[p].norm, "TO") || dyad__norm_is(s->w[p].norm, "WITH");
}

/* Acts that two parties do together or to each other: intents to
 * cooperate, consultation, diplomatic and material cooperation, yielding,
 * reducing relations, fighting (roots 03-06, 08, 16, 19). */
static int mutual_code(const vstate *v, const lex_vcode *code)
{
	if (code->code == NONE32)
		return 0;
	int root = code_root(v->c, code->code);
	if (root == 5) {
		/* diplomatic cooperation: agreements and restored relations, not
		 * praise or apology */
		const char *cs = dyad__str(v->c, code->code);
		return cs[2] == '\0' || cs[2] == '0' || cs[2] == '4' || cs[2] == '7';
	}
	return (root >= 3 && root <= 6) || root == 8 || root == 16 || root == 19;
}

/* The compound (its first word) after "between" in the clause, or -1:
 * "talks BETWEEN Iran and the United States". */
static int between_compound(const vstate *v)
{
	const sentstate *s = v->s;
	for (int w = v->cs; w < v->ce && w < s->n; w++) {
		if (!dyad__norm_is(s->w[w].norm, "BETWEEN"))
			continue;
		int p = w + 1;
		while (p < s->n && (s->w[p].wtype == T_DETERM || s->w[p].wtype == T_ADJ))
			p++;
		if (p < s->n && p <= v->ce && dyad__head(s, p, T_COMPOUND) >= 0)
			return p;
	}
	return -1;
}

/* Is the actor a (word where) inside the compound starting at word b? */
static int in_compound(const sentstate *s, const actrec *a, int b)
{
	int k = dyad__head(s, b, T_COMPOUND);
	return k >= 0 && a->where >= b && a->where <= s->spans[k].tail;
}

/*
 * News: "Evidence against X was presented BY Y": a pattern named the
 * target before a passive verb; its source is the actor after "by"
 * (within the next few words).
 */
static void by_agent(vstate *v, int i)
{
	const sentstate *s = v->s;
	int by = -1;
	for (int k = i + 1; k <= i + 3 && k < s->n && by < 0; k++)
		if (s->w[k].wtype == T_BYWORD)
			by = k;
	for (int f = by + 1; by >= 0 && f <= by + 3 && f <= v->ce && f < s->n; f++) {
		if (!party_at(s, f)) {
			if (s->w[f].wtype != T_DETERM && s->w[f].wtype != T_ADJ)
				return;
			continue;
		}
		actrec a = actor_full(v, f);
		if (!act_empty(&a) && !act_equal(&a, &v->tgt))
			v->src = a;
		return;
	}
}

/*
 * News: "Soleimani's assassination", "his arrest", "their killing": before
 * a noun of what is done to someone, a possessive names the victim, not
 * the doer (unless an "of" object follows: "Iran's arrest of the crew"),
 * and the doer is not named. Is the event noun at word i such a noun after
 * a possessive?
 */
static int possessive_victim(const sentstate *s, int i)
{
	static const char *const PATIENT[] = {"ASSASSINATION", "MURDER", "KILLING", "EXECUTION",
	                                      "ARREST", "DETENTION", "CAPTURE", "ABDUCTION",
	                                      "KIDNAPPING", "EXPULSION", "DEPORTATION", "TORTURE",
	                                      NULL};
	if (i < 1 || i >= s->n)
		return 0;
	/* the possessive first: the cheapest test, and the rarest */
	int t = i - 1;
	while (t > 0 && t > i - 3 && (s->w[t].wtype == T_ADJ || s->w[t].wtype == T_NOUN))
		t--;
	const cword *y = &s->w[t];
	if (!possessive_form(y) && !word_in(y, FW(POSS)))
		return 0;
	if (i + 1 < s->n && dyad__norm_is(s->w[i + 1].norm, "OF"))
		return 0;
	const cword *x = &s->w[i];
	int patient = 0;
	for (const char *const *p = PATIENT; *p && !patient; p++) {
		size_t n = strlen(*p);
		patient = x->nlen >= n && !memcmp(x->norm, *p, n) &&
		          (x->nlen == n || (x->nlen == n + 1 && x->norm[n] == 'S'));
	}
	return patient && !dyad__past_form(x);
}

/*
 * News: "met Iranian officials, including Qassem Soleimani": the actor
 * named after ", including" right after the target is a target too. The
 * word of that actor, or -1.
 */
static int including_after(const sentstate *s, int t)
{
	int k = actor_tail(s, t) + 1;
	if (k >= s->n || s->w[k].wtype != T_COMMA || s->text[s->w[k].off] != ',')
		return -1;
	for (int w = k + 1; w < s->n && w <= k + 2; w++)
		if (dyad__norm_is(s->w[w].norm, "INCLUDING")) {
			int a = w + 1;
			while (a < s->n && a <= w + 3 && s->w[a].wtype != T_ACTOR &&
			       (s->w[a].wtype == T_DETERM || s->w[a].wtype == T_ADJ ||
			        s->w[a].wtype == T_AGENT))
				a++;
			return a < s->n && s->w[a].wtype == T_ACTOR && party_at(s, actor_head(s, a))
			           ? actor_head(s, a)
			           : -1;
		}
	return -1;
}

/*
 * News: "Turkey came UNDER criticism from Germany", "Iran FACES new
 * sanctions", "Trump GOT a call from Putin": a nominal event right after
 * a verb whose subject undergoes it (determiners, adjectives and up to
 * three lower-case words between). The word of that verb, or -1.
 */
static int undergoer(const vstate *v, int i)
{
	const sentstate *s = v->s;
	if (dyad__past_form(&s->w[i]))
		return -1;
	for (int w = i - 1, k = 0; w >= v->cs && w >= 0 && k < 4; w--, k++) {
		const cword *x = &s->w[w];
		if (word_in(x, FW(UNDERGO)))
			return w;
		if (x->wtype != T_DETERM && x->wtype != T_ADJ &&
		    !((x->wtype == T_NULL || x->wtype == T_LITR) && !x->cap &&
		      !word_in(x, FW(TO) | FW(AUX) | FW(NEG))))
			return -1;
	}
	return -1;
}

/* Is the actor at word f the object of "from" or "by" (determiners,
 * adjectives and agents between)? */
static int from_or_by(const sentstate *s, int f)
{
	for (int w = f - 1, k = 0; w >= 0 && k < 3; w--, k++) {
		if (word_in(&s->w[w], FW(FROM_WORDS)) || s->w[w].wtype == T_BYWORD)
			return 1;
		if (s->w[w].wtype != T_DETERM && s->w[w].wtype != T_ADJ && s->w[w].wtype != T_AGENT)
			return 0;
	}
	return 0;
}

/*
 * News: a standing relation, not an act: "Russia's support for Assad",
 * "Iranian backing of the Houthis", "its support for Maduro" (a noun of
 * FW STANDING with its holder named before it), unless a verb of
 * expression makes it one: "announced their support for X".
 */
static int standing_relation(const vstate *v, int i)
{
	const sentstate *s = v->s;
	if (!word_in(&s->w[i], FW(STANDING)))
		return 0;
	/* a noun: "support FOR X", "support, ...", "support was ..." (not
	 * the verb of "X and Y support it") */
	if (i + 1 < s->n && s->w[i + 1].wtype != T_COMMA &&
	    !word_in(&s->w[i + 1], FW(AUX) | FW(PREP) | FW(OBJ_PREP) | FW(TO) | FW(FROM_WORDS)) &&
	    !ing_form(&s->w[i + 1]))
		return 0;
	int w = i - 1;
	/* "new US sanctions", "fresh sanctions": a new act */
	for (int k = i - 1; k >= 0 && k >= i - 4 && k >= v->cs; k--)
		if (word_in(&s->w[k], FW(FRESH)))
			return 0;
	/* (not past a verb: "Trump authorized sanctions") */
	for (int k = 0; k < 2 && w > v->cs &&
	                (s->w[w].wtype == T_ADJ ||
	                 ((s->w[w].wtype == T_NULL || s->w[w].wtype == T_LITR) && !s->w[w].cap &&
	                  !word_in(&s->w[w], FW(AUX) | FW(TO)) &&
	                  (!ed_form(&s->w[w]) || word_in(&s->w[w], FW(FRESH)))));
	     k++)
		w--;
	if (w < v->cs || w < 0)
		return 0;
	const cword *x = &s->w[w];
	int p;
	while (w > v->cs && s->w[w].wtype == T_AGENT)
		w--; /* "Iraqi military support"; "military support" names no holder */
	x = &s->w[w];
	if (x->wtype == T_ACTOR) {
		p = actor_head(s, w);
		while (p > v->cs && (s->w[p - 1].wtype == T_ACTOR || s->w[p - 1].wtype == T_AGENT))
			p--;
	} else if (word_in(x, FW(POSS)) || possessive_form(x)) {
		p = w;
	} else {
		return 0;
	}
	/* (the verb may close the clause before: "X announced | their
	 * support") */
	int b = p - 1;
	while (b > 0 && b >= p - 3 && (s->w[b].wtype == T_DETERM || s->w[b].wtype == T_ADJ ||
	                               word_in(&s->w[b], FW(AUX))))
		b--;
	return !(b >= 0 && word_in(&s->w[b], FW(EXPRESS)));
}

static int speech_code(const vstate *v, const lex_vcode *code);
static void make_event(vstate *v, const lex_vcode *code, int i, uint32_t pattern, uint32_t verb_id)
{
	if (code->flags == CF_NULL && code->code2 == NONE32) {
		/* news: a verb with no code ("sought to", "helped make") still has
		 * a subject, which the verbs after it in the clause share */
		if (v->c->opt.news_grammar && act_empty(&v->src)) {
			v->code = code;
			regular_source(v, i);
		}
		return;
	}
	v->code = code;
	v->via = -1;
	v->reflexive = 0;
	if (v->c->opt.news_grammar && !v->pat_src && !act_empty(&v->src) && v->src.where >= 0 &&
	    v->src.where < v->s->n) {
		/* news: a source carried from an earlier verb of the clause
		 * gives way to a subject in this verb's own stretch */
		int st = stretch_subject(v, i);
		if (st > v->src.where)
			v->src = EMPTY;
	}
	actrec carried = v->src; /* the clause's source, back after this event */
	int carried_reg = v->reg_src, swapped = 0;
	if (v->c->opt.news_grammar && !v->pat_src && standing_relation(v, i)) {
		/* the words the noun's pattern reached are free for the verbs
		 * after it ("despite UN sanctions, X flew to Moscow for ...") */
		v->pat_hi = i;
		goto out;
	}
	if (v->c->opt.news_grammar && !v->pat_src) {
		/* news: a nominal event's own agent ("triggered an Iranian missile
		 * attack") wins over a source carried from an earlier verb; inside
		 * a prepositional phrase ("a statement on Saudi atrocities") it is
		 * this event's source only, not the clause's */
		int pp;
		int h = nominal_agent_pp(v, i, &pp);
		if (h >= 0 && v->pat_lo < i && speech_code(v, code) && act_empty(&v->tgt)) {
			/* "condemned the US airstrike" (a pattern whose word
			 * comes first, and a code of what is said): the noun's
			 * doer is what the subject speaks of, its target */
			actrec a = actor_full(v, h);
			if (!act_empty(&a)) {
				v->tgt = a;
				v->reg_tgt = 1;
			}
			h = -1;
		}
		if (h >= 0 && h != v->src.where) {
			actrec a = actor_full(v, h);
			if (!act_empty(&a) && !act_equal(&a, &v->tgt)) {
				swapped = pp;
				v->src = a;
				v->reg_src = 1;
			}
		}
	}
	if (act_empty(&v->src) && v->c->opt.news_grammar && !act_empty(&v->tgt) && !v->reg_tgt &&
	    v->tgt.where >= 0 && v->tgt.where < i && check_passive(v, i) == 1)
		by_agent(v, i);
	if (act_empty(&v->src))
		regular_source(v, i);
	if (act_empty(&v->tgt))
		regular_target(v, i);
	int u = v->c->opt.news_grammar && !v->pat_src ? undergoer(v, i) : -1;
	if (u >= 0) {
		/* the subject is the target; the doer is the actor after "from"
		 * or "by", or the nominal's own agent ("came under German
		 * criticism"); with neither the doer is not named */
		const sentstate *ss = v->s;
		int t = v->tgt.where, sw = v->src.where;
		if (!act_empty(&v->src) && sw > u && sw < i) {
			v->tgt = v->src;
			v->src = EMPTY;
			regular_source(v, u);
			if (act_empty(&v->src))
				goto out;
			actrec x = v->src;
			v->src = v->tgt;
			v->tgt = x;
			v->reg_tgt = 1;
		} else if (!act_empty(&v->src) && !act_empty(&v->tgt) && t > i && t < ss->n &&
		           from_or_by(ss, t)) {
			actrec x = v->src;
			v->src = v->tgt;
			v->tgt = x;
		} else {
			goto out;
		}
		put_event(v, code, i, pattern, verb_id, &v->src, &v->tgt);
		goto out;
	}
	int btw = v->c->opt.news_grammar && mutual_code(v, code) ? between_compound(v) : -1;
	if (btw >= 0 && (act_empty(&v->src) || in_compound(v->s, &v->src, btw)) &&
	    (act_empty(&v->tgt) || in_compound(v->s, &v->tgt, btw) || check_passive(v, i) == 2)) {
		/* news: "relations between Washington and Tehran were severed",
		 * "messages were exchanged between X and Y": with no party
		 * outside the compound (an actor after a passive with no "by"
		 * is none), its members act on one another */
		int ml[MAX_WORDS];
		int nm = compound_members(v, btw, ml, MAX_WORDS);
		for (int a = 0; a < nm; a++)
			for (int b = 0; b < nm; b++) {
				if (a == b)
					continue;
				actrec S = actor_full(v, ml[a]), T = actor_full(v, ml[b]);
				if (!act_empty(&S) && !act_empty(&T))
					put_event(v, code, i, pattern, verb_id, &S, &T);
			}
		goto out;
	}
	if (!act_empty(&v->src) && act_empty(&v->tgt) && v->c->opt.news_grammar &&
	    v->src.where >= 0 && v->src.where < v->s->n && v->s->w[v->src.where].compound &&
	    mutual_code(v, code)) {
		/* news: "Washington and Tehran cut off relations", "Brazil and the
		 * United States seek a partnership": with no other party, the
		 * members of the compound subject act on one another */
		int ml[MAX_WORDS];
		int nm = compound_members(v, v->src.where, ml, MAX_WORDS);
		for (int a = 0; a < nm; a++)
			for (int b = 0; b < nm; b++) {
				if (a == b || ml[a] < 0 || ml[b] < 0)
					continue;
				actrec S = actor_full(v, ml[a]), T = actor_full(v, ml[b]);
				if (!act_empty(&S) && !act_empty(&T))
					put_event(v, code, i, pattern, verb_id, &S, &T);
			}
		goto out;
	}
	if (reduced_passive(v, i)) {
		/* its patient is the phrase right before it: no actor there, no
		 * event ("victims killed by the crash") */
		const sentstate *ss = v->s;
		int pw = i - 1; /* "Iranian diplomats": the actor before its agent */
		while (pw > v->cs && ss->w[pw].wtype == T_AGENT)
			pw--;
		if (ss->w[pw].wtype != T_ACTOR || !party_at(ss, actor_head(ss, pw)))
			goto out;
		actrec p = actor_full(v, actor_head(ss, pw));
		if (act_empty(&p) || act_equal(&p, &v->tgt))
			goto out;
		v->src = p;
		v->reg_src = 1;
	}
	if (act_empty(&v->src) || act_empty(&v->tgt))
		goto out;
	if (v->c->opt.news_grammar && !v->pat_src && possessive_victim(v->s, i))
		goto out; /* "Soleimani's assassination": the doer is not named */
	if (v->c->opt.news_grammar && !addressed(v, code, i))
		goto out;
	/* (news: a clause that opens with its subject, "Trump said X has been
	 * killed in a US raid", has it as a regular source too) */
	int reg = v->reg_src || (v->c->opt.news_grammar && v->src.where == v->cs && v->cs > 0);
	int passive = reg && v->reg_tgt ? check_passive(v, i) : 0;
	if (passive == 2 && v->c->opt.news_grammar) {
		/* "X was killed in Iraq": the actor after the verb is not the doer,
		 * unless it names the strike that did it: "X was killed in a US
		 * air strike" */
		int w = v->tgt.where;
		const sentstate *ss = v->s;
		int doer = w >= 2 && w < ss->n && ss->w[w - 1].wtype == T_DETERM &&
		           (dyad__norm_is(ss->w[w - 2].norm, "IN") || dyad__norm_is(ss->w[w - 2].norm, "BY"));
		if (!doer) {
			v->src = EMPTY;
			v->reg_src = 0;
			goto out;
		}
	}
	if (passive) {
		actrec t = v->src;
		v->src = v->tgt;
		v->tgt = t;
		v->passive = 1;
	}
	const sentstate *s = v->s;
	int sc = v->src.where >= 0 && v->src.where < s->n && s->w[v->src.where].compound;
	int tc = v->tgt.where >= 0 && v->tgt.where < s->n && s->w[v->tgt.where].compound;
	if (!sc && !tc) {
		put_event(v, code, i, pattern, verb_id, &v->src, &v->tgt);
		int inc = v->c->opt.news_grammar && !v->passive && v->tgt.where >= 0 &&
		                  v->tgt.where < s->n && v->tgt.where > i
		              ? including_after(s, v->tgt.where)
		              : -1;
		if (inc >= 0) {
			int ml[MAX_WORDS];
			int nm = s->w[inc].compound ? compound_members(v, inc, ml, MAX_WORDS) : 0;
			if (nm <= 0) {
				ml[0] = inc;
				nm = 1;
			}
			for (int m = 0; m < nm; m++) {
				if (ml[m] < 0)
					continue;
				actrec T = actor_full(v, ml[m]);
				if (!act_empty(&T) && !act_equal(&T, &v->tgt) && !act_equal(&T, &v->src))
					put_event(v, code, i, pattern, verb_id, &v->src, &T);
			}
		}
	} else {
		int sl[MAX_WORDS], tl[MAX_WORDS];
		int ns = compound_members(v, v->src.where, sl, MAX_WORDS);
		int nt = compound_members(v, v->tgt.where, tl, MAX_WORDS);
		for (int a = 0; a < ns; a++) {
			actrec S = sl[a] == WHERE_DEFAULT || sl[a] < 0 ? v->src : actor_full(v, sl[a]);
			for (int b = 0; b < nt; b++) {
				actrec T = tl[b] == WHERE_DEFAULT || tl[b] < 0 ? v->tgt : actor_full(v, tl[b]);
				put_event(v, code, i, pattern, verb_id, &S, &T);
			}
		}
	}
out:
	if (swapped) {
		v->src = carried;
		v->reg_src = carried_reg;
	}
	if (!v->reg_src)
		v->src = EMPTY;
	if (!v->reg_tgt)
		v->tgt = EMPTY;
}

static actrec act_from_idx(vstate *v, int idx, int agent)
{
	return agent ? actor_full(v, idx) : actor_codes(v, idx);
}

/* A code of what is said, not done: roots 01-03 and 10-13. */
static int speech_code(const vstate *v, const lex_vcode *code)
{
	if (code->code == NONE32)
		return 1;
	int root = code_root(v->c, code->code);
	return root <= 3 || (root >= 10 && root <= 13);
}

/*
 * News: a past participle used as an adjective, between a determiner or a
 * possessive and the noun it qualifies: "Soleimani's alleged planning",
 * "the infamous kidnapped Qatari falconry party", "a proposed deal". It
 * is no verb: it names no doer.
 */
static int participle_modifier(const vstate *v, int i, int k)
{
	const sentstate *s = v->s;
	if (s->spans[k].tail != i || !ed_form(&s->w[i]) || i + 1 >= s->n)
		return 0;
	const cword *n = &s->w[i + 1];
	/* before a preposition it is a reduced relative: "the agreement
	 * signed between ..." */
	if (n->wtype == T_COMMA || n->wtype == T_BYWORD || n->tokkind != DYAD_TOK_WORD ||
	    word_in(n, FW(AUX) | FW(PREP) | FW(OBJ_PREP) | FW(PLACE_PREP) | FW(TO) |
	                   FW(FROM_WORDS) | FW(REL)) ||
	    dyad__norm_is(n->norm, "BETWEEN"))
		return 0;
	int p = i - 1;
	/* one adjective or adverb between: "the infamous kidnapped ..."
	 * (by its ending: "the group signed" is a subject and a verb) */
	if (p > 0 && (s->w[p].wtype == T_ADJ ||
	              ((s->w[p].wtype == T_NULL || s->w[p].wtype == T_LITR) && !s->w[p].cap &&
	               adjective_form(&s->w[p]))))
		p--;
	if (p < 0)
		return 0;
	const cword *x = &s->w[p];
	return x->wtype == T_DETERM || word_in(x, FW(POSS)) || possessive_form(x);
}

static void do_verb(vstate *v, int i)
{
	const dyad_lexicon *lx = v->c->lx;
	const sentstate *s = v->s;
	v->tgt = EMPTY;
	if (v->passive) {
		v->src = EMPTY;
		v->passive = 0;
	}
	int k = dyad__head(s, i, T_VERB);
	if (k < 0)
		return;
	if (v->c->opt.news_grammar && participle_modifier(v, i, k))
		return;
	const lex_phrase *ph = &lx->phrases.v[s->spans[k].id];
	uint32_t vid = ph->target;
	const lex_verb *vb = &lx->verbs.v[vid];
	int gotpat = 0, gotalt = 0;
	int maxlen = 0, old = v->nev;
	const uint32_t *preq = vb->pat_n ? lx->pat_req.v + vb->pat_first : NULL;
	int c_news = v->c->opt.news_grammar;
	for (uint32_t p = 0; p < vb->pat_n && !gotpat; p++) {
		if (!gotalt) {
			/* skip the patterns whose required literal is absent in one
			 * tight loop (they would be skipped below anyway) */
			p = s->litbloom ? dyad__next_pattern(s, preq, p, vb->pat_n) : p;
			if (p == vb->pat_n)
				break;
		}
		uint32_t pid = vb->pat_first + p;
		if (gotalt && (int)lx->patterns.v[pid].len <= maxlen) {
			gotpat = 1;
			break;
		}
		pm m;
		if (gotalt && preq[p] != NONE32 && !dyad__sent_has_lit(s, preq[p]))
			continue;
		const lex_pattern *P = &lx->patterns.v[pid];
		if (!check_pattern(v, &P->seq, i, T_VERB, &m))
			continue;
		/* news: a reporting verb's pattern that reaches into the reported
		 * clause codes the speaker's own speech act ("said Iran was behind
		 * it", 112; "said it would retaliate", 138); an act of another
		 * kind there is the reported clause's own event, coded with it */
		if (c_news && m.hi > v->ce && !speech_code(v, &P->code))
			continue;
		/* news: nor does it reach into the speaker's phrase of a
		 * trailing "..., Iranian state television reported" */
		if (c_news && m.hi > i && m.hi < s->n && s->w[m.hi].speaker)
			continue;
		int make = 0;
		if (m.lenalt > 0) {
			gotalt = 1;
			if ((int)P->len + m.lenalt > maxlen) {
				make = 1;
				maxlen = (int)P->len - (int)P->maxalt + m.lenalt;
			}
		} else {
			gotalt = 0;
			gotpat = 1;
			make = 1;
		}
		if (make) {
			v->pat_src = m.idx_src >= 0 || m.idx_cmp >= 0;
			if (m.idx_src >= 0)
				v->src = act_from_idx(v, m.idx_src, 1);
			if (m.idx_tgt >= 0)
				v->tgt = act_from_idx(v, m.idx_tgt, 1);
			if (m.idx_att >= 0)
				v->att = act_from_idx(v, m.idx_att, 0);
			if (m.idx_cmp >= 0) {
				v->src = act_from_idx(v, m.idx_cmp, 0);
				v->tgt = v->src;
			}
			v->nev = old;
			v->pat_lo = m.lo;
			v->pat_hi = m.hi;
			if (c_news && P->code.flags == CF_NULL && P->code.code2 == NONE32) {
				/* news: a null pattern that names a word further on
				 * ("STRIKE ... FORCE", a noun use) keeps the verb from
				 * coding but does not cover the verbs between ("an
				 * American strike killed X, head of the Quds force") */
				int vk = dyad__head(s, i, T_VERB);
				int t = vk >= 0 ? s->spans[vk].tail : i;
				if (m.hi > t + 2)
					v->pat_hi = t;
			}
			make_event(v, &P->code, i, pid, vid);
		}
	}
	if (!gotpat) {
		v->pat_src = 0;
		v->pat_lo = i;
		make_event(v, &vb->code, i, NONE32, vid);
	}
}

/* do_verb() with the actor at word who as the source, whatever the clause
 * says (a relative clause's antecedent, the one made to act); the clause's
 * own source comes back afterwards. *used: the last word a pattern used. */
static void do_verb_by(vstate *v, int i, int who, int *used)
{
	actrec src = v->src;
	int reg_src = v->reg_src, reg_tgt = v->reg_tgt;
	v->src = actor_full(v, who);
	v->reg_src = 1;
	v->reg_tgt = 0;
	v->pat_hi = -1;
	do_verb(v, i);
	if (v->pat_hi > *used)
		*used = v->pat_hi;
	v->src = src;
	v->reg_src = reg_src;
	v->reg_tgt = reg_tgt;
	v->passive = 0;
}

/* ---- time shifting ------------------------------------------------------- */

static int64_t days_from_civil(int64_t y, unsigned m, unsigned d)
{
	y -= m <= 2;
	const int64_t era = (y >= 0 ? y : y - 399) / 400;
	const unsigned yoe = (unsigned)(y - era * 400);
	const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (int64_t)doe - 719468;
}

static int32_t civil_from_days(int64_t z)
{
	z += 719468;
	const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	const unsigned doe = (unsigned)(z - era * 146097);
	const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	const int64_t y = (int64_t)yoe + era * 400;
	const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	const unsigned mp = (5 * doy + 2) / 153;
	const unsigned d = doy - (153 * mp + 2) / 5 + 1;
	const unsigned m = mp < 10 ? mp + 3 : mp - 9;
	return (int32_t)((y + (m <= 2)) * 10000 + m * 100 + d);
}

int32_t dyad__shift_date(int32_t date, int days);
int32_t dyad__shift_date(int32_t date, int days)
{
	if (!date)
		return 0;
	int64_t z = days_from_civil(date / 10000, (unsigned)(date / 100 % 100), (unsigned)(date % 100));
	return civil_from_days(z + days);
}

/* Apply the first non-null time phrase; returns 1 when the sentence is
 * discarded or complex because of it. */
static void check_time(vstate *v)
{
	const dyad_lexicon *lx = v->c->lx;
	sentstate *s = v->s;
	for (int i = 0; i < s->n; i++) {
		int k = dyad__head(s, i, T_TIME);
		if (k < 0)
			continue;
		const lex_verb *tv = &lx->verbs.v[lx->phrases.v[s->spans[k].id].target];
		const lex_vcode *code = NULL;
		int save_cs = v->cs, save_ce = v->ce;
		v->cs = 0;
		v->ce = s->n - 1;
		for (uint32_t p = 0; p < tv->pat_n && !code; p++) {
			pm m;
			const lex_pattern *P = &lx->patterns.v[tv->pat_first + p];
			if (check_pattern(v, &P->seq, i, T_TIME, &m) && !(P->code.flags & CF_NULL))
				code = &P->code;
		}
		v->cs = save_cs;
		v->ce = save_ce;
		if (!code)
			code = &tv->code;
		if (code->flags & CF_DISCARD) {
			s->discard = 1;
			return;
		}
		if (code->flags & CF_COMPLEX) {
			s->complex = 1;
			s->explain = "Complex code in time-shift phrase";
			return;
		}
		if (code->flags & CF_NULL)
			continue;
		s->date = dyad__shift_date(s->date, code->shift);
		return;
	}
}

/* ---- the sentence ----------------------------------------------------- */

/* News: an actor named only by a city or region (a <PLACES> entry) with
 * no agent: "the Benghazi attack", "Rep. Smith of Ohio", "flew to
 * Manaus". It gives its country to an agent ("Basra police"), but on
 * its own it is where something happens, not who acts. */
static int bare_place(const dyad_coder *c, const sentstate *s, const actrec *a)
{
	if (a->agent || a->where < 0 || a->where >= s->n)
		return 0;
	const cword *w = &s->w[a->where];
	const dyad_lexicon *lx = c->lx;
	if (w->wtype != T_ACTOR || w->root == NONE32 || w->root >= lx->phrases.n)
		return 0;
	const lex_phrase *ph = &lx->phrases.v[w->root];
	return ph->cat == CAT_ACTOR && ph->target < lx->actors.n && lx->actors.v[ph->target].place;
}

/* Codes whose target may be a bare place: sympathy for the people of a
 * place (018), a visit, hosting or a meeting at a place (042-044), a
 * show of force (15) and coercion and force (17-20). */
static int place_target_code(const dyad_coder *c, uint32_t code)
{
	if (code == NONE32)
		return 0;
	const char *cs = dyad__str(c, code);
	int root = code_root(c, code);
	return !strcmp(cs, "018") || (cs[0] == '0' && cs[1] == '4' && cs[2] >= '2' && cs[2] <= '4') ||
	       root == 15 ||
	       (root >= 17 && root <= 20);
}

/* News: the actor a is protesters, rioters or a mob ("a Ukrainian
 * protestor", "protesters in Basra"): their force against people or
 * property is a violent protest, a riot (145), not an act of their
 * state. */
static int riot_source(const sentstate *s, const actrec *a)
{
	if (a->where < 0 || a->where >= s->n || s->w[a->where].wtype != T_ACTOR)
		return 0;
	int lo = a->where > 0 ? a->where - 1 : 0, hi = actor_tail(s, a->where) + 1;
	for (int w = lo; w <= hi && w < s->n; w++)
		if (word_in(&s->w[w], FW(PROTESTERS)))
			return 1;
	return 0;
}

/* Is one of the roles of the composite code cs (3 letters each, after
 * the first three) MED, the press? */
static int media_code(const char *cs)
{
	size_t n = strlen(cs);
	for (size_t k = 3; k + 3 <= n; k += 3)
		if (cs[k] == 'M' && cs[k + 1] == 'E' && cs[k + 2] == 'D')
			return 1;
	return 0;
}

/* Codes done to the press, not said to it: sympathy (018), release
 * (08), criticism and rejection (11, 12), threats (13), reduced relations
 * (16), coercion and force (17-20). */
static int media_target_code(const dyad_coder *c, uint32_t code)
{
	int root = code_root(c, code);
	return !strcmp(dyad__str(c, code), "018") || root == 8 || root == 11 || root == 12 ||
	       root == 13 || root >= 16;
}

static int same_actors(const ev *e)
{
	if (e->s.actor == NONE32 || e->t.actor == NONE32 || e->s.special || e->t.special)
		return 1;
	return e->s.actor == e->t.actor && e->s.agent == e->t.agent;
}

static int same_event(const ev *a, const ev *b)
{
	return a->s.actor == b->s.actor && a->s.agent == b->s.agent && a->t.actor == b->t.actor &&
	       a->t.agent == b->t.agent && a->code == b->code && a->cflags == b->cflags;
}

/* Is the actor at word t, right after the verb at word verb (a
 * determiner between at most), followed by a verb or an auxiliary of its
 * own: the subject of a reported clause ("warned the Pentagon WAS ...")? */
static int complement_subject(const sentstate *s, int verb, int t)
{
	if (verb < 0 || verb >= s->n || t <= verb || t >= s->n || s->w[t].wtype != T_ACTOR)
		return 0;
	int k = dyad__head(s, verb, T_VERB);
	int b = (k >= 0 ? s->spans[k].tail : verb) + 1;
	int h = actor_head(s, t);
	if (b < h && s->w[b].wtype == T_DETERM)
		b++;
	if (b != h)
		return 0;
	int e = actor_tail(s, h);
	while (e + 1 < s->n && s->w[e + 1].wtype == T_AGENT)
		e++;
	if (e + 1 >= s->n || possessive_form(&s->w[e]))
		return 0;
	/* a verb for certain: an auxiliary or a past tense ("GOP criticism",
	 * "Morsy's resignation" are nouns) */
	const cword *x = &s->w[e + 1];
	return (word_in(x, FW(AUX)) && !dyad__norm_is(x->norm, "TO")) ||
	       (x->wtype == T_VERB && (ed_form(x) || word_in(x, FW(IRREGULAR_PAST))));
}

/* Composite actor+agent code (TABARI's addCompositeCode). */
static const char *composite(dyad_coder *c, const actrec *a)
{
	const dyad_lexicon *lx = c->lx;
	const char *actor = a->actor == NONE32 ? "***" : dyad__str(c, a->actor);
	if (a->actor != NONE32 && a->actor >= lx->strs.n) {
		/* a code of the coder's own string table, which may grow (and
		 * move) before the story's events are read: a copy in the arena */
		char *cp = dyad_arena_strndup(&c->arena, actor, strlen(actor));
		if (cp)
			actor = cp;
	}
	if (!a->agent)
		return actor;
	const char *ag;
	int suffix = 1;
	if (a->agent == AGENT_ELI) {
		ag = "ELI";
	} else {
		const lex_agent *x = &lx->agents.v[a->agent - 1];
		if (x->code == NONE32)
			return actor;
		ag = dyad_strtab_str(&lx->strs, x->code);
		suffix = x->suffix;
	}
	const char *f = strstr(actor, ag);
	if (f && (f - actor) % 3 == 0)
		return actor;
	size_t an = strlen(actor), gn = strlen(ag);
	char *out = dyad_arena_alloc(&c->arena, an + gn + 1);
	if (!out)
		return actor;
	if (suffix) {
		memcpy(out, actor, an);
		memcpy(out + an, ag, gn + 1);
	} else {
		memcpy(out, ag, gn);
		memcpy(out + gn, actor, an + 1);
	}
	return out;
}

/* Expand coded compounds (LORIEN [ELR/GAL]): sources, then targets. */
static const char *composite(dyad_coder *c, const actrec *a);

/* The speaker at word who, or every member of a compound speaker
 * ("Brazil and Chile said ..."): their words in ml, their number. */
static int speaker_members(vstate *v, int who, int *ml, int max)
{
	const sentstate *s = v->s;
	ml[0] = who;
	for (int k = 0; k < s->nspans && s->w[who].compound; k++)
		if (s->spans[k].kind == T_COMPOUND && s->spans[k].head <= who &&
		    s->spans[k].tail >= who)
			return compound_members(v, s->spans[k].head, ml, max);
	return 1;
}

/*
 * News: "X said (that) Y attacked Z" is also X's own speech act, an
 * accusation of Y (112), when X is a claimant (a reporting verb, not a
 * source cited with "according to", not the media), Y is a third party
 * (not X's own country) and the act reported is a protest or material
 * conflict (roots 14-20) said to have happened (not negated). The
 * reported act keeps attributed_to = X.
 */
static void add_accusations(vstate *v)
{
	dyad_coder *c = v->c;
	const sentstate *s = v->s;
	int64_t accuse = dyad_strtab_find(&c->lx->strs, "112", 3);
	if (accuse < 0)
		return;
	int n = v->nev;
	for (int i = 0; i < n && v->nev < 64; i++) {
		const ev *e = &v->evs[i];
		int who = e->attr >= 0 ? e->attr : e->attr == -1 ? s->speaker : -1;
		if (who < 0 || who >= s->n || s->w[who].cited || e->negated || e->derived ||
		    e->code == NONE32 || e->s.actor == NONE32 || e->s.special)
			continue;
		int root = code_root(c, e->code);
		if (root < 14 || root > 20)
			continue;
		int ml[8], nm = speaker_members(v, who, ml, 8);
		for (int m = 0; m < nm && v->nev < 64; m++) {
			const ev *x = &v->evs[i];
			actrec spk = actor_full(v, ml[m]);
			if (act_empty(&spk) || spk.actor == NONE32 || spk.special)
				continue;
			if (!strncmp(dyad__str(c, spk.actor), dyad__str(c, x->s.actor), 3))
				continue; /* a speaker on its own side's act */
			int said = 0; /* the speaker already disapproves of the doer */
			for (int j = 0; j < n && !said; j++)
				said = v->evs[j].code != NONE32 && v->evs[j].s.actor == spk.actor &&
				       v->evs[j].t.actor == x->s.actor &&
				       code_root(c, v->evs[j].code) == 11;
			if (said)
				continue;
			const char *who_code = composite(c, &spk);
			if (strstr(who_code, "MED") || strstr(who_code, "JRN"))
				continue; /* the media report; they do not accuse */
			ev *a = &v->evs[v->nev++];
			*a = *x;
			a->s = spk;
			a->t = x->s;
			a->code = (uint32_t)accuse;
			a->cflags = 0;
			a->attr = -2; /* the speaker's own act: no attribution */
			a->via = -1;
			a->derived = DERIVED_ACCUSATION;
		}
	}
}

/*
 * News: "X claimed (that) it attacked Y", "X said it shelled Y": the
 * speaker describes its own act (the act's source is the speaker, the
 * same actor and agent), which is not attributed (gold conventions:
 * attributed_to null). When the reporting verb is "claim" and the act is
 * a protest or material conflict (roots 14-20) said to have happened,
 * the claim is also the speaker's acknowledgement of responsibility, 015,
 * towards the act's target (unless a 015 of the pair is already coded:
 * "claimed responsibility for the attack on Y").
 */
static void own_acts(vstate *v)
{
	dyad_coder *c = v->c;
	const sentstate *s = v->s;
	int n = v->nev;
	for (int i = 0; i < n; i++) {
		ev *e = &v->evs[i];
		int who = e->attr >= 0 ? e->attr : e->attr == -1 ? s->speaker : -1;
		if (who < 0 || who >= s->n || s->w[who].cited || e->derived || e->code == NONE32 ||
		    e->s.actor == NONE32 || e->s.special)
			continue;
		/* the speaker, or any member of a compound speaker ("Obama and
		 * Putin said they ...") */
		int ml[8], nm = speaker_members(v, who, ml, 8), own = 0;
		for (int m = 0; m < nm && !own; m++) {
			actrec spk = actor_full(v, ml[m]);
			own = spk.actor == e->s.actor && spk.agent == e->s.agent &&
			      spk.index == e->s.index;
		}
		if (!own)
			continue;
		e->attr = -2; /* the speaker's own act */
		int root = code_root(c, e->code);
		if (e->negated || root < 14 || root > 20 || e->t.actor == NONE32 || v->nev >= 64)
			continue;
		/* the reporting verb: after the speaker ("X has claimed"), or
		 * right before it ("..., claimed X") */
		int h = actor_head(s, who), w = actor_tail(s, h) + 1;
		while (w < s->n && word_in(&s->w[w], FW(AUX)))
			w++;
		int claim = w < s->n && word_in(&s->w[w], FW(CLAIM));
		if (!claim && h > 0) {
			w = h - 1;
			while (w > 0 && (s->w[w].wtype == T_DETERM || s->w[w].wtype == T_ADJ))
				w--;
			claim = word_in(&s->w[w], FW(CLAIM));
		}
		if (!claim)
			continue;
		uint32_t resp = intern_extra(c, "015", 3);
		int dup = resp == NONE32;
		for (int j = 0; j < v->nev && !dup; j++)
			dup = v->evs[j].code == resp && act_equal(&v->evs[j].s, &e->s) &&
			      act_equal(&v->evs[j].t, &e->t);
		if (dup)
			continue;
		ev *a = &v->evs[v->nev++];
		*a = *e;
		a->code = resp;
		a->cflags = 0;
		a->attr = -2;
		a->via = -1;
		a->verb = w;
		a->derived = DERIVED_CLAIM;
	}
}

static void expand_coded(vstate *v)
{
	const dyad_lexicon *lx = v->c->lx;
	ev out[64];
	int n = 0;
	/* sources */
	for (int i = 0; i < v->nev && n < 64; i++) {
		ev e = v->evs[i];
		if (e.s.index && e.s.acode >= 0) {
			const lex_acode *ac = &lx->acodes.v[e.s.acode];
			for (uint16_t k = 0; k < ac->ncodes && n < 64; k++) {
				ev x = e;
				x.s.actor = lx->codelist.v[ac->codes + k];
				x.s.index = 0;
				x.s.agent = 0;
				out[n++] = x;
			}
		} else {
			out[n++] = e;
		}
	}
	/* targets */
	ev out2[64];
	int m = 0;
	for (int i = 0; i < n && m < 64; i++) {
		ev e = out[i];
		if (e.t.index && e.t.acode >= 0) {
			const lex_acode *ac = &lx->acodes.v[e.t.acode];
			for (uint16_t k = 0; k < ac->ncodes && m < 64; k++) {
				ev x = e;
				x.t.actor = lx->codelist.v[ac->codes + k];
				x.t.index = 0;
				x.t.agent = 0;
				if (k > 0) {
					int drop = same_actors(&x);
					for (int j = 0; j < m && !drop; j++)
						drop = same_event(&out2[j], &x);
					if (drop)
						continue;
				}
				out2[m++] = x;
			}
		} else {
			out2[m++] = e;
		}
	}
	memcpy(v->evs, out2, (size_t)m * sizeof *out2);
	v->nev = m;
}

const char *dyad__actor_text_code(dyad_coder *c, const sentstate *s, int w)
{
	vstate *v = dyad_arena_alloc(&c->scratch, sizeof *v);
	if (!v)
		return NULL;
	memset(v, 0, offsetof(vstate, evs));
	v->c = c;
	v->s = (sentstate *)s;
	actrec a = actor_full(v, w);
	if (act_empty(&a) || a.special)
		return NULL;
	return composite(c, &a);
}

/*
 * News: a gerund after a preposition ("jailed him FOR HELPING militants",
 * "BEFORE LEAVING for Beijing", "BY ALLEGING ...") names an act whose doer
 * the sentence does not say; TABARI would give it the clause's subject.
 */
/*
 * News: a past participle right after another verb ("the government TOLD
 * GUARANTEED", "GOT ARRESTED") is that verb's complement, a passive with no
 * doer: not coded.
 */
static int participle_after_verb(const sentstate *s, int i)
{
	if (i < 1 || s->w[i - 1].wtype != T_VERB || dyad__tail(s, i - 1, T_VERB) < 0)
		return 0;
	return dyad__past_form(&s->w[i]) && dyad__past_form(&s->w[i - 1]);
}

static int gerund_after_prep(const sentstate *s, int i)
{
	const cword *x = &s->w[i];
	if (i == 0 || x->nlen < 5 || memcmp(x->norm + x->nlen - 3, "ING", 3) != 0)
		return 0;
	return word_in(&s->w[i - 1], FW(PREP));
}

/*
 * News: the act an accuser alleges, "X accused Y OF ATTACKING Z", "X
 * blamed Y FOR HELPING Z": a gerund after "of"/"for" right after an actor
 * that an earlier event of the clause disapproves of (root 11). Its doer
 * is that actor, and it is attributed to the accuser. Returns the
 * accuser's word (and the doer in *doer), or -1.
 */
static int alleged_act(const vstate *v, int i, int *doer)
{
	const sentstate *s = v->s;
	if (i < 2 || !gerund_after_prep(s, i) ||
	    (!dyad__norm_is(s->w[i - 1].norm, "OF") && !dyad__norm_is(s->w[i - 1].norm, "FOR") &&
	     !dyad__norm_is(s->w[i - 1].norm, "OVER")) ||
	    s->w[i - 2].wtype != T_ACTOR)
		return -1;
	int d = actor_head(s, i - 2);
	for (int e = v->nev - 1; e >= 0; e--) {
		const ev *x = &v->evs[e];
		if (x->t.where != d || x->code == NONE32 || x->s.where < 0 || x->s.where >= s->n ||
		    x->derived || code_root(v->c, x->code) != 11)
			continue;
		*doer = d;
		return x->s.where;
	}
	return -1;
}

/*
 * News: an act asked or wanted of another actor, "X asked Y TO SEND troops
 * to Z", "X wants Y TO ATTACK Z", "X expects Y to ...": Y is the subject
 * of the infinitive, not X, and the act has not happened (it is not
 * coded). After a verb that says it did happen ("forced Y to withdraw",
 * "helped Y to rebuild") it is Y's act. Returns Y's word, or -1; *real
 * says which.
 */
/*
 * News: a bare infinitive after "help", "let" or "make" and its object,
 * "helped Iraq DEFEAT the militants", "helping young militants JOIN a
 * group": the object is its subject, and the act happened. Returns the
 * object's actor, -2 when the object names none (the act is then not
 * coded: *real is 0), or -1.
 */
static int bare_infinitive_subject(const vstate *v, int i, int *real)
{
	const sentstate *s = v->s;
	/* after a determiner and only modifiers it is no infinitive but the
	 * head of a noun phrase ("made A surprise VISIT to X"; not "made THE
	 * ARMY retreat") */
	for (int d = i - 1; d > v->cs && d >= i - 4; d--) {
		uint8_t t = s->w[d].wtype;
		if (t == T_DETERM)
			return -1;
		if (t != T_ADJ && t != T_NOUN && t != T_NULL && t != T_LITR && t != T_NUMBER)
			break;
	}
	int actor = -1, g = i - 1;
	for (; g > v->cs && g >= i - 5; g--) {
		const cword *x = &s->w[g];
		if (word_in(x, FW(BARE)))
			break;
		if (x->wtype == T_ACTOR)
			actor = actor_head(s, g);
		else if (!(x->wtype == T_AGENT || x->wtype == T_ADJ || x->wtype == T_DETERM ||
		           x->wtype == T_NOUN || ((x->wtype == T_NULL || x->wtype == T_LITR) &&
		                                  x->tokkind == DYAD_TOK_WORD && !word_in(x, FW(AUX)))))
			return -1;
	}
	if (g >= i - 1 || !word_in(&s->w[g], FW(BARE)))
		return -1;
	if (actor >= 0 && party_at(s, actor)) {
		*real = 1;
		return actor;
	}
	*real = 0;
	return -2;
}

static int infinitive_subject(const vstate *v, int i, int *real, int *gov)
{
	const sentstate *s = v->s;
	if (i >= 2 && !dyad__norm_is(s->w[i - 1].norm, "TO") && !dyad__past_form(&s->w[i]))
		return bare_infinitive_subject(v, i, real);
	if (i < 3 || !dyad__norm_is(s->w[i - 1].norm, "TO"))
		return -1;
	int t = i - 2;
	while (t > v->cs && s->w[t].wtype == T_AGENT)
		t--;
	if (s->w[t].wtype != T_ACTOR)
		return -1;
	int y = actor_head(s, t);
	if (!party_at(s, y))
		return -1;
	/* "wants Russia and China to meet Iran": the whole compound */
	for (int k = 0; k < s->nspans && s->w[y].compound; k++)
		if (s->spans[k].kind == T_COMPOUND && s->spans[k].head < y &&
		    s->spans[k].tail >= y && party_at(s, s->spans[k].head)) {
			y = s->spans[k].head;
			break;
		}
	int g = y - 1;
	while (g > v->cs && (s->w[g].wtype == T_DETERM || s->w[g].wtype == T_ADJ))
		g--;
	if (g < v->cs)
		return -1;
	const cword *x = &s->w[g];
	*gov = g;
	if (word_in(x, FW(DONE)))
		*real = 1;
	else if (dyad__head(s, g, T_VERB) >= 0 || dyad__tail(s, g, T_VERB) >= 0 || word_in(x, FW(WANT_OF)))
		*real = 0;
	else
		return -1;
	return y;
}

/*
 * The appeal (root 02) for an act wanted of another: to meet or negotiate
 * 026, to cooperate diplomatically 022, materially 021, to give aid 023,
 * to yield 025; any other act (a conflictual one included) 020.
 */
static uint32_t appeal_code(const vstate *v, uint32_t code)
{
	static const char *const map[21] = {[4] = "026", [5] = "022", [6] = "021", [7] = "023",
	                                    [8] = "025"};
	int root = code_root(v->c, code);
	const char *a = root >= 0 && root <= 20 && map[root] ? map[root] : "020";
	return intern_extra(v->c, a, 3);
}

static void do_verb_by(vstate *v, int i, int who, int *used);

/*
 * News: "X wants Y to attack Z", "X wished Y to sign the treaty": X's wish
 * is X's appeal to Y (root 02, by the act wanted: appeal_code), made when
 * the act is one the dictionaries code with Y as its source. The act
 * itself has not happened and is not coded. Not when the wish is negated
 * ("does not want Y to ..."), nor when the wishing word's own verb has
 * coded an event of X towards Y.
 */
static void wished_act(vstate *v, int i, int asked, int gov, int *used)
{
	const sentstate *s = v->s;
	if (!word_in(&s->w[gov], FW(WISH)))
		return;
	/* the wisher: the subject of the wishing word */
	actrec src = v->src, tgt = v->tgt;
	int reg_src = v->reg_src, reg_tgt = v->reg_tgt, lo = v->pat_lo;
	const lex_vcode *code = v->code;
	v->src = EMPTY;
	v->tgt = actor_full(v, asked);
	v->code = NULL;
	regular_source(v, gov);
	actrec wisher = v->src, y = v->tgt;
	v->pat_lo = gov;
	int neg = negated_at(v, gov, NONE32);
	v->src = src;
	v->tgt = tgt;
	v->reg_src = reg_src;
	v->reg_tgt = reg_tgt;
	v->pat_lo = lo;
	v->code = code;
	if (neg || act_empty(&wisher) || wisher.actor == NONE32 || wisher.special ||
	    act_equal(&wisher, &y))
		return;
	for (int e = 0; e < v->nev; e++)
		if (v->evs[e].verb >= gov - 1 && v->evs[e].verb <= gov &&
		    act_equal(&v->evs[e].s, &wisher) && act_equal(&v->evs[e].t, &y))
			return; /* "pressured Y to ...": coded by its own verb */
	/* "France and Britain want ...": each member wishes */
	int wl[8], nw = 1;
	wl[0] = wisher.where;
	if (wisher.where >= 0 && wisher.where < s->n && s->w[wisher.where].compound)
		nw = compound_members(v, wisher.where, wl, 8);
	/* the words of Y ("Russia and China") */
	int ylo = asked, yhi = actor_tail(s, asked);
	int ky = dyad__head(s, asked, T_COMPOUND);
	if (ky >= 0)
		yhi = s->spans[ky].tail;
	int old = v->nev, hi = *used;
	do_verb_by(v, i, asked, &hi);
	ev acts[64];
	int na = 0;
	for (int e = old; e < v->nev; e++)
		if (v->evs[e].code != NONE32 && v->evs[e].s.where >= ylo && v->evs[e].s.where <= yhi)
			acts[na++] = v->evs[e];
	v->nev = old;
	for (int a = 0; a < na; a++)
		for (int w = 0; w < nw && v->nev < 64; w++) {
			ev x = acts[a];
			x.t = x.s;
			x.s = nw > 1 ? actor_full(v, wl[w]) : wisher;
			x.code = appeal_code(v, x.code);
			if (x.code == NONE32 || act_empty(&x.s))
				continue;
			x.cflags = 0;
			x.negated = 0;
			x.verb = gov;
			x.via = -1;
			x.self = 0;
			x.derived = DERIVED_APPEAL;
			v->evs[v->nev++] = x;
		}
	*used = hi;
}

/*
 * News: a verb of a relative clause, "the diplomat WHO MET rebels", "a
 * company THAT HELPED Iran": its subject is the noun phrase before the
 * pronoun, not the sentence's. Returns 1 for such a verb, with *ante the
 * actor of that phrase, or -1 when it names none ("a company"): the
 * sentence does not say who did it.
 */

/* Is word r a relative pronoun after a noun phrase ("a company THAT
 * helped"), not a complementizer ("said that") nor an aside (", which")? */
static int relative_pronoun(const vstate *v, int r)
{
	const sentstate *s = v->s;
	if (r <= v->cs || r >= s->n || !word_in(&s->w[r], FW(REL)))
		return 0;
	int a = r - 1;
	/* news: ", who were captured by X" (kept by the comma rule only when
	 * passive with its doer): the phrase before the comma */
	if (v->c->opt.news_grammar && s->w[a].wtype == T_COMMA && a > v->cs &&
	    s->text[s->w[a].off] == ',' && (s->w[a - 1].wtype == T_ACTOR || s->w[a - 1].wtype == T_AGENT))
		return 1;
	return !(s->w[a].wtype == T_COMMA || dyad__head(s, a, T_VERB) >= 0 ||
	         dyad__tail(s, a, T_VERB) >= 0 || s->w[a].wtype == T_ATTRIB ||
	         s->w[a].wtype == T_VERB || s->w[a].wtype == T_PREP || s->w[a].wtype == T_CONJ ||
	         s->w[a].wtype == T_PRONOUN || s->w[a].tokkind != DYAD_TOK_WORD);
}

static int relative_subject(const vstate *v, int i, int *ante)
{
	const sentstate *s = v->s;
	int r = i - 1;
	while (r > v->cs && r >= i - 3 &&
	       (word_in(&s->w[r], FW(AUX)) || word_in(&s->w[r], FW(NEG)) ||
	        /* an adverb: "who were QUICKLY captured" */
	        ((s->w[r].wtype == T_NULL || s->w[r].wtype == T_LITR) && s->w[r].nlen > 4 &&
	         !memcmp(s->w[r].norm + s->w[r].nlen - 2, "LY", 2))))
		r--;
	/* news: "in response to the US airstrike THAT killed X": a nominal
	 * event that names its own doer is the clause's subject (the US
	 * acts); one that is the object of a preposition and names none,
	 * "retaliated for the airstrike that killed X", leaves the doer
	 * unnamed */
	int nh = r - 1; /* the head of a nominal of several words, "air strike" */
	while (nh > v->cs && nh < s->n && s->w[nh].wtype == T_VERB && dyad__head(s, nh, T_VERB) < 0 &&
	       s->w[nh - 1].wtype == T_VERB)
		nh--;
	if (v->c->opt.news_grammar && r > v->cs + 1 && nh > v->cs && word_in(&s->w[r], FW(REL)) &&
	    s->w[nh].wtype == T_VERB && dyad__head(s, nh, T_VERB) >= 0) {
		int h = nominal_agent(v, nh);
		if (h >= 0) {
			*ante = h;
			return 1;
		}
		int b = nh - 1;
		while (b > v->cs && (s->w[b].wtype == T_ADJ || s->w[b].wtype == T_NOUN))
			b--;
		if (s->w[b].wtype == T_DETERM && b > v->cs) {
			b--;
			if (s->w[b].wtype == T_PREP || word_in(&s->w[b], FW(OBJ_PREP))) {
				*ante = -1;
				return 1;
			}
		}
	}
	if (!relative_pronoun(v, r))
		return 0;
	int a = r - 1;
	if (s->w[a].wtype == T_COMMA)
		a--; /* ", who were captured by X" */
	/* "the drone attack that killed X": an event named by a noun is the
	 * clause's own act; its subject is the clause's */
	for (int n = a; n >= a - 1 && n > v->cs && s->w[n].wtype == T_NOUN; n--)
		if (s->w[n].root != NONE32 && v->c->lx->phrases.v[s->w[n].root].cat == CAT_VERB)
			return 0;
	while (a > v->cs && s->w[a].wtype == T_AGENT)
		a--;
	*ante = s->w[a].wtype == T_ACTOR && party_at(s, actor_head(s, a)) ? actor_head(s, a) : -1;
	/* "the attack in Benghazi, Libya that killed ...": a place is not the
	 * phrase the clause is about */
	if (*ante >= 0 && (place_actor((vstate *)v, *ante) || preceded_by(s, *ante, FW(IN_WORDS)) ||
	                   (*ante >= 2 && s->w[*ante - 1].wtype == T_COMMA &&
	                    preceded_by(s, actor_head(s, *ante - 2), FW(IN_WORDS)))))
		return 0;
	return 1;
}

/*
 * Is the event a mutual act, one both parties do (CAMEO codes such acts
 * in both directions)? A meeting at a third place (044), negotiations
 * (046), a formal agreement signed (057), a truce or ceasefire (0871);
 * a plain contact (040) when its target follows "with" ("met with Y",
 * "held talks with Y"); intelligence shared (064) when the sentence says
 * "each other" or "exchanged".
 */
static int mutual_event(const dyad_coder *c, const sentstate *s, const rawevent *r)
{
	if (r->code == NONE32 || r->src < 0 || r->tgt < 0 || r->src >= s->n || r->tgt >= s->n)
		return 0;
	/* "will meet in Zurich": a venue is no party (gold conventions: the
	 * venue country is not coded as host) */
	if (preceded_by(s, r->tgt, FW(VENUE)))
		return 0;
	const char *cs = dyad__str(c, r->code);
	if (!strcmp(cs, "044") || !strcmp(cs, "046") || !strcmp(cs, "057") || !strcmp(cs, "0871"))
		return 1;
	if (!strcmp(cs, "040")) {
		return r->tgt > r->verb && preceded_by(s, r->tgt, FW(WITH));
	}
	if (!strcmp(cs, "064")) {
		for (int w = 0; w < s->n; w++) {
			const cword *x = &s->w[w];
			if ((x->nlen >= 8 && !memcmp(x->norm, "EXCHANGE", 8)) ||
			    (w + 1 < s->n && dyad__norm_is(x->norm, "EACH") &&
			     dyad__norm_is(s->w[w + 1].norm, "OTHER")))
				return 1;
		}
	}
	return 0;
}

/*
 * SET: RECIPROCAL (news): a mutual act coded one way, X -> Y, is also
 * coded Y -> X with the same code, derived "reciprocal" (the gold
 * conventions: meetings, negotiations, signed agreements, truces and
 * information sharing described as mutual are coded in both directions).
 * Not when the sentence already has an event Y -> X of the same root
 * ("X and Y met" is coded both ways already), not for a negated event,
 * nor when Y is a venue ("will meet in Zurich"). The mirror follows its
 * event.
 */
static void add_reciprocals(dyad_coder *c, sentstate *s)
{
	int n = s->nev, k = 0, any = 0;
	for (int i = 0; i < n && !any; i++)
		any = !s->ev[i].derived && !s->ev[i].negated && mutual_event(c, s, &s->ev[i]);
	if (!any)
		return;
	rawevent *out = dyad_arena_alloc(&c->scratch, (size_t)(2 * n + 1) * sizeof *out);
	if (!out)
		return; /* no room: the events stay as they are */
	for (int i = 0; i < n; i++) {
		const rawevent *r = &s->ev[i];
		out[k++] = *r;
		if (r->derived || r->negated || !mutual_event(c, s, r))
			continue; /* (an act that did not happen is not mirrored) */
		const char *cs = dyad__str(c, r->code);
		int back = 0;
		for (int j = 0; j < n && !back; j++) {
			const rawevent *q = &s->ev[j];
			if (q->code == NONE32 || strcmp(q->src_str, r->tgt_str) ||
			    strcmp(q->tgt_str, r->src_str))
				continue;
			const char *qs = dyad__str(c, q->code);
			back = qs[0] == cs[0] && qs[1] == cs[1];
		}
		if (back)
			continue;
		rawevent *m = &out[k++];
		*m = *r;
		m->src = r->tgt;
		m->tgt = r->src;
		m->src_str = r->tgt_str;
		m->tgt_str = r->src_str;
		m->derived = DERIVED_RECIPROCAL;
	}
	memcpy(s->ev, out, (size_t)k * sizeof *out);
	s->nev = k;
}

/*
 * News: "the two sides" as the subject of the verb at word i (only
 * auxiliaries and adverbs between them) that says what they did, in the
 * past ("shared", "had signed", "were exchanging"; not "could meet", "will
 * talk", "have rockets"), stands for the parties of the sentence's latest
 * event before it between two countries, else for those of the sentence
 * before (parse.c, resolve_pair_nouns; coder.c), for that verb only (see
 * pair_done). Its word, or -1.
 */
static int pair_from_events(vstate *v, int i)
{
	sentstate *s = v->s;
	int found = -1;
	for (int k = 0; k < s->npairw; k++) {
		int p = s->pairw[k], past = dyad__past_form(&s->w[i]), w = p + 1;
		if (p >= i || s->w[p].bound)
			continue;
		for (; w < i; w++) {
			const cword *x = &s->w[w];
			if (!(word_in(x, FW(AUX) | FW(NEG) | FW(PAIR_ADV)) ||
			      (x->nlen > 4 && !memcmp(x->norm + x->nlen - 2, "LY", 2))) ||
			    word_in(x, FW(MODAL) | FW(PAIR_NOT_PAST)))
				break;
			past |= word_in(x, FW(PAIR_PAST));
		}
		if (w < i || !past)
			continue;
		s->w[p].bound = s->pair_in[0];
		s->pair2[k] = s->pair_in[1];
		found = p;
		for (int e = v->nev - 1; e >= 0; e--) {
			const ev *x = &v->evs[e];
			if (!x->valid || x->code == NONE32 || (x->cflags & CF_NULL) ||
			    x->s.actor == NONE32 || x->t.actor == NONE32 || x->s.special ||
			    x->t.special || x->s.where < 0 || x->s.where >= p || x->t.where < 0 ||
			    x->t.where >= p)
				continue;
			const char *a = composite(v->c, &x->s), *b = composite(v->c, &x->t);
			if (!strncmp(a, b, 3))
				continue;
			s->w[p].bound = a;
			s->pair2[k] = b;
			break;
		}
	}
	return found;
}

/* News: after its verb, "the two sides" is no party of later verbs (it
 * is not carried as their source). */
static void pair_done(vstate *v, int p)
{
	sentstate *s = v->s;
	if (v->src.where == p) {
		v->src = EMPTY;
		v->reg_src = 0;
	}
	s->w[p].bound = NULL;
	s->pair2[s->w[p].fwd2] = NULL;
}

int dyad__code_sentence(dyad_coder *c, sentstate *s)
{
	vstate *v = dyad_arena_alloc(&c->scratch, sizeof *v);
	if (!v)
		return -1;
	/* everything but the event array (filled as events are made) */
	memset(v, 0, offsetof(vstate, evs));
	v->nev = 0;
	v->c = c;
	v->s = s;
	v->src = v->tgt = v->att = EMPTY;
	v->speaker = v->via = -1;
	s->nev = 0;
	if (s->parse_error)
		return 0;
	if (c->opt.time_shift > 0 || (c->opt.time_shift < 0 && c->lx->has_time))
		check_time(v);
	if (s->discard || s->complex)
		return 0;
	/* the pattern pre-filter's literal set: only a sentence with a verb
	 * has patterns to try */
	for (int i = 0; i < s->n; i++)
		if (s->w[i].wtype == T_VERB) {
			if (dyad__build_litfilter(c, s) != 0)
				return -1;
			break;
		}
	/* clauses */
	int clauses[MAX_WORDS][4], nc = 0;
	for (int k = 0; k < s->nspans; k++)
		if (s->spans[k].kind == T_CLAUSE && nc < MAX_WORDS) {
			clauses[nc][0] = s->spans[k].head;
			clauses[nc][1] = s->spans[k].tail;
			clauses[nc][2] = s->spans[k].ref;       /* speaker */
			clauses[nc][3] = (int)s->spans[k].id;   /* fresh source */
			nc++;
		}
	if (nc == 0) {
		clauses[0][0] = 0;
		clauses[0][1] = s->n - 1;
		clauses[0][2] = -1;
		clauses[0][3] = 0;
		nc = 1;
	}
	int mode = c->opt.code_by;
	int start = -1;
	for (int ci = 0; ci < nc; ci++) {
		v->cs = clauses[ci][0];
		v->ce = clauses[ci][1];
		v->speaker = clauses[ci][2];
		/* (news: "... and criticized Poland" is a clause of two words) */
		if (v->ce - v->cs < (c->opt.news_grammar ? 1 : 2))
			continue;
		if (clauses[ci][3]) {
			/* reported content: its own subject */
			v->src = EMPTY;
			v->reg_src = v->reg_tgt = 0;
			v->passive = 0;
		}
		if (v->cs > 0 && dyad__head(s, v->cs, T_ACTOR) >= 0)
			v->src = c->opt.news_grammar ? actor_full(v, v->cs) : actor_codes(v, v->cs);
		v->tgt = EMPTY;
		int got = 0;
		if (mode == 0)
			start = v->nev - 1;
		int i = v->cs, used = -1;
		while (i <= v->ce) {
			int k = dyad__head(s, i, T_SUBORD);
			if (k >= 0) {
				i = s->spans[k].tail + 1;
				continue;
			}
			int pw = s->npairw && dyad__head(s, i, T_VERB) >= 0 ? pair_from_events(v, i) : -1;
			/* news, every verb coded: a verb that a pattern of an earlier
			 * verb has used ("held TALKS with") is not coded again */
			int doer = -1, accuser = -1, real = 0, asked = -1, gov = -1;
			int isverb = dyad__head(s, i, T_VERB) >= 0;
			if (isverb && c->opt.news_grammar && c->opt.attribution)
				accuser = alleged_act(v, i, &doer);
			if (isverb && c->opt.news_grammar && accuser < 0 && !(mode == 2 && i <= used))
				asked = infinitive_subject(v, i, &real, &gov);
			int rel = -1, relv = 0;
			if (isverb && c->opt.news_grammar && asked == -1 && accuser < 0 &&
			    !(mode == 2 && i <= used))
				relv = relative_subject(v, i, &rel);
			if (asked == -2) {
				/* "helping young militants join ...": their act, not coded */
			} else if (relv && rel < 0) {
				/* a relative clause about no actor: its doer is unknown */
			} else if (relv) {
				do_verb_by(v, i, rel, &used);
			} else if (asked >= 0 && !real) {
				/* an act asked or wanted of another: not coded; a wish
				 * ("wants Y to attack Z") is an appeal to Y */
				if (gov >= 0)
					wished_act(v, i, asked, gov, &used);
			} else if (asked >= 0) {
				/* "forced Y to withdraw": Y's act */
				do_verb_by(v, i, asked, &used);
			} else if (accuser >= 0) {
				/* the act alleged: its own source, the accuser's word */
				actrec src = v->src;
				int reg_src = v->reg_src, reg_tgt = v->reg_tgt, spk = v->speaker;
				v->src = actor_full(v, doer);
				v->reg_src = 1;
				v->reg_tgt = 0;
				v->speaker = accuser;
				v->pat_hi = -1;
				do_verb(v, i);
				if (v->pat_hi > used)
					used = v->pat_hi;
				v->src = src;
				v->reg_src = reg_src;
				v->reg_tgt = reg_tgt;
				v->speaker = spk;
				v->passive = 0;
			} else if (isverb &&
			           !(mode == 2 && c->opt.news_grammar && i <= used) &&
			           !(c->opt.news_grammar && participle_after_verb(s, i)) &&
			           !(c->opt.news_grammar && gerund_after_prep(s, i) &&
			             !by_gerund(s, i - 1))) {
				v->pat_hi = -1;
				do_verb(v, i);
				if (v->pat_hi > used)
					used = v->pat_hi;
				if (mode != 2) {
					for (int e = start + 1; e < v->nev; e++)
						if (!(v->evs[e].cflags & CF_SUBORD) && !(v->evs[e].cflags & CF_NULL)) {
							got = 1;
							break;
						}
					if (got && mode == 1)
						goto done;
				}
			}
			if (pw >= 0)
				pair_done(v, pw);
			if (got)
				break;
			i++;
		}
	}
done:;
	/* evaluateEvents (an event superseded by a more precise one is already
	 * invalid: supersede_marker) */
	int nonsub = 0, hasdom = 0, changed = 0;
	for (int i = 0; i < v->nev && !changed; i++)
		changed = !v->evs[i].valid;
	for (int i = 0; i < v->nev; i++) {
		ev *e = &v->evs[i];
		if (e->cflags & CF_NULL) {
			e->valid = 0;
			e->cflags |= CF_SUBORD;
			changed = 1;
		}
		if (e->cflags & CF_DISCARD) {
			s->discard = 1;
			changed = 1;
			break;
		}
		if ((e->cflags & CF_COMPLEX) || (e->s.special & CF_COMPLEX) || (e->t.special & CF_COMPLEX)) {
			s->complex = 1;
			s->explain = "Complex code found in verb pattern";
			changed = 1;
			break;
		}
		if (e->cflags & CF_DOMINANT) {
			hasdom = 1;
			nonsub = 1;
			break;
		}
		if (!(e->cflags & CF_SUBORD))
			nonsub = 1;
	}
	if (s->discard || s->complex) {
		v->nev = 0;
		return 0;
	}
	for (int i = 0; i < v->nev; i++) {
		ev *e = &v->evs[i];
		if (hasdom && !(e->cflags & CF_DOMINANT))
			e->valid = 0, changed = 1;
		else if (!hasdom && nonsub && (e->cflags & CF_SUBORD))
			e->valid = 0, changed = 1;
	}
	if (changed) {
		int n = 0;
		for (int i = 0; i < v->nev; i++)
			if (v->evs[i].valid)
				v->evs[n++] = v->evs[i];
		v->nev = n;
	}
	expand_coded(v);
	if (c->opt.attribution && c->opt.news_grammar) {
		own_acts(v);
		add_accusations(v);
	}
	/* final filtering: same actors and duplicates (against every earlier
	 * event, kept or not) */
	/* (room for a mirror of every event: add_reciprocals) */
	s->ev = dyad_arena_alloc(&c->scratch, (size_t)(v->nev ? 2 * v->nev : 1) * sizeof *s->ev);
	if (!s->ev)
		return -1;
	for (int i = 0; i < v->nev; i++) {
		ev *e = &v->evs[i];
		if (same_actors(e) && !(e->self && e->s.actor != NONE32 && !e->s.special))
			continue;
		/* news: property destroyed, people assaulted, plain clashes
		 * (190): by protesters a riot, 145 (arms named, 191-196, stay) */
		if (c->opt.news_grammar && e->code != NONE32 && riot_source(s, &e->s)) {
			int root = code_root(c, e->code);
			int riot = root == 17 || root == 18 || !strcmp(dyad__str(c, e->code), "190");
			int64_t id = riot ? dyad_strtab_find(&c->lx->strs, "145", 3) : -1;
			if (id >= 0)
				e->code = (uint32_t)id;
		}
		int dup = 0;
		for (int j = 0; j < i && !dup; j++)
			dup = same_event(&v->evs[j], e);
		if (dup)
			continue;
		const char *ss = composite(c, &e->s), *ts = composite(c, &e->t);
		if (c->opt.news_grammar && !strcmp(ss, ts) && !e->self)
			continue; /* news: the same actor on both sides, agent included
			             (unless a reflexive object says so) */
		/* news: an actor does not act on its own country as a whole: "the
		 * Pentagon is beefing up the nation's defences", "Obama's support
		 * for U.S. personnel", "Putin flew to Magnitogorsk" name a place
		 * or a modifier, not a party (a role of that country, USAGOV ->
		 * USALEG, is a domestic event and stays). Sympathy (018) is the
		 * exception: it goes to the people of the place of a tragedy. */
		if (c->opt.news_grammar && !e->self && ts[0] && ts[1] && ts[2] && !ts[3] &&
		    strcmp(ss, ts) && !strncmp(ss, ts, 3) && strcmp(ts, "---") &&
		    (e->code == NONE32 || strcmp(dyad__str(c, e->code), "018")))
			continue;
		/* news: "Esper warned the Pentagon was prepared to strike": the
		 * actor right after the verb, with a verb of its own, is the
		 * subject of what is said; of the speaker's own country it is
		 * the speaker's side, not the one warned or told */
		if (c->opt.news_grammar && !e->self && !strncmp(ss, ts, 3) &&
		    complement_subject(s, e->verb, e->t.where))
			continue;
		/* news: a bare place is no party, except as the target of a
		 * visit or a meeting held there ("flew to Geneva": Switzerland)
		 * or of force ("air strikes on Mosul", "exercises in Alaska":
		 * its people and its state) */
		if (c->opt.news_grammar &&
		    (bare_place(c, s, &e->s) || (bare_place(c, s, &e->t) && !place_target_code(c, e->code))))
			continue;
		/* news: the press reports, asks and is told; it is not a party
		 * to what it reports ("told CNN", "CNN's Jake Tapper asked X",
		 * "Chinese state media praised ..."). As a target it stays for
		 * what is done to it: arrests, releases, attacks, criticism */
		if (c->opt.news_grammar && e->code != NONE32 &&
		    (media_code(ss) || (media_code(ts) && !media_target_code(c, e->code))))
			continue;
		/* news: "the two sides" are the other party's own side: not these
		 * two sides ("X urged the two sides" when X is one of them) */
		if (s->npairw && !strncmp(ss, ts, 3) &&
		    ((e->s.where >= 0 && e->s.where < s->n && s->w[e->s.where].pair == PAIR_CODES) ||
		     (e->t.where >= 0 && e->t.where < s->n && s->w[e->t.where].pair == PAIR_CODES)))
			continue;
		/* news: the same codes reached with and without an agent (IRNGOV
		 * and IRN + GOV) are the same event */
		for (int j = 0; j < s->nev && c->opt.news_grammar && !dup; j++)
			dup = s->ev[j].code == e->code && s->ev[j].negated == e->negated &&
			      !strcmp(s->ev[j].src_str, ss) && !strcmp(s->ev[j].tgt_str, ts);
		if (dup)
			continue;
		rawevent *r = &s->ev[s->nev++];
		memset(r, 0, sizeof *r);
		r->src = (int16_t)(e->s.where == WHERE_DEFAULT ? -2 : e->s.where);
		r->tgt = (int16_t)(e->t.where == WHERE_DEFAULT ? -2 : e->t.where);
		r->code = e->code;
		r->flags = e->cflags;
		r->verb = (int16_t)e->verb;
		r->pattern = e->pattern;
		r->verb_id = e->verb_id;
		r->attr = (int16_t)(e->attr >= 0 ? e->attr : e->attr == -2 ? -1 : s->speaker);
		r->via = (int16_t)e->via;
		r->negated = e->negated;
		r->derived = e->derived;
		r->src_str = ss;
		r->tgt_str = ts;
	}
	if (c->opt.reciprocal && c->opt.news_grammar)
		add_reciprocals(c, s);
	return 0;
}
