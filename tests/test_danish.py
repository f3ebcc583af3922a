"""Danish as a Danish person meets it: check-in options in Danish, the guide's
questions wrapped between words, horizons that the questions and the errors
name alike, and one word for the journal (dagbog)."""

import json
import re
from datetime import datetime, timezone

import pytest

from recovery_cli.i18n import catalog, set_language, t

# -- check-in options ---------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("--f", "5", "--h", "4", "--i", "6", "--m", "5", "--e", "3"),
        (
            "--forbundethed",
            "5",
            "--håb",
            "4",
            "--identitet",
            "6",
            "--mening",
            "5",
            "--handlekraft",
            "3",
        ),
        (
            "--forbundethed",
            "5",
            "--haab",
            "4",
            "--identitet",
            "6",
            "--mening",
            "5",
            "--empowerment",
            "3",
        ),
        ("--c", "5", "--hope", "4", "--identity", "6", "--meaning", "5", "--e", "3"),
    ],
)
def test_danish_checkin_takes_danish_and_english_option_names(cli, journal_file, args):
    ran = cli("--lang", "da", "checkin", *args)
    assert ran.code == 0, ran
    (saved,) = json.loads(journal_file.read_text())["results"].values()  # a check-in
    assert saved["answers"] == {
        "connectedness": 5,
        "hope": 4,
        "identity": 6,
        "meaning": 5,
        "empowerment": 3,
    }


def test_english_checkin_also_takes_the_danish_names(cli, journal_file):
    ran = cli("checkin", "--f", "5", "--haab", "4")
    assert ran.code == 0 and "Connectedness 5 · Hope 4" in ran.out


def _plain(text: str) -> str:
    return re.sub(r"\x1b\[[0-9;]*m", "", text)  # as read, also under FORCE_COLOR


def test_checkin_help_names_the_options_in_the_persons_language(cli):
    danish = _plain(cli("--lang", "da", "checkin", "add", "--help").out)
    assert "--forbundethed" in danish and "--f " in danish and "--empowerment" in danish
    assert "handlekraft" not in danish  # still read as typed, never shown
    assert "--connectedness" not in danish and "TEKST" in danish and "HVORNÅR" in danish
    english = _plain(cli("checkin", "add", "--help").out)
    assert "--connectedness" in english and "--forbundethed" not in english
    assert "TEXT" in english and "WHEN" in english


def test_danish_checkin_errors_name_the_option_as_typed(cli, journal_file):
    ran = cli("--lang", "da", "checkin", "--forbundethed", "9")
    assert ran.code == 2 and "Forbundethed (--forbundethed)" in ran.err
    ran = cli("--lang", "da", "checkin", "--f", "9")
    assert ran.code == 2 and "Forbundethed (--f)" in ran.err
    ran = cli("--lang", "da", "checkin", "--x", "4")
    assert ran.code == 2 and "--x" in ran.err and "Traceback" not in ran.err
    assert not journal_file.exists()


# -- wrapping between words ---------------------------------------------------------


def _guide_prompts(language: str) -> list[str]:
    from recovery_cli.domain.records import RESOURCE_KINDS, SUPPORT_KINDS
    from recovery_cli.talk.io import numbered

    set_language(language)
    support = numbered(SUPPORT_KINDS, lambda key: t(f"kind.{key}"))
    resource = numbered(RESOURCE_KINDS, lambda key: t(f"kind.{key}"))
    texts = [
        text
        for key, text in catalog(language).items()
        if key.startswith(("talk.", "reflect.")) and "{" not in text
    ]
    return texts + [
        t("talk.guide.support_kind", who="Min storebror Henrik", kinds=support),
        t("talk.guide.resource_kind", kinds=resource),
        t(
            "talk.checkin.ask",
            domain=t("chime.empowerment"),
            question=t("talk.checkin.question.empowerment"),
        ),
    ]


@pytest.mark.parametrize("language", ["en", "da"])
@pytest.mark.parametrize("width", [60, 80])
def test_guide_text_wraps_only_between_words(language, width):
    from recovery_cli.cli.terminal import wrapped_lines

    for text in _guide_prompts(language):
        for paragraph in text.split("\n"):
            lines = wrapped_lines(paragraph, width)
            assert all(len(line) <= width for line in lines), lines
            assert " ".join(lines).split() == paragraph.split(), lines  # no word cut
            assert not any(line.lstrip().startswith("·") for line in lines), lines
            assert not any(re.search(r"(^|\s)\d+$", line) for line in lines[:-1]), lines


