/*
 * fuzz/fuzz_ingest_text.c — libFuzzer target: a memory reader for
 * plain text drained to the end (fuzz/ingest_drain.h).
 */
#include "ingest_drain.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	drain(data, size, DYAD_INPUT_TEXT, "fuzz.txt");
	return 0;
}
