"""Allow ``python -m recovery_cli``."""

from recovery_cli.cli import run

if __name__ == "__main__":
    run()
