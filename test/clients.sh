#!/bin/sh
# clients.sh LANGUAGE: the client support under clients/LANGUAGE, tested with
# the real driver against the cluster in PGHOST (tools/pgcluster.sh).
#   go: the packages in GOPATH mode with Debian's Go libraries, offline, and
#       the modules built and vetted in module mode with the same sources:
#       pgxv4 with pgx v4, and pgxv5 where Debian packages pgx v5 (sid); the
#       round trip of 10,000 values, then the benchmarks of one value per
#       type and format (allocations per value).
#   python: the package (clients/python) installed with pip into a venv, with
#       Debian's python3-psycopg: the value types against the Go reference
#       vectors, then the round trip, against the installed copy.
#   node: the package with node-postgres (npm's, else Debian's): the value
#       conversions against the Go reference vectors, then the round trip;
#       where npm is, COPY through pg-copy-streams and the packed archive.
# CLIENT_SEED (default: the time) is printed, to reproduce a failure.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
seed=${CLIENT_SEED:-$(date +%s)}
export CLIENT_SEED=$seed
work=$(mktemp -d "${TMPDIR:-/tmp}/fastevent-clients.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

case ${1:-} in
go)
	# the module's import path, in a GOPATH of its own beside Debian's
	mod=github.com/fastevent/fastevent/clients/go
	mkdir -p "$work/gopath/src/$(dirname "$mod")"
	ln -s "$here/clients/go" "$work/gopath/src/$mod"
	cd "$work/gopath/src/$mod"
	export GO111MODULE=off GOPATH="$work/gopath:/usr/share/gocode" GOFLAGS= GOCACHE="$work/cache"
	pkgs="./fastevent ./internal/..."
	drivers=""
	for v in 4 5; do
		if [ -d "/usr/share/gocode/src/github.com/jackc/pgx/v$v" ]; then
			pkgs="$pkgs ./pgxv$v"
			drivers="$drivers pgx v$v,"
		fi
	done
	echo "clients: Go,$drivers seed $seed"
	# shellcheck disable=SC2086
	go vet $pkgs
	# module mode too: go.mod complete, Debian's sources standing in for the
	# proxy (test/gomod.sh); the pgxv5 module (go 1.25, pgx v5) where
	# Debian packages pgx v5
	GO111MODULE= GOPATH= sh "$here/test/gomod.sh" "$here/clients/go"
	case $drivers in *v5*)
		GO111MODULE= GOPATH= GOTOOLCHAIN=local sh "$here/test/gomod.sh" "$here/clients/go/pgxv5" ;;
	esac
	# shellcheck disable=SC2086
	if ! go test -count=1 -v -run . $pkgs >"$work/test.log" 2>&1; then
		cat "$work/test.log"
		exit 1
	fi
	grep -E '^(--- |ok)|_test.go' "$work/test.log"
	# the README's complete program, built and run as a user would, and what
	# it prints compared with what the README shows
	mkdir -p "$work/gopath/src/readme"
	awk '/^```go$/ { on = 1; next } on && /^```$/ { exit } on' "$here/clients/go/README.md" >"$work/gopath/src/readme/main.go"
	awk '/^It prints:$/ { p = 1; next } p && /^```$/ { if (on) exit; on = 1; next } on' "$here/clients/go/README.md" >"$work/readme.want"
	(cd "$work/gopath/src/readme" && go vet . && go run .) >"$work/readme.got"
	if cmp -s "$work/readme.want" "$work/readme.got"; then
		echo "clients: the Go README's program prints what it shows"
	else
		echo "clients: the Go README's program printed (+) other than it shows (-):"
		diff -u "$work/readme.want" "$work/readme.got"
		exit 1
	fi
	echo "clients: Go benchmarks, one value each (ns/op vary; allocs/op are the figure)"
	# shellcheck disable=SC2086
	go test -count=1 -run XXX -bench . -benchtime 100000x $pkgs >"$work/bench.log" 2>&1 || {
		cat "$work/bench.log"
		exit 1
	}
	grep -E '^(Benchmark|pkg:)' "$work/bench.log"
	# what docs/clients.md says of rows.Scan in binary: pgx v4, no allocation
	# for a time.Time or for a ksuid.KSUID scanned as (*pgxv4.ID)(&id), one
	# (the interface pgx hands segmentio's Scan) for &id itself; pgx v5
	# (BenchmarkRowsScan), none for either
	awk '
		$1 ~ /^BenchmarkScan(Time|KSUIDAsID|CoreUUID)(-[0-9]+)?$/ { want = 0 }
		$1 ~ /^BenchmarkRowsScan(KSUID|Time)(-[0-9]+)?$/ { want = 0 }
		$1 ~ /^BenchmarkScanKSUID(-[0-9]+)?$/ { want = 1 }
		want != "" {
			for (i = 1; i < NF; i++) if ($(i + 1) == "allocs/op") got = $i
			if (got != want) { printf "clients: %s makes %s allocations a value, not %s\n", $1, got, want; bad = 1 }
			seen++; want = ""
		}
		END { if (seen < 4) { print "clients: the rows.Scan benchmarks did not all run"; bad = 1 }; exit bad }
	' "$work/bench.log"
	;;
