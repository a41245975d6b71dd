"""Benchmarks: each figure measured next to a baseline in the same run, shown as a ratio.

Never timed assertions: `make bench` prints a table and writes `bench/results.json`.
Each `bench_*.py` module exposes ``run(quick: bool) -> list[Result]``. `bench.soak` is the
accelerated soak of the whole system (`make soak`), judged by what goes wrong, not by speed.
"""
