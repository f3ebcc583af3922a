"""``recovery doctor [--fix] [--yes]``: check the journal and its files, say
plainly what was found, and with ``--fix`` make only safe repairs."""

import os
from pathlib import Path
from typing import Annotated

import typer

from recovery_cli.cli.base import command
from recovery_cli.cli.errors import describe
from recovery_cli.cli.passphrase import PASSPHRASE_ENV
from recovery_cli.cli.prompts import confirm, interactive
from recovery_cli.cli.state import AppState, state
from recovery_cli.domain.errors import InputError, NotPossible
from recovery_cli.i18n import t, tn
from recovery_cli.storage import backups, codec, health, migrations
from recovery_cli.storage.health import FIXED, NOTE, OK, PROBLEM, Finding
from recovery_cli.views import out
from recovery_cli.views.backup_ids import shown_backup_id

_JOURNAL_FIXES = {"unlink", "orphans", "next_number", "migrate", "reseal"}


def _sentence(finding: Finding) -> str:
    params = dict(finding.params)
    for name in ("id", "ids", "newest"):  # backup IDs, in the person's language
        if isinstance(params.get(name), str):
            params[name] = shown_backup_id(params[name])
    if "error" in params:
        params["error"] = describe(params["error"])
    if finding.key == "doctor.records_count":
        params = {
            "list": ", ".join(
                tn(f"doctor.count.{table}", count) for table, count in finding.params.items()
            )
        }
    if "count" in params and isinstance(params["count"], int):
        text = tn(finding.key, params.pop("count"), **params)
    else:
        text = t(finding.key, **params)
    return text


MARK = 9  # the column a finding's sentence starts at, after "ok" or "problem"


def _line(finding: Finding) -> str:
    text = _sentence(finding)
    mark = t(f"doctor.level.{finding.level}")
    if finding.level == PROBLEM and finding.fix:
        text = f"{text} {t('doctor.fixable')}"
    return f"{mark:<{MARK - 1}} {text}"


def _read(path: Path, keys) -> tuple[list[Finding], dict | None, object, bool, Exception | None]:
    """Findings about the journal's content; (findings, data, seal, sealed, damage)."""
    from recovery_cli.journal import doctor as checks
    from recovery_cli.storage import crypto

    try:
        raw = path.read_bytes()
    except OSError:
        return [Finding(PROBLEM, "doctor.unreadable", {"path": str(path)})], None, None, False, None
    sealed = crypto.is_sealed(raw)
    try:
        data, seal = codec.load(raw, path, keys)
        data, migrated_from = migrations.upgrade(data, path)
        for table in codec.TABLES:  # a table nobody wrote to yet may be missing
            data.setdefault(table, {})
    except codec.JournalDamaged as damage:
        key = f"doctor.damaged.{damage.reason}"
        return [Finding(PROBLEM, key, {"path": str(path)})], None, None, sealed, damage
    except NotPossible as error:
        finding = Finding(PROBLEM, "doctor.cannot_open", {"error": error})
        # a passphrase that opens the backups but not the journal: the journal is damaged
        wrong = error if error.key in (crypto.WRONG, crypto.WRONG_NO_KEY) else None
        return [finding], None, None, sealed, wrong
    findings = [Finding(OK, "doctor.encrypted" if sealed else "doctor.parses")]
    if seal is not None:  # whether there is a second way in (never the key itself)
        findings.append(
            Finding(OK, "doctor.recovery_key")
            if seal.has_recovery
            else Finding(NOTE, "doctor.no_recovery_key")
        )
    findings.append(checks.schema(migrations.schema_of(data), migrated_from))
    findings += checks.language(data)
    findings += checks.records(data) + checks.references(data)
    return findings, data, seal, sealed, None


