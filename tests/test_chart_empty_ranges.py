"""What ``recovery chart`` says when there is nothing to draw: nothing logged yet,
or nothing in the range asked for, for positions and for check-ins alike."""

from __future__ import annotations

import pytest


@pytest.fixture
def logged(cli, journal_file):
    assert cli("goal", "add", "Walk every day", "--chime", "h").code == 0
    assert cli("log", "1", "3", "--date", "2025-03-01").code == 0
    assert cli("log", "1", "5", "--date", "2025-04-01").code == 0
    assert cli("checkin", "--hope", "4", "--date", "2025-03-10").code == 0
    return journal_file


def test_checkins_outside_the_range_are_named_as_check_ins(cli, logged):
    until = cli("chart", "--checkins", "--until", "2025-01-01")
    assert until.code == 0, until
    assert until.out == (
        "No check-ins were made up to 1 Jan 2025. Try a later day, or leave out --until.\n"
    )
    both = cli("chart", "--checkins", "--since", "2024-05-01", "--until", "2024-06-01")
    assert both.out == (
        "No check-ins were made between 1 May 2024 and 1 Jun 2024. "
        "Try a wider range, or leave out --since and --until.\n"
    )
    assert "position" not in until.out + both.out


def test_positions_outside_the_range_are_not_called_missing(cli, logged):
    until = cli("chart", "--until", "2025-01-01")
    assert until.code == 0, until
    assert until.out == (
        "No positions were logged up to 1 Jan 2025. Try a later day, or leave out --until.\n"
    )
    domains = cli("chart", "--by-domain", "--until", "2025-01-01")
    assert domains.out == until.out
    both = cli("chart", "--since", "2024-01-01", "--until", "2024-02-01")
    assert both.out.startswith("No positions were logged between 1 Jan 2024 and 1 Feb 2024.")


def test_in_danish(cli, logged):
    until = cli("--lang", "da", "chart", "--until", "2025-01-01")
    assert until.out.startswith("Der blev ikke noteret placeringer til og med 1. jan. 2025.")
    checkins = cli(
        "--lang", "da", "chart", "--checkins", "--since", "2024-05-01", "--until", "2024-06-01"
    )
    assert checkins.out.startswith("Der er ingen indtjekninger mellem 1. maj 2024 og 1. jun. 2024.")
    early = cli("--lang", "da", "chart", "--checkins", "--until", "2025-01-01")
    assert early.out.startswith("Der er ingen indtjekninger til og med 1. jan. 2025.")


def test_nothing_logged_at_all_says_so_with_or_without_a_range(cli, journal_file):
    assert cli("goal", "add", "Walk every day").code == 0
    for args in ([], ["--until", "2025-01-01"], ["--since", "2025-01-01"]):
        done = cli("chart", *args)
        assert done.out.startswith("Nothing to draw yet: no positions are logged"), args
        checkins = cli("chart", "--checkins", *args)
        assert checkins.out.startswith("No check-ins yet."), args
