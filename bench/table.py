"""The README's speed table from a benchmark's figures.

    python bench/table.py bench/results.json

Prints a Markdown table: per command, its CPU time and ratio to its floor at
10,000 positions, its CPU time, ratio to its limit and peak memory beside the
file at 100,000, and its growth above the floor from 100,000 to 1,000,000
where that size was measured; a missed budget is marked.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

SMALL, LARGE, HUGE = "10000", "100000", "1000000"


def _mark(text: str, missed: bool) -> str:
    return f"**{text}**" if missed else text


def rows(report: dict) -> list[str]:
    sizes = report["sizes"]
    small = sizes.get(SMALL, {}).get("commands", {})
    large = sizes.get(LARGE, {}).get("commands", {})
    huge = sizes.get(HUGE, {}).get("commands", {})
    out = [
        "| command | 10k CPU | × floor | 100k CPU | × limit | memory × file | growth to 1M |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for label, ten in small.items():
        hundred = large.get(label, {})
        budget = ten.get("budget")
        ratio = f"{ten['ratio']:.2f}"
        if budget:
            ratio = _mark(ratio, ten["ratio"] > budget)
        limit = hundred.get("limit_ratio")
        limit_text = "" if limit is None else _mark(f"{limit:.2f}", limit > hundred["limit_most"])
        memory = hundred.get("memory_times_file")
        memory_text = "" if memory is None else _mark(f"{memory:.1f}", memory > 6.0)
        grown = huge.get(label, {}).get(f"growth_from_{LARGE}")
        grown_text = "" if grown is None else _mark(f"{grown:.1f}×", grown > 11.0)
        out.append(
            f"| `{label}` | {ten['cpu_ms']:.0f} ms | {ratio} | "
            f"{hundred.get('cpu_ms', 0):.0f} ms | {limit_text} | {memory_text} | {grown_text} |"
        )
    return out


def main() -> int:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("results.json"))
    for line in rows(json.loads(path.read_text(encoding="utf-8"))):
        sys.stdout.write(line + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
