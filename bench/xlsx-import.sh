#!/usr/bin/env bash
# XLSX import: a generated workbook of N valid rows (default 10,000) for Пермский край imported through the
# same job code the site uses (check every row, then write all in one transaction, then the after-commit
# linkage and quality listeners), beside a plain PostgreSQL COPY of the same rows' main fields.
# Run from the project root after ./mvnw -DskipTests package. Results go to docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/time -f "whole command: %e s, max RSS %M KB" \
  java -jar target/praktika.jar benchmark-import --rows "$rows" --praktika.data-dir="$work/data" 2>&1 \
  | grep -E "Импорт XLSX|COPY|whole command"
