/*
 * dyad.h — umbrella header of libdyad: includes every public module.
 */
#ifndef DYAD_H
#define DYAD_H

#include "dyad/common.h"
#include "dyad/cameo.h"
#include "dyad/ingest.h"
#include "dyad/lexicon.h"
#include "dyad/coder.h"
#include "dyad/emit.h"

#endif
