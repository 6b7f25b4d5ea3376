/*
 * tsns_to_char.c
 *	  to_char(timestamptz_ns, format), as core's formatting.c has it for
 *	  timestamptz, plus FF7 to FF9.
 */
#include "tsns.h"
#include "tsns_zone.h"

#include "callsite.h"
#include "core/tsns_to_char.h"

/* What a call site remembers of its format: as rewritten, and per offset */
#define ZONE_FORMATS		4	/* offsets remembered per call site */

typedef struct to_char_format
{
	int			zone_fields;	/* ZONE_FIELDS_* */
	int			nzoned;
	struct
	{
		int32		gmtoff;
		text	   *format;		/* with the offset written in, and FF7-FF9 rewritten */
	}			zoned[ZONE_FORMATS];
	text	   *rewritten;		/* NULL: the format has no FF7-FF9 */
} to_char_format;

/*
 * The format with FF7-FF9 rewritten (digits: the 7th to 9th, or NULL for
 * placeholders), or NULL when it has none (core/tsns_to_char.c)
 */
static text *
rewrite_ff(const char *f, int len, const char *digits)
{
	text	   *t = palloc(VARHDRSZ + FE_TOCHAR_MAXLEN(len));
	size_t		n = fe_tochar_rewrite_ff(f, len, digits, VARDATA(t));

	if (n == 0)
	{
		pfree(t);
		return NULL;
	}
	SET_VARSIZE(t, VARHDRSZ + n);
	return t;
}

/*
 * The zone fields of a format.  Core prints TZH, TZM and OF from the UTC
 * offset alone, so for a given offset they can be written into the format
 * as literals (core/tsns_to_char.c); the value is then formatted as core
 * formats a timestamp (the local time), which spares core's pg_localtime()
 * for every value: the offset comes from the session zone's table
 * (tsns_zone.c).  The abbreviation (TZ, tz) needs the zone itself: such a
 * format stays with core's to_char on timestamptz.
 */
#define ZONE_FIELDS_NONE	FE_TOCHAR_ZONE_NONE
#define ZONE_FIELDS_OFFSET	FE_TOCHAR_ZONE_OFFSET
#define ZONE_FIELDS_CORE	FE_TOCHAR_ZONE_CORE

/* The call site's format for offset gmtoff, made and remembered if need be */
static text *
zoned_format(to_char_format *cache, const char *f, int len, int32 gmtoff, MemoryContext cxt)
{
	char	   *buf;
	size_t		n;
	MemoryContext old;
	text	   *t;
	int			k;

	for (k = 0; k < cache->nzoned; k++)
		if (cache->zoned[k].gmtoff == gmtoff)
			return cache->zoned[k].format;

	old = MemoryContextSwitchTo(cxt);
	buf = palloc(FE_TOCHAR_MAXLEN(len));
	(void) fe_tochar_zone(f, len, gmtoff, buf, &n);
	t = rewrite_ff(buf, (int) n, NULL);
	if (t == NULL)
		t = cstring_to_text_with_len(buf, (int) n);
	pfree(buf);
	MemoryContextSwitchTo(old);

	/* a zone has few offsets; past four, the oldest makes way */
	if (cache->nzoned < ZONE_FORMATS)
		k = cache->nzoned++;
	else
	{
		pfree(cache->zoned[0].format);
		memmove(&cache->zoned[0], &cache->zoned[1], (ZONE_FORMATS - 1) * sizeof(cache->zoned[0]));
		k = ZONE_FORMATS - 1;
	}
	cache->zoned[k].gmtoff = gmtoff;
	cache->zoned[k].format = t;
	return t;
}

/*
 * to_char(timestamptz_ns, format): core's to_char on the value's microsecond
 * (floor, so every field is the value's own), with FF7, FF8 and FF9 (seven
 * to nine fraction digits, which core does not have) written as FF6 and,
 * in double quotes, placeholder bytes 1, 2, 3 that become the 7th to 9th
 * digits in core's result.  So the rewritten format is the same for every
 * value: it is kept for the call site (callsite.h), and core's cache of parsed
 * formats keeps working.  A format that holds such bytes itself gets the
 * digits written into it instead, value by value.  The format is scanned as
 * core scans it: text in double quotes is literal (a backslash escapes the
 * next character there), and \" outside them is a literal quote.  The "F"
 * of OF (the UTC offset) does not start an FF.
 */
