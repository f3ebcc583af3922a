"""A measure's definition as data (a TOML file read, or the copy in the journal),
checked field by field, and back.

Every refusal is a :class:`DefinitionError`: a message key, its parameters,
and the path of the field it is about (``("items", 2, "text", "da")``), so
the reader of a file can name the line. The format is documented in
docs/measures.md.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

from recovery_cli.domain.chime import DOMAINS, parse_domain
from recovery_cli.domain.errors import InputError
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
from recovery_cli.domain.text import clean_text

LANGUAGES = ("en", "da")  # the languages the tool speaks (as recovery_cli.i18n)
NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$")
RESERVED = {BUILTIN_CHECKIN, "check-in", "indtjekning"}
MAX_POINTS = 101
MAX_ITEMS = 200
SHORT, LONG = 200, 5000  # a title or label; an item, source or licence text

Path = tuple  # of str and int (1-based item or band numbers)

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


class DefinitionError(InputError):
    """A definition that cannot be used; ``path`` says which field."""

    def __init__(self, key: str, path: Path, /, **params: object) -> None:
        super().__init__(key, **params)
        self.path = path


def _dotted(path: Path) -> str:
    """``items[2].text.da`` for a path, as a person would look for it in the file."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _fail(key: str, path: Path, **params: object) -> DefinitionError:
    return DefinitionError(key, path, at=_dotted(path), **params)


def _get(data: Mapping, name: str, path: Path, *, required: bool = True) -> object:
    if name not in data:
        if required:
            raise _fail("measure.def.missing", (*path, name))
        return None
    return data[name]


def _table(value: object, path: Path, allowed: tuple[str, ...]) -> dict:
    if not isinstance(value, Mapping):
        raise _fail("measure.def.kind_table", path)
    for name in value:
        if name not in allowed:
            raise _fail("measure.def.unknown_field", (*path, name))
    return dict(value)


def _text(value: object, path: Path, limit: int, *, one_line: bool = False) -> str:
    if not isinstance(value, str):
        raise _fail("measure.def.kind_text", path)
    try:
        text = clean_text(value, field="text", max_length=limit, required=True)
    except InputError as error:
        if error.key == "error.text.too_long":
            raise _fail("measure.def.too_long", path, limit=limit) from None
        raise _fail(
            "measure.def.empty" if error.key == "error.text.empty" else "measure.def.control", path
        ) from None
    if one_line and "\n" in text:
        raise _fail("measure.def.one_line", path)
    return text


def _whole(value: object, path: Path) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail("measure.def.kind_whole", path)
    return value


def _number(value: object, path: Path) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise _fail("measure.def.not_number", path, value=_shown(value))
    return value


def _shown(value: object) -> str:
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 40 else text[:39] + "…"


def _languages(value: object, path: Path) -> dict:
    """A table keyed by language code (``en``, ``da``)."""
    if not isinstance(value, Mapping):
        raise _fail("measure.def.kind_table", path)
    for name in value:
        if name not in LANGUAGES:
            raise _fail("measure.def.language", (*path, name), value=name)
    return dict(value)


def _per_language(
    value: object, path: Path, claimed: tuple[str, ...], limit: int, *, one_line: bool = False
) -> dict[str, str]:
    """A text per claimed language: none missing, none more."""
    table = _languages(value, path)
    for language in claimed:
        if language not in table:
            raise _fail("measure.def.missing_language", path, language=language)
    for language in table:
        if language not in claimed:
            raise _fail("measure.def.extra_language", (*path, language), language=language)
    return {
        language: _text(table[language], (*path, language), limit, one_line=one_line)
        for language in claimed
    }


def _words(value: object, path: Path, claimed: tuple[str, ...]) -> str | dict[str, str]:
    """A source or licence text: one text, or one per claimed language."""
    if isinstance(value, Mapping):
        return _per_language(value, path, claimed, LONG)
    return _text(value, path, LONG)


def _title(data: Mapping) -> dict[str, str]:
    table = _languages(_get(data, "title", ()), ("title",))
    if not table:
        raise _fail("measure.def.no_title", ("title",))
    return {
        language: _text(text, ("title", language), SHORT, one_line=True)
        for language, text in table.items()
    }


