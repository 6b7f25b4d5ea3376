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
static inline int
width64(uint64_t v)
{
#if defined(__GNUC__)
	return v == 0 ? 1 : (71 - __builtin_clzll(v)) / 8;
#else
	int			n = 1;

	while (n < 8 && (v >> (8 * n)) != 0)
		n++;
	return n;
#endif
}

/*
 * The low n bytes of v, big-endian, as one 8-byte store: the bytes past
 * the n are scratch, which the next write covers or the set's length
 * leaves out (hence FE_KSUID_SET_ENCODE_ROOM)
 */
static inline uint8_t *
put_be(uint8_t *o, uint64_t v, int n)
{
	fe_store_be64(o, v << (64 - 8 * n));
	return o + n;
}

/* n big-endian bytes at p, of which left can be read */
static inline uint64_t
get_be(const uint8_t *p, int n, size_t left)
{
	uint64_t	v = 0;

	if (left >= 8)
		return fe_load_be64(p) >> (64 - 8 * n);
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

void
fe_ksuid_set_writer_init(fe_ksuid_set_writer *w, uint8_t *buf)
{
	memset(w, 0, sizeof(*w));
	w->buf = buf;
}

/* write the pending run, if any */
static void
flush_run(fe_ksuid_set_writer *w)
{
	if (w->run > 0)
	{
		int			n = width64(w->run);
		uint8_t    *o = w->buf + w->len;

		*o++ = (uint8_t) (TAG_RUN | n);
		put_be(o, w->run, n);
		w->len += (size_t) (1 + n);
		w->run = 0;
	}
}

int
fe_ksuid_set_writer_add(fe_ksuid_set_writer *w, const uint8_t *id)
{
	uint8_t    *o = w->buf + w->len;
	uint32_t	t;
	uint64_t	vhi,
				vlo,
				dhi,
				dlo;
	int			c;

	if (!w->started)
	{
		*o++ = TAG_RAW;
		memcpy(o, id, FE_KSUID_BYTES);
		w->len += 1 + FE_KSUID_BYTES;
		w->ts = fe_load_be32(id);
		w->hi = fe_load_be64(id + 4);
		w->lo = fe_load_be64(id + 12);
		w->started = 1;
		return 0;
	}
	t = fe_load_be32(id);
	vhi = fe_load_be64(id + 4);
	vlo = fe_load_be64(id + 12);
	c = t != w->ts ? (t < w->ts ? -1 : 1) :
		vhi != w->hi ? (vhi < w->hi ? -1 : 1) :
		vlo != w->lo ? (vlo < w->lo ? -1 : 1) : 0;
	if (c == 0)
		return 0;				/* a repeat: written once */
	if (c < 0)
		return -1;
	if (t == w->ts)
	{
		dlo = vlo - w->lo;
		dhi = vhi - w->hi - (vlo < w->lo);
		if (dhi == 0 && dlo == 1)
		{
			/* one above the last: the run grows, written when it ends */
			w->run++;
			w->hi = vhi;
			w->lo = vlo;
			return 0;
		}
		flush_run(w);
		o = w->buf + w->len;
		{
			int			n = dhi != 0 ? 8 + width64(dhi) : width64(dlo);
			uint8_t    *o0 = o;

			*o++ = (uint8_t) (TAG_PAYLOAD | n);
			if (n > 8)
				o = put_be(o, dhi, n - 8);
			o = put_be(o, dlo, n > 8 ? 8 : n);
			w->len += (size_t) (o - o0);
		}
	}
	else
	{
		uint32_t	d = t - w->ts;
		int			n = width64(d);

		flush_run(w);
		o = w->buf + w->len;
		*o++ = (uint8_t) (TAG_TIME | n);
		o = put_be(o, d, n);
		memcpy(o, id + 4, FE_KSUID_PAYLOAD);
		w->len += (size_t) (1 + n + FE_KSUID_PAYLOAD);
		w->ts = t;
	}
	w->hi = vhi;
	w->lo = vlo;
	return 0;
}

size_t
fe_ksuid_set_writer_finish(fe_ksuid_set_writer *w)
{
	flush_run(w);
	return w->len;
}

size_t
fe_ksuid_set_encode(const uint8_t *ids, size_t n, uint8_t *out)
{
	fe_ksuid_set_writer w;

	fe_ksuid_set_writer_init(&w, out);
	for (size_t i = 0; i < n; i++)
		if (fe_ksuid_set_writer_add(&w, ids + i * FE_KSUID_BYTES) != 0)
			return SIZE_MAX;
	return fe_ksuid_set_writer_finish(&w);
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
		d = get_be(p, w, left);
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
		dhi = w > 8 ? get_be(p, w - 8, left) : 0;
		dlo = w > 8 ? get_be(p + w - 8, 8, left - (size_t) (w - 8)) : get_be(p, w, left);
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
		m = get_be(p, w, left);
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
