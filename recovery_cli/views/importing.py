"""What ``recovery import`` tells the person: added, changed, kept, renumbered.

When two versions of one entry differ, the report names the one kept and
lists every field in which the other version differs, with its whole value
(never shortened), so the person can put any of it back by hand.
"""

from __future__ import annotations

from pathlib import Path

from recovery_cli.domain.text import shorten
from recovery_cli.i18n import t, tn
from recovery_cli.journal.merge import Difference, MergePlan
from recovery_cli.storage.codec import TABLES
from recovery_cli.views import format as fmt

MAX_LINES = 20  # differences listed in full; the rest are counted
# Field labels from the core catalog; the few it lacks are in export.po.
_OWN_LABELS = {
    "kind",
    "goal",
    "prompt",
    "scores",
    "answers",
    "score",
    "definition",
    "measure",
    "version",
    "name",
}
_TEXT_FIELDS = {
    "title",
    "vision",
    "change",
    "collaboration",
    "text",
    "who",
    "how",
    "note",
    "helped",
    "by",
}


def counts_text(counts: dict[str, int]) -> str:
    """``1 goal, 5 positions`` for the tables that have any."""
    return ", ".join(tn(f"export.count.{table}", n) for table, n in counts.items() if n)


def _added_counts(plan: MergePlan) -> dict[str, int]:
    """What an import adds, by table; check-ins counted apart from other results."""
    from recovery_cli.domain.reflections import CHECKIN

    counts = {table: len(plan.added[table]) for table in TABLES if table != "results"}
    results = plan.added["results"]
    counts["checkins"] = sum(1 for r in results if r.measure == CHECKIN)
    counts["results"] = len(results) - counts["checkins"]
    return counts


def _quote(text: str) -> str:
    """The person's words in the language's quotation marks: “…” / »…«."""
    return t("text.quoted", text=shorten(" ".join(text.split()), 40))


def _day(stamp: str) -> str:
    return fmt.day_text(fmt.local(stamp).date())


def describe_record(table: str, record, goal_numbers: dict[str, int]) -> str:
    """A short way to name one record in the report."""
    if table == "goals":
        return t("import.record.goal", number=record.number, title=_quote(record.title))
    if table == "positions":
        number = goal_numbers.get(record.goal, "?")
        return t(
            "import.record.position", position=record.value, number=number, day=_day(record.when)
        )
    if table == "resources":
        return t("import.record.resource", text=_quote(record.text))
    if table == "supports":
        return t("import.record.support", who=_quote(record.who))
    if table == "notes":
        return t("import.record.note", day=_day(record.when))
    if table == "measures":
        return t("import.record.measure", name=record.name)
    if record.measure != "checkin":
        return t("import.record.result", name=record.measure, day=_day(record.when))
    return t("import.record.checkin", day=_day(record.when))


def field_label(name: str) -> str:
    if name == "value":
        return t("field.position")
    return t(f"import.field.{name}" if name in _OWN_LABELS else f"field.{name}")


def field_value(name: str, value, goal_numbers: dict[str, int]) -> str:
    """One stored value in full, as the person would type or read it."""
    if value is None or value == "" or value == () or value == {}:
        return t("import.lost.nothing")
    if name in _TEXT_FIELDS:
        return t("text.quoted", text=str(value).replace("\n", "\n    "))
    if name == "chime":
        return fmt.domains_text(value)
    if name == "status":
        return fmt.status_label(value)
    if name in ("parent", "goal"):
        return f"#{goal_numbers.get(value, '?')}"
    if name == "horizon":
        return fmt.horizon_text(value)
    if name in ("when", "created"):
        return fmt.moment_text(value)
    if name == "kind":
        return t(f"kind.{value}")
    if name == "scores":
        return ", ".join(f"{fmt.domain_name(key)} {score}" for key, score in value.items())
    if name == "answers":
        return ", ".join(
            f"{key} {'-' if answer is None else answer}" for key, answer in value.items()
        )
    if name == "definition":
        return t(
            "import.lost.definition",
            version=value.get("version", "1"),
            items=len(value.get("items", ())),
        )
    return str(value)


def _as_checkin(lost: tuple[tuple[str, object], ...]) -> list[tuple[str, object]]:
    """A check-in's answers, named and shown as the check-in's scores (answered ones)."""
    return [
        ("scores", {k: v for k, v in value.items() if v is not None})
        if name == "answers" and isinstance(value, dict)
        else (name, value)
        for name, value in lost
    ]


