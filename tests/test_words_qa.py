"""Wording found in a QA pass as a new user, English and Danish, through the CLI:
status words in either language, a measure's own ``?`` help, "from 3 to 3"
said as a person would, the export report's list, empty input said to be
empty, and the other sentences below (one section per finding)."""

from __future__ import annotations

import json

import pytest

from recovery_cli.definitions import example_text
from tests.conftest import one_sentence
from tests.safety_util import write_passphrase

WIDE = {"COLUMNS": "200"}  # sentences on one line each


@pytest.fixture
def everyday(cli, tmp_path):
    """The example measure (6 items, 0-4, one skip allowed) in the journal."""
    path = tmp_path / "everyday.toml"
    path.write_bytes(example_text())
    assert cli("measure", "add", str(path)).code == 0
    return path


# -- 6: a status in Danish or English, wherever a status is an option value ------------


@pytest.fixture
def four_statuses(cli):
    for title, verb in (("Walk", None), ("Read", "pause"), ("Swim", "reach"), ("Sing", "let-go")):
        cli("goal", "add", title)
        if verb:
            cli("goal", verb, title)


@pytest.mark.parametrize(
    ("word", "title"),
    [
        ("aktivt", "Walk"),
        ("Aktiv", "Walk"),
        ("på pause", "Read"),
        ("paa pause", "Read"),
        ("på-pause", "Read"),
        ("nået", "Swim"),
        ("naaet", "Swim"),
        ("givet slip", "Sing"),
        ("givet-slip", "Sing"),
        ("Givet_Slip", "Sing"),
        ("active", "Walk"),
        ("paused", "Read"),
        ("reached", "Swim"),
        ("let-go", "Sing"),
        ("let go", "Sing"),
        ("let_go", "Sing"),
    ],
)
@pytest.mark.parametrize("lang", ["en", "da"])
def test_every_status_word_the_lists_show_is_taken_back(cli, four_statuses, word, title, lang):
    ran = cli("--lang", lang, "goal", "list", "--status", word, "--json")
    assert ran.code == 0, ran
    assert [goal["title"] for goal in json.loads(ran.out)] == [title]


def test_danish_help_and_refusal_name_the_statuses_as_the_lists_do(cli):
    helped = cli("--lang", "da", "goal", "list", "--help", env=WIDE)
    assert "aktivt, på pause, nået eller givet slip" in helped.out
    refused = cli("--lang", "da", "goal", "list", "--status", "glemt")
    assert refused.code == 2
    assert "brug aktivt, på pause, nået eller givet slip" in one_sentence(refused)


# -- 8: ? at a measure's item explains that measure, not the check-in ------------------


def test_question_mark_at_a_measure_item_explains_its_answers(cli, everyday, tty):
    answers = ["?", "-", "?", "3", "4", "2", "1", "3", "", "n"]
    ran = cli("measure", "take", "everyday", input="\n".join(answers) + "\n", env=WIDE)
    assert ran.code == 0, ran
    assert "no score" not in ran.out
    assert "from 0 (not at all) to 4 (all the time)" in ran.out
    assert "Enter or - skips this item; Ctrl-C stops without saving" in ran.out
    assert "A score is still given with up to 1 item skipped." in ran.out
    assert "This item is about Empowerment" in ran.out  # item 2 is an Empowerment item
    assert "1. I have slept well enough to get through my days: skipped" in ran.out


def test_question_mark_at_a_measure_item_in_danish(cli, everyday, tty):
    answers = ["?", "", "", "", "", "", "", ""]
    typed = "\n".join(answers) + "\n"
    ran = cli("--lang", "da", "measure", "take", "everyday", input=typed, env=WIDE)
    assert "ingen score" not in ran.out.lower()
    assert "fra 0 (slet ikke) til 4 (hele tiden)" in ran.out
    assert "Enter eller - springer spørgsmålet over" in ran.out


def test_the_checkin_keeps_its_own_question_mark_help(cli, tty):
    ran = cli("checkin", input="?\n\n\n\n\n\n", env=WIDE)
    assert "Connectedness is about" in ran.out and "no score" in ran.out


# -- 11: a goal back where it began, or never moved, is not "from 3 to 3" --------------


@pytest.fixture
def still_and_back(cli):
    """#1 stayed at 3; #2 went from 3 up to 5 and back to 3."""
    cli("goal", "add", "Walk", "--position", "3", "--date", "10 days ago")
    cli("log", "1", "3", "--date", "5 days ago")
    cli("goal", "add", "Cook", "--position", "3", "--date", "20 days ago")
    cli("log", "2", "5", "--date", "10 days ago")
    cli("log", "2", "3", "--date", "2 days ago")


