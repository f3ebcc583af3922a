"""Findings from a tester's review, each held through the CLI: suggested commands
each on a line of their own, the report in one person, and the like."""

from __future__ import annotations

import pytest

from tests.glossary import assert_danish


@pytest.mark.parametrize("columns", ["60", "100", "200"])
@pytest.mark.parametrize("command", [("goal", "show", "1"), ("status",)])
def test_suggested_commands_each_have_a_line_of_their_own(cli, columns, command):
    """Two commands on one line joined by a comma copy as one broken command: at any
    width each suggested command is a line of its own."""
    assert cli("goal", "add", "Walk by the lake", "--position", "3").code == 0
    ran = cli(*command, env={"COLUMNS": columns})
    assert ran.code == 0, ran
    lines = ran.out.splitlines()
    assert "  recovery resource add TEXT --goal 1" in lines, ran.out
    assert "  recovery support add WHO --goal 1" in lines, ran.out
    assert not any("," in line and "recovery resource add" in line for line in lines)


def test_more_positions_than_shown_give_each_command_a_line(cli):
    assert cli("goal", "add", "Gå ved søen").code == 0
    for day in range(25):
        assert cli("log", "1", str(day % 8 + 1), "--date", f"2026-01-{day + 1:02d}").code == 0
    ran = cli("goal", "show", "1", env={"COLUMNS": "200"})
    lines = ran.out.splitlines()
    assert "  recovery chart 1" in lines and "  recovery goal show 1 --all" in lines, ran.out
    assert_danish(cli("--lang", "da", "goal", "show", "1").out)


@pytest.fixture
def report_journal(cli):
    """A goal with how we work together, a resource and a peer who describes
    themself as one; a second goal with no position; a check-in."""
    assert (
        cli("goal", "add", "Gå ved søen", "--position", "3", "--together", "Vi går sammen").code
        == 0
    )
    assert cli("resource", "add", "Tålmodighed", "--kind", "strength", "--goal", "1").code == 0
    how = "Min peermedarbejder: vi planlægger det næste skridt"
    assert cli("support", "add", "Maja", "--kind", "peer", "--how", how, "--goal", "1").code == 0
    assert cli("goal", "add", "Synge i kor").code == 0
    scores = ["--c", "5", "--h", "4", "--i", "5", "--m", "3", "--e", "4"]
    assert cli("checkin", *scores).code == 0


SECOND_PERSON = {
    "en": ("Where you are", "your own ratings"),
    "da": (
        "Hvor du er",
        "Sådan arbejder I sammen",
        "Det, du kan trække på",
        "det, du kan trække",
        "dine egne",
    ),
}
FIRST_PERSON = {
    "en": ("Where I am", "How we work together", "What I can draw on", "my own ratings"),
    "da": (
        "Hvor jeg er",
        "Sådan arbejder vi sammen",
        "Det, jeg kan trække på",
        "mine egne vurderinger",
    ),
}


@pytest.mark.parametrize("form", ["md", "html"])
@pytest.mark.parametrize("lang", ["en", "da"])
def test_the_report_speaks_in_one_person(cli, report_journal, form, lang):
    """The report is the person's own document ("My recovery journal"): every
    label in it says I, not you."""
    text = cli("--lang", lang, "export", "--format", form).out
    for words in FIRST_PERSON[lang]:
        assert words in text, words
    for words in SECOND_PERSON[lang]:
        assert words not in text, words
    if lang == "da" and form == "md":
        assert_danish(text)


def test_the_terminal_still_says_you(cli, report_journal):
    assert "Hvor du er" in cli("--lang", "da", "goal", "show", "1").out


@pytest.mark.parametrize("lang, kind", [("en", "peer"), ("da", "peer")])
def test_a_support_is_who_how_then_kind(cli, report_journal, lang, kind):
    """The kind comes after the person's own words, so "(peer): Min
    peermedarbejder: …" (kind and description twice, two colons) is gone."""
    how = "Min peermedarbejder: vi planlægger det næste skridt"
    md = cli("--lang", lang, "export", "--format", "md").out
    assert f"- **Maja** — {how} ({kind})" in md, md
    html = cli("--lang", lang, "export", "--format", "html").out
    assert f'<strong>Maja</strong> — {how} <span class="kind">({kind})</span>' in html
    shown = cli("--lang", lang, "goal", "show", "1", env={"COLUMNS": "200"}).out
    assert f"Maja — {how}  ({kind})" in shown, shown
    for text in (md, html, shown):
        assert "(peer):" not in text and "(peer) —" not in text


@pytest.mark.parametrize("form", ["md", "html"])
@pytest.mark.parametrize(
    "lang, period, none, yet",
    [
        (
            "en",
            "in this period",
            "No positions I logged myself in this period.",
            "No positions I logged myself yet.",
        ),
        (
            "da",
            "i denne periode",
            "Ingen placeringer, jeg selv har noteret, i denne periode.",
            "Endnu ingen placeringer, jeg selv har noteret.",
        ),
    ],
)
def test_a_goal_without_positions_is_said_by_the_period_chosen(
    cli, report_journal, form, lang, period, none, yet
):
    whole = cli("--lang", lang, "export", "--format", form).out
    assert yet in whole and period not in whole
    since = cli("--lang", lang, "export", "--format", form, "--since", "2020-01-01").out
    assert none in since and yet not in since


