/*
 * lexicon/image.c — compiled dictionaries: a finished lexicon written as one
 * binary image and opened again with mmap, so that start-up costs a few
 * page faults instead of parsing megabytes of dictionary text.
 *
 * Layout (native endianness and sizes; the header records them and an
 * image made on another kind of machine is refused):
 *   header  magic "DYADLEX\1", format version, byte-order mark, sizes of
 *           the record types, total size, the manifest length
 *   manifest  the source files the image was compiled from, with their
 *           size and modification time (used to decide whether a cached
 *           image is still current)
 *   sections  every table of struct dyad_lexicon, 16-byte aligned, in a
 *           fixed order, each preceded by its element count
 * The tables of an opened image point into the mapping; the lexicon then
 * owns the mapping and nothing else (lx->map).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lexicon/lexicon_int.h"
#include "util/buf.h"

#define MAGIC "DYADLEX\1"
#define FORMAT 12

typedef struct imghdr {
	char magic[8];
	uint32_t format;
	uint32_t bom;           /* 0x01020304 */
	uint32_t sizes[12];     /* sizeof of the record types */
	uint64_t total;
	uint64_t manifest_len;  /* bytes of manifest text after the header */
	uint64_t version;       /* DYAD_VERSION_NUM */
} imghdr;

static void record_sizes(uint32_t *sz)
{
	memset(sz, 0, 12 * sizeof *sz);
	sz[0] = sizeof(lex_word);
	sz[1] = sizeof(lex_elem);
	sz[2] = sizeof(lex_phrase);
	sz[3] = sizeof(lex_pattern);
	sz[4] = sizeof(lex_verb);
	sz[5] = sizeof(lex_actor);
	sz[6] = sizeof(lex_acode);
	sz[7] = sizeof(lex_agent);
	sz[8] = sizeof(lex_srcline);
	sz[9] = sizeof(lex_options);
	sz[10] = sizeof(size_t);
	sz[11] = sizeof(unsigned long);
}

/* The tables in image order: pointer to the data pointer, count, size. */
typedef struct sect {
	void **data;
	size_t *count;
	size_t elem;
} sect;

static int sections(dyad_lexicon *lx, sect *s)
{
	int n = 0;
#define SECT(ptr, cnt, sz) (s[n].data = (void **)(ptr), s[n].count = (cnt), s[n].elem = (sz), n++)
	SECT(&lx->strs.pool, &lx->strs.pool_len, 1);
	SECT(&lx->strs.offs, &lx->strs.n, sizeof(uint32_t));
	SECT(&lx->strs.lens, &lx->strs.n, sizeof(uint32_t));
	SECT(&lx->strs.hashes, &lx->strs.n, sizeof(uint32_t));
	SECT(&lx->strs.slots, &lx->strs.nslots, sizeof(uint32_t));
	SECT(&lx->words.v, &lx->words.n, sizeof(lex_word));
	SECT(&lx->elems.v, &lx->elems.n, sizeof(lex_elem));
	SECT(&lx->phrases.v, &lx->phrases.n, sizeof(lex_phrase));
	SECT(&lx->wphr.v, &lx->wphr.n, sizeof(uint32_t));
	SECT(&lx->wphr_req.v, &lx->wphr_req.n, sizeof(uint32_t));
	SECT(&lx->litbloom.v, &lx->litbloom.n, sizeof(uint32_t));
	SECT(&lx->pairbloom.v, &lx->pairbloom.n, sizeof(uint32_t));
	SECT(&lx->litslots.v, &lx->litslots.n, sizeof(uint32_t));
	SECT(&lx->patterns.v, &lx->patterns.n, sizeof(lex_pattern));
	SECT(&lx->pat_req.v, &lx->pat_req.n, sizeof(uint32_t));
	SECT(&lx->verbs.v, &lx->verbs.n, sizeof(lex_verb));
	SECT(&lx->actors.v, &lx->actors.n, sizeof(lex_actor));
	SECT(&lx->acodes.v, &lx->acodes.n, sizeof(lex_acode));
	SECT(&lx->codelist.v, &lx->codelist.n, sizeof(uint32_t));
	SECT(&lx->agents.v, &lx->agents.n, sizeof(lex_agent));
	SECT(&lx->synmembers.v, &lx->synmembers.n, sizeof(lex_pattern));
	SECT(&lx->synsets.v, &lx->synsets.n, sizeof(uint32_t));
	SECT(&lx->synset_names.v, &lx->synset_names.n, sizeof(uint32_t));
	SECT(&lx->srcs.v, &lx->srcs.n, sizeof(lex_srcline));
	SECT(&lx->labels.v, &lx->labels.n, sizeof(uint32_t));
#undef SECT
	return n;
}

typedef struct scalars {
	lex_options opt;
	unsigned long warnings, errors, npatterns;
	unsigned long counts[CAT_MAX];
	int has_time, has_attrib;
} scalars;

static size_t pad16(size_t n) { return (n + 15) & ~(size_t)15; }

