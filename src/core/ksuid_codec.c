/*
 * ksuid_codec.c
 *	  Base62 text form of KSUIDs, without hardware division.
 *
 * Encoding splits the 160-bit number into three base-62^10 "super digits"
 * (7, 10 and 10 characters): two long divisions by 62^10 on 64-bit limbs,
 * each limb step a multiplication by a precomputed reciprocal (Moller and
 * Granlund, "Improved division by invariant integers", 2011).  Each super
 * digit then becomes characters through divisions by small constants, which
 * compilers also turn into multiplications, and a table of 62*62 character
 * pairs.
 *
 * Decoding reads the same three groups, one table load and one addition per
 * character (no multiplication chain), and recombines them with three
 * 64x64->128 multiplies.
 */
#include "ksuid_codec.h"

#include <string.h>

#include "fe_bits.h"

/* 62^5 and 62^10 */
#define B62_POW5	UINT64_C(916132832)
#define B62_POW10	UINT64_C(0x0ba5ca5392cb0400)

/*
 * Long division by 62^10 works on the divisor shifted left by 4 bits, so
 * that its top bit is set, with reciprocal floor((2^128 - 1) / d) - 2^64.
 */
#define DIV_SHIFT	4
#define DIV_NORM	UINT64_C(0xba5ca5392cb04000)
#define DIV_RECIP	UINT64_C(0x5fa8ed2f450272a5)

/*
 * Decoding adds, for each character, its digit value times 62^k for its
 * place k within its group, read from one table per place.  A byte outside
 * the alphabet adds 2^60: a group of valid digits stays below 62^10 < 2^60,
 * so any such byte shows in bits 60-63 of the sum (at most 10 of them in a
 * group cannot carry out of 64 bits).
 */
#define BAD			0xff
#define INVALID		(UINT64_C(1) << 60)

/* Digit value of each byte, or BAD. */
#define B62_BYTES(F) \
	F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) \
	F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) \
	F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) \
	F(0) F(1) F(2) F(3) F(4) F(5) F(6) F(7) F(8) F(9) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) \
	F(BAD) F(10) F(11) F(12) F(13) F(14) F(15) F(16) F(17) F(18) F(19) F(20) F(21) F(22) F(23) F(24) \
	F(25) F(26) F(27) F(28) F(29) F(30) F(31) F(32) F(33) F(34) F(35) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) \
	F(BAD) F(36) F(37) F(38) F(39) F(40) F(41) F(42) F(43) F(44) F(45) F(46) F(47) F(48) F(49) F(50) \
	F(51) F(52) F(53) F(54) F(55) F(56) F(57) F(58) F(59) F(60) F(61) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) \
	F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) \
	F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) \
	F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) \
	F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) \
	F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) \
	F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) \
	F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) \
	F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD) F(BAD)

#define PLACE(v, p)	((v) == BAD ? INVALID : (uint64_t) (v) * (p)),
#define PLACE0(v)	PLACE(v, UINT64_C(1))
#define PLACE1(v)	PLACE(v, UINT64_C(62))
#define PLACE2(v)	PLACE(v, UINT64_C(3844))
#define PLACE3(v)	PLACE(v, UINT64_C(238328))
#define PLACE4(v)	PLACE(v, UINT64_C(14776336))
#define PLACE5(v)	PLACE(v, UINT64_C(916132832))
#define PLACE6(v)	PLACE(v, UINT64_C(56800235584))
#define PLACE7(v)	PLACE(v, UINT64_C(3521614606208))
#define PLACE8(v)	PLACE(v, UINT64_C(218340105584896))
#define PLACE9(v)	PLACE(v, UINT64_C(13537086546263552))

static const uint64_t b62_place[10][256] = {
	{B62_BYTES(PLACE0)}, {B62_BYTES(PLACE1)}, {B62_BYTES(PLACE2)},
	{B62_BYTES(PLACE3)}, {B62_BYTES(PLACE4)}, {B62_BYTES(PLACE5)},
	{B62_BYTES(PLACE6)}, {B62_BYTES(PLACE7)}, {B62_BYTES(PLACE8)},
	{B62_BYTES(PLACE9)}
};

