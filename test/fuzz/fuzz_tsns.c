/*
 * fuzz_tsns.c
 *	  libFuzzer target for nanosecond timestamp parsing and formatting.
 *
 * Any input is parsed (no crash, no undefined behaviour, the fast and the
 * scalar parser agree, and a parsed value re-formats and re-parses to the
 * same instant); the first 12 bytes are
 * also taken as an instant and a UTC offset: parse(format(v)) == v.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/core/tsns_codec.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
round_trip(int64_t ns, int32_t gmtoff)
{
	char		buf[FE_TSNS_MAXLEN];
	size_t		n = fe_tsns_format(ns, gmtoff, buf);
	fe_tsns_parsed p;
	int64_t		back;

	if (n > FE_TSNS_MAXLEN ||
		fe_tsns_parse_iso(buf, n, &p) != FE_TSNS_OK || !p.has_offset ||
		p.gmtoff != gmtoff ||
		fe_tsns_from_sec(p.local_sec - p.gmtoff, p.nsec, &back) != 0 || back != ns)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fe_tsns_parsed p,
				q;
	fe_tsns_parse_status st = fe_tsns_parse_iso((const char *) data, size, &p);

	/* the word-at-a-time parser agrees with the scalar one */
	if (st != fe_tsns_parse_iso_scalar((const char *) data, size, &q) ||
		(st == FE_TSNS_OK &&
		 (p.local_sec != q.local_sec || p.nsec != q.nsec || p.has_offset != q.has_offset ||
		  p.gmtoff != q.gmtoff)))
		abort();

	if (st == FE_TSNS_OK)
	{
		/* every fixed digit position of what was accepted holds a digit */
		static const int date_digits[] = {0, 1, 2, 3, 5, 6, 8, 9};
		static const int time_digits[] = {11, 12, 14, 15};
		const char *s = (const char *) data;

		for (size_t k = 0; k < sizeof(date_digits) / sizeof(date_digits[0]); k++)
			if (s[date_digits[k]] < '0' || s[date_digits[k]] > '9')
				abort();
		if (size > 10)
			for (size_t k = 0; k < sizeof(time_digits) / sizeof(time_digits[0]); k++)
				if (s[time_digits[k]] < '0' || s[time_digits[k]] > '9')
					abort();
		if (size > 16 && s[16] == ':' && (s[17] < '0' || s[17] > '9' || s[18] < '0' || s[18] > '9'))
			abort();

		int64_t		ns;

		if (p.nsec < 0 || p.nsec > FE_NS_PER_SEC)
			abort();
		if (fe_tsns_from_sec(p.local_sec - p.gmtoff, p.nsec, &ns) == 0)
			round_trip(ns, p.gmtoff);
	}

	if (size >= 12)
	{
		int64_t		ns;
		int32_t		off;

		memcpy(&ns, data, 8);
		memcpy(&off, data + 8, 4);
		off %= 57600;			/* offsets PostgreSQL accepts: under 16 hours */
		if (ns != FE_TSNS_NOBEGIN && ns != FE_TSNS_NOEND)
			round_trip(ns, off);
	}
	return 0;
}
