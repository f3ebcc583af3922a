"""The merge of two journal copies, tested directly on records (no files)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from recovery_cli.domain.records import Goal, Note, Position, replace
from recovery_cli.journal.merge import plan_merge
from tests.journal_data import TABLES, journals

T0 = "2026-01-01T10:00:00+00:00"
T1 = "2026-02-01T10:00:00+00:00"
T2 = "2026-03-01T10:00:00+00:00"


def goal(ident: str, number: int, title: str, updated: str = T0, **extra) -> Goal:
    return Goal(id=ident, number=number, title=title, created=T0, updated=updated, **extra)


def tables(**given_tables) -> dict[str, list]:
    return {table: list(given_tables.get(table, [])) for table in TABLES}


def merged(ours: dict, theirs: dict, **kwargs):
    meta = {"next_goal_number": max((g.number for g in ours["goals"]), default=0) + 1}
    return plan_merge(ours, theirs, ours_meta=meta, theirs_meta={}, **kwargs)


def apply(ours: dict, plan) -> dict[str, dict]:
    """The merged journal: ours, with the plan's additions and replacements."""
    result = {table: {r.id: r for r in ours[table]} for table in TABLES}
    for table in TABLES:
        for record in plan.added[table]:
            result[table][record.id] = record
    for diff in plan.replaced:
        result[diff.table][diff.theirs.id] = diff.theirs
    return result


def ids(records) -> set[str]:
    return {r.id for r in records}


@settings(max_examples=60, deadline=None)
@given(base=journals(max_goals=3), mine=journals(max_goals=2), other=journals(max_goals=2))
def test_two_copies_that_each_gained_entries_merge_to_the_union(base, mine, other):
    ours = {table: base[table] + mine[table] for table in TABLES}
    theirs = {table: base[table] + other[table] for table in TABLES}
    ours_numbers = [g.number for g in ours["goals"]]
    if len(set(ours_numbers)) != len(ours_numbers):
        return  # not a valid journal: numbers repeat
    plan = merged(ours, theirs)
    result = apply(ours, plan)
    for table in TABLES:
        assert set(result[table]) == ids(ours[table]) | ids(theirs[table])
    numbers = [g.number for g in result["goals"].values()]
    assert len(numbers) == len(set(numbers)), "every goal keeps a number of its own"
    assert not plan.differences
    # merging again adds nothing
    again = merged({t: list(result[t].values()) for t in TABLES}, theirs)
    assert not again.changes


@settings(max_examples=40, deadline=None)
@given(journal=journals())
def test_merging_a_copy_into_itself_changes_nothing(journal):
    plan = merged(journal, journal)
    assert not plan.changes
    assert plan.same == sum(len(journal[t]) for t in TABLES)


def test_the_newer_goal_edit_wins_and_keeps_this_journals_number():
    ours = tables(goals=[goal("a", 1, "Walk", updated=T1)])
    theirs = tables(goals=[goal("a", 4, "Walk every day", updated=T2)])
    plan = merged(ours, theirs)
    [diff] = plan.differences
    assert diff.took_theirs and diff.reason == "newer_there"
    assert diff.theirs.title == "Walk every day" and diff.theirs.number == 1


def test_an_older_goal_edit_is_not_taken():
    ours = tables(goals=[goal("a", 1, "Walk every day", updated=T2)])
    theirs = tables(goals=[goal("a", 1, "Walk", updated=T1)])
    [diff] = merged(ours, theirs).differences
    assert not diff.took_theirs and diff.reason == "newer_here"


def test_equal_edit_times_keep_this_journals_version():
    ours = tables(goals=[goal("a", 1, "Walk", updated=T1)])
    theirs = tables(goals=[goal("a", 1, "Run", updated=T1)])
    [diff] = merged(ours, theirs).differences
    assert not diff.took_theirs and diff.reason == "same_time"


def test_edit_times_in_other_offsets_compare_as_moments():
    ours = tables(goals=[goal("a", 1, "Walk", updated="2026-02-01T10:00:00+00:00")])
    theirs = tables(goals=[goal("a", 1, "Run", updated="2026-02-01T11:30:00+01:00")])
    [diff] = merged(ours, theirs).differences
    assert diff.took_theirs


def test_records_without_an_edit_time_keep_this_journals_version():
    g = goal("a", 1, "Walk")
    mine = Position(id="p", goal="a", when=T1, value=3, note="mine")
    other = replace(mine, note="theirs")
    plan = merged(tables(goals=[g], positions=[mine]), tables(goals=[g], positions=[other]))
    [diff] = plan.differences
    assert not diff.took_theirs and diff.reason == "no_time"
    assert not plan.changes


def test_a_new_goal_whose_number_is_taken_gets_the_next_free_number():
    ours = tables(goals=[goal("a", 1, "Swim"), goal("b", 2, "Read")])
    theirs = tables(
        goals=[goal("c", 2, "Cook"), goal("d", 7, "Paint")],
        positions=[Position(id="p", goal="c", when=T1, value=4)],
    )
    plan = merged(ours, theirs)
    added = {g.title: g.number for g in plan.added["goals"]}
    assert added == {"Cook": 8, "Paint": 7}
    [moved] = plan.renumbered
    assert (moved.was, moved.goal.number, moved.taken_by.title) == (2, 8, "Read")
    assert plan.added["positions"][0].goal == "c"  # linked by id, so nothing else moves
    assert plan.meta["next_goal_number"] == 9


