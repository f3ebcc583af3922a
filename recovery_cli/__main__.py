"""Allow ``python -m recovery_cli``."""

from recovery_cli.console import run

if __name__ == "__main__":
    run()
