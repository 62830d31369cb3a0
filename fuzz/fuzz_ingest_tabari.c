/*
 * fuzz/fuzz_ingest_tabari.c — libFuzzer target: a memory reader for
 * TABARI records drained to the end (fuzz/ingest_drain.h).
 */
#include "ingest_drain.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	drain(data, size, DYAD_INPUT_TABARI, "fuzz.text");
	return 0;
}
