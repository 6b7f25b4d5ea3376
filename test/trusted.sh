#!/bin/sh
# trusted.sh: fastevent is a trusted extension; prove that it is safe to be.
# Run against the cluster in PGHOST (tools/pgcluster.sh) as a superuser.
#
# A database owner who is not a superuser installs it, after planting in the
# schema it installs into an object of the same name and signature as every
# built-in one the install script names (types, functions, operators), each
# of which records any call.  The script runs with superuser rights, so a
# plant it resolved would run the owner's code with those rights.  Checks:
# the install succeeds, no plant was called, and no object of the extension
# depends on anything but pg_catalog, its own members and its schema; the
# owner can use every type; a plant that takes one of the extension's own
# names stops the install with an error and leaves nothing behind; and the
# owner can update from 0.1 the same way.
# Prints "trusted: N passed, N failed" and exits non-zero on a failure.
set -eu
export PGOPTIONS="-c client_min_messages=warning"
psql_q() { psql -X -q -A -t -v ON_ERROR_STOP=1 "$@"; }

check_name=trusted
. "$(dirname "$0")/check.sh"

psql_q -c "CREATE ROLE fe_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE" \
	-c "CREATE DATABASE fe_trusted OWNER fe_owner" \
	-c "CREATE DATABASE fe_collide OWNER fe_owner" \
	-c "CREATE DATABASE fe_update OWNER fe_owner"
cleanup() {
	psql_q -c "DROP DATABASE IF EXISTS fe_trusted" -c "DROP DATABASE IF EXISTS fe_collide" \
		-c "DROP DATABASE IF EXISTS fe_update" -c "DROP ROLE IF EXISTS fe_owner" || true
}
trap cleanup EXIT
# before 15, every role may create in public; from 15 on, its owner is the
# database owner: give the owner the same rights on every major
for db in fe_trusted fe_collide fe_update; do
	psql_q -d "$db" -c "ALTER SCHEMA public OWNER TO fe_owner"
done

check "fastevent is marked trusted" t \
	"$(psql_q -c "SELECT trusted FROM pg_available_extension_versions WHERE name = 'fastevent' AND version = (SELECT default_version FROM pg_available_extensions WHERE name = 'fastevent')")"

# The plants: a copy in public of every built-in type, function and operator
# that the extension's objects name, read off a reference install's catalogs
# (pg_depend records no dependency on built-ins), so that a reference added
# to the script is planted too.  A function taking or returning a
# pseudo-type (internal, cstring) cannot be written by a non-superuser in any
# trusted language, so it has no plant; neither has a pseudo-type.
psql_q -c "CREATE DATABASE fe_reference"
psql_q -d fe_reference -c "CREATE EXTENSION fastevent"
psql_q -d fe_reference >"$PGCLUSTER_DIR/plants.sql" <<'SQL'
WITH m AS (
	SELECT classid, objid FROM pg_depend
	 WHERE deptype = 'e' AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'fastevent')
), procs AS (SELECT objid FROM m WHERE classid = 'pg_proc'::regclass),
   ops AS (SELECT objid FROM m WHERE classid = 'pg_operator'::regclass),
   fams AS (SELECT objid FROM m WHERE classid = 'pg_opfamily'::regclass),
   casts AS (SELECT objid FROM m WHERE classid = 'pg_cast'::regclass),
