#!/usr/bin/env bash
# Measures the performance targets of issues 6, 10 and 17 on this machine and prints the figures
# BENCHMARKS.md quotes (medians). Needs hyperfine, gcc and Debian's python3-numpy for the peer;
# installs them when missing (apt-get). Usage: tests/ArDivergence.Benchmarks/measure-targets.sh [RUNS]
# (ONLY=mc,dp runs only the Monte Carlo and dynamic-programming sections.)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"; tmux -L ardiv-bench kill-server 2>/dev/null || true' EXIT

need() { command -v "$1" >/dev/null 2>&1; }
if ! need hyperfine || ! /usr/bin/python3 -c 'import numpy' 2>/dev/null || ! need tmux || ! need gcc; then
  sudo_cmd=""; [ "$(id -u)" != 0 ] && sudo_cmd=sudo
  $sudo_cmd apt-get install -y -qq hyperfine python3-numpy tmux gcc >/dev/null
fi
only=${ONLY:-all}
# alternate NAME "CMD A" "CMD B": A and B in turn, RUNS times each after one warm-up each, with
# /usr/bin/time; prints both medians and the median of the pairwise ratios A/B (the machine may be
# shared: alternating puts both under the same load).
alternate() {
  local name=$1 a=$2 b=$3
  $a >/dev/null 2>&1; $b >/dev/null 2>&1
  : >"$work/$name.times"
  for _ in $(seq 1 "$runs"); do
    /usr/bin/time -f %e -o "$work/$name.a" $a >/dev/null 2>&1
    /usr/bin/time -f %e -o "$work/$name.b" $b >/dev/null 2>&1
    echo "$(tail -1 "$work/$name.a") $(tail -1 "$work/$name.b")" >>"$work/$name.times"
  done
  /usr/bin/python3 - "$work/$name.times" <<'PY'
import statistics, sys
pairs = [tuple(map(float, line.split())) for line in open(sys.argv[1])]
a = statistics.median(p[0] for p in pairs); b = statistics.median(p[1] for p in pairs)
ratio = statistics.median(p[0] / p[1] for p in pairs)
print(f"median A {a:.3f} s, median B {b:.3f} s, median of pairwise A/B {ratio:.2f} ({len(pairs)} pairs)")
PY
}
want() { [ "$only" = all ] || [[ ",$only," == *",$1,"* ]]; }

dotnet build -c Release -v q src/ArDivergence.Tui >/dev/null
dotnet build -c Release -v q tests/ArDivergence.Benchmarks >/dev/null
ardiv="dotnet src/ArDivergence.Tui/bin/Release/net10.0/ardiv.dll"
dotnet tests/ArDivergence.Benchmarks/bin/Release/net10.0/ArDivergence.Benchmarks.dll write-scenarios "$work" >/dev/null
median() { /usr/bin/python3 -c "import json,sys; print(round(json.load(open(sys.argv[1]))['results'][int(sys.argv[2])]['median'], 3))" "$1" "$2"; }

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), dotnet $(dotnet --version)"

if want mc; then
# The hand-written C loop of issue 17 (xoshiro256**, two draws a step), built here with the flags it names.
limit_c=tests/ArDivergence.Benchmarks/peer/limit_mc.c
gcc -O3 -march=native -o "$work/limit_mc" "$limit_c"
echo "== 1. Monte Carlo, one thread, 2,000,000 runs, L = 1,000: A = ardiv (whole process), B = the C loop"
alternate limit "$ardiv estimate $work/mc-peer.yaml --method mc --threads 1 --samples 2000000 --format json" \
  "$work/limit_mc 0.001 1000 2000000 1"

echo "== 1. Monte Carlo vs numpy (400,000 runs, L = 1,000)"
hyperfine -N -w 1 -r "$runs" --export-json "$work/mc.json" \
  "$ardiv estimate $work/mc-peer.yaml --method mc --samples 400000 --format json" \
  "/usr/bin/python3 tests/ArDivergence.Benchmarks/peer/numpy_mc.py 400000 1000" >/dev/null
