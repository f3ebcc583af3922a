"""Shell completion as the shells ask for it (typer's protocol: the words in
environment variables, ``_RECOVERY_COMPLETE`` naming the shell): commands,
options, CHIME domains, kinds, prompt keys, positions and the journal's goals;
nothing from an encrypted journal; the journal never written or locked."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from tests.conftest import run_process
from tests.safety_util import write_passphrase


def bash(*words: str, env: dict[str, str] | None = None) -> list[str]:
    """What bash gets for the last word of ``recovery WORDS`` (empty: a new word)."""
    line = " ".join(("recovery", *words))
    done = run_process(
        env={
            "_RECOVERY_COMPLETE": "complete_bash",
            "COMP_WORDS": line,
            "COMP_CWORD": str(len(words)),
            **(env or {}),
        }
    )
    assert done.returncode == 0 and done.stderr == "", done
    return done.stdout.split()


def zsh(*words: str) -> str:
    done = run_process(
        env={
            "_RECOVERY_COMPLETE": "complete_zsh",
            "_TYPER_COMPLETE_ARGS": " ".join(("recovery", *words)),
        }
    )
    assert done.returncode == 0, done
    return done.stdout


@pytest.fixture
def goals(cli, journal_file):
    assert cli("goal", "add", "Play on a local football team", "--position", "2").code == 0
    assert cli("goal", "add", "Be more social", "--chime", "c").code == 0
    return journal_file


def test_commands_and_options(journal_file):
    assert {"goal", "log", "notes", "checkins", "backup", "export"} <= set(bash(""))
    assert bash("lo") == ["log", "look-back"]
    assert {"--note", "--helped", "--date"} <= set(bash("log", "--"))
    assert {"--limit", "--all", "--json"} <= set(bash("notes", "--"))


def test_goal_numbers_with_titles_and_title_words(goals):
    assert bash("log", "") == ["1", "2"]
    assert bash("goal", "show", "#") == ["#1", "#2"]
    assert bash("log", "foot") == ["football"]
    assert bash("note", "--goal", "so") == ["social"]
    described = zsh("log", "")
    assert '"1":"Play on a local football team"' in described
    assert '"2":"Be more social"' in described


def test_values_of_options(goals):
    assert bash("log", "1", "") == [str(n) for n in range(1, 9)]
    assert '"8":"close"' in zsh("log", "1", "")
    assert bash("goal", "add", "x", "--chime", "c,h") == ["c,hope"]
    assert "connectedness" not in bash("goal", "add", "x", "--chime", "connectedness,")
    assert bash("resource", "add", "x", "--kind", "") == ["strength", "experience", "resource"]
    assert bash("support", "add", "x", "--kind", "f") == ["family", "friend"]
    assert bash("note", "--prompt", "c") == ["c1", "c2", "c3"]
    assert bash("goal", "list", "--status", "") == ["active", "paused", "reached", "let_go"]
    assert bash("--lang", "") == ["en", "da"]


def test_descriptions_follow_the_language(goals):
    done = run_process(
        env={
            "_RECOVERY_COMPLETE": "complete_zsh",
            "RECOVERY_LANG": "da",
            "_TYPER_COMPLETE_ARGS": "recovery log 1 ",
        }
    )
    assert '"8":"tæt på"' in done.stdout


def test_reading_for_completion_changes_nothing_and_takes_no_lock(goals):
    before = goals.read_bytes(), sorted(os.listdir(goals.parent))
    assert bash("log", "") == ["1", "2"]
    assert (goals.read_bytes(), sorted(os.listdir(goals.parent))) == before


def test_no_journal_or_a_damaged_one_gives_no_goals_and_no_noise(journal_file):
    assert bash("log", "") == []
    journal_file.write_text("{not json", encoding="utf-8")
    assert bash("log", "") == []
    assert bash("log", "1", "3") == ["3"]  # the rest still completes


def test_an_encrypted_journal_gives_no_goals(cli, goals, tmp_path, monkeypatch):
    monkeypatch.setenv("RECOVERY_PASSPHRASE_FILE", str(write_passphrase(tmp_path)))
    assert cli("encrypt").code == 0
    assert bash("log", "") == []
    assert bash("log", "foot") == []


def test_another_journal_named_on_the_line(goals, tmp_path):
    other = tmp_path / "other.json"
    assert run_process("--journal", str(other), "goal", "add", "Walk").returncode == 0
    assert bash("--journal", str(other), "log", "") == ["1"]
    assert bash("--journal", str(other), "log", "W") == ["Walk"]


def test_install_completion_in_the_persons_language(tmp_path):
    home = tmp_path / "home"
    # typer's switch for naming the shell instead of detecting it
    named = {"HOME": str(home), "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
    done = run_process("--lang", "da", "--install-completion", "bash", env=named)
    assert done.returncode == 0, done
    assert "Fuldførelse til bash er installeret" in done.stdout
    assert (home / ".bash_completions" / "recovery.sh").is_file()
    odd = run_process("--install-completion", "tcsh", env=named)
    assert odd.returncode == 2 and "--install-completion" in odd.stderr  # not one of its shells


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_bash_completes_a_goal_at_a_real_prompt(goals, tmp_path):
    """The whole way: typer's installed script, an interactive bash, the Tab key."""
    pexpect = pytest.importorskip("pexpect")
    home = tmp_path / "home"
    bin_dir = Path(sys.executable).parent
    env = {
        **os.environ,
        "HOME": str(home),
        "SHELL": "/bin/bash",
        "PS1": "$ ",
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
    }
    if shutil.which("recovery", path=env["PATH"]) is None:
        pytest.skip("the recovery script is not installed beside this Python")
    installed = run_process(
        "--install-completion",
        "bash",
        env={"HOME": str(home), "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"},
    )
    assert installed.returncode == 0, installed
    from tests.conftest import default_signals

    shell = pexpect.spawn(
        "bash",
        ["--noprofile", "--rcfile", str(home / ".bashrc"), "-i"],
        env=env,
        encoding="utf-8",
        timeout=30,
        preexec_fn=default_signals,
    )
    shell.expect(r"[$#] ")
    shell.send("recovery log foot\t")
    shell.expect_exact("recovery log football")
    shell.sendcontrol("c")
    shell.sendline("exit")
    shell.expect(pexpect.EOF)


