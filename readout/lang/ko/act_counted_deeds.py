"""(koacts60, issue 13) A deed told once in the plain past with a vague count of times: '여러 차례 포격했다',
'수차례 공습했다고 밝혔다', '몇 번 미사일을 쐈다'.

Why: precision49 drops an act word after an indefinite count of times ('여러 차례', '수차례', '몇 번') as a tally
over a stretch with no day of its own ('취임 이후 여러 차례 대규모 훈련을 벌여왔다'). English reads the same tally
by its tense: 'has repeatedly shelled', 'has shelled ... several times' (the perfect) is background, but 'repeatedly
shelled', 'shelled the post several times' and 'said X had repeatedly shelled' (the past) tell one past deed, one
event that occurred (lang/en/act_background.habitual). Korean has no perfect; its continuative '-아/어 오다'
('포격해 왔다') and a present ('포격한다') tell the habit. So a vague count keeps its act where the act's own predicate
is in the plain past (a past marker -었- before its first ending, no auxiliary 오다 'come to' nor a present), and
no stretch is named before the count ('이후', '이래', '들어', '동안': '올 들어 수차례' is the year's tally, kept out).
Limits: the predicate is the first ending after the act word; a past adnominal reported ('포격한 것으로 알려졌다')
has no -었- and stays a tally.
"""
from __future__ import annotations

PAST_MARKERS = frozenset({"었", "았", "였", "었었", "았었"})  # kiwi's EP forms of the plain past (not 겠)
CONTINUATIVE_AUXILIARY = "오"  # '-아/어 오다': the act goes on over a stretch (the English perfect)


def told_in_plain_past(toks: list, begin: int) -> bool:
    """Whether the first ending from character `begin` (the act word's start; its hit may hold its own past marker,
    '공습했') closes a predicate in the plain past: a past marker before it, and no auxiliary 오다 on the way
    (`toks`: (form, tag, start, length) morphemes)."""
    past = False
    for form, tag, start, _ in toks:
        if start < begin:
            continue
        if tag == "VX" and form == CONTINUATIVE_AUXILIARY:
            return False  # '포격해 왔다': a habit over a stretch
        if tag == "EP":
            past = past or form in PAST_MARKERS
            continue
        if tag.startswith("E"):
            return past
    return False


def vague_count_told_once(text: str, start: int, count_match, stretch_before, toks: list) -> bool:
    """Whether a vague count of times (`count_match`: the lexicon's repeated_count_before_re, searched before the
    act word at `start`) tells one past deed: no stretch named right before the count (`stretch_before`,
    repeated_count_stretch_re) and the act's predicate in the plain past."""
    if count_match is None:
        return False
    if stretch_before.search(text, max(0, count_match.start() - STRETCH_REACH), count_match.start()):
        return False
    return told_in_plain_past(toks, start)


STRETCH_REACH = 12  # characters before the count where the stretch it counts over stands ('올 들어 ', '취임 이후 ')
