-- Run every case (or those whose name matches :cases) for :rounds rounds,
-- each round a statement of its own, then report.
DELETE FROM bench_case WHERE name !~* :'cases';
\o /dev/null
SELECT format('SELECT bench_round(c, %s) FROM bench_case c WHERE ord = %s', r, ord)
  FROM generate_series(1, :rounds) r, bench_case
 ORDER BY r, ord
\gexec
\o

\echo
\echo 'time ratio A/B per round: median [min - max]; below 1 means fastevent is faster'
SELECT c.name AS "case",
       c.a_label || ' / ' || c.b_label AS "A / B",
       to_char(percentile_cont(0.5) WITHIN GROUP (ORDER BY r.a_ms / r.b_ms), 'FM0.000')
         || ' [' || to_char(min(r.a_ms / r.b_ms), 'FM0.000') || ' - '
         || to_char(max(r.a_ms / r.b_ms), 'FM0.000') || ']' AS "ratio",
       CASE WHEN c.target IS NULL THEN '' ELSE '<= ' || to_char(c.target, 'FM0.00') END AS "target",
       CASE WHEN c.target IS NULL THEN ''
            WHEN percentile_cont(0.5) WITHIN GROUP (ORDER BY r.a_ms / r.b_ms) <= c.target THEN 'met'
            ELSE 'MISSED' END AS "result",
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY r.a_ms)::numeric, 1) AS "A ms",
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY r.b_ms)::numeric, 1) AS "B ms",
       CASE WHEN c.bytes IS NOT NULL THEN
         round(c.bytes / 1e3 / percentile_cont(0.5) WITHIN GROUP (ORDER BY r.a_ms)::numeric) || ' / ' ||
         round(c.bytes / 1e3 / percentile_cont(0.5) WITHIN GROUP (ORDER BY r.b_ms)::numeric)
       END AS "MB/s A / B"
  FROM bench_case c JOIN bench_result r ON r.ord = c.ord
 GROUP BY c.ord, c.name, c.a_label, c.b_label, c.target, c.bytes
 ORDER BY c.ord;