def test_an_example_persons_goals_come_from_their_sandbox(cli, journal_file, tmp_path):
    """``recovery --demo anna log <Tab>``: Anna's goals, never the real journal's,
    even before her sandbox is built (a completion builds nothing) (QA 18)."""
    assert cli("goal", "add", "A goal of my own").code == 0
    cache = Path(os.environ["XDG_CACHE_HOME"])
    assert bash("--demo", "anna", "log", "") == ["1", "2", "3", "4", "5"]
    assert '"2":"Take Danish as a single subject at adult education"' in zsh(
        "--demo", "anna", "log", ""
    )
    assert "A goal of my own" not in zsh("--demo", "anna", "log", "")
    assert bash("--demo=anna", "log", "sub") == ["subject"]
    assert len(bash("--demo", "log", "")) == 6  # --demo alone: the default person, Kim
    assert not cache.exists() or not any(cache.rglob("journal.json"))
    assert cli("demo", "--person", "anna").code == 0
    assert cli("--demo", "anna", "goal", "add", "Live in class").code == 0
    assert bash("--demo", "anna", "log", "") == ["1", "2", "3", "4", "5", "6"]
    assert "Live in class" in zsh("--demo", "anna", "log", "")
    assert bash("log", "") == ["1"]  # the real journal is still the real one


def test_danish_words_complete_in_danish(goals):
    """With ``--lang da`` the kinds, statuses and prompt keys are the Danish ones
    the screens show, described in Danish; each is one the command accepts."""
    from recovery_cli.domain import choices
    from recovery_cli.domain.prompts import parse_prompt

    assert bash("--lang", "da", "note", "--prompt", "v") == ["vej1", "vej2", "vej3"]
    assert bash("--lang", "da", "note", "--prompt", "f") == ["f1", "f2", "f3"]
    assert bash("--lang", "da", "note", "--prompt", "ti") == ["tilfældig"]
    assert [parse_prompt(key) for key in bash("--lang", "da", "note", "--prompt", "h")] == [
        "matter1", "matter2", "matter3", "h1", "h2", "h3",
    ]  # fmt: skip
    kinds = bash("--lang", "da", "support", "add", "x", "--kind", "")
    assert "ven" in kinds and "fagperson" in kinds and "friend" not in kinds
    assert [choices.parse_support_kind(kind) for kind in kinds] == [
        "family", "friend", "peer", "professional", "network", "other",
    ]  # fmt: skip
    assert bash("--lang", "da", "resource", "add", "x", "--kind", "s") == ["styrke"]
    assert bash("support", "add", "x", "--kind", "ve") == ["ven"]  # typed in Danish
    statuses = bash("--lang", "da", "goal", "list", "--status", "")
    assert [choices.parse_status(status) for status in statuses] == [
        "active", "paused", "reached", "let_go",
    ]  # fmt: skip
    assert bash("--lang", "da", "goal", "list", "--status", "n") == ["nået"]
    assert '"på pause"' in zsh("--lang", "da", "goal", "list", "--status", "")
    assert bash("--lang", "xx", "goal", "list", "--status", "r") == ["reached"]
