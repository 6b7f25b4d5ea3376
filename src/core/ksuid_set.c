/*
 * ksuid_set.c
 *	  segmentio/ksuid's CompressedSet: encoder, iterator and count.
 *
 * Payloads are 128-bit numbers kept as two 64-bit halves (hi, lo), so the
 * code is the same with or without a compiler's 128-bit integers.
 */
#include "ksuid_set.h"

#include <string.h>

#include "fe_bits.h"

#define TAG_RAW		0x00
#define TAG_TIME	0x40
#define TAG_PAYLOAD 0x80
#define TAG_RUN		0xC0
#define TAG_MASK	0xC0

/* bytes needed for v big-endian, at least one (Go's varintLength64) */
static int
width64(uint64_t v)
{
	int			n = 1;

	while (n < 8 && (v >> (8 * n)) != 0)
		n++;
	return n;
}

/* the low n bytes of v, big-endian */
static uint8_t *
put_be(uint8_t *o, uint64_t v, int n)
{
	for (int i = n - 1; i >= 0; i--)
		*o++ = (uint8_t) (v >> (8 * i));
	return o;
}

static uint64_t
get_be(const uint8_t *p, int n)
{
	uint64_t	v = 0;

	for (int i = 0; i < n; i++)
		v = v << 8 | p[i];
	return v;
}

/* *hi:*lo += bhi:blo; returns the carry out of 128 bits */
static int
add128(uint64_t *hi, uint64_t *lo, uint64_t bhi, uint64_t blo)
{
	uint64_t	l = *lo + blo;
	uint64_t	c = l < blo;
	uint64_t	h = *hi + bhi;
	int			carry = h < bhi;

	h += c;
	carry |= h < c;
	*hi = h;
	*lo = l;
	return carry;
}

size_t
fe_ksuid_set_encode(const uint8_t *ids, size_t n, uint8_t *out)
{
	uint8_t    *o = out;
	const uint8_t *last;
	uint32_t	ts;
	uint64_t	hi,
				lo;

	if (n == 0)
		return 0;
	*o++ = TAG_RAW;
	memcpy(o, ids, FE_KSUID_BYTES);
	o += FE_KSUID_BYTES;
	last = ids;
	ts = fe_load_be32(ids);
	hi = fe_load_be64(ids + 4);
	lo = fe_load_be64(ids + 12);

	for (size_t i = 1; i < n; i++)
	{
		const uint8_t *id = ids + i * FE_KSUID_BYTES;
		int			c = fe_ksuid_cmp(id, last);
		uint32_t	t;
		uint64_t	vhi,
					vlo,
					dhi,
					dlo;

		if (c == 0)
			continue;
		if (c < 0)
			return SIZE_MAX;
		t = fe_load_be32(id);
		vhi = fe_load_be64(id + 4);
		vlo = fe_load_be64(id + 12);
		if (t != ts)
		{
			uint32_t	d = t - ts;
			int			w = width64(d);

			*o++ = (uint8_t) (TAG_TIME | w);
			o = put_be(o, d, w);
			memcpy(o, id + 4, FE_KSUID_PAYLOAD);
			o += FE_KSUID_PAYLOAD;
			ts = t;
		}
		else
		{
			dlo = vlo - lo;
			dhi = vhi - hi - (vlo < lo);
			if (dhi != 0 || dlo != 1)
			{
				int			w = dhi != 0 ? 8 + width64(dhi) : width64(dlo);

				*o++ = (uint8_t) (TAG_PAYLOAD | w);
				if (w > 8)
					o = put_be(o, dhi, w - 8);
				o = put_be(o, dlo, w > 8 ? 8 : w);
			}
			else
			{
				/* a run: how many more follow, each one above the last */
				uint64_t	m = 1;
				size_t		j;
				int			w;

				for (j = i + 1; j < n; j++)
				{
					const uint8_t *nx = ids + j * FE_KSUID_BYTES;
					uint64_t	nhi,
								nlo;

					c = fe_ksuid_cmp(nx, id);
					if (c == 0)
						continue;
					if (c < 0)
						return SIZE_MAX;
					if (fe_load_be32(nx) != t)
						break;
					nhi = fe_load_be64(nx + 4);
					nlo = fe_load_be64(nx + 12);
					if (!(nhi == vhi + (vlo == UINT64_MAX) && nlo == vlo + 1))
						break;
					m++;
					id = nx;
					vhi = nhi;
					vlo = nlo;
				}
				w = width64(m);
				*o++ = (uint8_t) (TAG_RUN | w);
				o = put_be(o, m, w);
				i = j - 1;
			}
		}
		last = id;
		hi = vhi;
		lo = vlo;
	}
	return (size_t) (o - out);
}

