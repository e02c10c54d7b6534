#!/usr/bin/env bash
# Benchmark: latency of GET /api/v1/municipalities with Russian-morphology and typo search, against a running
# Praktika (default http://localhost:8080). 300 requests per query, sequential; prints p50/p95/max in ms.
set -euo pipefail
base=${1:-http://localhost:8080}
for q in "чайковского" "чайковскй" "сельское" "а"; do
  for i in $(seq 1 300); do
    curl -s -o /dev/null -w "%{time_total}\n" -G "$base/api/v1/municipalities" --data-urlencode "q=$q" --data-urlencode size=20
  done | python3 -c "
import sys; t=sorted(float(x)*1000 for x in sys.stdin)
print(f'q=$q: p50 {t[len(t)//2]:.1f} ms, p95 {t[int(len(t)*.95)]:.1f} ms, max {t[-1]:.1f} ms ({len(t)} requests)')"
done
