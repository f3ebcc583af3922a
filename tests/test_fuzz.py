"""Fuzzing the command line: any text (lone surrogates included) gives exit 0, 1
or 2 and never a traceback; accepted text reads back identically; refused input
changes nothing.

How often each exit code came up is a hypothesis event:
``pytest tests/test_fuzz.py --hypothesis-show-statistics`` shows the figures.
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

# any code point, surrogates included (hypothesis leaves them out by default)
ANY_TEXT = st.text(
    st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=()), max_size=30
)
TRICKY = st.sampled_from(
    [
        "\ud800",
        "\udcff",
        "x\udc80y",
        "\x00",
        "\x1b[31m",
        "\u202e",
        "--",
        "-",
        "--help",
        "#1",
        "1",
        "0",
        "9",
        "-3",
        "",
        " ",
        "é",
        "æøå",
        "--journal",
        "--lang",
        "da",
        "--yes",
        "\n",
        "\t",
    ]
)
WORDS = st.sampled_from(
    [
        "goal",
        "add",
        "list",
        "show",
        "edit",
        "log",
        "resource",
        "support",
        "status",
        "backup",
        "restore",
        "doctor",
        "--fix",
        "--json",
        "--position",
        "--note",
        "--chime",
        "--date",
        "--horizon",
        "--parent",
        "--kind",
        "--goal",
        "pause",
        "rm",
        "let-go",
        "encrypt",
        "decrypt",
        "passwd",
        "init",
        "erase",
    ]
)
ARGV = st.lists(st.one_of(WORDS, TRICKY, ANY_TEXT), max_size=6)
FUZZ = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _count(name: str, code: int) -> None:
    event(f"{name}: exit {code}")


def _seed(cli, journal_file):
    if not journal_file.exists():
        assert cli("goal", "add", "Play football", "--position", "2").code == 0


@FUZZ
@given(argv=ARGV)
def test_any_arguments(cli, journal_file, argv):
    _seed(cli, journal_file)
    if "erase" in argv or "encrypt" in argv:  # fine to run, but keep the journal for the rest
        argv = [a for a in argv if a not in ("erase", "encrypt")]
    done = cli(*argv)  # an exception other than SystemExit fails the test
    assert done.code in (0, 1, 2), (argv, done)
    assert "Traceback" not in done.err
    _count("argv", done.code)


@FUZZ
@given(text=st.one_of(ANY_TEXT, TRICKY))
def test_goal_title_round_trip(cli, journal_file, text):
    _seed(cli, journal_file)
    before = journal_file.read_bytes()
    done = cli("goal", "add", "--", text)
    assert done.code in (0, 2), done
    _count("title", done.code)
    if done.code == 2:
        assert journal_file.read_bytes() == before
        return
    number = done.out.split("#", 1)[1].split(":", 1)[0]
    shown = json.loads(cli("goal", "show", number, "--json").out)
    assert shown["title"] == text.strip()


@FUZZ
@given(note=st.one_of(ANY_TEXT, TRICKY), helped=st.one_of(ANY_TEXT, TRICKY))
def test_log_note_round_trip(cli, journal_file, note, helped):
    _seed(cli, journal_file)
    before = journal_file.read_bytes()
    done = cli("log", f"--note={note}", f"--helped={helped}", "1", "4")
    assert done.code in (0, 2), done
    _count("log", done.code)
    if done.code == 2:
        assert journal_file.read_bytes() == before
        return
    latest = json.loads(cli("goal", "show", "1", "--json").out)["history"][-1]
    assert latest["note"] == (note.strip() or None)
    assert latest["helped"] == (helped.strip() or None)


@FUZZ
@given(text=st.one_of(ANY_TEXT, TRICKY), how=st.one_of(ANY_TEXT, TRICKY))
def test_resource_and_support_round_trip(cli, journal_file, text, how):
    _seed(cli, journal_file)
    before = journal_file.read_bytes()
    done = cli("support", "add", f"--how={how}", "--", text)
    assert done.code in (0, 2), done
    _count("support", done.code)
    if done.code == 2:
        assert journal_file.read_bytes() == before
        return
    shown = json.loads(cli("support", "list", "--json").out)
    mine = shown[-1] if isinstance(shown, list) else shown["supports"][-1]
    assert mine["who"] == text.strip() and mine["how"] == (how.strip() or None)
