#!/bin/sh
# coexist.sh: make demo and make test on a machine that already runs a
# PostgreSQL cluster of its own leave that cluster online, its data
# untouched, every installed package at its version, and no cluster of
# theirs running.  Only for a throwaway root (test/versions.sh runs it in the
# bookworm one): it installs a server and creates the "user's" cluster.
#
# Runs `sh tools/deps.sh test && make test` in between, so it replaces that
# step of the matrix, and adds a "coexist" row to test/report/results.tsv.
set -u
export LC_ALL=C
if [ "${FASTEVENT_THROWAWAY_ROOT:-}" != 1 ]; then
	echo "coexist: only inside a throwaway root (test/versions.sh)" >&2
	exit 2
fi
export DEBIAN_FRONTEND=noninteractive

# the user's machine: the distribution's server, no headers, and a cluster
# of the user's own, running, with a table in it.  On bookworm the archive
# also has the security suite, with a newer point release of PostgreSQL than
# the one installed from bookworm itself: nothing may upgrade it.
target=""
if [ "$(. /etc/os-release && echo "$VERSION_CODENAME")" = bookworm ]; then
	mirror=$(awk '$1 == "deb" { print $2; exit }' /etc/apt/sources.list)
	echo "deb $mirror-security bookworm-security main" >/etc/apt/sources.list.d/security.list
	target="-t bookworm"
fi
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $target postgresql >/dev/null
echo "coexist: the user's server: $(dpkg-query -W -f '${Package} ${Version}' "postgresql-$(ls /usr/lib/postgresql | sort -n | tail -n 1)"), libpq5 $(dpkg-query -W -f '${Version}' libpq5)"
ver=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
pg_createcluster "$ver" users -p 5499 -- --auth=trust >/dev/null
pg_ctlcluster "$ver" users start
runuser -u postgres -- psql -X -q -p 5499 -c "CREATE TABLE precious AS SELECT 42 AS answer"
dpkg-query -W -f '${Package} ${Version}\n' | sort >/tmp/packages.before
pg_lsclusters -h | awk '$4 == "online" { print $1 "/" $2 }' >/tmp/online.before

status=0
{ sh tools/deps.sh demo && make demo; } >/tmp/demo.log 2>&1 || { status=1; echo "coexist: make demo failed:"; tail -n 30 /tmp/demo.log; }
grep -e '^deps:' -e '^demo:' /tmp/demo.log | sed 's/^/coexist: make demo said: /'
sh tools/deps.sh test && make test || status=1

problems=""
online=$(pg_lsclusters -h | awk '$4 == "online" { print $1 "/" $2 }')
[ "$online" = "$(cat /tmp/online.before)" ] ||
	problems="$problems; online clusters were $(cat /tmp/online.before | tr '\n' ' ')and are $(echo "$online" | tr '\n' ' ')"
answer=$(runuser -u postgres -- psql -X -A -t -p 5499 -c "SELECT answer FROM precious" 2>&1)
[ "$answer" = 42 ] || problems="$problems; the user's table reads: $answer"
dpkg-query -W -f '${Package} ${Version}\n' | sort >/tmp/packages.after
changed=$(join /tmp/packages.before /tmp/packages.after | awk '$2 != $3 { print $1 " " $2 " -> " $3 }')
[ -z "$changed" ] || problems="$problems; upgraded: $(echo "$changed" | tr '\n' ',')"
gone=$(join -v 1 /tmp/packages.before /tmp/packages.after | cut -d' ' -f1)
[ -z "$gone" ] || problems="$problems; removed: $(echo "$gone" | tr '\n' ' ')"
added=$(join -v 2 /tmp/packages.before /tmp/packages.after | wc -l)

mkdir -p test/report
if [ -z "$problems" ]; then
	echo "coexist: the cluster $ver/users stayed online with its data; $added packages added, none changed"
	printf 'coexist\tpassed\t%s\n' "$added packages added, none changed" >>test/report/results.tsv
else
	echo "coexist: FAILED${problems}"
	printf 'coexist\tfailed\t%s\n' "${problems#; }" >>test/report/results.tsv
	status=1
fi
exit $status
