/*
 * dyad/emit.h — writing events.
 *
 * An emitter formats the events of coded stories into an in-memory buffer
 * that the caller writes out (so that worker threads can format in parallel
 * and a writer keeps input order). Formats:
 *   DYAD_FORMAT_JSONL  one JSON object per event (the output contract in
 *                      docs/output.md)
 *   DYAD_FORMAT_TSV    a header line, then date source target code root
 *                      quad goldstein doc sent derived
 *   DYAD_FORMAT_TABARI TABARI's event file: YYMMDD, source, target, code,
 *                      label, tab-separated; derived (reciprocal) events
 *                      are left out
 */
#ifndef DYAD_EMIT_H
#define DYAD_EMIT_H

#include "dyad/coder.h"
#include "dyad/common.h"
#include "dyad/ingest.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
	DYAD_FORMAT_JSONL = 0,
	DYAD_FORMAT_TSV,
	DYAD_FORMAT_TABARI
} dyad_output_format;

typedef struct dyad_emitter dyad_emitter;

/* Parse "jsonl", "tsv" or "tabari"; -1 when unknown. */
DYAD_EXTERN int dyad_output_format_parse(const char *name);

DYAD_EXTERN int dyad_emitter_new(dyad_emitter **out, dyad_output_format fmt);
/* Append the format's header line, if it has one (TSV). */
DYAD_EXTERN int dyad_emitter_header(dyad_emitter *em);
/* Append the events of one coded story. */
DYAD_EXTERN int dyad_emitter_add(dyad_emitter *em, const dyad_story *story, const dyad_result *r);
/* The bytes formatted so far; valid until the next call on em. */
DYAD_EXTERN const char *dyad_emitter_data(const dyad_emitter *em, size_t *len);
/* Forget the formatted bytes (after writing them out). */
DYAD_EXTERN void dyad_emitter_clear(dyad_emitter *em);
DYAD_EXTERN void dyad_emitter_free(dyad_emitter *em);

#ifdef __cplusplus
}
#endif
#endif
