#!/usr/bin/env python3
"""Scale-out bench (docs/scale-out.md): articles/s of the scaled-out job with 1 and with 2 worker
processes on the same input, the per-partition overhead, and the broker's message count.

Needs the packaged jar (mvn -B -DskipTests package), PostgreSQL on 127.0.0.1:5432 (user postgres,
trust) and RabbitMQ on 127.0.0.1:5672 (guest/guest): bash .ci/services.sh starts them.

    python3 scripts/scale_bench.py [--articles 300] [--seed 14] [--corpus ../shared/corpora/saudinewsnet]

The sample is a seeded random sample across the corpus's sources (round robin over sources, each
source's articles shuffled with the seed). Every configuration gets a fresh database, and its
workers first run a warm-up job (their engines are built once per process, as in production);
only the measured run's own duration (the run summary's, from the job repository) is counted.
The machine's load (uptime) is printed before and after: compare ratios within one run only.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JAR = ROOT / "target" / "tarikh.jar"


def psql(sql, db="postgres"):
    return subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-qAtc", sql],
                          check=True, capture_output=True, text=True).stdout.strip()


def sample(corpus, n, seed):
    by_source = defaultdict(list)
    for z in sorted(Path(corpus).glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            for name in sorted(zf.namelist()):
                for record in json.loads(zf.read(name)):
                    if record.get("content"):
                        by_source[record.get("source", "?")].append(record)
    rng = random.Random(seed)
    queues = []
    for source in sorted(by_source):
        records = by_source[source]
        rng.shuffle(records)
        queues.append(records)
    out = []
    while len(out) < n and any(queues):
        for q in queues:
            if q and len(out) < n:
                out.append(q.pop())
    return out


def write_jsonl(records, path):
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def job_file(path, inputs, db, queue, partitions):
    path.write_text(
        "name: scale-bench\n"
        f"inputs: [{inputs}]\n"
        f"database: jdbc:postgresql://127.0.0.1:5432/{db}\n"
        "credentials: {user: postgres}\n"
        "chunk-size: 20\n"
        "scale-out:\n"
        f"  queue: {queue}\n"
        f"  partitions: {partitions}\n"
        "  poll-interval: 1s\n", encoding="utf-8")


def run_manager(job, workdir):
    env = dict(os.environ, TARIKH_LOG=str(workdir / "manager.log"))
    p = subprocess.run(["java", "-Xmx512m", "-jar", str(JAR), "run", "--job", str(job)], cwd=workdir, env=env,
                       capture_output=True, text=True)
    if p.returncode not in (0, 3):
        sys.exit(f"manager failed ({p.returncode}): {p.stdout}{p.stderr}")
    m = re.search(r"processed (\d+).*?; ([\d.]+) s \(", p.stdout)
    sent = re.search(r"scale-out: (\d+) partition requests", p.stdout)
    return int(m.group(1)), float(m.group(2)), int(sent.group(1)), p.stdout.splitlines()[0]


def configuration(workers, partitions, warm, measured, workdir, label):
    db = f"tarikh_bench_{os.getpid()}_{workers}_{partitions}"
    queue = f"tarikh.bench.{os.getpid()}.{workers}.{partitions}"
    psql(f"DROP DATABASE IF EXISTS {db}")
    psql(f"CREATE DATABASE {db} ENCODING 'UTF8' TEMPLATE template0")
    procs = []
    try:
        job = workdir / f"{label}.yml"
        job_file(job, warm, db, queue, max(partitions, workers))
        for w in range(workers):
            out = open(workdir / f"{label}-worker{w}.out", "w")
            env = dict(os.environ, TARIKH_LOG=str(workdir / f"{label}-worker{w}.log"))
            procs.append(subprocess.Popen(["java", "-Xmx768m", "-jar", str(JAR), "worker", "--job", str(job)],
                                          cwd=workdir, env=env, stdout=out, stderr=subprocess.STDOUT))
        deadline = time.time() + 900
        while not all("waiting for partitions" in (workdir / f"{label}-worker{w}.out").read_text()
                      for w in range(workers)):
            if time.time() > deadline:
                sys.exit("workers did not start")
            time.sleep(0.5)
        run_manager(job, workdir)  # warm-up: every worker builds its engine
        job_file(job, measured, db, queue, partitions)
        processed, seconds, sent, line = run_manager(job, workdir)
        rows = psql("SELECT COUNT(*), EXTRACT(EPOCH FROM AVG(c.claimed_at - s.CREATE_TIME::timestamptz))"
                    " FROM partition_claim c JOIN BATCH_STEP_EXECUTION s ON s.STEP_EXECUTION_ID = c.step_execution_id"
                    " WHERE c.job_execution_id = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)", db)
        return {"workers": workers, "partitions": partitions, "processed": processed, "seconds": seconds,
                "rate": processed / seconds, "requests": sent, "claims_and_wait": rows, "summary": line}
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(60)
            except subprocess.TimeoutExpired:
                p.kill()
        subprocess.run(["rabbitmqctl", "-q", "delete_queue", queue], capture_output=True)
        psql(f"DROP DATABASE IF EXISTS {db} WITH (FORCE)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "saudinewsnet"))
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--many-partitions", type=int, default=16)
    args = ap.parse_args()
    if not JAR.exists():
        sys.exit("build the jar first: mvn -B -DskipTests package")
    workdir = Path(tempfile.mkdtemp(prefix="tarikh-scale-bench-"))
    records = sample(args.corpus, args.articles + 20, args.seed)
    measured, warm = workdir / "sample.jsonl", workdir / "warm.jsonl"
    write_jsonl(records[:args.articles], measured)
    write_jsonl(records[args.articles:], warm)
    sources = sorted({r.get("source") for r in records[:args.articles]})
    print(f"sample: {args.articles} articles, seed {args.seed}, {len(sources)} sources; "
          f"{sum(len(r['content']) for r in records[:args.articles])} characters")
    print("load before:", subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
    results = [configuration(1, args.partitions, warm, measured, workdir, "w1"),
               configuration(2, args.partitions, warm, measured, workdir, "w2"),
               configuration(1, args.many_partitions, warm, measured, workdir, "w1-many")]
    print("load after: ", subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
    for r in results:
        print(f"{r['workers']} worker(s), {r['partitions']:>2} partitions: {r['processed']} articles in "
              f"{r['seconds']:.1f} s = {r['rate']:.2f} articles/s; {r['requests']} broker messages (requests); "
              f"claims, mean s from request to claim: {r['claims_and_wait']}")
    one, two, many = results
    print(f"speed-up 2 workers / 1 worker: {two['rate'] / one['rate']:.2f}x")
    overhead = (many['seconds'] - one['seconds']) / (many['partitions'] - one['partitions'])
    print(f"per-partition overhead (1 worker, {many['partitions']} vs {one['partitions']} partitions): "
          f"{overhead:.2f} s per partition")


if __name__ == "__main__":
    main()
