/*
 * ksuid_set.h
 *	  Sorted sets of KSUIDs in segmentio/ksuid's CompressedSet format.
 *
 * The format is a sequence of items, each a tag byte and its operand; the
 * tag's top two bits say what follows and its low six bits how many bytes:
 *
 *   00 000000  a whole KSUID, 20 bytes: where a set starts (and, in sets
 *              made by appending, where another begins)
 *   01 nnnnnn  a later timestamp: n (1-4) bytes of big-endian seconds to add,
 *              then the 16-byte payload
 *   10 nnnnnn  the same timestamp, a larger payload: n (1-16) bytes of the
 *              big-endian difference to add to the last payload
 *   11 nnnnnn  a run: n (1-8) bytes of a big-endian count m; the next m IDs
 *              each add one to the last payload
 *
 * The encoder writes what segmentio's AppendCompressed writes for the same
 * IDs, byte for byte.  The decoder yields what CompressedSet.Iter yields for
 * every set an encoder can make, and refuses, with the byte offset, what no
 * encoder makes: a truncated item, a width out of range, a delta of zero, a
 * step past the largest timestamp or payload, a run of zero.
 *
 * Standard headers only: no allocation, no PostgreSQL.
 */
#ifndef FE_KSUID_SET_H
#define FE_KSUID_SET_H

#include <stddef.h>
#include <stdint.h>

#include "ksuid_codec.h"

/* The most bytes n IDs encode to: 21 each (a tag, then 20 bytes at most). */
#define FE_KSUID_SET_MAX_BYTES(n) ((n) * (size_t) 21)
/* The room an encoder's buffer needs: 8 bytes more, for its wide stores. */
#define FE_KSUID_SET_ENCODE_ROOM(n) (FE_KSUID_SET_MAX_BYTES(n) + 8)

/*
 * Encode n IDs (n * 20 bytes, in ascending byte order; equal neighbours are
 * written once) into out, which has room for FE_KSUID_SET_ENCODE_ROOM(n).
 * Returns the length written, or SIZE_MAX if the IDs are out of order.
 */
extern size_t fe_ksuid_set_encode(const uint8_t *ids, size_t n, uint8_t *out);

/*
 * The same encoder one ID at a time, for IDs that come from a merge.  Each
 * add writes at most FE_KSUID_SET_WRITER_SLACK bytes at buf + len (a run
 * that ends, then the ID); the caller keeps that much room, and may move
 * buf (and set it again) between adds.
 */
typedef struct fe_ksuid_set_writer
{
	uint8_t    *buf;
	size_t		len;			/* bytes written */
	uint64_t	run;			/* IDs of the run not yet written */
	uint32_t	ts;				/* the last ID, as timestamp and payload */
	uint64_t	hi,
				lo;
	int			started;
} fe_ksuid_set_writer;

#define FE_KSUID_SET_WRITER_SLACK 40
extern void fe_ksuid_set_writer_init(fe_ksuid_set_writer *w, uint8_t *buf);
/* Add an ID not below the last (a repeat is written once); -1 if below. */
extern int	fe_ksuid_set_writer_add(fe_ksuid_set_writer *w, const uint8_t *id);
/* Write what is pending; the set's length. */
extern size_t fe_ksuid_set_writer_finish(fe_ksuid_set_writer *w);

/*
 * Sort n IDs (n * 20 bytes) in place into byte order: a radix sort of their
 * first 8 bytes, then the ties by all 20.  scratch has room for
 * FE_KSUID_SORT_SCRATCH(n) bytes, 8-byte aligned.
 */
#define FE_KSUID_SORT_SCRATCH(n) ((n) * (size_t) 52)
extern void fe_ksuid_sort(uint8_t *ids, size_t n, void *scratch);

typedef enum fe_ksuid_set_status
{
	FE_KSUID_SET_END = 0,		/* no more IDs */
	FE_KSUID_SET_ID = 1,		/* one more ID */
	FE_KSUID_SET_TRUNCATED = -1,	/* an item ends past the end */
	FE_KSUID_SET_NO_START = -2, /* a delta before any whole KSUID */
	FE_KSUID_SET_BAD_WIDTH = -3,	/* a tag's byte count out of range */
	FE_KSUID_SET_NOT_ASCENDING = -4,	/* a delta of zero, or past the top */
	FE_KSUID_SET_EMPTY_RUN = -5,	/* a run of zero IDs */
	FE_KSUID_SET_TOO_MANY = -6	/* a count past FE_KSUID_SET_MAX_COUNT */
} fe_ksuid_set_status;

typedef struct fe_ksuid_set_iter
{
	const uint8_t *p;			/* the next item */
	const uint8_t *end;
	const uint8_t *start;
	const uint8_t *item;		/* the item being read, for errors */
	uint64_t	run;			/* IDs left in the current run */
	uint32_t	ts;				/* the last ID, as timestamp and payload */
	uint64_t	hi,
				lo;
	int			started;		/* a whole KSUID has been read */
} fe_ksuid_set_iter;

extern void fe_ksuid_set_iter_init(fe_ksuid_set_iter *it, const uint8_t *set,
								   size_t len);

/* The next ID into id; FE_KSUID_SET_ID, FE_KSUID_SET_END or an error. */
extern fe_ksuid_set_status fe_ksuid_set_next(fe_ksuid_set_iter *it,
											 uint8_t id[FE_KSUID_BYTES]);

/*
 * The most IDs a set may hold: what a signed 64-bit count (SQL's bigint)
 * holds.  A set past it is refused whole, by the count and by whoever reads
 * a set after checking it with fe_ksuid_set_count().
 */
#define FE_KSUID_SET_MAX_COUNT ((uint64_t) INT64_MAX)

/*
 * How many IDs the set holds, checking every item (a run is counted, not
 * walked).  Returns FE_KSUID_SET_END with *count set, or an error:
 * FE_KSUID_SET_TOO_MANY where the count passes FE_KSUID_SET_MAX_COUNT.
 */
extern fe_ksuid_set_status fe_ksuid_set_count(const uint8_t *set, size_t len,
											  uint64_t *count, size_t *error_offset);

/* The offset of the item an error was found in. */
static inline size_t
fe_ksuid_set_error_offset(const fe_ksuid_set_iter *it)
{
	return (size_t) (it->item - it->start);
}

/* A sentence about an error status, for messages. */
extern const char *fe_ksuid_set_strerror(fe_ksuid_set_status st);

#endif							/* FE_KSUID_SET_H */
