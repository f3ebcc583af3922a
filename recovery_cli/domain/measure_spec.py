"""A measure's definition as data (a TOML file read, or the copy in the journal),
checked field by field, and back.

Every refusal is a
:class:`~recovery_cli.domain.measure_fields.DefinitionError`: a message key, its parameters,
and the path of the field it is about (``("items", 2, "text", "da")``), so
the reader of a file can name the line. The format is documented in
docs/measures.md.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from recovery_cli.domain import measure_fields as field
from recovery_cli.domain.chime import DOMAINS, parse_domain
from recovery_cli.domain.errors import InputError
from recovery_cli.domain.measure_fields import LANGUAGES, LONG, SHORT, DefinitionError, Path

__all__ = ["LANGUAGES", "DefinitionError", "definition_from_data"]
from recovery_cli.domain.measures import (
    BUILTIN_CHECKIN,
    METHODS,
    Band,
    Definition,
    Item,
    Reference,
    Scale,
    Scoring,
)

NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$")
RESERVED = {BUILTIN_CHECKIN, "check-in", "indtjekning"}
MAX_POINTS = 101
MAX_ITEMS = 200

_TOP = (
    "name",
    "version",
    "title",
    "source",
    "licence",
    "license",
    "intro",
    "scale",
    "items",
    "scoring",
    "reference",
)
_SCALE = ("low", "high", "labels")
_ITEM = ("key", "text", "chime", "reverse")
_SCORING = ("method", "multiply", "add", "max_skipped", "decimals")
_REFERENCE = ("source", "sd", "reliability", "bands")
_BAND = ("from", "to", "name")


def _title(data: Mapping) -> dict[str, str]:
    table = field.languages(field.get(data, "title", ()), ("title",))
    if not table:
        raise field.fail("measure.def.no_title", ("title",))
    return {
        language: field.text(text, ("title", language), SHORT, one_line=True)
        for language, text in table.items()
    }


def _name(data: Mapping, builtin: bool) -> str:
    name = field.get(data, "name", ())
    if not isinstance(name, str) or not NAME.match(name):
        raise field.fail("measure.def.bad_name", ("name",), value=field.shown(name))
    if name in RESERVED and not builtin:
        raise field.fail("measure.def.reserved_name", ("name",), value=name)
    return name


def _version(data: Mapping) -> str:
    value = data.get("version", "1")
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise field.fail("measure.def.kind_text", ("version",))
    return field.text(str(value), ("version",), 40, one_line=True)


def _scale(data: Mapping, claimed: tuple[str, ...], reversed_item: Path | None) -> Scale:
    if "scale" not in data:
        raise field.fail("measure.def.no_scale", ("scale",))
    table = field.table(data["scale"], ("scale",), _SCALE)
    for end in ("low", "high"):
        if end not in table:
            if reversed_item is not None:
                raise field.fail(
                    "measure.def.reverse_unbounded", reversed_item, number=reversed_item[1]
                )
            raise field.fail("measure.def.missing", ("scale", end))
    low, high = (
        field.whole(table["low"], ("scale", "low")),
        field.whole(table["high"], ("scale", "high")),
    )
    if high <= low:
        raise field.fail("measure.def.scale_order", ("scale", "high"), low=low, high=high)
    points = high - low + 1
    if points > MAX_POINTS:
        raise field.fail("measure.def.scale_size", ("scale", "high"), most=MAX_POINTS)
    labels_path = ("scale", "labels")
    found = field.languages(field.get(table, "labels", ("scale",)), labels_path)
    labels: dict[str, tuple[str, ...]] = {}
    for language in claimed:
        if language not in found:
            raise field.fail("measure.def.missing_language", labels_path, language=language)
        row = found[language]
        path = (*labels_path, language)
        if not isinstance(row, list):
            raise field.fail("measure.def.kind_list", path)
        if len(row) != points:
            raise field.fail(
                "measure.def.label_count",
                path,
                low=low,
                high=high,
                points=points,
                count=len(row),
                language=language,
            )
        labels[language] = tuple(field.text(label, path, SHORT, one_line=True) for label in row)
    for language in found:
        if language not in claimed:
            raise field.fail(
                "measure.def.extra_language", (*labels_path, language), language=language
            )
    return Scale(low, high, labels)


def _first_reversed(data: Mapping) -> Path | None:
    items = data.get("items")
    if not isinstance(items, list):
        return None
    for number, item in enumerate(items, 1):
        if isinstance(item, Mapping) and item.get("reverse") is True:
            return ("items", number, "reverse")
    return None


def _items(data: Mapping, claimed: tuple[str, ...]) -> tuple[Item, ...]:
    items = field.get(data, "items", ())
    if not isinstance(items, list) or not items:
        raise field.fail("measure.def.no_items", ("items",))
    if len(items) > MAX_ITEMS:
        raise field.fail("measure.def.too_many_items", ("items",), most=MAX_ITEMS)
    made: list[Item] = []
    seen: set[str] = set()
    for number, raw in enumerate(items, 1):
        path = ("items", number)
        table = field.table(raw, path, _ITEM)
        key = table.get("key", str(number))
        if isinstance(key, bool) or not isinstance(key, (str, int)) or not KEY.match(str(key)):
            raise field.fail("measure.def.bad_key", (*path, "key"), value=field.shown(key))
        key = str(key)
        if key in seen:
            raise field.fail("measure.def.duplicate_key", (*path, "key"), value=key)
        seen.add(key)
        text = field.per_language(field.get(table, "text", path), (*path, "text"), claimed, LONG)
        chime = table.get("chime")
        if chime is not None:
            if not isinstance(chime, str):
                raise field.fail("measure.def.kind_text", (*path, "chime"))
            try:
                chime = parse_domain(chime)
            except InputError:
                raise field.fail(
                    "measure.def.chime", (*path, "chime"), value=chime, domains=", ".join(DOMAINS)
                ) from None
        reverse = table.get("reverse", False)
        if not isinstance(reverse, bool):
            raise field.fail("measure.def.kind_bool", (*path, "reverse"))
        made.append(Item(key=key, text=text, chime=chime, reverse=reverse))
    return tuple(made)


def _scoring(data: Mapping, items: int) -> Scoring:
    table = field.table(field.get(data, "scoring", ()), ("scoring",), _SCORING)
    method = field.get(table, "method", ("scoring",))
    if method not in METHODS:
        raise field.fail("measure.def.method", ("scoring", "method"), value=field.shown(method))
    multiply = field.number(table.get("multiply", 1), ("scoring", "multiply"))
    if multiply == 0:
        raise field.fail("measure.def.multiply_zero", ("scoring", "multiply"))
    add = field.number(table.get("add", 0), ("scoring", "add"))
    skips = field.whole(table.get("max_skipped", 0), ("scoring", "max_skipped"))
    if not 0 <= skips < items:
        raise field.fail(
            "measure.def.skips",
            ("scoring", "max_skipped"),
            value=skips,
            items=items,
            most=items - 1,
        )
    decimals = table.get("decimals")
    if decimals is not None:
        decimals = field.whole(decimals, ("scoring", "decimals"))
        if not 0 <= decimals <= 4:
            raise field.fail("measure.def.decimals", ("scoring", "decimals"))
    if method == "none" and ("multiply" in table or "add" in table or decimals is not None):
        raise field.fail("measure.def.no_score_transform", ("scoring", "method"))
    return Scoring(method, multiply, add, skips, decimals)


def _bands(
    value: object, claimed: tuple[str, ...], scores: tuple[float, float]
) -> tuple[Band, ...]:
    if not isinstance(value, list):
        raise field.fail("measure.def.kind_list", ("reference", "bands"))
    bands: list[Band] = []
    for number, raw in enumerate(value, 1):
        path = ("reference", "bands", number)
        table = field.table(raw, path, _BAND)
        low = field.number(field.get(table, "from", path), (*path, "from"))
        high = field.number(field.get(table, "to", path), (*path, "to"))
        if high < low:
            raise field.fail("measure.def.band_order", (*path, "to"), low=low, high=high)
        if low < scores[0] or high > scores[1]:
            raise field.fail(
                "measure.def.band_range",
                path,
                number=number,
                low=_plain(scores[0]),
                high=_plain(scores[1]),
            )
        for other, band in enumerate(bands, 1):
            if low <= band.high and band.low <= high:
                raise field.fail("measure.def.band_overlap", path, number=number, other=other)
        name = field.per_language(
            field.get(table, "name", path), (*path, "name"), claimed, SHORT, one_line=True
        )
        bands.append(Band(low, high, name))
    return tuple(bands)


def _plain(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def _reference(data: Mapping, definition: Definition) -> Reference | None:
    if "reference" not in data:
        return None
    path = ("reference",)
    table = field.table(data["reference"], path, _REFERENCE)
    scores = definition.score_range()
    if scores is None:
        raise field.fail("measure.def.reference_without_score", path)
    source = field.words(
        field.get(table, "source", path), ("reference", "source"), definition.languages
    )
    sd = reliability = None
    if "sd" in table or "reliability" in table:
        if "sd" not in table or "reliability" not in table:
            missing = "sd" if "sd" not in table else "reliability"
            raise field.fail("measure.def.rci_pair", (*path, missing))
        sd = field.number(table["sd"], (*path, "sd"))
        if sd <= 0:
            raise field.fail("measure.def.sd", (*path, "sd"))
        reliability = field.number(table["reliability"], (*path, "reliability"))
        if not 0 < reliability < 1:
            raise field.fail("measure.def.reliability", (*path, "reliability"))
    bands = _bands(table["bands"], definition.languages, scores) if "bands" in table else ()
    if sd is None and not bands:
        raise field.fail("measure.def.reference_empty", path)
    return Reference(source=source, sd=sd, reliability=reliability, bands=bands)


def definition_from_data(data: object, *, builtin: bool = False) -> Definition:
    """A checked :class:`Definition` from parsed data, or a :class:`DefinitionError`.

    ``builtin`` allows the reserved name of the built-in check-in.
    """
    if not isinstance(data, Mapping):
        raise field.fail("measure.def.kind_table", ())
    field.table(data, (), _TOP)
    if "licence" in data and "license" in data:
        raise field.fail("measure.def.unknown_field", ("license",))
    name = _name(data, builtin)
    version = _version(data)
    title = _title(data)
    claimed = tuple(title)
    source = field.words(field.get(data, "source", ()), ("source",), claimed)
    licence_field = "license" if "license" in data else "licence"
    licence = field.words(field.get(data, licence_field, ()), (licence_field,), claimed)
    intro = field.per_language(data["intro"], ("intro",), claimed, LONG) if "intro" in data else {}
    scale = _scale(data, claimed, _first_reversed(data))
    items = _items(data, claimed)
    scoring = _scoring(data, len(items))
    definition = Definition(
        name=name,
        version=version,
        title=title,
        source=source,
        licence=licence,
        scale=scale,
        items=items,
        scoring=scoring,
        intro=intro,
    )
    reference = _reference(data, definition)
    if reference is None:
        return definition
    from dataclasses import replace

    return replace(definition, reference=reference)
