/*
 * tools/jsonl-check.c — dyad-jsonl-check: every line of FILE is a JSON
 * object that has every KEY (dotted for nested objects: evidence.pattern).
 * Used by the tests to hold dyad's output contract.
 *
 *   dyad-jsonl-check FILE KEY...     exit 0 when all lines pass, 1 if not
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

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: dyad-jsonl-check FILE KEY...\n");
		return 2;
	}
	FILE *f = fopen(argv[1], "r");
	if (!f) {
		perror(argv[1]);
		return 2;
	}
	char *line = NULL;
	size_t cap = 0;
	unsigned long n = 0, bad = 0;
	while (getline(&line, &cap, f) > 0) {
		n++;
		json_error_t err;
		json_t *o = json_loads(line, 0, &err);
		if (!json_is_object(o)) {
			printf("%s:%lu: not a JSON object: %s\n", argv[1], n, o ? "" : err.text);
			bad++;
			json_decref(o);
			continue;
		}
		for (int i = 2; i < argc; i++)
			if (!get(o, argv[i])) {
				printf("%s:%lu: no field %s\n", argv[1], n, argv[i]);
				bad++;
			}
		json_decref(o);
	}
	free(line);
	fclose(f);
	printf("%lu lines, %lu problems\n", n, bad);
	return bad || n == 0 ? 1 : 0;
}
