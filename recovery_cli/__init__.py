"""recovery-journal: a private, local journal for personal recovery (CHIME)."""

__version__ = "0.1.0"
