#!/usr/bin/env python3
"""Compares two builds of ardiv on every shipped scenario (issue 17: "no exact figure changes").

Usage: compare-builds.py "BEFORE_CMD" "AFTER_CMD" [SCENARIO.yaml ...]
  e.g. compare-builds.py "dotnet /tmp/before/ardiv.dll" "dotnet src/ArDivergence.Tui/bin/Release/net10.0/ardiv.dll"

For each scenario (default: scenarios/*.yaml), at the file's seed and at seed 7, it runs
`run --format json`, `estimate --format json --method exact` and `estimate --format json --method both`
with both builds, walks the two JSON documents side by side and:
  - fails on any difference larger than 1e-12 (relative to max(1, |value|)) in a value that is not
    Monte Carlo-derived, or any non-numeric difference;
  - allows Monte Carlo-derived values to change (estimate's off_manifold_mc; a run step's off_manifold
    and off_manifold_ci95 where off_manifold_exact is false), but checks every changed Monte Carlo
    estimate against the lane's exact value where the output has one: it fails when the estimate is more
    than 4 standard errors (plus one run) from it; a 95% interval that misses it is listed, not failed
    (a 95% interval honestly misses about 1 in 20).
Prints a summary; exit code 1 on a failure.
"""
import glob
import json
import shlex
import subprocess
import sys

TOLERANCE = 1e-12


def output(cmd, args):
    result = subprocess.run(shlex.split(cmd) + args, capture_output=True, text=True, timeout=900)
    return result.returncode, result.stdout


def walk(a, b, path, mc_path, report):
    """mc_path(path, parent_a) says whether a leaf is Monte Carlo-derived."""
    if isinstance(a, dict) and isinstance(b, dict):
        if a.keys() != b.keys():
            report["hard"].append(f"{path}: keys {sorted(a.keys() ^ b.keys())}")
            return
        for key in a:
            if mc_path(path + [key], a):
                report["numbers"] += count(a[key])
                if a[key] != b[key]:
                    report["mc_changed"].append((path + [key], a, b))
                continue
            walk(a[key], b[key], path + [key], mc_path, report)
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            report["hard"].append(f"{path}: lengths {len(a)} vs {len(b)}")
            return
        for i, (x, y) in enumerate(zip(a, b)):
            walk(x, y, path + [i], mc_path, report)
    elif isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        report["numbers"] += 1
        difference = abs(a - b) / max(1.0, abs(a))
        report["max_exact_diff"] = max(report["max_exact_diff"], difference)
        if difference > TOLERANCE:
            report["hard"].append(f"{path}: {a} vs {b}")
    elif a != b:
        report["hard"].append(f"{path}: {a!r} vs {b!r}")


def count(value):
    if isinstance(value, (list, dict)):
        items = value.values() if isinstance(value, dict) else value
        return sum(count(v) for v in items)
    return 1 if isinstance(value, (int, float)) and not isinstance(value, bool) else 0


def is_mc(path, parent):
    key = path[-1]
    if key == "off_manifold_mc":
        return True
    return key in ("off_manifold", "off_manifold_ci95") and parent.get("off_manifold_exact") is False


def main():
    before, after = sys.argv[1], sys.argv[2]
    scenarios = sys.argv[3:] or sorted(glob.glob("scenarios/*.yaml"))
    report = {"hard": [], "mc_changed": [], "numbers": 0, "max_exact_diff": 0.0}
    outputs = 0
    checked = misses = unchecked = 0
    for scenario in scenarios:
        for seed in ([], ["--seed", "7"]):
            for verb in (["run", "--format", "json", "--samples", "2000"],
                         ["estimate", "--format", "json", "--method", "exact"],
                         ["estimate", "--format", "json", "--method", "both", "--samples", "2000"]):
                args = [verb[0], scenario] + verb[1:] + seed
                (code_a, out_a), (code_b, out_b) = output(before, args), output(after, args)
                label = " ".join(args)
                if code_a != code_b:
                    report["hard"].append(f"{label}: exit {code_a} vs {code_b}")
                    continue
                if code_a != 0:
                    continue
                outputs += 1
                start = len(report["mc_changed"])
                walk(json.loads(out_a), json.loads(out_b), [label], is_mc, report)
                for path, _, lane_b in report["mc_changed"][start:]:
                    if path[-1] != "off_manifold_mc" or lane_b.get("off_manifold_exact") is None or lane_b["off_manifold_mc"] is None:
                        unchecked += 1
                        continue
                    checked += 1
                    mc = lane_b["off_manifold_mc"]
                    low, high = mc["ci95"]
                    exact = lane_b["off_manifold_exact"]
                    error = (exact * (1 - exact) / mc["samples"]) ** 0.5
                    if not low <= exact <= high:
                        misses += 1
                        print(f"95% interval miss: {path[0]} lane {lane_b['name']}: exact {exact} outside [{low}, {high}], "
                              f"{abs(mc['estimate'] - exact) / error:.2f} standard errors")
                    if abs(mc["estimate"] - exact) > 4 * error + 1 / mc["samples"]:
                        report["hard"].append(f"{path[0]} lane {lane_b['name']}: estimate {mc['estimate']} vs exact {exact}")
    print(f"{outputs} outputs, {report['numbers']} numbers compared; largest non-Monte Carlo difference {report['max_exact_diff']:.3g}")
    print(f"Monte Carlo values changed: {len(report['mc_changed'])} "
          f"({checked} lane estimates checked against the exact value, {misses} outside their 95% interval; {unchecked} without an exact value to check)")
    for line in report["hard"][:40]:
        print("DIFFERENCE", line)
    failed = bool(report["hard"])
    print("FAILED" if failed else "OK: only Monte Carlo-derived values changed, each consistent with the exact value")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
