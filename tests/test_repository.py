"""The repository itself: no half-finished merges in what we ship."""

import subprocess

from tests.conftest import ROOT


def test_no_merge_conflict_markers_in_tracked_files():
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.split()
    markers = ("<<<<<<< ", ">>>>>>> ")
    found = []
    for name in tracked:
        path = ROOT / name
        if path.suffix in {".py", ".md", ".po", ".toml", ".txt", ".cfg"} and path.is_file():
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if line.startswith(markers) or line == "=======":
                    found.append(f"{name}:{number}")
    assert found == []