typedef struct sort_item
{
	uint64_t	key;			/* the first 8 bytes, big-endian */
	uint64_t	idx;			/* where the ID is */
} sort_item;

static int
cmp_tie(const uint8_t *ids, const sort_item *a, const sort_item *b)
{
	return fe_ksuid_cmp(ids + a->idx * FE_KSUID_BYTES, ids + b->idx * FE_KSUID_BYTES);
}

/* a heap sort of the items of equal keys by all 20 bytes: no allocation */
static void
sort_ties(const uint8_t *ids, sort_item *v, size_t n)
{
	sort_item	t;

	for (size_t k = n / 2; k-- > 0;)
	{
		for (size_t i = k, c; (c = 2 * i + 1) < n; i = c)
		{
			if (c + 1 < n && cmp_tie(ids, &v[c], &v[c + 1]) < 0)
				c++;
			if (cmp_tie(ids, &v[i], &v[c]) >= 0)
				break;
			t = v[i], v[i] = v[c], v[c] = t;
		}
	}
	for (size_t end = n; end-- > 1;)
	{
		t = v[0], v[0] = v[end], v[end] = t;
		for (size_t i = 0, c; (c = 2 * i + 1) < end; i = c)
		{
			if (c + 1 < end && cmp_tie(ids, &v[c], &v[c + 1]) < 0)
				c++;
			if (cmp_tie(ids, &v[i], &v[c]) >= 0)
				break;
			t = v[i], v[i] = v[c], v[c] = t;
		}
	}
}

void
fe_ksuid_sort(uint8_t *ids, size_t n, void *scratch)
{
	sort_item  *a = scratch,
			   *b = a + n,
			   *t;
	uint8_t    *out = (uint8_t *) (b + n);
	size_t		count[256];

	for (size_t i = 0; i < n; i++)
	{
		a[i].key = fe_load_be64(ids + i * FE_KSUID_BYTES);
		a[i].idx = i;
	}
	/* least significant byte first, stable; a byte all keys share is skipped */
	for (int shift = 0; shift < 64; shift += 8)
	{
		size_t		pos = 0;
		int			one_bucket = 0;

		memset(count, 0, sizeof(count));
		for (size_t i = 0; i < n; i++)
			count[(a[i].key >> shift) & 0xff]++;
		for (int d = 0; d < 256; d++)
		{
			size_t		c = count[d];

			if (c == n)
				one_bucket = 1;
			count[d] = pos;
			pos += c;
		}
		if (one_bucket)
			continue;
		for (size_t i = 0; i < n; i++)
			b[count[(a[i].key >> shift) & 0xff]++] = a[i];
		t = a;
		a = b;
		b = t;
	}
	/* equal first 8 bytes: by all 20 */
	for (size_t i = 0; i < n;)
	{
		size_t		j = i + 1;

		while (j < n && a[j].key == a[i].key)
			j++;
		if (j - i > 1)
			sort_ties(ids, a + i, j - i);
		i = j;
	}
	for (size_t i = 0; i < n; i++)
		memcpy(out + i * FE_KSUID_BYTES, ids + a[i].idx * FE_KSUID_BYTES, FE_KSUID_BYTES);
	memcpy(ids, out, n * FE_KSUID_BYTES);
}

void
fe_ksuid_set_iter_init(fe_ksuid_set_iter *it, const uint8_t *set, size_t len)
{
	memset(it, 0, sizeof(*it));
	it->p = it->start = it->item = set;
	it->end = set + len;
}

static void
current(const fe_ksuid_set_iter *it, uint8_t id[FE_KSUID_BYTES])
{
	fe_store_be32(id, it->ts);
	fe_store_be64(id + 4, it->hi);
	fe_store_be64(id + 12, it->lo);
}

/*
 * Read the item at it->p: afterwards the state is its first ID, and
 * it->run the IDs of a run after that one.
 */
