/*
 * callsite.h
 *	  A call site's memory of a text argument that is nearly always a
 *	  constant: a unit (date_trunc, date_part, EXTRACT), a zone (AT TIME
 *	  ZONE, date_add) or a format (to_char).  What the function made of the
 *	  argument is kept in fn_extra, with the argument's bytes and the session
 *	  time zone of then (on which an abbreviation's meaning can depend), so
 *	  that a column of values decodes its argument once.
 */
#ifndef FE_CALLSITE_H
#define FE_CALLSITE_H

#include "fmgr.h"
#include "pgtime.h"

/* In fn_extra: the argument as given, the session zone then, the payload */
typedef struct callsite_memo
{
	const pg_tz *session;
	int			len;			/* of the argument; -1: nothing remembered */
	int			cap;			/* room for the argument */
	Size		size;			/* of the payload */
	Size		room;			/* room for the payload */
	char	   *payload;		/* MAXALIGNed, after the argument */
	char		given[FLEXIBLE_ARRAY_MEMBER];
} callsite_memo;

/*
 * What this call site remembers for arg, or NULL (not arg, or nothing).
 * Inline: it is on the path of every row.
 */
/* The memo of this call site, or NULL (none yet, or a direct call) */
static inline callsite_memo *
callsite_memo_of(FunctionCallInfo fcinfo)
{
	return fcinfo->flinfo ? (callsite_memo *) fcinfo->flinfo->fn_extra : NULL;
}

static inline void *
callsite_recall(FunctionCallInfo fcinfo, const text *arg)
{
	const callsite_memo *m = callsite_memo_of(fcinfo);
	int			len = VARSIZE_ANY_EXHDR(arg);

	if (m != NULL && m->len == len && m->session == session_timezone &&
		memcmp(m->given, VARDATA_ANY(arg), len) == 0)
		return m->payload;
	return NULL;
}

/* What this call site remembers, whatever its argument was, or NULL */
extern void *callsite_payload(FunctionCallInfo fcinfo);

/*
 * Remember a copy of payload (size bytes) for arg, in place of anything
 * remembered before (what that pointed to is the caller's to free first),
 * and return the copy, which the caller may go on changing.  NULL when the
 * call has no call site (a direct call from C): then nothing is kept.
 * Call it once the payload is complete, so that an error on the way leaves
 * nothing half made behind.
 */
extern void *callsite_remember(FunctionCallInfo fcinfo, const text *arg,
							   const void *payload, Size size);

#endif							/* FE_CALLSITE_H */
