"""``recovery config``: every setting, its value, and where that value comes from."""

from __future__ import annotations

import os
from typing import Annotated, Any

import typer

from recovery_cli.cli.base import command, json_flag
from recovery_cli.i18n import t
from recovery_cli.views import out


def _journal(params: dict[str, Any]) -> tuple[str, str]:
    from recovery_cli.storage import paths

    if params.get("demo_person"):
        from recovery_cli.demo.people import find
        from recovery_cli.demo.sandbox import sandbox_path

        return str(sandbox_path(find(params["demo_person"]))), "demo"
    if params.get("demo"):
        return str(paths.demo_journal_path()), "demo"
    path, source = paths.journal_choice(params.get("journal"))
    return str(path), source


def _language(params: dict[str, Any]) -> tuple[str, str]:
    from recovery_cli.cli.state import language_choice

    args = []
    if params.get("lang"):
        args += ["--lang", params["lang"]]
    if params.get("journal"):
        args += ["--journal", params["journal"]]
    if params.get("demo"):
        args.append("--demo")
    if params.get("demo_person"):
        args += ["--demo-person", params["demo_person"]]
    return language_choice(args)


def _pager(params: dict[str, Any]) -> tuple[str | None, str]:
    from recovery_cli.cli.paging import pager_command

    if params.get("no_pager"):
        return None, "option"
    return pager_command(), "environment" if "PAGER" in os.environ else "default"


def _editor() -> tuple[str | None, str]:
    for name in ("VISUAL", "EDITOR"):
        value = os.environ.get(name, "").strip()
        if value:
            return value, name
    return None, "default"


def settings(params: dict[str, Any]) -> dict[str, dict[str, str | None]]:
    """Each setting's value and its source (the shape of ``config --json``)."""
    found = {
        "journal": _journal(params),
        "language": _language(params),
        "pager": _pager(params),
        "editor": _editor(),
    }
    return {name: {"value": value, "source": source} for name, (value, source) in found.items()}


def docs_folder() -> str | None:
    """Where the documentation (README, json.md, measures.md...) was installed
    with the tool: share/doc/recovery-journal in the environment's data folder
    (or the user's, for a --user install); in a source checkout, its docs/."""
    import sysconfig
    from pathlib import Path

    places = [Path(sysconfig.get_path("data"))]
    user = f"{os.name}_user"
    if user in sysconfig.get_scheme_names():
        places.append(Path(sysconfig.get_path("data", user)))
    for place in places:
        folder = place / "share" / "doc" / "recovery-journal"
        if (folder / "json.md").is_file():
            return str(folder)
    checkout = Path(__file__).resolve().parents[2] / "docs"
    return str(checkout) if (checkout / "json.md").is_file() else None


def _source_text(name: str, source: str) -> str:
    if source in ("VISUAL", "EDITOR"):
        return t("config.source.variable", variable=source)
    return t(f"config.source.{name}.{source}")


def register(app: typer.Typer) -> None:
    @command(app, "config", "help.config")
    def config(ctx: typer.Context, as_json: Annotated[bool, json_flag()] = False) -> None:
        from recovery_cli.storage.settings import load

        params = ctx.find_root().params
        file = load()
        found = settings(params)
        if as_json:
            from recovery_cli.views.jsonout import dumps

            out.raw(
                dumps(
                    {
                        "version": 1,
                        "config_file": str(file.path),
                        "exists": file.exists,
                        "settings": found,
                        "docs": docs_folder(),
                    }
                )
            )
            return
        out.say(t("config.file" if file.exists else "config.file_none", path=str(file.path)))
        out.say("")
        width = max(len(t(f"config.name.{name}")) for name in found)
        indent = " " * (width + 4)
        for name, entry in found.items():
            value = entry["value"] or t(f"config.none.{name}")
            source = _source_text(name, str(entry["source"]))
            # each value under the others, wrapped by rich (a long path folds)
            out.say(f"  {t(f'config.name.{name}'):<{width}}  {value}", hang=len(indent))
            out.raw(out.style(out.fitted(indent + source), dim=True))
        out.say("")
        docs = docs_folder()
        out.say(t("config.docs", path=docs) if docs else t("config.docs_none"))
        out.say("")
        out.say(t("config.order"))
        if not file.exists:
            out.say("")
            out.say(t("config.example"))
