"""Definitions shipped with the tool, each written for it: the built-in CHIME
check-in, and an example measure (``everyday.toml``) the demo takes monthly.

The check-in's questions and scale labels live in the message catalogs (they
are the tool's own words, translated like every other sentence); they are put
together here into a definition of the same kind a person brings, and checked
by the same rules.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from recovery_cli.domain.chime import DOMAINS
from recovery_cli.domain.measure_file import read_definition
from recovery_cli.domain.measure_spec import definition_from_data
from recovery_cli.domain.measures import Definition
from recovery_cli.domain.reflections import CHECKIN, CHECKIN_VERSION

EXAMPLE = "everyday"
ALIASES = {"check-in": CHECKIN, "indtjekning": CHECKIN}


@cache
def checkin() -> Definition:
    """The built-in check-in: one everyday question per CHIME domain, 1-8, no score."""
    from recovery_cli.i18n import LANGUAGES, catalog

    texts = {lang: catalog(lang) for lang in LANGUAGES}

    def each(key: str) -> dict[str, str]:
        return {lang: texts[lang][key] for lang in LANGUAGES}

    data = {
        "name": CHECKIN,
        "version": CHECKIN_VERSION,
        "title": each("measure.checkin.title"),
        "source": each("measure.checkin.source"),
        "licence": each("measure.checkin.licence"),
        "intro": each("measure.checkin.intro"),
        "scale": {
            "low": 1,
            "high": 8,
            "labels": {
                lang: [texts[lang][f"measure.checkin.label.{n}"] for n in range(1, 9)]
                for lang in LANGUAGES
            },
        },
        "items": [
            {"key": key, "text": each(f"talk.checkin.question.{key}"), "chime": key}
            for key in DOMAINS
        ],
        "scoring": {"method": "none"},
    }
    return definition_from_data(data, builtin=True)


def example_text() -> bytes:
    """The example definition file, as a person would copy it."""
    return resources.files(__name__).joinpath(f"{EXAMPLE}.toml").read_bytes()


@cache
def example() -> Definition:
    """The example measure written for this tool (``everyday.toml``)."""
    return read_definition(example_text(), f"{EXAMPLE}.toml")
