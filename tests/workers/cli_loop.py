"""Run ``recovery ARGS`` many times in one process (the CLI's own entry point).

Usage: python cli_loop.py COUNT|until:FILE ARG... ; ``{i}`` in an argument is
replaced by the run's number. Prints one JSON line: the exit code of every run.
``until:FILE`` repeats until FILE exists (readers running alongside writers),
pausing 20 ms between runs as a script polling the journal would.
"""

import contextlib
import io
import json
import os
import sys
import time

from recovery_cli.cli import main

spec, args = sys.argv[1], sys.argv[2:]
codes = []
i = 0
while (not os.path.exists(spec[6:])) if spec.startswith("until:") else i < int(spec):
    sink = io.StringIO()
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
        try:
            main([a.replace("{i}", str(i)) for a in args])
            code = 0
        except SystemExit as done:
            code = done.code or 0
    if code:
        sys.stderr.write(sink.getvalue())
    codes.append(code)
    i += 1
    if spec.startswith("until:"):
        time.sleep(0.02)
print(json.dumps(codes))
