"""What ``recovery doctor`` checks inside a journal: every record against the
domain rules, and every reference between records; and the safe repairs.

Works on the stored dicts (not on :class:`Journal`), so a journal with a broken
record can still be examined. Safe repairs never remove a person's words:
links to goals that no longer exist are cleared; the only removal, of
positions whose goal is gone, happens after a backup (the caller makes it).
"""

from __future__ import annotations

from collections import Counter

from recovery_cli.domain import records as rec
from recovery_cli.domain.errors import InputError
from recovery_cli.storage.codec import META, TABLES
from recovery_cli.storage.health import NOTE, OK, PROBLEM, Finding

LINKED = ("resources", "supports", "notes")


def _h(value: object) -> object:
    """A value usable in sets even when a hand-edited file put a list there."""
    return value if isinstance(value, (str, int, float, bool, type(None))) else repr(value)


_PLAIN = frozenset({str, int, float, bool, type(None)})


def _all_h(values: list) -> list:
    """:func:`_h` of each value; the list itself when all are plain already (as
    in every journal the tool wrote)."""
    if set(map(type, values)) <= _PLAIN:
        return values
    return [_h(value) for value in values]


def _goal_ids(data: dict) -> set:
    return {_h(doc.get("id")) for doc in data["goals"].values()}


def records(data: dict) -> list[Finding]:
    """Each record checked with the domain's own validation."""
    findings: list[Finding] = []
    counts = {table: len(data.get(table, {})) for table in TABLES}
    findings.append(Finding(OK, "doctor.records_count", counts))
    for table in TABLES:
        make = rec.maker(table)
        for doc_id, doc in data[table].items():
            try:
                make(doc)
            except InputError as error:
                findings.append(
                    Finding(
                        PROBLEM,
                        "doctor.record_invalid",
                        {"table": table, "doc": doc_id, "error": error},
                    )
                )
            except (TypeError, ValueError, AttributeError):
                shape = InputError("error.record.shape", table=table)
                findings.append(
                    Finding(
                        PROBLEM,
                        "doctor.record_invalid",
                        {"table": table, "doc": doc_id, "error": shape},
                    )
                )
        ids = Counter(_all_h([doc.get("id") for doc in data[table].values()]))
        twice = sum(1 for count in ids.values() if count > 1)
        if twice:
            findings.append(
                Finding(PROBLEM, "doctor.duplicate_ids", {"table": table, "count": twice})
            )
    numbers = Counter(_h(doc.get("number")) for doc in data["goals"].values())
    repeated = sorted(str(n) for n, count in numbers.items() if count > 1)
    if repeated:
        findings.append(
            Finding(PROBLEM, "doctor.duplicate_numbers", {"numbers": ", ".join(repeated)})
        )
    highest = max((n for n in numbers if type(n) is int), default=0)
    next_number = data[META]["1"].get("next_goal_number", 1)
    if not isinstance(next_number, int) or next_number <= highest:
        findings.append(Finding(PROBLEM, "doctor.next_number", {"highest": highest}, "next_number"))
    return findings


def _cycles(data: dict) -> list[object]:
    """Goal ids whose chain of parents comes back to them (one per cycle)."""
    parent = {_h(doc.get("id")): _h(doc.get("parent")) for doc in data["goals"].values()}
    breaks: list[object] = []
    seen_in_cycle: set = set()
    for start in parent:
        chain, node = [], start
        while node in parent and node not in chain and node not in seen_in_cycle:
            chain.append(node)
            node = parent[node]
        if node in chain:
            cycle = chain[chain.index(node) :]
            seen_in_cycle.update(cycle)
            breaks.append(cycle[-1])
    return breaks


def references(data: dict) -> list[Finding]:
    """Links to goals that are not there, and steps that are their own ancestors."""
    goals = _goal_ids(data)
    findings: list[Finding] = []
    orphans = sum(1 for doc in data["positions"].values() if _h(doc.get("goal")) not in goals)
    if orphans:
        findings.append(Finding(PROBLEM, "doctor.orphan_positions", {"count": orphans}, "orphans"))
    dangling = sum(
        1
        for table in LINKED
        for doc in data[table].values()
        if doc.get("goal") is not None and _h(doc.get("goal")) not in goals
    )
    if dangling:
        findings.append(Finding(PROBLEM, "doctor.dangling_links", {"count": dangling}, "unlink"))
    parents = sum(
        1
        for doc in data["goals"].values()
        if doc.get("parent") is not None and _h(doc.get("parent")) not in goals
    )
    if parents:
        findings.append(Finding(PROBLEM, "doctor.missing_parents", {"count": parents}, "unlink"))
    cycles = _cycles(data)
    if cycles:
        findings.append(Finding(PROBLEM, "doctor.parent_cycles", {"count": len(cycles)}, "unlink"))
    if not findings:
        findings.append(Finding(OK, "doctor.references_ok"))
    return findings


def language(data: dict) -> list[Finding]:
    """A saved language this version does not speak (a newer version's) is named."""
    from recovery_cli.i18n import LANGUAGES

    code = data[META]["1"].get("language")
    if code is None or code in LANGUAGES:
        return []
    text = code if isinstance(code, str) else repr(code)
    shown = text if len(text) <= 12 else text[:11] + "…"
    return [Finding(NOTE, "edges.doctor.language_unknown", {"code": shown})]


def schema(version: int, migrated_from: int | None) -> Finding:
    if migrated_from is None:
        return Finding(OK, "doctor.schema_ok", {"version": version})
    return Finding(NOTE, "doctor.schema_old", {"old": migrated_from, "version": version}, "migrate")


def repair(data: dict, fixes: set[str]) -> dict[str, int]:
    """Make the named safe repairs in ``data`` (in place); how many of each."""
    done: dict[str, int] = {}
    goals = _goal_ids(data)
    if "unlink" in fixes:
        count = 0
        for table in LINKED:
            for doc in data[table].values():
                if doc.get("goal") is not None and _h(doc.get("goal")) not in goals:
                    doc["goal"] = None
                    count += 1
        for doc in data["goals"].values():
            if doc.get("parent") is not None and _h(doc.get("parent")) not in goals:
                doc["parent"] = None
                count += 1
        breaks = set(_cycles(data))
        for doc in data["goals"].values():
            if _h(doc.get("id")) in breaks:
                doc["parent"] = None
                count += 1
        done["unlink"] = count
    if "orphans" in fixes:
        gone = [k for k, doc in data["positions"].items() if _h(doc.get("goal")) not in goals]
        for key in gone:
            del data["positions"][key]
        done["orphans"] = len(gone)
    if "next_number" in fixes:
        numbers = [d.get("number") for d in data["goals"].values()]
        highest = max((n for n in numbers if type(n) is int), default=0)
        data[META]["1"]["next_goal_number"] = highest + 1
        done["next_number"] = 1
    return done
