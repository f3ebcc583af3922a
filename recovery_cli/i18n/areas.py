"""Which catalog file holds a message: the part of the tool that speaks it.

Every key lives in the file its prefix names here (the longest prefix that
fits wins; a key no prefix fits is a shared word). The same table tells
:func:`recovery_cli.i18n.t` which file to read for a key it has not read yet,
so a command reads the shared words and its own part only, and a test holds
every key to the file this table names.
"""

from __future__ import annotations

from functools import cache

SHARED = "shared"

# prefix -> file (without .po). Exact keys are prefixes too: "status.active" is
# a status word every part uses, "status.active_title" is the overview's.
_PREFIXES: dict[str, str] = {
    # the overview
    "status.": "status",
    "hint.": "status",
    "help.status": "status",
    "status.active": SHARED,
    "status.paused": SHARED,
    "status.reached": SHARED,
    "status.let_go": SHARED,
    "status.active_title": "status",
    # goals and their page
    "goal.": "goals",
    "show.": "goals",
    "move.": "goals",
    "list.": "goals",
    "heading.": "goals",
    "help.goal": "goals",
    "help.arg.title": "goals",
    "help.opt.chime": "goals",
    "help.opt.position": "goals",
    "help.opt.vision": "goals",
    "help.opt.horizon": "goals",
    "help.opt.change": "goals",
    "help.opt.together": "goals",
    "help.opt.parent": "goals",
    "help.opt.note": "goals",
    "help.opt.title": "goals",
    "help.opt.all": "goals",
    "help.opt.status": "goals",
    "help.opt.goal_date": "goals",
    "error.goal.parent": "goals",
    "error.horizon.before_start": "goals",
    # positions, resources, supports
    "log.": "entries",
    "resource.": "entries",
    "support.": "entries",
    "help.log": "entries",
    "help.resource": "entries",
    "help.support": "entries",
    "help.opt.log_note": "entries",
    "help.opt.helped": "entries",
    "help.opt.date": "entries",
    "help.opt.goal_link": "entries",
    "help.opt.resource_kind": "entries",
    "help.opt.support_kind": "entries",
    "help.opt.how": "entries",
    "help.arg.position": "entries",
    "help.arg.resource": "entries",
    "help.arg.who": "entries",
    "error.resource.": "entries",
    "error.support.": "entries",
    # a goal's story: what helped, looking back
    "story.": "story",
    "helped.": "story",
    "lookback.": "story",
    "help.helped": "story",
    "help.lookback": "story",
    "help.arg.helped": "story",
    "help.opt.lookback": "story",
    "error.lookback": "story",
    # charts
    "chart.": "charts",
    "help.chart": "charts",
    "help.opt.chart_": "charts",
    "help.arg.chart_": "charts",
    "error.chart.": "charts",
    # the guided conversation
    "talk.": "guide",
    "help.guide": "guide",
    "error.guide.": "guide",
    # reflections and prompts
    "note.": "notes",
    "notes.": "notes",
    "prompts.": "notes",
    "reflect.": "notes",
    "help.note": "notes",
    "help.prompts": "notes",
    "error.note.": "notes",
    "error.prompt.": "notes",
    # measures and the check-in
    "measure.": "measures",
    "checkin.": "measures",
    "help.measure": "measures",
    "help.checkin": "measures",
    "error.checkin.": "measures",
    # corrections
    "fix.": "corrections",
    "help.unlog": "corrections",
    "help.opt.fix_": "corrections",
    "help.arg.fix_": "corrections",
    "error.edit.": "corrections",
    "error.rm.": "corrections",
    # the demo and its people
    "demo.": "demo",
    "people.": "demo",
    "help.demo": "demo",
    "help.opt.demo_": "demo",
    "help.opt.person": "demo",
    "help.opt.reset": "demo",
    "error.demo.": "demo",
    "people.kim.": "people-kim",
    "people.anna.": "people-anna",
    "people.henrik.": "people-henrik",
    "people.birgit.": "people-birgit",
    # the course
    "course.": "course",
    "help.course": "course",
    "help.opt.course_": "course",
    "help.opt.chapter": "course",
    "error.course.": "course",
    # export and import
    "export.": "transfer",
    "import.": "transfer",
    "help.export": "transfer",
    "help.import": "transfer",
    "help.opt.export_": "transfer",
    "help.opt.dry_run": "transfer",
    "help.arg.import_": "transfer",
    "edges.import.": "transfer",
    # backups, doctor, encryption, erase, init
    "backup.": "backup",
    "help.backup": "backup",
    "help.arg.backup_": "backup",
    "error.backup.": "backup",
    "doctor.": "doctor",
    "help.doctor": "doctor",
    "help.opt.doctor_": "doctor",
    "error.doctor.": "doctor",
    "edges.doctor.": "doctor",
    "crypto.": "encryption",
    "keys.": "encryption",
    "help.encrypt": "encryption",
    "help.decrypt": "encryption",
    "help.passwd": "encryption",
    "help.recovery_key": "encryption",
    "help.opt.recovery_key": "encryption",
    "help.opt.passwd_": "encryption",
    "help.opt.init_encrypt": "encryption",
    "error.crypto.": "encryption",
    "error.keys.": "encryption",
    "erase.": "erase",
    "help.erase": "erase",
    "help.opt.erase_": "erase",
    "error.erase.": "erase",
    "init.": "init",
    "help.init": "init",
    "error.init.": "init",
    "help.opt.import_": "transfer",
    # settings, shell completion, the manual page
    "config.": "config",
    "help.config": "config",
    "completion.": "completion",
    "help.opt.install_completion": "completion",
    "help.opt.show_completion": "completion",
    "man.": "manpage",
}
_LONGEST_FIRST = sorted(_PREFIXES, key=len, reverse=True)


@cache
def area_of(key: str) -> str:
    """The catalog file (without ``.po``) that holds ``key``."""
    for prefix in _LONGEST_FIRST:
        if key.startswith(prefix):
            return _PREFIXES[prefix]
    return SHARED
