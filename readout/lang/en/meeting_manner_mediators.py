"""(acts59, issue 13) A deed done through a go-between named in a fronted manner phrase ('Under Qatar's mediation, A
and B exchanged prisoners', 'Under the mediation of C, A and B signed ...', 'With C mediating, A and B ...'): the
mediation itself is a meeting of the go-between with both sides (CAMEO 045 'mediate', PLOVER CONSULT mode third-party,
"Meeting is hosted by a third party"), read beside the sides' own deed, as the Korean reader reads 'C의 중재로 A와 B가
포로를 교환했다' (lang/ko/meeting_mediated_deeds). Where the sentence names a meeting word of its own ('Under C's
mediation, A and B held talks'), that word is the meeting the go-between sat in (lang/base/meetings.brokered), so the
manner phrase gives no second one. A deed denied after the phrase ('... did not exchange') tells no mediation held;
one ahead ('... will exchange') a mediation planned."""
from __future__ import annotations

from readout.lang.base import Trigger


def manner_mediations(lex, text: str, found: list[Trigger]) -> list[Trigger]:
    """The meeting triggers of the fronted manner mediations of `text` (the lexicon's `manner_mediation_re`, its
    group `word` the mediation's noun or participle), none where another meeting word was `found`; mode third-party,
    kind predicate (the meeting is held as the deed it brought about is done)."""
    if found:
        return []
    out = []
    for m in lex.re("manner_mediation_re").finditer(text):
        if lex.re("manner_mediation_denied_re").match(text, m.end()):
            continue
        status = "planned" if lex.re("manner_mediation_planned_re").match(text, m.end()) else "occurred"
        out.append(Trigger(m.start("word"), m.end("word"), m.group("word"), "third-party", status, kind="predicate"))
    return out


def manner_side(lex, text: str, start: int, trigger: Trigger) -> str | None:
    """The role of the name at `start` towards a fronted manner mediation (`trigger`): the go-between named inside
    the phrase ('Under Qatar's mediation', 'of the African Union') stays apart ('other'), as the Korean reader and a
    brokered meeting word keep it (kospeaker68: the CONSULT is the two sides', mode third-party); a side
    of the deed it brought about, standing after the phrase among the main clause's subject words before its verb
    (names, 'and', 'the', commas: the lexicon's `manner_mediation_sides_re`), meets the go-between ('with'). None
    for any other name or trigger: the usual readers decide."""
    if trigger.mode != "third-party":
        return None
    phrase = lex.re("manner_mediation_re").match(text)
    if phrase is None or phrase.start("word") != trigger.start:
        return None
    if start < phrase.end():
        return "other"
    return "with" if lex.re("manner_mediation_sides_re").fullmatch(text, phrase.end(), start) else None
