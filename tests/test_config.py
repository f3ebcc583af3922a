"""The settings file and ``recovery config``: flag > environment > settings file >
default, for the journal and the language; a file that cannot be used is
refused in one sentence and changes nothing."""

from __future__ import annotations

import json

import pytest

from recovery_cli.storage.settings import config_path


@pytest.fixture
def settings_file(tmp_path, monkeypatch):
    """The default settings file (in the test's own XDG config folder)."""
    path = config_path()
    assert str(path).startswith(str(tmp_path))
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _config(cli, *args: str) -> dict:
    done = cli(*args, "config", "--json")
    assert done.code == 0, done
    return json.loads(done.out)


def test_without_a_settings_file(cli, journal_file, settings_file):
    shown = _config(cli)
    assert shown["exists"] is False and shown["config_file"] == str(settings_file)
    assert shown["settings"]["journal"] == {"value": str(journal_file), "source": "environment"}
    assert shown["settings"]["language"]["source"] in ("system", "default")
    text = cli("config").out
    assert "there is none; it is optional" in text and 'language = "da"' in text


def test_the_settings_file_chooses_the_journal(cli, tmp_path, settings_file, monkeypatch):
    monkeypatch.delenv("RECOVERY_JOURNAL", raising=False)
    chosen = tmp_path / "synced" / "journal.json"
    chosen.parent.mkdir()
    settings_file.write_text(f'journal = "{chosen}"\n', encoding="utf-8")
    assert cli("goal", "add", "Walk").code == 0
    assert chosen.is_file()
    assert _config(cli)["settings"]["journal"] == {"value": str(chosen), "source": "config"}
    elsewhere = tmp_path / "env.json"
    env = {"RECOVERY_JOURNAL": str(elsewhere)}
    shown = json.loads(cli("config", "--json", env=env).out)["settings"]["journal"]
    assert shown == {"value": str(elsewhere), "source": "environment"}
    flag = tmp_path / "flag.json"
    shown = _config(cli, "--journal", str(flag))["settings"]["journal"]
    assert shown == {"value": str(flag), "source": "option"}
    assert _config(cli, "--demo")["settings"]["journal"]["source"] == "demo"


def test_a_tilde_in_the_settings_file_is_the_home_folder(cli, settings_file, monkeypatch, tmp_path):
    monkeypatch.delenv("RECOVERY_JOURNAL", raising=False)
    settings_file.write_text('journal = "~/mine/journal.json"\n', encoding="utf-8")
    shown = _config(cli)["settings"]["journal"]["value"]
    assert shown == str(tmp_path / "home" / "mine" / "journal.json")


def test_language_order(cli, journal_file, settings_file):
    assert cli("--lang", "en", "init").code == 0  # the journal's own language: English
    assert _config(cli)["settings"]["language"] == {"value": "en", "source": "journal"}
    settings_file.write_text('language = "da"\n', encoding="utf-8")
    assert _config(cli)["settings"]["language"] == {"value": "da", "source": "config"}
    assert "Ingen mål" in cli("goal", "list").out or "mål" in cli("goal", "list").out
    env = {"RECOVERY_LANG": "en"}
    assert json.loads(cli("config", "--json", env=env).out)["settings"]["language"] == {
        "value": "en",
        "source": "environment",
    }
    assert _config(cli, "--lang", "en")["settings"]["language"] == {
        "value": "en",
        "source": "option",
    }


def test_the_settings_file_language_speaks_even_where_the_journal_says_english(
    cli, journal_file, settings_file
):
    assert cli("--lang", "en", "init").code == 0
    settings_file.write_text('language = "dansk"\n', encoding="utf-8")
    assert "Mål #1" in cli("goal", "add", "Gå en tur").out


@pytest.mark.parametrize(
    "content, words",
    [
        ('langauge = "da"\n', "'langauge', which is not a setting"),
        ("language = \n", "is not valid TOML"),
        ('language = "fr"\n', "'fr'"),
        ("language = 3\n", "needs a text in quotes"),
        ('journal = ""\n', "needs a text in quotes"),
        (b"\xff\xfe", "is not valid TOML"),
    ],
)
def test_a_settings_file_that_cannot_be_used_is_refused(
    cli, journal_file, settings_file, content, words
):
    if isinstance(content, bytes):
        settings_file.write_bytes(content)
    else:
        settings_file.write_text(content, encoding="utf-8")
    done = cli("goal", "add", "Walk")
    assert done.code == 2 and words in done.err and str(settings_file) in done.err
    assert done.err.count("\n") == 1 and not journal_file.exists()


