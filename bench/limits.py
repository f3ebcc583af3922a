"""What any command must pay at least: the floors and the whole-file limits.

Floors are the imports a command cannot avoid, in a process that ends the way
``recovery`` ends (output flushed, then ``os._exit``, no interpreter tear-down).
Limits are what a command that reads or writes the whole journal cannot go
below with this design: typer, an orjson parse of the file and one pass over
its positions (read); the same, then an orjson dump, a write to a temp file,
fsync, ``os.replace`` and a fsync of the folder (write).
"""

from __future__ import annotations

_EXIT = "import os, sys; sys.stdout.flush(); os._exit(0)"

FLOOR_CODE = {
    "python -c pass": _EXIT,
    "import typer": "import typer\n" + _EXIT,
    "import typer, plotext": "import typer, plotext\n" + _EXIT,
}

# The smallest typer command with an option, run through typer as recovery is.
TYPER_COMMAND = (
    """
import typer, os, sys
app = typer.Typer(add_completion=False)
@app.command()
def main(name: str = typer.Option("x")) -> None:
    typer.echo(name)
try:
    app(args=["--name", "y"], prog_name="limit")
except SystemExit:
    pass
"""
    + _EXIT
)

_READ = """
import typer, orjson, os, sys
path = os.environ["RECOVERY_JOURNAL"]
with open(path, "rb") as f:
    data = orjson.loads(f.read())
count = {}
for doc in data.get("positions", {}).values():
    count[doc["goal"]] = count.get(doc["goal"], 0) + 1
sys.stdout.write(str(len(count)) + "\\n")
"""

READ_LIMIT = _READ + _EXIT

# Written beside the journal under another name, so the journal stays as it is.
WRITE_LIMIT = (
    _READ
    + """
raw = orjson.dumps(data)
folder = os.path.dirname(path)
temp = os.path.join(folder, ".limit.tmp")
target = os.path.join(folder, "limit-copy.json")
fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
os.write(fd, raw)
os.fsync(fd)
os.close(fd)
os.replace(temp, target)
dfd = os.open(folder, os.O_RDONLY)
os.fsync(dfd)
os.close(dfd)
"""
    + _EXIT
)

LIMIT_CODE = {
    "typer command": TYPER_COMMAND,
    "read limit": READ_LIMIT,
    "write limit": WRITE_LIMIT,
}
