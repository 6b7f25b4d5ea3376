/*
 * fuzz_ksuid.c
 *	  libFuzzer target for the KSUID codec.
 *
 * Any input is tried as text: it must decode exactly as the slow reference
 * decodes it, and an accepted string must re-encode to itself.  The first
 * 20 bytes are also taken as an ID: encode must match the reference and
 * decode(encode(x)) must give x back.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/core/ksuid_codec.h"
#include "../common/ref_ksuid.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t		id[FE_KSUID_BYTES],
				ref[FE_KSUID_BYTES];
	char		text[FE_KSUID_CHARS],
				slow[FE_KSUID_CHARS];
	int			ok;

	/* text: the fast decoder agrees with the reference */
	ok = fe_ksuid_decode((const char *) data, size, id) == FE_KSUID_OK;
	if (ok != (ref_ksuid_decode((const char *) data, size, ref) == 0))
		abort();
	if (ok)
	{
		if (memcmp(id, ref, FE_KSUID_BYTES) != 0)
			abort();
		fe_ksuid_encode(id, text);
		if (memcmp(text, data, FE_KSUID_CHARS) != 0)
			abort();
	}

	/* bytes: encode matches the reference and round-trips */
	if (size >= FE_KSUID_BYTES)
	{
		fe_ksuid_encode(data, text);
		ref_ksuid_encode(data, slow);
		if (memcmp(text, slow, FE_KSUID_CHARS) != 0)
			abort();
		if (fe_ksuid_decode(text, FE_KSUID_CHARS, id) != FE_KSUID_OK ||
			memcmp(id, data, FE_KSUID_BYTES) != 0)
			abort();
	}
	return 0;
}
