#!/usr/bin/env bash
# XLSX import: a generated workbook of N valid cards (default 10,000; each with a municipality, texts, money, two
# results and a link on their sheets) for Пермский край uploaded as the site uploads it and timed until its job is DONE
# (the file stored with the job; read and check every card, write the new ones with COPY in one transaction; linkage,
# quality and the full-text vectors follow asynchronously), after
# a warm-up import of 2,000 cards of another region, beside a PostgreSQL COPY of the same rows into copies of the
# same tables with their indexes. The JVM gets 256 MB of heap, the import's target.
# Run from the project root after ./mvnw -DskipTests package. Results go to docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/time -f "whole command: %e s, max RSS %M KB" \
  java -Xmx256m -jar target/praktika.jar benchmark-import --rows "$rows" --praktika.data-dir="$work/data" 2>&1 \
  | grep -E "Разогрев|Импорт XLSX|Связь|COPY|whole command"
