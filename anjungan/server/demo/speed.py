"""Measure how fast the demo generators run: ``python -m anjungan.server.demo.speed [N]``.

Prints participants per second (``generate_families``, default 200,000 participants in
the demo regions, then the same in all regions) and facilities per second (national
scale). A measurement for the report and for choosing bench sizes, never an assertion:
timed tests do not belong in the test suite (DESIGN.md, "Benchmarks live in bench/").
"""

from __future__ import annotations

import sys
import time
from datetime import date

from anjungan.server.demo.facilities import generate_facilities
from anjungan.server.demo.offices import generate_offices
from anjungan.server.demo.participants import generate_families
from anjungan.server.demo.pools import pools
from anjungan.server.demo.scope import Regions


def _participants(count: int, regions: Regions) -> str:
    # CPU time as well as wall time: on a shared machine the wall clock also counts
    # other processes' work.
    start, cpu = time.perf_counter(), time.process_time()
    families = people = 0
    for family in generate_families(count, seed=1, today=date(2025, 6, 15), regions=regions):
        families += 1
        people += len(family.members)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return (
        f"{people:,} participants in {families:,} families: {seconds:.2f} s wall "
        f"({people / seconds:,.0f}/s), {cpu:.2f} s CPU ({people / cpu:,.0f}/s)"
    )


def main(argv: list[str]) -> None:
    count = int(argv[0]) if argv else 200_000
    pools(1)  # Faker start-up is a one-off cost, not generation speed
    print("demo regions:", _participants(count, None))
    print("all regions: ", _participants(count, "all"))
    start, cpu = time.perf_counter(), time.process_time()
    facilities = sum(1 for _ in generate_facilities("all", seed=1))
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(
        f"facilities:   {facilities:,} in {seconds:.2f} s wall ({facilities / seconds:,.0f}/s), "
        f"{cpu:.2f} s CPU ({facilities / cpu:,.0f}/s)"
    )
    start = time.perf_counter()
    offices = sum(1 for _ in generate_offices("all", seed=1))
    print(f"offices:      {offices:,} in {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
