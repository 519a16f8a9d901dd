"""Small text rules that every language shares (an e-mail address makes a short line a byline)."""
from __future__ import annotations

import re

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+|\[email\s*protected\]")


def email_line(line: str, max_chars: int) -> bool:
    return ("@" in line or "[email" in line) and len(line) <= max_chars and bool(EMAIL_RE.search(line))


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether `pos` falls in one of the (start, end) spans (a name or title already taken)."""
    return any(a <= pos < b for a, b in spans)