def _fix(app_state: AppState, fixes: set[str], own_folder: bool) -> list[Finding]:
    from recovery_cli.journal import doctor as checks
    from recovery_cli.storage.lock import locked
    from recovery_cli.storage.store import open_store

    path, done = app_state.path, []
    if "chmod" in fixes:
        done.append(
            Finding(
                FIXED,
                "doctor.fixed.chmod",
                {"count": health.fix_permissions(path, own_folder=own_folder)},
            )
        )
    if "temps" in fixes:
        with locked(path, on_wait=app_state.waiting):
            done.append(Finding(FIXED, "doctor.fixed.temps", {"count": health.remove_temps(path)}))
    content = fixes & _JOURNAL_FIXES
    if content:
        with open_store(path, write=True, keys=app_state.keys, on_wait=app_state.waiting) as store:
            safety = store.snapshot("doctor")
            counts = checks.repair(store.storage.data, content)
            if "reseal" in content and store.seal is not None:
                counts["reseal"] = backups.reseal(path, None, store.seal)[0]
            store.rewrite = True
        for name, count in counts.items():
            done.append(Finding(FIXED, f"doctor.fixed.{name}", {"count": count}))
        if "migrate" in content:
            done.append(
                Finding(FIXED, "doctor.fixed.migrate", {"version": migrations.SCHEMA_VERSION})
            )
        if safety is not None:
            done.append(
                Finding(FIXED, "doctor.fixed.backup", {"id": backups.backup_id(path, safety)})
            )
    return done


class _Report:
    """What doctor says: sentences as it goes, or (``--json``) one document at the
    end, in the shape docs/json.md gives."""

    def __init__(self, path: Path, as_json: bool) -> None:
        self.as_json = as_json
        self.data: dict = {
            "version": 1,
            "journal": str(path),
            "exists": True,
            "findings": [],
            "problems": 0,
            "fixable": 0,
            "damaged": False,
            "backup": None,
            "restored": None,
            "messages": [],
        }

    def finding(self, finding: Finding) -> None:
        if not self.as_json:
            out.say(_line(finding), hang=MARK)  # wrapped under the sentence
            return
        details = {
            name: value
            for name, value in finding.params.items()
            if isinstance(value, (str, int, float, bool)) or value is None
        }
        self.data["findings"].append(
            {
                "level": finding.level,
                "check": finding.key.removeprefix("doctor."),
                "message": _sentence(finding),
                "fix": finding.fix,
                "details": details,
            }
        )

    def say(self, text: str, *, done: bool = False) -> None:
        if self.as_json:
            self.data["messages"].append(text)
        elif done:
            out.done(text)
        else:
            out.say(text)

    def end(self, code: int) -> None:
        if self.as_json:
            from recovery_cli.views.jsonout import dumps

            out.raw(dumps(self.data))
        if code:
            raise typer.Exit(code)


def _offer_backup(
    app_state: AppState, report: _Report, fix: bool, yes: bool, wrong: bool = False
) -> int:
    """For a journal that does not open: the newest backup that does. ``wrong``: the
    journal is encrypted and the passphrase given does not open it."""
    path = app_state.path
    report.data["damaged"] = True
    newest, locked = health.newest_good_backup(path, app_state.keys, ask=not wrong)
    if newest is None and wrong:  # neither the journal nor a backup opens
        report.say(t("doctor.nothing_opens"))
        return 1
    if newest is None:
        report.say(tn("doctor.backups_locked", locked) if locked else t("doctor.no_good_backup"))
        return 1
    ident = shown_backup_id(backups.backup_id(path, newest))
    report.data["backup"] = backups.backup_id(path, newest)
    if wrong:
        report.say(t("doctor.passphrase_opens_backup"))
    if not fix:
        _say_why(report, path, newest, plain=False)
        report.say(t("doctor.offer_backup", id=ident))
        return 1
    if not yes:
        if report.as_json or not interactive():  # no question in the middle of JSON
            raise InputError("error.doctor.needs_yes", id=ident)
        if not confirm(t("doctor.restore_question", id=ident)):
            report.say(t("doctor.restore_kept"))  # the person's choice, not a failure
            return 0
    _say_why(report, path, newest)
    was_sealed = _starts_sealed(path)
    safety = backups.restore(
        path, newest, app_state.keys, reason="damaged", on_wait=app_state.waiting
    )
    kept = shown_backup_id(backups.backup_id(path, safety)) if safety is not None else "-"
    report.data["restored"] = report.data["backup"]
    report.say(t("doctor.restored", id=ident, kept=kept), done=True)
    now_sealed = _starts_sealed(path)
    if now_sealed != was_sealed:  # never silently encrypted, or plain, again
        report.say(t("edges.doctor.now_sealed" if now_sealed else "edges.doctor.now_plain"))
    return 0


