"""``recovery measure`` through the CLI: bringing, taking, results, removing,
bad input (one sentence, the right exit code, nothing changed), and export ->
import giving back the same results."""

from __future__ import annotations

import csv
import io
import json

import pytest

from recovery_cli.definitions import example_text
from tests.conftest import one_sentence

ANSWERS = "3,4,-,2,1,3"  # sleep, out, contact skipped, enjoy, worry (reversed), handle


@pytest.fixture
def definition_file(tmp_path):
    path = tmp_path / "everyday.toml"
    path.write_bytes(example_text())
    return path


@pytest.fixture
def brought(cli, definition_file):
    done = cli("measure", "add", str(definition_file))
    assert done.code == 0, done
    return definition_file


def snapshot(journal_file) -> bytes | None:
    return journal_file.read_bytes() if journal_file.exists() else None


# -- the whole round ------------------------------------------------------------------


def test_bring_take_and_see_a_measure(cli, journal_file, definition_file):
    added = cli("measure", "add", str(definition_file))
    assert added.code == 0, added
    assert "Added the measure “Everyday footing” (everyday, version 1, 6 items)." in added.out
    assert "Licence: Part of recovery-journal" in added.out  # shown before the first use
    listed = json.loads(cli("measure", "list", "--json").out)
    assert [(m["name"], m["builtin"], m["results"]) for m in listed] == [
        ("checkin", True, 0),
        ("everyday", False, 0),
    ]
    shown = cli("measure", "show", "everyday")
    assert "Worries have filled my days. (reverse-scored)" in shown.out
    assert "Up to 1 item may be skipped" in shown.out
    taken = cli("measure", "take", "everyday", "--answers", ANSWERS, "--date", "2026-03-14")
    assert taken.code == 0, taken
    assert "Saved “Everyday footing” for 14 Mar 2026: score 18 (from 0 to 24), 5 of 6" in taken.out
    cli(
        "measure",
        "take",
        "everyday",
        "--answers",
        "4,4,4,4,0,4",
        "--date",
        "2026-04-14",
        "--note",
        "A good month",
    )
    results = json.loads(cli("measure", "results", "everyday", "--json").out)
    assert [(r["score"], r["answered"], r["items"], r["version"]) for r in results["results"]] == [
        (18, 5, 6, "1"),
        (24, 6, 6, "1"),
    ]
    assert results["results"][0]["answers"]["contact"] is None
    assert results["results"][1]["note"] == "A good month"
    assert results["range"] == [0, 24] and "reference" not in results
    table = cli("measure", "results", "everyday")
    assert "scores from 0 to 24" in table.out and "5 of 6" in table.out
    status = cli("status")
    assert "Everyday footing: 24 on 14 Apr 2026" in status.out
    assert json.loads(cli("status", "--json").out)["measures"] == [
        {"name": "everyday", "score": 24, "when": results["results"][1]["when"]}
    ]


def test_results_with_reference_only_where_the_definition_gives_them(cli, brought, tmp_path):
    for day, answers in (
        ("2026-01-10", "1,1,1,1,3,1"),
        ("2026-02-10", "2,1,2,1,3,1"),
        ("2026-03-10", "3,3,3,3,1,3"),
    ):
        assert cli("measure", "take", "everyday", "-a", answers, "-d", day).code == 0
    plain = cli("measure", "results", "everyday").out
    assert "noise" not in plain and "range" not in plain  # the figures only when asked
    shown = cli("measure", "results", "everyday", "--reference", env={"COLUMNS": "140"}).out
    assert "lower range" in shown and "upper range" in shown
    assert "+2, within noise" in shown  # 6 -> 8: it needs 5.0 or more
    assert "+10, beyond noise" in shown  # 8 -> 18
    assert (
        "From the first time (6, 10 Jan 2026) to the latest (18, 10 Mar 2026): +12, "
        "larger than measurement noise." in shown
    )
    data = json.loads(cli("measure", "results", "everyday", "--reference", "--json").out)
    assert [r["band"] for r in data["results"]] == ["lower range", "lower range", "upper range"]
    assert data["reference"]["first_to_latest"]["beyond_noise"] is True
    # a definition without reference figures: it says so, and shows no bands
    plain_file = tmp_path / "plain.toml"
    plain_file.write_text(
        example_text()
        .decode()
        .split("[reference]")[0]
        .replace('name = "everyday"', 'name = "plain"')
    )
    assert cli("measure", "add", str(plain_file)).code == 0
    cli("measure", "take", "plain", "-a", "1,1,1,1,1,1")
    said = cli("measure", "results", "plain", "--reference")
    assert said.code == 0 and "gives no reference figures" in said.out


