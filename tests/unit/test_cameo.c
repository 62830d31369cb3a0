/* test_cameo.c — the CAMEO code table and dyad_cameo_lookup(). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "dyad/cameo.h"

static void assert_code(const char *code, const char *want_code,
                        double goldstein, int quad, const char *plover)
{
	const dyad_cameo_code *e = dyad_cameo_lookup(code);

	assert_non_null(e);
	assert_string_equal(e->code, want_code);
	assert_true(fabs(e->goldstein - goldstein) < 1e-9);
	assert_int_equal(e->quad, quad);
	assert_string_equal(e->plover, plover);
	assert_non_null(e->label);
	assert_true(e->label[0] != '\0');
}

static void test_known_codes(void **state)
{
	(void)state;
	assert_code("010", "010", 0.0, 1, "CONSULT");
	assert_code("020", "020", 3.0, 1, "REQUEST");
	assert_code("036", "036", 4.0, 1, "AGREE");
	assert_code("042", "042", 1.9, 1, "CONSULT");
	assert_code("043", "043", 2.8, 1, "CONSULT");
	assert_code("046", "046", 7.0, 1, "CONSULT");
	assert_code("057", "057", 8.0, 1, "AGREE");
	assert_code("0874", "0874", 10.0, 2, "RETREAT");
	assert_code("112", "112", -2.0, 3, "ACCUSE");
	assert_code("120", "120", -4.0, 3, "REJECT");
	assert_code("130", "130", -4.4, 3, "THREATEN");
	assert_code("138", "138", -7.0, 3, "THREATEN");
	assert_code("160", "160", -4.0, 4, "SANCTION");
	assert_code("173", "173", -5.0, 4, "COERCE");
	assert_code("180", "180", -9.0, 4, "ASSAULT");
	assert_code("183", "183", -10.0, 4, "ASSAULT");
	assert_code("190", "190", -10.0, 4, "ASSAULT");
	assert_code("195", "195", -10.0, 4, "ASSAULT");
	assert_code("200", "200", -10.0, 4, "ASSAULT");
	assert_code("2042", "2042", -10.0, 4, "ASSAULT");
	assert_code("14", "14", -6.5, 4, "PROTEST");
}

static void test_fallback(void **state)
{
	(void)state;
	/* unknown leaf -> its three-digit parent */
	assert_code("0879", "087", 9.0, 2, "RETREAT");
	assert_code("1939", "193", -10.0, 4, "ASSAULT");
	/* unknown three-digit code -> the root's "not specified" code */
	assert_code("089", "080", 5.0, 2, "CONCEDE");
	/* both steps */
	assert_code("0999", "090", -2.0, 3, "ACCUSE");
	/* unknown roots and malformed codes */
	assert_null(dyad_cameo_lookup("21"));
	assert_null(dyad_cameo_lookup("219"));
	assert_null(dyad_cameo_lookup("2199"));
	assert_null(dyad_cameo_lookup("00"));
	assert_null(dyad_cameo_lookup(NULL));
	assert_null(dyad_cameo_lookup(""));
	assert_null(dyad_cameo_lookup("1"));
	assert_null(dyad_cameo_lookup("01234"));
	assert_null(dyad_cameo_lookup("0a1"));
	assert_null(dyad_cameo_lookup(" 010"));
}

static void test_roots(void **state)
{
	(void)state;
	for (int r = 1; r <= 20; r++) {
		char two[3], three[4];
		int want = r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
		const dyad_cameo_code *e;

		snprintf(two, sizeof two, "%02d", r);
		snprintf(three, sizeof three, "%02d0", r);
		e = dyad_cameo_lookup(two);
		assert_non_null(e);
		assert_string_equal(e->code, two);
		assert_int_equal(e->quad, want);
		e = dyad_cameo_lookup(three);
		assert_non_null(e);
		assert_string_equal(e->code, three);
		assert_int_equal(e->quad, want);
	}
}

static void test_table(void **state)
{
	static const char *const plover[] = {
	    "AGREE",   "CONSULT", "SUPPORT",  "CONCEDE",  "COOPERATE", "AID",
	    "RETREAT", "REQUEST", "ACCUSE",   "REJECT",   "THREATEN",  "PROTEST",
	    "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"};
	size_t n = dyad_cameo_count();

	(void)state;
	assert_true(n >= 280);
	assert_null(dyad_cameo_at(n));
	for (size_t i = 0; i < n; i++) {
		const dyad_cameo_code *e = dyad_cameo_at(i);
		size_t len, k;
		int root, ok = 0;

		assert_non_null(e);
		len = strlen(e->code);
		assert_true(len >= 2 && len <= 4);
		if (i > 0)
			assert_true(strcmp(dyad_cameo_at(i - 1)->code, e->code) < 0);
		/* every entry is found by exact look-up, and so is its parent */
		assert_ptr_equal(dyad_cameo_lookup(e->code), e);
		if (len == 4) {
			char parent[4];
			memcpy(parent, e->code, 3);
			parent[3] = '\0';
			assert_string_equal(dyad_cameo_lookup(parent)->code, parent);
		}
		root = (e->code[0] - '0') * 10 + (e->code[1] - '0');
		assert_true(root >= 1 && root <= 20);
		assert_int_equal(e->quad,
		                 root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4);
		assert_true(e->goldstein >= -10.0 && e->goldstein <= 10.0);
		for (k = 0; k < sizeof plover / sizeof plover[0]; k++)
			ok |= strcmp(e->plover, plover[k]) == 0;
		assert_true(ok);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_known_codes),
	    cmocka_unit_test(test_fallback),
	    cmocka_unit_test(test_roots),
	    cmocka_unit_test(test_table),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