def test_goals_that_became_steps_of_each_other_are_untangled():
    ours = tables(goals=[goal("a", 1, "Work"), goal("b", 2, "Apply", parent="a")])
    theirs = tables(goals=[goal("a", 1, "Work", updated=T2, parent="b"), goal("b", 2, "Apply")])
    plan = merged(ours, theirs)
    [unlinked] = plan.unlinked
    assert unlinked.goal.id == "a" and unlinked.goal.parent is None
    [replaced] = plan.replaced
    assert replaced.theirs.parent is None


def test_a_missing_note_from_a_no_notes_export_is_not_a_difference():
    g = goal("a", 1, "Walk")
    mine = Position(id="p", goal="a", when=T1, value=3, note="private")
    shared = replace(mine, note=None)
    plan = merged(
        tables(goals=[g], positions=[mine]),
        tables(goals=[g], positions=[shared]),
        notes_included=False,
    )
    assert not plan.differences and plan.same == 2


def test_a_fresh_journal_adopts_the_incoming_creation_time_and_language():
    theirs = tables(notes=[Note(id="n", text="Hello", when=T1)])
    plan = plan_merge(
        tables(),
        theirs,
        ours_meta={"next_goal_number": 1, "language": "en", "created": T2},
        theirs_meta={"language": "da", "created": T0, "next_goal_number": 3},
        adopt=("created", "language", "next_goal_number"),
    )
    assert plan.meta == {"created": T0, "language": "da", "next_goal_number": 3}


@given(
    st.lists(st.integers(1, 30), unique=True, max_size=6),
    st.lists(st.integers(1, 30), unique=True, max_size=6),
)
def test_numbers_stay_unique_whatever_collides(mine, theirs):
    ours = tables(goals=[goal(f"o{n}", n, f"ours {n}") for n in mine])
    incoming = tables(goals=[goal(f"t{n}", n, f"theirs {n}") for n in theirs])
    plan = merged(ours, incoming)
    numbers = mine + [g.number for g in plan.added["goals"]]
    assert len(numbers) == len(set(numbers))
    assert len(plan.renumbered) == len(set(mine) & set(theirs))


def test_a_higher_next_number_elsewhere_is_not_a_change_by_itself():
    ours = tables(goals=[goal("a", 1, "Walk")])
    plan = plan_merge(
        ours, ours, ours_meta={"next_goal_number": 2}, theirs_meta={"next_goal_number": 9}
    )
    assert not plan.changes and plan.meta == {}


def test_a_dropped_goal_version_lists_exactly_the_fields_that_differ():
    mine = goal(
        "a",
        1,
        "Watch football with Ali",
        updated=T1,
        chime=("connectedness",),
        vision="Be part of a team",
    )
    other = goal("a", 3, "Play football", updated=T2, chime=("connectedness",), status="paused")
    [diff] = merged(tables(goals=[mine]), tables(goals=[other])).differences
    assert diff.took_theirs and diff.dropped is mine
    assert diff.lost == (
        ("title", "Watch football with Ali"),
        ("status", "active"),
        ("vision", "Be part of a team"),
    )  # not number, not updated
    [kept] = merged(tables(goals=[other]), tables(goals=[mine])).differences
    assert not kept.took_theirs and kept.dropped is mine
    assert kept.lost == diff.lost


def test_only_a_new_edit_time_loses_nothing():
    mine = goal("a", 1, "Walk", updated=T1)
    [diff] = merged(tables(goals=[mine]), tables(goals=[replace(mine, updated=T2)])).differences
    assert diff.took_theirs and diff.lost == ()


def test_a_link_that_gives_way_is_listed_as_lost():
    ours = tables(
        goals=[
            goal("a", 1, "Work", parent="c"),
            goal("b", 2, "Apply", parent="a"),
            goal("c", 3, "Rest"),
        ]
    )
    theirs = tables(
        goals=[
            goal("a", 1, "Work", updated=T2, parent="b"),
            goal("b", 2, "Apply"),
            goal("c", 3, "Rest"),
        ]
    )
    [diff] = merged(ours, theirs).replaced
    assert diff.theirs.parent is None and ("parent", "c") in diff.lost


def test_a_note_left_out_of_an_export_is_not_reported_as_lost():
    g = goal("a", 1, "Walk")
    mine = Position(id="p", goal="a", when=T1, value=3, note="private")
    other = replace(mine, value=4, note=None)
    [diff] = merged(
        tables(goals=[g], positions=[mine]),
        tables(goals=[g], positions=[other]),
        notes_included=False,
    ).differences
    assert diff.lost == (("value", 4),)


def _content(record) -> dict:
    from recovery_cli.domain.records import to_dict

    return {
        k: v for k, v in to_dict(record).items() if k not in ("id", "number", "updated", "added")
    }


@settings(max_examples=40, deadline=None)
@given(one=journals(max_goals=3), two=journals(max_goals=3))
def test_the_kept_version_plus_what_is_lost_gives_back_the_dropped_one(one, two):
    """Nothing is dropped silently: every field the merge does not keep is in ``lost``."""
    ours, theirs = tables(), tables()
    for table in TABLES:
        for mine, other in zip(one[table], two[table], strict=False):
            links = {"parent": None} if table == "goals" else {}
            if "goal" in _content(mine):
                links["goal"] = None if table != "positions" else "g"
            if table == "measures":  # a measure's uuid follows from its name
                links.update(name=mine.name, definition={**other.definition, "name": mine.name})
            ours[table].append(replace(mine, **links))
            theirs[table].append(replace(other, id=mine.id, **links))
    anchor = goal("g", 99, "Anchor")
    ours["goals"].append(anchor)
    theirs["goals"].append(anchor)
    for diff in merged(ours, theirs).differences:
        restored = replace(diff.kept, **dict(diff.lost))
        assert _content(restored) == _content(diff.dropped), diff.table