def _starts_sealed(path: Path) -> bool:
    from recovery_cli.storage.paths import SEALED_MAGIC, is_sealed

    try:
        with open(path, "rb") as handle:
            return is_sealed(handle.read(len(SEALED_MAGIC)))
    except OSError:
        return False


def _say_why(report: _Report, path: Path, chosen: Path, *, plain: bool = True) -> None:
    """Which backup is offered, and why that one: the most recently made that
    opens (newer ones that do not are counted), and the clock when it was set
    back. ``plain=False``: only when there is more to it than being the newest."""
    from recovery_cli.views.format import moment_text

    found = backups.list_backups(path)
    newer = len(found) - 1 - found.index(chosen) if chosen in found else 0
    made = backups.made_at(path, chosen)
    when = moment_text(made.isoformat()) if made is not None else "?"
    ident = backups.backup_id(path, chosen)
    behind = backups.clock_behind(path)
    if not (plain or newer or behind):
        return
    if newer:
        report.say(tn("edges.doctor.why_backup_newer", newer, id=ident, when=when))
    else:
        report.say(t("edges.doctor.why_backup", id=ident, when=when))
    if behind:
        report.say(t("edges.doctor.clock_behind"))


def register(app: typer.Typer) -> None:
    @command(app, "doctor", "help.doctor")
    def doctor(
        ctx: typer.Context,
        fix: Annotated[bool, typer.Option("--fix", help=t("help.opt.doctor_fix"))] = False,
        yes: Annotated[bool, typer.Option("--yes", "-y", help=t("help.opt.doctor_yes"))] = False,
        as_json: Annotated[bool, typer.Option("--json", help=t("help.opt.json"))] = False,
    ) -> None:
        from recovery_cli.views.progress import working

        app_state = state(ctx)
        path = app_state.path
        if path.is_dir():
            raise InputError("error.journal.is_dir", path=str(path))
        report = _Report(path, as_json)
        report.say(t("doctor.checking", path=str(path)))
        if not path.exists():
            report.data["exists"] = False
            report.say(t("doctor.no_journal"))
            return report.end(0)
        own_folder = app_state.demo or not app_state.chosen
        with working(t("progress.checking")):
            findings = health.permissions(path, own_folder=own_folder) + health.leftovers(path)
            content, _data, _seal, sealed, damage = _read(path, app_state.keys)
            findings += content
            # a passphrase file is read without asking anyone: encrypted backups are checked
            findings += health.backup_findings(
                path,
                app_state.keys,
                journal_sealed=sealed,
                ask=bool(os.environ.get(PASSPHRASE_ENV)),
            )
        for finding in findings:
            report.finding(finding)
        if damage is not None:
            wrong = not isinstance(damage, codec.JournalDamaged)
            code = _offer_backup(app_state, report, fix, yes, wrong)
            report.data["problems"] = sum(1 for f in findings if f.level == PROBLEM)
            return report.end(code)
        problems = [f for f in findings if f.level == PROBLEM]
        fixes = {f.fix for f in findings if f.fix and f.level in (PROBLEM, NOTE)}
        if fix and fixes:
            for finding in _fix(app_state, fixes, own_folder):
                report.finding(finding)
            problems = [f for f in problems if not f.fix]
        fixable = sum(1 for f in problems if f.fix)
        report.data["problems"], report.data["fixable"] = len(problems), fixable
        if not problems:
            report.say(t("doctor.all_well"), done=True)
            return report.end(0)
        if fixable:
            report.say(tn("doctor.summary_fixable", len(problems), fixable=fixable))
        else:
            report.say(tn("doctor.summary", len(problems)))
        return report.end(1)
