/*
 * cli/pipeline.c — coding stories on several threads with output in input
 * order.
 *
 * The main thread reads stories and copies them into batches; worker
 * threads code whole batches, each with its own coders and emitter (the
 * lexicon is shared read-only); the main thread writes finished batches in
 * the order they were read. A ring of batches bounds memory: the reader
 * waits when every batch is in use. With one thread everything runs inline
 * through the same batch code, so the output is byte-identical whatever the
 * number of threads.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/pipeline.h"

#define BATCH_BYTES (256 * 1024) /* story text per batch before it is handed over */
#define BATCH_STORIES 256

enum { B_FREE = 0, B_FILLING, B_READY, B_WORKING, B_DONE };

typedef struct sstory {
	size_t doc, date, title, text, expect, file; /* offsets in batch->mem, SIZE_MAX = NULL */
	size_t text_len;
	unsigned long line, index;
	int records; /* code as one record (TABARI input) */
} sstory;

typedef struct batch {
	int state;
	unsigned long seq;
	char *mem;
	size_t mem_len, mem_cap;
	sstory st[BATCH_STORIES];
	int n;
	char *out;
	size_t out_len;
	unsigned long events, sentences;
	int failed; /* out of memory while coding */
} batch;

typedef struct worker {
	struct pipeline *p;
	pthread_t tid;
	dyad_coder *rec, *news;
	dyad_emitter *em;
} worker;

struct pipeline {
	const dyad_lexicon *lx;
	int fmt;
	int records_only; /* --records */
	int nthreads;  /* worker threads running (1: inline) */
	int nworkers;  /* workers initialised */
	batch *ring;
	int nring;
	unsigned long next_seq;   /* next batch number to fill */
	unsigned long write_seq;  /* next batch number to write */
	batch *cur;               /* the batch being filled */
	worker *w;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	int stop;
	FILE *out;
	unsigned long stories, events, sentences;
	int write_error, oom;
};

static size_t put(batch *b, const char *s)
{
	if (!s)
		return SIZE_MAX;
	size_t n = strlen(s) + 1;
	if (b->mem_len + n > b->mem_cap) {
		size_t cap = b->mem_cap ? b->mem_cap : BATCH_BYTES * 2;
		while (cap < b->mem_len + n)
			cap *= 2;
		char *m = realloc(b->mem, cap);
		if (!m)
			return SIZE_MAX - 1;
		b->mem = m;
		b->mem_cap = cap;
	}
	memcpy(b->mem + b->mem_len, s, n);
	b->mem_len += n;
	return b->mem_len - n;
}

static const char *at(const batch *b, size_t off) { return off >= SIZE_MAX - 1 ? NULL : b->mem + off; }

/* Code every story of a batch into its output buffer. */
static void code_batch(worker *w, batch *b)
{
	dyad_emitter_clear(w->em);
	b->events = b->sentences = 0;
	b->failed = 0;
	for (int i = 0; i < b->n; i++) {
		const sstory *x = &b->st[i];
		dyad_story s;
		memset(&s, 0, sizeof s);
		s.doc = at(b, x->doc);
		s.date = at(b, x->date);
		s.title = at(b, x->title);
		s.text = at(b, x->text);
		s.text_len = x->text_len;
		s.expect = at(b, x->expect);
		s.file = at(b, x->file);
		s.line = x->line;
		s.index = x->index;
		const dyad_result *res;
		if (dyad_coder_code(x->records ? w->rec : w->news, &s, &res) != 0) {
			fprintf(stderr, "dyad: %s:%lu: out of memory coding this story\n",
			        s.file ? s.file : "-", s.line);
			b->failed = 1;
			continue;
		}
		b->events += res->nevents;
		b->sentences += res->nsents;
		if (dyad_emitter_add(w->em, &s, res) != 0)
			b->failed = 1;
	}
	size_t len;
	const char *data = dyad_emitter_data(w->em, &len);
	free(b->out);
	b->out = malloc(len ? len : 1);
	if (!b->out) {
		b->failed = 1;
		b->out_len = 0;
		return;
	}
	memcpy(b->out, data, len);
	b->out_len = len;
}

