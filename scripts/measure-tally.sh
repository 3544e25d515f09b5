#!/usr/bin/env bash
# Tally at scale: writes the seed's 15 fiscal years of visitor logs (2,198,454 visits, about
# 11 million events), then times, on the same warm files in the same run, `wc -l` (the cost of
# reading the bytes), `plaza-kiosk tally --by fiscal-year` and DuckDB's group-by, checks both
# tallies against the generator's own counts, and prints the figures README quotes.
# Usage: scripts/measure-tally.sh [WORK_DIR] [RUNS]   (needs about 2.2 GB free in WORK_DIR; the
# logs are deleted at the end unless KEEP_LOGS=1)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
require_cargo
scripts/ensure-packages.sh "${BUILD_PACKAGES[@]}" python3-venv time
work=${1:-target/tally-scale}
runs=${2:-5}

cargo build --release --locked -q --bin plaza-kiosk --example make_visit_logs
binary=target/release/plaza-kiosk
venv=target/duckdb-venv
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import duckdb' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q duckdb
fi

rm -rf "$work"
mkdir -p "$work"
target/release/examples/make_visit_logs "$work/logs" >"$work/expected.csv"
files() { find "$work/logs" -name '*.jsonl' -print0; }
files | xargs -0 cat >/dev/null # warm the page cache: every tool reads the same cached bytes

seconds() { # command... → wall seconds of the fastest of $runs runs
  local best="" t0 t1 s
  for _ in $(seq "$runs"); do
    t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
    s=$(( (t1 - t0) / 1000000 ))
    if [ -z "$best" ] || [ "$s" -lt "$best" ]; then best=$s; fi
  done
  printf '%d.%03d' $((best / 1000)) $((best % 1000))
}
count_lines() { files | xargs -0 wc -l | awk '$2 == "total" { n += $1 } END { print n }'; }

"$binary" tally "$work/logs" --by fiscal-year --format csv >"$work/plaza.csv"
"$venv/bin/python" scripts/tally-scale/duckdb_tally.py "$work/logs" >"$work/duckdb.csv" 2>/dev/null
diff -u "$work/expected.csv" "$work/plaza.csv"
diff -u "$work/expected.csv" "$work/duckdb.csv"
peak_kb=$( { /usr/bin/time -f '%M' "$binary" tally "$work/logs" --format csv >/dev/null; } 2>&1 | tail -1)

wc_s=$(seconds sh -c "find '$work/logs' -name '*.jsonl' -print0 | xargs -0 wc -l")
plaza_s=$(seconds "$binary" tally "$work/logs" --by fiscal-year --format csv)
duck_s=$(seconds "$venv/bin/python" scripts/tally-scale/duckdb_tally.py "$work/logs")

echo "events: $(count_lines) lines, $(du -sb "$work/logs" | cut -f1) bytes in $(files | tr -cd '\0' | wc -c) files"
echo "visitors: $(tail -1 "$work/expected.csv") (plaza-kiosk and DuckDB agree with the generator)"
echo "wc -l:                   ${wc_s} s"
echo "plaza-kiosk tally:       ${plaza_s} s  ($(awk "BEGIN { printf \"%.2f\", $plaza_s / $wc_s }")× wc -l), peak RSS $((peak_kb / 1024)) MiB"
echo "DuckDB (python, same):   ${duck_s} s"
echo "(best of $runs runs each, $(nproc) cores)"
# The 2.2 GB of generated logs are not needed afterwards (KEEP_LOGS=1 keeps them).
[ "${KEEP_LOGS:-0}" = 1 ] || rm -rf "$work/logs"