@pytest.mark.parametrize(
    ("lang", "held", "again"),
    [
        (
            "en",
            "You stayed at 3 from ",
            "were between 3 and 5 in the meantime, and ended at 3 again.",
        ),
        ("da", "Du blev på 3 fra den ", "var mellem 3 og 5 undervejs og endte på 3 igen."),
    ],
)
def test_letting_go_says_where_a_goal_stayed_or_came_back_to(
    cli, still_and_back, lang, held, again
):
    stayed = cli("--lang", lang, "goal", "let-go", "1", env=WIDE)
    came_back = cli("--lang", lang, "goal", "let-go", "2", env=WIDE)
    assert held in stayed.out and again in came_back.out
    assert " 3 to 3" not in stayed.out + came_back.out
    assert " 3 til 3" not in stayed.out + came_back.out


@pytest.mark.parametrize(
    ("lang", "sentence", "under_panel", "report"),
    [
        (
            "en",
            "You began at 3 with #2 “Cook”, and are there again now; it moved in the meantime.",
            ", as on ",
            "at 3 again, between 3 and 5 in the meantime",
        ),
        (
            "da",
            "Du begyndte på 3 med #2 »Cook« og er der igen nu; det har bevæget sig undervejs.",
            ", som den ",
            "på 3 igen, mellem 3 og 5 undervejs",
        ),
    ],
)
def test_look_back_chart_and_report_say_back_again(
    cli, still_and_back, lang, sentence, under_panel, report
):
    looked = cli("--lang", lang, "look-back", env=WIDE).out
    assert sentence in looked and "now you are at 3" not in looked
    charted = cli("--lang", lang, "chart", "2", env=WIDE).out
    assert under_panel in charted and "to 3" not in charted and "til 3" not in charted
    reported = cli("--lang", lang, "export", "--format", "md").out
    assert report in reported and "3 to 3" not in reported and "3 til 3" not in reported


# -- 13: the report's list of what it includes names its measures ----------------------


def _includes(report: str) -> list[str]:
    top = report.split("\n## ", 2)[1]  # "What this report includes" and its list
    return [line[2:] for line in top.splitlines() if line.startswith("- ")]


@pytest.fixture
def measured(cli, everyday):
    cli("goal", "add", "Walk", "--position", "3")
    cli("measure", "take", "everyday", "--answers", "3,4,-,2,1,3", "--date", "3 days ago")
    cli("measure", "take", "everyday", "--answers", "3,4,2,2,1,3")
    cli("checkin", "--c", "5")


@pytest.mark.parametrize(
    ("lang", "named", "left_out"),
    [
        ("en", "2 results of “Everyday footing”", "2 results of measures are left out"),
        (
            "da",
            "2 resultater af »Fodfæste i hverdagen«",
            "2 resultater af spørgeskemaer er udeladt",
        ),
    ],
)
def test_the_report_lists_the_measures_it_shows_or_leaves_out(cli, measured, lang, named, left_out):
    shown = _includes(cli("--lang", lang, "export", "--format", "md", "--measure", "everyday").out)
    assert named in shown and not any(left_out in line for line in shown)
    bare = _includes(cli("--lang", lang, "export", "--format", "md").out)
    assert any(line.startswith(left_out) for line in bare)
    html = cli("--lang", lang, "export", "--format", "html", "--measure", "everyday").out
    assert named.replace("“", "&ldquo;").replace("”", "&rdquo;") in html or named in html


def test_chosen_goals_with_the_checkin_named_do_not_say_check_ins_are_left_out(cli, measured):
    shown = _includes(cli("export", "--format", "md", "--goal", "1", "--measure", "checkin").out)
    assert "1 check-in" in shown
    assert not any("check-ins are left out" in line for line in shown)


@pytest.mark.parametrize("form", ["md", "html"])
def test_naming_the_checkin_shows_the_check_ins_once(cli, measured, form):
    """Check-ins are results of the built-in check-in: named with --measure they
    come along (with chosen goals too) in their own section, not twice."""
    for goals in ((), ("--goal", "1")):
        report = cli("export", "--format", form, *goals, "--measure", "checkin").out
        assert report.count("CHIME check-in") == 0, goals
        heading = "## Check-ins" if form == "md" else "<h2>Check-ins</h2>"
        assert report.count(heading) == 1, goals
    both = cli("export", "--format", "md", "--measure", "checkin", "--measure", "everyday").out
    assert both.count("## Check-ins") == 1 and both.count("## Everyday footing") == 1


