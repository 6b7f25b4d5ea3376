-- test/citus.sh: the tables on the cluster, distributed by a ksuid, by a
-- timestamptz_ns, and by text (two tables co-located)
\i test/citus_tables.sql
SELECT create_distributed_table('events', 'id');
SELECT create_distributed_table('by_time', 'at');
SELECT create_distributed_table('tags', 'note');
SELECT create_distributed_table('event_notes', 'note', colocate_with => 'tags');
