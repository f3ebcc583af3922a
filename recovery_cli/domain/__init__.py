"""The pure core: CHIME domains, the 1-8 continuum, records and parsers.

Nothing in this package does I/O or knows about typer or rich.
"""
