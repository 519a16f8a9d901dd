"""(future53) A Korean deed told in the plain present with a time ahead in its clause is a timetable, planned:
'칠레와 페루는 다음 달 연합훈련을 실시한다', '가나는 오는 20일 토고 외교관들을 추방한다'.

Why: Korean news tells what happened in the past tense and what is scheduled in the plain present (-ㄴ다/-는다), as
lang/ko/meeting_tense reads for meetings; without a time ahead the present may be a headline's or a statement's
('우리는 ... 규탄한다'), so only a clause that names a time after the report's day ('다음 달', '내일', '오는 20일': the
positive words of the date reader's tables `date_relative_days`, `date_relative_months`, `date_relative_years`,
`weekday_prefixes`) is read as a plan. The date reader dates the planned deed by that time. English 'will hold drills
next month' is read by its auxiliary (act_modality).
"""
from __future__ import annotations

import re

from readout import budget
from readout.kb.loader import lexicon
from readout.lang.ko.clause_lexicon import clause_words
from readout.lang.ko.ending_reading import Reading
from readout.lang.ko.tags import CLAUSE_BREAK_TAGS

WEEK_AHEAD = "week:1"  # '다음 주': the week after the report's
DIRECTION_AHEAD = "dir:1"  # '오는', '다음' before a day ('오는 20일'): a day ahead


@budget.table()
def ahead_re() -> re.Pattern:
    """A time ahead of the report's day: the date tables' words counted forward, or a forward prefix before a number."""
    ko = lexicon("ko")
    words = [k for table in ("date_relative_days", "date_relative_months", "date_relative_years")
             for k, v in ko[table].items() if int(v) > 0]
    words += [k for k, v in ko["weekday_prefixes"].items() if str(v) == WEEK_AHEAD]
    prefixes = [k for k, v in ko["weekday_prefixes"].items() if str(v) == DIRECTION_AHEAD]
    alternatives = [f"(?:{w})" for w in sorted(words, key=len, reverse=True)]
    alternatives.append(f"(?:{'|'.join(prefixes)})\\s*\\d")
    return re.compile(f"(?<![가-힣])(?:{'|'.join(alternatives)})")


def clause_text_before(toks: list, first: int) -> str:
    """The morphemes of the clause before the act's first word, joined with a space where the sentence had one."""
    start = first
    while start > 0 and toks[start - 1][1] not in CLAUSE_BREAK_TAGS:
        start -= 1
    out: list[str] = []
    for k in range(start, first):
        gap = k > start and toks[k][2] > toks[k - 1][2] + toks[k - 1][3]
        out.append((" " if gap else "") + toks[k][0])
    return "".join(out)


def plain_present(r: Reading) -> bool:
    """The clause ends in the plain present (-ㄴ다, -는다, told or not) with no past marker."""
    words = clause_words()
    return not any(e in words["past_endings"] for e in r.endings) \
        and any(e in words["present_endings"] for e in r.endings)


def timetabled(toks: list, first: int, stem: int, r: Reading) -> bool:
    """The deed whose words run from `first` to the predicate stem at `stem` is told in the plain present, with no
    auxiliary verb ('실시하고 있다': a progressive), after a time ahead in its own clause: a plan (module doc)."""
    if r.modality or r.decided or not plain_present(r) \
            or any(t[1] == "VX" for t in toks[stem + 1:r.last + 1]):
        return False
    return ahead_re().search(clause_text_before(toks, first)) is not None
