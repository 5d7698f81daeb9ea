#!/usr/bin/env bash
# BrandPulse benchmark: generates synthetic data, imports it through the real collector, builds the site, and compares
# with the SQLite shell's .import (the floor for import) and Hugo (for pages/s). Writes bench/results/<stamp>.md and
# copies it into bench/README.md between the REPORT markers.
#   bench/run.sh                      W0 (demo data) and W1 (1,000 brands, 1,000,000 complaints), 3 runs each
#   RUNS=5 WORKLOADS="W0 W1 W2" bench/run.sh
#   STEPS=import RUNS=1 WORKLOADS=W2 bench/run.sh   only the import and its sqlite3 floor (no builds, Hugo or demo)
#   PG=0 bench/run.sh                 without the PostgreSQL rows (by default each workload is also imported into a
#                                     throwaway PostgreSQL server beside psql's \copy of the same rows, and built from it)
# Data, databases and sites go to the git-ignored folder "work" beside this script. Never run inside the unit tests.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
WORK="$BENCH/work"
RUNS=${RUNS:-3}
WORKLOADS=${WORKLOADS:-"W0 W1"}
STEPS=${STEPS:-all}
PG=${PG:-1}
mkdir -p "$WORK" "$BENCH/results"

# Sites and Hugo's output from earlier runs are moved aside, never deleted right before a timed build: on ext4 without
# a journal (this machine's disk) the kernel's inode allocator skips inodes freed in the last minutes, one lookup each,
# so creating 15,000 files right after deleting 15,000 cost about 7 s of system time (2026-12-05: a W1 full build
# took 25.1 s after "rm -rf site", 18.8 s with no deletion in the minutes before, 17.8 s into tmpfs). The folder of
# moved-aside output is emptied when the run ends, after the last timing.
TRASH="$WORK/trash"
mkdir -p "$TRASH"
discard() { local p; for p in "$@"; do [[ -e $p ]] && mv "$p" "$TRASH/$(date +%s%N)-$(basename "$p")"; done; return 0; }

if ! command -v sqlite3 >/dev/null || ! command -v hugo >/dev/null; then
  apt-get install -y sqlite3 hugo >/dev/null
fi

echo "bench: building (Release) ..." >&2
# The two programs as ./brandpulse runs them: ReadyToRun (compiled ahead of time) Release builds.
R2R=(--use-current-runtime --self-contained false -p:PublishReadyToRun=true --nologo -v quiet)
dotnet publish "$ROOT/collector/BrandPulse.Collector/BrandPulse.Collector.csproj" -c Release -o "$WORK/collector" "${R2R[@]}" >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
dotnet publish "$ROOT/generator/BrandPulse.Generator/BrandPulse.Generator.csproj" -c Release -o "$WORK/generator" "${R2R[@]}" >>"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
dotnet build "$BENCH/BrandPulse.Bench/BrandPulse.Bench.csproj" -c Release -o "$WORK/bin" --nologo -v quiet >>"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
dotnet build "$BENCH/BrandPulse.Bench.Import/BrandPulse.Bench.Import.csproj" -c Release -o "$WORK/import" --nologo -v quiet >>"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }

COLLECT="dotnet $WORK/collector/brandpulse-collect.dll"
BUILD="dotnet $WORK/generator/brandpulse-build.dll"
BENCHDLL="dotnet $WORK/bin/brandpulse-bench.dll"
OUT="$WORK/results.txt"
: >"$OUT"
put() { echo "$1=$2" >>"$OUT"; }

# PostgreSQL: a throwaway server of the tests' script (its own folder, a Unix socket, fsync off: the import figures are
# the collector's work, not the disk's), stopped at the end whatever happens.
if [[ $PG == 1 ]]; then
  PGDIR="$WORK/pg"
  bash "$ROOT/tests/tools/pg-server.sh" stop "$PGDIR" >/dev/null 2>&1 || true
  PGURI=$(bash "$ROOT/tests/tools/pg-server.sh" start "$PGDIR" | tail -1)
  trap 'bash "$ROOT/tests/tools/pg-server.sh" stop "$PGDIR" >/dev/null 2>&1 || true' EXIT
