"""What any command must pay at least: the floors and the whole-file limits.

Floors are the imports a command cannot avoid, in a process that ends the way
``recovery`` ends (output flushed, then ``os._exit``, no interpreter tear-down).
Limits are what a command that reads or writes the whole journal cannot go
below with this design: typer, an orjson parse of the file and one pass over
its positions (read); the same, then an orjson dump, a write to a temp file,
fsync, ``os.replace`` and a fsync of the folder (write); for a command that
draws plotext panels, the read limit with plotext imported (chart read); for
an encrypted journal, the read limit behind the key: the header read, the passphrase's key
derived with scrypt at the cost the file names, the data key unwrapped and the
journal decrypted (AES-256-GCM) before the parse (sealed read).
"""

from __future__ import annotations

_EXIT = "import os, sys; sys.stdout.flush(); os._exit(0)"

FLOOR_CODE = {
    "python -c pass": _EXIT,
    "import typer": "import typer\n" + _EXIT,
    "import typer, plotext": "import typer, plotext\n" + _EXIT,
    # not a budget's floor: what a command that prints a rich table pays first
    "import typer, rich table": "import typer, rich.console, rich.table\n" + _EXIT,
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
# For a command that draws plotext panels: the same, with plotext imported too
# (as its floor is ``import typer, plotext``).
CHART_READ_LIMIT = "import plotext\n" + _READ + _EXIT

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

# The encrypted copy's journal and passphrase come in RECOVERY_SEALED and
# RECOVERY_PASSPHRASE_FILE (the driver sets them for this limit only).
SEALED_READ_LIMIT = (
    """
import typer, orjson, os, sys, base64
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
with open(os.environ["RECOVERY_SEALED"], "rb") as f:
    raw = f.read()
first = raw.index(b"\\n")
end = raw.index(b"\\n", first + 1)
slot = orjson.loads(raw[first + 1 : end])["slots"][0]
with open(os.environ["RECOVERY_PASSPHRASE_FILE"], "rb") as f:
    secret = f.read().rstrip(b"\\n")
salt = base64.b64decode(slot["salt"])
kek = Scrypt(salt=salt, length=32, n=slot["n"], r=slot["r"], p=slot["p"]).derive(secret)
about = {k: slot[k] for k in ("kind", "kdf", "n", "r", "p", "salt")}
key = AESGCM(kek).decrypt(
    base64.b64decode(slot["nonce"]),
    base64.b64decode(slot["key"]),
    b"recovery-journal key slot\\n" + orjson.dumps(about),
)
body = raw[end + 1 :]
data = orjson.loads(AESGCM(key).decrypt(body[:12], body[12:], raw[: end + 1]))
count = {}
for doc in data.get("positions", {}).values():
    count[doc["goal"]] = count.get(doc["goal"], 0) + 1
sys.stdout.write(str(len(count)) + "\\n")
"""
    + _EXIT
)

LIMIT_CODE = {
    "typer command": TYPER_COMMAND,
    "read limit": READ_LIMIT,
    "chart read limit": CHART_READ_LIMIT,
    "write limit": WRITE_LIMIT,
    "sealed read limit": SEALED_READ_LIMIT,
}
