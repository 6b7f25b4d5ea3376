/*
 * tsns_parse.h
 *	  The bridge to PostgreSQL's date/time parser (tsns_parse.c).
 */
#ifndef FE_TSNS_PARSE_H
#define FE_TSNS_PARSE_H

#include "tsns.h"

/*
 * A parse error: core's SQLSTATE and wording, naming this type where core's
 * message names none (a field or an offset out of range); soft where the
 * server has soft errors (tsns_parse.c)
 */
#if PG_VERSION_NUM >= 160000
extern void tsns_parse_error(int dterr, DateTimeErrorExtra *extra, const char *str,
							 FunctionCallInfo fcinfo);
#define parse_error(dterr, extra, str, fcinfo) tsns_parse_error(dterr, extra, str, fcinfo)
#else
extern void tsns_parse_error(int dterr, void *extra, const char *str, FunctionCallInfo fcinfo);
#define parse_error(dterr, extra, str, fcinfo) tsns_parse_error(dterr, NULL, str, fcinfo)
#endif

/* Every input form timestamptz accepts, through PostgreSQL's parser (tsns_parse.c) */
extern Datum tsns_parse_general(char *str, FunctionCallInfo fcinfo);

#endif							/* FE_TSNS_PARSE_H */
