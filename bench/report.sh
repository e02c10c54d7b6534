#!/usr/bin/env bash
# Reports on N accepted practices (default 10,000): the demo 2024 campaign is filled with copies of its accepted
# practices (children included), then the consolidated report and the collection are made in DOCX and in PDF through
# the same job the site runs, with the heap limited to 512 MB. Prints seconds, peak heap and file size per report.
# Run from the project root after ./mvnw -DskipTests package. Results go to docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
practices=${1:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/time -f "whole command: %e s, max RSS %M KB" \
  java -Xmx512m -jar target/praktika.jar benchmark-report --practices "$practices" \
  --praktika.demo=true --praktika.data-dir="$work/data" 2>&1 \
  | grep -E "Данные|CONSOLIDATED|COLLECTION|whole command|Замер|Exception|Error"
