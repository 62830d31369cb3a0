/*
 * fuzz/fuzz_ingest_petrarch.c — libFuzzer target: a memory reader for
 * PETRARCH XML drained to the end (fuzz/ingest_drain.h).
 */
#include "ingest_drain.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	drain(data, size, DYAD_INPUT_PETRARCH, "fuzz.xml");
	return 0;
}