def test_results_show_the_newest_times_as_the_other_long_lists(cli, brought):
    """--limit N / --all as notes and check-ins; the change from the first time
    is still counted from the first, however few rows are shown."""
    for month in range(1, 6):
        cli(
            "measure", "take", "everyday", "-a", f"{month - 1},1,1,1,3,1", "-d", f"2026-0{month}-10"
        )
    two = cli("measure", "results", "everyday", "--limit", "2", "--reference")
    assert two.code == 0, two
    assert "10 May 2026" in two.out and "10 Apr 2026" in two.out
    assert "10 Mar 2026" not in two.out.split("From the first time")[0]
    assert "From the first time (5, 10 Jan 2026)" in " ".join(two.out.split())
    assert two.err.strip() == (
        "The newest 2 of the 5 times you took it; --all shows every one, "
        "--limit N as many as you like."
    )
    every = cli("measure", "results", "everyday", "--all")
    assert every.err == "" and all(f"10 {m} 2026" in every.out for m in ("Jan", "Mar", "May"))
    assert cli("measure", "results", "everyday").err == ""  # five: none left out
    data = json.loads(cli("measure", "results", "everyday", "--json", "--limit", "1").out)
    assert [r["number"] for r in data["results"]] == [5]
    assert len(json.loads(cli("measure", "results", "everyday", "--json").out)["results"]) == 5
    danish = cli("--lang", "da", "measure", "results", "everyday", "--limit", "1")
    assert danish.err.startswith("Den nyeste af de 5 gange, du har udfyldt det;")
    assert cli("measure", "results", "everyday", "--limit", "0").code == 2


def test_a_new_version_replaces_the_definition_and_results_keep_theirs(cli, brought, tmp_path):
    cli("measure", "take", "everyday", "-a", ANSWERS)
    again = cli("measure", "add", str(brought))
    assert again.code == 0 and "nothing changed" in again.out
    changed = tmp_path / "v2.toml"
    changed.write_text(
        example_text()
        .decode()
        .replace('title.en = "Everyday footing"', 'title.en = "Everyday footing, again"')
    )
    same_version = cli("measure", "add", str(changed))
    assert same_version.code == 2 and "new version" in one_sentence(same_version)
    changed.write_text(changed.read_text().replace('version = "1"', 'version = "2"'))
    replaced = cli("measure", "add", str(changed))
    assert replaced.code == 0 and "version 2" in replaced.out
    cli("measure", "take", "everyday", "-a", ANSWERS)
    versions = [
        r["version"]
        for r in json.loads(cli("measure", "results", "everyday", "--json").out)["results"]
    ]
    assert versions == ["1", "2"]


def test_rm_says_how_many_results_go_and_asks(cli, journal_file, brought, tty):
    cli("measure", "take", "everyday", "-a", ANSWERS)
    cli("measure", "take", "everyday", "-a", ANSWERS)
    before = journal_file.read_bytes()
    kept = cli("measure", "rm", "everyday", input="n\n")
    assert kept.code == 0 and "and the 2 results given with it" in kept.out
    assert journal_file.read_bytes() == before
    done = cli("measure", "rm", "everyday", input="y\n")
    assert (
        done.code == 0
        and "Removed the measure “Everyday footing” (everyday) and 2 results." in done.out
    )
    assert [m["name"] for m in json.loads(cli("measure", "list", "--json").out)] == ["checkin"]
    stored = json.loads(journal_file.read_text())
    assert not stored["measures"] and not stored["results"]


