"""``recovery chart``: positions over time, drawn in the terminal or saved to a file."""

from pathlib import Path
from typing import Annotated

import typer

from recovery_cli.cli.base import argument, command, when_option
from recovery_cli.cli.base import option as _opt
from recovery_cli.cli.state import state
from recovery_cli.domain.chime import parse_domain
from recovery_cli.domain.errors import InputError, NotPossible
from recovery_cli.i18n import get_language, t
from recovery_cli.views import format as fmt
from recovery_cli.views import out

SAVE_SUFFIXES = {".txt": "txt", ".html": "html", ".htm": "html"}




def _save_target(save: str, journal_path: Path, force: bool) -> tuple[Path, str]:
    """Where ``--save`` writes and in which format; refuses other kinds, the journal,
    and (without ``force``) a file that is already there, as ``recovery export`` does."""
    from recovery_cli.storage.exchange import check_output

    if not save.strip():
        raise InputError("error.chart.save_empty")
    path = Path(save).expanduser()
    kind = SAVE_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise InputError("error.chart.save_suffix", path=save)
    if path.absolute() == journal_path.absolute():
        raise InputError("error.chart.save_journal", path=save)
    if path.is_dir():
        raise InputError("error.chart.save_is_dir", path=save)
    if path.is_symlink() and not force:  # a dangling link "does not exist" but is there
        raise NotPossible("export.error.exists", path=str(path))
    check_output(path, journal_path, force=force)
    return path, kind


def _others_note(journal, goals) -> str:
    """A line saying that only the person's own positions are drawn, when someone
    else's view on one of these goals is left out; else empty."""
    names: dict[str, None] = {}
    first = None
    for goal in goals:
        given = journal.others(goal)
        if given:
            names.update(dict.fromkeys(given))
            first = first or goal
    if first is None:
        return ""
    return t("chart.others", names=", ".join(names), number=first.number)


def _terminal() -> tuple[int, bool]:
    """The width to draw at and whether colour is wanted, without importing rich
    (a chart should not pay for it): COLUMNS or the terminal's size, and colour
    only on a terminal without NO_COLOR."""
    import os
    import shutil
    import sys

    width = shutil.get_terminal_size((80, 24)).columns
    colour = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    return width, colour


def register(app: typer.Typer) -> None:
    @command(app, "chart", "help.chart")
    def chart(
        ctx: typer.Context,
        refs: Annotated[list[str] | None, argument(
            "help.arg.chart_goals", t("metavar.goal") + "...")] = None,
        chime: Annotated[str | None, _opt("help.opt.chart_chime", "--chime",
                                          metavar=t("metavar.domain"))] = None,
        by_domain: Annotated[bool, typer.Option("--by-domain",
                                                help=t("help.opt.chart_by_domain"))] = False,
        since: Annotated[str | None, when_option("help.opt.chart_since", "--since")] = None,
        until: Annotated[str | None, when_option("help.opt.chart_until", "--until")] = None,
        save: Annotated[str | None, _opt("help.opt.chart_save", "--save",
                                         metavar=t("metavar.file"))] = None,
        checkins: Annotated[bool, typer.Option("--checkins",
                                               help=t("help.opt.chart_checkins"))] = False,
        force: Annotated[bool, typer.Option("--force", help=t("help.opt.chart_force"))] = False,
    ) -> None:
        from recovery_cli.journal import timeline
        from recovery_cli.views import chart as view

        app_state = state(ctx)
        domain = parse_domain(chime) if chime else None
        if checkins and (refs or by_domain):
            raise InputError("error.chart.checkins_alone")
        target = _save_target(save, app_state.path, force) if save is not None else None
        with app_state.journal() as journal:
            start, end = timeline.chart_range(journal.now, since, until)
            domains = (domain,) if domain else timeline.DOMAINS
            if checkins:
                # The person's check-ins: one line per CHIME domain.
                kind = "checkins"
                series = view.domain_series(timeline.checkin_lines(journal, domains))
                if not series:
                    out.say(t("chart.no_checkins"))
                    return
            elif not journal.goals:
                out.say(t("list.empty_all"))
                return
            else:
                goals = timeline.select_goals(journal, refs or [], domain)
                if not goals:
                    out.say(t("chart.no_match", domain=fmt.domain_name(domain or "")))
                    return
                if by_domain:  # the mean position of each domain's goals
                    kind = "domains"
                    series = view.domain_series(timeline.domain_lines(journal, goals, domains))
                else:
                    kind = "goals"
                    series = view.goal_series(timeline.goal_lines(journal, goals))
            title = view.chart_title(kind, start, end, given_end=bool(until))
            others = "" if checkins else _others_note(journal, goals)
        width, colour = _terminal()
        if not view.drawable(series, start, end):
            out.say(view.nothing_to_draw(series, start, end, checkins=checkins))
            if others:
                out.say(others)
            return
        if target is None:
            typer.echo(view.render(series, width=width, colour=colour, start=start,
                                   end=end, title=title, checkins=checkins), color=colour)
            if others:
                out.say(others)
            return
        path, kind = target
        text = view.render(series, width=width, colour=kind == "html", start=start,
                           end=end, title=title, checkins=checkins)
        if kind == "html":
            from recovery_cli.charts.output import to_html

            text = to_html(text, title=title, lang=get_language())
        from recovery_cli.storage.saved import save_private_text

        save_private_text(path, text + "\n")
        out.done(t("chart.saved", path=str(path)))
        if others:
            out.say(others)
