"""The same fiscal-year tally as `plaza-kiosk tally --by fiscal-year --format csv`, done by
DuckDB over the same JSON Lines files, for the comparison in scripts/measure-tally.sh.
Counts distinct (kiosk, session) visit starts per April-to-March fiscal year of the local
date written in ts. Usage: duckdb_tally.py LOG_DIR (prints CSV; the time on stderr)."""
import sys, time, duckdb
root = sys.argv[1]
con = duckdb.connect()
t = time.perf_counter()
rows = con.execute(f"""
SELECT CASE WHEN month(d) >= 4 THEN year(d) ELSE year(d) - 1 END AS fiscal_year,
       count(DISTINCT (kiosk, session)) AS visitors
FROM (SELECT kiosk, session, CAST(substr(ts, 1, 10) AS DATE) AS d
      FROM read_json('{root}/**/*.jsonl', format = 'newline_delimited',
                     columns = {{ts: 'VARCHAR', kiosk: 'VARCHAR', session: 'VARCHAR', event: 'VARCHAR'}},
                     ignore_errors = true)
      WHERE event = 'visit_start')
GROUP BY fiscal_year ORDER BY fiscal_year""").fetchall()
el = time.perf_counter() - t
print("fiscal_year,visitors")
for y, v in rows: print(f"{y},{v}")
print(f"total,{sum(v for _, v in rows)}")
print(f"duckdb {el:.2f}", file=sys.stderr)
