#!/usr/bin/env bash
# Measures the real binary on a generated 10,000-document bundle: wall time
# and peak memory (maximum resident set size) for the JSON and the HTML
# inspection report, best of five runs. Usage: bench/run.sh [DOCUMENTS] [OFFICE]
# (OFFICE: as many Word documents and as many three-page PDFs again, listed
# in evidence.yaml and judged from their text; `bench/run.sh 0 2000` is the
# 2,000 Word + 2,000 PDF benchmark).
set -euo pipefail
cd "$(dirname "$0")/.."
documents="${1:-10000}"
office="${2:-0}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cargo build --release --quiet --bin ivaudit --example gen-bundle
target/release/examples/gen-bundle "$work/bundle" "$documents" "$office"
for format in json html; do
  best_wall=""; best_rss=""
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f "%e %M" -o "$work/time" \
      target/release/ivaudit audit "$work/bundle" --format "$format" --out "$work/report.$format" 2>/dev/null
    read -r wall rss < "$work/time"
    if [ -z "$best_wall" ] || awk "BEGIN{exit !($wall < $best_wall)}"; then best_wall=$wall; fi
    if [ -z "$best_rss" ] || [ "$rss" -lt "$best_rss" ]; then best_rss=$rss; fi
  done
  printf '%s documents + %s Word + %s PDF, %-4s report: %ss wall, %s MiB peak memory (best of 5)\n' \
    "$documents" "$office" "$office" "$format" "$best_wall" "$((best_rss / 1024))"
done
