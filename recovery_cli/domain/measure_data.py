"""A checked definition as plain data (JSON and TOML alike), as the journal keeps
it; :func:`recovery_cli.domain.measure_spec.definition_from_data` reads it back
to an equal definition."""

from __future__ import annotations

from recovery_cli.domain.measures import Definition, Item


def definition_to_data(definition: Definition) -> dict:
    """The definition as plain data (JSON and TOML alike), as it is kept in the journal;
    :func:`definition_from_data` reads it back to an equal definition."""
    scoring = definition.scoring
    data: dict = {
        "name": definition.name,
        "version": definition.version,
        "title": dict(definition.title),
        "source": _copied(definition.source),
        "licence": _copied(definition.licence),
        "scale": {
            "low": definition.scale.low,
            "high": definition.scale.high,
            "labels": {k: list(v) for k, v in definition.scale.labels.items()},
        },
        "items": [_item_data(item) for item in definition.items],
        "scoring": {"method": scoring.method, "max_skipped": scoring.max_skipped},
    }
    if definition.intro:
        data["intro"] = dict(definition.intro)
    if scoring.method != "none":
        data["scoring"].update(multiply=scoring.multiply, add=scoring.add)
    if scoring.decimals is not None:
        data["scoring"]["decimals"] = scoring.decimals
    reference = definition.reference
    if reference is not None:
        ref: dict = {"source": _copied(reference.source)}
        if reference.reliable_change:
            ref.update(sd=reference.sd, reliability=reference.reliability)
        if reference.bands:
            ref["bands"] = [
                {"from": b.low, "to": b.high, "name": dict(b.name)} for b in reference.bands
            ]
        data["reference"] = ref
    return data


def _copied(words: str | dict) -> str | dict:
    return dict(words) if isinstance(words, dict) else words


def _item_data(item: Item) -> dict:
    data: dict = {"key": item.key, "text": dict(item.text)}
    if item.chime:
        data["chime"] = item.chime
    if item.reverse:
        data["reverse"] = True
    return data
