"""Birgit, 63: a daily life and a network after long stays in hospital."""

from __future__ import annotations

from recovery_cli.demo.person import DemoGoal, Person

PERSON = Person(
    key="birgit",
    content="people.birgit",
    goals=(
        DemoGoal(
            "daily",
            ("empowerment", "meaning", "hope"),
            "1y",
            240,
            positions=(
                (240, 1, True, False),
                (200, 2, False, True),
                (150, 3, False, False),
                (95, 4, False, True),
                (45, 4, False, False),
                (12, 5, True, False),
            ),
        ),
        DemoGoal(
            "shopping",
            ("empowerment",),
            "3m",
            220,
            parent="daily",
            status="reached",
            positions=(
                (220, 2, True, False),
                (190, 4, False, True),
                (160, 6, False, False),
                (130, 8, True, False),
            ),
        ),
        DemoGoal(
            "cafe",
            ("connectedness", "hope"),
            "6m",
            180,
            parent="daily",
            positions=(
                (180, 1, True, False),
                (160, 2, False, True),
                (130, 4, True, True),
                (105, 5, False, False),
                (85, 2, True, False),
                (70, 3, True, True),
                (50, 4, False, True),
                (30, 5, False, False),
                (9, 6, True, True),
            ),
        ),
        DemoGoal(
            "choir",
            ("identity", "meaning"),
            "1y",
            120,
            positions=(
                (120, 2, True, False),
                (90, 2, False, False),
                (60, 3, False, True),
                (25, 4, True, True),
            ),
        ),
        DemoGoal(
            "grandchildren",
            ("connectedness", "hope", "identity"),
            "1y",
            200,
            positions=(
                (200, 2, True, False),
                (150, 3, False, True),
                (100, 4, False, False),
                (55, 5, True, True),
                (18, 6, False, False),
            ),
        ),
    ),
    resources=(
        ("alto", "experience", "choir"),
        ("lists", "strength", "daily"),
        ("patience", "strength", "grandchildren"),
        ("centre", "resource", "cafe"),
    ),
    supports=(
        ("susanne", "family", "grandchildren"),
        ("lis", "professional", "daily"),
        ("peer", "peer", "cafe"),
        ("else", "friend", "cafe"),
        ("choir", "network", "choir"),
    ),
    notes=(
        (235, None, "matter1"),
        (84, "cafe", "way1"),
        (68, "cafe", "step2"),
        (40, None, "c1"),
        (5, "daily", "1y"),
    ),
    checkins=(
        (230, 1, 2, 2, 1, 1),
        (190, 2, 2, 2, 2, 2),
        (150, 3, 3, 3, 3, 3),
        (110, 4, 4, 3, 4, 4),
        (80, 2, 2, 3, 3, 2),
        (40, 4, 4, 4, 4, 4),
        (10, 5, 5, 4, 5, 5),
    ),
    checkin_notes=(4,),
    journey="cafe",
    example="cafe",
    measures=("example",),
)
