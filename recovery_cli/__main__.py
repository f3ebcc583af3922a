"""Allow ``python -m recovery_cli``."""

from recovery_cli.cli import main

if __name__ == "__main__":
    main()
