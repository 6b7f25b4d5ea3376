/*
 * run_unit.c
 *	  Runs every unit test of the core: run_unit VECTOR_DIR
 */
#include "unit.h"

#include <stdlib.h>
#include <string.h>

long		unit_passed;
long		unit_failed;

int
unit_split_tsv(char *line, char **fields, int max)
{
	int			n = 0;

	line[strcspn(line, "\r\n")] = '\0';
	while (n < max)
	{
		fields[n++] = line;
		line = strchr(line, '\t');
		if (line == NULL)
			break;
		*line++ = '\0';
	}
	return n;
}

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

int
unit_unhex(const char *hex, uint8_t *out, size_t cap)
{
	size_t		len = strlen(hex);

	if (len % 2 || len / 2 > cap)
		return -1;
	for (size_t i = 0; i < len / 2; i++)
	{
		int			hi = hexval(hex[2 * i]),
					lo = hexval(hex[2 * i + 1]);

		if (hi < 0 || lo < 0)
			return -1;
		out[i] = (uint8_t) (hi << 4 | lo);
	}
	return (int) (len / 2);
}

FILE *
unit_open_vectors(const char *dir, const char *name)
{
	char		path[4096];
	FILE	   *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "r");
	if (f == NULL)
	{
		perror(path);
		exit(2);
	}
	return f;
}

uint64_t
unit_rand(void)
{
	static uint64_t state = UINT64_C(0x9e3779b97f4a7c15);
	uint64_t	z = (state += UINT64_C(0x9e3779b97f4a7c15));

	z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
	return z ^ (z >> 31);
}

int
main(int argc, char **argv)
{
	const char *vectors = argc > 1 ? argv[1] : "test/vectors";

	test_ksuid(vectors);
	test_ksuid_set(vectors);
	test_fasthash(vectors);
	test_tsns(vectors);
	test_tsns_calc(vectors);

	/* the closing line test runners read */
	printf("unit: %ld passed, %ld failed\n", unit_passed, unit_failed);
	return unit_failed ? 1 : 0;
}
