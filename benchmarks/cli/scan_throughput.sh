#!/usr/bin/env bash
# Measures `jobscreen scan`: MB/s and records/s with 1 and 2 threads on
# generated JSON Lines offers, and peak memory (RSS) for a small and a large
# input, which should be about the same: scan streams with bounded memory.
#
#   benchmarks/cli/scan_throughput.sh [BUILD_DIR] [RECORDS]
#
# BUILD_DIR defaults to build (binary BUILD_DIR/cli/jobscreen), RECORDS to
# 100000. Extra scan options (e.g. --rules) can be passed in JOBSCREEN_SCAN_ARGS.
# The offers come from BUILD_DIR/benchmarks/jobscreen_export_rules (seed 7,
# ~2 KB, mixed scripts; target jobscreen_export_rules or jobscreen_bench_tools),
# cached in BUILD_DIR/benchmark-inputs. GNU time (/usr/bin/time, Debian package
# `time`) is needed for the memory figures.
set -euo pipefail

source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=$(cd "${1:-$source_dir/build}" && pwd)
records=${2:-100000}
binary=$build_dir/cli/jobscreen
generator=$build_dir/benchmarks/jobscreen_export_rules
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Generated inputs are kept here (~10 s and 212 MB for 100,000 offers), and made
# again when the generator is rebuilt.
cache=$build_dir/benchmark-inputs
read -r -a scan_args <<<"${JOBSCREEN_SCAN_ARGS:-}"

[[ -x $binary ]] || { echo "no $binary: build the jobscreen_cli target first" >&2; exit 1; }
[[ -x $generator ]] || {
  echo "no $generator: build the jobscreen_export_rules target first (benchmarks on:" \
    "-DJOBSCREEN_BENCHMARKS=ON)" >&2
  exit 1
}

mkdir -p "$cache"
large=$cache/offers-seed7-$records.jsonl
if [[ ! -s $large || $generator -nt $large ]]; then
  echo "generating $records offers into $large ..." >&2
  "$generator" offers "$records" 7 2048 "$large.tmp" mixed
  mv "$large.tmp" "$large"
fi
small_count=$((records / 10))
head -n "$small_count" "$large" >"$work/small.jsonl"
ln -s "$large" "$work/large.jsonl"
bytes=$(stat -L -c %s "$work/large.jsonl")

scan() {  # threads input [options...]; exit statuses 0 (fine) and 5 (--fail-on) are success
  local status=0 threads=$1 input=$2
  shift 2
  "$binary" scan -q --threads "$threads" "${scan_args[@]}" "$@" "$input" || status=$?
  if ((status != 0 && status != 5)); then
    echo "jobscreen scan failed with status $status" >&2
    exit 1
  fi
}
echo "input: $records offers, $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB ($(nproc) cores)"

measure() {  # label threads [extra scan options...]
  local label=$1 threads=$2
  shift 2
  local start end lines
  start=$(date +%s.%N)
  scan "$threads" "$work/large.jsonl" "$@" >"$work/out.jsonl"
  end=$(date +%s.%N)
  lines=$(wc -l <"$work/out.jsonl")
  awk -v s="$start" -v e="$end" -v b="$bytes" -v n="$lines" -v l="$label" 'BEGIN {
    d = e - s; printf "%-22s %6.2f s %6.1f MB/s %8.0f records/s (%d output records)\n", l, d, b / 1e6 / d, n / d, n }'
}

measure "threads 1" 1
measure "threads 2" 2
measure "threads 2, --compact" 2 --compact

if [[ -x /usr/bin/time ]]; then
  for input in small large; do
    /usr/bin/time -v "$binary" scan -q --threads 2 "${scan_args[@]}" "$work/$input.jsonl" \
      >/dev/null 2>"$work/time.txt" || true  # the status was checked above
    rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
    count=$([[ $input == small ]] && echo "$small_count" || echo "$records")
    echo "peak RSS with $count records: $((rss / 1024)) MiB"
  done
else
  echo "GNU time (/usr/bin/time) is missing: apt-get install time for the memory figures" >&2
fi