def test_a_folder_where_the_settings_file_belongs(cli, journal_file, settings_file):
    settings_file.mkdir()
    done = cli("status")
    assert done.code == 2 and "is a folder" in done.err


def test_recovery_config_names_another_file(cli, journal_file, tmp_path):
    other = tmp_path / "elsewhere.toml"
    other.write_text('language = "da"\n', encoding="utf-8")
    shown = json.loads(cli("config", "--json", env={"RECOVERY_CONFIG": str(other)}).out)
    assert shown["config_file"] == str(other) and shown["exists"] is True
    assert shown["settings"]["language"] == {"value": "da", "source": "config"}


def test_pager_and_editor_sources(cli, journal_file):
    shown = _config(cli)["settings"]
    assert shown["editor"] == {"value": None, "source": "default"}
    shown = json.loads(cli("config", "--json", env={"EDITOR": "nano", "PAGER": "more"}).out)
    assert shown["settings"]["editor"] == {"value": "nano", "source": "EDITOR"}
    assert shown["settings"]["pager"] == {"value": "more", "source": "environment"}
    assert _config(cli, "--no-pager")["settings"]["pager"] == {"value": None, "source": "option"}


def test_config_in_danish_and_narrow(cli, journal_file):
    # at a terminal (TTY_COMPATIBLE: as rich, output treated as one); a long
    # path folds too, through rich
    done = cli("--lang", "da", "config", env={"COLUMNS": "60", "TTY_COMPATIBLE": "1"})
    assert done.code == 0 and "Indstillingsfil:" in done.out and "fra RECOVERY_JOURNAL" in done.out
    assert max(len(line) for line in done.out.splitlines()) <= 60


def test_the_settings_file_in_danish(cli, journal_file, settings_file, tmp_path, monkeypatch):
    monkeypatch.delenv("RECOVERY_JOURNAL", raising=False)
    chosen = tmp_path / "dagbog.json"
    settings_file.write_text(f'dagbog = "{chosen}"\nsprog = "da"\n', encoding="utf-8")
    shown = _config(cli)["settings"]
    assert shown["journal"] == {"value": str(chosen), "source": "config"}
    assert shown["language"] == {"value": "da", "source": "config"}
    settings_file.write_text('sprog = "da"\nlanguage = "en"\n', encoding="utf-8")
    done = cli("status")
    assert done.code == 2 and "twice" in done.err


def test_the_settings_file_is_where_platformdirs_puts_config(monkeypatch, tmp_path):
    from platformdirs import user_config_path

    expected = user_config_path("recovery-journal", appauthor=False) / "config.toml"
    assert config_path() == expected
    monkeypatch.delenv("XDG_CONFIG_HOME")
    assert config_path() == user_config_path("recovery-journal", appauthor=False) / "config.toml"
    monkeypatch.setenv("XDG_CONFIG_HOME", "")
    assert config_path() == user_config_path("recovery-journal", appauthor=False) / "config.toml"


def test_config_says_where_the_documentation_the_help_points_to_is(cli, journal_file):
    """--json help points to json.md: config names the folder that holds it, the
    installed share/doc/recovery-journal (or a checkout's docs/)."""
    import json
    from pathlib import Path

    data = json.loads(cli("config", "--json").out)
    docs = Path(data["docs"])
    assert (docs / "json.md").is_file() and (docs / "measures.md").is_file()
    shown = cli("config", env={"COLUMNS": "300"}).out
    assert f"Documentation: {docs} (json.md describes the --json output" in shown
    danish = cli("--lang", "da", "config", env={"COLUMNS": "300"}).out
    assert f"Dokumentation: {docs} (json.md beskriver det, --json skriver" in danish
    assert "recovery config shows where" in cli("status", "--help", env={"COLUMNS": "300"}).out