/* All 3844 two-character strings "00" .. "zz", in order of value. */
#define B62_ROW(c) \
	c "0" c "1" c "2" c "3" c "4" c "5" c "6" c "7" c "8" c "9" c "A" c "B" c "C" c "D" c "E" c "F" \
	c "G" c "H" c "I" c "J" c "K" c "L" c "M" c "N" c "O" c "P" c "Q" c "R" c "S" c "T" c "U" c "V" \
	c "W" c "X" c "Y" c "Z" c "a" c "b" c "c" c "d" c "e" c "f" c "g" c "h" c "i" c "j" c "k" c "l" \
	c "m" c "n" c "o" c "p" c "q" c "r" c "s" c "t" c "u" c "v" c "w" c "x" c "y" c "z"

static const char b62_pairs[2 * 62 * 62 + 1] =
	B62_ROW("0") B62_ROW("1") B62_ROW("2") B62_ROW("3") B62_ROW("4") B62_ROW("5") B62_ROW("6")
	B62_ROW("7") B62_ROW("8") B62_ROW("9") B62_ROW("A") B62_ROW("B") B62_ROW("C") B62_ROW("D")
	B62_ROW("E") B62_ROW("F") B62_ROW("G") B62_ROW("H") B62_ROW("I") B62_ROW("J") B62_ROW("K")
	B62_ROW("L") B62_ROW("M") B62_ROW("N") B62_ROW("O") B62_ROW("P") B62_ROW("Q") B62_ROW("R")
	B62_ROW("S") B62_ROW("T") B62_ROW("U") B62_ROW("V") B62_ROW("W") B62_ROW("X") B62_ROW("Y")
	B62_ROW("Z") B62_ROW("a") B62_ROW("b") B62_ROW("c") B62_ROW("d") B62_ROW("e") B62_ROW("f")
	B62_ROW("g") B62_ROW("h") B62_ROW("i") B62_ROW("j") B62_ROW("k") B62_ROW("l") B62_ROW("m")
	B62_ROW("n") B62_ROW("o") B62_ROW("p") B62_ROW("q") B62_ROW("r") B62_ROW("s") B62_ROW("t")
	B62_ROW("u") B62_ROW("v") B62_ROW("w") B62_ROW("x") B62_ROW("y") B62_ROW("z");

static const char b62_digits[] =
	"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/*
 * Divide <hi, lo> by DIV_NORM, given hi < DIV_NORM.  Returns the quotient
 * and stores the remainder.
 */
static inline uint64_t
div_step(uint64_t hi, uint64_t lo, uint64_t *rem)
{
	uint64_t	q0;
	uint64_t	q1 = fe_mul64(DIV_RECIP, hi, &q0);
	uint64_t	r;

	q0 += lo;
	q1 += hi + 1 + (q0 < lo);
	r = lo - q1 * DIV_NORM;
	if (r > q0)
	{
		q1--;
		r += DIV_NORM;
	}
	if (r >= DIV_NORM)			/* rare */
	{
		q1++;
		r -= DIV_NORM;
	}
	*rem = r;
	return q1;
}

/* Write x < 62^5 as five characters. */
static inline void
put5(char *p, uint32_t x)
{
	uint32_t	a = x / 3844;
	uint32_t	b = a / 3844;

	p[0] = b62_digits[b];
	memcpy(p + 1, b62_pairs + 2 * (a - b * 3844), 2);
	memcpy(p + 3, b62_pairs + 2 * (x - a * 3844), 2);
}

/* Write x < 62^10 as ten characters. */
static inline void
put10(char *p, uint64_t x)
{
	uint64_t	hi = x / B62_POW5;

	put5(p, (uint32_t) hi);
	put5(p + 5, (uint32_t) (x - hi * B62_POW5));
}

