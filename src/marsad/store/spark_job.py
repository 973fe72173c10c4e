"""Entry point for ``spark-submit``: analyze input files on a Spark cluster into Parquet (docs/spark.md).

    spark-submit [spark options] path/to/marsad/store/spark_job.py INPUT... --out DIR [--partitions N] [--db FILE]

The master and resources come from spark-submit. Load the result with ``marsad load DIR --db FILE``.
"""

from __future__ import annotations

import argparse
import json
import sys

from marsad.errors import MarsadError
from marsad.store.spark import run_spark


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="spark_job.py", description="marsad ingest on Spark → Parquet")
    ap.add_argument("inputs", nargs="+", help="files or folders on a filesystem every executor can read")
    ap.add_argument("--out", required=True, help="output folder (local/shared path or hdfs:// / s3a:// URL)")
    ap.add_argument("--partitions", type=int, default=None, help="partitions (default: 2 × default parallelism)")
    ap.add_argument("--db", default=None, help="skip items already stored in this store")
    args = ap.parse_args(argv)
    try:
        result = run_spark(args.inputs, args.out, master=None, partitions=args.partitions, db=args.db)
    except MarsadError as exc:
        print(f"marsad: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
