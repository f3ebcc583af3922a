"""``python -m recovery_cli.manpage``: recovery(1) from the help texts, with every
command the app has (found by walking it, so new commands need no test here)."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
import typer

from recovery_cli.cli.app import build_app
from recovery_cli.i18n import set_language
from recovery_cli.manpage import manpage
from tests.conftest import ROOT


def _command_paths() -> list[str]:
    root = typer.main.get_command(build_app())
    found = []

    def walk(command, ctx, path):
        for name in command.list_commands(ctx) if hasattr(command, "list_commands") else []:
            sub = command.get_command(ctx, name)
            if sub is not None and not getattr(sub, "hidden", False):
                found.append(" ".join([*path, name]))
                walk(sub, typer.Context(sub, info_name=name, parent=ctx), [*path, name])

    walk(root, typer.Context(root, info_name="recovery"), ["recovery"])
    return found


def test_every_command_and_option_is_on_the_page():
    page = manpage()
    paths = _command_paths()
    assert len(paths) > 30
    for path in paths:
        assert f'.SS "{path.replace("-", chr(92) + "-")}"' in page, path
    for option in ("journal", "no\\-pager", "limit", "dry\\-run", "install\\-completion"):
        assert f"\\fB\\-\\-{option}\\fR" in page, option
    assert page.startswith(".TH RECOVERY 1 ")
    assert page.isascii()  # æ, ø, å as \[u00E6] ...: any man reader shows them


@pytest.mark.skipif(shutil.which("groff") is None, reason="groff is not installed")
@pytest.mark.parametrize("language", ["en", "da"])
def test_groff_reads_it_without_a_warning(language):
    set_language(language)
    done = subprocess.run(
        ["groff", "-man", "-ww", "-z"], input=manpage(), text=True, capture_output=True, timeout=60
    )
    assert done.returncode == 0 and done.stderr == "", done.stderr


def test_in_danish():
    set_language("da")
    page = manpage()
    assert ".SH BESKRIVELSE" in page and ".SH AFSLUTNINGSSTATUS" in page
    assert "Brugerkommandoer" in page and "[TILVALG]" in page


def test_the_documented_command(journal_file):
    done = subprocess.run(
        [sys.executable, "-m", "recovery_cli.manpage", "--lang", "da"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 0 and done.stdout.startswith(".TH RECOVERY 1 "), done.stderr
    assert "~/.config/recovery-journal/config.toml" in done.stdout or "config.toml" in done.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "recovery_cli.manpage", "--lang", "fr"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1
