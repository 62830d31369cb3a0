/*
 * tools/jsonl-check.c — dyad-jsonl-check: every line of FILE is a JSON
 * object that has every KEY (dotted for nested objects: evidence.pattern).
 * Used by the tests to hold dyad's output contract.
 *
 *   dyad-jsonl-check FILE KEY...     exit 0 when all lines pass, 1 if not
 *
 *   dyad-jsonl-check --fields KEY[,KEY...] FILE
 *       print, for every line of FILE, the values of the KEYs separated by
 *       tabs: a string as it is (tabs, carriage returns and line feeds
 *       made blanks), anything else as compact JSON (null, true, false,
 *       1.9, [0,9]); a missing KEY prints "-" and is reported on standard
 *       error. An empty FILE prints nothing. Exit 0 when every line is a
 *       JSON object with every KEY, 1 if not, 2 on a usage or I/O error.
 *       Used by tests/spec/run to read dyad's JSONL output from sh and awk.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static json_t *get(json_t *o, const char *key)
{
	char buf[256];
	snprintf(buf, sizeof buf, "%s", key);
	char *save = NULL;
	for (char *p = strtok_r(buf, ".", &save); p && o; p = strtok_r(NULL, ".", &save)) {
		if (!json_is_object(o))
			return NULL;
		o = json_object_get(o, p);
	}
	return o;
}

/* Print one value for --fields: strings raw (no tabs or line breaks),
 * everything else as compact JSON. */
static void put_value(json_t *v)
{
	if (json_is_string(v)) {
		const char *s = json_string_value(v);
		size_t n = json_string_length(v);
		for (size_t i = 0; i < n; i++) {
			char c = s[i];
			putchar(c == '\t' || c == '\r' || c == '\n' || c == '\0' ? ' ' : c);
		}
		return;
	}
	char *s = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
	fputs(s ? s : "-", stdout);
	free(s);
}

/*
 * Read FILE line by line and call fn on every JSON object; a line that is
 * not one is reported on msg and counted in *bad. Returns the number of
 * lines, or -1 when FILE cannot be opened or read.
 */
typedef void (*object_fn)(json_t *o, const char *path, unsigned long line, void *ud,
                          unsigned long *bad);

static long each_object(const char *path, FILE *msg, object_fn fn, void *ud, unsigned long *bad)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		perror(path);
		return -1;
	}
	char *line = NULL;
	size_t cap = 0;
	unsigned long n = 0;
	while (getline(&line, &cap, f) > 0) {
		n++;
		json_error_t err;
		json_t *o = json_loads(line, 0, &err);
		if (!json_is_object(o)) {
			fprintf(msg, "%s:%lu: not a JSON object: %s\n", path, n, o ? "" : err.text);
			(*bad)++;
		} else {
			fn(o, path, n, ud, bad);
		}
		json_decref(o);
	}
	int io = ferror(f);
	free(line);
	fclose(f);
	if (io) {
		fprintf(stderr, "%s: read error\n", path);
		return -1;
	}
	return (long)n;
}

typedef struct keylist {
	const char **key;
	size_t n;
} keylist;

static void print_fields(json_t *o, const char *path, unsigned long line, void *ud,
                         unsigned long *bad)
{
	const keylist *k = ud;
	for (size_t i = 0; i < k->n; i++) {
		if (i)
			putchar('\t');
		json_t *v = get(o, k->key[i]);
		if (v) {
			put_value(v);
		} else {
			fputs("-", stdout);
			fprintf(stderr, "%s:%lu: no field %s\n", path, line, k->key[i]);
			(*bad)++;
		}
	}
	putchar('\n');
}

static void check_keys(json_t *o, const char *path, unsigned long line, void *ud,
                       unsigned long *bad)
{
	const keylist *k = ud;
	for (size_t i = 0; i < k->n; i++)
		if (!get(o, k->key[i])) {
			printf("%s:%lu: no field %s\n", path, line, k->key[i]);
			(*bad)++;
		}
}

static int fields(const char *list, const char *path)
{
	char *keys = strdup(list);
	if (!keys) {
		perror("dyad-jsonl-check");
		return 2;
	}
	size_t nk = 1;
	for (const char *p = keys; *p; p++)
		nk += *p == ',';
	const char **key = calloc(nk, sizeof *key);
	if (!key) {
		perror("dyad-jsonl-check");
		free(keys);
		return 2;
	}
	nk = 0;
	char *save = NULL;
	for (char *p = strtok_r(keys, ",", &save); p; p = strtok_r(NULL, ",", &save))
		key[nk++] = p;
	if (nk == 0) {
		fprintf(stderr, "dyad-jsonl-check: --fields needs at least one KEY\n");
		free(key);
		free(keys);
		return 2;
	}
	keylist k = {key, nk};
	unsigned long bad = 0;
	long n = each_object(path, stderr, print_fields, &k, &bad);
	free(key);
	free(keys);
	if (n < 0 || fflush(stdout) != 0)
		return 2;
	return bad ? 1 : 0;
}

int main(int argc, char **argv)
{
	if (argc >= 2 && strcmp(argv[1], "--fields") == 0) {
		if (argc != 4) {
			fprintf(stderr, "usage: dyad-jsonl-check --fields KEY[,KEY...] FILE\n");
			return 2;
		}
		return fields(argv[2], argv[3]);
	}
	if (argc < 2) {
		fprintf(stderr, "usage: dyad-jsonl-check FILE KEY...\n"
		                "       dyad-jsonl-check --fields KEY[,KEY...] FILE\n");
		return 2;
	}
	keylist k = {(const char **)(argv + 2), (size_t)(argc - 2)};
	unsigned long bad = 0;
	long n = each_object(argv[1], stdout, check_keys, &k, &bad);
	if (n < 0)
		return 2;
	printf("%ld lines, %lu problems\n", n, bad);
	return bad || n == 0 ? 1 : 0;
}
