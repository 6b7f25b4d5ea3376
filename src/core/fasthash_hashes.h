/*
 * fasthash_hashes.h
 *	  FNV-1, FNV-1a and jody hashes, bit for bit those of the Go library
 *	  segmentio/fasthash (packages fnv1, fnv1a and jody).
 *
 * Every function takes the running hash state h and returns the new state,
 * like the library's Add* functions: hashing a then b from h equals hashing
 * a||b from h (for jody, when a's length is a multiple of 8).  Start from
 * the FE_*_INIT values for the library's Hash* functions.
 *
 * Integers are hashed as the library hashes them: FNV takes the bytes
 * big-endian, jody takes the 64-bit value as one little-endian word.  The
 * results do not depend on the host's byte order.
 *
 * Standard headers only: no allocation, no PostgreSQL.
 */
#ifndef FE_FASTHASH_HASHES_H
#define FE_FASTHASH_HASHES_H

#include <stddef.h>
#include <stdint.h>

#define FE_FNV32_INIT	UINT32_C(2166136261)
#define FE_FNV64_INIT	UINT64_C(14695981039346656037)
#define FE_JODY64_INIT	UINT64_C(0)

extern uint32_t fe_fnv1_32(uint32_t h, const void *data, size_t len);
extern uint32_t fe_fnv1a_32(uint32_t h, const void *data, size_t len);
extern uint64_t fe_fnv1_64(uint64_t h, const void *data, size_t len);
extern uint64_t fe_fnv1a_64(uint64_t h, const void *data, size_t len);
extern uint64_t fe_jody_64(uint64_t h, const void *data, size_t len);

/* The library's AddUint32 / AddUint64 */
extern uint32_t fe_fnv1_32_u32(uint32_t h, uint32_t v);
extern uint32_t fe_fnv1a_32_u32(uint32_t h, uint32_t v);
extern uint64_t fe_fnv1_64_u64(uint64_t h, uint64_t v);
extern uint64_t fe_fnv1a_64_u64(uint64_t h, uint64_t v);
extern uint64_t fe_jody_64_u64(uint64_t h, uint64_t v);

#endif							/* FE_FASTHASH_HASHES_H */
