/*
 * tsns_compat.c
 *	  The C symbols that released install scripts name for timestamptz_ns.
 *
 * Until 0.2 the functions of timestamptz_ns had C names of their own
 * (tsns_lt); from 0.2 each has the name of its SQL function
 * (timestamptz_ns_lt), or core's name for its counterpart where the SQL name
 * is overloaded (timestamptz_timestamptz_ns for the cast from timestamptz).
 * A database still at 0.1 calls the old names until ALTER EXTENSION UPDATE
 * re-points its functions, so each old name stays, calling the new one.
 */
#include "fastevent.h"

#define OLD_SYMBOL(old, new) \
extern Datum new(PG_FUNCTION_ARGS); \
PG_FUNCTION_INFO_V1(old); \
Datum \
old(PG_FUNCTION_ARGS) \
{ \
	return new(fcinfo); \
}

OLD_SYMBOL(tsns_in, timestamptz_ns_in)
OLD_SYMBOL(tsns_out, timestamptz_ns_out)
OLD_SYMBOL(tsns_recv, timestamptz_ns_recv)
OLD_SYMBOL(tsns_send, timestamptz_ns_send)
OLD_SYMBOL(tsns_lt, timestamptz_ns_lt)
OLD_SYMBOL(tsns_le, timestamptz_ns_le)
OLD_SYMBOL(tsns_eq, timestamptz_ns_eq)
OLD_SYMBOL(tsns_ne, timestamptz_ns_ne)
OLD_SYMBOL(tsns_ge, timestamptz_ns_ge)
OLD_SYMBOL(tsns_gt, timestamptz_ns_gt)
OLD_SYMBOL(tsns_cmp, timestamptz_ns_cmp)
OLD_SYMBOL(tsns_sortsupport, timestamptz_ns_sortsupport)
OLD_SYMBOL(tsns_hash, timestamptz_ns_hash)
OLD_SYMBOL(tsns_hash_extended, timestamptz_ns_hash_extended)
OLD_SYMBOL(tsns_larger, timestamptz_ns_larger)
OLD_SYMBOL(tsns_smaller, timestamptz_ns_smaller)
OLD_SYMBOL(tsns_in_range, in_range_timestamptz_ns_interval)
OLD_SYMBOL(tsns_lt_tstz, timestamptz_ns_lt_timestamptz)
OLD_SYMBOL(tsns_le_tstz, timestamptz_ns_le_timestamptz)
OLD_SYMBOL(tsns_eq_tstz, timestamptz_ns_eq_timestamptz)
OLD_SYMBOL(tsns_ne_tstz, timestamptz_ns_ne_timestamptz)
OLD_SYMBOL(tsns_ge_tstz, timestamptz_ns_ge_timestamptz)
OLD_SYMBOL(tsns_gt_tstz, timestamptz_ns_gt_timestamptz)
OLD_SYMBOL(tsns_cmp_tstz, timestamptz_ns_cmp_timestamptz)
OLD_SYMBOL(tstz_tsns_lt, timestamptz_lt_timestamptz_ns)
OLD_SYMBOL(tstz_tsns_le, timestamptz_le_timestamptz_ns)
OLD_SYMBOL(tstz_tsns_eq, timestamptz_eq_timestamptz_ns)
OLD_SYMBOL(tstz_tsns_ne, timestamptz_ne_timestamptz_ns)
OLD_SYMBOL(tstz_tsns_ge, timestamptz_ge_timestamptz_ns)
OLD_SYMBOL(tstz_tsns_gt, timestamptz_gt_timestamptz_ns)
OLD_SYMBOL(tstz_cmp_tsns, timestamptz_cmp_timestamptz_ns)
OLD_SYMBOL(tsns_from_timestamptz, timestamptz_timestamptz_ns)
OLD_SYMBOL(tsns_to_timestamptz, timestamptz_ns_timestamptz)
OLD_SYMBOL(tsns_from_timestamp, timestamp_timestamptz_ns)
OLD_SYMBOL(tsns_to_timestamp, timestamptz_ns_timestamp)
OLD_SYMBOL(tsns_from_date, date_timestamptz_ns)
OLD_SYMBOL(tsns_to_date, timestamptz_ns_date)
OLD_SYMBOL(tsns_pl_interval, timestamptz_ns_pl_interval)
OLD_SYMBOL(interval_pl_tsns, interval_pl_timestamptz_ns)
OLD_SYMBOL(tsns_mi_interval, timestamptz_ns_mi_interval)
OLD_SYMBOL(tsns_mi, timestamptz_ns_mi)
OLD_SYMBOL(tsns_trunc, timestamptz_ns_trunc)
OLD_SYMBOL(tsns_trunc_zone, timestamptz_ns_trunc_zone)
OLD_SYMBOL(tsns_bin, timestamptz_ns_bin)
OLD_SYMBOL(tsns_part, timestamptz_ns_part)
OLD_SYMBOL(tsns_series, generate_series_timestamptz_ns)
OLD_SYMBOL(tsns_int64_identity, epoch_ns)