fi
pgdb() { echo "${PGURI/\/postgres\?//$1?}"; }   # the URI of database $1 on that server
pgfresh() { PGOPTIONS=--client-min-messages=warning psql "$PGURI" -qc "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null; }

# Wall seconds and peak RSS (KiB) of a command, appended as key_s / key_rss.
timed() {
  local key=$1; shift
  /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$@" >"$WORK/$key.out" 2>&1 || echo "bench: $key failed (see $WORK/$key.out)" >&2
  read -r secs rss < <(tail -1 "$WORK/time.txt")
  put "${key}_s" "$secs"; put "${key}_rss" "$rss"
}

workload() {
  local w=$1 dir="$WORK/$1" data
  mkdir -p "$dir"
  case $w in
    W0) data="$ROOT/data" ;;
    W1) data="$dir/data"; [[ -f "$data/twitter.csv" ]] || $BENCHDLL generate --brands 1000 --complaints 1000000 --seed 42 --out "$data" >"$dir/generate.txt" ;;
    W2) data="$dir/data"; [[ -f "$data/twitter.csv" ]] || $BENCHDLL generate --brands 10000 --complaints 10000000 --seed 42 --out "$data" >"$dir/generate.txt" ;;
  esac
  # Each import command's peak RSS (KiB) and wall seconds go to $rss as "<command> <KiB> <seconds>" lines.
  imports() {
    local db=$1
    peak() { /usr/bin/time -f "$1 %M %e" -a -o "$rss" $COLLECT import "$@" --db "$db" >/dev/null || true; }
    $COLLECT brands load "$data/brands.csv" --db "$db" >/dev/null
    if [[ $w == W0 ]]; then
      peak twcs "$data/twcs_kaggle_sample.csv"
      peak ibm-cdp "$data/ibm_twitter_cdp_dev.json"
      peak manual "$data/illustrative_phone_log.csv" --illustrative
    else
      peak twcs "$data/twitter.csv"
      peak call-log "$data/phone.csv"
      peak manual "$data/email.csv"
    fi
  }
  # The same imports into PostgreSQL; its floor, psql's \copy of the same rows into the same table and keys (the
  # schema and the other tables restored from a dump first); a full build from it.
  pgworkload() {
    local name="bench_${w,,}" floor="bench_${w,,}_floor" run
    for run in $(seq 1 "$RUNS"); do
      echo "bench: $w PostgreSQL import run $run ..." >&2
      pgfresh "$name"
      : >"$WORK/$w.pg_import.$run.rss"
      timed "$w.pg_import.$run" bash -c "$(declare -f imports); w=$w data=$data rss='$WORK/$w.pg_import.$run.rss' COLLECT='$COLLECT' imports '$(pgdb "$name")'"
      while read -r command kib secs; do put "$w.pg_import_$command.${run}_rss" "$kib"; put "$w.pg_import_$command.${run}_s" "$secs"; done <"$WORK/$w.pg_import.$run.rss"
    done
    put "$w.pg_complaints" "$(psql "$(pgdb "$name")" -Atc 'SELECT count(*) FROM complaint')"
    psql "$(pgdb "$name")" -qc "\\copy (SELECT * FROM complaint ORDER BY id) TO '$dir/pg-floor.csv' CSV"
    pg_dump --format=custom --exclude-table-data=complaint -f "$dir/pg-floor.dump" "$(pgdb "$name")"
    for run in $(seq 1 "$RUNS"); do
      pgfresh "$floor"
      pg_restore --no-owner -d "$(pgdb "$floor")" "$dir/pg-floor.dump"
      timed "$w.pg_floor.$run" psql "$(pgdb "$floor")" -qc "\\copy complaint FROM '$dir/pg-floor.csv' CSV"
    done
    [[ $STEPS == import ]] && return
    for run in $(seq 1 "$RUNS"); do
      echo "bench: $w full build from PostgreSQL run $run ..." >&2
      discard "$dir/site-pg" "$dir/site-pg.cache"
      timed "$w.pg_build.$run" $BUILD build --db "$(pgdb "$name")" --out "$dir/site-pg" --site "$ROOT/site"
    done
  }

  local db="$dir/bp.db" run
  for run in $(seq 1 "$RUNS"); do
    echo "bench: $w import run $run ..." >&2
    rm -f "$db" "$db-wal" "$db-shm"
    export BRANDPULSE_PSEUDONYM_KEY=bench-key
    : >"$WORK/$w.import.$run.rss"
    timed "$w.import.$run" bash -c "$(declare -f imports); w=$w data=$data rss='$WORK/$w.import.$run.rss' COLLECT='$COLLECT' imports $db"
    while read -r command kib secs; do put "$w.import_$command.${run}_rss" "$kib"; put "$w.import_$command.${run}_s" "$secs"; done <"$WORK/$w.import.$run.rss"
  done
  put "$w.complaints" "$(sqlite3 "$db" 'SELECT count(*) FROM complaint')"
  put "$w.brands" "$(sqlite3 "$db" 'SELECT count(*) FROM brand')"

  # The floor: the same rows into the same table and key, by the sqlite shell, with the same crash guarantees.
  sqlite3 -csv "$db" 'SELECT * FROM complaint ORDER BY id' >"$dir/floor.csv"
  sqlite3 "$db" '.schema complaint' >"$dir/floor-schema.sql"
  printf 'PRAGMA journal_mode = WAL;\nPRAGMA synchronous = NORMAL;\n.read %s\n.import --csv %s complaint\n' "$dir/floor-schema.sql" "$dir/floor.csv" >"$dir/floor.sql"
  for run in $(seq 1 "$RUNS"); do
    rm -f "$dir/floor.db" "$dir/floor.db-wal" "$dir/floor.db-shm"
    timed "$w.floor.$run" bash -c "sqlite3 '$dir/floor.db' <'$dir/floor.sql' >/dev/null"
  done
  [[ $PG == 1 ]] && pgworkload
  [[ $STEPS == import ]] && return

  for run in $(seq 1 "$RUNS"); do
    echo "bench: $w full build run $run ..." >&2
    discard "$dir/site" "$dir/site.cache"
    timed "$w.build.$run" $BUILD build --db "$db" --out "$dir/site" --site "$ROOT/site"
    grep -E '^(built|stages)' "$WORK/$w.build.$run.out" | sed "s/^/$w.build.$run.log=/" >>"$OUT"
  done
  put "$w.site_bytes" "$(du -sb "$dir/site" | cut -f1)"
  put "$w.site_files" "$(find "$dir/site" -type f | wc -l)"

  # Incremental: new complaints for one brand, imported, then the site rebuilt over its cache.
  local brand
  brand=$(sqlite3 "$db" "SELECT display_name FROM brand ORDER BY id LIMIT 1 OFFSET 9")
  for run in $(seq 1 "$RUNS"); do
    echo "bench: $w incremental run $run ..." >&2
    $BENCHDLL append --out "$dir/new.csv" --brand "$brand" --complaints 25 --seed "$((100 + run))"
    $COLLECT import manual "$dir/new.csv" --db "$db" >/dev/null
    timed "$w.incremental.$run" $BUILD build --db "$db" --out "$dir/site" --site "$ROOT/site"
    grep -E '^stages' "$WORK/$w.incremental.$run.out" | sed "s/^/$w.incremental.$run.log=/" >>"$OUT"
  done
  discard "$dir/site-full" "$dir/site-full.cache"
  $BUILD build --db "$db" --out "$dir/site-full" --site "$ROOT/site" >/dev/null 2>&1
  if diff -r -q "$dir/site" "$dir/site-full" >"$dir/diff.txt"; then put "$w.identical" yes; else put "$w.identical" "no ($(wc -l <"$dir/diff.txt") files differ)"; fi

  echo "bench: $w charts ..." >&2
  $BENCHDLL charts --db "$db" --site "$ROOT/site" --runs "$RUNS" | sed "s/^/$w.charts./" >>"$OUT"

  echo "bench: $w hugo ..." >&2
  local pages
  pages=$(grep -m1 "^$w.build.1.log=built" "$OUT" | sed -E 's/.*built ([0-9]+) pages.*/\1/')
  $BENCHDLL hugo --out "$dir/hugo" --pages "$pages"
  for run in $(seq 1 "$RUNS"); do
    discard "$dir/hugo/public"
    timed "$w.hugo.$run" hugo --quiet -s "$dir/hugo" -d "$dir/hugo/public"
  done
  put "$w.hugo_pages" "$(find "$dir/hugo/public" -name '*.html' | wc -l)"
}

for w in $WORKLOADS; do workload "$w"; done

if [[ $STEPS != import ]]; then
  echo "bench: ./brandpulse demo ..." >&2
  unset BRANDPULSE_PSEUDONYM_KEY   # the demo uses its own database's key file, not the bench's key
  (cd "$ROOT" && ./brandpulse demo >/dev/null 2>&1 || true)
  for run in $(seq 1 "$RUNS"); do
    timed "demo.$run" bash -c "cd '$ROOT' && ./brandpulse demo"
  done
fi

rm -rf "$TRASH"

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
python3 "$BENCH/report.py" "$OUT" "$RUNS" >"$BENCH/results/$STAMP.md"
# An import-only run leaves the README's full report as it is.
[[ $STEPS == import ]] && { echo "bench: report in bench/results/$STAMP.md" >&2; exit 0; }
python3 "$BENCH/report.py" --readme "$BENCH/README.md" "$BENCH/results/$STAMP.md"
echo "bench: report in bench/results/$STAMP.md and bench/README.md" >&2
