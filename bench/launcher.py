"""A small process that starts each timed command, so memory is the command's own.

Linux counts a process's peak memory (``ru_maxrss``) from the moment it is
forked: a child of a large driver starts with the driver's pages on its
record. This launcher stays small (Python without ``site``, a few modules), so
its own size is below the peak of any Python command it starts; the peak it
reports is then the command's alone. It reads one JSON request per line
(argv, env, folders to empty and files to copy first), runs it and answers
with one JSON line: seconds, peak KiB, exit code, CPU seconds.

Run as ``python -S -E launcher.py``; the driver keeps one for a whole run.
"""

import json
import os
import shutil
import sys
import time


def run_one(request):
    for folder in request.get("empty", ()):  # set-up, not timed
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder, mode=0o700)
    for source, target in request.get("copy", ()):
        shutil.copyfile(source, target)
    argv, env = request["argv"], request["env"]
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            null = os.open(os.devnull, os.O_RDWR)
            os.dup2(null, 0)
            os.dup2(null, 1)
            os.dup2(null, 2)
            os.execve(argv[0], argv, env)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - started
    return [
        elapsed,
        usage.ru_maxrss,
        os.waitstatus_to_exitcode(status),
        usage.ru_utime + usage.ru_stime,
    ]


def main():
    for line in sys.stdin:
        if not line.strip():
            continue
        sys.stdout.write(json.dumps(run_one(json.loads(line))) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
