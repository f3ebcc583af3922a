"""``recovery course``: a paced walk-through for a class, on the tool's real screens."""