refs(kind, ref) AS (
	SELECT 'type', t FROM pg_proc p, unnest(p.proargtypes::oid[] || p.prorettype) t WHERE p.oid IN (SELECT * FROM procs)
	UNION SELECT 'type', t FROM pg_operator o, unnest(ARRAY[o.oprleft, o.oprright, o.oprresult]) t WHERE o.oid IN (SELECT * FROM ops)
	UNION SELECT 'function', f FROM pg_operator o, unnest(ARRAY[o.oprcode::oid, o.oprrest, o.oprjoin]) f WHERE o.oid IN (SELECT * FROM ops)
	UNION SELECT 'operator', amopopr FROM pg_amop WHERE amopfamily IN (SELECT * FROM fams)
	UNION SELECT 'type', t FROM pg_amop, unnest(ARRAY[amoplefttype, amoprighttype]) t WHERE amopfamily IN (SELECT * FROM fams)
	UNION SELECT 'function', amproc FROM pg_amproc WHERE amprocfamily IN (SELECT * FROM fams)
	UNION SELECT 'function', f FROM pg_aggregate, unnest(ARRAY[aggtransfn::oid, aggcombinefn]) f WHERE aggfnoid IN (SELECT * FROM procs)
	UNION SELECT 'operator', aggsortop FROM pg_aggregate WHERE aggfnoid IN (SELECT * FROM procs)
	UNION SELECT 'function', castfunc FROM pg_cast WHERE oid IN (SELECT * FROM casts)
	UNION SELECT 'type', t FROM pg_cast, unnest(ARRAY[castsource, casttarget]) t WHERE oid IN (SELECT * FROM casts)
), builtin AS (
	SELECT DISTINCT kind, ref FROM refs
	 WHERE ref <> 0 AND NOT EXISTS (SELECT 1 FROM m WHERE m.objid = refs.ref)
), plantfn(name, args, ret, body, what) AS (
	SELECT p.proname, p.proargtypes::oid[], p.prorettype, 'f', 'function ' || p.oid::regprocedure
	  FROM builtin b JOIN pg_proc p ON p.oid = b.ref WHERE b.kind = 'function'
	UNION ALL
	SELECT 'plant_op_' || o.oid, ARRAY[o.oprleft, o.oprright], o.oprresult, o.oprname, 'operator ' || o.oid::regoperator
	  FROM builtin b JOIN pg_operator o ON o.oid = b.ref WHERE b.kind = 'operator'
)
SELECT 'CREATE TABLE public.plant_calls (what text);'
UNION ALL
SELECT format('CREATE TYPE public.%I AS (plant int);', t.typname)
  FROM builtin b JOIN pg_type t ON t.oid = b.ref
 WHERE b.kind = 'type' AND t.typtype <> 'p' AND t.typnamespace = 'pg_catalog'::regnamespace
UNION ALL
SELECT format('CREATE FUNCTION public.%I(%s) RETURNS pg_catalog.%I LANGUAGE plpgsql AS %L;%s',
              f.name,
              (SELECT string_agg(format('pg_catalog.%I', typname), ', ' ORDER BY o)
                 FROM unnest(f.args) WITH ORDINALITY a(t, o) JOIN pg_type ON pg_type.oid = a.t),
              (SELECT typname FROM pg_type WHERE oid = f.ret),
              format('BEGIN INSERT INTO public.plant_calls VALUES (%L); RETURN NULL; END', f.what),
              CASE WHEN f.body <> 'f' THEN format(' CREATE OPERATOR public.%s (LEFTARG = pg_catalog.%I, RIGHTARG = pg_catalog.%I, FUNCTION = public.%I);',
                                                 f.body, (SELECT typname FROM pg_type WHERE oid = f.args[1]),
                                                 (SELECT typname FROM pg_type WHERE oid = f.args[2]), f.name)
                   ELSE '' END)
  FROM plantfn f
 WHERE NOT EXISTS (SELECT 1 FROM pg_type WHERE oid = ANY (f.args || f.ret) AND typtype = 'p');
SQL
psql_q -c "DROP DATABASE fe_reference"
psql_q -d fe_trusted -U fe_owner -f "$PGCLUSTER_DIR/plants.sql"
planted=$(psql_q -d fe_trusted -c "SELECT
	(SELECT count(*) FROM pg_type WHERE typnamespace = 'public'::regnamespace AND typtype = 'c' AND typname <> 'plant_calls') || ' types, ' ||
	(SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace AND proname NOT LIKE 'plant_op_%') || ' functions, ' ||
	(SELECT count(*) FROM pg_operator WHERE oprnamespace = 'public'::regnamespace) || ' operators'")
echo "trusted: planted $planted"
check "plants of every kind" yes "$(case $planted in "0 "*|*" 0 "*) echo "no: $planted" ;; *) echo yes ;; esac)"

check "CREATE EXTENSION by the database owner, not a superuser" ok \
	"$(psql_q -d fe_trusted -U fe_owner -c "CREATE EXTENSION fastevent" -c "SELECT 'ok'" 2>&1)"
check "no plant was called" 0 "$(psql_q -d fe_trusted -c "SELECT count(*) FROM public.plant_calls")"
check "every object refers to pg_catalog, the schema or the extension alone" "" "$(psql_q -d fe_trusted 2>&1 <<'SQL'
-- the members, their types' array types, and the operators and functions
-- of their operator families
CREATE TEMP VIEW parts AS
	SELECT classid, objid FROM pg_depend
	 WHERE deptype = 'e' AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'fastevent')
	UNION
	SELECT 'pg_type'::regclass, typarray FROM pg_type WHERE typarray <> 0 AND oid IN
		(SELECT objid FROM pg_depend WHERE deptype = 'e' AND classid = 'pg_type'::regclass
		    AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'fastevent'))
	UNION
	SELECT 'pg_amop'::regclass, oid FROM pg_amop WHERE amopfamily IN
		(SELECT objid FROM pg_depend WHERE deptype = 'e' AND classid = 'pg_opfamily'::regclass)
	UNION
	SELECT 'pg_amproc'::regclass, oid FROM pg_amproc WHERE amprocfamily IN
		(SELECT objid FROM pg_depend WHERE deptype = 'e' AND classid = 'pg_opfamily'::regclass);
