/*
 * util/version.c — library version and result-code texts.
 */
#include "dyad/common.h"

unsigned dyad_version(void) { return DYAD_VERSION_NUM; }

const char *dyad_strerror(int code)
{
	switch (code) {
	case DYAD_OK: return "success";
	case DYAD_ENOMEM: return "out of memory";
	case DYAD_EIO: return "input/output error";
	case DYAD_EFORMAT: return "input is not in the expected format";
	case DYAD_EINVAL: return "invalid argument";
	case DYAD_ENOTFOUND: return "not found";
	default: return "unknown error";
	}
}
