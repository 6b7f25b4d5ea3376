/*
 * tsns_to_char.c
 *	  The format rewriting behind to_char(timestamptz_ns) (tsns_to_char.h).
 */
#include "tsns_to_char.h"

#include <stdio.h>
#include <string.h>

size_t
fe_tochar_rewrite_ff(const char *f, size_t len, const char *digits, char *out)
{
	int			inquote = 0;
	size_t		copied = 0,
				n = 0;
	int			any = 0;

	for (size_t i = 0; i < len; i++)
	{
		char		c = f[i];

		if (inquote)
		{
			if (c == '\\' && i + 1 < len)
				i++;
			else if (c == '"')
				inquote = 0;
			continue;
		}
		if (c == '\\' && i + 1 < len && f[i + 1] == '"')
		{
			i++;
			continue;
		}
		if (c == '"')
		{
			inquote = 1;
			continue;
		}
		if ((c == 'F' || c == 'f') && i + 2 < len && (f[i + 1] == 'F' || f[i + 1] == 'f') &&
			f[i + 2] >= '7' && f[i + 2] <= '9' &&
			!(i > 0 && (f[i - 1] == 'O' || f[i - 1] == 'o')))
		{
			int			extra = f[i + 2] - '6';	/* digits past the sixth */

			any = 1;
			memcpy(out + n, f + copied, i - copied);
			n += i - copied;
			out[n++] = f[i];	/* FF or ff, as written */
			out[n++] = f[i + 1];
			out[n++] = '6';
			out[n++] = '"';
			for (int k = 0; k < extra; k++)
				out[n++] = digits ? digits[k] : (char) (1 + k);
			out[n++] = '"';
			i += 2;
			copied = i + 1;
		}
	}
	if (!any)
		return 0;
	memcpy(out + n, f + copied, len - copied);
	return n + len - copied;
}

int
fe_tochar_zone(const char *f, size_t len, int32_t gmtoff, char *out, size_t *outlen)
{
	int			inquote = 0;
	int			any = 0;
	char		sign = gmtoff >= 0 ? '+' : '-';
	int32_t		a = gmtoff >= 0 ? gmtoff : -gmtoff;
	size_t		n = 0;

	for (size_t i = 0; i < len; i++)
	{
		char		c = f[i];
		size_t		klen = 0;
		int			fm = 0;

		if (inquote)
		{
			if (c == '\\' && i + 1 < len)
			{
				if (out)
					out[n++] = c;
				c = f[++i];
			}
			else if (c == '"')
				inquote = 0;
		}
		else if (c == '\\' && i + 1 < len && f[i + 1] == '"')
		{
			if (out)
				out[n++] = c;
			c = f[++i];
		}
		else if (c == '"')
			inquote = 1;
		else if (len - i >= 4 && memcmp(f + i, "FMOF", 4) == 0)
			klen = 4, fm = 1;
		else if (len - i >= 3 && (memcmp(f + i, "TZH", 3) == 0 || memcmp(f + i, "TZM", 3) == 0))
			klen = 3;
		else if (len - i >= 2 && memcmp(f + i, "OF", 2) == 0)
			klen = 2;
		else if (i + 1 < len && (((c | 0x20) == 't' && (f[i + 1] | 0x20) == 'z') ||
								 ((c | 0x20) == 'o' && (f[i + 1] | 0x20) == 'f')))
			return FE_TOCHAR_ZONE_CORE;

		if (klen == 0)
		{
			if (out)
				out[n++] = c;
			continue;
		}
		/* a suffix after the field (TH, th, SP): PostgreSQL's business */
		if (len - (i + klen) >= 2 &&
			(memcmp(f + i + klen, "TH", 2) == 0 || memcmp(f + i + klen, "th", 2) == 0 ||
			 memcmp(f + i + klen, "SP", 2) == 0 || memcmp(f + i + klen, "sp", 2) == 0))
			return FE_TOCHAR_ZONE_CORE;
		any = 1;
		if (out)
		{
			/* as PostgreSQL prints them: a sign, digits and a colon */
			char		tmp[16];
			int			t;

			if (f[i + klen - 1] == 'H')
				t = snprintf(tmp, sizeof(tmp), "%c%02d", sign, (int) (a / 3600));
			else if (f[i + klen - 1] == 'M')
				t = snprintf(tmp, sizeof(tmp), "%02d", (int) (a % 3600 / 60));
			else if (a % 3600 != 0)
				t = snprintf(tmp, sizeof(tmp), "%c%0*d:%02d", sign, fm ? 0 : 2,
							 (int) (a / 3600), (int) (a % 3600 / 60));
			else
				t = snprintf(tmp, sizeof(tmp), "%c%0*d", sign, fm ? 0 : 2, (int) (a / 3600));

			/*
			 * In double quotes, so that the digits cannot join a pattern
			 * before them (FFTZM is not FF5), but after a backslash, which
			 * would make the quote a literal one: there bare, as nothing
			 * joins a backslash
			 */
			if (n > 0 && out[n - 1] == '\\')
			{
				memcpy(out + n, tmp, (size_t) t);
				n += (size_t) t;
			}
			else
			{
				out[n++] = '"';
				memcpy(out + n, tmp, (size_t) t);
				n += (size_t) t;
				out[n++] = '"';
			}
		}
		i += klen - 1;
	}
	if (out)
		*outlen = n;
	return any ? FE_TOCHAR_ZONE_OFFSET : FE_TOCHAR_ZONE_NONE;
}