-- a reference to a plant is a dependency on it (none is recorded on built-ins)
SELECT pg_describe_object(d.classid, d.objid, 0) || ' -> ' || pg_describe_object(d.refclassid, d.refobjid, 0)
  FROM pg_depend d JOIN parts p ON p.classid = d.classid AND p.objid = d.objid
 WHERE NOT EXISTS (SELECT 1 FROM parts r WHERE r.classid = d.refclassid AND r.objid = d.refobjid)
   AND NOT (d.refclassid = 'pg_namespace'::regclass AND d.refobjid = 'public'::regnamespace)
   AND NOT (d.refclassid = 'pg_extension'::regclass)
   AND NOT (d.refclassid = 'pg_opfamily'::regclass AND d.refobjid IN (SELECT objid FROM parts))
 ORDER BY 1;
-- and the types of every function are built-in or the extension's
SELECT DISTINCT 'function ' || p.oid::regprocedure || ' uses type ' || t::regtype
  FROM pg_proc p JOIN parts m ON m.classid = 'pg_proc'::regclass AND m.objid = p.oid,
       unnest(p.proargtypes::oid[] || p.prorettype) t
 WHERE t NOT IN (SELECT oid FROM pg_type WHERE typnamespace = 'pg_catalog'::regnamespace)
   AND t NOT IN (SELECT objid FROM parts WHERE classid = 'pg_type'::regclass);
SQL
)"
check "the owner uses both types, their indexes and the hashes" "3|t|t|4115888500" "$(psql_q -d fe_trusted -U fe_owner <<'SQL'
CREATE TABLE ev (id ksuid PRIMARY KEY DEFAULT gen_ksuid(), at timestamptz_ns DEFAULT clock_timestamp_ns());
CREATE INDEX ON ev USING brin (at);
INSERT INTO ev DEFAULT VALUES; INSERT INTO ev DEFAULT VALUES; INSERT INTO ev DEFAULT VALUES;
SELECT count(*), bool_and(ksuid_time(id) > now() - interval '1 hour'),
       bool_and(at > now() - interval '1 hour'), fasthash_fnv1a_32('user-1') FROM ev;
SQL
)"

# a plant under one of the extension's own names: the install stops
out=$(psql -X -q -A -t -d fe_collide -U fe_owner -v VERBOSITY=verbose \
	-c "CREATE FUNCTION public.ksuid_nil() RETURNS int LANGUAGE sql AS 'SELECT 1'" \
	-c "CREATE EXTENSION fastevent" 2>&1 || true)
case $out in
*"ERROR:  42723: function \"ksuid_nil\" already exists"*) got=refused ;;
*) got="$out" ;;
esac
check "an extension name planted first stops the install" refused "$got"
check "and nothing is left behind" "0|0" \
	"$(psql_q -d fe_collide -c "SELECT (SELECT count(*) FROM pg_extension WHERE extname = 'fastevent') || '|' || (SELECT count(*) FROM pg_type WHERE typname = 'ksuid')")"

check "the owner updates 0.1 to the default version" \
	"$(psql_q -c "SELECT default_version FROM pg_available_extensions WHERE name = 'fastevent'")" \
	"$(psql_q -d fe_update -U fe_owner -c "CREATE EXTENSION fastevent VERSION '0.1'" \
		-c "ALTER EXTENSION fastevent UPDATE" \
		-c "SELECT extversion FROM pg_extension WHERE extname = 'fastevent'" 2>&1)"

check_end
