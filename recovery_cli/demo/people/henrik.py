"""Henrik, 47: a father finding his way back after a long depression, with his family."""

from __future__ import annotations

from recovery_cli.demo.person import DemoGoal, OthersView, Person

PERSON = Person(
    key="henrik",
    content="people.henrik",
    goals=(
        DemoGoal(
            "family",
            ("connectedness", "identity", "meaning"),
            "1y",
            210,
            positions=(
                (210, 2, True, False),
                (175, 3, False, True),
                (130, 3, False, False),
                (90, 4, True, True),
                (40, 4, False, True),
                (8, 5, True, False),
            ),
        ),
        DemoGoal(
            "dinner",
            ("connectedness", "meaning", "empowerment"),
            "6m",
            120,
            parent="family",
            positions=(
                (120, 2, True, False),
                (105, 4, True, True),
                (84, 5, False, True),
                (63, 3, True, False),
                (56, 4, True, True),
                (35, 5, False, True),
                (14, 6, False, True),
                (4, 7, True, False),
            ),
        ),
        DemoGoal(
            "work",
            ("meaning", "identity", "empowerment"),
            "1y",
            100,
            positions=(
                (100, 2, True, False),
                (70, 3, False, True),
                (42, 3, False, False),
                (21, 4, True, True),
            ),
        ),
        DemoGoal(
            "openly",
            ("connectedness", "hope"),
            "6m",
            150,
            positions=(
                (150, 2, True, False),
                (120, 3, False, False),
                (85, 4, False, True),
                (45, 5, False, False),
                (10, 6, False, True),
            ),
        ),
        DemoGoal(
            "walk",
            ("empowerment", "hope"),
            "3m",
            190,
            status="reached",
            positions=(
                (190, 2, False, False),
                (150, 4, False, True),
                (110, 6, False, False),
                (80, 8, True, False),
            ),
        ),
        DemoGoal(
            "fulltime",
            ("meaning", "empowerment"),
            "6m",
            200,
            status="let_go",
            positions=((200, 3, True, False), (160, 2, True, False)),
        ),
    ),
    resources=(
        ("hands", "strength", "work"),
        ("cook", "experience", "dinner"),
        ("jokes", "strength", "family"),
        ("dog", "resource", "walk"),
    ),
    supports=(
        ("lene", "family", "openly"),
        ("ida", "family", "dinner"),
        ("peer", "peer", "family"),
        ("consultant", "professional", "work"),
        ("walkers", "network", None),
    ),
    notes=(
        (205, None, "matter1"),
        (150, "fulltime", None),
        (62, "dinner", "way1"),
        (55, "dinner", "step2"),
        (3, None, "h1"),
    ),
    checkins=(
        (200, 2, 1, 2, 2, 2),
        (165, 3, 2, 2, 2, 2),
        (130, 3, 3, 3, 3, 3),
        (95, 4, 4, 3, 4, 3),
        (60, 3, 3, 3, 3, 3),
        (25, 5, 5, 4, 5, 4),
    ),
    checkin_notes=(4,),
    others=(OthersView("family", 60, 6, "lene"),),
    journey="dinner",
    example="dinner",
    measures=("example",),
)
