#!/usr/bin/python3
"""Scale-out recipe: build a gazette graph from JSONL on a Dask cluster.

    /usr/bin/python3 tools/dask/run_shards.py --gazette build/gazette --shards 4 \
        --workdir shards/ -o out/ news.jsonl [more.jsonl ...] [-- --gazetteer mine.jsonl]

1. Splits the input JSONL files (read as one stream, in order) into N consecutive
   slices of about equal size, WORKDIR/shard_000.jsonl ... (a line without a usable
   "id" gets the id a single build gives it, "INPUT:LINE").
2. Starts distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True)
   on 127.0.0.1 (no dashboard) and submits one task per shard running
   `gazette build --quiet --jobs 1 shard_i.jsonl --sqlite shard_i.db [EXTRA...]`.
3. Gathers the results and runs `gazette merge shard_000.db ... -o OUT`, shards in
   slice order, so OUT/graph.db is the database a single `gazette build` of the
   inputs gives (same rows and ids; only documents.source names the shard file), and
   OUT/graph.graphml, .gexf and .json are the single build's graph.

shard_* files left in WORKDIR by an earlier run are removed first; an existing
OUT/graph.db is updated (documents it has are skipped), as by gazette build.

Point --scheduler at a running `dask scheduler` (tcp://host:8786) to use more
machines; the shard files and databases must then be on a shared file system and
gazette installed at the same path on every worker.

Exit status: 0 ok; 1 some input lines were rejected by a shard build (reported) but
everything else was merged; 2 a shard build or the merge failed.
Needs python3-distributed (Debian: apt-get install python3-distributed), which is why
it runs with /usr/bin/python3.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import time


def split_jsonl(inputs, shards, workdir):
    """Consecutive slices of the input lines, about equal in bytes. Returns paths."""
    lines = []  # (bytes, rewritten or None)
    for path in inputs:
        with open(path, "rb") as f:
            for n, line in enumerate(f, 1):
                lines.append(fill_id(line, path, n))
    total = sum(len(line) for line in lines) or 1
    shards = max(1, min(shards, len(lines)))
    paths, current, size, index = [], [], 0, 0
    for i, line in enumerate(lines):
        current.append(line)
        size += len(line)
        remaining_shards = shards - index - 1
        if remaining_shards > 0 and size >= total * (index + 1) / shards and len(lines) - i - 1 >= remaining_shards:
            paths.append(write_shard(workdir, index, current))
            current, index = [], index + 1
    if current:
        paths.append(write_shard(workdir, index, current))
    return [p for p in paths if p]


def fill_id(line, path, n):
    """The line, with "id" set to "PATH:N" when gazette would name it so (ingest.cpp:
    no "id", an empty one, or one that is neither a string nor an integer)."""
    try:
        obj = json.loads(line)
    except ValueError:
        return line  # gazette reports it, with the shard's line number
    if not isinstance(obj, dict):
        return line
    v = obj.get("id")
    if (isinstance(v, str) and v) or (isinstance(v, int) and not isinstance(v, bool) and -2**63 <= v < 2**63):
        return line
    obj["id"] = f"{path}:{n}"
    return (json.dumps(obj, ensure_ascii=True) + "\n").encode("ascii")


def write_shard(workdir, index, lines):
    if not any(line.strip() for line in lines):
        return None
    path = os.path.join(workdir, f"shard_{index:03d}.jsonl")
    with open(path, "wb") as f:
        for line in lines:
            f.write(line if line.endswith(b"\n") else line + b"\n")
    return path


def build_shard(gazette, shard_jsonl, extra):
    """One Dask task: gazette build of one shard into shard_NNN.db."""
    db = shard_jsonl[: -len(".jsonl")] + ".db"
    if os.path.exists(db):
        os.remove(db)  # a new database, not an incremental update of an old one
    start = time.monotonic()
    proc = subprocess.run(
        [gazette, "build", "--quiet", "--jobs", "1", shard_jsonl, "--sqlite", db, *extra],
        capture_output=True, text=True)
    return {"shard": shard_jsonl, "db": db, "rc": proc.returncode, "stderr": proc.stderr,
            "seconds": time.monotonic() - start, "host": os.uname().nodename, "pid": os.getpid()}


def main():
    argv = sys.argv[1:]
    extra = []
    if "--" in argv:
        extra = argv[argv.index("--") + 1:]
        argv = argv[: argv.index("--")]
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("inputs", nargs="+", help="input JSONL files ({\"id\",\"text\",...} per line)")
    ap.add_argument("--gazette", default="gazette", help="the gazette binary (default: gazette on PATH)")
    ap.add_argument("--shards", type=int, default=4, help="number of shards (default 4)")
    ap.add_argument("--workdir", required=True, help="directory for shard_NNN.jsonl and shard_NNN.db")
    ap.add_argument("-o", "--output-dir", required=True, help="gazette merge -o: graph.db, graph.graphml, ...")
    ap.add_argument("--workers", type=int, default=2, help="LocalCluster workers (default 2)")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler instead of a LocalCluster")
    args = ap.parse_args(argv)
    if args.shards < 1:
        ap.error("--shards must be at least 1")
    gazette = os.path.abspath(args.gazette) if os.sep in args.gazette else args.gazette

    import distributed  # here, so that --help works without it

    t0 = time.monotonic()
    os.makedirs(args.workdir, exist_ok=True)
    for name in os.listdir(args.workdir):  # shards of an earlier run would be merged too
        if name.startswith("shard_") and name.endswith((".jsonl", ".db")):
            os.remove(os.path.join(args.workdir, name))
    shards = [os.path.abspath(p) for p in split_jsonl(args.inputs, args.shards, args.workdir)]
    t_split = time.monotonic()
    print(f"split: {len(shards)} shards in {t_split - t0:.2f} s", file=sys.stderr)

    cluster = None
    if args.scheduler:
        client = distributed.Client(args.scheduler)
    else:
        cluster = distributed.LocalCluster(
            n_workers=args.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
            dashboard_address=None, local_directory=os.path.join(os.path.abspath(args.workdir), "dask-worker-space"))
        client = distributed.Client(cluster)
    try:
        futures = client.map(build_shard, [gazette] * len(shards), shards, [extra] * len(shards), pure=False)
        results = client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
            shutil.rmtree(os.path.join(args.workdir, "dask-worker-space"), ignore_errors=True)
    t_build = time.monotonic()

    worst = 0
    for r in results:
        print(f"  {os.path.basename(r['shard'])}: exit {r['rc']}, {r['seconds']:.2f} s on {r['host']}:{r['pid']}",
              file=sys.stderr)
        if r["rc"] != 0:
            sys.stderr.write(r["stderr"])
            worst = max(worst, r["rc"])
    print(f"build: {len(results)} shards in {t_build - t_split:.2f} s (cluster start-up included)", file=sys.stderr)
    if worst >= 2:
        print("run_shards: a shard build failed; nothing merged", file=sys.stderr)
        return 2

    merge = subprocess.run([gazette, "merge", "--quiet", *[r["db"] for r in results], "-o", args.output_dir])
    t_merge = time.monotonic()
    print(f"merge: {t_merge - t_build:.2f} s; total {t_merge - t0:.2f} s", file=sys.stderr)
    if merge.returncode != 0:
        return 2
    return worst


if __name__ == "__main__":
    sys.exit(main())
