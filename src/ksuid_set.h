/*
 * ksuid_set.h
 *	  What ksuid_set.c lends the compressed-set aggregates (ksuid_set_agg.c).
 */
#ifndef FE_PG_KSUID_SET_H
#define FE_PG_KSUID_SET_H

#include "fastevent.h"

/* How many IDs a set holds, every item checked; an invalid set is refused. */
extern uint64_t ksuid_set_checked_count(const bytea *set);

/* The set of n IDs, in ascending order, as a bytea (current context). */
extern bytea *ksuid_set_encode_sorted(const uint8 *ids, Size n);

#endif							/* FE_PG_KSUID_SET_H */
