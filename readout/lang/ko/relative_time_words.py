"""(kojudge47) A relative date word standing alone ('지난달', '지난주', '지난해', '어제', '내달'): a day, a week, a month
or a year counted from the report's day, the very words the date reader counts (lexicon ko `date_relative_days`,
`date_relative_months`, `date_relative_years` and the week words of `weekday_prefixes`). Kiwi tags them as common
nouns, so with no particle of their own ('베네수엘라는 지난달 자국민을 추방했다') they would open the noun run of the
object after them; they date the clause and are no part of any noun compound (lang/ko/act_candidate.duration_end).
"""
from __future__ import annotations

import re

from readout import budget
from readout.kb.loader import lexicon

WEEK = "week:"  # the `weekday_prefixes` values that name a whole week ('지난주'), not a direction ('지난', '오는')


@budget.table()
def relative_time_re() -> re.Pattern:
    ko = lexicon("ko")
    keys = [*ko["date_relative_days"], *ko["date_relative_months"], *ko["date_relative_years"],
            *(k for k, v in ko["weekday_prefixes"].items() if str(v).startswith(WEEK))]
    return re.compile("|".join(f"(?:{k})" for k in sorted(keys, key=len, reverse=True)))


def relative_time_word(form: str) -> bool:
    """The morpheme `form` is a whole relative date word ('지난달', '지난주', '작년'; not '달', '주' alone)."""
    return relative_time_re().fullmatch(form) is not None