def _name(data: Mapping, builtin: bool) -> str:
    name = _get(data, "name", ())
    if not isinstance(name, str) or not NAME.match(name):
        raise _fail("measure.def.bad_name", ("name",), value=_shown(name))
    if name in RESERVED and not builtin:
        raise _fail("measure.def.reserved_name", ("name",), value=name)
    return name


def _version(data: Mapping) -> str:
    value = data.get("version", "1")
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise _fail("measure.def.kind_text", ("version",))
    return _text(str(value), ("version",), 40, one_line=True)


def _scale(data: Mapping, claimed: tuple[str, ...], reversed_item: Path | None) -> Scale:
    if "scale" not in data:
        raise _fail("measure.def.no_scale", ("scale",))
    table = _table(data["scale"], ("scale",), _SCALE)
    for end in ("low", "high"):
        if end not in table:
            if reversed_item is not None:
                raise _fail("measure.def.reverse_unbounded", reversed_item, number=reversed_item[1])
            raise _fail("measure.def.missing", ("scale", end))
    low, high = _whole(table["low"], ("scale", "low")), _whole(table["high"], ("scale", "high"))
    if high <= low:
        raise _fail("measure.def.scale_order", ("scale", "high"), low=low, high=high)
    points = high - low + 1
    if points > MAX_POINTS:
        raise _fail("measure.def.scale_size", ("scale", "high"), most=MAX_POINTS)
    labels_path = ("scale", "labels")
    found = _languages(_get(table, "labels", ("scale",)), labels_path)
    labels: dict[str, tuple[str, ...]] = {}
    for language in claimed:
        if language not in found:
            raise _fail("measure.def.missing_language", labels_path, language=language)
        row = found[language]
        path = (*labels_path, language)
        if not isinstance(row, list):
            raise _fail("measure.def.kind_list", path)
        if len(row) != points:
            raise _fail(
                "measure.def.label_count",
                path,
                low=low,
                high=high,
                points=points,
                count=len(row),
                language=language,
            )
        labels[language] = tuple(_text(label, path, SHORT, one_line=True) for label in row)
    for language in found:
        if language not in claimed:
            raise _fail("measure.def.extra_language", (*labels_path, language), language=language)
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
    items = _get(data, "items", ())
    if not isinstance(items, list) or not items:
        raise _fail("measure.def.no_items", ("items",))
    if len(items) > MAX_ITEMS:
        raise _fail("measure.def.too_many_items", ("items",), most=MAX_ITEMS)
    made: list[Item] = []
    seen: set[str] = set()
    for number, raw in enumerate(items, 1):
        path = ("items", number)
        table = _table(raw, path, _ITEM)
        key = table.get("key", str(number))
        if isinstance(key, bool) or not isinstance(key, (str, int)) or not KEY.match(str(key)):
            raise _fail("measure.def.bad_key", (*path, "key"), value=_shown(key))
        key = str(key)
        if key in seen:
            raise _fail("measure.def.duplicate_key", (*path, "key"), value=key)
        seen.add(key)
        text = _per_language(_get(table, "text", path), (*path, "text"), claimed, LONG)
        chime = table.get("chime")
        if chime is not None:
            if not isinstance(chime, str):
                raise _fail("measure.def.kind_text", (*path, "chime"))
            try:
                chime = parse_domain(chime)
            except InputError:
                raise _fail(
                    "measure.def.chime", (*path, "chime"), value=chime, domains=", ".join(DOMAINS)
                ) from None
        reverse = table.get("reverse", False)
        if not isinstance(reverse, bool):
            raise _fail("measure.def.kind_bool", (*path, "reverse"))
        made.append(Item(key=key, text=text, chime=chime, reverse=reverse))
    return tuple(made)


