"""Backup IDs typed from a screen in either language, and backup times written
as every other screen writes a moment."""

from __future__ import annotations

import pytest

from recovery_cli.i18n import set_language, t
from recovery_cli.storage import backups


@pytest.fixture
def daily(cli, journal_file):
    """A daily backup with one goal; the journal has gained a second goal since."""
    assert cli("goal", "add", "Play football", "--position", "2").code == 0
    made = backups.snapshot(journal_file, "daily")
    kept = journal_file.read_bytes()
    assert cli("goal", "add", "Sleep better").code == 0
    return backups.backup_id(journal_file, made), kept


@pytest.mark.parametrize(
    ("lang", "typed"),
    [("en", "-daglig"), ("da", "-daily"), ("en", "-dagl"), ("en", ""), ("da", "")],
)
def test_an_id_in_either_language_or_its_bare_time_restores(cli, journal_file, daily, lang, typed):
    ident, kept = daily
    stamp = ident.removesuffix("-daily")
    done = cli("--lang", lang, "backup", "restore", stamp + typed, "--yes")
    assert done.code == 0, done
    assert journal_file.read_bytes() == kept


def test_a_word_of_no_language_is_still_no_backup(cli, journal_file, daily):
    ident, _ = daily
    before = journal_file.read_bytes()
    done = cli("backup", "restore", ident.replace("-daily", "-weekly"), "--yes")
    assert done.code == 1 and "no backup" in done.err
    assert journal_file.read_bytes() == before


def test_backup_list_writes_the_time_as_every_other_screen(cli, journal_file, daily):
    ident, _ = daily
    moment = backups.taken_at(journal_file, backups.find(journal_file, ident))
    assert moment is not None
    local = moment.astimezone()
    english = cli("backup", "list").out
    assert f"{local.day} {local:%b} {local.year}, {local:%H:%M}" in english
    assert f"{local:%Y-%m-%d}" not in english
    danish = cli("--lang", "da", "backup", "list").out
    set_language("da")
    assert f"{local.day}. {t(f'month.{local.month}')} {local.year} kl. {local:%H.%M}" in danish
    assert f"{local.day}.{local.month}.{local.year}" not in danish


@pytest.mark.parametrize("lang", ["en", "da"])
def test_backup_list_fits_60_columns_without_breaking_an_id_or_a_command(cli, journal_file, lang):
    """At 60 columns each backup takes two lines (the id whole on the first), and
    the restore command stands whole on a line; at 120 one row each."""
    cli("goal", "add", "Walk")
    assert cli("backup").code == 0
    narrow = cli("--lang", lang, "backup", "list", env={"COLUMNS": "60", "TTY_COMPATIBLE": "1"})
    lines = narrow.out.splitlines()
    assert all(len(line) <= 60 for line in lines), narrow.out
    import re

    ident = re.search(r"\d{8}T\d{6}Z-\w+", narrow.out).group(0)
    assert lines[-1] == f"  recovery backup restore {ident}" or lines[-1].endswith(
        f" recovery backup restore {ident}"
    )
    wide = cli("--lang", lang, "backup", "list", env={"COLUMNS": "120"}).out.splitlines()
    assert wide[-1].endswith(f": recovery backup restore {ident}")
    assert any(line.startswith(f"  {ident}  ") and line.rstrip()[-1] == "B" for line in wide)