# -- 20: --answers '' says it is empty; every example fits the measure -----------------


def _example(sentence: str) -> list[str]:
    return sentence.rsplit("--answers ", 1)[1].rstrip(".").split(",")


@pytest.mark.parametrize("lang", ["en", "da"])
def test_empty_answers_are_said_to_be_empty_with_an_example_that_fits(
    cli, journal_file, everyday, lang
):
    before = journal_file.read_bytes()
    for empty in ("", "  "):
        ran = cli("--lang", lang, "measure", "take", "everyday", "--answers", empty)
        assert ran.code == 2
        said = one_sentence(ran)
        assert said.startswith(("--answers is empty", "--answers er tom"))
        assert len(_example(said)) == 6
    assert journal_file.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "items"),
    [
        (("measure", "take", "everyday", "--answers", "1"), 6),
        (("measure", "take", "everyday", "--answers", "1,2"), 6),
        (("measure", "take", "everyday"), 6),  # no terminal: the hint's example
        (("measure", "take", "checkin", "--answers", "1,2"), 5),
        (("measure", "take", "checkin"), 5),
    ],
)
def test_every_example_of_answers_has_one_per_item_on_the_scale(cli, everyday, args, items):
    said = one_sentence(cli(*args))
    example = _example(said)
    assert len(example) == items
    assert "1 answers" not in said
    if "checkin" in args:
        assert all(value == "-" or 1 <= int(value) <= 8 for value in example)
    # the example is itself a good answer
    assert cli(*args[:3], "--answers", ",".join(example)).code == 0


# -- 21: Danish terms, quoted titles, one word per concept -------------------------------


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_config_calls_the_editors_text_a_reflection(cli):
    danish = cli("--lang", "da", "config", env={**WIDE, "EDITOR": "", "VISUAL": ""}).out
    assert "en refleksion uden tekst" in danish and "en note uden tekst" not in danish
    english = cli("config", env={**WIDE, "EDITOR": "", "VISUAL": ""}).out
    assert "a reflection without text" in english


@pytest.mark.parametrize(
    ("lang", "title"), [("da", "»Fodfæste i hverdagen«"), ("en", "“Everyday footing”")]
)
def test_measure_titles_mid_sentence_are_quoted(cli, tmp_path, lang, title):
    path = tmp_path / "everyday.toml"
    path.write_bytes(example_text())
    added = cli("--lang", lang, "measure", "add", str(path), env=WIDE)
    assert title in added.out
    assert title in cli("--lang", lang, "measure", "results", "everyday", env=WIDE).out
    taken = cli("--lang", lang, "measure", "take", "everyday", "--answers", "3,4,-,1,3,4")
    assert title in _flat(taken.out)
    assert title in _flat(cli("--lang", lang, "measure", "rm", "everyday", "--yes").out)


def test_a_measures_bands_are_not_called_by_the_domains_word(cli, everyday):
    cli("measure", "take", "everyday", "--answers", "3,4,-,1,3,4")
    shown = cli("--lang", "da", "measure", "results", "everyday", "--reference", env=WIDE).out
    assert "Interval" in shown and "Område" not in shown
    helped = _flat(cli("--lang", "da", "measure", "results", "--help", env=WIDE).out)
    assert "navngivet interval" in helped and "navngivet område" not in helped


def test_the_course_words_the_checkins_top_as_the_checkin_does(cli):
    page = _flat(cli("--lang", "da", "course", "--print", "--chapter", "chime").out)
    assert "8 (rigtig meget)" in page and "i høj grad" not in page


@pytest.mark.parametrize(
    ("lang", "one", "two"),
    [
        ("en", "The latest of 3 positions.", "The latest 2 of 3 positions."),
        ("da", "Den seneste af 3 placeringer.", "De seneste 2 af 3 placeringer."),
    ],
)
def test_the_latest_one_of_a_history_is_said_naturally(cli, lang, one, two):
    cli("goal", "add", "Walk", "--position", "2", "--date", "3 days ago")
    cli("log", "1", "3", "--date", "2 days ago")
    cli("log", "1", "4")
    assert one in cli("--lang", lang, "goal", "show", "1", "--limit", "1", env=WIDE).out
    assert two in cli("--lang", lang, "goal", "show", "1", "--limit", "2", env=WIDE).out


@pytest.mark.parametrize(
    ("word", "kind"),
    [("mentor", "professional"), ("peer-mentor", "peer"), ("peermedarbejder", "peer")],
)
def test_a_danish_mentor_is_not_taken_for_a_peer(cli, word, kind):
    assert cli("--lang", "da", "support", "add", "Jonas", "--kind", word).code == 0
    (support,) = json.loads(cli("support", "list", "--json").out)
    assert support["kind"] == kind