python)
	# Debian's python3 and python3-psycopg (a python3 earlier on PATH, from
	# pyenv say, would not see them)
	echo "clients: Python, psycopg $(/usr/bin/python3 -c 'import psycopg; print(psycopg.__version__)'), seed $seed"
	# the package as a user installs it: pip install ./clients/python, offline
	# with Debian's setuptools, into a venv that sees Debian's psycopg; then the
	# tests run from elsewhere, so that they import the installed copy
	/usr/bin/python3 -m venv --system-site-packages "$work/venv"
	# (from a copy: an in-place build leaves build/ and *.egg-info behind)
	cp -r "$here/clients/python" "$work/pkg"
	"$work/venv/bin/pip" install -q --no-index --no-build-isolation "$work/pkg"
	"$work/venv/bin/pip" show psycopg-fastevent | sed -n 's/^\(Name\|Version\): /clients: installed /p'
	cp "$here/clients/python/test_fastevent.py" "$work/"
	cd "$work"
	where=$(PYTHONDONTWRITEBYTECODE=1 "$work/venv/bin/python" -c 'import fastevent; print(fastevent.__file__)')
	case $where in
	"$work/venv/"*) echo "clients: testing the installed package, $where" ;;
	*) echo "clients: fastevent imported from $where, not the venv" >&2; exit 1 ;;
	esac
	FASTEVENT_SRC=$here PYTHONDONTWRITEBYTECODE=1 "$work/venv/bin/python" -m unittest -v test_fastevent
	;;
node)
	# Node.js 18 or later (node:test); pg from clients/node/node_modules
	# (npm ci, tools/deps.sh), else Debian's node-pg
	cd "$here/clients/node"
	if ! node -e 'require("node:test")' 2>/dev/null; then
		echo "clients: Node.js $(node --version 2>/dev/null || echo missing) has no node:test (18 or later)" >&2
		exit 1
	fi
	if ! pg=$(node -p 'require("pg/package.json").version + " from " + require.resolve("pg")' 2>/dev/null); then
		echo "clients: no pg module: run npm ci in clients/node, or apt-get install node-pg" >&2
		exit 1
	fi
	echo "clients: Node.js $(node --version), pg $pg, seed $seed"
	node --test --test-reporter=spec test/values.test.js test/server.test.js
	# COPY in and out through pg-copy-streams (npm's, with pg), and the
	# package README's COPY example
	if node -e 'require("pg-copy-streams")' 2>/dev/null; then
		node --test --test-reporter=spec test/copy.test.js
	else
		echo "clients: COPY through pg-copy-streams is tested where npm is (Debian does not package pg-copy-streams)"
	fi
	# the packed archive, installed as a user installs it, where npm is
	if command -v npm >/dev/null 2>&1; then
		npm pack --silent --pack-destination "$work" >/dev/null
		mkdir "$work/app"
		# the pg this suite ran with (from clients/node, before leaving it)
		pgver=$(node -p 'require("pg/package.json").version')
		(cd "$work/app" && npm init -y >/dev/null &&
			npm install --silent --no-audit --no-fund --prefer-offline \
				"$work"/pg-fastevent-*.tgz "pg@$pgver")
		(cd "$work/app" && node -e '
			const where = require.resolve("pg-fastevent")
			if (!where.startsWith(process.cwd() + "/node_modules/pg-fastevent/")) throw new Error("not the packed copy: " + where)
			const { Client } = require("pg"), fastevent = require("pg-fastevent")
			;(async () => {
			  const c = new Client(); await c.connect(); await fastevent.register(c)
			  const { rows: [r] } = await c.query("SELECT $1::ksuid AS id, $2::timestamptz_ns AS at",
			    ["0ujtsYcgvSTl8PAuAdqWYSMnLOv", new fastevent.TimestampNS(1717200802301350996n)])
			  if (r.id !== "0ujtsYcgvSTl8PAuAdqWYSMnLOv" || r.at.ns !== 1717200802301350996n) throw new Error("round trip: " + JSON.stringify(r, (k, v) => typeof v === "bigint" ? String(v) : v))
			  await c.end()
			  console.log("clients: npm pack: pg-fastevent installed from its archive and used: 1 passed, 0 failed")
			})().catch((e) => { console.error(e); process.exit(1) })')
	else
		echo "clients: no npm here: the packed archive is tested where npm is (make test on the host)"
	fi
	;;
*)
	echo "usage: clients.sh go|python|node" >&2
	exit 2
	;;
esac