void
fe_ksuid_encode(const uint8_t id[FE_KSUID_BYTES], char out[FE_KSUID_CHARS])
{
	uint64_t	n2 = fe_load_be32(id);
	uint64_t	n1 = fe_load_be64(id + 4);
	uint64_t	n0 = fe_load_be64(id + 12);
	uint64_t	q1,
				q0,
				r,
				top,
				mid,
				low;

	/* N << 4 is <n2', n1', n0'>, and n2' < 2^36 needs no step of its own */
	q1 = div_step((n2 << DIV_SHIFT) | (n1 >> 60),
				  (n1 << DIV_SHIFT) | (n0 >> 60), &r);
	q0 = div_step(r, n0 << DIV_SHIFT, &r);
	low = r >> DIV_SHIFT;

	/* quotient <q1, q0> < 2^101, so q1 < 2^37 and again one step will do */
	top = div_step((q1 << DIV_SHIFT) | (q0 >> 60), q0 << DIV_SHIFT, &r);
	mid = r >> DIV_SHIFT;

	/* top < 62^7: two characters, then five */
	{
		uint64_t	hi = top / B62_POW5;

		memcpy(out, b62_pairs + 2 * hi, 2);
		put5(out + 2, (uint32_t) (top - hi * B62_POW5));
	}
	put10(out + 7, mid);
	put10(out + 17, low);
}

#define P(k, i)		b62_place[k][s[i]]

/* Value of 7 base-62 characters at s, or >= 2^60 if one is not base 62 */
static inline uint64_t
get7(const uint8_t *s)
{
	return P(6, 0) + P(5, 1) + P(4, 2) + P(3, 3) + P(2, 4) + P(1, 5) + P(0, 6);
}

/* Value of 10 base-62 characters at s, or >= 2^60 if one is not base 62 */
static inline uint64_t
get10(const uint8_t *s)
{
	return P(9, 0) + P(8, 1) + P(7, 2) + P(6, 3) + P(5, 4) +
		P(4, 5) + P(3, 6) + P(2, 7) + P(1, 8) + P(0, 9);
}

#undef P

fe_ksuid_status
fe_ksuid_decode(const char *s, size_t len, uint8_t id[FE_KSUID_BYTES])
{
	const uint8_t *u = (const uint8_t *) s;
	uint64_t	top,
				mid,
				low,
				a1,
				a0,
				p1,
				p0,
				h1,
				h0,
				n0,
				n1,
				n2;

	if (len != FE_KSUID_CHARS)
		return FE_KSUID_BAD_LENGTH;

	top = get7(u);
	mid = get10(u + 7);
	low = get10(u + 17);
	if ((top | mid | low) >> 60)
		return FE_KSUID_BAD_CHAR;

	/* <a1, a0> = top * 62^10 + mid, below 2^102 */
	a1 = fe_mul64(top, B62_POW10, &a0);
	a0 += mid;
	a1 += (a0 < mid);

	/* <n2, n1, n0> = <a1, a0> * 62^10 + low, below 2^161 */
	p1 = fe_mul64(a0, B62_POW10, &p0);
	h1 = fe_mul64(a1, B62_POW10, &h0);
	n0 = p0 + low;
	n1 = p1 + (n0 < low);		/* p1 < 2^64 - 1, so this cannot wrap */
	n1 += h0;
	n2 = h1 + (n1 < h0);

	if (n2 >> 32)
		return FE_KSUID_OVERFLOW;

	fe_store_be32(id, (uint32_t) n2);
	fe_store_be64(id + 4, n1);
	fe_store_be64(id + 12, n0);
	return FE_KSUID_OK;
}

void
fe_ksuid_next(uint8_t id[FE_KSUID_BYTES])
{
	for (int i = FE_KSUID_BYTES - 1; i >= 0; i--)
		if (++id[i] != 0)
			break;
}

void
fe_ksuid_prev(uint8_t id[FE_KSUID_BYTES])
{
	for (int i = FE_KSUID_BYTES - 1; i >= 0; i--)
		if (id[i]-- != 0)
			break;
}

int
fe_ksuid_add(uint8_t id[FE_KSUID_BYTES], uint64_t inc)
{
	uint64_t	n0 = fe_load_be64(id + 12);
	uint64_t	n1 = fe_load_be64(id + 4);
	uint32_t	n2 = fe_load_be32(id);
	uint64_t	s0 = n0 + inc;

	if (s0 < inc && ++n1 == 0 && ++n2 == 0)
		return 1;
	fe_store_be32(id, n2);
	fe_store_be64(id + 4, n1);
	fe_store_be64(id + 12, s0);
	return 0;
}
