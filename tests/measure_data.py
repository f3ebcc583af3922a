"""Measure definitions for tests: a hypothesis strategy, and a TOML writer of
our own (the tool only reads TOML), so a drawn definition can be written as a
person would and read back."""

from __future__ import annotations

import json

from hypothesis import strategies as st

from recovery_cli.domain.chime import DOMAINS
from recovery_cli.domain.measures import (
    Band,
    Definition,
    Item,
    Reference,
    Scale,
    Scoring,
)

words = (
    st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=16)
    .map(str.strip)
    .filter(bool)
)
names = st.from_regex(r"[a-z0-9][a-z0-9-]{0,15}", fullmatch=True).filter(
    lambda n: n not in ("checkin", "check-in", "indtjekning")
)
keys = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_-]{0,9}", fullmatch=True)
numbers = st.integers(-50, 50) | st.floats(-50, 50, allow_nan=False).map(lambda f: round(f, 3))


def _per(languages: tuple[str, ...]):
    return st.fixed_dictionaries({lang: words for lang in languages})


@st.composite
def definitions(draw) -> Definition:
    languages = draw(st.sampled_from([("en",), ("da",), ("en", "da"), ("da", "en")]))
    low = draw(st.integers(-3, 3))
    high = low + draw(st.integers(1, 7))
    scale = Scale(
        low,
        high,
        {
            lang: tuple(draw(st.lists(words, min_size=high - low + 1, max_size=high - low + 1)))
            for lang in languages
        },
    )
    item_keys = draw(st.lists(keys, min_size=1, max_size=6, unique=True))
    items = tuple(
        Item(
            key=key,
            text=draw(_per(languages)),
            chime=draw(st.none() | st.sampled_from(DOMAINS)),
            reverse=draw(st.booleans()),
        )
        for key in item_keys
    )
    method = draw(st.sampled_from(["sum", "mean", "none"]))
    if method == "none":
        scoring = Scoring("none", max_skipped=draw(st.integers(0, len(items) - 1)))
    else:
        scoring = Scoring(
            method,
            multiply=draw(numbers.filter(bool)),
            add=draw(numbers),
            max_skipped=draw(st.integers(0, len(items) - 1)),
            decimals=draw(st.none() | st.integers(0, 4)),
        )
    definition = Definition(
        name=draw(names),
        version=draw(st.sampled_from(["1", "2.0", "2026-03"])),
        title=draw(_per(languages)),
        source=draw(words | _per(languages)),  # one text, or one per language
        licence=draw(words | _per(languages)),
        scale=scale,
        items=items,
        scoring=scoring,
        intro=draw(st.just({}) | _per(languages)),
    )
    if method == "none" or not draw(st.booleans()):
        return definition
    low_score, high_score = definition.score_range()
    cut = round((low_score + high_score) / 2, 3)
    bands = ()
    if draw(st.booleans()) and low_score < cut and round(cut + 0.001, 3) <= high_score:
        bands = (
            Band(low_score, cut, draw(_per(languages))),
            Band(round(cut + 0.001, 3), high_score, draw(_per(languages))),
        )
    with_rci = draw(st.booleans()) or not bands
    reference = Reference(
        source=draw(words | _per(languages)),
        sd=draw(st.floats(0.1, 30).map(lambda f: round(f, 2))) if with_rci else None,
        reliability=draw(st.floats(0.05, 0.95).map(lambda f: round(f, 2))) if with_rci else None,
        bands=bands,
    )
    from dataclasses import replace

    return replace(definition, reference=reference)


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    return repr(value)


def _texts(prefix: str, texts: dict[str, str]) -> list[str]:
    return [f"{prefix}.{lang} = {_value(text)}" for lang, text in texts.items()]


def _words(name: str, words: str | dict[str, str]) -> list[str]:
    return _texts(name, words) if isinstance(words, dict) else [f"{name} = {_value(words)}"]


def to_toml(definition: Definition) -> str:
    """The definition as a person would write its file (dotted keys, tables)."""
    lines = [f"name = {_value(definition.name)}", f"version = {_value(definition.version)}"]
    lines += _texts("title", definition.title)
    lines += _words("source", definition.source) + _words("licence", definition.licence)
    lines += _texts("intro", definition.intro)
    scale = definition.scale
    lines += ["", "[scale]", f"low = {scale.low}", f"high = {scale.high}"]
    lines += [f"labels.{lang} = {_value(labels)}" for lang, labels in scale.labels.items()]
    for item in definition.items:
        lines += ["", "[[items]]", f"key = {_value(item.key)}"]
        lines += _texts("text", item.text)
        if item.chime:
            lines.append(f"chime = {_value(item.chime)}")
        if item.reverse:
            lines.append("reverse = true")
    scoring = definition.scoring
    lines += [
        "",
        "[scoring]",
        f"method = {_value(scoring.method)}",
        f"max_skipped = {scoring.max_skipped}",
    ]
    if scoring.method != "none":
        lines += [f"multiply = {_value(scoring.multiply)}", f"add = {_value(scoring.add)}"]
    if scoring.decimals is not None:
        lines.append(f"decimals = {scoring.decimals}")
    reference = definition.reference
    if reference is not None:
        lines += ["", "[reference]", *_words("source", reference.source)]
        if reference.sd is not None:
            lines += [
                f"sd = {_value(reference.sd)}",
                f"reliability = {_value(reference.reliability)}",
            ]
        for band in reference.bands:
            lines += [
                "",
                "[[reference.bands]]",
                f"from = {_value(band.low)}",
                f"to = {_value(band.high)}",
            ]
            lines += _texts("name", band.name)
    return "\n".join(lines) + "\n"
