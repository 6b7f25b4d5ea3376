--
-- timestamptz_ns in many time zones agrees with timestamptz: the offset it
-- prints, and the instant a local time means (also in gaps and overlaps
-- of daylight saving time), for instants in random and in sorted order
--
CREATE TEMP TABLE zones (zone text);
INSERT INTO zones VALUES ('UTC'), ('America/New_York'), ('Europe/London'), ('Europe/Dublin'),
  ('Europe/Amsterdam'), ('Australia/Lord_Howe'), ('Asia/Kathmandu'), ('America/St_Johns'),
  ('Pacific/Apia'), ('Africa/Casablanca'), ('Asia/Tehran'), ('America/Sao_Paulo'),
  ('Antarctica/Troll'), ('EST5EDT'), ('Etc/GMT-14'), ('Europe/Moscow');

SELECT setseed(0.5);
-- instants with whole microseconds, so that timestamptz holds them exactly:
-- spread over the whole range, and dense around 1970-2040
CREATE TEMP TABLE instants AS
SELECT n, to_timestamptz_ns(CASE WHEN n % 2 = 0
         THEN (random() * 18446744073709.550 - 9223372036854.775)::bigint * 1000
         ELSE (random() * 2208988800000000)::bigint * 1000 END) AS t
  FROM generate_series(1, 4000) n;


CREATE FUNCTION pg_temp.strip_fraction(s text) RETURNS text
  LANGUAGE sql IMMUTABLE AS $$ SELECT regexp_replace(s, '\.[0-9]+', '') $$;

-- Compare the printed forms in each zone, rows in random and in time order;
-- returns the number of zones and the number of differing rows.
CREATE FUNCTION pg_temp.compare_output() RETURNS TABLE (zones bigint, rows bigint, wrong bigint)
LANGUAGE plpgsql AS $$
DECLARE
	z text;
	w bigint := 0;
	r bigint := 0;
	k bigint := 0;
	c bigint;
BEGIN
	FOR z IN SELECT zone FROM zones LOOP
		PERFORM set_config('timezone', z, true);
		k := k + 1;
		FOR c IN
			SELECT count(*) FILTER (WHERE pg_temp.strip_fraction(t::text)
			                              <> pg_temp.strip_fraction(t::timestamptz::text))
			  FROM (SELECT t FROM instants ORDER BY n) s
			UNION ALL
			SELECT count(*) FILTER (WHERE pg_temp.strip_fraction(t::text)
			                              <> pg_temp.strip_fraction(t::timestamptz::text))
			  FROM (SELECT t FROM instants ORDER BY t) s
		LOOP
			w := w + c;
		END LOOP;
		r := r + 2 * (SELECT count(*) FROM instants);
	END LOOP;
	RETURN QUERY SELECT k, r, w;
END $$;
SET DateStyle = 'ISO, YMD';
SELECT * FROM pg_temp.compare_output();

-- Local times without a zone, read in each zone: the same instant as
-- timestamptz reads.  Every 10 minutes through the spring and autumn
-- changes of 1970-2037 in the northern and southern hemisphere, plus
-- random local times.
CREATE TEMP TABLE local_times AS
SELECT to_char(d + m * interval '10 minutes', 'YYYY-MM-DD HH24:MI:SS') || '.123456' AS s
  FROM generate_series(1970, 2037) y,
       LATERAL (VALUES (make_date(y, 3, 8)), (make_date(y, 3, 25)), (make_date(y, 4, 1)),
                       (make_date(y, 9, 30)), (make_date(y, 10, 25)), (make_date(y, 11, 1))) v(day0),
       LATERAL (SELECT day0 + i AS d FROM generate_series(0, 7) i) w,
       generate_series(0, 30) m
 WHERE extract(dow FROM d) = 0
UNION ALL
SELECT to_char(timestamp '1800-01-01' + random() * interval '150000 days', 'YYYY-MM-DD HH24:MI:SS.US')
  FROM generate_series(1, 3000);
SELECT count(*) > 10000 AS enough_local_times FROM local_times;

CREATE FUNCTION pg_temp.compare_input() RETURNS TABLE (zones bigint, wrong bigint)
LANGUAGE plpgsql AS $$
DECLARE
	z text;
	w bigint := 0;
	k bigint := 0;
BEGIN
	FOR z IN SELECT zone FROM zones LOOP
		PERFORM set_config('timezone', z, true);
		k := k + 1;
		w := w + (SELECT count(*) FROM local_times
		           WHERE s::timestamptz_ns <> s::timestamptz);
	END LOOP;
	RETURN QUERY SELECT k, w;
END $$;
SELECT * FROM pg_temp.compare_input();
RESET DateStyle;
RESET TimeZone;
