"""The ``recovery`` console script.

A command is one short process whose data (the parsed journal, records) holds
no reference cycles, so the cycle collector is switched off before anything
else is imported: it would only walk every module and the parsed journal
again and again (about 5 % of a command's time). Reference counting still
frees what a command lets go of. Importing this module does nothing else;
:func:`recovery_cli.cli.app.run` does the work.
"""

import gc

gc.disable()


def run() -> None:
    """Run the command line, then end the process (see ``cli.app.run``)."""
    from recovery_cli.cli.app import run as run_command

    run_command()
