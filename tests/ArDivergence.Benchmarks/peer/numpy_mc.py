#!/usr/bin/env python3
"""The peer of `ardiv estimate --method mc`: a straightforward vectorized numpy Monte Carlo of the
same model (issue 6): a noisy oracle over a 10-token alphabet whose last 2 tokens are never valid,
error eps spread over the invalid tokens, L steps, N runs. Per step: one uniform draw per run,
searchsorted on the CDF to pick the token, update the off-manifold flags."""
import sys
import numpy as np

def main(runs=400_000, length=1000, eps=0.001, seed=1):
    valid, invalid = 8, 2
    probs = np.array([(1 - eps) / valid] * valid + [eps / invalid] * invalid)
    cdf = np.cumsum(probs)
    cdf[-1] = 1.0
    rng = np.random.default_rng(seed)
    off = np.zeros(runs, dtype=bool)
    for _ in range(length):
        u = rng.random(runs)
        token = np.searchsorted(cdf, u, side="right")
        off |= token >= valid
    p = off.mean()
    half = 1.96 * np.sqrt(p * (1 - p) / runs)
    print(f'{{"estimate": {p}, "ci95": [{p - half}, {p + half}], "samples": {runs}}}')

if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    main(*args)
