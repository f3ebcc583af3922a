"""The words of an import refused for one entry: the entry named as the person
knows it (a goal by its number and title, a position by its goal's number and
its day) and, where the check knows it, what is wrong with it."""

from __future__ import annotations

from recovery_cli.domain.text import shorten
from recovery_cli.i18n import t
from recovery_cli.views import format as fmt


def _number(value: object) -> int | None:
    ok = isinstance(value, int) and not isinstance(value, bool) and value >= 1
    return value if ok and isinstance(value, int) else None


def _text(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return t("text.quoted", text=shorten(" ".join(value.split()), 40))


def _day(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        return fmt.day_text(fmt.local(value).date())
    except (TypeError, ValueError, OverflowError):
        return None


def _named(table: str, data: dict, numbers: dict) -> str | None:
    """The entry as the import report would name it, or None when it does not read."""
    if table == "goals":
        number, title = _number(data.get("number")), _text(data.get("title"))
        if number is None:
            return None
        if title is None:
            return t("import.entry.goal", number=number)
        return t("import.record.goal", number=number, title=title)
    if table == "positions":  # its value is the problem's to say, when it is one
        number, day = numbers.get(data.get("goal")), _day(data.get("when"))
        if day is None:
            return None
        if number is None:
            return t("import.entry.position_day", day=day)
        return t("import.entry.position", number=number, day=day)
    if table == "resources" and (text := _text(data.get("text"))):
        return t("import.record.resource", text=text)
    if table == "supports" and (who := _text(data.get("who"))):
        return t("import.record.support", who=who)
    if table == "notes" and (day := _day(data.get("when"))):
        return t("import.record.note", day=day)
    if table == "measures" and isinstance(name := data.get("name"), str) and name.strip():
        return t("import.record.measure", name=shorten(name, 40))
    if table == "results" and isinstance(name := data.get("measure"), str):
        day = _day(data.get("when"))
        if day is not None and name == "checkin":
            return t("import.record.checkin", day=day)
        if day is not None and name.strip():
            return t("import.record.result", name=shorten(name, 40), day=day)
    return None


def refusal_words(table: str, params: dict) -> dict[str, str]:
    """``entry`` and ``problem`` for the sentence ``import.error.invalid.<table>``."""
    data = params.get("data")
    numbers = params.get("numbers") or {}
    entry = _named(table, data, numbers) if isinstance(data, dict) else None
    if entry is None:
        entry = t(f"import.entry.at.{table}", index=params.get("index"))
    problem = params.get("problem")
    said = ""
    if problem is not None:
        key, values = problem
        values = {name: shorten(str(value), 40) for name, value in values.items()}
        said = t("import.problem.said", problem=t(f"import.problem.{key}", **values))
    return {"entry": entry, "problem": said}
