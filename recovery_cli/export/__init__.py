"""Writers that turn the part of a journal a person chose into a file.

One module per format: ``jsondoc`` (everything, for import), ``csvout``
(tidy tables), ``markdown`` and ``htmlout`` (a report to share). They take a
:class:`recovery_cli.journal.selection.Shared` and return bytes.
"""

FORMATS = ("json", "csv", "md", "html")
SUFFIXES = {
    ".json": "json",
    ".csv": "csv",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
}
