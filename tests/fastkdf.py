"""``python -m tests.fastkdf ARGS``: the command line as a real process, with the
cheap scrypt cost (N=2^10) the in-process tests get from ``conftest``.

The cost is lowered here, in this test-only launcher, by setting the module's
constant before the command runs; the program itself reads no setting that
could weaken the encryption of a real journal.
"""

from recovery_cli.storage import keyslots

TEST_LOG2_N = 10

if __name__ == "__main__":
    keyslots.SCRYPT_LOG2_N = TEST_LOG2_N

    from recovery_cli.console import run

    run()
