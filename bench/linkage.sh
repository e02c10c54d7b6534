#!/usr/bin/env bash
# Linkage: accuracy on the labelled dev file (two ways) and speed. Run from the project root after
# ./mvnw -DskipTests package. Results go to docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar=target/praktika.jar
echo "== (a) catalogue and lexicon only, never trained on the file (no demo data)"
java -jar $jar evaluate-linkage --input bench/data/linkage_dev.csv --praktika.data-dir="$work/data" 2>/dev/null
echo "== (a+c) catalogue only, then after learning from the demo's accepted practices (demo mode, a fresh database)"
java -jar $jar evaluate-linkage --input bench/data/linkage_dev.csv --learn accepted --praktika.demo=true \
  --praktika.data-dir="$work/demo" 2>/dev/null
echo "== the second labelled file, written apart from the model: catalogue only, then after learning (demo mode)"
java -jar $jar evaluate-linkage --input bench/data/linkage_holdout.csv --learn accepted --praktika.demo=true \
  --praktika.data-dir="$work/holdout" 2>/dev/null
echo "== the third labelled file (test3), both modes"
java -jar $jar evaluate-linkage --input bench/data/linkage_test3.csv --learn accepted --praktika.demo=true \
  --praktika.data-dir="$work/test3" 2>/dev/null
echo "== (b) 5-fold cross-validation, the file's labels also used for training"
java -jar $jar evaluate-linkage --input bench/data/linkage_dev.csv --folds 5 --praktika.data-dir="$work/data" 2>/dev/null
echo "== speed: suggestions for 10,000 practices; near duplicates over 100,000"
/usr/bin/time -f "whole command: %e s, max RSS %M KB" java -Xmx2g -jar $jar evaluate-linkage --benchmark \
  --input bench/data/linkage_dev.csv --practices 10000 --index 100000 --praktika.data-dir="$work/data"
