#!/bin/sh
# versions.sh: `make test` on every PostgreSQL major that Debian's archive
# serves, each inside a minimal root of its own Debian suite, then the
# cross-version checks (a dump taken on each major restored on every later
# one; binary COPY files read back on every major).  Prints one table and
# exits non-zero on any failure.  Needs root (debootstrap, mounts, chroot).
#
#   VERSIONS="13 18" sh test/versions.sh     a subset of the majors
#
# PostgreSQL 19 comes from Debian's experimental suite, in the sid root
# (test/experimental.sh).  CITUS_SRC_18=<archive> (Citus 14) adds a leg that
# runs make test-citus on 18, Citus built from that source archive (its
# build kept in $FASTEVENT_ROOTS/citus between runs).  Where 18 and 19 are both in VERSIONS, a last leg
# upgrades an 18 cluster full of fastevent data to 19 with pg_upgrade
# (test/pgupgrade.sh).
#
# Roots are cached under $FASTEVENT_ROOTS (default /var/tmp/fastevent-roots)
# and rebuilt when older than $ROOT_MAX_DAYS days (default 21) or when their
# recipe (below) changes.  A run never changes a cached root: it works in an
# overlay on top of it, inside private mount and PID namespaces, so mounts
# and processes vanish with the run even when it is killed hard; the
# overlay's upper directories left by such a run are removed by the next.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/.." && pwd)
roots=${FASTEVENT_ROOTS:-/var/tmp/fastevent-roots}
max_days=${ROOT_MAX_DAYS:-21}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
versions=${VERSIONS:-13 15 17 18 19}

suite_of() {
	case $1 in
	13) echo bullseye ;;
	15) echo bookworm ;;
	17) echo trixie ;;
	18) echo sid ;;
	19) echo sid ;;	# from experimental, by test/experimental.sh
	*) echo "versions: no Debian suite here packages PostgreSQL $1" >&2; return 1 ;;
	esac
}

# recipe SUITE: what a cached root is made from, the code of build_root
# below and its arguments; any change to either rebuilds the root
recipe() {
	sed -n '/^build_root() {/,/^}/p' "$here/versions.sh"
	echo "suite $1, mirror $mirror"
}

if [ "$(id -u)" -ne 0 ]; then
	echo "versions: needs root (debootstrap, mounts and chroot); run it with sudo" >&2
	exit 1
fi
for tool in debootstrap unshare chroot; do
	command -v $tool >/dev/null 2>&1 && continue
	echo "versions: installing debootstrap"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
	break
done

mkdir -p "$roots/runs" "$roots/apt"

