"""(kopar57, issue 15) A Korean question asks whether an act happens; it tells none: '이란이 이스라엘에 보복할까?',
'중국이 대만을 침공할 수 있을까?', '북한이 도발할 것인가' (a headline's question, no mark), '미사일을 발사했습니까?'.

Why: the act word's stem is read with the endings after it, and an interrogative final ending ('-ㄹ까', '-ㄴ가',
'-습니까') is none of the endings the readers know (negation, plan, quote), so '보복할까?' gave the attack done and
'침공할 수 있을까?' an attack planned: a commentary's or a headline's question made an event no one made. The rule has
the English reader's shape (lang/en/act_questions): a yes/no question drops the sentence's hits; a question with a
wh-word (누구, 왜, 어디 ...) presumes its act ('왜 공격했나?': the attack took place) and is read as before. A quoted
question inside a report ('"보복할까?"라고 물었다') ends on the report's own ending, not on a question, and is read as
before. The endings and the wh-words are cue lists of data/lexicon/ko_acts.yaml (`question_ending`, `question_word`).
"""
from __future__ import annotations

from readout.lang.ko.act_table import ActIndex

QUESTION_MARK = "?"
TRAILING_TAGS = frozenset({"SF", "SE", "SS", "SSC", "SW"})  # closing marks after the last ending ('?', '...', '"')
WH_TAGS = frozenset({"NP", "MAG", "MM", "NR", "NNG"})  # 누구/NP, 왜/MAG, 무슨/MM, 몇/NR, 얼마/NNG


def asked_question(toks: list, lex: ActIndex) -> bool:
    """Whether the sentence is a yes/no question: its last ending is interrogative (a final ending, or any ending
    right before a closing '?'), and no wh-word stands in it."""
    k = len(toks) - 1
    marked = False
    while k >= 0 and toks[k][1] in TRAILING_TAGS:
        marked = marked or toks[k][0] == QUESTION_MARK
        k -= 1
    if k < 0 or toks[k][0] not in lex.cue("question_ending"):
        return False
    if toks[k][1] != "EF" and not (marked and toks[k][1].startswith("E")):
        return False
    return not any(t[1] in WH_TAGS and t[0] in lex.cue("question_word") for t in toks)
