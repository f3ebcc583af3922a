"""``recovery measure format``: the definition file described where an installed
user can read it (the help pointed to docs/measures.md, which no wheel holds):
every field, in English and Danish, and the example to start a file from."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from recovery_cli.views.measure_format import FIELDS
from tests.conftest import LOCALE, ROOT
from tests.glossary import assert_danish


@pytest.mark.parametrize("language", ["en", "da"])
def test_every_field_with_its_meaning(cli, language):
    done = cli("--lang", language, "measure", "format", env={"COLUMNS": "100"})
    assert done.code == 0 and done.err == "", done
    for field, required in FIELDS:
        assert field + (" *" if required else "") in done.out, field
    assert "recovery measure format --example >" in done.out
    if language == "da":
        assert "Felterne" in done.out
        assert_danish(done.out, where="measure format")


def test_narrow_terminal_keeps_each_field_whole(cli):
    done = cli("measure", "format", env={"COLUMNS": "60"})
    lines = done.out.splitlines()
    assert max(len(line) for line in lines) <= 60
    for field, _ in FIELDS:
        assert any(line.strip().startswith(field) for line in lines), field


def test_the_example_starts_a_file_that_is_added_as_it_is(cli, journal_file, tmp_path):
    example = cli("measure", "format", "--example")
    assert example.code == 0 and example.out.startswith("# An example measure")
    mine = tmp_path / "my-scale.toml"
    mine.write_text(example.out.replace('name = "everyday"', 'name = "my-scale"'), "utf-8")
    added = cli("measure", "add", str(mine))
    assert added.code == 0, added
    assert "my-scale" in cli("measure", "list").out


def test_every_field_of_the_example_is_described():
    from recovery_cli.definitions import example_text

    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]

    data = tomllib.loads(example_text().decode("utf-8"))
    described = " ".join(field for field, _ in FIELDS)
    for key, value in data.items():
        assert key in described, key
        if key in ("scale", "scoring"):
            for inner in value:
                assert f"{key}.{inner}" in described, (key, inner)
    for item in data["items"]:
        for inner in item:
            assert f"items.{inner}" in described, inner


def test_no_sentence_points_to_a_document_the_wheel_does_not_hold():
    for catalog in LOCALE.glob("*/measures.po"):
        assert "docs/measures.md" not in catalog.read_text("utf-8"), catalog


def test_from_the_built_wheel(tmp_path):
    """The wheel as pip installs it: the command and its example are there."""
    pytest.importorskip("build")
    source = tmp_path / "source"  # a copy: building writes beside the sources
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".*", "build", "dist", "*.egg-info", "__pycache__", "venv", "bench", "tests"
        ),
    )
    built = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(tmp_path / "dist"), str(source)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if built.returncode != 0:
        pytest.skip(f"no wheel can be built here: {built.stderr[-300:]}")
    [wheel] = (tmp_path / "dist").glob("*.whl")
    installed = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(installed)
    env = {**os.environ, "PYTHONPATH": str(installed), "COLUMNS": "80"}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "recovery_cli", *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=60,
        )

    where = run("--version")  # (the package imported is the wheel's, not the source)
    assert where.returncode == 0
    found = subprocess.run(
        [sys.executable, "-c", "import recovery_cli; print(recovery_cli.__file__)"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert Path(found.stdout.strip()).is_relative_to(installed), found
    for language in ("en", "da"):
        shown = run("--lang", language, "measure", "format")
        assert shown.returncode == 0 and "scale.low, scale.high *" in shown.stdout, shown
    example = run("measure", "format", "--example")
    assert example.returncode == 0 and 'name = "everyday"' in example.stdout, example
    assert "docs/" not in run("measure", "--help").stdout