def test_the_checkin_is_a_measure_of_the_same_kind(cli):
    assert cli("checkin", "--c", "5", "--h", "4").code == 0
    taken = cli("measure", "take", "checkin", "-a", "6,5,-,4,3", "-d", "yesterday")
    assert taken.code == 0 and "4 of 5 items answered" in taken.out
    checkins = json.loads(cli("checkins", "--json").out)
    assert [c["scores"] for c in checkins] == [
        {"connectedness": 5, "hope": 4},
        {"connectedness": 6, "hope": 5, "meaning": 4, "empowerment": 3},
    ]
    listed = json.loads(cli("measure", "list", "--json").out)
    assert listed[0] == {**listed[0], "name": "checkin", "results": 2, "builtin": True}
    shown = cli("--lang", "da", "measure", "show", "indtjekning").out
    assert "CHIME-indtjekning" in shown and "1 næsten ikke" in shown
    refused = cli("measure", "rm", "checkin", "--yes")
    assert refused.code == 1 and "built in" in one_sentence(refused)


# -- bad input: one sentence, the right exit code, nothing changed ------------------------


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("name = \n", "is not TOML the tool can read"),
        (None, "'items[2].weight' is not a field"),
    ],
)
def test_a_bad_definition_changes_nothing(cli, journal_file, tmp_path, content, words):
    cli("goal", "add", "Walk", "--position", "3")
    before = snapshot(journal_file)
    path = tmp_path / "bad.toml"
    path.write_text(
        content
        if content is not None
        else example_text().decode().replace('key = "out"', 'key = "out"\nweight = 2')
    )
    done = cli("measure", "add", str(path))
    assert done.code == 2 and words in one_sentence(done)
    assert f"In {path}, line " in done.err
    assert snapshot(journal_file) == before


def test_a_missing_definition_file_is_not_found(cli, journal_file, tmp_path):
    done = cli("measure", "add", str(tmp_path / "nowhere.toml"))
    assert done.code == 1 and "There is no file" in one_sentence(done)
    assert not journal_file.exists()


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (("take", "everyday", "--answers", "3,4,9,2,1,3"), 2, "'9' is not an answer here"),
        (("take", "everyday", "--answers", "3,4,2"), 2, "3 answers were given, but everyday has 6"),
        (("take", "everyday", "--answers", "-,-,-,-,-,-"), 2, "Every item was skipped"),
        (("take", "nowhere", "--answers", "3"), 1, "There is no measure called 'nowhere'"),
        (("take", "everyday"), 2, "Without a terminal, give the answers with --answers"),
        (("take", "everyday", "--answers", ANSWERS, "--date", "tomorrow"), 2, "future"),
        (("take", "everyday", "--answers", ANSWERS, "--date", "2999-01-01"), 2, "future"),
        (("results", "nowhere"), 1, "There is no measure called 'nowhere'"),
        (("rm", "everyday"), 2, "--yes"),
    ],
)
def test_bad_input_is_one_sentence_and_changes_nothing(
    cli, journal_file, brought, args, code, words
):
    before = journal_file.read_bytes()
    done = cli("measure", *args)
    assert done.code == code, done
    assert words in one_sentence(done)
    assert journal_file.read_bytes() == before


def test_danish_messages(cli, journal_file, brought):
    saved = cli("--lang", "da", "measure", "take", "everyday", "-a", ANSWERS, "-d", "14.3.2026")
    assert saved.code == 0, saved
    assert "Gemt: »Fodfæste i hverdagen« den 14. mar. 2026, score 18 (fra 0 til 24)" in saved.out
    wrong = cli("--lang", "da", "measure", "take", "everyday", "-a", "3,4")
    assert wrong.code == 2 and "Der er givet 2 svar, men everyday har 6 spørgsmål" in wrong.err
    terminal = cli("--lang", "da", "measure", "take", "everyday")
    assert terminal.code == 2 and "Uden en terminal" in terminal.err


# -- export, import, the report -------------------------------------------------------------


