/*
 * test_util.c — src/util: the arena (bump allocator), the growable byte
 * buffer with its JSON escaping, string interning, the typed vector, and
 * the version / result-code helpers.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dyad/common.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/strtab.h"
#include "util/vec.h"

/* ---- arena ------------------------------------------------------------- */

static void test_arena_alloc_is_aligned_and_distinct(void **state)
{
	(void)state;
	dyad_arena a;
	dyad_arena_init(&a, 1024);
	char *prev = NULL;
	for (size_t n = 1; n < 200; n += 7) {
		char *p = dyad_arena_alloc(&a, n);
		assert_non_null(p);
		assert_int_equal((uintptr_t)p % 16, 0);
		memset(p, 0xAB, n); /* writable over its whole size (ASan checks) */
		assert_ptr_not_equal(p, prev);
		prev = p;
	}
	dyad_arena_free(&a);
}

static void test_arena_alloc_zero_gives_valid_pointer(void **state)
{
	(void)state;
	dyad_arena a;
	dyad_arena_init(&a, 0); /* 0: the default block size */
	void *p = dyad_arena_alloc(&a, 0);
	void *q = dyad_arena_alloc(&a, 0);
	assert_non_null(p);
	assert_non_null(q);
	assert_ptr_not_equal(p, q);
	dyad_arena_free(&a);
}

static void test_arena_many_blocks_keep_contents(void **state)
{
	(void)state;
	dyad_arena a;
	dyad_arena_init(&a, 256);
	enum { N = 2000 };
	uint32_t *ptrs[N];
	for (uint32_t i = 0; i < N; i++) {
		ptrs[i] = dyad_arena_alloc(&a, sizeof(uint32_t) * 3);
		assert_non_null(ptrs[i]);
		ptrs[i][0] = i;
		ptrs[i][1] = i * 7u;
		ptrs[i][2] = ~i;
	}
	for (uint32_t i = 0; i < N; i++) {
		assert_int_equal(ptrs[i][0], i);
		assert_int_equal(ptrs[i][1], i * 7u);
		assert_int_equal(ptrs[i][2], ~i);
	}
	assert_true(a.total >= (size_t)N * 16);
	dyad_arena_free(&a);
	assert_null(a.head);
	assert_int_equal(a.total, 0);
}

static void test_arena_large_block_gets_own_block(void **state)
{
	(void)state;
	dyad_arena a;
	dyad_arena_init(&a, 1024);
	char *small = dyad_arena_alloc(&a, 16);
	assert_non_null(small);
	size_t big = 1 << 20; /* far more than the block size */
	char *p = dyad_arena_alloc(&a, big);
	assert_non_null(p);
	memset(p, 'x', big);
	assert_true(a.total >= big + 1024);
	/* allocation goes on after the large block */
	char *after = dyad_arena_alloc(&a, 16);
	assert_non_null(after);
	memset(after, 'y', 16);
	assert_int_equal(p[big - 1], 'x');
	dyad_arena_free(&a);
}

static void test_arena_reset_keeps_ordinary_blocks(void **state)
{
	(void)state;
	dyad_arena a;
	dyad_arena_init(&a, 1024);
	for (int i = 0; i < 50; i++) /* about five ordinary blocks */
		assert_non_null(dyad_arena_alloc(&a, 100));
	void *big = dyad_arena_alloc(&a, 64 * 1024); /* a block of its own */
	assert_non_null(big);
	size_t before = a.total;
	dyad_arena_reset(&a);
	assert_true(a.total < before);     /* the large block is given back */
	assert_true(a.total >= 5 * 1024);  /* the ordinary blocks stay */
	/* a second story of the same shape needs no new ordinary block */
	size_t steady = a.total;
	void *p = dyad_arena_alloc(&a, 100);
	assert_non_null(p);
	for (int i = 0; i < 49; i++)
		assert_non_null(dyad_arena_alloc(&a, 100));
	assert_int_equal(a.total, steady);
	dyad_arena_reset(&a);
	assert_int_equal(a.total, steady);
	dyad_arena_free(&a);
	assert_int_equal(a.total, 0);
}

static void test_arena_reset_keeps_at_most_the_cap(void **state)
{
	(void)state;
	dyad_arena a;
	dyad_arena_init(&a, 64 * 1024);
	/* a story that needs more than DYAD_ARENA_KEEP bytes of blocks */
	for (size_t used = 0; used < 2 * (size_t)DYAD_ARENA_KEEP; used += 16 * 1024)
		assert_non_null(dyad_arena_alloc(&a, 16 * 1024));
	dyad_arena_reset(&a);
	assert_true(a.total <= DYAD_ARENA_KEEP);
	dyad_arena_free(&a);
}

