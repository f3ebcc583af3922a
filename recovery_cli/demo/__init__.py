"""The peer-worker demo: an example journal in a sandbox, and a tour of it."""
