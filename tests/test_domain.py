"""The pure domain: CHIME domains, the continuum, text rules, records."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recovery_cli.domain import records as rec
from recovery_cli.domain.chime import DOMAINS, parse_domain, parse_domains
from recovery_cli.domain.choices import parse_resource_kind, parse_status, parse_support_kind
from recovery_cli.domain.continuum import band_of, parse_position
from recovery_cli.domain.errors import InputError
from recovery_cli.domain.text import clean_text, fold

NOW = "2026-11-23T10:00:00+00:00"


@pytest.mark.parametrize(
    "typed, key",
    [
        ("c", "connectedness"),
        ("H", "hope"),
        ("identity", "identity"),
        ("Mening", "meaning"),
        ("e", "empowerment"),
        ("Håb", "hope"),
        ("hab", "hope"),
        ("forbundethed", "connectedness"),
        ("f", "connectedness"),
        ("handlekraft", "empowerment"),
        (" IDENTITET ", "identity"),
    ],
)
def test_domains_by_key_letter_and_danish_name(typed, key):
    assert parse_domain(typed) == key


def test_unknown_domain_suggests_the_nearest():
    with pytest.raises(InputError) as caught:
        parse_domain("hapiness")
    assert caught.value.key == "error.chime.unknown_suggest"
    assert caught.value.params["domain"] == "hope"


def test_domain_list_keeps_chime_order_without_repeats():
    assert parse_domains("m,c,i,c") == ("connectedness", "identity", "meaning")
    assert parse_domains("hope identity") == ("hope", "identity")
    assert parse_domains(None) == ()


@pytest.mark.parametrize(
    "position, band",
    [
        (1, "far"),
        (3, "far"),
        (4, "on_the_way"),
        (5, "on_the_way"),
        (6, "close"),
        (8, "close"),
    ],
)
def test_bands(position, band):
    assert band_of(position) == band


@given(st.integers(min_value=1, max_value=8))
def test_every_position_on_the_continuum_is_accepted(value):
    assert parse_position(str(value)) == value
    assert parse_position(f"  #{value}".replace("#", "")) == value


@given(st.text(max_size=6))
def test_anything_else_is_refused_as_input(text):
    stripped = text.strip().lstrip("+")
    if stripped.isascii() and stripped.isdigit() and 1 <= int(stripped) <= 8:
        return
    with pytest.raises(InputError):
        parse_position(text)


@pytest.mark.parametrize("text", ["0", "9", "five", "4.5", "-1", "", "٣"])
def test_positions_off_the_continuum(text):
    with pytest.raises(InputError):
        parse_position(text)


def test_text_rules():
    assert clean_text("  Spille fodbold  ", field="title") == "Spille fodbold"
    assert clean_text("   ", field="title") is None
    for bad in ("x\udcff", "a\x00b", "x" * 20_001):
        with pytest.raises(InputError):
            clean_text(bad, field="note")
    with pytest.raises(InputError):
        clean_text(" ", field="title", required=True)


def test_fold_ignores_case_and_accents():
    assert fold("HÅB") == fold("hab")
    assert fold("Café Ølstue") == "cafe olstue"


@pytest.mark.parametrize(
    "parse, typed, key",
    [
        (parse_resource_kind, "Styrke", "strength"),
        (parse_resource_kind, "erfaring", "experience"),
        (parse_support_kind, "familie", "family"),
        (parse_support_kind, "Netværk", "network"),
        (parse_status, "let-go", "let_go"),
        (parse_status, "sluppet", "let_go"),
    ],
)
def test_kinds_and_statuses_in_both_languages(parse, typed, key):
    assert parse(typed) == key


def test_goal_record_validates():
    goal = rec.Goal(
        id=rec.new_id(), number=1, title=" Walk ", created=NOW, updated=NOW, chime=["hope"]
    )
    assert goal.title == "Walk" and goal.chime == ("hope",)
    with pytest.raises(InputError):
        rec.Goal(id="x", number=0, title="Walk", created=NOW, updated=NOW)
    with pytest.raises(InputError):
        rec.Goal(id="x", number=1, title="Walk", created=NOW, updated=NOW, status="failed")
    with pytest.raises(InputError):
        rec.Position(id="p", goal="x", when=NOW, value=9)
    with pytest.raises(InputError):
        rec.Position(id="p", goal="x", when="yesterday", value=3)


safe_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip() == s and s)


@given(
    title=safe_text,
    chime=st.lists(st.sampled_from(DOMAINS), unique=True),
    status=st.sampled_from(rec.GOAL_STATUSES),
    vision=st.none() | safe_text,
    value=st.integers(1, 8),
    note=st.none() | safe_text,
)
def test_records_round_trip_through_dicts(title, chime, status, vision, value, note):
    ordered = tuple(k for k in DOMAINS if k in chime)
    goal = rec.Goal(
        id=rec.new_id(),
        number=3,
        title=title,
        created=NOW,
        updated=NOW,
        chime=ordered,
        status=status,
        vision=vision,
    )
    position = rec.Position(id=rec.new_id(), goal=goal.id, when=NOW, value=value, note=note)
    assert rec.from_dict("goals", rec.to_dict(goal)) == goal
    assert rec.from_dict("positions", rec.to_dict(position)) == position


@given(
    title=safe_text,
    chime=st.lists(st.sampled_from(DOMAINS), unique=True),
    value=st.integers(1, 8),
    note=st.none() | safe_text,
)
def test_trusted_load_gives_the_same_records_as_validated_reading(title, chime, value, note):
    ordered = tuple(k for k in DOMAINS if k in chime)
    goal = rec.Goal(id=rec.new_id(), number=3, title=title, created=NOW, updated=NOW, chime=ordered)
    position = rec.Position(id=rec.new_id(), goal=goal.id, when=NOW, value=value, note=note)
    assert rec.load("goals", rec.to_dict(goal)) == goal
    assert rec.load("positions", rec.to_dict(position)) == position
    sparse = {"id": "p", "goal": "g", "when": NOW, "value": value}
    assert rec.load("positions", sparse) == rec.from_dict("positions", sparse)
