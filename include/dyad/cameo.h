/*
 * dyad/cameo.h — the CAMEO event code table.
 *
 * One entry per CAMEO event code (CAMEO 1.1b3 plus the later codes 155,
 * 176, 1834, 1951, 1952): the two-digit root categories ("01" ... "20"),
 * their three-digit codes and their four-digit leaf codes. Each entry gives
 * a short label, the Goldstein score of the code, its quad class and the
 * closest PLOVER event type. The table is compiled into the library
 * (generated from data/cameo.tsv by tools/gen-cameo-table), is read-only and
 * needs no handle; every pointer returned here stays valid for the life of
 * the program.
 */
#ifndef DYAD_CAMEO_H
#define DYAD_CAMEO_H

#include "dyad/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Quad classes. */
enum {
	DYAD_QUAD_VERBAL_COOP = 1,    /* roots 01-05 */
	DYAD_QUAD_MATERIAL_COOP = 2,  /* roots 06-08 */
	DYAD_QUAD_VERBAL_CONFL = 3,   /* roots 09-13 */
	DYAD_QUAD_MATERIAL_CONFL = 4  /* roots 14-20 */
};

typedef struct dyad_cameo_code {
	const char *code;   /* "01", "010", "0211" ... digits only */
	const char *label;  /* short English label */
	double goldstein;   /* -10.0 ... +10.0 */
	int quad;           /* DYAD_QUAD_* */
	const char *plover; /* "AGREE", "CONSULT" ... "ASSAULT" */
} dyad_cameo_code;

/*
 * The entry for `code`. An exact match is returned when there is one.
 * Otherwise the code falls back to its parent: a four-digit code to its
 * three-digit code ("0879" -> "087"), a three-digit code to its root's
 * "not specified" code ("089" -> "080"), and "X0" to the two-digit root
 * ("080" -> "08") should that be missing. NULL when `code` is NULL, is not
 * 2 to 4 ASCII digits, or has no entry on that chain (an unknown root).
 */
DYAD_EXTERN const dyad_cameo_code *dyad_cameo_lookup(const char *code);

/* Number of entries in the table. */
DYAD_EXTERN size_t dyad_cameo_count(void);

/* The i-th entry in ascending code order (byte order); NULL when i is not
 * less than dyad_cameo_count(). */
DYAD_EXTERN const dyad_cameo_code *dyad_cameo_at(size_t i);

#ifdef __cplusplus
}
#endif
#endif
