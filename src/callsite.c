/*
 * callsite.c
 *	  A call site's memory of a text argument (callsite.h).
 */
#include "fastevent.h"

#include "pgtime.h"
#include "utils/memutils.h"

#include "callsite.h"

void *
callsite_payload(FunctionCallInfo fcinfo)
{
	callsite_memo *m = callsite_memo_of(fcinfo);

	return m != NULL && m->len >= 0 ? m->payload : NULL;
}

void *
callsite_remember(FunctionCallInfo fcinfo, const text *arg, const void *payload, Size size)
{
	callsite_memo *m = callsite_memo_of(fcinfo);
	int			len = VARSIZE_ANY_EXHDR(arg);

	if (fcinfo->flinfo == NULL)
		return NULL;
	if (m == NULL || m->cap < len || m->room < size)
	{
		Size		head = MAXALIGN(offsetof(callsite_memo, given) + len);

		if (m != NULL)
			pfree(m);
		m = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, head + MAXALIGN(size));
		m->cap = len;
		m->room = MAXALIGN(size);
		m->payload = (char *) m + head;
		fcinfo->flinfo->fn_extra = m;
	}
	m->len = len;
	m->session = session_timezone;
	m->size = size;
	memcpy(m->given, VARDATA_ANY(arg), len);
	memcpy(m->payload, payload, size);
	return m->payload;
}
