"""Which version of each dependency is installed, against its declared lower bound.

    python .ci/lowest.py "typer>=0.28,<0.29" "rich>=13.8" ...

Run after installing the lowest versions the bounds allow: it prints one line
per dependency and exits 1 if an installed version is not the lower bound (to
the precision the bound is written in: ``>=5.3`` holds for 5.3.2). A bound that
cannot be installed - another dependency needs more - is a promise nobody tests.
"""

from __future__ import annotations

import sys
from importlib.metadata import version

from packaging.requirements import Requirement
from packaging.version import Version


def main(requirements: list[str]) -> int:
    wrong = []
    for line in requirements:
        req = Requirement(line)
        if req.marker is not None and not req.marker.evaluate():
            continue
        lows = [Version(s.version) for s in req.specifier if s.operator in (">=", "~=", "==")]
        installed = Version(version(req.name))
        low = max(lows) if lows else None
        print(f"  {req.name:14} declared {str(req.specifier) or '(any)':14} installed {installed}")
        if low is not None and installed.release[: len(low.release)] != low.release:
            wrong.append(f"{req.name} (declared >={low}, the lowest that installs is {installed})")
    if wrong:
        print("lower bounds that cannot be installed: " + "; ".join(wrong), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