def _difference(diff: Difference, goal_numbers: dict[str, int]) -> list[str]:
    what = describe_record(diff.table, diff.kept, goal_numbers)
    key = "import.took_theirs" if diff.took_theirs else f"import.kept.{diff.reason}"
    line = t(key, record=what)
    lines = [line[:1].upper() + line[1:]]
    if not diff.lost:
        return lines
    side = "here" if diff.took_theirs else "file"
    if diff.table == "goals":
        lines.append(
            t(
                f"import.lost.goal.{side}",
                number=diff.kept.number,  # type: ignore[attr-defined]
                moment=fmt.moment_text(diff.dropped.updated),  # type: ignore[attr-defined]
            )
        )
    else:
        lines.append(t(f"import.lost.{side}"))
    lost = list(diff.lost)
    if diff.table == "results" and getattr(diff.kept, "measure", None) == "checkin":
        lost = _as_checkin(diff.lost)
    lines += [
        t(
            "import.lost.field",
            field=field_label(name),
            value=field_value(name, value, goal_numbers),
        )
        for name, value in lost
    ]
    return lines


def _capped(blocks: list[list[str]]) -> list[str]:
    shown = [line for block in blocks[:MAX_LINES] for line in block]
    if len(blocks) <= MAX_LINES:
        return shown
    return [*shown, tn("import.more", len(blocks) - MAX_LINES)]


def import_lines(
    plan: MergePlan,
    *,
    source: str | None,
    kind: str,
    goal_numbers: dict[str, int],
    dry_run: bool,
    backup: Path | None,
) -> list[str]:
    """Every line of the report, in order; ``source`` None: standard input."""
    key = "import.from_dry" if dry_run else "import.from"
    if source is None:  # standard input: "Imported an export from standard input:"
        lines = [t(f"{key}_stdin", kind=t(f"import.kind.{kind}"))]
    else:
        lines = [t(key, path=source, kind=t(f"import.kind.{kind}"))]
    added = _added_counts(plan)
    if any(added.values()):
        key = "import.would_add" if dry_run else "import.added"
        lines.append(t(key, what=counts_text(added)))
    for moved in plan.renumbered:
        lines.append(
            t(
                "import.renumbered",
                title=_quote(moved.goal.title),
                was=moved.was,
                number=moved.goal.number,
                other=_quote(moved.taken_by.title),
            )
        )
    for unlinked in plan.unlinked:
        lines.append(
            t("import.unlinked", number=unlinked.goal.number, parent=unlinked.parent.number)
        )
    lines += _capped([_difference(d, goal_numbers) for d in plan.differences])
    if plan.same:
        lines.append(tn("import.same", plan.same))
    if not plan.changes:
        lines.append(t("import.nothing_kept" if plan.differences else "import.nothing"))
    elif dry_run:
        lines.append(t("import.dry_run"))
    if backup is not None:
        lines.append(t("import.backup", path=str(backup)))
    return lines


def import_json(
    plan: MergePlan,
    *,
    source: str,
    kind: str,
    goal_numbers: dict[str, int],
    dry_run: bool,
    backup: Path | None,
) -> dict:
    """The report as data (``recovery import --json``; shape in docs/json.md)."""

    def number_of(record) -> int | None:
        return goal_numbers.get(getattr(record, "goal", None) or "")

    def added(table: str, record) -> dict:
        entry: dict = {"id": record.id}
        if table == "goals":
            entry["number"] = record.number
        elif table in ("positions", "resources", "supports", "notes"):
            entry["goal"] = number_of(record)
        return entry

    return {
        "version": 1,
        "source": source,
        "kind": kind,
        "dry_run": dry_run,
        "changes": plan.changes,
        "added": {table: [added(table, r) for r in plan.added[table]] for table in TABLES},
        "renumbered": [
            {
                "id": moved.goal.id,
                "was": moved.was,
                "number": moved.goal.number,
                "taken_by": moved.taken_by.number,
            }
            for moved in plan.renumbered
        ],
        "unlinked": [
            {"goal": unlinked.goal.number, "parent": unlinked.parent.number}
            for unlinked in plan.unlinked
        ],
        "differences": [
            {
                "table": diff.table,
                "id": diff.kept.id,  # type: ignore[attr-defined]
                "kept": "theirs" if diff.took_theirs else "ours",
                "reason": diff.reason,
                "fields": [name for name, _ in diff.lost],
            }
            for diff in plan.differences
        ],
        "same": plan.same,
        "backup": str(backup) if backup is not None else None,
    }