a=$(median "$work/mc.json" 0); n=$(median "$work/mc.json" 1)
echo "ardiv ${a}s  numpy ${n}s  speed-up $(/usr/bin/python3 -c "print(round($n/$a, 1))")x"
fi

if want step; then
echo "== 2. stepping at |V| = 50,000, L = 4,096, 4 lanes (run --format json, whole process)"
hyperfine -N -w 1 -r "$runs" --export-json "$work/step.json" --output=null \
  "$ardiv run $work/vocab-50k.yaml --format json" >/dev/null
s=$(median "$work/step.json" 0)
echo "run ${s}s = $(/usr/bin/python3 -c "print(round($s*1e3/(4*4096), 3))") ms per lane-step (startup included)"

fi

if want dp; then
echo "== 3. exact dynamic programming, 100 states x 1,000 tokens, L = 10,000 (estimate --method exact, whole process)"
hyperfine -N -w 1 -r "$runs" --export-json "$work/dp.json" \
  "$ardiv estimate $work/dp-100x1000.yaml --method exact --format json" >/dev/null
echo "estimate $(median "$work/dp.json" 0)s (includes a 10,000-step run of the lane)"
echo "== 3. exact dynamic programming, the order-6 n-gram of issue 10 (estimate, whole process)"
hyperfine -N -w 1 -r "$runs" --export-json "$work/ngram.json" \
  "$ardiv estimate $work/ngram6-oracle.yaml --format json" >/dev/null
echo "estimate $(median "$work/ngram.json" 0)s"
fi
[ "$only" = all ] || exit 0

echo "== 4. startup: validate a small file"
hyperfine -N -w 2 -r "$runs" --export-json "$work/validate.json" "$ardiv validate scenarios/lecun-iid.yaml" >/dev/null
echo "validate $(median "$work/validate.json" 0)s"
first_frame() {
  local frames=()
  for i in $(seq 1 "$runs"); do
    local start end
    start=$(date +%s%N)
    tmux -L ardiv-bench new-session -d -s s -x 120 -y 40 "$1 --no-log"
    until tmux -L ardiv-bench capture-pane -p -t s 2>/dev/null | grep -q "Is autoregression doomed"; do sleep 0.005; done
    end=$(date +%s%N)
    # Quit with q and wait, so no instance is still shutting down during the next run.
    tmux -L ardiv-bench send-keys -t s q
    while tmux -L ardiv-bench has-session -t s 2>/dev/null; do sleep 0.05; done
    tmux -L ardiv-bench kill-server 2>/dev/null || true
    sleep 0.3
    frames+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${frames[@]}" | sort -n | awk '{a[NR]=$1} END {print "median " a[int((NR+1)/2)] " ms"}'
}
echo "== 4. startup: first frame of the terminal UI (launch to the title on the tmux screen)"
echo "Release build (dotnet ardiv.dll, ReadyToRun on linux-x64): $(first_frame "$ardiv")"
dotnet build src/ArDivergence.Tui -c Release -p:ReadyToRunBuild=false -o "$work/jit" -v q >/dev/null
echo "JIT build (-p:ReadyToRunBuild=false): $(first_frame "dotnet $work/jit/ardiv.dll")"
dotnet publish src/ArDivergence.Tui -c Release -r linux-x64 --self-contained false -o "$work/r2r" -v q >/dev/null
echo "ReadyToRun publish (ardiv): $(first_frame "$work/r2r/ardiv")"
# The packed tool: `dotnet pack` makes a ReadyToRun linux-x64 package that `dotnet tool install` picks here.
dotnet pack src/ArDivergence.Tui -o "$work/nupkg" -v q >/dev/null
dotnet tool install --tool-path "$work/tool" --add-source "$work/nupkg" ArDivergence.Tui >/dev/null
echo "installed tool (dotnet tool install): $(first_frame "$work/tool/ardiv")"

echo "== 5. memory: a session of 1,000,000 steps (run --format csv)"
/usr/bin/time -v $ardiv run "$work/million.yaml" --format csv 2>"$work/time.txt" >/dev/null
grep -E "Maximum resident|Elapsed" "$work/time.txt" | sed 's/^\s*//'
