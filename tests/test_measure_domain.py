"""Measures, the pure part: definitions round-trip, scoring against an
independent computation, the reliable change index against a worked example,
and a definition file's problems named with their line."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recovery_cli.definitions import checkin, example, example_text
from recovery_cli.domain.errors import InputError
from recovery_cli.domain.measure_data import definition_to_data
from recovery_cli.domain.measure_file import line_map, read_definition
from recovery_cli.domain.measure_spec import definition_from_data
from recovery_cli.domain.measures import (
    Band,
    Definition,
    Item,
    Scale,
    Scoring,
    band_of,
    parse_answers,
    reliable_change,
    score,
)
from tests.measure_data import definitions, to_toml

# -- round trips ------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(definitions())
def test_a_definition_round_trips_through_the_journal_and_through_toml(definition):
    assert definition_from_data(definition_to_data(definition)) == definition
    text = to_toml(definition)
    assert read_definition(text.encode(), "drawn.toml") == definition


def test_the_shipped_definitions_are_valid_and_round_trip():
    shipped = example()
    assert shipped.name == "everyday" and len(shipped.items) == 6
    assert definition_from_data(definition_to_data(shipped)) == shipped
    built_in = checkin()
    assert built_in.item_keys() == ("connectedness", "hope", "identity", "meaning", "empowerment")
    assert not built_in.scored and built_in.scale.points == tuple(range(1, 9))
    assert built_in.languages == ("en", "da") and set(built_in.licence) == {"en", "da"}
    assert definition_from_data(definition_to_data(built_in), builtin=True) == built_in
    assert b"reverse = true" in example_text()


# -- scoring ----------------------------------------------------------------------------


def _expected(low, high, reverse, method, multiply, add, max_skipped, answers):
    """The score, worked out here with exact fractions and none of the tool's code."""
    counted = [
        high - (a - low) if rev else a
        for a, rev in zip(answers, reverse, strict=True)
        if a is not None
    ]
    if not counted or answers.count(None) > max_skipped:
        return None
    if method == "mean":
        raw = Fraction(sum(counted), len(counted))
    else:  # a sum, scaled up to every item when some were skipped
        raw = Fraction(sum(counted)) / len(counted) * len(answers)
    return raw * Fraction(multiply) + Fraction(add)


@st.composite
def scored_answers(draw):
    low = draw(st.integers(-5, 5))
    high = low + draw(st.integers(1, 10))
    count = draw(st.integers(1, 8))
    reverse = draw(st.lists(st.booleans(), min_size=count, max_size=count))
    method = draw(st.sampled_from(["sum", "mean"]))
    multiply = draw(st.sampled_from([1, 2, 4, -1, 0.5, 2.5, 10]))
    add = draw(st.sampled_from([0, 1, -3, 0.25, 100]))
    max_skipped = draw(st.integers(0, count - 1))
    answers = draw(st.lists(st.none() | st.integers(low, high), min_size=count, max_size=count))
    return low, high, reverse, method, multiply, add, max_skipped, answers


@settings(max_examples=300, deadline=None)
@given(scored_answers())
def test_scoring_matches_an_independent_computation(case):
    low, high, reverse, method, multiply, add, max_skipped, answers = case
    labels = {"en": tuple(str(v) for v in range(low, high + 1))}
    items = tuple(
        Item(key=f"q{i}", text={"en": f"Q{i}"}, reverse=rev) for i, rev in enumerate(reverse)
    )
    definition = Definition(
        name="drawn",
        version="1",
        title={"en": "Drawn"},
        source="s",
        licence="l",
        scale=Scale(low, high, labels),
        items=items,
        scoring=Scoring(method, multiply, add, max_skipped),
    )
    got = score(definition, {f"q{i}": a for i, a in enumerate(answers)})
    want = _expected(*case)
    if want is None:
        assert got is None
    else:
        assert got == pytest.approx(float(want), abs=1e-6)


