"""The release checks, one nox session each (``nox -l`` lists them).

    nox -s checks                  ruff, mypy and msgfmt on every catalog
    nox -s format                  ruff format --check (once the tree is formatted)
    nox -s build                   sdist and wheel, twine check, what each carries
    nox -s "tests-3.10(lowest)"    the suite against the built wheel, on Python 3.10,
                                   with the lowest version each dependency allows
    nox -s "tests-3.13(highest)"   ... on 3.13, with the highest allowed
    nox -s typer_next              the suite against the newest typer, past our pin

The test sessions install the wheel into a fresh environment and run the test
suite from the unpacked sdist with its source package removed, so what is
tested is what a person installs, and the sdist is shown to carry the whole
suite. The dependency bounds are read from ``pyproject.toml``, so moving a pin
moves what the sessions install.

Pythons are found on PATH or, beside it, among pyenv's versions; a version the
machine does not have is skipped by nox with a line saying so. Sessions use uv
(``pip install uv``) to make environments and to resolve the lowest versions.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent
DIST = ROOT / ".nox" / "_dist"
PYTHONS = ["3.10", "3.11", "3.12", "3.13"]

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.download_python = "never"  # the machine's own Pythons, never a download
nox.options.reuse_venv = "no"
nox.options.sessions = ["checks", "build", "tests"]


def _runs(executable: str) -> bool:
    try:
        done = subprocess.run([executable, "-c", "pass"], capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def find_python(version: str) -> str | None:
    """An interpreter for ``version`` (``3.10``): on PATH, else one of pyenv's."""
    name = f"python{version}"
    found = shutil.which(name)
    if found and _runs(found):  # a pyenv shim for a version not selected does not run
        return found
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    for candidate in sorted(
        (pyenv_root / "versions").glob(f"{version}.*/bin/{name}"), reverse=True
    ):
        if _runs(str(candidate)):
            return str(candidate)
    return None


def available_pythons() -> list[str]:
    """The versions of PYTHONS this machine has."""
    return [version for version in PYTHONS if find_python(version)]


def _put_pythons_on_path() -> None:
    """Links to the Pythons found outside PATH, put on PATH for nox to find."""
    links = ROOT / ".nox" / "_pythons"
    links.mkdir(parents=True, exist_ok=True)
    for version in PYTHONS:
        found = find_python(version)
        link = links / f"python{version}"
        if link.is_symlink() or link.exists():
            link.unlink()
        if found:
            link.symlink_to(found)
    os.environ["PATH"] = f"{links}{os.pathsep}{os.environ.get('PATH', '')}"


_put_pythons_on_path()


def _project() -> dict:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10 runs nox itself
        import tomli as tomllib  # type: ignore[no-redef]
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def runtime_requirements() -> list[str]:
    """The package's dependencies as ``pyproject.toml`` declares them."""
    return list(_project()["dependencies"])


def _built() -> tuple[Path, Path]:
    sdists, wheels = sorted(DIST.glob("*.tar.gz")), sorted(DIST.glob("*.whl"))
    if len(sdists) != 1 or len(wheels) != 1:
        raise RuntimeError(f"expected one sdist and one wheel in {DIST}: run `nox -s build`")
    return sdists[0], wheels[0]


@nox.session
def checks(session: nox.Session) -> None:
    """ruff check, mypy, and msgfmt --check on every message catalog."""
    session.install("-e", ".[dev]")
    session.run("ruff", "check", ".")
    session.run("mypy")
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        session.log("msgfmt: skipped, gettext's msgfmt is not installed on this machine")
        return
    catalogs = sorted((ROOT / "recovery_cli").rglob("*.po"))
    broken = []
    for catalog in catalogs:
        done = subprocess.run(
            [msgfmt, "--check", "-o", os.devnull, str(catalog)], capture_output=True, text=True
        )
        if done.returncode != 0:
            broken.append(str(catalog.relative_to(ROOT)))
            # our catalogs carry no translator headers: msgfmt's warnings about them are noise
            for line in done.stderr.splitlines():
                if "header field" not in line:
                    session.log(line)
    if broken:
        session.error(f"msgfmt --check: {len(broken)} catalogs are not valid: {', '.join(broken)}")
    session.log(f"msgfmt --check: all {len(catalogs)} catalogs are valid")


