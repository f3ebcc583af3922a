"""Benchmark: every recovery command as a whole process, beside its floor.

    python bench/run.py                          # 1k, 10k and 100k positions, 5 runs each
    python bench/run.py --sizes 10000,100000,1000000 --runs 9
    python bench/run.py --sizes 1000 --runs 3 --only chart --out /tmp/bench.json
    python bench/run.py --here                   # this environment's recovery (e.g. editable)

Installs the working tree into a fresh virtual environment (as a person
installs it), builds synthetic journals (``journals.py``) and times each
command of ``commands.py`` as a fresh process: the median of N runs after one
warm-up, each run in turn with its floor so both meet the same moments of a
busy machine. Ratios are of CPU time (user + system), which a shared machine
disturbs far less than wall time; wall times are shown and kept beside them.
The floors and limits (``limits.py``) are processes that end the way recovery
does. Every process is started by a small launcher (``launcher.py``) so its
peak memory is its own. It prints each ratio beside its budget (``OVER`` where
one is missed), the growth per 10x data, and writes everything to
``bench/results.json`` with the machine and the date. A benchmark, not a test:
CI times nothing.

Budgets (issue 15): at 10k positions each command's ratio to its floor (see
``commands.py``); at 100k every read command within 1.5x the read limit, every
write command within 1.5x the write limit, exports and import within 3x (of
the read and the write limit), an encrypted journal's status within 1.5x the
sealed read limit (a command that draws plotext panels is held to the read
limit with plotext imported, as its floor has plotext too); peak memory
within 6x the journal file at 100k; and the time above the floor growing at
most 11x for 10x the data (10k -> 100k and 100k -> 1M). Every miss is listed
at the end and kept in results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from budgets import growth, verdict  # noqa: E402
from commands import COMMANDS, Command  # noqa: E402
from limits import FLOOR_CODE, LIMIT_CODE  # noqa: E402

ROOT = HERE.parent
GOAL = "7"
PASSPHRASE = "bench passphrase, not a secret"


class Launcher:
    """The small process that starts every timed command (see launcher.py)."""

    def __init__(self, python: str) -> None:
        self.child = subprocess.Popen(
            [python, "-S", "-E", str(HERE / "launcher.py")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def run(self, argv: list[str], env: dict[str, str], empty=(), copy=()) -> list:
        request = {"argv": argv, "env": env, "empty": list(empty), "copy": list(copy)}
        assert self.child.stdin and self.child.stdout
        self.child.stdin.write(json.dumps(request) + "\n")
        self.child.stdin.flush()
        return json.loads(self.child.stdout.readline())

    def close(self) -> None:
        assert self.child.stdin
        self.child.stdin.close()
        self.child.wait()


def summary(results: list[list]) -> dict:
    return {
        "median_ms": round(statistics.median(r[0] for r in results) * 1000, 1),
        # CPU time varies less than wall time on a busy machine: shown beside it
        "cpu_ms": round(statistics.median(r[3] for r in results) * 1000, 1),
        "peak_mib": round(max(r[1] for r in results) / 1024, 1),
        "exit": max(r[2] for r in results),
    }


WARMUPS = [1]  # runs before the timed ones (--warmups)


def beside(
    launch: Launcher,
    argv: list[str],
    floor: list[str],
    env: dict[str, str],
    runs: int,
    empty=(),
    copy=(),
) -> tuple[dict, dict]:
    """A command and its floor in turns, after the warm-ups of each."""
    for _ in range(WARMUPS[0]):
        launch.run(argv, env, empty, copy)
        launch.run(floor, env)
    pairs = [(launch.run(argv, env, empty, copy), launch.run(floor, env)) for _ in range(runs)]
    return summary([mine for mine, _ in pairs]), summary([base for _, base in pairs])


def alone(launch: Launcher, argv: list[str], env: dict[str, str], runs: int) -> dict:
    for _ in range(WARMUPS[0]):
        launch.run(argv, env)
    return summary([launch.run(argv, env) for _ in range(runs)])


def installed_copy(folder: Path) -> Path:
    """A fresh virtual environment with the working tree installed as a person
    installs it (not editable: an editable install adds ~20 ms of start-up)."""
    venv = folder / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(ROOT)], check=True
    )
    return venv / "bin"


def available(recovery: str, command: Command, env: dict[str, str]) -> bool:
    """Whether this version of recovery has the command (new ones may not)."""
    if not command.needs:
        return True
    words = command.needs.split()
    option = next((w for w in words if w.startswith("-")), None)
    head = [w for w in words if not w.startswith("-")]
    done = subprocess.run([recovery, *head, "--help"], env=env, capture_output=True, text=True)
    return done.returncode == 0 and (option is None or option in done.stdout)


def prepare(
    size: int, folder: Path, python: str, recovery: str, env: dict[str, str]
) -> dict[str, str]:
    """The journal of ``size`` positions, a copy as built, its export and an
    encrypted copy; the folders commands write into."""
    journal = folder / str(size) / "journal.json"
    journal.parent.mkdir(parents=True)
    journal.parent.chmod(0o700)
    started = time.perf_counter()
    subprocess.run([python, str(HERE / "journals.py"), str(journal), str(size)], check=True)
    built = time.perf_counter() - started
    env = {**env, "RECOVERY_JOURNAL": str(journal)}
    export = folder / str(size) / "export.json"
    subprocess.run(
        [recovery, "export", "--output", str(export)],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    secret = folder / "passphrase"
    secret.write_text(PASSPHRASE + "\n")
    secret.chmod(0o600)
    sealed = folder / str(size) / "sealed" / "journal.json"
    sealed.parent.mkdir()
    shutil.copyfile(journal, sealed)
    subprocess.run(
        [recovery, "encrypt"],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        env={
            **env,
            "RECOVERY_JOURNAL": str(sealed),
            "RECOVERY_NEW_PASSPHRASE_FILE": str(secret),
            "RECOVERY_PASSPHRASE_FILE": str(secret),
        },
    )
    pristine = folder / str(size) / "pristine.json"
    shutil.copyfile(journal, pristine)
    print(f"\n{size:,} positions ({journal.stat().st_size / 1e6:.1f} MB, built in {built:.1f} s)")
    return {
        "journal": str(journal),
        "pristine": str(pristine),
        "export": str(export),
        "sealed": str(sealed),
        "passphrase": str(secret),
        "backups": str(journal.parent / "backups"),
        "empty": str(folder / str(size) / "empty"),
        "out": str(folder / str(size) / "out"),
        "bytes": str(journal.stat().st_size),
    }


def fill(words, files: dict[str, str]) -> list:
    """The arguments or set-up with ``{goal}``, ``{journal}``... filled in."""
    return [w.format(goal=GOAL, **files) if isinstance(w, str) else fill(w, files) for w in words]


def time_size(
    launch: Launcher,
    size: int,
    files: dict[str, str],
    recovery: str,
    python: str,
    env: dict[str, str],
    runs: int,
    only: str | None,
) -> dict:
    env = {**env, "RECOVERY_JOURNAL": files["journal"]}
    floor_argv = {name: [python, "-c", code] for name, code in FLOOR_CODE.items()}
    limits = {}
    limit_env = {
        **env,
        "RECOVERY_SEALED": files["sealed"],
        "RECOVERY_PASSPHRASE_FILE": files["passphrase"],
    }
    print(f"{'limit':<26}{'median ms':>10}{'cpu ms':>8}{'MiB':>7}")
    for name, code in LIMIT_CODE.items():
        limits[name] = alone(launch, [python, "-c", code], limit_env, runs)
        print(
            f"{name:<26}{limits[name]['median_ms']:>10}{limits[name]['cpu_ms']:>8}"
            f"{limits[name]['peak_mib']:>7}"
        )
    print(
        f"{'command':<26}{'cpu ms':>8}{'floor':>7}{'ratio':>7}{'wall ms':>9}{'wall ratio':>11}"
        f"{'MiB':>7}  budget"
    )
    rows, misses = {}, {}
    for command in COMMANDS:
        if only and only not in command.label:
            continue
        run_env = {**env, "RECOVERY_JOURNAL": fill([command.journal], files)[0]}
        if command.encrypted:
            run_env = {
                **env,
                "RECOVERY_JOURNAL": files["sealed"],
                "RECOVERY_PASSPHRASE_FILE": files["passphrase"],
            }
        if not available(recovery, command, run_env):
            print(f"{command.label:<26}{'(not in this version)':>34}")
            continue
        argv = [recovery, *fill(command.argv, files)]
        figures, base = beside(
            launch,
            argv,
            floor_argv[command.floor],
            run_env,
            runs,
            empty=fill(command.empty, files),
            copy=fill(command.copy, files),
        )
        figures.update(
            ratio=round(figures["cpu_ms"] / base["cpu_ms"], 2),
            wall_ratio=round(figures["median_ms"] / base["median_ms"], 2),
            floor=command.floor,
            floor_ms=base["median_ms"],
            floor_cpu_ms=base["cpu_ms"],
            kind=command.kind,
            journal_bytes=int(files["bytes"]),
        )
        mark, missed = verdict(size, command, figures, limits)
        rows[command.label] = figures
        if missed:
            misses[command.label] = missed
        print(
            f"{command.label:<26}{figures['cpu_ms']:>8.0f}{base['cpu_ms']:>7.0f}"
            f"{figures['ratio']:>7.2f}{figures['median_ms']:>9.0f}{figures['wall_ratio']:>11.2f}"
            f"{figures['peak_mib']:>7}"
            f"  {mark}"
        )
    return {"limits": limits, "commands": rows, "misses": misses}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--warmups", type=int, default=1, help="untimed runs first (0 for a quick 1M run)"
    )
    parser.add_argument("--only", help="time only commands whose label contains this")
    parser.add_argument("--out", default=str(HERE / "results.json"))
    parser.add_argument(
        "--here",
        action="store_true",
        help="time the recovery of this environment instead of a fresh install",
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    WARMUPS[0] = args.warmups
    # nothing of this shell's Python or recovery settings (PYTHONDONTWRITEBYTECODE
    # would have every run compile the package again, as no person's does)
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("RECOVERY_", "PYTHON"))
    }
    env.update(COLUMNS="100", LINES="40", NO_COLOR="1", LANG="C.UTF-8")

    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        env["HOME"] = str(folder / "home")
        bin_dir = Path(sys.executable).parent if args.here else installed_copy(folder)
        python, recovery = str(bin_dir / "python"), str(bin_dir / "recovery")
        launch = Launcher(python)
        floors = {
            name: alone(launch, [python, "-c", code], env, args.runs)
            for name, code in FLOOR_CODE.items()
        }
        report = {
            "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "machine": f"{platform.platform()}, {os.cpu_count()} cores",
            "python": platform.python_version(),
            "install": "this environment" if args.here else "fresh, not editable",
            "runs": args.runs,
            "warmups": args.warmups,
            "floors": floors,
            "sizes": {},
        }
        print(f"{'floor':<26}{'median ms':>10}{'cpu ms':>8}{'MiB':>7}")
        for name, figures in floors.items():
            print(
                f"{name:<26}{figures['median_ms']:>10}{figures['cpu_ms']:>8}"
                f"{figures['peak_mib']:>7}"
            )
        for size in sizes:
            files = prepare(size, folder, python, recovery, env)
            report["sizes"][str(size)] = time_size(
                launch, size, files, recovery, python, env, args.runs, args.only
            )
        launch.close()
    grown = growth(report)
    report["misses"] = {
        **{
            f"{label} at {int(size):,}": missed
            for size, figures in report["sizes"].items()
            for label, missed in figures["misses"].items()
        },
        **{f"{label} (growth)": missed for label, missed in grown.items()},
    }
    print("\nbudgets missed:" if report["misses"] else "\nevery budget held")
    for where, missed in report["misses"].items():
        print(f"  {where}: {'; '.join(missed)}")
    Path(args.out).write_text(json.dumps(report, indent=2) + "\n")
    print(f"\nfigures written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