# -- 22: the example person's English, a person beyond any diagnosis, subtracting ------


def test_kims_resources_read_as_english(cli):
    texts = [r["text"] for r in json.loads(cli("--demo", "resource", "list", "--json").out)]
    assert "Played football from the age of 8 until I was 16" in texts
    assert not any("from I was" in text for text in texts)


@pytest.mark.parametrize(
    "args",
    [("course", "--print", "--chapter", "chime"), ("prompts",), ("checkin", "--help")],
)
def test_identity_presumes_no_illness(cli, args):
    said = _flat(cli(*args, env=WIDE).out)
    assert "more than an illness" not in said and "illness" not in said


def test_identity_in_the_course_and_the_checkin_is_worded_alike(cli):
    course = _flat(cli("course", "--print", "--chapter", "chime", env=WIDE).out)
    assert "who you are, beyond any diagnosis or difficulties" in course
    danish = _flat(cli("--lang", "da", "course", "--print", "--chapter", "chime", env=WIDE).out)
    assert "den, du er, ud over en eventuel sygdom" in danish


SCALED = """\
name = "scaled"
title.en = "Scaled"
title.da = "Skaleret"
source = "A test"
licence = "A test"
[scale]
low = 0
high = 1
labels.en = ["no", "yes"]
labels.da = ["nej", "ja"]
[[items]]
text.en = "One"
text.da = "Et"
[[items]]
text.en = "Two"
text.da = "To"
[scoring]
method = "mean"
"""


@pytest.mark.parametrize(
    ("transform", "english", "danish"),
    [
        (
            "multiply = 100\nadd = -25\n",
            "multiplied by 100, then 25 is subtracted.",
            "ganges med 100, og så trækkes 25 fra.",
        ),
        ("add = -3\n", "(3 is subtracted from the sum or mean.)", "(Der trækkes 3 fra summen"),
        ("add = 2.5\n", "(2.5 is added to the sum or mean.)", "(Der lægges 2,5 til summen"),
        ("multiply = 10\n", "(The sum or mean is multiplied by 10.)", "ganges med 10.)"),
        ("multiply = 2\nadd = 1\n", "by 2, then 1 is added.", "med 2, og så lægges 1 til."),
    ],
)
def test_a_scoring_transform_is_said_in_words(cli, tmp_path, transform, english, danish):
    path = tmp_path / "scaled.toml"
    path.write_text(SCALED + transform, encoding="utf-8")
    assert cli("measure", "add", str(path)).code == 0
    shown = _flat(cli("measure", "show", "scaled", env=WIDE).out)
    assert english in shown
    assert "then -" not in shown and "(-" not in shown  # never "then -25 is added"
    assert danish in _flat(cli("--lang", "da", "measure", "show", "scaled", env=WIDE).out)


# -- 23: after a step back, the follow-up asks what got in the way first ----------------


@pytest.mark.parametrize(
    ("lang", "in_the_way", "helped"),
    [
        ("en", "What got in the way?", "Was there anything that helped, even so?"),
        ("da", "Hvad har stået i vejen?", "Var der noget, der hjalp, alligevel?"),
    ],
)
def test_after_a_step_back_what_got_in_the_way_comes_first(
    cli, journal_file, tty, lang, in_the_way, helped
):
    cli("goal", "add", "Walk", "--position", "5")
    typed = "\n".join(["3", "Rain all week", "My sister called", "", "y"]) + "\n"
    ran = cli("--lang", lang, "guide", "Walk", input=typed, env=WIDE)
    assert ran.code == 0, ran
    assert 0 < ran.out.index(in_the_way) < ran.out.index(helped)
    summary = ran.out[ran.out.index(helped) :]
    assert summary.index("Rain all week") < summary.index("My sister called")  # as asked
    (_, logged) = json.loads(journal_file.read_text())["positions"].values()
    assert (logged["value"], logged["note"], logged["helped"]) == (
        3,
        "Rain all week",
        "My sister called",
    )


def test_a_step_forward_still_asks_what_helped_first(cli, tty):
    cli("goal", "add", "Walk", "--position", "3")
    ran = cli("guide", "Walk", input="5\nA friend\n\n\ny\n", env=WIDE)
    assert ran.code == 0, ran
    assert ran.out.index("What helped since last time?") < ran.out.index("What got in the way?")
    assert "even so" not in ran.out


# -- 24: one precision, init --encrypt, empty input ------------------------------------


