/*
 * ksuid_codec.h
 *	  KSUID bytes <-> base62 text, and 160-bit arithmetic on KSUIDs.
 *
 * A KSUID is 20 bytes: a big-endian 32-bit count of seconds since
 * FE_KSUID_EPOCH, then a 16-byte payload.  Read as one big-endian 160-bit
 * number, its text form is that number in base 62 (digits 0-9, A-Z, a-z),
 * left-padded with '0' to 27 characters, as segmentio/ksuid prints it.
 *
 * Standard headers only: no allocation, no PostgreSQL.
 */
#ifndef FE_KSUID_CODEC_H
#define FE_KSUID_CODEC_H

#include <stddef.h>
#include <stdint.h>

#include "fe_bits.h"

#define FE_KSUID_BYTES		20
#define FE_KSUID_CHARS		27
#define FE_KSUID_PAYLOAD	16
#define FE_KSUID_EPOCH		INT64_C(1400000000)	/* Unix time of timestamp 0 */

/* Results of fe_ksuid_decode() */
typedef enum fe_ksuid_status
{
	FE_KSUID_OK = 0,
	FE_KSUID_BAD_LENGTH,		/* not exactly 27 bytes */
	FE_KSUID_BAD_CHAR,			/* a byte outside [0-9A-Za-z] */
	FE_KSUID_OVERFLOW			/* above aWgEPTl1tmebfsQzFP4bxwgy80V */
} fe_ksuid_status;

/* Write the 27 characters of id's text form into out (no terminator). */
extern void fe_ksuid_encode(const uint8_t id[FE_KSUID_BYTES],
							char out[FE_KSUID_CHARS]);

/* Parse len bytes of s; on FE_KSUID_OK, id holds the value. */
extern fe_ksuid_status fe_ksuid_decode(const char *s, size_t len,
									   uint8_t id[FE_KSUID_BYTES]);

/* id + 1 and id - 1 over all 160 bits, wrapping like segmentio/ksuid. */
extern void fe_ksuid_next(uint8_t id[FE_KSUID_BYTES]);
extern void fe_ksuid_prev(uint8_t id[FE_KSUID_BYTES]);

/*
 * id + inc over all 160 bits (so a full payload carries into the
 * timestamp).  Returns 1, leaving id unchanged, if the sum does not fit.
 */
extern int	fe_ksuid_add(uint8_t id[FE_KSUID_BYTES], uint64_t inc);

/*
 * memcmp's order of two IDs (-1, 0 or 1), as three big-endian loads:
 * inline, no call, and no byte loop.  Almost every pair of IDs differs in
 * its first 8 bytes (the time and 4 random bytes), so one load decides.
 */
static inline int
fe_ksuid_cmp(const uint8_t *a, const uint8_t *b)
{
	uint64_t	x = fe_load_be64(a),
				y = fe_load_be64(b);
	uint32_t	s,
				t;

	if (x != y)
		return x < y ? -1 : 1;
	x = fe_load_be64(a + 8);
	y = fe_load_be64(b + 8);
	if (x != y)
		return x < y ? -1 : 1;
	s = fe_load_be32(a + 16);
	t = fe_load_be32(b + 16);
	return (s > t) - (s < t);
}

#endif							/* FE_KSUID_CODEC_H */