static fe_ksuid_set_status
read_item(fe_ksuid_set_iter *it)
{
	const uint8_t *p = it->p;
	size_t		left;
	int			tag,
				w;

	it->item = p;
	tag = *p & TAG_MASK;
	w = *p & ~TAG_MASK;
	p++;
	left = (size_t) (it->end - p);
	if (tag == TAG_RAW)
	{
		if (w != 0)
			return FE_KSUID_SET_BAD_WIDTH;
		if (left < FE_KSUID_BYTES)
			return FE_KSUID_SET_TRUNCATED;
		it->ts = fe_load_be32(p);
		it->hi = fe_load_be64(p + 4);
		it->lo = fe_load_be64(p + 12);
		it->p = p + FE_KSUID_BYTES;
		it->started = 1;
		return FE_KSUID_SET_ID;
	}
	if (!it->started)
		return FE_KSUID_SET_NO_START;
	if (tag == TAG_TIME)
	{
		uint64_t	d,
					t;

		if (w < 1 || w > 4)
			return FE_KSUID_SET_BAD_WIDTH;
		if (left < (size_t) w + FE_KSUID_PAYLOAD)
			return FE_KSUID_SET_TRUNCATED;
		d = get_be(p, w);
		t = (uint64_t) it->ts + d;
		if (d == 0 || t > UINT32_MAX)
			return FE_KSUID_SET_NOT_ASCENDING;
		it->ts = (uint32_t) t;
		it->hi = fe_load_be64(p + w);
		it->lo = fe_load_be64(p + w + 8);
		it->p = p + w + FE_KSUID_PAYLOAD;
		return FE_KSUID_SET_ID;
	}
	if (tag == TAG_PAYLOAD)
	{
		uint64_t	dhi,
					dlo;

		if (w < 1 || w > 16)
			return FE_KSUID_SET_BAD_WIDTH;
		if (left < (size_t) w)
			return FE_KSUID_SET_TRUNCATED;
		dhi = w > 8 ? get_be(p, w - 8) : 0;
		dlo = get_be(p + (w > 8 ? w - 8 : 0), w > 8 ? 8 : w);
		if ((dhi == 0 && dlo == 0) || add128(&it->hi, &it->lo, dhi, dlo))
			return FE_KSUID_SET_NOT_ASCENDING;
		it->p = p + w;
		return FE_KSUID_SET_ID;
	}
	/* a run of m: all of it must fit below the largest payload */
	{
		uint64_t	m,
					hi = it->hi,
					lo = it->lo;

		if (w < 1 || w > 8)
			return FE_KSUID_SET_BAD_WIDTH;
		if (left < (size_t) w)
			return FE_KSUID_SET_TRUNCATED;
		m = get_be(p, w);
		if (m == 0)
			return FE_KSUID_SET_EMPTY_RUN;
		if (add128(&hi, &lo, 0, m))
			return FE_KSUID_SET_NOT_ASCENDING;
		add128(&it->hi, &it->lo, 0, 1);
		it->run = m - 1;
		it->p = p + w;
		return FE_KSUID_SET_ID;
	}
}

fe_ksuid_set_status
fe_ksuid_set_next(fe_ksuid_set_iter *it, uint8_t id[FE_KSUID_BYTES])
{
	fe_ksuid_set_status st;

	if (it->run > 0)
	{
		/* read_item checked that the whole run fits */
		add128(&it->hi, &it->lo, 0, 1);
		it->run--;
		current(it, id);
		return FE_KSUID_SET_ID;
	}
	if (it->p == it->end)
		return FE_KSUID_SET_END;
	st = read_item(it);
	if (st == FE_KSUID_SET_ID)
		current(it, id);
	return st;
}

fe_ksuid_set_status
fe_ksuid_set_count(const uint8_t *set, size_t len, uint64_t *count,
				   size_t *error_offset)
{
	fe_ksuid_set_iter it;
	uint64_t	n = 0;

	fe_ksuid_set_iter_init(&it, set, len);
	while (it.p != it.end)
	{
		fe_ksuid_set_status st = read_item(&it);

		if (st != FE_KSUID_SET_ID)
		{
			*error_offset = fe_ksuid_set_error_offset(&it);
			return st;
		}
		/* n + 1 + run, within the limit and without overflow */
		if (n >= FE_KSUID_SET_MAX_COUNT || it.run > FE_KSUID_SET_MAX_COUNT - 1 - n)
		{
			*error_offset = fe_ksuid_set_error_offset(&it);
			return FE_KSUID_SET_TOO_MANY;
		}
		n += 1 + it.run;
		add128(&it.hi, &it.lo, 0, it.run);
		it.run = 0;
	}
	*count = n;
	return FE_KSUID_SET_END;
}

const char *
fe_ksuid_set_strerror(fe_ksuid_set_status st)
{
	switch (st)
	{
		case FE_KSUID_SET_TRUNCATED:
			return "the item runs past the end of the set";
		case FE_KSUID_SET_NO_START:
			return "a set starts with a whole KSUID (tag 0x00)";
		case FE_KSUID_SET_BAD_WIDTH:
			return "the tag's byte count is out of range";
		case FE_KSUID_SET_NOT_ASCENDING:
			return "the step is zero or goes past the largest KSUID";
		case FE_KSUID_SET_EMPTY_RUN:
			return "a run of zero KSUIDs";
		case FE_KSUID_SET_TOO_MANY:
			return "the set holds more than 2^63 - 1 KSUIDs";
		default:
			return "no error";
	}
}
