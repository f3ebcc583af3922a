"""The repository itself: no half-finished merges in what we ship.

Outside a git checkout of this project (an unpacked sdist, say) there is no
repository to look at, and the test says so instead of failing.
"""

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT


def _tracked_files() -> list[str]:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    top = subprocess.run(
        ["git", "rev-parse", "--show-toplevel"], cwd=ROOT, capture_output=True, text=True
    )
    if top.returncode != 0 or Path(top.stdout.strip()).resolve() != ROOT:
        pytest.skip("not a git checkout of this project (an unpacked sdist, for one)")
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    return [name for name in listed.split("\0") if name]


def test_no_merge_conflict_markers_in_tracked_files():
    markers = ("<<<<<<< ", ">>>>>>> ")
    found = []
    for name in _tracked_files():
        path = ROOT / name
        if path.suffix in {".py", ".md", ".po", ".toml", ".txt", ".cfg"} and path.is_file():
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if line.startswith(markers) or line == "=======":
                    found.append(f"{name}:{number}")
    assert found == []