def test_a_long_question_is_wrapped_before_the_answer_is_read(monkeypatch, capsys):
    from recovery_cli.cli.terminal import terminal_talk

    monkeypatch.setenv("COLUMNS", "60")
    asked = []
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or "svar")
    set_language("da")
    question = _guide_prompts("da")[-3]  # "Hvem er ... 5 netværk · 6 andet? ..."
    assert terminal_talk().ask(question) == "svar"
    shown = capsys.readouterr().out.splitlines() + [asked[0].rstrip()]
    assert len(shown) > 1 and all(len(line) < 60 for line in shown)
    assert "5 netværk" in "\n".join(shown) and " ".join(shown).split() == question.split()


# -- horizons -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "language, words", [("en", ("6m", "1y", "5y")), ("da", ("6 mdr.", "1 år", "5 år"))]
)
def test_horizon_question_and_errors_offer_the_same_words(language, words):
    from recovery_cli.domain.when import parse_horizon

    texts = catalog(language)
    offered = ", ".join(words)
    for key in ("talk.guide.horizon", "error.horizon.unknown", "error.horizon.past"):
        assert offered in texts[key], key
    now = datetime(2026, 3, 14, 12, tzinfo=timezone.utc)
    assert [parse_horizon(word, now) for word in words] == ["6m", "1y", "5y"]


def test_danish_horizon_error_offers_danish_words(cli, journal_file):
    ran = cli("--lang", "da", "goal", "add", "Gå en tur", "--horizon", "snart")
    assert ran.code == 2 and "6 mdr., 1 år, 5 år" in ran.err and "6m" not in ran.err


# -- words ----------------------------------------------------------------------------


def test_danish_says_dagbog_not_journal():
    """In Danish care a journal is the record the staff keep about you; the
    person's own file is their dagbog (the program's name and options aside)."""
    allowed = re.compile(
        r"recovery-journal \{version\}|version af recovery-journal|"
        r"--journal|journal\.json|journal\.sync|RECOVERY_JOURNAL|patientjournal|"
        r"share/doc/recovery-journal"
    )
    assert not [
        key for key, text in catalog("da").items() if "journal" in allowed.sub("", text).lower()
    ]


def test_metavars_come_in_both_languages():
    english, danish = catalog("en"), catalog("da")
    keys = {
        "metavar.text",
        "metavar.when",
        "metavar.goal",
        "metavar.who",
        "metavar.file",
        "metavar.date",
    }
    assert keys <= set(english) and keys <= set(danish)
    assert danish["metavar.goal"] == "MÅL" and danish["metavar.text"] == "TEKST"
    assert all(" " not in danish[key] and "[" not in danish[key] for key in keys)


@pytest.mark.parametrize("when", ["14.3.2026", "14/03/2026", "14-3-2026"])
def test_danish_dates_through_the_command_line(cli, journal_file, when):
    added = cli("--lang", "da", "goal", "add", "Gå en tur", "--horizon", "6 mdr.")
    assert added.code == 0, added
    logged = cli("--lang", "da", "log", "1", "4", "--date", when)
    assert logged.code == 0, logged
    shown = json.loads(cli("goal", "show", "1", "--json").out)
    assert shown["horizon"] == "6m"
    assert [p["when"][:10] for p in shown["history"]] == ["2026-03-14"]
    noted = cli("--lang", "da", "note", "En god dag", "--date", when)
    assert noted.code == 0, noted
    horizon = cli("--lang", "da", "goal", "edit", "1", "--horizon", "1.6.2099")
    assert horizon.code == 0, horizon
    assert json.loads(cli("goal", "show", "1", "--json").out)["horizon"] == "2099-06-01"


def test_a_month_first_date_is_explained(cli, journal_file):
    cli("goal", "add", "Walk")
    ran = cli("log", "1", "4", "--date", "11/23/2026")
    assert ran.code == 2 and "the day first: 14.3.2026" in ran.err
    danish = cli("--lang", "da", "log", "1", "4", "--date", "11/23/2026")
    assert danish.code == 2 and "skriv dagen først" in danish.err
