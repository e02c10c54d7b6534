#!/usr/bin/env bash
# Competition: the automatic assignment of N forwarded applications (default 1,300, as in 2023) to 3 experts each from
# a pool of the demo's 12 and 60 more experts (a quarter with a declared regional conflict), three runs; then, with every
# assignment scored, a full ranking recompute, three runs. Run from the project root after ./mvnw -DskipTests package.
# Results go to docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
applications=${1:-1300}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -Xmx512m -jar target/praktika.jar benchmark-competition --applications "$applications" --experts 60 \
  --praktika.demo=true --praktika.data-dir="$work/data" 2>&1 | grep -E "Данные|Назначение|Пересчёт|не выполнен"
