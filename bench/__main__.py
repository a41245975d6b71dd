"""Run every benchmark module, print one table, write bench/results.json.

`python -m bench` (or `make bench`); `--quick` runs smaller sizes (used by a test that
proves the benchmarks still run, never to judge speed).
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import platform
import sys
import time
from pathlib import Path

from bench.harness import Result, table

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--quick", action="store_true", help="small sizes (smoke run)")
    parser.add_argument("--only", help="run only benchmark modules whose name contains this")
    parser.add_argument("--out", type=Path, default=HERE / "results.json")
    args = parser.parse_args(argv)
    results: list[Result] = []
    started = time.time()
    for info in sorted(pkgutil.iter_modules([str(HERE)]), key=lambda m: m.name):
        if not info.name.startswith("bench_") or (args.only and args.only not in info.name):
            continue
        module = importlib.import_module(f"bench.{info.name}")
        print(f"running {info.name} ...", file=sys.stderr, flush=True)
        results += module.run(quick=args.quick)
    seconds = time.time() - started
    print(table(results))
    print(f"\n{len(results)} figures in {seconds:.0f} s; written to {args.out}")
    args.out.write_text(
        json.dumps(
            {
                "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                "seconds": round(seconds, 1),
                "python": platform.python_version(),
                "machine": platform.machine(),
                "quick": args.quick,
                "results": [r.as_dict() for r in results],
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