@nox.session(name="format")
def format_check(session: nox.Session) -> None:
    """ruff format --check over the whole tree."""
    session.install("ruff")
    session.run("ruff", "format", "--check", ".")


@nox.session
def build(session: nox.Session) -> None:
    """Build the sdist and, from it, the wheel; check both with twine and look inside."""
    session.install("build", "twine")
    shutil.rmtree(DIST, ignore_errors=True)
    session.run("python", "-m", "build", "--quiet", "--outdir", str(DIST), str(ROOT))
    sdist, wheel = _built()
    session.run("twine", "check", "--strict", str(sdist), str(wheel))
    with tarfile.open(sdist) as archive:
        top = archive.getnames()[0].split("/")[0]
        in_sdist = {name.removeprefix(top + "/") for name in archive.getnames()}
    with zipfile.ZipFile(wheel) as archive:
        in_wheel = set(archive.namelist())
    need_sdist = {
        "LICENSE",
        "README.md",
        "CHANGELOG.md",
        "CONTRIBUTING.md",
        "pyproject.toml",
        "docs/json.md",
        "tests/conftest.py",
        "tests/fixtures",
        "tests/workers",
    }
    need_wheel = {
        "recovery_cli/__init__.py",
        "recovery_cli/i18n/locale/en/shared.po",
        "recovery_cli/i18n/locale/da/shared.po",
    }
    missing = sorted(need_sdist - in_sdist) + sorted(need_wheel - in_wheel)
    if not any(name.endswith(".dist-info/licenses/LICENSE") for name in in_wheel):
        missing.append("the wheel's licenses/LICENSE")
    if any(name.startswith("tests/") for name in in_wheel):
        missing.append("(the wheel carries tests/)")
    if missing:
        session.error(f"the distributions lack: {', '.join(missing)}")
    session.log(f"sdist: {len(in_sdist)} files, tests and docs whole; wheel: {len(in_wheel)}")


def _install_wheel(session: nox.Session, *install: str) -> Path:
    """Install the built wheel (and ``install``); unpack the sdist without its
    source package, so its tests can only import what was installed."""
    sdist, wheel = _built()
    session.install(f"{wheel}[test]", *install)
    where = Path(session.create_tmp()) / "sdist"
    shutil.rmtree(where, ignore_errors=True)
    with tarfile.open(sdist) as archive:
        if sys.version_info >= (3, 12):
            archive.extractall(where, filter="data")
        else:
            archive.extractall(where)  # our own sdist, just built
    source = next(where.iterdir())
    shutil.rmtree(source / "recovery_cli")
    return source


def _run_suite(session: nox.Session, source: Path) -> None:
    session.chdir(source)  # first: from the repository, python -c would import its source
    session.run(
        "python",
        "-c",
        "import recovery_cli, sys, typer; "
        "print('testing', recovery_cli.__file__, 'on Python', sys.version.split()[0], "
        "'with typer', typer.__version__)",
    )
    workers = os.environ.get("RECOVERY_TEST_WORKERS", "2")
    session.run("python", "-m", "pytest", "-n", workers, "-p", "no:cacheprovider", *session.posargs)


def _lowest_check(session: nox.Session) -> None:
    """Each dependency's installed version against its declared lower bound."""
    session.install("packaging")
    session.run("python", str(ROOT / ".ci" / "lowest.py"), *runtime_requirements())


@nox.session(python=PYTHONS)
@nox.parametrize("deps", ["lowest", "highest"], ids=["lowest", "highest"])
def tests(session: nox.Session, deps: str) -> None:
    """The suite against the wheel, with the lowest or highest allowed dependencies."""
    if deps == "lowest":
        if session.venv_backend != "uv":
            session.error("the lowest versions are resolved by uv: pip install uv")
        # the dependencies are direct requirements here, so uv takes their lowest
        # allowed versions; the test tools stay at their newest
        source = _install_wheel(session, "--resolution", "lowest-direct", *runtime_requirements())
        _lowest_check(session)
    else:
        source = _install_wheel(session, "--upgrade")
    _run_suite(session, source)


@nox.session
def typer_next(session: nox.Session) -> None:
    """The suite against the newest typer, past the pin in pyproject.toml (see there)."""
    source = _install_wheel(session)
    session.install("--upgrade", "typer")
    _run_suite(session, source)