def test_export_then_import_gives_the_same_results(cli, journal_file, brought, tmp_path):
    cli("measure", "take", "everyday", "-a", ANSWERS, "-d", "2026-02-01", "-n", "Tired")
    cli("measure", "take", "everyday", "-a", "4,4,4,4,0,4", "-d", "2026-03-01")
    cli("checkin", "--c", "5", "--note", "A calm week")
    saved = tmp_path / "export.json"
    assert cli("export", "--output", str(saved)).code == 0
    data = json.loads(saved.read_text())
    assert [m["name"] for m in data["measures"]] == ["everyday"]
    assert sorted(r["measure"] for r in data["results"]) == ["checkin", "everyday", "everyday"]
    fresh = tmp_path / "fresh.json"
    imported = cli("--journal", str(fresh), "import", str(saved))
    assert imported.code == 0 and "1 measure" in imported.out and "1 check-in" in imported.out
    for args in (
        ("measure", "results", "everyday", "--json"),
        ("checkins", "--json"),
        ("measure", "show", "everyday", "--json"),
    ):
        assert json.loads(cli("--journal", str(fresh), *args).out) == json.loads(cli(*args).out)
    again = cli("--journal", str(fresh), "import", str(saved))
    assert again.code == 0 and "Nothing to change" in again.out


def test_a_file_whose_result_belongs_to_no_measure_is_refused(cli, journal_file, brought, tmp_path):
    cli("measure", "take", "everyday", "-a", ANSWERS)
    saved = tmp_path / "export.json"
    cli("export", "--output", str(saved))
    data = json.loads(saved.read_text())
    before = journal_file.read_bytes()
    for broken, problem in (
        ({**data, "measures": []}, "its measure is not among the measures in it"),
        (
            {**data, "results": [{**data["results"][0], "answers": {"sleep": 9}}]},
            "its answers do not fit its measure",
        ),
    ):
        saved.write_text(json.dumps(broken))
        done = cli("import", str(saved))
        said = one_sentence(done)  # named by its measure and day, and what is wrong
        assert done.code == 2 and "the everyday result from" in said and problem in said
    assert journal_file.read_bytes() == before


@pytest.mark.parametrize("form", ["md", "html"])
def test_the_report_shows_a_measure_only_when_named(cli, brought, form):
    cli("measure", "take", "everyday", "-a", ANSWERS, "-d", "2026-02-01")
    cli("goal", "add", "Walk", "--position", "3")
    plain = cli("export", "--format", form).out
    assert "Everyday footing" not in plain
    named = cli("export", "--format", form, "--measure", "everyday")
    assert named.code == 0 and "Everyday footing" in named.out and "5 of 6" in named.out
    goal_only = cli("export", "--format", form, "--goal", "walk", "--measure", "everyday").out
    assert "Everyday footing" in goal_only
    unknown = cli("export", "--format", form, "--measure", "nowhere")
    assert unknown.code == 1 and "There is no measure" in one_sentence(unknown)


def test_results_as_a_csv_table(cli, brought):
    cli("measure", "take", "everyday", "-a", ANSWERS, "-d", "2026-02-01")
    cli("checkin", "--h", "4")
    rows = list(
        csv.DictReader(
            io.StringIO(cli("export", "--format", "csv", "--table", "results").out.lstrip("\ufeff"))
        )
    )
    assert [(r["measure"], r["score"], r["answered"], r["items"]) for r in rows] == [
        ("everyday", "18", "5", "6")
    ]
    assert rows[0]["answers"] == "sleep=3; out=4; contact=-; enjoy=2; worry=1; handle=3"


def test_the_demo_takes_the_example_measure_monthly(cli, tmp_path):
    from datetime import datetime, timezone

    from recovery_cli.definitions import example
    from recovery_cli.journal.measures import sample_results

    now = datetime(2026, 12, 6, 9, tzinfo=timezone.utc)
    series = sample_results(example(), now)
    assert series == sample_results(example(), now)  # deterministic
    days = [datetime.fromisoformat(r.when) for r in series]
    assert [(b - a).days for a, b in zip(days, days[1:], strict=False)] == [30] * 5
    assert all(r.score is not None for r in series)
    assert series[-1].score > series[0].score
    assert cli("demo").code == 0
    shown = json.loads(cli("--demo", "measure", "results", "everyday", "--json").out)
    assert len(shown["results"]) == 6


def test_a_backdated_checkin_says_its_day(cli):
    done = cli("checkin", "--h", "5", "--date", "2026-03-14")
    assert done.code == 0 and "Saved your check-in (14 Mar 2026): Hope 5." in done.out
    today = cli("checkin", "--h", "6")
    assert "Saved your check-in: Hope 6." in today.out
