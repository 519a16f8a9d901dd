"""(kohead46) The speaker of a reported passive calling a meeting off, when a side of it, is the one who called it
off: '페루와의 회담이 연기됐다고 칠레 외교부가 밝혔다', '칠레와 페루의 회담이 취소됐다고 칠레 정부는 전했다' are Chile's
REJECT meet toward Peru, as '회담이 칠레에 의해 연기됐다' is (kospeaker68) and as English reads 'Talks with B were
postponed, A said' (lang/en/meeting_speakers.py). A speaker who is no side of the meeting (a news agency, a third
state of a pair's meeting: '...고 C 외교부가 밝혔다') only reports it, and the meeting stays cancelled by no one named.
A side is a state the meeting's phrase names with another ('A와 B의 회담'), or, for a meeting named with one partner
only ('B와의 회담'), any state but that partner (the meeting's other side is the one who tells it).

Why here: the act reader asks it twice (`act_predicates` keeps the REJECT a passive with no named agent would drop;
`act_word_hits` makes the speaker its agent), one question in one place.
"""
from __future__ import annotations

from readout.lang.ko.country_words import countries_of_word
from readout.lang.ko.tags import CLAUSE_EDGE_TAGS, NOUN_TAGS, SUBJECT_PARTICLES

QUOTATIVE_ENDINGS = frozenset({"다고", "고"})  # '연기됐다고': the passive closed as what is said
SPEAKER_WORDS = 4  # morphemes the speaker's phrase may run to ('칠레 외교부 대변인', '칠레 측')


def speaking_side(toks: list, stem: int, meeting_end: int, say_verbs: frozenset[str]) -> tuple[int, int] | None:
    """The character span of the speaker who closes the sentence after the calling-off passive whose 되 is at `stem`
    ('연기/되/었/다고 [칠레 외교부]가 밝혔다'), when the speaker's state is a side of the meeting phrase ending at
    morpheme `meeting_end` (the meeting noun before its particle); else None. `say_verbs`: the verbs of saying
    and telling (ko_acts cues `saying_verb`, `fact_verb`)."""
    k = stem + 1
    while k < len(toks) and toks[k][1] == "EP":
        k += 1
    if k >= len(toks) or toks[k][1] != "EC" or toks[k][0] not in QUOTATIVE_ENDINGS:
        return None
    first = k + 1
    end = first
    while end < len(toks) and end - first < SPEAKER_WORDS and toks[end][1] in NOUN_TAGS:
        end += 1
    if end == first or end + 1 >= len(toks) or toks[end][0] not in SUBJECT_PARTICLES \
            or toks[end + 1][0] + "다" not in say_verbs:
        return None
    who = {c for t in toks[first:end] if t[1] == "NNP" for c in countries_of_word(t[0])}
    start = meeting_end
    while start > 0 and toks[start - 1][1] not in CLAUSE_EDGE_TAGS:
        start -= 1
    named = {c for t in toks[start:meeting_end + 1] if t[1] == "NNP" for c in countries_of_word(t[0])}
    if not who or not named:
        return None
    side = bool(who & named) if len(named) > 1 else not who & named
    return (toks[first][2], toks[end - 1][2] + toks[end - 1][3]) if side else None
