"""``recovery demo``: the peer-worker sandbox and a short tour of it."""

from typing import Annotated

import typer

from recovery_cli.cli.base import command
from recovery_cli.cli.state import state
from recovery_cli.i18n import t
from recovery_cli.views import out


def register(app: typer.Typer) -> None:
    @command(app, "demo", "help.demo")
    def demo(
        ctx: typer.Context,
        reset: Annotated[bool, typer.Option("--reset", help=t("help.opt.reset"))] = False,
    ) -> None:
        from recovery_cli.demo.sandbox import ensure_sandbox
        from recovery_cli.storage.paths import demo_journal_path

        sandbox = state(ctx).for_journal(demo_journal_path(), chosen=False, demo=True)
        outcome = ensure_sandbox(sandbox.path, reset=reset,
                                 language_fixed=sandbox.language_fixed)
        with sandbox.journal(quiet=True) as journal:
            if journal.language and not sandbox.language_fixed:
                sandbox.speak(journal.language)
            from recovery_cli.demo.tour import render_tour

            out.info({"built": t("demo.built"), "rebuilt": t("demo.language_rebuilt"),
                      "reused": t("demo.reused")}[outcome])
            render_tour(journal)
