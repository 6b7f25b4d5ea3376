/*
 * ref_ksuid.h
 *	  Slow, obviously correct base62 for KSUIDs: schoolbook division and
 *	  multiplication by 62 one byte at a time.  Tests and fuzz targets
 *	  compare the fast codec against it.
 */
#ifndef REF_KSUID_H
#define REF_KSUID_H

#include <stdint.h>
#include <string.h>

static const char ref_alphabet[] =
	"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

static void
ref_ksuid_encode(const uint8_t id[20], char out[27])
{
	uint8_t		n[20];

	memcpy(n, id, 20);
	for (int pos = 26; pos >= 0; pos--)
	{
		unsigned	rem = 0;

		for (int i = 0; i < 20; i++)
		{
			unsigned	cur = (rem << 8) | n[i];

			n[i] = (uint8_t) (cur / 62);
			rem = cur % 62;
		}
		out[pos] = ref_alphabet[rem];
	}
}

/* 0 if s is 27 base62 characters whose value fits 160 bits, else -1. */
static int
ref_ksuid_decode(const char *s, size_t len, uint8_t id[20])
{
	uint8_t		n[21] = {0};

	if (len != 27)
		return -1;
	for (size_t k = 0; k < len; k++)
	{
		const char *hit = s[k] ? strchr(ref_alphabet, s[k]) : NULL;
		unsigned	carry;

		if (hit == NULL)
			return -1;
		carry = (unsigned) (hit - ref_alphabet);
		for (int i = 20; i >= 0; i--)
		{
			unsigned	cur = n[i] * 62u + carry;

			n[i] = (uint8_t) cur;
			carry = cur >> 8;
		}
		if (carry || n[0])
			return -1;
	}
	memcpy(id, n + 1, 20);
	return 0;
}

#endif
