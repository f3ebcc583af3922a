"""Anna, 22: back to education after a psychosis, one subject at a time."""

from __future__ import annotations

from recovery_cli.demo.person import DemoGoal, Person

PERSON = Person(
    key="anna",
    content="people.anna",
    goals=(
        DemoGoal(
            "education",
            ("hope", "identity", "meaning"),
            "1y",
            190,
            positions=(
                (190, 2, True, False),
                (150, 3, False, True),
                (100, 4, True, True),
                (60, 4, False, False),
                (20, 5, True, True),
            ),
        ),
        DemoGoal(
            "danish",
            ("meaning", "empowerment"),
            "6m",
            130,
            parent="education",
            positions=(
                (130, 3, True, False),
                (118, 4, True, True),
                (95, 5, False, True),
                (72, 5, True, False),
                (50, 3, True, False),
                (41, 4, True, True),
                (28, 5, False, True),
                (12, 6, True, True),
                (3, 7, True, True),
            ),
        ),
        DemoGoal(
            "friends",
            ("connectedness", "hope"),
            "1y",
            180,
            positions=(
                (180, 2, True, False),
                (140, 2, False, False),
                (105, 3, False, True),
                (60, 4, True, True),
                (15, 5, False, True),
            ),
        ),
        DemoGoal(
            "rhythm",
            ("empowerment",),
            "6m",
            160,
            positions=(
                (160, 3, True, False),
                (120, 4, False, True),
                (50, 2, True, False),
                (35, 4, False, True),
                (10, 5, True, False),
            ),
        ),
        DemoGoal(
            "story",
            ("identity", "empowerment"),
            "5y",
            90,
            status="paused",
            positions=(
                (90, 3, True, False),
                (80, 3, True, False),
            ),
        ),
    ),
    resources=(
        ("reading", "strength", "danish"),
        ("first_year", "experience", "education"),
        ("humour", "strength", "friends"),
        ("dog", "resource", "rhythm"),
        ("library", "resource", "danish"),
    ),
    supports=(
        ("mum", "family", "danish"),
        ("dad", "family", "rhythm"),
        ("peer", "peer", "education"),
        ("counsellor", "professional", "danish"),
        ("cafe", "network", "friends"),
    ),
    notes=(
        (185, None, "matter1"),
        (150, "education", "5y"),
        (49, "danish", "way1"),
        (40, "danish", "step1"),
        (2, None, "h2"),
    ),
    checkins=(
        (175, 2, 2, 2, 3, 2),
        (140, 2, 3, 3, 3, 3),
        (105, 3, 4, 3, 4, 3),
        (70, 3, 5, 4, 5, 4),
        (42, 3, 3, 3, 4, 3),
        (14, 4, 5, 5, 5, 5),
    ),
    checkin_notes=(4,),
    journey="danish",
    example="danish",
    measures=("example",),
)
