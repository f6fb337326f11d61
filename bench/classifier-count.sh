#!/bin/sh
# Instructions per field check: callgrind's total with PASSES=N minus with PASSES=0, over N × messages (see
# bench/classifier-count.ts). `sh bench/classifier-count.sh [N]` (N = 2 by default; 20+ min a run at load 10). Run one tree
# twice to see the count repeat before comparing two.
N=${1:-2}
count() {
  PASSES=$1 nice -n 10 valgrind --tool=callgrind --callgrind-out-file=/dev/null node --import tsx bench/classifier-count.ts 2>&1 |
    awk '/messages,/ { m = $1 } /Collected :/ { c = $NF } END { print m, c }'
}
set -- $(count 0) $(count "$N")
echo "messages $1; instructions $2 (0 passes) → $4 ($N passes): $(( ($4 - $2) / ($N * $1) )) a check"
