#!/bin/sh
# experimental.sh MAJOR: in a throwaway root of Debian sid (test/versions.sh),
# add Debian's experimental suite and install PostgreSQL MAJOR's server and
# headers from it, as a user trying a PostgreSQL release candidate would.
# apt takes nothing else from experimental unless asked (NotAutomatic).
set -eu
if [ "${FASTEVENT_THROWAWAY_ROOT:-}" != 1 ]; then
	echo "experimental: only inside a throwaway root (test/versions.sh)" >&2
	exit 2
fi
major=$1
mirror=$(awk '$1 == "deb" { print $2; exit }' /etc/apt/sources.list)
echo "deb $mirror experimental main" >/etc/apt/sources.list.d/experimental.list
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# pkg/experimental for the packages of that release alone, libpq among them
# (-t experimental would prefer experimental for every package, perl too,
# which then conflicts with sid's)
apt-get install -y -qq --no-install-recommends \
	"postgresql-$major/experimental" "postgresql-server-dev-$major/experimental" \
	"postgresql-client-$major/experimental" libpq5/experimental libpq-dev/experimental >/dev/null
echo "experimental: installed $(dpkg-query -W -f '${Package} ${Version}' "postgresql-$major")"
