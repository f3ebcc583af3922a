"""Every command has help with an example, in English and in Danish."""

import re

import pytest
from typer.core import TyperGroup
from typer.main import get_command

from recovery_cli.cli.app import COMMANDS, build_app, load_commands
from recovery_cli.i18n import set_language


def commands(group, path=("recovery",)):
    for name in group.list_commands(None):
        command = group.get_command(None, name)
        yield (*path, name), command
        if isinstance(command, TyperGroup):
            yield from commands(command, (*path, name))


def leaf_commands(language):
    set_language(language)
    root = get_command(build_app())
    return {" ".join(path): cmd for path, cmd in commands(root) if not isinstance(cmd, TyperGroup)}


@pytest.mark.parametrize(
    "language, example", [("en", "Example: recovery"), ("da", "Eksempel: recovery")]
)
def test_every_command_has_help_and_an_example(language, example):
    for path, command in leaf_commands(language).items():
        assert command.help and example in command.help, path
        for param in command.params:
            if param.name != "ctx":
                assert getattr(param, "help", None), f"{path}: {param.name} has no help"


def test_the_lazy_registry_names_every_command_once():
    found = {}
    for module in sorted(set(COMMANDS.values())):
        for name in load_commands(module):
            assert name not in found, f"{name} is registered by {found[name]} and {module}"
            found[name] = module
    assert found == COMMANDS
    assert len(leaf_commands("en")) >= 30


def test_danish_help_differs_from_english():
    english, danish = leaf_commands("en"), leaf_commands("da")
    assert english.keys() == danish.keys()
    for path in english:
        assert english[path].help != danish[path].help, path


@pytest.mark.parametrize(
    "args", [["--help"], ["goal", "--help"], ["goal", "add", "--help"], ["log", "-h"], ["goal"]]
)
def test_help_pages_render(cli, args):
    done = cli(*args)
    assert done.code == 0, done
    assert "Usage:" in done.out


def test_danish_help_page(cli):
    done = cli("--lang", "da", "log", "--help")
    assert "Brug:" in done.out and "Tilvalg" in done.out and "Vis denne hjælp" in done.out


def group_commands(language):
    set_language(language)
    root = get_command(build_app())
    return {" ".join(path): cmd for path, cmd in commands(root) if isinstance(cmd, TyperGroup)}


@pytest.mark.parametrize(
    "language, example", [("en", "Example: recovery"), ("da", "Eksempel: recovery")]
)
def test_every_command_group_has_an_example_too(language, example):
    groups = group_commands(language)
    assert {"recovery goal", "recovery resource", "recovery support"} <= groups.keys()
    for path, group in groups.items():
        assert example in group.help, path


def test_the_command_list_shows_no_examples(cli):
    assert "Example" not in cli("--help", env={"COLUMNS": "200"}).out


# Words of the English interface that must not be left in a Danish help page.
# Option names (--position), typed values (export --table positions) and the
# commands themselves (recovery goal show) are what they are in either language.
ENGLISH = re.compile(
    r"\b(Usage|Options|Arguments|Commands|OPTIONS|COMMAND|ARGS|GOAL|TEXT|WHO|WHEN|FILE|"
    r"required|Show this|position|logged|log|standard input|strength|experience|family|"
    r"friend|professional|network|other|helped|pager|pageren|the|and|or|of)\b"
)


def danish_help_pages(cli):
    set_language("da")
    root = get_command(build_app())
    paths = [(), *(path[1:] for path, _ in commands(root))]
    set_language("en")
    for path in paths:
        ran = cli("--lang", "da", *path, "--help", env={"COLUMNS": "200"})
        assert ran.code == 0, (path, ran)
        yield " ".join(path), ran.out


def test_danish_help_has_no_english_words(cli):
    for path, page in danish_help_pages(cli):
        text = re.sub(r"(?<![\w-])--?[\w-]+", " ", page)  # option names
        text = re.sub(r"\brecovery( [a-z-]+)*", " ", text)  # commands and examples
        text = re.sub(r"^│ [a-z-]+ ", " ", text, flags=re.M)  # a group's command names
        found = ENGLISH.findall(text)
        assert not found, (path, found, page)


@pytest.mark.parametrize("language", ["en", "da"])
def test_the_command_list_tells_each_command_as_the_command_itself(language):
    """`recovery --help` lists stand-ins (no command module imported); each one's
    help is the real command's, so the list cannot drift from the commands."""
    from recovery_cli.cli.app import help_key
    from recovery_cli.i18n import t

    set_language(language)
    for name, module in COMMANDS.items():
        real = load_commands(module, only=name)[name]
        assert real.help == t(help_key(name)), name


def test_the_command_list_imports_no_command_module():
    """Listing every command costs no command module (each is imported when run)."""
    import subprocess
    import sys

    code = (
        "import sys, io, contextlib\n"
        "from recovery_cli.cli.app import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try: main(['--help'])\n"
        "    except SystemExit: pass\n"
        "from recovery_cli.cli.app import COMMANDS\n"
        "print(sorted(m for m in set(COMMANDS.values()) "
        "if f'recovery_cli.cli.{m}' in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("language", "args", "usage"),
    [
        ("en", ("log",), "Usage: recovery log [OPTIONS] GOAL POSITION"),
        ("en", ("helped",), "Usage: recovery helped [OPTIONS] [GOAL]"),
        ("en", ("chart",), "Usage: recovery chart [OPTIONS] [GOAL...]"),
        ("en", ("unlog",), "Usage: recovery unlog [OPTIONS] GOAL [N]"),
        ("da", ("log",), "Brug: recovery log [TILVALG] MÅL PLACERING"),
        ("da", ("goal", "add"), "Brug: recovery goal add [TILVALG] TITEL"),
    ],
)
def test_usage_lines_read_like_git(cli, language, args, usage):
    """An argument that must be given is its placeholder, one that may be left
    out is in brackets: no ``{GOAL}`` (QA 19)."""
    page = cli("--lang", language, *args, "--help", env={"COLUMNS": "200"}).out
    assert usage in page, page


@pytest.mark.parametrize("language", ["en", "da"])
def test_no_usage_line_has_braces(cli, language):
    set_language(language)
    root = get_command(build_app())
    paths = [path[1:] for path, _ in commands(root)]
    set_language("en")
    for path in paths:
        page = cli("--lang", language, *path, "--help", env={"COLUMNS": "200"}).out
        [usage] = [line for line in page.splitlines() if "recovery" in line][:1]
        assert "{" not in usage and "}" not in usage, (path, usage)
