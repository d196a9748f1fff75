#!/usr/bin/env python3
"""CPU of a `tag` process by thread kind, per 100 articles (docs/performance.md, JIT).

    python3 scripts/jit_cpu.py INPUT.jsonl OUTPUT.jsonl [--jar target/tarikh.jar] [--java java] [--step 100]
        [--job JOB] -- [JVM options, e.g. -Xmx512m -XX:ActiveProcessorCount=1 -XX:TieredStopAtLevel=1]

Runs `java OPTIONS -jar JAR tag --threads 1 --input INPUT --output OUTPUT [--job JOB]`, reads every thread's
CPU (utime + stime, /proc/PID/task/*/stat) five times a second, and prints at every STEP articles written
the CPU seconds so far of the annotating thread (tarikh-annotate-N), the C1 and C2 compiler threads, the
garbage collector and the rest, and the difference to the previous row. CPU seconds, not wall: the
figures hold on a shared machine; the load average (1 minute) is printed at start and end.
"""
import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK")
KINDS = ("annotate", "c1", "c2", "gc", "other")


def kind(name):
    if name.startswith("tarikh-annotat"):
        return "annotate"
    if name.startswith("C2 Compiler"):
        return "c2"
    if name.startswith("C1 Compiler"):
        return "c1"
    if "GC" in name or name.startswith("G1 "):
        return "gc"
    return "other"


def threads(pid, seen):
    """Updates seen: thread id -> (kind, CPU seconds); a thread that ended keeps its last figure."""
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return
    for tid in tids:
        try:
            name = Path(f"/proc/{pid}/task/{tid}/comm").read_text().strip()
            stat = Path(f"/proc/{pid}/task/{tid}/stat").read_text()
        except OSError:
            continue
        f = stat[stat.rindex(")") + 2:].split()
        seen[tid] = (kind(name), (int(f[11]) + int(f[12])) / TICK)


def totals(seen):
    out = dict.fromkeys(KINDS, 0.0)
    for k, cpu in seen.values():
        out[k] += cpu
    return out


def lines(path):
    try:
        with open(path, "rb") as f:
            return f.read().count(b"\n")
    except OSError:
        return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--jar", default=str(Path(__file__).resolve().parent.parent / "target" / "tarikh.jar"))
    ap.add_argument("--java", default="java")
    ap.add_argument("--job")
    ap.add_argument("--step", type=int, default=100)
    argv = sys.argv[1:]
    jvm = argv[argv.index("--") + 1:] if "--" in argv else []
    a = ap.parse_args(argv[:argv.index("--")] if "--" in argv else argv)
    cmd = [a.java, *jvm, "-jar", a.jar, "tag", "--threads", "1", "--input", a.input, "--output", a.output]
    if a.job:
        cmd += ["--job", a.job]
    print(" ".join(cmd))
    print(f"load before: {os.getloadavg()[0]:.1f}", flush=True)
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=open(a.output + ".err", "w"))
    seen, last, mark = {}, dict.fromkeys(KINDS, 0.0), a.step
    print(f"{'articles':>8} " + " ".join(f"{k:>8}" for k in KINDS) + "  | per step: " + " ".join(KINDS))

    def row(n):
        nonlocal last
        t = totals(seen)
        print(f"{n:>8} " + " ".join(f"{t[k]:8.1f}" for k in KINDS) + "  | "
              + " ".join(f"{t[k] - last[k]:.1f}" for k in KINDS), flush=True)
        last = t

    while p.poll() is None:
        threads(p.pid, seen)
        while lines(a.output) >= mark:
            row(mark)
            mark += a.step
        time.sleep(0.2)
    row(lines(a.output))
    print(f"load after: {os.getloadavg()[0]:.1f}; exit code {p.returncode}")
    sys.exit(0 if p.returncode in (0, 3) else p.returncode)


if __name__ == "__main__":
    main()
