"""Message catalogs: complete in both languages, placeholders intact, and the
language chosen in the documented order."""

import re
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recovery_cli.i18n import LANGUAGES, catalog, set_language, system_language
from recovery_cli.i18n.po import parse_po
from tests.conftest import LOCALE


def placeholders(text):
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_key_exists_in_every_language():
    english, danish = catalog("en"), catalog("da")
    assert set(english) - set(danish) == set(), "keys missing in Danish"
    assert set(danish) - set(english) == set(), "keys missing in English"


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_match_english(language):
    english = catalog("en")
    for key, text in catalog(language).items():
        assert placeholders(text) == placeholders(english[key]), key
        assert text.strip(), f"{language}: {key} is empty"


def test_every_catalog_file_has_a_twin():
    names = {lang: sorted(p.name for p in (LOCALE / lang).glob("*.po")) for lang in LANGUAGES}
    assert names["en"] == names["da"]


def test_danish_is_really_danish():
    english, danish = catalog("en"), catalog("da")

    def words(text):  # what is left for a translator once placeholders are gone
        return "".join(c for c in re.sub(r"\{[^}]*\}", "", text) if c.isalpha())

    same = [
        k
        for k in english
        if english[k] == danish[k]
        and len(words(english[k])) > 3
        and "check" not in english[k].lower()  # "check-in" is Danish too
        and not re.fullmatch(r"(demo|people\.\w+)\.(name|support\.\w+\.who)", k)
        and k not in ("course.recovery.name", "course.chime.name")
    ]
    # (the example people's names, their supporters' and two chapters' are the same in both)
    allowed = {
        "label.chime",
        "col.chime",
        "label.status",
        "col.status",
        "col.note",
        "kind.peer",
        "field.status",
        "reflect.group.domain",
        "info.version",
        "demo.support.anna.who",
        "export.count.notes.one",
        "doctor.count.notes.one",
        "doctor.level.problem",
        "chime.empowerment",  # the Danish name too (DESIGN.md section 3)
        "backup.id.import",
        # measures: "score", "scoring", "version" and "note" are Danish too
        "measure.col.score",
        "measure.show.title",
        "measure.show.scoring",
        "measure.summary.score",
        "measure.summary.note",
        "import.field.score",
        "import.field.version",
    }
    assert set(same) - allowed == set()


quoted = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)


@given(key=st.from_regex(r"[a-z][a-z._]{0,20}", fullmatch=True), text=quoted)
def test_po_reader_round_trips_escaped_text(key, text):
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    source = f'msgid "{key}"\nmsgstr "{escaped}"\n'
    assert parse_po(source) == {key: text}


def test_po_reader_joins_continuation_lines_and_refuses_duplicates():
    assert parse_po('msgid "a"\nmsgstr ""\n"one "\n"two\\n"\n') == {"a": "one two\n"}
    with pytest.raises(ValueError):
        parse_po('msgid "a"\nmsgstr "x"\nmsgid "a"\nmsgstr "y"\n')


@pytest.mark.parametrize(
    "env, expected",
    [
        ({"LANG": "da_DK.UTF-8"}, "da"),
        ({"LC_ALL": "da_DK"}, "da"),
        ({"LANG": "en_GB"}, "en"),
        ({"LANGUAGE": "da:en"}, "da"),
        ({"LANG": "C.UTF-8"}, None),
        ({}, None),
        ({"LC_ALL": "en_US", "LANG": "da_DK"}, "en"),
    ],
)
def test_system_language(env, expected):
    assert system_language(env) == expected


def test_language_order_flag_env_journal_locale(cli, journal_file, monkeypatch):
    cli("--lang", "da", "init")  # saves Danish in the journal
    assert "Mål #1 er tilføjet" in cli("goal", "add", "Gå en tur", "--position", "3").out
    assert "Hvor" in cli("goal", "list").out  # the journal's choice
    assert "Where" in cli("--lang", "en", "goal", "list").out  # the flag wins
    assert "Where" in cli("goal", "list", env={"RECOVERY_LANG": "en"}).out  # env beats journal
    assert "Hvor" in cli("--lang", "da", "goal", "list", env={"RECOVERY_LANG": "en"}).out


def test_locale_decides_for_a_new_journal(cli, monkeypatch):
    monkeypatch.setenv("LANG", "da_DK.UTF-8")
    assert "Ingen mål endnu" in cli("goal", "list").out


def test_init_switches_the_language_of_an_existing_journal(cli, journal_file):
    cli("goal", "add", "Walk")
    done = cli("--lang", "da", "init")
    assert done.code == 0 and "er nu på dansk" in done.out
    assert "Hvor" in cli("goal", "list").out  # the journal's choice, no flag needed
    assert "allerede" in cli("--lang", "da", "init").out
    assert cli("init").code == 1  # without --lang: it already exists


def test_a_command_reads_the_shared_words_and_only_the_parts_it_speaks_from(monkeypatch):
    import recovery_cli.i18n as i18n

    monkeypatch.setattr(i18n, "_known", {})
    monkeypatch.setattr(i18n, "_files", {})
    set_language("da")
    assert i18n.t("chime.hope") == catalog("da")["chime.hope"]
    assert i18n._files["da"] == {"shared"}
    assert i18n.t("chart.title.goals") == catalog("da")["chart.title.goals"]
    assert i18n._files["da"] == {"shared", "charts"}
    demo_key = next(key for key in catalog("da") if key.startswith("demo."))
    assert demo_key not in i18n._known["da"]
    assert i18n.t(demo_key) == catalog("da")[demo_key]
    assert i18n._files["da"] == {"shared", "charts", "demo"}
    assert i18n.t("no.such.key") == "no.such.key"


@pytest.mark.parametrize("language", ["en", "da"])
def test_every_field_reads_as_the_subject_of_an_error(language):
    """``{field}`` opens a sentence: "The name cannot be empty", never "The who"."""
    from recovery_cli.cli.errors import describe
    from recovery_cli.domain.errors import InputError

    texts = catalog(language)
    fields = {key.split(".", 1)[1] for key in texts if key.startswith("field.")}
    assert fields == {key.split(".", 1)[1] for key in texts if key.startswith("subject.")}
    for key, text in texts.items():
        if "{field}" in text and key.startswith("error."):
            assert text.startswith("{field}"), key  # the subject says its own article
    set_language(language)
    try:
        for field in fields:
            sentence = describe(InputError("error.text.newline", field=field))
            assert sentence[0].isupper() and not sentence.startswith(("The who", "The how"))
    finally:
        set_language("en")
