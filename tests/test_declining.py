"""Saying no to a confirmation is the person's choice, not a failure: every
command that asks first says what was kept, exits 0 and changes nothing."""

from __future__ import annotations

import pytest

ASKING = [
    (("goal", "rm", "1"), "Goal #1 was kept; nothing was deleted.", "Mål #1 blev beholdt"),
    (("resource", "rm", "1"), "Nothing was removed; ", "Intet blev fjernet; "),
    (("support", "rm", "1"), "Nothing was removed; ", "Intet blev fjernet; "),
    (("note", "rm", "1"), "Nothing was removed; ", "Intet blev fjernet; "),
    (("checkin", "rm", "1"), "Nothing was removed; ", "Intet blev fjernet; "),
    (("unlog", "1"), "Nothing was removed; ", "Intet blev fjernet; "),
    (("erase",), "Nothing was erased.", "Intet blev slettet."),
]


@pytest.fixture
def everything(cli, journal_file, monkeypatch):
    for args in [
        ("goal", "add", "Sleep better", "--position", "3"),
        ("log", "1", "4"),
        ("resource", "add", "Patience"),
        ("support", "add", "Anna"),
        ("note", "A quiet day"),
        ("checkin", "--hope", "5"),
    ]:
        assert cli(*args).code == 0, args
    # a person at a terminal answers (goal and erase hold their own name for
    # interactive: patch them before prompts, so neither imports the stand-in)
    for module in ("goal", "erase", "prompts"):
        monkeypatch.setattr(f"recovery_cli.cli.{module}.interactive", lambda: True)
    return journal_file


@pytest.mark.parametrize(
    ("args", "english", "danish"), ASKING, ids=lambda a: " ".join(a) if isinstance(a, tuple) else ""
)
@pytest.mark.parametrize("answer", ["", "n", "nej", "no"])
def test_declining_exits_0_says_what_was_kept_and_changes_nothing(
    cli, everything, args, english, danish, answer
):
    before = everything.read_bytes()
    done = cli(*args, input=f"{answer}\n")
    assert done.code == 0, done
    assert done.err == ""
    assert done.out.splitlines()[-1].startswith(english), done
    assert everything.read_bytes() == before
    da = cli("--lang", "da", *args, input=f"{answer}\n")
    assert da.code == 0 and da.out.splitlines()[-1].startswith(danish), da
    assert everything.read_bytes() == before


def test_erase_asks_with_one_colon(cli, everything):
    done = cli("erase", input="\n")
    assert "keep everything: " in done.out and "::" not in done.out
