"""The catalog files as gettext tools read them: every .po passes ``msgfmt
--check``, and every key is in both languages with the same placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from recovery_cli.i18n import LANGUAGES, catalog
from tests.conftest import LOCALE  # the installed package's catalogs

CATALOGS = sorted(LOCALE.glob("*/*.po"))


@pytest.mark.skipif(
    shutil.which("msgfmt") is None,
    reason="msgfmt (GNU gettext) is not installed; apt-get install gettext",
)
@pytest.mark.parametrize("path", CATALOGS, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_msgfmt_check_passes(path, tmp_path):
    done = subprocess.run(
        ["msgfmt", "--check", "-o", str(tmp_path / "out.mo"), str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr


def test_every_key_is_in_every_language_with_the_same_placeholders():
    def names(text: str) -> set[str]:
        return {match.split(":")[0] for match in re.findall(r"\{([^{}]*)\}", text)}

    english = catalog("en")
    for language in LANGUAGES:
        other = catalog(language)
        assert set(other) == set(english), (language, set(other) ^ set(english))
        for key, text in other.items():
            assert names(text) <= names(english[key]) | {""}, (language, key)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_key_is_in_the_file_of_the_part_that_says_it(language):
    """A command reads the shared words and the files its keys name
    (``i18n/areas.py``); a key in another file would cost every command the
    whole catalog."""
    from recovery_cli.i18n.areas import area_of
    from recovery_cli.i18n.po import parse_po

    misplaced = []
    for path in sorted((LOCALE / language).glob("*.po")):
        for key in parse_po(path.read_text(encoding="utf-8"), path.name):
            if area_of(key) != path.stem:
                misplaced.append(f"{key} in {path.name}, belongs in {area_of(key)}.po")
    assert not misplaced, misplaced


def test_both_languages_have_the_same_files_with_the_same_keys():
    from recovery_cli.i18n.po import parse_po

    files = {lang: {p.name for p in (LOCALE / lang).glob("*.po")} for lang in LANGUAGES}
    assert files["en"] == files["da"]
    for name in files["en"]:
        keys = [
            list(parse_po((LOCALE / lang / name).read_text(encoding="utf-8"), name))
            for lang in LANGUAGES
        ]
        assert keys[0] == keys[1], name
