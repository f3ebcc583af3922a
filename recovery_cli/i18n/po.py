"""A small reader for gettext ``.po`` catalogs.

Our catalogs use message keys as ``msgid`` (``goal.added``) and the text as
``msgstr``, so a translator can open them in any gettext editor. Only the parts
of the format we use are read: comments, ``msgid``/``msgstr`` and continuation
lines. Reading the text directly costs about a millisecond and needs no
compile step.
"""

from __future__ import annotations

import re

_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
_ESCAPE = re.compile(r"\\(.)")


def _unquote(token: str, where: str) -> str:
    token = token.strip()
    if len(token) < 2 or not (token.startswith('"') and token.endswith('"')):
        raise ValueError(f"{where}: expected a quoted string")
    body = token[1:-1]
    if "\\" not in body:
        return body
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(1)), body)


def parse_po(text: str, source: str = "<catalog>") -> dict[str, str]:
    """Return ``{msgid: msgstr}`` for every entry with a non-empty id."""
    entries: dict[str, str] = {}
    msgid: list[str] | None = None
    msgstr: list[str] | None = None
    current: list[str] | None = None

    def finish() -> None:
        if msgid is not None and msgstr is not None:
            key = "".join(msgid)
            if key:
                if key in entries:
                    raise ValueError(f"{source}: duplicate msgid {key!r}")
                entries[key] = "".join(msgstr)

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        where = f"{source}:{number}"
        if not line or line.startswith("#"):
            continue
        if line.startswith("msgid "):
            finish()
            msgid, msgstr = [_unquote(line[6:], where)], None
            current = msgid
        elif line.startswith("msgstr "):
            if msgid is None:
                raise ValueError(f"{where}: msgstr without msgid")
            msgstr = [_unquote(line[7:], where)]
            current = msgstr
        elif line.startswith('"'):
            if current is None:
                raise ValueError(f"{where}: continuation without msgid")
            current.append(_unquote(line, where))
        else:
            raise ValueError(f"{where}: unexpected line")
    finish()
    return entries
