"""The conversation's catalogs: complete, translated, same placeholders."""

from __future__ import annotations

import re

import pytest

from recovery_cli.domain.chime import DOMAINS
from recovery_cli.domain.prompts import GROUPS, KEYS, parse_prompt
from recovery_cli.i18n import catalog
from recovery_cli.i18n.po import parse_po
from tests.conftest import LOCALE

PLACEHOLDER = re.compile(r"\{(\w*)\}")


def _file(language: str, name: str) -> dict[str, str]:
    return parse_po((LOCALE / language / name).read_text(encoding="utf-8"), name)


@pytest.mark.parametrize("name", ["guide.po", "notes.po"])
def test_same_keys_and_placeholders_in_both_languages(name):
    english, danish = _file("en", name), _file("da", name)
    assert set(english) == set(danish)
    for key, text in english.items():
        assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(danish[key])), key
        assert text.strip() and danish[key].strip(), key


@pytest.mark.parametrize("language", ["en", "da"])
def test_prompt_catalogue_is_complete(language):
    messages = catalog(language)
    for key in KEYS:
        assert messages.get(f"reflect.{key}", "").strip(), key
    for group, _ in GROUPS:
        if group not in DOMAINS:
            assert messages.get(f"reflect.group.{group}"), group
    prompts = {
        k
        for k in _file(language, "notes.po")
        if k.startswith("reflect.") and not k.startswith(("reflect.group.", "reflect.key."))
    }
    assert prompts == {f"reflect.{key}" for key in KEYS}  # nothing left over


def test_prompts_are_translated_and_distinct():
    english, danish = catalog("en"), catalog("da")
    texts = [english[f"reflect.{key}"] for key in KEYS]
    assert len(set(texts)) == len(texts)
    for key in KEYS:
        assert english[f"reflect.{key}"] != danish[f"reflect.{key}"], key


def test_every_domain_has_prompts_and_everyday_questions_are_there():
    groups = dict(GROUPS)
    for domain in DOMAINS:
        assert len(groups[domain]) >= 2
    for everyday in ("matters", "way", "future"):
        assert groups[everyday]
    assert set(groups["future"]) == {"6m", "1y", "5y"}


@pytest.mark.parametrize(
    "typed, key",
    [
        ("C1", "c1"),
        (" 6M ", "6m"),
        ("matter2", "matter2"),
        ("f1", "c1"),
        ("F3", "c3"),
        ("h2", "h2"),
    ],
)
def test_prompt_keys_are_read_forgivingly(typed, key):
    assert parse_prompt(typed) == key


def test_random_picks_a_real_prompt():
    import random

    picked = {parse_prompt("random", random.Random(seed)) for seed in range(50)}
    assert picked <= set(KEYS) and len(picked) > 5
