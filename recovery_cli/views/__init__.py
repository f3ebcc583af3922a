"""Turning journal data into what the person sees: lines, tables, JSON."""
