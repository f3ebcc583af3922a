"""What the root options decide for every command: which journal, which language."""

from __future__ import annotations

import os
from collections.abc import Collection, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from recovery_cli.domain.errors import InputError
from recovery_cli.i18n import (
    DEFAULT_LANGUAGE,
    LANGUAGE_ENV,
    LANGUAGES,
    get_language,
    normalise_language,
    set_language,
    system_language,
    t,
)
from recovery_cli.storage import paths
from recovery_cli.views import out

if TYPE_CHECKING:  # imported when a command opens the journal, not at start-up
    from recovery_cli.journal import Journal
    from recovery_cli.storage.crypto import Keys


class _KeysWhenNeeded:
    """The keys of an encrypted journal, made on first use: a plain journal never
    loads the passphrase and crypto modules."""

    def __init__(self) -> None:
        self._keys: Keys | None = None

    def __getattr__(self, name: str):
        if self._keys is None:
            from recovery_cli.cli.passphrase import make_keys

            self._keys = make_keys()
        return getattr(self._keys, name)


def _make_keys() -> Keys:
    return _KeysWhenNeeded()  # type: ignore[return-value]


def language_code(value: object) -> str:
    """A saved language code as it can be shown: short, quoted, never a whole text."""
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 12 else text[:11] + "…"


def _explicit_language(value: str | None, source: str) -> str | None:
    if value is None:
        return None
    found = normalise_language(value)
    if found is None:
        raise InputError("error.lang.unknown", value=value, source=source)
    return found


def _option_value(args: list[str], name: str) -> str | None:
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == name and index + 1 < len(args):
            return args[index + 1]
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
    return None


# The root options that take a value (their value is never a command's name).
_VALUED = ("--journal", "--lang", "--demo-person")


def demo_args(args: list[str], commands: Collection[str] = ()) -> list[str]:
    """``--demo anna`` read as ``--demo-person anna`` when ``anna`` is an example
    person, so ``recovery --demo anna status`` works while ``--demo`` alone (and
    ``recovery --demo status``) keeps meaning the default person.

    A word after ``--demo`` that is neither a person nor a command, with a
    command after it (``--demo nobody status``) or like no command's name, is a
    person's name too: it is refused as one, naming the people, rather than as
    a command."""
    args = list(args)
    index = 0
    while index < len(args):
        arg = args[index]
        if arg in _VALUED:
            index += 2
            continue
        if not arg.startswith("-") or arg == "--":
            break  # the command: what follows is its own
        if arg.startswith("--demo="):
            args[index] = "--demo-person=" + arg.split("=", 1)[1]
        elif arg == "--demo" and index + 1 < len(args) and _names_person(args, index + 1, commands):
            args[index] = "--demo-person"
            index += 1
        index += 1
    return args


def _names_person(args: list[str], index: int, commands: Collection[str]) -> bool:
    """Whether ``args[index]``, just after ``--demo``, is meant as a person."""
    from recovery_cli.demo.people import NAMES

    word = args[index]
    if word.lower() in NAMES:
        return True
    if word.startswith("-") or word in commands or not commands:
        return False
    if any(later in commands for later in args[index + 1 :]):
        return True
    import difflib

    return not difflib.get_close_matches(word, list(commands), n=1)  # not a typo of a command


def _demo_person(args: list[str]) -> str | None:
    """The example person the root options name (``--demo-person``), if any."""
    from recovery_cli.demo.people import NAMES

    name = _option_value(args, "--demo-person")
    return name.strip().lower() if name and name.strip().lower() in NAMES else None


def _configured_language() -> str | None:
    """``language`` in the settings file, if it sets one."""
    from recovery_cli.storage.settings import load

    settings = load()
    return _explicit_language(settings.get("language"), str(settings.path))


