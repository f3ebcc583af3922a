"""The command line: parse, call the journal, render. One module per command group."""

from recovery_cli.cli.app import build_app, main

__all__ = ["build_app", "main"]