def _scoring(data: Mapping, items: int) -> Scoring:
    table = _table(_get(data, "scoring", ()), ("scoring",), _SCORING)
    method = _get(table, "method", ("scoring",))
    if method not in METHODS:
        raise _fail("measure.def.method", ("scoring", "method"), value=_shown(method))
    multiply = _number(table.get("multiply", 1), ("scoring", "multiply"))
    if multiply == 0:
        raise _fail("measure.def.multiply_zero", ("scoring", "multiply"))
    add = _number(table.get("add", 0), ("scoring", "add"))
    skips = _whole(table.get("max_skipped", 0), ("scoring", "max_skipped"))
    if not 0 <= skips < items:
        raise _fail(
            "measure.def.skips",
            ("scoring", "max_skipped"),
            value=skips,
            items=items,
            most=items - 1,
        )
    decimals = table.get("decimals")
    if decimals is not None:
        decimals = _whole(decimals, ("scoring", "decimals"))
        if not 0 <= decimals <= 4:
            raise _fail("measure.def.decimals", ("scoring", "decimals"))
    if method == "none" and ("multiply" in table or "add" in table or decimals is not None):
        raise _fail("measure.def.no_score_transform", ("scoring", "method"))
    return Scoring(method, multiply, add, skips, decimals)


def _bands(
    value: object, claimed: tuple[str, ...], scores: tuple[float, float]
) -> tuple[Band, ...]:
    if not isinstance(value, list):
        raise _fail("measure.def.kind_list", ("reference", "bands"))
    bands: list[Band] = []
    for number, raw in enumerate(value, 1):
        path = ("reference", "bands", number)
        table = _table(raw, path, _BAND)
        low = _number(_get(table, "from", path), (*path, "from"))
        high = _number(_get(table, "to", path), (*path, "to"))
        if high < low:
            raise _fail("measure.def.band_order", (*path, "to"), low=low, high=high)
        if low < scores[0] or high > scores[1]:
            raise _fail(
                "measure.def.band_range",
                path,
                number=number,
                low=_plain(scores[0]),
                high=_plain(scores[1]),
            )
        for other, band in enumerate(bands, 1):
            if low <= band.high and band.low <= high:
                raise _fail("measure.def.band_overlap", path, number=number, other=other)
        name = _per_language(
            _get(table, "name", path), (*path, "name"), claimed, SHORT, one_line=True
        )
        bands.append(Band(low, high, name))
    return tuple(bands)


def _plain(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def _reference(data: Mapping, definition: Definition) -> Reference | None:
    if "reference" not in data:
        return None
    path = ("reference",)
    table = _table(data["reference"], path, _REFERENCE)
    scores = definition.score_range()
    if scores is None:
        raise _fail("measure.def.reference_without_score", path)
    source = _words(_get(table, "source", path), ("reference", "source"), definition.languages)
    sd = reliability = None
    if "sd" in table or "reliability" in table:
        if "sd" not in table or "reliability" not in table:
            missing = "sd" if "sd" not in table else "reliability"
            raise _fail("measure.def.rci_pair", (*path, missing))
        sd = _number(table["sd"], (*path, "sd"))
        if sd <= 0:
            raise _fail("measure.def.sd", (*path, "sd"))
        reliability = _number(table["reliability"], (*path, "reliability"))
        if not 0 < reliability < 1:
            raise _fail("measure.def.reliability", (*path, "reliability"))
    bands = _bands(table["bands"], definition.languages, scores) if "bands" in table else ()
    if sd is None and not bands:
        raise _fail("measure.def.reference_empty", path)
    return Reference(source=source, sd=sd, reliability=reliability, bands=bands)


def definition_from_data(data: object, *, builtin: bool = False) -> Definition:
    """A checked :class:`Definition` from parsed data, or a :class:`DefinitionError`.

    ``builtin`` allows the reserved name of the built-in check-in.
    """
    if not isinstance(data, Mapping):
        raise _fail("measure.def.kind_table", ())
    _table(data, (), _TOP)
    if "licence" in data and "license" in data:
        raise _fail("measure.def.unknown_field", ("license",))
    name = _name(data, builtin)
    version = _version(data)
    title = _title(data)
    claimed = tuple(title)
    source = _words(_get(data, "source", ()), ("source",), claimed)
    licence_field = "license" if "license" in data else "licence"
    licence = _words(_get(data, licence_field, ()), (licence_field,), claimed)
    intro = _per_language(data["intro"], ("intro",), claimed, LONG) if "intro" in data else {}
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
