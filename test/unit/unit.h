/*
 * unit.h
 *	  A minimal test harness for the PostgreSQL-free core.
 */
#ifndef UNIT_H
#define UNIT_H

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>

extern long unit_passed;
extern long unit_failed;

/* Count one check; print where and why when it fails. */
#define CHECK(cond, ...) \
	do { \
		if (cond) \
			unit_passed++; \
		else \
		{ \
			unit_failed++; \
			if (unit_failed <= 50) \
			{ \
				fprintf(stderr, "%s:%d: check failed: ", __FILE__, __LINE__); \
				fprintf(stderr, __VA_ARGS__); \
				fputc('\n', stderr); \
			} \
		} \
	} while (0)

/* Split a tab-separated line in place; returns the number of fields. */
extern int	unit_split_tsv(char *line, char **fields, int max);

/* Decode hex into out; returns the byte count, or -1 on bad hex. */
extern int	unit_unhex(const char *hex, uint8_t *out, size_t cap);

/* Open dir/name for reading, or exit with a message. */
extern FILE *unit_open_vectors(const char *dir, const char *name);

/* A deterministic pseudo-random generator (splitmix64). */
extern uint64_t unit_rand(void);

extern void test_ksuid(const char *vectors);
extern void test_ksuid_set(const char *vectors);
extern void test_fasthash(const char *vectors);
extern void test_tsns(const char *vectors);
extern void test_tsns_calc(const char *vectors);

#endif
