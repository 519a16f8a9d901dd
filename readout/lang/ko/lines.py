"""Korean's line rules without its readers (`lang/base/lines.py`): what an English-only run asks of Korean on
every line (boilerplate, labeled and full dates) answered from the Korean lexicon and one date pattern, without
importing Kiwi or the Korean readers."""
from __future__ import annotations

import re

from readout.lang.base.lines import LineRules
from readout.dating import safe_date

NUMERIC_DATE_RE = re.compile(r"(?<!\d)(\d{4})\s*[./\-년]\s*(\d{1,2})\s*[./\-월]\s*(\d{1,2})(?!\d)")


def full_date(text: str):
    """The first numeric date with year, month and day ('2024.11.15', '2024년 11월 15일'), or None."""
    m = NUMERIC_DATE_RE.search(text)
    return safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


class KoreanLines(LineRules):
    code = "ko"

    def full_date(self, text):
        return full_date(text)
