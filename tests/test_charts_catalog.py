"""The charts catalog speaks both languages, with the same placeholders."""

from __future__ import annotations

import re

from recovery_cli.i18n import catalog
from recovery_cli.i18n.po import parse_po
from tests.conftest import LOCALE


def _entries(lang: str) -> dict[str, str]:
    return parse_po((LOCALE / lang / "charts.po").read_text(encoding="utf-8"), "charts.po")


def test_every_key_in_both_languages_with_the_same_placeholders():
    english, danish = _entries("en"), _entries("da")
    assert set(english) == set(danish)
    for key, text in english.items():
        assert set(re.findall(r"{(\w+)}", text)) == set(re.findall(r"{(\w+)}", danish[key])), key


def test_no_square_brackets_in_help_and_the_catalogs_load():
    for lang in ("en", "da"):
        for key, text in _entries(lang).items():
            if key.startswith("help."):
                assert "[" not in text and "]" not in text, key
        assert "chart.title.goals" in catalog(lang)
