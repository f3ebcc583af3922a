"""The benchmark's budgets (issue 15): each command's ratio to its floor at
10,000 positions, to the read or write limit at 100,000, its memory beside the
journal file's size, and the growth of its time above the floor per 10x data.
"""

from __future__ import annotations

from commands import PLOTEXT, Command

# Budgets at 100k positions: a ratio to a limit, by kind of command.
LIMIT_FOR_KIND = {
    "read": ("read limit", 1.5),
    "write": ("write limit", 1.5),
    "export": ("read limit", 3.0),
    "import": ("write limit", 3.0),
    "sealed": ("sealed read limit", 1.5),
}
BUDGET_SIZE = 10_000  # where each command's ratio to its floor is held
LIMIT_SIZE = 100_000  # where the limits and memory are held
MEMORY_TIMES_FILE = 6.0
GROWTH = 11.0
NOISE_MS = 20.0  # growth: a part above the floor smaller than this counts as this


def verdict(size: int, command: Command, figures: dict, limits: dict) -> tuple[str, list]:
    """The budget line printed beside a command, and the budgets it missed."""
    if figures["exit"] != 0:
        return f"exit {figures['exit']}", [f"exit {figures['exit']}"]
    notes, missed = [], []
    if size == BUDGET_SIZE and command.budget:
        figures["budget"] = command.budget
        ok = figures["ratio"] <= command.budget
        notes.append(f"{'ok' if ok else 'OVER'} <= {command.budget}x {command.floor}")
        if not ok:
            missed.append(f"{figures['ratio']:.2f}x {command.floor} (budget {command.budget}x)")
    if size == LIMIT_SIZE and command.kind in LIMIT_FOR_KIND:
        name, most = LIMIT_FOR_KIND[command.kind]
        if name == "read limit" and command.floor == PLOTEXT:
            name = "chart read limit"  # plotext is imported by both
        ratio = figures["cpu_ms"] / limits[name]["cpu_ms"]
        figures["limit_ratio"] = round(ratio, 2)
        figures["limit_wall_ratio"] = round(figures["median_ms"] / limits[name]["median_ms"], 2)
        figures["limit"] = name
        figures["limit_most"] = most
        ok = ratio <= most
        notes.append(f"{'ok' if ok else 'OVER'} {ratio:.2f}x {name} <= {most:g}")
        if not ok:
            missed.append(f"{ratio:.2f}x {name} (budget {most:g}x)")
    if size == LIMIT_SIZE:
        memory = figures["peak_mib"] * 1024 * 1024 / figures["journal_bytes"]
        figures["memory_times_file"] = round(memory, 2)
        ok = memory <= MEMORY_TIMES_FILE
        notes.append(f"{'ok' if ok else 'OVER'} memory {memory:.1f}x file")
        if not ok:
            missed.append(f"memory {memory:.1f}x the file (budget {MEMORY_TIMES_FILE:g}x)")
    return "; ".join(notes), missed


def growth(report: dict) -> dict[str, list[str]]:
    """Time above the floor, from each size to the one 10x larger; the misses."""
    misses: dict[str, list[str]] = {}
    sizes = sorted(int(s) for s in report["sizes"])
    for small, large in zip(sizes, sizes[1:], strict=False):
        if large != small * 10:
            continue
        print(
            f"\ngrowth of the time above the floor, {small:,} -> {large:,} "
            f"(linear is 10x, budget {GROWTH:g}x):"
        )
        one, ten = report["sizes"][str(small)]["commands"], report["sizes"][str(large)]["commands"]
        typer_ms = report["floors"]["import typer"]["cpu_ms"]
        for label, figures in ten.items():
            if label not in one:
                continue
            # a command faster than its floor at the smaller size does not pay that
            # floor (chart --describe draws nothing): then its time above typer's
            low, high = one[label]["floor_cpu_ms"], figures["floor_cpu_ms"]
            if one[label]["cpu_ms"] <= low:
                low = high = typer_ms
            # a part below NOISE_MS is mostly noise on a shared machine: counted as NOISE_MS
            before = max(one[label]["cpu_ms"] - low, NOISE_MS)
            after = figures["cpu_ms"] - high
            times = after / before
            figures[f"growth_from_{small}"] = round(times, 2)
            ok = times <= GROWTH
            print(
                f"  {label:<26}{before:>8.0f} ms -> {after:>6.0f} ms {times:>7.2f}x  "
                f"{'ok' if ok else 'OVER'}"
            )
            if not ok:
                misses.setdefault(label, []).append(
                    f"grows {times:.1f}x from {small:,} to {large:,} (budget {GROWTH:g}x)"
                )
    return misses
