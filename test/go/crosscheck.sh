#!/bin/sh
# crosscheck.sh: compare fastevent with the Go reference libraries themselves
# (Debian's golang-github-segmentio-ksuid-dev and -fasthash-dev, and Go's
# time package), offline, on random data they compute (the round trip
# through a driver is the Go client's, test/clients.sh go).  Runs against the
# cluster in PGHOST.  CROSSCHECK_ROWS (default 20000) rows of each kind;
# CROSSCHECK_SEED (default: the time) is printed, to reproduce a failure.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
rows=${CROSSCHECK_ROWS:-20000}
seed=${CROSSCHECK_SEED:-$(date +%s)}
out=$(mktemp -d "${TMPDIR:-/tmp}/fastevent-go.XXXXXX")
trap 'rm -rf "$out"' EXIT INT TERM
chmod 755 "$out"

echo "crosscheck: $rows rows of each kind from the Go libraries, seed $seed"
(cd "$here" && GO111MODULE=off GOPATH=/usr/share/gocode GOFLAGS= GOCACHE="$out/cache" \
	go run crosscheck.go "$out" "$rows" "$seed")
psql -X -q -v ON_ERROR_STOP=1 -v dir="$out" -f "$here/crosscheck.sql"