def test_scoring_by_hand():
    definition = example()  # 0-4, six items, the fifth reverse-scored, one skip allowed
    answers = dict(zip(definition.item_keys(), [3, 4, 2, 2, 1, 3], strict=True))
    assert score(definition, answers) == 3 + 4 + 2 + 2 + (4 - 1) + 3 == 17
    answers["contact"] = None  # 3 + 4 + 2 + 3 + 3 = 15 over five items, scaled to six
    assert score(definition, answers) == 18
    answers["sleep"] = None  # two skipped: more than the one allowed
    assert score(definition, answers) is None


# -- reference facts -------------------------------------------------------------------


def test_reliable_change_against_a_worked_example():
    # Jacobson & Truax (1991): SEm = sd * sqrt(1 - r); S_diff = sqrt(2) * SEm;
    # RCI = change / S_diff; beyond noise when |RCI| > 1.96.
    # sd 10, r 0.91: SEm = 10 * 0.3 = 3; S_diff = 3 * sqrt(2) = 4.2426;
    # 1.96 * 4.2426 = 8.3155. From 20 to 29: 9 / 4.2426 = 2.1213, beyond noise.
    up = reliable_change(20, 29, sd=10, reliability=0.91)
    assert up.s_diff == pytest.approx(4.2426, abs=1e-4)
    assert up.index == pytest.approx(2.1213, abs=1e-4)
    assert up.needed == pytest.approx(8.3155, abs=1e-4)
    assert up.beyond_noise
    # From 29 to 21: -8 / 4.2426 = -1.8856, within noise (either direction, same rule).
    down = reliable_change(29, 21, sd=10, reliability=0.91)
    assert down.index == pytest.approx(-1.8856, abs=1e-4) and not down.beyond_noise
    assert reliable_change(21, 29.5, sd=10, reliability=0.91).beyond_noise
    assert math.isclose(reliable_change(5, 5, sd=4, reliability=0.8).index, 0)


def test_a_score_falls_in_at_most_one_named_band():
    bands = (Band(0, 8, {"en": "lower"}), Band(9, 16, {"en": "middle"}))
    assert band_of(8, bands).name == {"en": "lower"}
    assert band_of(9, bands).name == {"en": "middle"}
    assert band_of(8.5, bands) is None and band_of(17, bands) is None


# -- answers from a script ---------------------------------------------------------------


def test_answers_from_a_script():
    definition = example()
    assert list(parse_answers(definition, "3, 4,-,2,1,3").values()) == [3, 4, None, 2, 1, 3]
    for text, key in [
        ("3,4,2", "measure.error.answer_count.other"),
        ("3", "measure.error.answer_count.one"),
        (" ", "measure.error.answers_empty"),
        ("3,4,5,2,1,3", "measure.error.answer"),
        ("3,4,x,2,1,3", "measure.error.answer"),
        ("3,4,,2,1,3", "measure.error.answer_empty"),
        ("-,-,-,-,-,-", "measure.error.all_skipped"),
        ("3,4,2.5,2,1,3", "measure.error.answer"),
    ]:
        with pytest.raises(InputError) as refused:
            parse_answers(definition, text)
        assert refused.value.key == key, text


# -- a definition file's problems, each at its line ---------------------------------------

GOOD = """\
name = "calm-days"
version = "1"
title.en = "Calm days"
title.da = "Rolige dage"
source = "Written for this test."
licence = "Free to use."

[scale]
low = 0
high = 2
labels.en = ["no", "some", "yes"]
labels.da = ["nej", "lidt", "ja"]

[[items]]
key = "rest"
text.en = "I rested."
text.da = "Jeg hvilede."

[[items]]
key = "worry"
text = { en = "I worried.", da = "Jeg bekymrede mig." }
reverse = true

[scoring]
method = "sum"
multiply = 2
"""


def _refusal(text: str) -> InputError:
    with pytest.raises(InputError) as refused:
        read_definition(text.encode(), "my-scale.toml")
    return refused.value


def test_the_good_file_reads():
    definition = read_definition(GOOD.encode(), "my-scale.toml")
    assert definition.score_range() == (0, 8)
    assert definition.items[1].reverse and definition.items[1].text["da"] == "Jeg bekymrede mig."


