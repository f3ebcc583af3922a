"""Kim: back to football and to friends, half a year at a time (the first
example, and the default one; its words are the ``demo.*`` keys in demo.po)."""

from __future__ import annotations

from recovery_cli.demo.person import DemoGoal, Person

PERSON = Person(
    key="kim",
    content="demo",
    goals=(
        DemoGoal(
            "football",
            ("connectedness", "identity", "meaning"),
            "6m",
            182,
            positions=(
                (182, 2, True, False),
                (160, 3, True, True),
                (131, 3, False, False),
                (103, 4, True, True),
                (82, 5, True, True),
                (61, 4, True, False),
                (47, 4, False, True),
                (30, 5, True, True),
                (12, 6, True, True),
                (2, 6, False, False),
            ),
        ),
        DemoGoal(
            "social",
            ("connectedness", "hope"),
            "1y",
            176,
            positions=(
                (176, 2, True, False),
                (120, 3, False, True),
                (75, 3, True, False),
                (40, 4, True, True),
                (9, 5, False, True),
            ),
        ),
        DemoGoal(
            "coffee",
            ("connectedness",),
            "3m",
            120,
            parent="social",
            positions=(
                (120, 3, True, False),
                (99, 4, False, True),
                (70, 5, True, True),
                (55, 4, True, False),
                (33, 6, True, True),
                (5, 7, False, True),
            ),
        ),
        DemoGoal(
            "garden",
            ("meaning", "empowerment"),
            "6m",
            150,
            positions=(
                (150, 1, True, False),
                (128, 2, True, True),
                (96, 3, False, True),
                (68, 3, True, False),
                (35, 4, True, True),
                (8, 5, True, False),
            ),
        ),
        DemoGoal(
            "appointments",
            ("empowerment", "identity", "hope"),
            "1y",
            140,
            positions=(
                (140, 2, True, False),
                (110, 2, False, False),
                (86, 3, True, True),
                (52, 5, True, True),
                (21, 5, False, True),
            ),
        ),
        DemoGoal(
            "running",
            ("identity",),
            "1y",
            170,
            status="paused",
            positions=(
                (170, 3, True, False),
                (150, 3, True, False),
            ),
        ),
    ),
    resources=(
        ("football_kid", "experience", "football"),
        ("listening", "strength", "social"),
        ("grandmother", "experience", "garden"),
        ("keep_going", "strength", None),
        ("library", "resource", "appointments"),
    ),
    supports=(
        ("brother", "family", "football"),
        ("anna", "friend", "coffee"),
        ("peer", "peer", "appointments"),
        ("garden_group", "network", "garden"),
        ("gp", "professional", "appointments"),
    ),
    notes=(
        (165, None, None),
        (100, "football", None),
        (60, "football", None),
        (28, "garden", None),
        (6, None, None),
    ),
    checkins=(
        (178, 2, 2, 3, 2, 2),
        (148, 3, 3, 3, 2, 2),
        (118, 3, 4, 3, 3, 3),
        (88, 4, 4, 4, 4, 3),
        (58, 3, 3, 4, 4, 4),
        (28, 5, 5, 5, 5, 4),
    ),
    journey="football",
    example="football",
    measures=("example",),
)
