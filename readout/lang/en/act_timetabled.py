"""(plans54) An English deed told in the plain present with a time ahead in its clause is a timetable, planned:
'Chile and Peru hold joint naval drills next month', 'Ghana expels two Togolese diplomats next week'.

Why: news tells what is scheduled in the present as well as with 'will' ('The talks open on Monday'); Korean reads
the same timetable ('다음 달 연합훈련을 실시한다') as planned (lang/ko/act_timetabled), while the English clause reader
found no auxiliary and read the present deed as done, dated ahead of the report. Only a clause that names a time ahead
(`time_ahead_words`: 'next month', 'tomorrow', 'later this year') is a timetable; without one the present stays a
headline's or a habit's as before. The deed keeps its type, planned, as after a plan ('plans to expel',
act_plover_reading.planned_deed): a timetable is no warning, so no THREATEN, and no promise (AGREE) either, as
Korean's reading gives none; the types are Korean's (`timetabled_types`).
"""
from __future__ import annotations

from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

LEFT_BREAK_EXCEPT = "and"  # 'Chile and Peru hold ...': a coordinated subject is no clause break on the left
NOUN_REACH = 4  # words between a light verb and the deed's noun ('hold their first joint naval drills')
CLAUSE_REACH = 12  # words either side of the verb a time of its clause may stand at


def timetabled(toks: list[Token], i: int, typ: str, nominal: bool, cues: Cues, base_forms: frozenset[str]) -> bool:
    """The verb at token `i` (an act of `timetabled_types`), or the light verb before its noun, is in the plain
    present, after no form of 'be' nor 'to', and its clause names a time ahead (module doc)."""
    if typ not in cues.timetabled_types:
        return False
    if nominal:  # 'hold joint drills next month': the present verb the deed's noun is the object of
        i = light_verb(toks, i, cues)
        if i is None:
            return False
    elif toks[i].low not in base_forms or toks[i].low.endswith("ing"):
        return False
    if not toks[i].raw.islower():
        return False
    prev = i - 1
    while prev >= 0 and (toks[prev].low in cues.adverbs or toks[prev].low.endswith("ly")):
        prev -= 1
    if prev >= 0 and (toks[prev].low in cues.be or toks[prev].low in cues.infinitive):
        return False
    text = f" {' '.join(clause_words(toks, i, cues))} "
    return any(f" {w} " in text for w in cues.time_ahead_words)


def light_verb(toks: list[Token], i: int, cues: Cues) -> int | None:
    """The present verb of doing (`timetable_light_verbs`: 'hold', 'stages', 'conducts') at most `NOUN_REACH` words
    before the deed's noun at token `i` ('hold joint naval drills'), with only words between; None without one."""
    for j in range(i - 1, max(-1, i - 1 - NOUN_REACH), -1):
        if not toks[j].word:
            return None
        if toks[j].low in cues.timetable_light_verbs:
            return j
    return None


def clause_words(toks: list[Token], i: int, cues: Cues) -> list[str]:
    """The lower-cased words of the verb's clause: back to a clause break word (not 'and') or a mark other than a
    comma (a fronted time: 'Next month, A and B hold drills'), on to any mark or clause break word."""
    start = i
    while start > max(0, i - CLAUSE_REACH) and (toks[start - 1].word or toks[start - 1].raw == ",") \
            and (toks[start - 1].low not in cues.clause_breaks or toks[start - 1].low == LEFT_BREAK_EXCEPT):
        start -= 1
    end = i + 1
    while end < min(len(toks), i + 1 + CLAUSE_REACH) and toks[end].word and toks[end].low not in cues.clause_breaks:
        end += 1
    return [t.low for t in toks[start:end] if t.word]
