/*
 * cli/pipeline.h — multi-threaded coding with output in input order; see
 * pipeline.c.
 */
#ifndef DYAD_CLI_PIPELINE_H
#define DYAD_CLI_PIPELINE_H

#include <stdio.h>

#include "dyad.h"

typedef struct pipeline pipeline;

/* fmt: dyad_output_format; records_only: --records; nthreads >= 1.
 * Returns 0, -1 when out of memory (free *out anyway). */
int pipeline_new(pipeline **out, const dyad_lexicon *lx, int fmt, int records_only, int nthreads,
                 FILE *f);
/* Queue a story (copied). records: code it as one TABARI record.
 * Returns 0 or -1 when out of memory. */
int pipeline_add(pipeline *p, const dyad_story *s, int records);
/* Code and write everything queued. 0; -1 write error; -2 out of memory. */
int pipeline_finish(pipeline *p, unsigned long *stories, unsigned long *events,
                    unsigned long *sentences);
void pipeline_free(pipeline *p);

#endif