static void test_arena_reset_empty_arena(void **state)
{
	(void)state;
	dyad_arena a;
	dyad_arena_init(&a, 1024);
	dyad_arena_reset(&a);
	assert_int_equal(a.total, 0);
	assert_non_null(dyad_arena_alloc(&a, 10));
	dyad_arena_free(&a);
	dyad_arena_free(&a); /* freeing twice is harmless */
}

static void test_arena_calloc_zero_fills(void **state)
{
	(void)state;
	dyad_arena a;
	dyad_arena_init(&a, 512);
	/* dirty the memory, reset, then calloc the same bytes */
	unsigned char *d = dyad_arena_alloc(&a, 400);
	assert_non_null(d);
	memset(d, 0xFF, 400);
	dyad_arena_reset(&a);
	unsigned char *z = dyad_arena_calloc(&a, 100, 4);
	assert_non_null(z);
	for (int i = 0; i < 400; i++)
		assert_int_equal(z[i], 0);
	dyad_arena_free(&a);
}

static void test_arena_calloc_overflow_returns_null(void **state)
{
	(void)state;
	dyad_arena a;
	dyad_arena_init(&a, 512);
	assert_null(dyad_arena_calloc(&a, SIZE_MAX / 2, 3));
	assert_null(dyad_arena_calloc(&a, SIZE_MAX, SIZE_MAX));
	assert_null(dyad_arena_calloc(&a, (SIZE_MAX >> 4) + 1, 16));
	/* count 0 or size 0 is an empty (valid) allocation */
	assert_non_null(dyad_arena_calloc(&a, 0, 8));
	assert_non_null(dyad_arena_calloc(&a, SIZE_MAX, 0));
	/* the arena is still usable */
	assert_non_null(dyad_arena_calloc(&a, 4, 4));
	dyad_arena_free(&a);
}

static void test_arena_alloc_huge_returns_null(void **state)
{
	(void)state;
	dyad_arena a;
	dyad_arena_init(&a, 512);
	assert_null(dyad_arena_alloc(&a, SIZE_MAX));
	assert_null(dyad_arena_alloc(&a, SIZE_MAX - 8));
	assert_non_null(dyad_arena_alloc(&a, 8));
	dyad_arena_free(&a);
}

static void test_arena_strndup_copies_and_terminates(void **state)
{
	(void)state;
	dyad_arena a;
	dyad_arena_init(&a, 64);
	const char *src = "Kenya praised Norway";
	char *s = dyad_arena_strndup(&a, src, 5);
	assert_string_equal(s, "Kenya");
	char *e = dyad_arena_strndup(&a, NULL, 0);
	assert_non_null(e);
	assert_string_equal(e, "");
	/* longer than a block */
	char longs[300];
	memset(longs, 'k', sizeof longs);
	char *l = dyad_arena_strndup(&a, longs, sizeof longs);
	assert_int_equal(strlen(l), sizeof longs);
	dyad_arena_free(&a);
}

/* ---- buf --------------------------------------------------------------- */

static void test_buf_starts_empty_and_appends(void **state)
{
	(void)state;
	dyad_buf b = DYAD_BUF_INIT;
	assert_null(b.data);
	assert_int_equal(dyad_buf_puts(&b, "abc"), 0);
	assert_int_equal(dyad_buf_putc(&b, 'd'), 0);
	assert_int_equal(dyad_buf_append(&b, "efgh", 2), 0);
	assert_int_equal(dyad_buf_append(&b, NULL, 0), 0);
	assert_int_equal(b.len, 6);
	assert_string_equal(b.data, "abcdef");
	dyad_buf_clear(&b);
	assert_int_equal(b.len, 0);
	assert_string_equal(b.data, "");
	dyad_buf_free(&b);
	assert_null(b.data);
	dyad_buf_clear(&b); /* clear on an empty buffer is fine */
	dyad_buf_free(&b);
}

