#!/usr/bin/env bash
# First frame of the terminal UI (tmux launch to the title on the screen, BENCHMARKS.md §4), two
# commands alternated ROUNDS times so both run under the same load; prints each round, both medians
# and the median of the pairwise ratios B/A.
# Usage: tests/ArDivergence.Benchmarks/first-frame-ab.sh "A_CMD" "B_CMD" [ROUNDS]
set -euo pipefail
a=$1 b=$2 rounds=${3:-10}
trap 'tmux -L ardiv-ab kill-server 2>/dev/null || true' EXIT
frame() {
  local start end
  start=$(date +%s%N)
  tmux -L ardiv-ab new-session -d -s s -x 120 -y 40 "$1 --no-log"
  until tmux -L ardiv-ab capture-pane -p -t s 2>/dev/null | grep -q "Is autoregression doomed"; do sleep 0.005; done
  end=$(date +%s%N)
  tmux -L ardiv-ab send-keys -t s q
  while tmux -L ardiv-ab has-session -t s 2>/dev/null; do sleep 0.05; done
  tmux -L ardiv-ab kill-server 2>/dev/null || true
  sleep 0.3
  echo $(( (end - start) / 1000000 ))
}
frame "$a" >/dev/null; frame "$b" >/dev/null   # warm the file cache for both
pairs=()
for _ in $(seq 1 "$rounds"); do
  x=$(frame "$a"); y=$(frame "$b")
  echo "A ${x} ms  B ${y} ms  (load $(cut -d' ' -f1 /proc/loadavg))"
  pairs+=("$x $y")
done
printf '%s\n' "${pairs[@]}" | python3 -c '
import statistics, sys
pairs = [tuple(map(float, l.split())) for l in sys.stdin]
print(f"median A {statistics.median(p[0] for p in pairs):.0f} ms, median B {statistics.median(p[1] for p in pairs):.0f} ms, "
      f"median of pairwise B/A {statistics.median(p[1] / p[0] for p in pairs):.2f} ({len(pairs)} pairs)")'
