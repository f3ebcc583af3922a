"""Storage: the only package that touches the journal's files."""
