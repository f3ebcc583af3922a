"""Errors the domain and the journal raise, each carrying a message key.

The CLI's one error handler turns them into a sentence from the catalog and an
exit code: 2 for bad usage or bad input, 1 for a request that cannot be done.
"""

from __future__ import annotations


class RecoveryError(Exception):
    """Base: a message key with its parameters and an exit code."""

    exit_code = 1

    def __init__(self, key: str, /, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


class InputError(RecoveryError):
    """The person gave a value we cannot accept (exit 2)."""

    exit_code = 2


class NotPossible(RecoveryError):
    """The request is well formed but cannot be done (exit 1)."""

    exit_code = 1