PG_FUNCTION_INFO_V1(timestamptz_ns_to_char);
Datum
timestamptz_ns_to_char(PG_FUNCTION_ARGS)
{
	int64		ns = PG_GETARG_INT64(0);
	text	   *fmt = PG_GETARG_TEXT_PP(1);
	const char *f = VARDATA_ANY(fmt);
	int			len = VARSIZE_ANY_EXHDR(fmt);
	to_char_format *cache = callsite_recall(fcinfo, fmt);
	to_char_format made;
	MemoryContext cxt = fcinfo->flinfo ? fcinfo->flinfo->fn_mcxt : CurrentMemoryContext;
	text	   *rewritten;
	bool		placeholders = true;
	int			zone_fields = ZONE_FIELDS_CORE;
	int32		rem;
	TimestampTz us;
	Datum		result;
	char		digits[3];
	LOCAL_FCINFO(core, 2);

	if (!TSNS_IS_FINITE(ns))
		PG_RETURN_NULL();		/* as core: no text for an infinity */
	us = usec_floor(ns, &rem);
	digits[0] = (char) ('0' + rem / 100);
	digits[1] = (char) ('0' + rem / 10 % 10);
	digits[2] = (char) ('0' + rem % 10);

	if (cache != NULL)
	{
		rewritten = cache->rewritten;
		zone_fields = cache->zone_fields;
	}
	else if (memchr(f, '\1', len) || memchr(f, '\2', len) || memchr(f, '\3', len))
	{
		rewritten = rewrite_ff(f, len, digits);
		placeholders = false;
	}
	else
	{
		MemoryContext old = MemoryContextSwitchTo(cxt);
		to_char_format *before = callsite_payload(fcinfo);

		made.rewritten = rewrite_ff(f, len, NULL);
		made.zone_fields = fe_tochar_zone(f, len, 0, NULL, NULL);
		made.nzoned = 0;
		MemoryContextSwitchTo(old);
		/* what the call site made of its last format goes, once this is made */
		if (before != NULL)
		{
			if (before->rewritten)
				pfree(before->rewritten);
			for (int k = 0; k < before->nzoned; k++)
				pfree(before->zoned[k].format);
		}
		cache = callsite_remember(fcinfo, fmt, &made, sizeof(made));
		if (cache == NULL)
			cache = &made;		/* no call site: for this call alone */
		rewritten = cache->rewritten;
		zone_fields = cache->zone_fields;
	}

	InitFunctionCallInfoData(*core, NULL, 2, PG_GET_COLLATION(), NULL, NULL);
	core->args[1].value = PointerGetDatum(rewritten ? rewritten : fmt);
	core->args[1].isnull = false;
	core->args[0].isnull = false;
	if (zone_fields == ZONE_FIELDS_CORE)
	{
		core->args[0].value = TimestampTzGetDatum(us);
		result = timestamptz_to_char(core);
	}
	else
	{
		/* the local time, with the offset at the value's second, as core's */
		int64		sec = usec_unix_second(us);
		int32		gmtoff = zone_offset(sec);

		if (zone_fields == ZONE_FIELDS_OFFSET)
			core->args[1].value = PointerGetDatum(zoned_format(cache, f, len, gmtoff, cxt));
		core->args[0].value = TimestampGetDatum(us + (int64) gmtoff * USECS_PER_SEC);
		result = timestamp_to_char(core);
	}
	if (core->isnull)
		PG_RETURN_NULL();
	if (rewritten != NULL && placeholders)
	{
		/* the placeholders become the digits, in core's fresh result */
		text	   *t = DatumGetTextPP(result);
		char	   *p = VARDATA_ANY(t);

		for (size_t i = 0; i < VARSIZE_ANY_EXHDR(t); i++)
			if (p[i] >= 1 && p[i] <= 3)
				p[i] = digits[p[i] - 1];
	}
	PG_RETURN_DATUM(result);
}

