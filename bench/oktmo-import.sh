#!/usr/bin/env bash
# Benchmark: import a full-country OKTMO file (≈22,000 municipal formations) through the command line into a fresh
# embedded database; prints wall time and peak memory (max RSS). Run from the project root after
# ./mvnw -DskipTests package. Results go to docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/make_oktmo_file.py "$work/data-20250101-structure-20150128.csv"
# first run creates the database and loads OKTMO 2019 (timed separately)
/usr/bin/time -f "first start + reference load: %e s, max RSS %M KB" \
  java -jar target/praktika.jar import-oktmo /dev/null --praktika.data-dir="$work/data" >/dev/null 2>&1 || true
for i in 1 2 3; do
  rm -rf "$work/data"
  java -jar target/praktika.jar import-oktmo /dev/null --praktika.data-dir="$work/data" >/dev/null 2>&1 || true
  /usr/bin/time -f "run $i: import of the full-country file: %e s (JVM start included), max RSS %M KB" \
    java -Xmx512m -jar target/praktika.jar import-oktmo "$work/data-20250101-structure-20150128.csv" \
      --praktika.data-dir="$work/data" 2>&1 | grep -E "ОКТМО загружен|run|отклонён" || true
done
