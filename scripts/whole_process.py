#!/usr/bin/env python3
"""Times whole processes, start-up included: runs command A (and B, in turn: A B A B ...) RUNS
times after one warm-up run each, output thrown away, and prints wall seconds, CPU seconds and
peak memory (min / median / max) and, with B, the ratio B/A of each pair's wall time (median:
how many times faster A is). Python standard library only.

    scripts/whole_process.py [--runs N] [--name-a A] [--name-b B] -- 'COMMAND A' ['COMMAND B']

Each command is one string, split as a shell splits words, run without a shell; use
"sh -c '...'" for redirections.
"""
import argparse
import os
import shlex
import statistics
import subprocess
import sys
import time


def run(cmd):
    start = time.monotonic()
    p = subprocess.Popen(shlex.split(cmd), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.monotonic() - start
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        sys.exit(f"whole_process.py: exit {p.returncode}: {cmd}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def spread(values, unit, digits=3):
    return (f"{statistics.median(values):.{digits}f}{unit} "
            f"(min {min(values):.{digits}f}, max {max(values):.{digits}f})")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--name-a", default="A")
    ap.add_argument("--name-b", default="B")
    ap.add_argument("commands", nargs="+")
    a = ap.parse_args()
    cmds = a.commands[:2]
    names = [a.name_a, a.name_b][:len(cmds)]
    for c in cmds:
        run(c)  # warm-up: file caches
    results = [[] for _ in cmds]
    for r in range(a.runs):
        for i, c in enumerate(cmds):
            results[i].append(run(c))
        print(f"run {r + 1}/{a.runs}: "
              + ", ".join(f"{n} {res[-1][0]:.3f} s" for n, res in zip(names, results)),
              file=sys.stderr)
    for n, res in zip(names, results):
        print(f"{n}: wall {spread([x[0] for x in res], ' s')}, cpu {spread([x[1] for x in res], ' s')},"
              f" peak {spread([x[2] for x in res], ' MB', 0)}")
    if len(cmds) == 2:
        ratios = [b[0] / x[0] for x, b in zip(results[0], results[1])]
        print(f"{names[1]} / {names[0]} wall, pair by pair: {spread(ratios, 'x', 2)}")


if __name__ == "__main__":
    main()
