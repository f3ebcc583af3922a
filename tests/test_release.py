"""Conventions a packaged command-line tool keeps: ``-V``, ``import -`` from
standard input, ``import --json`` and ``doctor --json`` in documented shapes,
a spinner only at a terminal that leaves nothing behind, and dependencies used
through their public names only."""

from __future__ import annotations

import io
import json
import os
import re
import stat
import threading

import pytest

import recovery_cli
from recovery_cli.storage import backups
from recovery_cli.views import progress
from tests.conftest import PACKAGE


def test_short_version_flag(cli):
    assert cli("-V").out == cli("--version").out
    assert recovery_cli.__version__ in cli("-V").out


def test_no_private_module_of_a_dependency_is_imported():
    """``from typer import _click`` and the like: a library's private modules can
    change in any release; each dependency is used through what it exports."""
    private = re.compile(
        r"^\s*(?:from\s+(\w+)(?:\.\w+)*\s+import\s+(_\w+)|"
        r"(?:from|import)\s+(\w+)\.(_\w+))",
        re.MULTILINE,
    )
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for match in private.finditer(path.read_text(encoding="utf-8")):
            package = match.group(1) or match.group(3)
            if package != "recovery_cli" and package != "__future__":
                found.append(f"{path.relative_to(PACKAGE)}: {match.group(0).strip()}")
    assert found == []


# --- import - and import --json ---------------------------------------------------


@pytest.fixture
def other_copy(cli, journal_file, tmp_path):
    """An export with one goal and two positions this journal does not have."""
    other = tmp_path / "other.json"
    env = {"RECOVERY_JOURNAL": str(other)}
    assert cli("goal", "add", "Play football", "--position", "2", env=env).code == 0
    assert cli("log", "1", "4", env=env).code == 0
    export = tmp_path / "export.json"
    assert cli("export", "--output", str(export), env=env).code == 0
    return export


def test_import_reads_standard_input(proc, journal_file, other_copy):
    done = proc("import", "-", input=other_copy.read_text(encoding="utf-8"))
    assert done.returncode == 0, done
    assert done.stdout.startswith("Imported an export from standard input:")
    assert json.loads(proc("goal", "list", "--json").stdout)[0]["title"] == "Play football"


def test_import_from_a_terminal_says_to_pipe_a_file_in(journal_file):
    pexpect = pytest.importorskip("pexpect")
    import sys

    from tests.conftest import ROOT, default_signals

    child = pexpect.spawn(
        sys.executable,
        ["-m", "recovery_cli", "import", "-"],
        cwd=str(ROOT),
        env=dict(os.environ),
        encoding="utf-8",
        timeout=30,
        preexec_fn=default_signals,
    )
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 2 and "recovery import - < other.json" in child.before
    assert not journal_file.exists()


def test_import_refuses_what_is_not_an_export_on_stdin(proc, journal_file):
    done = proc("import", "-", input="date,goal\n2026-01-01,x\n")
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert not journal_file.exists()


def test_import_dry_run_json(cli, journal_file, other_copy):
    assert cli("goal", "add", "Walk").code == 0
    before = journal_file.read_bytes()
    done = cli("import", str(other_copy), "--dry-run", "--json")
    assert done.code == 0, done
    report = json.loads(done.out)
    assert journal_file.read_bytes() == before
    assert report["version"] == 1 and report["dry_run"] is True and report["changes"] is True
    assert report["kind"] == "export" and report["source"] == str(other_copy)
    assert [g["number"] for g in report["added"]["goals"]] == [2]  # renumbered: 1 is taken
    assert [p["goal"] for p in report["added"]["positions"]] == [2, 2]
    assert report["renumbered"][0]["was"] == 1 and report["renumbered"][0]["number"] == 2
    assert report["backup"] is None and report["differences"] == []
    assert {"goals", "positions", "resources", "supports", "notes"} <= set(report["added"])


def test_import_json_after_a_real_import_names_the_backup(cli, journal_file, other_copy):
    assert cli("goal", "add", "Walk").code == 0
    report = json.loads(cli("import", str(other_copy), "--json").out)
    assert report["dry_run"] is False and report["backup"]
    again = json.loads(cli("import", str(other_copy), "--json").out)
    assert again["changes"] is False and again["same"] >= 3


