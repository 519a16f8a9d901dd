"""Korean words around a date that tell whose day it is: a claim's saying ('...했다고 6일 밝혔다'), a clock
conversion ('(한국시간 15일)'), a day marked past ('지난 9일') or recalled ('앞서 17일').

Why its own module (debt55): these readers look at the words beside a date, not at the date itself; dates.py, which
finds the dates, asks them from `make` and `find_dates` and had grown past 490 lines with them."""
from __future__ import annotations

import re

from readout.kb.loader import lexicon


def past_before(text: str, at: int) -> bool:
    """The told clause's predicate right before `at` (its '다' ending) is past: its last syllable closes on ㅆ ('포격했',
    '쐈', '나포됐'), as English 'had shelled'. A deed a claim tells in the past with no day of its own came on or before
    the saying's day, a window up to it (pipeline/act_dates.told_window, dates48); one told in the present ('중단한다고')
    is done as it is said, as is one going on or ahead ('포격하고 있다고', '포격하겠다고': the ㅆ of '있', '겠' is no past).
    """
    last = text[at - 1] if at > 0 else ""
    return "가" <= last <= "힣" and (ord(last) - ord("가")) % 28 == 20 and last not in "있겠"


def closes_claim(text: str, start: int, end: int, reporting: bool = False) -> bool:
    """'가나 정부는 토고와의 교역을 중단한다고 6일 발표했다', 'B 대사를 초치했다고 6일 밝혔다': a saying's day written
    between the told clause's ending ('-다고', '-라고', a quote's '"고') and the saying verb (the lexicon's
    `date_after_claim_before_re`) is the day of the saying, as the same day before the claim ('6일 B 대사를
    초치했다고 밝혔다') is: it dates a told deed with no day of its own (kodate47); a day inside the claim keeps its
    own reading. The saying verb follows the day (`reporting`) or comes later in its clause, past a time of day or a
    means ('6일 오후 밝혔다', '6일 성명을 통해 밝혔다': `date_claim_saying_after_re`)."""
    lex = lexicon("ko")
    return bool(lex.re("date_after_claim_before_re").search(text, max(0, start - 10), start)) \
        and (reporting or bool(lex.re("date_claim_saying_after_re").match(text[end:])))


def converted_clock(text: str, start: int) -> bool:
    """'14일(현지시간) 발표했다 ... (한국시간 15일 오전)': a day in parentheses after the home time zone's name restates a
    foreign local time in Seoul's; it names no day of the story (told in the place's own day), and is no date of the
    sentence (dates45; English: '(2324 GMT Sunday)')."""
    return bool(lexicon("ko").re("date_clock_conversion_before_re").search(text, max(0, start - 12), start))


def past_marked(text: str, m: re.Match) -> bool:
    """'북한은 지난 9일 ... 차단했다': a day marked past by '지난' (lexicon `past_day_marker_re`) that the story goes back to,
    after a later day, is recalled for its paragraph only (pipeline/story_days.note_recall: only a step back recalls), so an
    undated act of a later paragraph is of the story's day again (fields10)."""
    marker = lexicon("ko").get("past_day_marker_re")
    return bool(marker) and bool(re.search(rf"(?:{marker})$", text[max(0, m.start() - 6):m.start()])
                                 or re.match(rf"(?:{marker})", m.group(0)))


def recalled_day(text: str, start: int) -> bool:
    """'함정 3척은 앞서 17일 입항했다': the recall word (the lexicon's `recall_opening_re`, '앞서') right before the
    date takes the story back for its paragraph only, as when it opens the sentence (pipeline/story_days.note_recall)."""
    head = text[max(0, start - 12):start]
    m = re.search(rf"(?:{lexicon('ko')['recall_opening_re']})$", head)  # not '회담에 앞서 17일' (ahead of the talks)
    return bool(m and head.strip()) and not text[:max(0, start - 12) + m.start()].rstrip().endswith("에")
