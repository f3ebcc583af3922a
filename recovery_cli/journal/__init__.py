"""What a person can do with their journal, in terms of the domain."""

from recovery_cli.journal.core import Journal

__all__ = ["Journal"]
