"""The course as a handout: Markdown, or one self-contained HTML file that
prints well (no scripts, fonts, images or links; a content security policy
says so to the browser too). Live screens are kept as they were drawn."""

from __future__ import annotations

from html import escape

from recovery_cli.course.build import Block, Course
from recovery_cli.course.layout import HANGING
from recovery_cli.i18n import get_language, t

CSS = """
:root { color: #1f2328; background: #fff; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       margin: 0 auto; max-width: 50rem; padding: 1.5rem; }
h1 { font-size: 1.8rem; margin-bottom: .2rem; }
h2 { font-size: 1.4rem; margin-top: 2.4rem; border-bottom: 1px solid #d0d7de; }
h3 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; }
.made { color: #57606a; margin-top: 0; }
pre { font: 12px/1.25 ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace;
      background: #f6f8fa; border: 1px solid #d0d7de; padding: .6rem; overflow-x: auto; }
.command { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace;
           color: #57606a; margin-bottom: .2rem; }
dl.commands dt { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; }
dl.commands dd { margin: 0 0 .5rem 1.5rem; color: #57606a; }
blockquote { border-left: 4px solid #8c959f; margin: 1.2rem 0; padding: .2rem 1rem;
             background: #f6f8fa; }
@page { margin: 16mm 14mm; }
@media print {
  body { font-size: 11pt; max-width: none; padding: 0; }
  section.chapter { break-before: page; }
  section.chapter:first-of-type { break-before: auto; }
  pre, blockquote, dl.commands { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
"""


def _paragraphs(lines: tuple[str, ...]) -> list[list[str]]:
    """Text lines grouped: plain paragraphs alone, a run of marked lines
    (bullets, ``C  Connectedness``, ``1  What matters``) together as a list."""
    groups: list[list[str]] = []
    for line in lines:
        if not line.strip():
            continue
        marked = bool(HANGING.match(line))
        if marked and groups and HANGING.match(groups[-1][0]):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _md_block(block: Block) -> list[str]:
    if block.kind == "screen":
        shown = [f"`$ {block.command}`", ""] if block.command else []
        return [*shown, "```text", *block.lines, "```", ""]
    if block.kind == "commands":
        return [
            line for command, what in block.pairs for line in (f"- `{command}`  ", f"  {what}")
        ] + [""]
    if block.kind == "question":
        return [f"> **{t('course.for_the_group.label')}** {block.lines[0]}", ""]
    out: list[str] = []
    for group in _paragraphs(block.lines):
        if HANGING.match(group[0]):  # a list: "- a bullet", "C  Connectedness: ..."
            out += [f"- {_item(line)}" for line in group]
        else:
            out += group
        out.append("")
    return out


def _item(line: str) -> str:
    """A list line without its bullet (a letter or number mark stays)."""
    return line.strip().removeprefix("- ")


def markdown(course: Course) -> str:
    """The handout as Markdown."""
    lines = [f"# {course.title}", "", f"*{t('course.handout.made', name=course.name)}*", ""]
    last = None
    for page in course.pages:
        if page.chapter != last:
            lines += [f"## {page.chapter + 1}. {course.chapter_titles[page.chapter]}", ""]
            last = page.chapter
        lines += [f"### {page.heading}", ""]
        for block in page.blocks:
            lines += _md_block(block)
    return "\n".join(lines).rstrip() + "\n"


def _html_block(block: Block) -> str:
    if block.kind == "screen":
        shown = f'<p class="command">$ {escape(block.command)}</p>' if block.command else ""
        return f"{shown}<pre>{escape(chr(10).join(block.lines))}</pre>"
    if block.kind == "commands":
        items = "".join(
            f"<dt>{escape(command)}</dt><dd>{escape(what)}</dd>" for command, what in block.pairs
        )
        return f'<dl class="commands">{items}</dl>'
    if block.kind == "question":
        label = escape(t("course.for_the_group.label"))
        return f"<blockquote><p><strong>{label}</strong> {escape(block.lines[0])}</p></blockquote>"
    parts = []
    for group in _paragraphs(block.lines):
        if HANGING.match(group[0]):
            items = "".join(f"<li>{escape(_item(line))}</li>" for line in group)
            parts.append(f"<ul>{items}</ul>")
        else:
            parts.append(f"<p>{escape(group[0])}</p>")
    return "".join(parts)


def html(course: Course) -> str:
    """The handout as one self-contained HTML page."""
    sections: list[str] = []
    last = None
    for page in course.pages:
        if page.chapter != last:
            if last is not None:
                sections.append("</section>")
            title = escape(course.chapter_titles[page.chapter])
            sections.append(f'<section class="chapter"><h2>{page.chapter + 1}. {title}</h2>')
            last = page.chapter
        sections.append(f"<h3>{escape(page.heading)}</h3>")
        sections += [_html_block(block) for block in page.blocks]
    if last is not None:
        sections.append("</section>")
    made = escape(t("course.handout.made", name=course.name))
    return (
        f'<!DOCTYPE html>\n<html lang="{get_language()}">\n<head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(course.title)}</title>\n<style>{CSS}</style>\n</head>\n"
        f'<body>\n<main>\n<header><h1>{escape(course.title)}</h1><p class="made">{made}</p>'
        f"</header>\n{chr(10).join(sections)}\n</main>\n</body>\n</html>\n"
    )