@pytest.mark.parametrize(
    ("change", "key", "line"),
    [
        # not TOML at all
        (lambda s: s.replace("high = 2", "high = "), "measure.def.not_toml", 10),
        # an unknown field
        (
            lambda s: s.replace('key = "rest"', 'key = "rest"\nweight = 2'),
            "measure.def.unknown_field",
            16,
        ),
        # a missing scale
        (
            lambda s: s.replace("[scale]\nlow = 0\nhigh = 2\n", "").replace(
                'labels.en = ["no", "some", "yes"]\nlabels.da = ["nej", "lidt", "ja"]\n', ""
            ),
            "measure.def.no_scale",
            1,
        ),
        # an item without text in a language the definition claims
        (lambda s: s.replace('text.da = "Jeg hvilede."\n', ""), "measure.def.missing_language", 16),
        (
            lambda s: s.replace(', da = "Jeg bekymrede mig."', ""),
            "measure.def.missing_language",
            21,
        ),
        # a reverse item on a scale without bounds (one line fewer above it)
        (lambda s: s.replace("low = 0\n", ""), "measure.def.reverse_unbounded", 21),
        # duplicate names
        (lambda s: s.replace('key = "worry"', 'key = "rest"'), "measure.def.duplicate_key", 20),
        # a transform that is not a number
        (lambda s: s.replace("multiply = 2", 'multiply = "two"'), "measure.def.not_number", 26),
        (lambda s: s.replace('method = "sum"', 'method = "median"'), "measure.def.method", 25),
        (
            lambda s: s.replace('labels.da = ["nej", "lidt", "ja"]', 'labels.da = ["nej", "ja"]'),
            "measure.def.label_count",
            12,
        ),
        (
            lambda s: s.replace('name = "calm-days"', 'name = "checkin"'),
            "measure.def.reserved_name",
            1,
        ),
        (
            lambda s: s.replace('title.da = "Rolige dage"', 'title.de = "Ruhige Tage"'),
            "measure.def.language",
            4,
        ),
    ],
)
def test_each_problem_is_named_with_its_file_and_line(change, key, line):
    error = _refusal(change(GOOD))
    assert error.key == key
    assert error.params["file"] == "my-scale.toml" and error.params["line"] == line


def test_the_message_is_one_sentence_naming_file_and_line():
    from recovery_cli.cli.errors import describe

    text = describe(_refusal(GOOD.replace("multiply = 2", 'multiply = "two"')))
    assert text == "In my-scale.toml, line 26: 'scoring.multiply' should be a number, not 'two'."
    danish = _refusal(GOOD.replace("[[items]]", "[[itemz]]", 1))
    from recovery_cli.i18n import set_language

    set_language("da")
    assert describe(danish).startswith("I my-scale.toml, linje 14: 'itemz' er ikke et felt")


def test_not_text_and_reference_rules():
    with pytest.raises(InputError) as refused:
        read_definition(b"\xff\xfe\x00", "x.toml")
    assert refused.value.key == "measure.def.not_text"
    overlapping = (
        GOOD + '\n[reference]\nsource = "s"\n[[reference.bands]]\nfrom = 0\nto = 5\n'
        'name = { en = "a", da = "a" }\n[[reference.bands]]\nfrom = 5\nto = 8\n'
        'name = { en = "b", da = "b" }\n'
    )
    error = _refusal(overlapping)
    assert (error.key, error.params["line"]) == ("measure.def.band_overlap", 34)
    half = GOOD + '\n[reference]\nsource = "s"\nsd = 3\n'
    assert _refusal(half).key == "measure.def.rci_pair"


def test_line_map_knows_tables_keys_and_inline_tables():
    found = line_map(GOOD)
    assert found[("scale",)] == 8 and found[("scale", "labels", "da")] == 12
    assert found[("items", 2)] == 19 and found[("items", 2, "text", "da")] == 21
    assert found[("scoring", "multiply")] == 26
