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

PAIR_CHARS = 60  # characters back from a name of the pair to its 'between' ('between the Gambia and ')
OPENING_WORDS = 2  # tokens before an opening accord noun: its determiner and one modifier ('The fragile truce')


def manner_mediations(lex, text: str, found: list[Trigger]) -> list[Trigger]:
    """The meeting triggers of the fronted manner mediations of `text` (the lexicon's `manner_mediation_re`, its
    group `word` the mediation's noun or participle), none where another meeting word was `found`; mode third-party,
    kind predicate (the meeting is held as the deed it brought about is done)."""
    if found:
        return []
    out = brokered_relatives(text)
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
    if (by := lex.re("brokered_by_re").match(text, trigger.end)) is not None:
        return brokered_role(lex, text, start, trigger.end, by.end())
    phrase = lex.re("manner_mediation_re").match(text)
    if phrase is None or phrase.start("word") != trigger.start:
        return None
    if start < phrase.end():
        return "other"
    return "with" if lex.re("manner_mediation_sides_re").fullmatch(text, phrase.end(), start) else None


def brokered_relatives(text: str) -> list[Trigger]:
    """(acts59, issue 13) The meeting triggers of the reduced relatives of mediation that open a sentence's subject
    ('A truce brokered by Q between A and B took hold', 'The ceasefire between A and B, mediated by Q, held'): the
    participle, mode third-party, as the active 'Q brokered a truce between A and B' is a meeting of the three
    (lang/en/act_brokered_accords reads the pair's AGREE). Only where the accord noun opens the sentence after its
    determiner and at most one modifier: an accord named later ('accused B of violating the truce brokered by Q')
    is background, no mediation of the day. (speed60, issue 20) A sentence with no 'by' in it holds no such relative
    (its participle stands before the token 'by'): it is left before it is tokenized a second time, as every
    sentence with no meeting word of its own was (the act finder's words are read later, in another step)."""
    if "by" not in text.lower():
        return []
    from readout.lang.en.act_brokered_accords import brokered_nouns
    from readout.lang.en.acts import matcher, tokenize, walk_tokens
    cues = matcher().cues
    toks = walk_tokens(tokenize(text))
    return [Trigger(toks[i].start, toks[i].end, toks[i].raw, "third-party", "occurred", kind="predicate")
            for noun, i in brokered_nouns(toks, cues)
            if noun <= OPENING_WORDS and toks[0].low in cues.determiners]


def brokered_role(lex, text: str, start: int, by_start: int, by_end: int) -> str | None:
    """The role of the name at `start` towards a reduced relative of mediation whose by-phrase spans `by_start` to
    `by_end`: the
    go-between inside it is a party as the active form's subject is ('subject'); one of the pair after 'between'
    (the lexicon's `brokered_pair_before_re` ending at the name) meets it ('with'); None for any other name."""
    if by_start <= start < by_end:
        return "subject"
    return "with" if lex.re("brokered_pair_before_re").search(text, max(0, start - PAIR_CHARS), start) else None


def broken_between(text: str, between_end: int) -> bool:
    """(koacts60) Whether the mediation matched up to the "between" ending at character `between_end` ('a
    Q-brokered truce between', lexicon `meeting_mediation_re`) is of an accord that broke down: its pair then a
    predicate of breaking ('... between A and B collapsed', act_brokered_accords.accord_broke). The sentence tells the
    accord's end, no mediation of that day."""
    from readout.lang.en.act_brokered_accords import broken_after_between
    from readout.lang.en.acts import matcher, tokenize, walk_tokens
    toks = walk_tokens(tokenize(text))
    between = next((k for k, t in enumerate(toks) if t.end == between_end), None)
    return between is not None and broken_after_between(toks, between, matcher().cues)
