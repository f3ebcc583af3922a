"""What ``recovery measure show`` says about one definition: its source and
licence, the scale, the items, how it is scored (in words: "then 25 is
subtracted", never "then -25 is added") and its reference figures."""

from __future__ import annotations

from recovery_cli.domain.measures import Definition, in_language, reliable_change
from recovery_cli.i18n import get_language, t, tn
from recovery_cli.views import format as fmt
from recovery_cli.views.measures import plain_number, range_text, title_of


def scale_line(definition: Definition) -> str:
    from recovery_cli.talk.measure import scale_text

    return t("measure.show.scale", scale=scale_text(definition))


def transform_text(multiply: float, add: float) -> str:
    """``score = raw × multiply + add`` in words: a negative ``add`` is
    subtracted ("then 25 is subtracted", not "then -25 is added")."""
    if add == 0:
        if multiply == 1:
            return ""
        return t("measure.show.scoring.multiply", multiply=plain_number(multiply))
    how = "add" if add > 0 else "subtract"
    amount = plain_number(abs(add))
    if multiply == 1:
        return t(f"measure.show.scoring.{how}", amount=amount)
    return t(f"measure.show.scoring.multiply_{how}", multiply=plain_number(multiply), amount=amount)


def scoring_text(definition: Definition) -> str:
    scoring = definition.scoring
    if not definition.scored:
        return t("measure.show.scoring.none")
    text = t(f"measure.show.scoring.{scoring.method}", range=range_text(definition))
    transform = transform_text(scoring.multiply, scoring.add)
    if transform:
        text += " " + transform
    if scoring.max_skipped:
        key = (
            "measure.show.scoring.skips_sum"
            if scoring.method == "sum"
            else "measure.show.scoring.skips"
        )
        text += " " + tn(key, scoring.max_skipped)
    else:
        text += " " + t("measure.show.scoring.no_skips")
    return text


def reference_lines(definition: Definition) -> list[str]:
    reference = definition.reference
    if reference is None:
        return []
    lines = [t("measure.show.reference")]
    if reference.reliable_change:
        needed = reliable_change(
            0,
            0,
            sd=reference.sd,  # type: ignore[arg-type]
            reliability=reference.reliability,  # type: ignore[arg-type]
        ).needed
        lines.append(
            "  "
            + t(
                "measure.show.rci",
                sd=plain_number(reference.sd),  # type: ignore[arg-type]
                reliability=plain_number(reference.reliability),  # type: ignore[arg-type]
                needed=plain_number(needed, 1),
            )
        )
    language = get_language()
    for band in reference.bands:
        lines.append(
            "  "
            + t(
                "measure.show.band",
                low=plain_number(band.low),
                high=plain_number(band.high),
                name=in_language(band.name, language),
            )
        )
    lines.append(
        "  "
        + t("measure.show.reference_source", source=in_language(reference.source, get_language()))
    )
    return lines


def show_lines(definition: Definition, *, builtin: bool) -> list[str]:
    """Everything a definition says, in the person's language where it has one."""
    from recovery_cli.talk.measure import item_text

    lines = [
        t(
            "measure.show.title",
            title=title_of(definition),
            name=definition.name,
            version=definition.version,
        )
        + (" " + t("measure.builtin") if builtin else "")
    ]
    lines.append(t("measure.show.source", source=in_language(definition.source, get_language())))
    lines.append(t("measure.show.licence", licence=in_language(definition.licence, get_language())))
    if definition.intro:
        lines.append(in_language(definition.intro, get_language()))
    lines.append(scale_line(definition))
    lines.append(t("measure.show.items", count=len(definition.items)))
    width = len(str(len(definition.items)))
    for index, item in enumerate(definition.items):
        extra = []
        if item.chime:
            extra.append(fmt.domain_name(item.chime))
        if item.reverse:
            extra.append(t("measure.show.reverse"))
        tail = f" ({', '.join(extra)})" if extra else ""
        lines.append(f"  {index + 1:>{width}}  {item_text(definition, index)}{tail}")
    lines.append(t("measure.show.scoring", text=scoring_text(definition)))
    lines.extend(reference_lines(definition))
    return lines
