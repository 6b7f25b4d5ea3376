/*
 * fastevent.c
 *	  Module magic and the per-backend block of strong random bytes.
 */
#include "fastevent.h"

#include "miscadmin.h"

PG_MODULE_MAGIC;

/*
 * pg_strong_random() costs about ten times more per call than copying from
 * a buffer, so draw it a block at a time.  The block belongs to the process
 * that filled it: after fork() (a preloaded library, a parallel worker) the
 * child sees another MyProcPid and refills, so two backends never hand out
 * the same bytes.  Handed-out bytes are wiped at once.
 */
#define RANDOM_BLOCK 1024

static uint8 random_block[RANDOM_BLOCK];
static size_t random_used = RANDOM_BLOCK;
static int	random_owner = 0;

void
fe_strong_random(void *buf, size_t n)
{
	Assert(n <= RANDOM_BLOCK);
	if (unlikely(random_owner != MyProcPid || n > RANDOM_BLOCK - random_used))
	{
		if (!pg_strong_random(random_block, RANDOM_BLOCK))
			ereport(ERROR,
					(errcode(ERRCODE_INTERNAL_ERROR),
					 errmsg("could not generate random values")));
		random_owner = MyProcPid;
		random_used = 0;
	}
	memcpy(buf, random_block + random_used, n);
	memset(random_block + random_used, 0, n);
	random_used += n;
}
