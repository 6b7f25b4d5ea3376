/*
 * tsns_parse.c
 *	  timestamptz_ns input in every form timestamptz accepts, through
 *	  PostgreSQL's own date/time parser, with the nanoseconds it would round
 *	  away added back.  The ISO 8601 fast path is core/tsns_codec.c.
 */
#include "tsns.h"
#include "tsns_parse.h"

#include "core/tsns_calc.h"

#include <math.h>

/* Is str an integer and nothing else? */
static bool
is_bare_integer(const char *str)
{
	const char *p = str;

	while (isspace((unsigned char) *p))
		p++;
	if (*p == '+' || *p == '-')
		p++;
	if (!isdigit((unsigned char) *p))
		return false;
	while (isdigit((unsigned char) *p))
		p++;
	while (isspace((unsigned char) *p))
		p++;
	return *p == '\0';
}

/*
 * What PostgreSQL's parser loses of a time's fraction of a second: it reads
 * the fraction as a double and rounds it to microseconds, and so it also
 * decides, as core does, whether a time past 23:59:59 is accepted.  Return
 * the fraction in nanoseconds (nine digits, the tenth rounding half up) less
 * the microseconds the parser keeps of it, for the caller to add back; the
 * fields are left as they are.  Julian days (J2451187.25) are fractions of a
 * day, not of a second, and are left to the parser whole.
 */
static int32
fraction_nanoseconds(char **field, int *ftype, int nf)
{
	for (int i = 0; i < nf; i++)
	{
		char	   *dot;

		if ((dot = strchr(field[i], '.')) == NULL)
			continue;
		/*
		 * A time (10:00:00.123456789), or a number with a point, which core
		 * takes for a fraction of a second in every form it accepts
		 * (hhmmss.f, hhmm.f, the labelled s00.f), except after a Julian day
		 * label
		 */
		if (ftype[i] != DTK_TIME &&
			!(ftype[i] == DTK_NUMBER &&
			  strspn(field[i], "0123456789") == (size_t) (dot - field[i]) &&
			  !(i > 0 && (strcmp(field[i - 1], "j") == 0 || strcmp(field[i - 1], "jd") == 0 ||
						  strcmp(field[i - 1], "julian") == 0))))
			continue;
		if (strspn(dot + 1, "0123456789") <= 6)
			continue;			/* six digits or fewer: nothing below a microsecond */
		return fe_tsns_fraction_lost(dot);	/* core/tsns_calc.c */
	}
	return 0;
}


/* Every input form timestamptz accepts, through PostgreSQL's parser */
Datum
tsns_parse_general(char *str, FunctionCallInfo fcinfo)
{
	char		workbuf[MAXDATELEN + MAXDATEFIELDS];
	char	   *field[MAXDATEFIELDS];
	int			ftype[MAXDATEFIELDS];
	int			nf,
				dtype,
				tz,
				dterr;
	struct pg_tm tt;
	fsec_t		fsec;
	int32		extra_ns = 0;
	TimestampTz us;
	int64		result;
#if PG_VERSION_NUM >= 160000
	DateTimeErrorExtra extra;
#endif

	dterr = ParseDateTime(str, workbuf, sizeof(workbuf), field, ftype, MAXDATEFIELDS, &nf);
	if (dterr == 0)
	{
		extra_ns = fraction_nanoseconds(field, ftype, nf);
#if PG_VERSION_NUM >= 160000
		dterr = DecodeDateTime(field, ftype, nf, &dtype, &tt, &fsec, &tz, &extra);
#else
		dterr = DecodeDateTime(field, ftype, nf, &dtype, &tt, &fsec, &tz);
#endif
	}
	if (dterr != 0)
	{
		/*
		 * A bare integer is input core reads as a date when it can
		 * (20240101); when it cannot, it is likely a count since 1970: the
		 * error is core's, the hint says what to use
		 */
		if (is_bare_integer(str))
			fe_input_error(fcinfo,
						   errcode(dterr == DTERR_BAD_FORMAT ? ERRCODE_INVALID_DATETIME_FORMAT :
								   ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
						   dterr == DTERR_BAD_FORMAT ?
						   errmsg("invalid input syntax for type %s: \"%s\"", TSNS_NAME, str) :
						   errmsg("date/time field value out of range for type %s: \"%s\"", TSNS_NAME, str),
						   errhint("Use to_timestamptz_ns() for a number of nanoseconds since 1970."));
		parse_error(dterr, &extra, str, fcinfo);
		PG_RETURN_NULL();		/* soft error reported */
	}

	switch (dtype)
	{
		case DTK_DATE:
			if (tm2timestamp(&tt, fsec, &tz, &us) != 0 ||
				!usec_join(us, extra_ns, &result))
				fe_input_error(fcinfo,
							   errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
							   errmsg("%s out of range: \"%s\"", TSNS_NAME, str),
							   RANGE_DETAIL);
			break;
		case DTK_EPOCH:
			result = 0;
			break;
		case DTK_LATE:
			result = FE_TSNS_NOEND;
			break;
		case DTK_EARLY:
			result = FE_TSNS_NOBEGIN;
			break;
		default:
			elog(ERROR, "unexpected dtype %d while parsing %s \"%s\"", dtype, TSNS_NAME, str);
			result = 0;			/* keep compiler quiet */
	}
	PG_RETURN_INT64(result);
}

/* Convert the text form to a timestamptz_ns, in the session time zone if none is given */

/* An error that is soft where the server has soft errors, from a void function */
#if PG_VERSION_NUM >= 160000
#define soft_error(fcinfo, ...) errsave((fcinfo)->context, __VA_ARGS__)
#else
#define soft_error(fcinfo, ...) ereport(ERROR, __VA_ARGS__)
#endif

#if PG_VERSION_NUM >= 160000
void
tsns_parse_error(int dterr, DateTimeErrorExtra *extra, const char *str, FunctionCallInfo fcinfo)
#else
void
tsns_parse_error(int dterr, void *extra, const char *str, FunctionCallInfo fcinfo)
#endif
{
	switch (dterr)
	{
		case DTERR_FIELD_OVERFLOW:
			soft_error(fcinfo,
						   errcode(ERRCODE_DATETIME_FIELD_OVERFLOW),
						   errmsg("date/time field value out of range for type %s: \"%s\"",
								  TSNS_NAME, str));
			return;
		case DTERR_MD_FIELD_OVERFLOW:
			/* a month and day in the wrong order for DateStyle: core's hint */
			soft_error(fcinfo,
						   errcode(ERRCODE_DATETIME_FIELD_OVERFLOW),
						   errmsg("date/time field value out of range for type %s: \"%s\"",
								  TSNS_NAME, str),
						   errhint("Perhaps you need a different \"datestyle\" setting."));
			return;
		case DTERR_TZDISP_OVERFLOW:
			soft_error(fcinfo,
						   errcode(ERRCODE_INVALID_TIME_ZONE_DISPLACEMENT_VALUE),
						   errmsg("time zone displacement out of range for type %s: \"%s\"",
								  TSNS_NAME, str));
			return;
	}
#if PG_VERSION_NUM >= 160000
	DateTimeParseError(dterr, extra, str, TSNS_NAME, fcinfo->context);
#else
	(void) extra;
	DateTimeParseError(dterr, str, TSNS_NAME);
#endif
}
