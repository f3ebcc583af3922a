"""What every command prints and stores, pinned before the speed work (issue 15).

Making a command faster must not change a byte of what it prints or of the
journal it writes. Each command the benchmark times runs on journals of three
sizes (:mod:`tests.speed_data`), in English and in Danish, at a fixed moment
(:data:`tests.speed_data.NOW`, in UTC) with ids made in order, and its exit
code, output, error output and any file it writes (the journal, an export, a
saved chart) are compared with ``tests/pins/speed/LANG-SIZE.json``: the text
itself when it is short, else its SHA-256 and length.

``PIN_UPDATE=1 pytest tests/test_speed_pins.py -p no:randomly`` writes the
pins again after a change that is meant (then read the diff of the texts).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
import uuid
from datetime import datetime
from pathlib import Path

import pytest

from recovery_cli.journal import core
from recovery_cli.storage import backups
from tests import speed_data
from tests.conftest import invoke

PINS = Path(__file__).with_name("pins") / "speed"
SIZES = (40, 400, 2500)
LANGUAGES = ("en", "da")
SHORT = 6000  # outputs up to this many characters are pinned as text
GOAL = "7"

# label: arguments. {export} is an export of the journal, {out} a folder to save in.
READS: dict[str, tuple[str, ...]] = {
    "--help": ("--help",),
    "goal --help": ("goal", "--help"),
    "log --help": ("log", "--help"),
    "chart --help": ("chart", "--help"),
    "--version": ("--version",),
    "status": ("status",),
    "status --json": ("status", "--json"),
    "goal list": ("goal", "list"),
    "goal list --all": ("goal", "list", "--all"),
    "goal list --json": ("goal", "list", "--json"),
    "goal show": ("goal", "show", GOAL),
    "goal show --all": ("goal", "show", "2", "--all"),
    "goal show --json": ("goal", "show", GOAL, "--json"),
    "goal show 2 --json": ("goal", "show", "2", "--json"),
    "notes": ("notes",),
    "notes --all": ("notes", "--all"),
    "notes --search": ("notes", "--search", "Reflection 7"),
    "notes --goal": ("notes", "--goal", "1"),
    "notes --json": ("notes", "--json"),
    "checkins": ("checkins",),
    "checkins --json": ("checkins", "--json"),
    "resource list": ("resource", "list"),
    "support list": ("support", "list"),
    "measure list": ("measure", "list"),
    "measure results": ("measure", "results", "everyday"),
    "measure results --reference": ("measure", "results", "everyday", "--reference"),
    "measure results --json": ("measure", "results", "everyday", "--json"),
    "helped": ("helped", GOAL),
    "helped --json": ("helped", GOAL, "--json"),
    "look-back": ("look-back",),
    "look-back --since 1y": ("look-back", "--since", "1y"),
    "chart": ("chart",),
    "chart GOAL": ("chart", GOAL),
    "chart 2": ("chart", "2"),
    "chart --since": ("chart", "--since", "3 months ago"),
    "chart --until": ("chart", "--since", "2025-01-01", "--until", "2025-06-30"),
    "chart --together": ("chart", "--together", "1", "2", "3"),
    "chart --by-domain": ("chart", "--by-domain"),
    "chart --by-domain --since": ("chart", "--by-domain", "--since", "6 months ago"),
    "chart --chime": ("chart", "--chime", "h"),
    "chart --checkins": ("chart", "--checkins"),
    "chart --measure": ("chart", "--measure", "everyday"),
    "chart GOAL --measure": ("chart", GOAL, "--measure", "everyday"),
    "chart --describe": ("chart", "--describe"),
    "chart --by-domain --describe": ("chart", "--by-domain", "--describe"),
    "chart --save svg": ("chart", "--save", "{out}/chart.svg"),
    "chart --save html": ("chart", "--save", "{out}/chart.html"),
    "chart --save txt": ("chart", "--save", "{out}/chart.txt"),
    "chart --by-domain --save svg": ("chart", "--by-domain", "--save", "{out}/domains.svg"),
    "export json": ("export", "--format", "json"),
    "export json --goal": ("export", "--format", "json", "--goal", GOAL),
    "export json --since": ("export", "--format", "json", "--since", "2026-01-01"),
    "export json --no-notes": ("export", "--format", "json", "--no-notes"),
    "export csv": ("export", "--format", "csv"),
    "export csv goals": ("export", "--format", "csv", "--table", "goals"),
    "export csv notes": ("export", "--format", "csv", "--table", "notes"),
    "export csv checkins": ("export", "--format", "csv", "--table", "checkins"),
    "export csv results": ("export", "--format", "csv", "--table", "results"),
    "export md": ("export", "--format", "md"),
    "export md --measure": ("export", "--format", "md", "--measure", "everyday"),
    "export html": ("export", "--format", "html"),
    "export html --measure": ("export", "--format", "html", "--measure", "everyday"),
    "export html --goal": ("export", "--format", "html", "--goal", GOAL),
    "export to file": ("export", "--output", "{out}/export.json"),
    "import --dry-run": ("import", "{export}", "--dry-run"),
    "import --dry-run --json": ("import", "{export}", "--dry-run", "--json"),
    "doctor": ("doctor",),
    "doctor --json": ("doctor", "--json"),
}
WRITES: dict[str, tuple[str, ...]] = {
    "log": ("log", GOAL, "5", "--note", "A calm day"),
    "log 2": ("log", "2", "3"),
    "goal add": ("goal", "add", "Walk to the harbour", "--chime", "c,h", "-p", "3"),
    "goal edit": ("goal", "edit", GOAL, "--vision", "A calmer morning"),
    "goal pause": ("goal", "pause", "3"),
    "unlog --yes": ("unlog", GOAL, "--yes"),
    "note add": ("note", "add", "A quiet day, and that was fine", "--goal", GOAL),
    "checkin add": ("checkin", "add", "--c", "5", "--h", "6", "--i", "4", "--m", "5"),
    "measure take": ("measure", "take", "everyday", "--answers", "3,2,3,4,1,3"),
    "resource add": ("resource", "add", "Morning walks", "--kind", "strength"),
    "support add": ("support", "add", "Mette", "--kind", "peer"),
    "import (own export)": ("import", "{export}"),
    "import --json": ("import", "{export}", "--json"),
}
# into a journal that does not exist yet
INTO_EMPTY: dict[str, tuple[str, ...]] = {
    "import into empty": ("import", "{export}"),
}

_built: dict[tuple[str, int], tuple[bytes, bytes]] = {}


class _Clock(datetime):
    """``datetime`` whose ``now()`` is the pins' fixed moment."""

    @classmethod
    def now(cls, tz=None):  # type: ignore[override]
        moment = speed_data.NOW
        return moment.astimezone(tz) if tz is not None else moment.replace(tzinfo=None)


