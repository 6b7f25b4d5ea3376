#!/bin/sh
# regress.sh [alone]: run the pg_regress suites against the cluster in PGHOST
# and print the diffs when something fails.  With "alone", each test runs by
# itself in a new database (pg_regress makes contrib_regression afresh), so
# that no test leans on objects another one made.
set -u
rm -f regression.diffs
if [ "${1:-}" != alone ]; then
	make installcheck && exit 0
	[ -f regression.diffs ] && cat regression.diffs
	exit 1
fi
tests=$(make -s print-regress)
failed=""
n=0
for t in $tests; do
	n=$((n + 1))
	if ! make -s installcheck REGRESS="$t" >/dev/null 2>&1; then
		failed="$failed $t"
		[ -f regression.diffs ] && cat regression.diffs
	fi
done
echo "regress alone: $((n - $(echo $failed | wc -w))) passed, $(echo $failed | wc -w) failed${failed:+ (failed:$failed)}"
[ -z "$failed" ]
