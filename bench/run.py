"""Benchmark: whole-process timings of recovery commands against Python floors.

    python bench/run.py                      # 1k, 10k and 100k positions, 5 runs each
    python bench/run.py --sizes 1000 --runs 3 --out /tmp/bench.json
    python bench/run.py --here               # this environment's recovery (e.g. editable)

Installs the working tree into a fresh virtual environment (as a person
installs it), builds synthetic journals through the project's own storage (20 goals over ten
years, with resources, supports, notes and check-ins in proportion), then
times each command as a fresh process: the median of N runs after one warm-up,
in turns with its floor (``import typer`` or ``import typer, plotext``) so both
meet the same moments of a busy machine, with each command's ratio to that
floor and its peak memory; the floors ``python -c pass``, ``import typer`` and
``import typer, plotext`` are also timed on their own. The figures go to a JSON
file too. A benchmark, not a test: CI times nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from recovery_cli.domain import records as rec  # noqa: E402
from recovery_cli.domain.chime import DOMAINS  # noqa: E402
from recovery_cli.storage.store import new_journal_data, open_store  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
GOALS = 20

def floors_for(python: str) -> dict[str, list[str]]:
    return {
        "python -c pass": [python, "-c", "pass"],
        "import typer": [python, "-c", "import typer"],
        "import typer, plotext": [python, "-c", "import typer, plotext"],
    }


def installed_copy(folder: Path) -> Path:
    """A fresh virtual environment with the working tree installed as a person
    installs it (not editable: an editable install adds ~20 ms of start-up)."""
    venv = folder / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(ROOT)],
                   check=True)
    return venv / "bin"
# command label -> (arguments, floor it is compared with, budget at 10k or None)
COMMANDS = {
    "--version": (["--version"], "import typer", 1.3),
    "log": (["log", "7", "5", "--note", "bench"], "import typer", 2.5),
    "status": (["status"], "import typer", 3.0),
    "goal list --json": (["goal", "list", "--json"], "import typer", 3.0),
    "chart": (["chart"], "import typer, plotext", 1.5),
    "export json": (["export", "--format", "json"], "import typer", None),
}


def build_journal(path: Path, positions: int) -> None:
    """A decade of use: ``positions`` logs over 20 goals, and the rest in proportion."""
    now = datetime.now(timezone.utc).replace(microsecond=0)
    start = now - timedelta(days=3650)
    span = 3650 * 86400
    with open_store(path, write=True, new_data=new_journal_data("en", rec.stamp(now))) as store:
        goals = []
        for number in range(1, GOALS + 1):
            goal = rec.Goal(id=rec.new_id(), number=number, title=f"Goal number {number}",
                            created=rec.stamp(start), updated=rec.stamp(start),
                            chime=(DOMAINS[number % 5], DOMAINS[(number + 2) % 5]),
                            vision="What it will look like", horizon="1y")
            goals.append(rec.to_dict(goal))
        store.db.table("goals").insert_multiple(goals)
        docs = []
        for i in range(positions):
            goal = goals[i % GOALS]
            when = start + timedelta(seconds=span * i // positions)
            docs.append(rec.to_dict(rec.Position(
                id=rec.new_id(), goal=goal["id"], when=rec.stamp(when), value=1 + (i * 7) % 8,
                note="A short note about the day" if i % 3 == 0 else None)))
        store.db.table("positions").insert_multiple(docs)
        extra = max(positions // 100, 10)
        store.db.table("notes").insert_multiple(
            rec.to_dict(rec.Note(id=rec.new_id(), text=f"Reflection {i}",
                                 when=rec.stamp(start + timedelta(days=i % 3650))))
            for i in range(extra))
        store.db.table("checkins").insert_multiple(
            rec.to_dict(rec.Checkin(id=rec.new_id(),
                                    when=rec.stamp(start + timedelta(days=i % 3650)),
                                    scores={d: 1 + (i + j) % 8 for j, d in enumerate(DOMAINS)}))
            for i in range(extra // 2))
        store.db.table("resources").insert_multiple(
            rec.to_dict(rec.Resource(id=rec.new_id(), text=f"Resource {i}",
                                     created=rec.stamp(start), goal=goals[i % GOALS]["id"]))
            for i in range(40))
        store.db.table("supports").insert_multiple(
            rec.to_dict(rec.Support(id=rec.new_id(), who=f"Person {i}", created=rec.stamp(start),
                                    goal=goals[i % GOALS]["id"]))
            for i in range(30))


def timed(argv: list[str], env: dict[str, str]) -> tuple[float, int, int, float]:
    """Seconds, peak resident memory (KiB), exit code and CPU seconds of one process."""
    started = time.perf_counter()
    child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss, child.returncode, usage.ru_utime + usage.ru_stime


def measure(argv: list[str], env: dict[str, str], runs: int) -> dict:
    timed(argv, env)  # warm-up: file cache, bytecode
    return summary([timed(argv, env) for _ in range(runs)])


def measure_beside(argv: list[str], floor: list[str], env: dict[str, str],
                   runs: int) -> tuple[dict, dict]:
    """A command and its floor, run in turns: both see the same moments of a
    busy machine, so their ratio drifts far less than two separate series."""
    timed(argv, env)
    timed(floor, env)
    pairs = [(timed(argv, env), timed(floor, env)) for _ in range(runs)]
    return summary([mine for mine, _ in pairs]), summary([base for _, base in pairs])


def summary(results: list[tuple[float, int, int, float]]) -> dict:
    return {
        "median_ms": round(statistics.median(r[0] for r in results) * 1000, 1),
        # CPU time varies less than wall time on a busy machine: shown beside it
        "cpu_ms": round(statistics.median(r[3] for r in results) * 1000, 1),
        "peak_mib": round(max(r[1] for r in results) / 1024, 1),
        "exit": max(r[2] for r in results),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", default=str(Path(__file__).with_name("results.json")))
    parser.add_argument("--here", action="store_true",
                        help="time the recovery of this environment instead of a fresh install")
    parser.add_argument("--build", nargs=2, metavar=("PATH", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        build_journal(Path(args.build[0]), int(args.build[1]))
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    base_env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1"}
    base_env.pop("RECOVERY_LANG", None)

    work = tempfile.TemporaryDirectory()
    bin_dir = Path(sys.executable).parent if args.here else installed_copy(Path(work.name))
    python, recovery = str(bin_dir / "python"), str(bin_dir / "recovery")
    floor_argv = floors_for(python)
    floors = {name: measure(argv, base_env, args.runs) for name, argv in floor_argv.items()}
    report = {"machine": platform.platform(), "python": platform.python_version(),
              "install": "this environment" if args.here else "fresh, not editable",
              "runs": args.runs, "floors": floors, "sizes": {}}
    print(f"{'floor':<28}{'median ms':>10}{'cpu ms':>8}{'MiB':>8}")
    for name, figures in floors.items():
        print(f"{name:<28}{figures['median_ms']:>10}{figures['cpu_ms']:>8}"
              f"{figures['peak_mib']:>8}")

    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            path = Path(folder) / f"journal-{size}.json"
            started = time.perf_counter()
            # Built in a child process, so this process stays small: a forked
            # child's peak memory counts the parent's pages until it execs.
            subprocess.run([sys.executable, __file__, "--build", str(path), str(size)],
                           check=True)
            built = time.perf_counter() - started
            env = {**base_env, "RECOVERY_JOURNAL": str(path)}
            print(f"\n{size:,} positions ({path.stat().st_size / 1e6:.1f} MB, built in "
                  f"{built:.1f} s)")
            print(f"{'command':<28}{'median ms':>10}{'floor ms':>9}{'ratio':>7}{'cpu ratio':>10}"
                  f"{'MiB':>7}  budget")
            rows = {}
            for label, (cmd, floor, budget) in COMMANDS.items():
                figures, beside = measure_beside([recovery, *cmd], floor_argv[floor], env,
                                                 args.runs)
                ratio = figures["median_ms"] / beside["median_ms"]
                cpu_ratio = figures["cpu_ms"] / beside["cpu_ms"]
                figures.update(ratio=round(ratio, 2), cpu_ratio=round(cpu_ratio, 2), floor=floor,
                               floor_ms=beside["median_ms"])
                verdict = ""
                if figures["exit"] not in (0,):
                    verdict = f"exit {figures['exit']}"
                elif size == 10_000 and budget:
                    verdict = f"{'ok' if ratio <= budget else 'OVER'} (<= {budget}x {floor})"
                elif size == 100_000:
                    fits = figures["median_ms"] < 1500 and figures["peak_mib"] < 250
                    verdict = f"{'ok' if fits else 'OVER'} (< 1.5 s, < 250 MiB)"
                rows[label] = figures
                print(f"{label:<28}{figures['median_ms']:>10}{beside['median_ms']:>9}{ratio:>7.2f}"
                      f"{cpu_ratio:>10.2f}{figures['peak_mib']:>7}  {verdict}")
            report["sizes"][str(size)] = rows
    if "10000" in report["sizes"] and "100000" in report["sizes"]:
        print("\ngrowth from 10k to 100k (10x data; linear or better is <= 10x):")
        for label in COMMANDS:
            small = report["sizes"]["10000"][label]["median_ms"]
            large = report["sizes"]["100000"][label]["median_ms"]
            print(f"  {label:<26}{large / small:>6.2f}x")
    work.cleanup()
    Path(args.out).write_text(json.dumps(report, indent=2))
    print(f"\nfigures written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