# --- doctor --json ----------------------------------------------------------------


def test_doctor_json_healthy(cli, journal_file):
    assert cli("goal", "add", "Walk").code == 0
    done = cli("doctor", "--json")
    assert done.code == 0, done
    report = json.loads(done.out)
    assert report["version"] == 1 and report["journal"] == str(journal_file)
    assert report["exists"] is True and report["problems"] == 0 and report["damaged"] is False
    assert {f["level"] for f in report["findings"]} <= {"ok", "note"}
    assert all(
        set(f) == {"level", "check", "message", "fix", "details"} for f in report["findings"]
    )
    assert "parses" in {f["check"] for f in report["findings"]}


def test_doctor_json_problems_and_fix(cli, journal_file):
    assert cli("goal", "add", "Walk").code == 0
    os.chmod(journal_file, 0o644)
    found = cli("doctor", "--json")
    assert found.code == 1
    report = json.loads(found.out)
    assert report["problems"] == 1 and report["fixable"] == 1
    problem = next(f for f in report["findings"] if f["level"] == "problem")
    assert problem["fix"] == "chmod" and "644" in problem["message"]
    fixed = json.loads(cli("doctor", "--fix", "--json").out)
    assert fixed["problems"] == 0 and "fixed" in {f["level"] for f in fixed["findings"]}
    assert stat.S_IMODE(journal_file.stat().st_mode) == 0o600


def test_doctor_json_damaged_journal_and_no_journal(cli, journal_file):
    none = json.loads(cli("doctor", "--json").out)
    assert none["exists"] is False and none["findings"] == []
    assert cli("goal", "add", "Walk").code == 0
    assert cli("backup").code == 0
    journal_file.write_bytes(journal_file.read_bytes()[:10])
    done = cli("doctor", "--json")
    report = json.loads(done.out)
    assert done.code == 1 and report["damaged"] is True
    assert report["backup"] == backups.backup_id(
        journal_file, backups.list_backups(journal_file)[-1]
    )
    asked = cli("doctor", "--fix", "--json")  # no question inside JSON: --yes is needed
    assert asked.code == 2 and "--yes" in asked.err and asked.out == ""


# --- the spinner ------------------------------------------------------------------


class _Terminal(io.StringIO):
    """A stderr that says it is a terminal, and tells when the spinner drew."""

    def __init__(self) -> None:
        super().__init__()
        self.drawn = threading.Event()

    def isatty(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if text.startswith("\r") and len(text) > 4:
            self.drawn.set()
        return super().write(text)


def test_spinner_draws_on_a_terminal_and_leaves_nothing(monkeypatch):
    screen = _Terminal()
    monkeypatch.setattr("sys.stderr", screen)
    monkeypatch.setattr(progress, "DELAY", 0)
    with progress.working("Opening your journal…"):
        assert screen.drawn.wait(10)
        with progress.quiet():  # a line printed meanwhile starts on a clean line
            written = screen.getvalue()
            assert written.endswith("\r\x1b[K")
            screen.write("a line\n")
    assert "Opening your journal…" in screen.getvalue()
    after = screen.getvalue().split("a line\n", 1)[1]  # drawn again or not, wiped at the end
    assert after == "" or after.endswith("\r\x1b[K")


def test_no_spinner_when_stderr_is_not_a_terminal(monkeypatch):
    piped = io.StringIO()
    monkeypatch.setattr("sys.stderr", piped)
    monkeypatch.setattr(progress, "DELAY", 0)
    with progress.working("Opening your journal…"):
        assert threading.active_count() >= 1
    assert piped.getvalue() == ""


def test_no_spinner_on_a_dumb_terminal(monkeypatch):
    screen = _Terminal()
    monkeypatch.setattr("sys.stderr", screen)
    monkeypatch.setenv("TERM", "dumb")
    monkeypatch.setattr(progress, "DELAY", 0)
    with progress.working("x"):
        pass
    assert screen.getvalue() == ""
