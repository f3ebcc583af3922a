"""``recovery import``: plan a merge of a checked file into the journal, then do it.

The plan is worked out inside the command's journal session; applying it
first copies the journal to ``backups/`` and then writes every change at
once, when the session ends. A refused import changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from recovery_cli.journal.core import Journal
from recovery_cli.journal.document import Incoming
from recovery_cli.journal.merge import MergePlan, plan_merge
from recovery_cli.storage.codec import TABLES


def current_tables(journal: Journal) -> dict[str, list]:
    """Every record of the journal, by table."""
    return {
        "goals": journal.goals,
        "positions": journal.positions(),
        "resources": journal.resources(),
        "supports": journal.supports(),
        "notes": journal.notes(),
        "measures": journal.measures(),
        "results": journal.results(),
    }


def plan_import(journal: Journal, incoming: Incoming) -> MergePlan:
    """What importing ``incoming`` would add and change here (nothing is changed)."""
    ours = current_tables(journal)
    empty = not any(ours[table] for table in TABLES)
    adopt: tuple[str, ...] = ()
    if empty:
        adopt = ("created", "next_goal_number")
        if not journal.existed:
            adopt += ("language",)
    theirs_meta = {
        "language": incoming.language,
        "created": incoming.created,
        "next_goal_number": incoming.next_goal_number,
    }
    return plan_merge(
        ours,
        incoming.tables,
        ours_meta=dict(journal.meta),
        theirs_meta=theirs_meta,
        adopt=adopt,
        notes_included=incoming.notes_included,
    )


def apply_import(journal: Journal, plan: MergePlan) -> Path | None:
    """Back the journal up, then make the plan's changes; returns the backup's path."""
    if not plan.changes:
        return None
    backup = journal.store.snapshot("import") if journal.existed else None
    added = [record for table in TABLES for record in plan.added[table]]
    if added:
        journal.insert_many(added)
    replaced = [diff.theirs for diff in plan.replaced]
    if replaced:
        journal.replace_many(replaced)
    if plan.meta:
        journal.set_meta(**plan.meta)
    return backup
