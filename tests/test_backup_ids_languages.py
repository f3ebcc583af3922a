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
