/*
 * fastevent.h
 *	  What the fmgr glue files share.
 */
#ifndef FASTEVENT_H
#define FASTEVENT_H

#include "postgres.h"

#include "fmgr.h"
#if PG_VERSION_NUM >= 160000
#include "varatt.h"				/* VARDATA_ANY and friends moved here in 16 */
#endif

/*
 * Report a soft error where the caller asked for one (PostgreSQL 16 and
 * later: pg_input_is_valid(), COPY ... ON_ERROR) and return NULL; before
 * 16, and for every other caller, raise it.
 */
#if PG_VERSION_NUM >= 160000
#define fe_input_error(fcinfo, ...) \
	ereturn((fcinfo)->context, (Datum) 0, __VA_ARGS__)
#else
#define fe_input_error(fcinfo, ...) \
	do { \
		ereport(ERROR, __VA_ARGS__); \
		pg_unreachable(); \
	} while (0)
#endif

/* For error-raising helpers (placed before the return type) */
#if defined(__GNUC__) || defined(__clang__)
#define FE_NORETURN __attribute__((noreturn))
#else
#define FE_NORETURN
#endif

/* Fill buf with n bytes from a cryptographically secure source. */
extern void fe_strong_random(void *buf, size_t n);

#endif							/* FASTEVENT_H */