def test_check_in_captions_do_not_put_a_colon_after_a_question(cli, report_journal):
    for lang in ("en", "da"):
        html = cli("--lang", lang, "export", "--format", "html").out
        assert "?:" not in html, html
        assert "?<br>" in html  # the question, then what its answers did


@pytest.mark.parametrize("lang", ["en", "da"])
@pytest.mark.parametrize("args", [(), ("--by-domain",), ("--by-domain", "--together")])
def test_a_chart_title_fits_60_columns_and_keeps_its_dates_whole(cli, lang, args):
    assert cli("goal", "add", "Gå ved søen", "--chime", "c,h", "--position", "3").code == 0
    for ago, position in (("20", "4"), ("10", "5")):
        assert cli("log", "1", position, "--date", f"{ago} days ago").code == 0
    ran = cli(
        "--lang",
        lang,
        "chart",
        "--since",
        "2025-06-01",
        *args,
        env={"COLUMNS": "60", "NO_COLOR": "1"},
    )
    assert ran.code == 0, ran
    lines = ran.out.splitlines()
    assert all(len(line) <= 60 for line in lines), ran.out
    since = "1 Jun 2025" if lang == "en" else "1. jun. 2025"
    assert any(line.startswith(f"{since} – ") for line in lines[:3]), ran.out


def test_the_danish_domain_chart_title_is_plain(cli):
    assert cli("goal", "add", "Gå ved søen", "--chime", "c", "--position", "3").code == 0
    ran = cli("--lang", "da", "chart", "--by-domain", env={"COLUMNS": "60", "NO_COLOR": "1"})
    title = ran.out.splitlines()[0]
    assert title == "Dine placeringer over tid, i gennemsnit pr. CHIME-område", ran.out


@pytest.mark.parametrize("lang", ["en", "da"])
def test_the_course_lists_exactly_the_questions_the_guide_asks(cli, monkeypatch, lang):
    """One source: the course's conversation page lists the guide's questions, in
    its order, from the keys the guide asks with (not words of its own)."""
    import re

    from recovery_cli.i18n import catalog
    from recovery_cli.journal.conversation import IN_THE_WAY_PROMPT, MATTERS_PROMPT
    from recovery_cli.talk import questions

    assert f"reflect.{MATTERS_PROMPT}" == questions.MATTERS
    assert f"reflect.{IN_THE_WAY_PROMPT}" == questions.IN_THE_WAY
    texts = catalog(lang)
    expected = [texts[key] for key in questions.NEW_GOAL]
    course = cli("--lang", lang, "course", "--print", env={"COLUMNS": "200"}).out
    page = course[course.index(texts["course.conversation.1.heading"]) :]
    page = page[: page.index(texts["course.conversation.1.after"][:20])]
    listed = [m.group(1) for m in re.finditer(r"^ ?\d{1,2}  (.+)$", page, flags=re.M)]
    assert listed == expected, listed

    # and the guide, at a terminal, asks each of them in that order
    monkeypatch.setattr("recovery_cli.cli.prompts.interactive", lambda: True)
    asked: list[str] = []
    from recovery_cli.cli import terminal
    from recovery_cli.talk.io import Talk

    answers = iter(["Fodbold", "Træthed", "Spille fodbold", "f", "3", "", "", "", "", "", ""])

    def ask(question: str) -> str:
        asked.append(question)
        return next(answers, "")

    monkeypatch.setattr(terminal, "terminal_talk", lambda: Talk(ask=ask, say=asked.append))
    cli("--lang", lang, "guide", input="n\n")
    said = "\n".join(asked)
    at = [said.find(question) for question in expected]
    assert -1 not in at and at == sorted(at), (at, said)


def test_look_back_names_goals_let_go_and_reached_plainly(cli):
    assert cli("goal", "add", "Gå ved søen", "--position", "3", "--date", "40 days ago").code == 0
    assert cli("goal", "add", "Synge i kor", "--position", "4", "--date", "40 days ago").code == 0
    assert cli("goal", "let-go", "1").code == 0
    assert cli("goal", "reach", "2").code == 0
    danish = cli("--lang", "da", "look-back", "--since", "for 100 år siden").out
    assert "Mål, du har givet slip på: #1 »Gå ved søen«." in danish, danish
    assert "Mål, du har nået: #2 »Synge i kor«." in danish
    assert "i denne tid" not in danish
    english = cli("look-back", "--since", "100 years ago").out
    assert "Goals you let go of: #1" in english and "Goals you reached: #2" in english


def test_a_reverse_scored_item_is_said_in_danish(cli):
    shown = cli("--lang", "da", "--demo", "measure", "show", "everyday").out
    assert "(tælles omvendt)" in shown and "scores" not in shown, shown


def test_backup_sizes_have_a_danish_decimal_comma(cli):
    import re

    assert cli("--demo", "log", "1", "5").code == 0
    danish = cli("--lang", "da", "--demo", "backup", "list").out
    assert re.search(r"\d+,\d kB$", danish, flags=re.M), danish
    english = cli("--demo", "backup", "list").out
    assert re.search(r"\d+\.\d KB$", english, flags=re.M), english