static void test_buf_printf_short_and_growth(void **state)
{
	(void)state;
	dyad_buf b = DYAD_BUF_INIT;
	assert_int_equal(dyad_buf_printf(&b, "%s-%d-%.1f", "x", 42, 2.5), 0);
	assert_string_equal(b.data, "x-42-2.5");
	/* longer than the 256-byte stack buffer and the first allocation */
	char big[5000];
	memset(big, 'z', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	assert_int_equal(dyad_buf_printf(&b, "[%s]", big), 0);
	assert_int_equal(b.len, 8 + 2 + sizeof big - 1);
	assert_int_equal(b.data[8], '[');
	assert_int_equal(b.data[b.len - 1], ']');
	assert_int_equal(b.data[b.len], '\0');
	assert_true(b.cap > b.len);
	/* many small printfs */
	dyad_buf_clear(&b);
	for (int i = 0; i < 10000; i++)
		assert_int_equal(dyad_buf_printf(&b, "%d,", i % 10), 0);
	assert_int_equal(b.len, 20000);
	assert_memory_equal(b.data, "0,1,2,3,4,", 10);
	assert_memory_equal(b.data + 19980, "0,1,2,3,4,5,6,7,8,9,", 20);
	dyad_buf_free(&b);
}

static void test_buf_printf_exactly_256_bytes(void **state)
{
	(void)state;
	/* the boundary between the stack copy and the direct path */
	for (size_t n = 250; n <= 260; n++) {
		dyad_buf b = DYAD_BUF_INIT;
		char s[300];
		memset(s, 'a' + (int)(n % 26), n);
		s[n] = '\0';
		assert_int_equal(dyad_buf_printf(&b, "%s", s), 0);
		assert_int_equal(b.len, n);
		assert_string_equal(b.data, s);
		dyad_buf_free(&b);
	}
}

static void test_buf_reserve_overflow_sets_oom(void **state)
{
	(void)state;
	dyad_buf b = DYAD_BUF_INIT;
	assert_int_equal(dyad_buf_puts(&b, "ok"), 0);
	assert_int_equal(dyad_buf_reserve(&b, SIZE_MAX), -1);
	assert_true(b.oom);
	/* later appends are no-ops that fail, the data is untouched */
	assert_int_equal(dyad_buf_puts(&b, "more"), -1);
	assert_int_equal(dyad_buf_printf(&b, "%d", 5), -1);
	assert_int_equal(b.len, 2);
	assert_string_equal(b.data, "ok");
	dyad_buf_free(&b);
	assert_false(b.oom); /* free resets the buffer for reuse */
	assert_int_equal(dyad_buf_puts(&b, "again"), 0);
	dyad_buf_free(&b);
}

static void escape(dyad_buf *b, const char *s, size_t n)
{
	dyad_buf_clear(b);
	assert_int_equal(dyad_buf_json_escape(b, s, n), 0);
}

static void test_buf_json_escape_quotes_and_backslash(void **state)
{
	(void)state;
	dyad_buf b = DYAD_BUF_INIT;
	escape(&b, "say \"no\"", 8);
	assert_string_equal(b.data, "say \\\"no\\\"");
	escape(&b, "a\\b", 3);
	assert_string_equal(b.data, "a\\\\b");
	escape(&b, "\"", 1);
	assert_string_equal(b.data, "\\\"");
	escape(&b, "", 0);
	assert_string_equal(b.data, "");
	dyad_buf_free(&b);
}

static void test_buf_json_escape_control_chars(void **state)
{
	(void)state;
	dyad_buf b = DYAD_BUF_INIT;
	escape(&b, "a\nb\rc\td", 7);
	assert_string_equal(b.data, "a\\nb\\rc\\td");
	escape(&b, "\x01\x1f\x7f", 3);
	/* DEL (0x7f) is allowed in JSON strings as is */
	assert_string_equal(b.data, "\\u0001\\u001f\x7f");
	escape(&b, "\b\f", 2);
	assert_string_equal(b.data, "\\u0008\\u000c");
	/* an embedded NUL is escaped, not a terminator */
	escape(&b, "x\0y", 3);
	assert_string_equal(b.data, "x\\u0000y");
	dyad_buf_free(&b);
}

static void test_buf_json_escape_keeps_utf8_and_appends(void **state)
{
	(void)state;
	dyad_buf b = DYAD_BUF_INIT;
	dyad_buf_puts(&b, "{\"t\":\"");
	const char *s = "Sulaym\xc4\x81n\xc4\xab \xe2\x80\x9cquoted\xe2\x80\x9d";
	assert_int_equal(dyad_buf_json_escape(&b, s, strlen(s)), 0);
	dyad_buf_puts(&b, "\"}");
	assert_string_equal(b.data, "{\"t\":\"Sulaym\xc4\x81n\xc4\xab \xe2\x80\x9cquoted\xe2\x80\x9d\"}");
	/* a long string with escapes throughout grows the buffer correctly */
	char in[3000];
	for (size_t i = 0; i < sizeof in; i++)
		in[i] = (i % 3 == 0) ? '"' : (i % 3 == 1) ? '\n' : 'q';
	escape(&b, in, sizeof in);
	assert_int_equal(b.len, 1000 * 2 + 1000 * 2 + 1000);
	assert_memory_equal(b.data, "\\\"\\nq", 5);
	dyad_buf_free(&b);
}

/* ---- strtab ------------------------------------------------------------ */

static void test_strtab_intern_gives_dense_ids(void **state)
{
	(void)state;
	dyad_strtab t;
	dyad_strtab_init(&t);
	assert_int_equal(dyad_strtab_find(&t, "x", 1), -1); /* empty table */
	assert_int_equal(dyad_strtab_intern(&t, "KENYA", 5), 0);
	assert_int_equal(dyad_strtab_intern(&t, "NORWAY", 6), 1);
	assert_int_equal(dyad_strtab_intern(&t, "KENYA", 5), 0);
	assert_int_equal(dyad_strtab_intern(&t, "KEN", 3), 2);
	assert_int_equal(dyad_strtab_intern(&t, "", 0), 3);
	assert_int_equal(t.n, 4);
	assert_string_equal(dyad_strtab_str(&t, 0), "KENYA");
	assert_string_equal(dyad_strtab_str(&t, 2), "KEN");
	assert_string_equal(dyad_strtab_str(&t, 3), "");
	assert_int_equal(dyad_strtab_len(&t, 1), 6);
	dyad_strtab_free(&t);
}

static void test_strtab_find_present_and_absent(void **state)
{
	(void)state;
	dyad_strtab t;
	dyad_strtab_init(&t);
	dyad_strtab_intern(&t, "ACCUSE", 6);
	dyad_strtab_intern(&t, "ACC", 3);
	assert_int_equal(dyad_strtab_find(&t, "ACCUSE", 6), 0);
	assert_int_equal(dyad_strtab_find(&t, "ACCUSED", 6), 0); /* length counts */
	assert_int_equal(dyad_strtab_find(&t, "ACCU", 4), -1);
	assert_int_equal(dyad_strtab_find(&t, "accuse", 6), -1); /* case matters */
	/* bytes after a NUL are part of the key */
	assert_int_equal(dyad_strtab_intern(&t, "A\0B", 3), 2);
	assert_int_equal(dyad_strtab_find(&t, "A\0C", 3), -1);
	assert_int_equal(dyad_strtab_find(&t, "A\0B", 3), 2);
	dyad_strtab_free(&t);
}

static void test_strtab_incremental_hash_probes_prefixes(void **state)
{
	(void)state;
	dyad_strtab t;
	dyad_strtab_init(&t);
	dyad_strtab_intern(&t, "NOR", 3);
	dyad_strtab_intern(&t, "NORWAY", 6);
	const char *w = "NORWEGIAN";
	uint32_t h = DYAD_HASH_INIT;
	int found[10] = {0};
	for (size_t L = 1; L <= strlen(w); L++) {
		h = dyad_strtab_hash_step(h, (unsigned char)w[L - 1]);
		assert_int_equal(h, dyad_strtab_hash(w, L));
		found[L] = dyad_strtab_find_h(&t, w, L, h) >= 0;
	}
	assert_true(found[3]);
	assert_false(found[6]); /* NORWEG is not NORWAY */
	assert_false(found[9]);
	dyad_strtab_free(&t);
}

static void test_strtab_many_strings(void **state)
{
	(void)state;
	dyad_strtab t;
	dyad_strtab_init(&t);
	enum { N = 100000 };
	char s[32];
	for (int i = 0; i < N; i++) {
		int n = snprintf(s, sizeof s, "word-%d", i);
		assert_int_equal(dyad_strtab_intern(&t, s, (size_t)n), i);
	}
	assert_int_equal(t.n, N);
	assert_true(t.nslots >= 2 * (size_t)N);
	for (int i = 0; i < N; i += 7) {
		int n = snprintf(s, sizeof s, "word-%d", i);
		assert_int_equal(dyad_strtab_find(&t, s, (size_t)n), i);
		assert_int_equal(dyad_strtab_intern(&t, s, (size_t)n), i);
		assert_string_equal(dyad_strtab_str(&t, (uint32_t)i), s);
	}
	assert_int_equal(dyad_strtab_find(&t, "word-100000", 11), -1);
	assert_int_equal(t.n, N);
	dyad_strtab_free(&t);
	assert_int_equal(t.n, 0);
}

static void test_strtab_long_string_grows_pool(void **state)
{
	(void)state;
	dyad_strtab t;
	dyad_strtab_init(&t);
	size_t n = 20000; /* more than the first pool block */
	char *s = malloc(n);
	assert_non_null(s);
	memset(s, 'Q', n);
	assert_int_equal(dyad_strtab_intern(&t, "short", 5), 0);
	assert_int_equal(dyad_strtab_intern(&t, s, n), 1);
	assert_int_equal(dyad_strtab_len(&t, 1), n);
	assert_int_equal(strlen(dyad_strtab_str(&t, 1)), n);
	assert_string_equal(dyad_strtab_str(&t, 0), "short");
	free(s);
	dyad_strtab_free(&t);
}

/* ---- vec --------------------------------------------------------------- */

static void test_vec_push_zeroes_and_grows(void **state)
{
	(void)state;
	DYAD_VEC(int) v = {NULL, 0, 0};
	for (int i = 0; i < 1000; i++) {
		int *p = dyad_vec_push(&v);
		assert_non_null(p);
		assert_int_equal(*p, 0);
		*p = i * 3;
	}
	assert_int_equal(v.n, 1000);
	assert_true(v.cap >= 1000);
	for (int i = 0; i < 1000; i++)
		assert_int_equal(v.v[i], i * 3);
	assert_true(dyad_vec_reserve(&v, 5000));
	assert_true(v.cap >= 6000);
	dyad_vec_free(&v);
	assert_null(v.v);
	assert_int_equal(v.n, 0);
}

/* ---- version and result codes ----------------------------------------- */

static void test_version_matches_macros(void **state)
{
	(void)state;
	assert_int_equal(dyad_version(), DYAD_VERSION_NUM);
	char s[32];
	snprintf(s, sizeof s, "%d.%d.%d", DYAD_VERSION_MAJOR, DYAD_VERSION_MINOR, DYAD_VERSION_PATCH);
	assert_string_equal(s, DYAD_VERSION);
}

static void test_strerror_every_code(void **state)
{
	(void)state;
	const int codes[] = {DYAD_OK, DYAD_ENOMEM, DYAD_EIO, DYAD_EFORMAT, DYAD_EINVAL,
	                     DYAD_ENOTFOUND};
	for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
		const char *m = dyad_strerror(codes[i]);
		assert_non_null(m);
		assert_true(strlen(m) > 0);
		for (size_t j = 0; j < i; j++)
			assert_string_not_equal(m, dyad_strerror(codes[j]));
	}
	assert_string_equal(dyad_strerror(DYAD_ENOMEM), "out of memory");
	assert_non_null(dyad_strerror(-12345));
	assert_non_null(dyad_strerror(7));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_arena_alloc_is_aligned_and_distinct),
		cmocka_unit_test(test_arena_alloc_zero_gives_valid_pointer),
		cmocka_unit_test(test_arena_many_blocks_keep_contents),
		cmocka_unit_test(test_arena_large_block_gets_own_block),
		cmocka_unit_test(test_arena_reset_keeps_ordinary_blocks),
		cmocka_unit_test(test_arena_reset_keeps_at_most_the_cap),
		cmocka_unit_test(test_arena_reset_empty_arena),
		cmocka_unit_test(test_arena_calloc_zero_fills),
		cmocka_unit_test(test_arena_calloc_overflow_returns_null),
		cmocka_unit_test(test_arena_alloc_huge_returns_null),
		cmocka_unit_test(test_arena_strndup_copies_and_terminates),
		cmocka_unit_test(test_buf_starts_empty_and_appends),
		cmocka_unit_test(test_buf_printf_short_and_growth),
		cmocka_unit_test(test_buf_printf_exactly_256_bytes),
		cmocka_unit_test(test_buf_reserve_overflow_sets_oom),
		cmocka_unit_test(test_buf_json_escape_quotes_and_backslash),
		cmocka_unit_test(test_buf_json_escape_control_chars),
		cmocka_unit_test(test_buf_json_escape_keeps_utf8_and_appends),
		cmocka_unit_test(test_strtab_intern_gives_dense_ids),
		cmocka_unit_test(test_strtab_find_present_and_absent),
		cmocka_unit_test(test_strtab_incremental_hash_probes_prefixes),
		cmocka_unit_test(test_strtab_many_strings),
		cmocka_unit_test(test_strtab_long_string_grows_pool),
		cmocka_unit_test(test_vec_push_zeroes_and_grows),
		cmocka_unit_test(test_version_matches_macros),
		cmocka_unit_test(test_strerror_every_code),
	};
	return cmocka_run_group_tests_name("util", tests, NULL, NULL);
}