static void *worker_main(void *arg)
{
	worker *w = arg;
	struct pipeline *p = w->p;
	pthread_mutex_lock(&p->mu);
	for (;;) {
		batch *b = NULL;
		for (int i = 0; i < p->nring; i++) {
			batch *c = &p->ring[i];
			if (c->state == B_READY && (!b || c->seq < b->seq))
				b = c;
		}
		if (!b) {
			if (p->stop)
				break;
			pthread_cond_wait(&p->cv, &p->mu);
			continue;
		}
		b->state = B_WORKING;
		pthread_mutex_unlock(&p->mu);
		code_batch(w, b);
		pthread_mutex_lock(&p->mu);
		b->state = B_DONE;
		pthread_cond_broadcast(&p->cv);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

static int worker_init(struct pipeline *p, worker *w)
{
	w->p = p;
	dyad_coder_options co = DYAD_CODER_OPTIONS_INIT;
	co.split_sentences = 0;
	co.trace = getenv("DYAD_TRACE") != NULL;
	if (dyad_coder_new(&w->rec, p->lx, &co) != 0)
		return -1;
	co.split_sentences = !p->records_only;
	if (dyad_coder_new(&w->news, p->lx, &co) != 0)
		return -1;
	return dyad_emitter_new(&w->em, (dyad_output_format)p->fmt) == 0 ? 0 : -1;
}

int pipeline_new(pipeline **out, const dyad_lexicon *lx, int fmt, int records_only, int nthreads,
                 FILE *f)
{
	struct pipeline *p = calloc(1, sizeof *p);
	if (!p)
		return -1;
	p->lx = lx;
	p->fmt = fmt;
	p->records_only = records_only;
	p->nthreads = nthreads < 1 ? 1 : nthreads;
	p->out = f;
	p->nring = p->nthreads == 1 ? 1 : 3 * p->nthreads;
	p->ring = calloc((size_t)p->nring, sizeof *p->ring);
	p->w = calloc((size_t)p->nthreads, sizeof *p->w);
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->cv, NULL);
	*out = p;
	if (!p->ring || !p->w)
		return -1;
	for (int i = 0; i < p->nthreads; i++) {
		if (worker_init(p, &p->w[i]) != 0)
			return -1;
		p->nworkers = i + 1;
	}
	if (p->nthreads > 1)
		for (int i = 0; i < p->nthreads; i++)
			if (pthread_create(&p->w[i].tid, NULL, worker_main, &p->w[i]) != 0) {
				/* run with the threads that started, or inline */
				p->nthreads = i > 0 ? i : 1;
				if (i == 0)
					p->nring = 1;
				break;
			}
	return 0;
}

/* Write every finished batch that is next in order. Lock held. */
static void write_ready(struct pipeline *p)
{
	for (;;) {
		batch *b = NULL;
		for (int i = 0; i < p->nring; i++)
			if (p->ring[i].state == B_DONE && p->ring[i].seq == p->write_seq)
				b = &p->ring[i];
		if (!b)
			return;
		if (b->out_len && !p->write_error && fwrite(b->out, 1, b->out_len, p->out) != b->out_len)
			p->write_error = 1;
		p->events += b->events;
		p->sentences += b->sentences;
		if (b->failed)
			p->oom = 1;
		b->state = B_FREE;
		b->n = 0;
		b->mem_len = 0;
		p->write_seq++;
		pthread_cond_broadcast(&p->cv);
	}
}

/* Hand the batch being filled to the workers (or code it inline). */
static void submit(struct pipeline *p)
{
	batch *b = p->cur;
	if (!b)
		return;
	p->cur = NULL;
	if (p->nthreads == 1) {
		code_batch(&p->w[0], b);
		pthread_mutex_lock(&p->mu);
		b->state = B_DONE;
		write_ready(p);
		pthread_mutex_unlock(&p->mu);
		return;
	}
	pthread_mutex_lock(&p->mu);
	b->state = B_READY;
	pthread_cond_broadcast(&p->cv);
	write_ready(p);
	pthread_mutex_unlock(&p->mu);
}

/* A free batch to fill, waiting (and writing) while all are busy. */
static batch *grab(struct pipeline *p)
{
	pthread_mutex_lock(&p->mu);
	for (;;) {
		write_ready(p);
		for (int i = 0; i < p->nring; i++)
			if (p->ring[i].state == B_FREE) {
				batch *b = &p->ring[i];
				b->state = B_FILLING;
				b->seq = p->next_seq++;
				b->n = 0;
				b->mem_len = 0;
				pthread_mutex_unlock(&p->mu);
				return b;
			}
		pthread_cond_wait(&p->cv, &p->mu);
	}
}

int pipeline_add(pipeline *p, const dyad_story *s, int records)
{
	if (!p->cur)
		p->cur = grab(p);
	batch *b = p->cur;
	sstory *x = &b->st[b->n];
	x->doc = put(b, s->doc);
	x->date = put(b, s->date);
	x->title = put(b, s->title);
	x->text = put(b, s->text ? s->text : "");
	x->expect = put(b, s->expect);
	x->file = put(b, s->file);
	if (x->doc == SIZE_MAX - 1 || x->date == SIZE_MAX - 1 || x->title == SIZE_MAX - 1 ||
	    x->text == SIZE_MAX - 1 || x->expect == SIZE_MAX - 1 || x->file == SIZE_MAX - 1)
		return -1;
	x->text_len = s->text ? s->text_len : 0;
	x->line = s->line;
	x->index = s->index;
	x->records = records;
	b->n++;
	p->stories++;
	if (b->n == BATCH_STORIES || b->mem_len >= BATCH_BYTES)
		submit(p);
	return 0;
}

int pipeline_finish(pipeline *p, unsigned long *stories, unsigned long *events,
                    unsigned long *sentences)
{
	submit(p);
	pthread_mutex_lock(&p->mu);
	while (p->write_seq < p->next_seq) {
		write_ready(p);
		if (p->write_seq < p->next_seq)
			pthread_cond_wait(&p->cv, &p->mu);
	}
	pthread_mutex_unlock(&p->mu);
	*stories = p->stories;
	*events = p->events;
	*sentences = p->sentences;
	if (p->oom)
		return -2;
	return p->write_error ? -1 : 0;
}

void pipeline_free(pipeline *p)
{
	if (!p)
		return;
	if (p->nthreads > 1 && p->w) {
		pthread_mutex_lock(&p->mu);
		p->stop = 1;
		pthread_cond_broadcast(&p->cv);
		pthread_mutex_unlock(&p->mu);
		for (int i = 0; i < p->nthreads; i++)
			pthread_join(p->w[i].tid, NULL);
	}
	if (p->w)
		for (int i = 0; i < p->nworkers; i++) {
			dyad_coder_free(p->w[i].rec);
			dyad_coder_free(p->w[i].news);
			dyad_emitter_free(p->w[i].em);
		}
	if (p->ring)
		for (int i = 0; i < p->nring; i++) {
			free(p->ring[i].mem);
			free(p->ring[i].out);
		}
	free(p->ring);
	free(p->w);
	pthread_mutex_destroy(&p->mu);
	pthread_cond_destroy(&p->cv);
	free(p);
}
