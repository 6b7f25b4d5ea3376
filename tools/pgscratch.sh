# pgscratch.sh: sourced by the scripts that need a scratch data directory.
# Sets bindir and as_owner, and defines scratch_initdb.

bindir=$(pg_config --bindir)

# Run as root, the server and initdb run as the postgres OS user.
as_owner=""
if [ "$(id -u)" -eq 0 ]; then
	as_owner="runuser -u postgres --"
fi

# scratch_dir PREFIX: a new temporary directory the server user owns
scratch_dir() {
	_d=$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")
	[ -z "$as_owner" ] || chown postgres: "$_d"
	echo "$_d"
}

# scratch_initdb DIR: a cluster in DIR/data (UTF8, C locale, trust, no fsync)
scratch_initdb() {
	$as_owner "$bindir/initdb" -D "$1/data" -U postgres -A trust \
		--no-sync -E UTF8 --locale=C >"$1/initdb.log" 2>&1 || {
		cat "$1/initdb.log" >&2
		exit 1
	}
}
