#!/bin/sh
# run.sh SECONDS TARGET...: run each libFuzzer target for SECONDS, seeded
# with the reference vectors, in a scratch corpus.
set -eu
seconds=$1; shift
work=$(mktemp -d "${TMPDIR:-/tmp}/fastevent-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
for target in "$@"; do
	name=$(basename "$target")
	mkdir -p "$work/$name"
	case $name in
	fuzz_ksuid)
		# seeds: every ksuid string and its 20 bytes
		tail -n +2 test/vectors/ksuid.tsv | cut -f2 | split -l 1 - "$work/$name/s"
		;;
	fuzz_tsns)
		# seeds: every RFC 3339 and UTC form of the vectors
		tail -n +2 test/vectors/tsns.tsv | cut -f2,4 | tr '\t' '\n' | split -l 1 - "$work/$name/s"
		;;
	fuzz_ksuid_set)
		# seeds: every compressed set of the vectors, as bytes
		i=0
		tail -n +2 test/vectors/ksuid_set.tsv | cut -f1 | while read -r hex; do
			i=$((i + 1))
			# shellcheck disable=SC2059
			printf "$(echo "$hex" | awk '{
				h = "0123456789abcdef"
				for (k = 1; k < length($0); k += 2)
					printf "\\%03o", (index(h, substr($0, k, 1)) - 1) * 16 + index(h, substr($0, k + 1, 1)) - 1
			}')" >"$work/$name/s$i"
		done
		;;
	fuzz_fasthash)
		# seeds: the short byte inputs of the vectors
		tail -n +2 test/vectors/fasthash.tsv | awk -F'\t' '$2=="bytes" && length($3) < 200 {print $3}' |
			split -l 1 - "$work/$name/s"
		;;
	esac
	echo "fuzzing $name for ${seconds}s"
	"$target" -max_total_time="$seconds" -print_final_stats=0 "$work/$name" >"$work/$name.log" 2>&1 || {
		tail -n 40 "$work/$name.log"
		echo "$name: failed"
		exit 1
	}
	tail -n 1 "$work/$name.log"
done