PERCENT = (
    SCALED.replace('name = "scaled"', 'name = "percent"').replace(
        "[scoring]", '[[items]]\ntext.en = "Three"\ntext.da = "Tre"\n[scoring]'
    )
    + "multiply = 100\n"
)


@pytest.mark.parametrize(("lang", "shown"), [("en", "66.67"), ("da", "66,67")])
def test_a_score_has_one_precision_in_results_chart_and_saved_chart(cli, tmp_path, lang, shown):
    path = tmp_path / "percent.toml"
    path.write_text(PERCENT, encoding="utf-8")
    assert cli("measure", "add", str(path)).code == 0
    cli("measure", "take", "percent", "--answers", "1,1,0", "--date", "3 days ago")
    assert shown in cli("--lang", lang, "measure", "results", "percent", env=WIDE).out
    assert shown in cli("--lang", lang, "status", env=WIDE).out
    charted = cli("--lang", lang, "chart", "--measure", "percent", env=WIDE).out
    assert f" {shown} " in charted and shown[:-1] + " " not in charted  # not 66.7
    saved = tmp_path / "chart.svg"
    assert cli("--lang", lang, "chart", "--measure", "percent", "--save", str(saved)).code == 0
    assert f": {shown}</title>" in saved.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("lang", "plain", "sealed"),
    [
        ("en", "'recovery encrypt' protects it", "is already encrypted"),
        ("da", "'recovery encrypt' beskytter den", "er allerede krypteret"),
    ],
)
def test_init_encrypt_on_a_journal_points_to_encrypt(
    cli, journal_file, tmp_path, monkeypatch, lang, plain, sealed
):
    cli("goal", "add", "Walk")
    before = journal_file.read_bytes()
    ran = cli("--lang", lang, "init", "--encrypt")
    assert ran.code == 1 and plain in one_sentence(ran)
    assert journal_file.read_bytes() == before
    monkeypatch.setenv("RECOVERY_PASSPHRASE_FILE", str(write_passphrase(tmp_path)))
    assert cli("encrypt").code == 0
    ran = cli("--lang", lang, "init", "--encrypt")
    assert ran.code == 1 and sealed in one_sentence(ran)


@pytest.mark.parametrize(
    ("lang", "from_stdin", "from_file"),
    [
        ("en", "Nothing came on standard input", "is empty, so there is nothing to import"),
        ("da", "Der kom intet på standardinput", "er tom, så der er intet at importere"),
    ],
)
def test_empty_input_to_import_is_said_to_be_empty(
    cli, journal_file, tmp_path, lang, from_stdin, from_file
):
    cli("goal", "add", "Walk")
    before = journal_file.read_bytes()
    for given in ("", "  \n", "\ufeff"):
        ran = cli("--lang", lang, "import", "-", input=given)
        said = one_sentence(ran)
        assert ran.code == 2 and from_stdin in said and "damaged" not in said
        empty = tmp_path / "empty.json"
        empty.write_text(given, encoding="utf-8")
        for dry in ((), ("--dry-run",)):
            ran = cli("--lang", lang, "import", str(empty), *dry)
            assert ran.code == 2 and from_file in one_sentence(ran)
    assert journal_file.read_bytes() == before


def test_an_empty_definition_file_is_said_to_be_empty(cli, tmp_path):
    empty = tmp_path / "mine.toml"
    empty.write_text("\n", encoding="utf-8")
    ran = cli("measure", "add", str(empty))
    said = one_sentence(ran)
    assert ran.code == 2 and said.startswith("The file ") and "mine.toml is empty" in said


@pytest.mark.parametrize(
    ("lang", "opening"),
    [("en", "What came on standard input "), ("da", "Det, der kom på standardinput, ")],
)
def test_what_comes_on_standard_input_is_not_called_a_file(cli, journal_file, lang, opening):
    """Input piped to `import -` that cannot be imported is named as what came on
    standard input, never "the file standard input (-)"; a file keeps its name."""
    cli("goal", "add", "Walk")
    before = journal_file.read_bytes()
    cases = (
        "garbage, not JSON",  # not an export
        "[1, 2]",  # JSON, but no journal or export
        '{"format": "recovery-journal-export", "schema": 999, "goals": []}',  # newer
        '{"format": "recovery-journal-export", "schema": 2, "goals": [{"id": 5}]}',
    )
    for given in cases:
        ran = cli("--lang", lang, "import", "-", input=given)
        said = one_sentence(ran)
        assert said.startswith(opening), said
        assert "(-)" not in said and ran.code in (1, 2)
    assert journal_file.read_bytes() == before