# build_root SUITE: a fresh minimal root in $roots/SUITE, made by recipe
build_root() {
	r=$roots/$1
	echo "versions: building the $1 root (debootstrap from $mirror)"
	rm -rf "$r.new"
	if ! debootstrap --variant=minbase --include=ca-certificates "$1" "$r.new" "$mirror" \
		>"$roots/$1.debootstrap.log" 2>&1; then
		tail -n 20 "$roots/$1.debootstrap.log" >&2
		echo "versions: debootstrap of $1 failed (log: $roots/$1.debootstrap.log)" >&2
		return 1
	fi
	echo "deb $mirror $1 main" >"$r.new/etc/apt/sources.list"
	# the archive is a dated snapshot: sid's Release file has expired
	cat >"$r.new/etc/apt/apt.conf.d/90fastevent" <<'EOF'
Acquire::Check-Valid-Until "false";
APT::Install-Recommends "false";
EOF
	# no service starts inside the root (a package's default cluster, say)
	printf '#!/bin/sh\nexit 101\n' >"$r.new/usr/sbin/policy-rc.d"
	chmod 755 "$r.new/usr/sbin/policy-rc.d"
	rm -rf "$r.new/var/cache/apt/archives"/*.deb
	recipe "$1" >"$r.new/.fastevent-recipe"
	rm -rf "$r"
	mv "$r.new" "$r"
}

# ensure_root SUITE: reuse the cached root unless stale or of another recipe
ensure_root() {
	r=$roots/$1
	if [ -f "$r/.fastevent-recipe" ] &&
		recipe "$1" | cmp -s - "$r/.fastevent-recipe" &&
		[ -z "$(find "$r/.fastevent-recipe" -mtime +"$max_days")" ]; then
		return 0
	fi
	build_root "$1"
}


# One run at a time: the lock also tells whether leftovers are a dead run's.
exec 9>"$roots/lock"
if ! flock -n 9; then
	echo "versions: another run holds $roots/lock" >&2
	exit 1
fi
# what a run killed hard left behind: its namespaces (their mounts die with
# their last process) and its overlays.  Each run writes the id of every
# namespace it starts to $roots/pids; one still alive is ended by that id,
# once /proc confirms it is still that namespace (an id can be reused)
if [ -f "$roots/pids" ]; then
	while read -r pid; do
		case $(cat "/proc/$pid/cmdline" 2>/dev/null | tr '\0' ' ') in
		*" in_root $roots/"*) kill -KILL "$pid" 2>/dev/null && sleep 1 ;;
		esac
	done <"$roots/pids"
	rm -f "$roots/pids"
fi
rm -rf "$roots/runs"
mkdir -p "$roots/runs"
run=$(mktemp -d "$roots/runs/run.XXXXXX")
mkdir -p "$run/share"
chmod 777 "$run/share"
inroot_pid=""
cleanup() {
	trap - EXIT INT TERM
	# killing unshare kills the namespace's first process, and so all of it
	if [ -n "$inroot_pid" ] && kill -KILL "$inroot_pid" 2>/dev/null; then
		wait "$inroot_pid" 2>/dev/null || true
	fi
	[ -n "${KEEP_RUN:-}" ] || rm -rf "$run"
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM

# in_root OVERLAY SUITE COMMAND: run the shell COMMAND as root in
# /build/fastevent inside an overlay of the SUITE root whose changes stay in
# $run/OVERLAY (one per major: 18 and 19 share the sid root), in
# private mount and PID namespaces (every process of it is killed when it
# ends); $run/share is /share inside.  It runs in the background so that a
# signal to this script reaches cleanup at once; it does not hold the lock.
in_root() {
	u=$run/$1
	mkdir -p "$u/upper" "$u/work" "$u/merged" "$roots/apt/$2/archives/partial" "$roots/apt/$2/lists/partial"
	unshare --mount --pid --fork --kill-child=SIGKILL /bin/sh -eu -c '
		lower=$1 u=$2 apt=$3 share=$4 cmd=$5
		m=$u/merged
		mount -t overlay overlay -o "lowerdir=$lower,upperdir=$u/upper,workdir=$u/work" "$m"
		mount -t proc proc "$m/proc"
		mount -t tmpfs -o mode=755 dev "$m/dev"
		for d in null zero full random urandom tty; do
			touch "$m/dev/$d"
			mount --bind "/dev/$d" "$m/dev/$d"
		done
		ln -s /proc/self/fd "$m/dev/fd"
		ln -s /proc/self/fd/0 "$m/dev/stdin"
		ln -s /proc/self/fd/1 "$m/dev/stdout"
		ln -s /proc/self/fd/2 "$m/dev/stderr"
		mkdir "$m/dev/shm" "$m/dev/pts"
		mount -t devpts -o newinstance,ptmxmode=0666 devpts "$m/dev/pts" && ln -s pts/ptmx "$m/dev/ptmx" || true
		mount -t tmpfs -o mode=1777 shm "$m/dev/shm"
		mount -t tmpfs -o mode=1777 tmp "$m/tmp"
		mount --bind "$apt/archives" "$m/var/cache/apt/archives"
		mount --bind "$apt/lists" "$m/var/lib/apt/lists"
		mkdir -p "$apt/citus" "$m/var/tmp/fastevent-citus"
		mount --bind "$apt/citus" "$m/var/tmp/fastevent-citus"
		mkdir -p "$m/share"
		mount --bind "$share" "$m/share"
		cp /etc/resolv.conf "$m/etc/resolv.conf"
		exec chroot "$m" /usr/bin/env -i \
			PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
			HOME=/root LANG=C.UTF-8 TERM=dumb CI="${CI:-}" FASTEVENT_THROWAWAY_ROOT=1 \
			/bin/sh -c "cd /build/fastevent && $cmd"
	' in_root "$roots/$2" "$u" "$roots/apt/$2" "$run/share" "$3" 9>&- &
	inroot_pid=$!
	echo "$inroot_pid" >>"$roots/pids"
	wait "$inroot_pid" && inroot_rc=0 || inroot_rc=$?
	inroot_pid=""
	return "$inroot_rc"
}

# copy_checkout OVERLAY: the working tree (tracked and untracked files that
# git does not ignore) into /build/fastevent of that overlay
copy_checkout() {
	d=$run/$1/upper/build/fastevent
	mkdir -p "$d"
	(cd "$src" && git ls-files -z -co --exclude-standard | tar --null --ignore-failed-read -T - -cf - 2>/dev/null) | tar -C "$d" -xf -
}

# versions.sh run MAJOR COMMAND: COMMAND in a fresh overlay of the root of
# MAJOR's suite with the checkout in it (KEEP_RUN=1 keeps the overlay); the
# files in $FASTEVENT_SHARE, if set, are in /share (tools/deb.sh uses it)
if [ "${1:-}" = run ]; then
	suite=$(suite_of "$2")
	ensure_root "$suite"
	copy_checkout "pg$2"
	[ -z "${FASTEVENT_SHARE:-}" ] || cp -r "$FASTEVENT_SHARE"/. "$run/share/"
	in_root "pg$2" "$suite" "$3"
	exit
fi

# Phase 1: make test in each root, the way a new user on that suite runs it
status=0
table=$run/table
: >"$table"
for v in $versions; do
	suite=$(suite_of "$v")
	ensure_root "$suite"
	copy_checkout "pg$v"
	echo "versions: PostgreSQL $v on $suite: make test (log: $run/pg$v.log)"
	start=$(date +%s)
	# on bookworm the machine already runs a cluster of its own, which
	# make demo and make test must leave alone (test/coexist.sh)
	cmd='sh tools/deps.sh test && make test'
	[ "$suite" != bookworm ] || cmd='sh test/coexist.sh'
	# 19 from experimental, before deps.sh takes the newest server it finds
	[ "$v" != 19 ] || cmd="sh test/experimental.sh 19 && $cmd"
	if in_root "pg$v" "$suite" "$cmd" >"$run/pg$v.log" 2>&1; then
		:
	else
		status=1
		echo "versions: make test failed on PostgreSQL $v; the end of its log:"
		tail -n 60 "$run/pg$v.log" | sed 's/^/  | /'
	fi
	res=$run/pg$v/upper/build/fastevent/test/report/results.tsv
	if [ -s "$res" ]; then
		sed "s/^/$v\t$suite\t/" "$res" >>"$table"
	else
		printf '%s\t%s\t%s\t%s\t%s\n' "$v" "$suite" "make test" failed "no results (deps or setup failed)" >>"$table"
	fi
	echo "versions: PostgreSQL $v done in $(($(date +%s) - start)) s"
done

# Phase 2: each major writes its dump and binary COPY files into /share;
# phase 3: each major restores the dumps of its own and older majors and
# reads every major's COPY files (test/xversion.sh)
built() {	# built MAJOR: make test installed the extension there
	awk -F'\t' -v v="$1" '$1 == v && $3 == "build -Werror" && $4 == "passed"' "$table" | grep -q .
}
xv_phase() {	# xv_phase COLUMN COMMAND-FOR-MAJOR
	col=$1 cmd=$2
	for v in $versions; do
		suite=$(suite_of "$v")
		if ! built "$v"; then
			printf '%s\t%s\t%s\t%s\t%s\n' "$v" "$suite" "$col" failed "not run: the build failed" >>"$table"
			continue
		fi
		c=$(echo "$cmd" | sed "s/MAJOR/$v/g")
		if in_root "pg$v" "$suite" "sh tools/pgcluster.sh sh test/xversion.sh $c" >"$run/pg$v.xv.log" 2>&1; then
			st=passed
		else
			st=failed status=1
			echo "versions: $col failed on PostgreSQL $v:"
			sed 's/^/  | /' "$run/pg$v.xv.log"
		fi
		printf '%s\t%s\t%s\t%s\t%s\n' "$v" "$suite" "$col" "$st" "" >>"$table"
	done
}
echo "versions: cross-version dumps and binary COPY"
xv_phase "xv export" "export /share/MAJOR"
xv_phase "xv import" "import /share MAJOR"
for v in $versions; do
	grep -a "^xversion: .* passed" "$run/pg$v.xv.log" | sed "s/^xversion:/versions: PostgreSQL $v imports:/" || true
done

# Citus on 18: make test-citus in the overlay make test left, Citus built
# from $CITUS_SRC_18 (the headers it needs installed there: a root is ours)
if [ -n "${CITUS_SRC_18:-}" ]; then
	case " $(echo $versions) " in *" 18 "*)
		if built 18; then
			cp "$CITUS_SRC_18" "$run/share/citus.tar.gz"
			echo "versions: Citus $(basename "$CITUS_SRC_18" .tar.gz) on PostgreSQL 18 (log: $run/citus18.log)"
			start=$(date +%s)
			if in_root pg18 sid "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq liblz4-dev libzstd-dev \
				libkrb5-dev libicu-dev libcurl4-openssl-dev >/dev/null && make test-citus CITUS_SRC=/share/citus.tar.gz" \
				>"$run/citus18.log" 2>&1; then
				st=passed
			else
				st=failed status=1
				echo "versions: make test-citus failed on PostgreSQL 18; the end of its log:"
				tail -n 60 "$run/citus18.log" | sed 's/^/  | /'
			fi
			grep -a "^citus: .* passed" "$run/citus18.log" | sed 's/^citus:/versions: Citus on 18:/' || true
			printf '%s\t%s\t%s\t%s\t%s\n' 18 sid citus "$st" "$(($(date +%s) - start)) s" >>"$table"
		else
			printf '%s\t%s\t%s\t%s\t%s\n' 18 sid citus failed "not run: the build failed" >>"$table"
		fi
		;;
	esac
fi

# Last leg: pg_upgrade from 18 to 19, in an overlay of the sid root of its
# own with both servers; a row of its own in the table
case " $(echo $versions) " in *" 18 "*) has18=yes ;; *) has18=no ;; esac
case " $(echo $versions) " in *" 19 "*) has19=yes ;; *) has19=no ;; esac
case $has18$has19 in
yesyes)
	if built 18 && built 19; then
		copy_checkout upgrade
		echo "versions: pg_upgrade from 18 to 19 (log: $run/upgrade.log)"
		start=$(date +%s)
		if in_root upgrade sid "sh test/experimental.sh 19 && sh test/pgupgrade.sh 18 19" \
			>"$run/upgrade.log" 2>&1; then
			st=passed
		else
			st=failed status=1
			echo "versions: pg_upgrade from 18 to 19 failed; the end of its log:"
			tail -n 60 "$run/upgrade.log" | sed 's/^/  | /'
		fi
		grep -a "^pgupgrade: .* passed" "$run/upgrade.log" | sed 's/^pgupgrade:/versions: pg_upgrade 18 -> 19:/' || true
		printf '%s\t%s\t%s\t%s\t%s\n' "18->19" sid "pg_upgrade" "$st" "$(($(date +%s) - start)) s" >>"$table"
	else
		printf '%s\t%s\t%s\t%s\t%s\n' "18->19" sid "pg_upgrade" failed "not run: a build failed" >>"$table"
	fi
	;;
esac

# The table: a row per major, a column per suite; notes name what is missing
print_table() {
	echo
	echo "versions: the matrix"
	awk -F'\t' '
	{
		if (!($1 in seen)) { seen[$1] = 1; rows[++nr] = $1; suite[$1] = $2 }
		if (!($3 in cseen)) { cseen[$3] = 1; cols[++nc] = $3 }
		st = $4
		if (st == "not available") { notes[++nn] = "PostgreSQL " $1 " on " $2 ", " $3 ": " $5; st = "n/a (" nn ")" }
		else if (st == "failed" && $5 ~ /^not run|^no results/) { notes[++nn] = "PostgreSQL " $1 " on " $2 ", " $3 ": " $5; st = "failed (" nn ")" }
		cell[$1, $3] = st
	}
	END {
		printf "  %-10s %-9s", "PostgreSQL", "Debian"
		for (c = 1; c <= nc; c++) printf " %-14s", cols[c]
		printf "\n"
		for (r = 1; r <= nr; r++) {
			printf "  %-10s %-9s", rows[r], suite[rows[r]]
			for (c = 1; c <= nc; c++) printf " %-14s", ((rows[r], cols[c]) in cell) ? cell[rows[r], cols[c]] : "-"
			printf "\n"
		}
		for (n = 1; n <= nn; n++) printf "  (%d) %s\n", n, notes[n]
	}' "$table"
	passed=$(awk -F'\t' '$4 == "passed"' "$table" | wc -l)
	failed=$(awk -F'\t' '$4 == "failed"' "$table" | wc -l)
	na=$(awk -F'\t' '$4 == "not available"' "$table" | wc -l)
	if [ "$na" -gt 0 ]; then
		echo "versions: $passed passed, $failed failed, $na skipped"
	else
		echo "versions: $passed passed, $failed failed"
	fi
	[ "$failed" -eq 0 ] || status=1
}
print_table
exit $status