int dyad__lexicon_save_image(const dyad_lexicon *clx, const char *path, const char *manifest)
{
	dyad_lexicon *lx = (dyad_lexicon *)clx; /* sections() wants pointers; nothing is changed */
	if (!lx->finished)
		return DYAD_EINVAL;
	sect s[32];
	int ns = sections(lx, s);
	size_t mlen = manifest ? strlen(manifest) : 0;
	char tmp[4096];
	snprintf(tmp, sizeof tmp, "%s.tmp.%ld", path, (long)getpid());
	FILE *f = fopen(tmp, "wb");
	if (!f)
		return DYAD_EIO;
	imghdr h;
	memset(&h, 0, sizeof h);
	memcpy(h.magic, MAGIC, 8);
	h.format = FORMAT;
	h.bom = 0x01020304u;
	record_sizes(h.sizes);
	h.manifest_len = mlen;
	h.version = DYAD_VERSION_NUM;
	scalars sc;
	memset(&sc, 0, sizeof sc);
	sc.opt = lx->opt;
	sc.warnings = lx->warnings;
	sc.errors = lx->errors;
	sc.npatterns = lx->npatterns;
	memcpy(sc.counts, lx->counts, sizeof sc.counts);
	sc.has_time = lx->has_time;
	sc.has_attrib = lx->has_attrib;
	static const char zero[16];
	int ok = fwrite(&h, sizeof h, 1, f) == 1;
	size_t pos = sizeof h;
	if (mlen)
		ok = ok && fwrite(manifest, 1, mlen, f) == mlen;
	pos += mlen;
	ok = ok && fwrite(zero, 1, pad16(pos) - pos, f) == pad16(pos) - pos;
	pos = pad16(pos);
	ok = ok && fwrite(&sc, sizeof sc, 1, f) == 1;
	pos += sizeof sc;
	for (int i = 0; i < ns && ok; i++) {
		ok = fwrite(zero, 1, pad16(pos) - pos, f) == pad16(pos) - pos;
		pos = pad16(pos);
		uint64_t cnt = *s[i].count;
		ok = ok && fwrite(&cnt, sizeof cnt, 1, f) == 1 && fwrite(zero, 1, 8, f) == 8;
		pos += 16;
		size_t bytes = *s[i].count * s[i].elem;
		if (bytes)
			ok = ok && fwrite(*s[i].data, 1, bytes, f) == bytes;
		pos += bytes;
	}
	h.total = pos;
	ok = ok && fseek(f, 0, SEEK_SET) == 0 && fwrite(&h, sizeof h, 1, f) == 1;
	if (fclose(f) != 0)
		ok = 0;
	if (!ok || rename(tmp, path) != 0) {
		unlink(tmp);
		return DYAD_EIO;
	}
	return 0;
}

/*
 * Open an image. When `manifest` is not NULL it must equal the image's
 * manifest, else DYAD_ENOTFOUND (the cache is stale). DYAD_EFORMAT for a
 * file that is not an image of this build.
 */
int dyad__lexicon_open_image(dyad_lexicon **out, const char *path, const char *manifest,
                             dyad_diag_fn diag, void *ud)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return errno == ENOENT ? DYAD_ENOTFOUND : DYAD_EIO;
	struct stat st;
	if (fstat(fd, &st) != 0 || (size_t)st.st_size < sizeof(imghdr)) {
		close(fd);
		return DYAD_EFORMAT;
	}
	size_t size = (size_t)st.st_size;
	void *map = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (map == MAP_FAILED)
		return DYAD_EIO;
	const imghdr *h = map;
	uint32_t sz[12];
	record_sizes(sz);
	if (memcmp(h->magic, MAGIC, 8) || h->format != FORMAT || h->bom != 0x01020304u ||
	    memcmp(h->sizes, sz, sizeof sz) || h->total != size || h->version != DYAD_VERSION_NUM ||
	    h->manifest_len > size - sizeof *h) {
		munmap(map, size);
		return DYAD_EFORMAT;
	}
	const char *mf = (const char *)map + sizeof *h;
	if (manifest && (strlen(manifest) != h->manifest_len ||
	                 memcmp(manifest, mf, h->manifest_len) != 0)) {
		munmap(map, size);
		return DYAD_ENOTFOUND;
	}
	dyad_lexicon *lx = calloc(1, sizeof *lx);
	if (!lx) {
		munmap(map, size);
		return DYAD_ENOMEM;
	}
	size_t pos = pad16(sizeof *h + h->manifest_len);
	if (pos + sizeof(scalars) > size)
		goto bad;
	const scalars *sc = (const scalars *)((const char *)map + pos);
	lx->opt = sc->opt;
	lx->warnings = sc->warnings;
	lx->errors = sc->errors;
	lx->npatterns = sc->npatterns;
	memcpy(lx->counts, sc->counts, sizeof lx->counts);
	lx->has_time = sc->has_time;
	lx->has_attrib = sc->has_attrib;
	pos += sizeof *sc;
	sect s[32];
	int ns = sections(lx, s);
	for (int i = 0; i < ns; i++) {
		pos = pad16(pos);
		if (pos + 16 > size)
			goto bad;
		uint64_t cnt;
		memcpy(&cnt, (const char *)map + pos, sizeof cnt);
		pos += 16;
		if (cnt > (size - pos) / s[i].elem)
			goto bad;
		*s[i].data = cnt ? (char *)map + pos : NULL;
		*s[i].count = (size_t)cnt;
		pos += (size_t)cnt * s[i].elem;
	}
	/* consistency of the string table, which lookups trust */
	if (lx->strs.nslots & (lx->strs.nslots - 1) || (lx->strs.n && !lx->strs.nslots) ||
	    lx->words.n != lx->strs.n)
		goto bad;
	for (size_t i = 0; i < lx->strs.n; i++)
		if ((size_t)lx->strs.offs[i] + lx->strs.lens[i] >= lx->strs.pool_len + (lx->strs.pool_len ? 0 : 1))
			goto bad;
	lx->strs.pool_cap = lx->strs.cap = 0;
	lx->map = map;
	lx->map_size = size;
	lx->finished = 1;
	lx->diag = diag;
	lx->diag_ud = ud;
	*out = lx;
	return 0;
bad:
	free(lx);
	munmap(map, size);
	return DYAD_EFORMAT;
}