def language_choice(args: list[str]) -> tuple[str, str]:
    """The language for this command line and where it comes from: ``option``
    (``--lang``), ``environment`` (``RECOVERY_LANG``), ``config`` (the settings
    file), ``journal`` (its saved choice), ``system`` (the locale) or ``default``."""
    language = _explicit_language(_option_value(args, "--lang"), "--lang")
    if language:
        return language, "option"
    language = _explicit_language(os.environ.get(LANGUAGE_ENV) or None, LANGUAGE_ENV)
    if language:
        return language, "environment"
    language = _configured_language()
    if language:
        return language, "config"
    person = None
    if any(arg.startswith("--demo") for arg in args):
        person = _demo_person(demo_args(args))
    if person is not None:
        from recovery_cli.demo.sandbox import sandbox_path

        path = sandbox_path(person)
    elif "--demo" in args:
        path = paths.demo_journal_path()
    else:
        path, _ = paths.journal_path(_option_value(args, "--journal"))
    language = paths.peek_journal_language(path)
    if language is not None and language not in LANGUAGES:
        return DEFAULT_LANGUAGE, "journal"  # a newer version's language: English (said once)
    if language:
        return language, "journal"
    language = system_language()
    if language:
        return language, "system"
    return DEFAULT_LANGUAGE, "default"


def choose_language(args: list[str]) -> str:
    """Set the language before the app is built, so help texts match.

    ``--lang``, else ``RECOVERY_LANG``, else the settings file, else the
    journal's saved choice, else the system locale, else English.
    """
    language, _ = language_choice(args)
    set_language(language)
    return language


