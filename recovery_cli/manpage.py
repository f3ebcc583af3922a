"""The man page ``recovery(1)``, built from the same help texts as ``--help``.

    python -m recovery_cli.manpage > recovery.1
    python -m recovery_cli.manpage --lang da > recovery.1     # in Danish
    man -l recovery.1

Every command the app has is walked (a command added later appears without a
line here), with its arguments and options; then the environment, the files
and the exit codes. To install it for yourself::

    mkdir -p ~/.local/share/man/man1
    python -m recovery_cli.manpage > ~/.local/share/man/man1/recovery.1
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

from recovery_cli import __version__
from recovery_cli.i18n import t


def _escape(text: str) -> str:
    """Text as troff reads it: backslashes and hyphens escaped, letters beyond
    ASCII (æ, ø, å, …) named by their code point so any man reader shows them,
    and a line that starts with a dot or an apostrophe kept from being read as
    a request."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    text = "".join(ch if ord(ch) < 128 else f"\\[u{ord(ch):04X}]" for ch in text)
    return "\n".join(
        "\\&" + line if line.startswith((".", "'")) else line for line in text.split("\n")
    )


def _paragraphs(text: str) -> list[str]:
    out: list[str] = []
    for paragraph in text.strip().split("\n\n"):
        if out:
            out.append(".PP")
        out.append(_escape(" ".join(paragraph.split())))
    return out


def _param_lines(param: Any) -> list[str]:
    if getattr(param, "hidden", False) or not getattr(param, "help", None):
        return []
    metavar = getattr(param, "metavar", None)
    if param.param_type_name == "argument":
        head = f"\\fI{_escape(metavar or param.name.upper())}\\fR"
    else:
        names = ", ".join(f"\\fB{_escape(name)}\\fR" for name in param.opts)
        takes_value = not getattr(param, "is_flag", False) and not getattr(param, "count", False)
        head = f"{names} \\fI{_escape(metavar)}\\fR" if metavar and takes_value else names
    return [".TP", head, *_paragraphs(param.help)]


def _walk(command: Any, ctx: Any, path: list[str]) -> list[str]:
    """The section of one command, then those of its subcommands."""
    import typer

    lines: list[str] = []
    subcommands = command.list_commands(ctx) if hasattr(command, "list_commands") else []
    if path:
        pieces = " ".join(command.collect_usage_pieces(ctx))
        lines += [
            f'.SS "{_escape(" ".join(["recovery", *path]))}"',
            f"\\fBrecovery {_escape(' '.join(path))}\\fR {_escape(pieces)}",
            ".PP",
        ]
        if command.help:
            lines += _paragraphs(command.help)
        params = [line for param in command.params for line in _param_lines(param)]
        lines += params
    for name in subcommands:
        sub = command.get_command(ctx, name)
        if sub is None or getattr(sub, "hidden", False):
            continue
        lines += _walk(sub, typer.Context(sub, info_name=name, parent=ctx), [*path, name])
    return lines


def manpage() -> str:
    """The whole page, in the current language."""
    import typer

    from recovery_cli.cli.app import build_app

    root = typer.main.get_command(build_app())
    ctx = typer.Context(root, info_name="recovery")
    summary = (root.help or "").strip().split("\n\n")[0]
    lines = [
        f'.TH RECOVERY 1 "{date.today():%Y-%m-%d}" "recovery-journal {__version__}" '
        f'"{_escape(t("man.manual"))}"',
        f".SH {_escape(t('man.name'))}",
        f"recovery \\- {_escape(' '.join(t('man.summary').split()))}",
        f".SH {_escape(t('man.synopsis'))}",
        f"\\fBrecovery\\fR {_escape(' '.join(root.collect_usage_pieces(ctx)))}",
        f".SH {_escape(t('man.description'))}",
        *_paragraphs(root.help or summary),
        f".SH {_escape(t('man.options'))}",
        *[line for param in root.get_params(ctx) for line in _param_lines(param)],
        f".SH {_escape(t('man.commands'))}",
        *_walk(root, ctx, []),
    ]
    from platformdirs import user_cache_path

    from recovery_cli.storage import paths, settings

    def shown(path: Path) -> str:  # ~/.config/... rather than this machine's home
        home = str(Path.home())
        text = str(path)
        return "~" + text[len(home) :] if home != "/" and text.startswith(home + "/") else text

    places = {
        "config": shown(settings.config_path({})),
        "data": shown(paths.default_journal_path()),
        "demo": shown(user_cache_path(paths.APP_NAME, appauthor=False) / "demo"),
    }
    for section in ("environment", "files", "exit_status"):
        lines.append(f".SH {_escape(t(f'man.{section}'))}")
        for entry in t(f"man.{section}.text", **places).split("\n"):
            term, _, text = entry.partition("\t")
            lines += [".TP", f"\\fB{_escape(term)}\\fR", _escape(text)]
    lines += [f".SH {_escape(t('man.see_also'))}", _escape(t("man.see_also.text"))]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    from recovery_cli.cli.state import choose_language
    from recovery_cli.domain.errors import RecoveryError

    args = sys.argv[1:] if argv is None else argv
    try:
        choose_language(args)
    except RecoveryError as error:
        from recovery_cli.cli.errors import handle

        return handle(error)
    sys.stdout.write(manpage())
    return 0


if __name__ == "__main__":
    sys.exit(main())
