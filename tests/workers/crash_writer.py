"""Crash-test writer: log positions in a loop, acknowledging each.

Usage: python crash_writer.py JOURNAL FIRST_NUMBER. Goes through the same
journal session every command uses (lock, read, one atomic write) without
rebuilding the CLI each time, so most of the loop is spent writing and a kill
often lands mid-write. Prints ``ack N`` (flushed) only after the session for
entry N has ended, i.e. after its atomic write.
"""

import sys
from pathlib import Path

from recovery_cli.journal import Journal
from recovery_cli.journal.entries import log_position

path, number = Path(sys.argv[1]), int(sys.argv[2])
while True:
    with Journal.open(path, write=True) as journal:
        log_position(journal, "1", str(number % 8 + 1), note=f"entry {number}")
    print(f"ack {number}", flush=True)
    number += 1