class AppState:
    """The root options, resolved; every command reads its journal through this.

    (A plain class: a dataclass costs about a millisecond to build at start-up.)
    """

    def __init__(
        self,
        *,
        path: Path,
        chosen: bool,
        demo: bool,
        language_fixed: bool,
        person: str | None = None,
    ) -> None:
        self.path, self.chosen, self.demo = path, chosen, demo
        self.person = person  # the example person of a demo sandbox (None: the default)
        self.language_fixed = language_fixed
        # passphrases and derived keys for an encrypted journal, this process only
        self.keys: Keys = _make_keys()
        # one-line notices already given in this command (the demo line)
        self.said: set[str] = set()
        # long listings go through a pager at a terminal (``--no-pager`` says no)
        self.pager = True

    def for_journal(
        self, path: Path, *, chosen: bool, demo: bool, person: str | None = None
    ) -> AppState:
        """This state for another journal (a demo sandbox), sharing the keys
        and the notices already given."""
        other = AppState(
            path=path, chosen=chosen, demo=demo, language_fixed=self.language_fixed, person=person
        )
        other.keys, other.said, other.pager = self.keys, self.said, self.pager
        return other

    @classmethod
    def from_options(
        cls, *, journal: str | None, demo: bool, lang: str | None, demo_person: str | None = None
    ) -> AppState:
        from recovery_cli.storage import session

        session.start()  # nothing of this command is saved yet (see errors.handle)
        language = _explicit_language(lang, "--lang")
        language = language or _explicit_language(
            os.environ.get(LANGUAGE_ENV) or None, LANGUAGE_ENV
        )
        language = language or _configured_language()
        if language:  # chosen by the person: a journal's saved language does not change it
            set_language(language)
        if journal is not None and not journal.strip():
            raise InputError("error.journal.empty_path")
        person = None
        if demo_person is not None:  # --demo-person anna (or --demo anna)
            from recovery_cli.demo.people import find
            from recovery_cli.demo.sandbox import sandbox_path

            person = find(demo_person)
            demo = True
            path, chosen = sandbox_path(person), False
        elif demo:
            path, chosen = paths.demo_journal_path(), False
        else:
            path, chosen = paths.journal_path(journal)
        return cls(
            path=path, chosen=chosen, demo=demo, language_fixed=bool(language), person=person
        )

    def use_language(self, value: str) -> None:
        """A command's own ``--lang`` (``recovery course --lang da``): as the root option."""
        set_language(_explicit_language(value, "--lang"))  # type: ignore[arg-type]
        self.language_fixed = True

    @contextmanager
    def journal(self, *, write: bool = False, quiet: bool = False) -> Iterator[Journal]:
        """Open the journal for this command; a first write creates it and says where.

        With ``--demo`` it says so in one line, and builds the sandbox if needed.
        """
        if self.demo:
            from recovery_cli.demo.sandbox import ensure_sandbox

            if not self.path.exists():
                ensure_sandbox(self.path, self.person, language_fixed=self.language_fixed)
        from recovery_cli.journal import Journal
        from recovery_cli.views.progress import working

        # our own folder is made (0700) by the first write, not by a read or a refusal
        opening = Journal.open(
            self.path,
            write=write,
            language=get_language(),
            keys=self.keys,
            own_folder=not self.chosen,
            on_wait=self.waiting,
        )
        with ExitStack() as stack:
            with working(t("progress.opening")):  # scrypt, or a very large journal
                journal = stack.enter_context(opening)
            if not self.language_fixed and journal.existed and journal.language:
                self.speak(journal.language)
            try:
                yield journal
            except (ValueError, TypeError, KeyError, AttributeError, IndexError) as error:
                if damaged_record(journal):  # changed outside the tool: say so, as on open
                    from recovery_cli.storage.codec import JournalDamaged

                    raise JournalDamaged(self.path, "record") from error
                raise
        if write and not journal.existed and journal.store.storage.changed and not self.demo:
            out.info(t("info.journal_created", path=str(self.path)))
        if journal.store.upgraded:  # once: the write that moved it to key slots
            out.info(t("keys.upgraded"))
        if self.demo and not quiet and "demo" not in self.said:
            from recovery_cli.demo.people import DEFAULT

            name = t(f"people.{self.person or DEFAULT}.name")
            out.info(t("demo.notice", name=name))  # once, and only when the command worked
            self.said.add("demo")
            if self.language_fixed and journal.language in LANGUAGES:
                self._other_language(journal.language, name)

    def _other_language(self, language: str, name: str) -> None:
        """One line when the sandbox was built in another language than is spoken."""
        if language == get_language():
            return
        from recovery_cli.demo.sandbox import rebuild_command

        command = rebuild_command(self.person)
        out.info(t(f"demo.sandbox_language.{language}", name=name, command=command))

    def speak(self, language: object) -> None:
        """Speak the journal's saved language; one this version does not know
        (a newer version's) gives English, said once."""
        if language in LANGUAGES:
            set_language(language)
            return
        set_language(DEFAULT_LANGUAGE)
        if "language" not in self.said:
            out.info(t("edges.language.unknown", code=language_code(language)))
            self.said.add("language")

    def waiting(self) -> None:
        """Say once that this command waits for another one to finish with the journal."""
        if "waiting" not in self.said:
            out.info(t("info.journal.waiting"))
            self.said.add("waiting")


@contextmanager
def paged(ctx: typer.Context) -> Iterator[None]:
    """Run a listing whose output goes through a pager when it is long (see
    :mod:`recovery_cli.cli.paging`)."""
    from recovery_cli.cli.paging import paged as run_paged

    with run_paged(state(ctx).pager):
        yield


def damaged_record(journal: Journal) -> bool:
    """Whether a record fails the journal's rules (the check ``recovery doctor``
    makes), asked when a command stopped on something it could not read: such
    a record gets the damaged-journal sentence, a fault of ours does not."""
    from recovery_cli.journal.doctor import records

    return any(f.key == "doctor.record_invalid" for f in records(journal.store.storage.data))


def state(ctx: typer.Context) -> AppState:
    """The resolved root options of the running command."""
    root = ctx.find_root()
    if not isinstance(root.obj, AppState):
        root.obj = AppState.from_options(journal=None, demo=False, lang=None)
    return root.obj