@pytest.fixture
def fixed(monkeypatch):
    """The fixed moment (in UTC) and ids made in order, for one test."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    monkeypatch.setattr(core, "datetime", _Clock)
    monkeypatch.setattr(backups, "datetime", _Clock)  # backup names are printed
    counter = iter(range(1, 1_000_000))
    monkeypatch.setattr(uuid, "uuid4", lambda: uuid.UUID(int=next(counter)))
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def _journal_bytes(language: str, size: int, folder: Path) -> tuple[bytes, bytes]:
    """The journal's bytes and its JSON export's, built once per language and size."""
    if (language, size) not in _built:
        path = folder / "build" / "journal.json"
        path.parent.mkdir()
        speed_data.write(path, size, language)
        export = folder / "build" / "export.json"
        ran = invoke("export", "--output", str(export), env={"RECOVERY_JOURNAL": str(path)})
        assert ran.code == 0, ran
        _built[language, size] = (path.read_bytes(), export.read_bytes())
        shutil.rmtree(path.parent)
    return _built[language, size]


def _pinned(text: str) -> str:
    if len(text) <= SHORT:
        return text
    digest = hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()
    return f"sha256:{digest} ({len(text)} characters)"


def _pin_file(language: str, size: int) -> Path:
    return PINS / f"{language}-{size}.json"


def _check(language: str, size: int, label: str, got: dict[str, str]) -> None:
    pins_file = _pin_file(language, size)
    pinned = {key: _pinned(value) for key, value in got.items()}
    if os.environ.get("PIN_UPDATE"):
        PINS.mkdir(exist_ok=True)
        known = json.loads(pins_file.read_text()) if pins_file.exists() else {}
        known[label] = pinned
        pins_file.write_text(json.dumps(dict(sorted(known.items())), indent=1) + "\n")
        return
    expected = json.loads(pins_file.read_text())[label]
    assert pinned == expected


def _run(language: str, size: int, label: str, argv: tuple[str, ...], *, into_empty=False):
    """Run one command on a fresh copy of the journal in a folder whose name has
    the same length every time (the path is printed, and wraps with its length)."""
    folder = Path(tempfile.mkdtemp(prefix="rjpin", dir="/tmp"))
    try:
        journal_raw, export_raw = _journal_bytes(language, size, folder)
        data = folder / "data"
        data.mkdir(mode=0o700)
        journal = data / "journal.json"
        if not into_empty:
            journal.write_bytes(journal_raw)
            journal.chmod(0o600)
        export = folder / "export.json"
        export.write_bytes(export_raw)
        out = folder / "out"
        out.mkdir(mode=0o700)
        args = [a.format(export=export, out=out) for a in argv]
        if into_empty:  # a new journal speaks the language it is asked to
            args = ["--lang", language, *args]
        ran = invoke(*args, env={"RECOVERY_JOURNAL": str(journal)})
        got = {
            "code": str(ran.code),
            "out": ran.out.replace(str(folder), "<folder>"),
            "err": ran.err.replace(str(folder), "<folder>"),
        }
        for saved in sorted(out.iterdir()):
            got[saved.name] = saved.read_text().replace(str(folder), "<folder>")
        if label in WRITES or into_empty:
            got["journal"] = journal.read_text()
        return got
    finally:
        shutil.rmtree(folder, ignore_errors=True)


CASES = [
    (language, size, label)
    for language in LANGUAGES
    for size in SIZES
    for label in (*READS, *WRITES, *INTO_EMPTY)
]


@pytest.mark.parametrize(("language", "size", "label"), CASES)
def test_output_and_stored_bytes_are_pinned(fixed, language, size, label):
    argv = READS.get(label) or WRITES.get(label) or INTO_EMPTY[label]
    got = _run(language, size, label, argv, into_empty=label in INTO_EMPTY)
    _check(language, size, label, got)
