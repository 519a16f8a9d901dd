"""States a Korean act's phrase names that are not whom it is aimed at: a cargo's origin ('[사우디산] 나프타를 실은
유조선'), the coast an offshore place is located from ('[B국 앞바다]에서'), and a state written bare before a deed noun
whose doer is in the genitive ('A의 [B] 파병': where or whom the deed goes).

Why apart from `act_clauses`: this reads the noun phrases around an act for the states to leave out of its target.
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import SUBJECT_STOPS, back_to_subject
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.country_tables import origin_suffixes
from readout.lang.ko.country_words import read_word
from readout.lang.ko.tags import NOUN_TAGS, SUBJECT_TAGS


def cargo_origins(toks: list, first: int, lex: ActIndex) -> tuple[tuple[int, int], ...]:
    """'[사우디산] 나프타를 실은 라이베리아 선적 유조선을 나포했다', '라이베리아 선적의 [사우디산] 나프타 운반선': a state named as a
    cargo's origin (the word ends in an origin suffix, lexicon origin_suffixes) in the vessel's phrase, before the
    vessel noun at `first` back to the sentence's topic or subject, is what the ship carries, not whose ship it is;
    its character spans, when the phrase also names a state of its own (flag, owner, crew). With no other state
    named, the cargo's origin stays the only side the text gives (empty tuple)."""
    origins, others = [], False
    j = first - 1
    while j >= 0 and toks[j][1] not in SUBJECT_TAGS:  # back to the sentence's topic or subject
        if toks[j][1] == "NNP" and read_word(toks[j][0]).codes:
            if j + 1 < first and toks[j + 1][0] in origin_suffixes() and toks[j + 1][1] in ("XSN", "NNG"):
                origins.append((toks[j][2], toks[j + 1][2] + toks[j + 1][3]))
            else:
                others = True
        j -= 1
    return tuple(origins) if others else ()


def offshore_places(toks: list, first: int, lex: ActIndex) -> tuple[tuple[int, int], ...]:
    """'[B국 C시 북쪽 약 40해리 해상]에서 D국의 드론 공격을 받아', '[B국 앞바다]에서 유조선을 나포': a sea area located
    from a coast (a run before 에서 holding a sea noun, cue offshore_noun) says where the act took place; the coast's
    state is a reference point, not the one attacked (the vessel's flag is). Character spans, back to the sentence's
    topic or subject."""
    spans, j = [], first - 1
    while j > 0 and toks[j][1] not in SUBJECT_STOPS:
        if toks[j][:2] == ("에서", "JKB"):
            k = j - 1
            while k >= 0 and (toks[k][1] in NOUN_TAGS or toks[k][1] in ("SN", "MM", "NNB")):
                k -= 1
            if any(t[0] in lex.cue("offshore_noun") for t in toks[k + 1:j]):
                spans.append((toks[k + 1][2], toks[j - 1][2] + toks[j - 1][3]))
            j = k
            continue
        j -= 1
    return tuple(spans)


def deed_modifiers(toks: list, first: int) -> tuple[tuple[int, int], ...]:
    """'[A(군)의] [B] 파병을 규탄했다', 'A의 B 탄약 지원', 'A의 B 압박을 비판했다': in a deed named by a noun with its doer
    in the genitive, a state written bare right before the deed's noun is where or whom the deed goes (the
    destination, the one helped or pressed), not the one the judgement is aimed at: its doer is. Character spans of
    such states, back to the sentence's topic or subject."""
    return tuple((toks[j][2], toks[j][2] + toks[j][3]) for j in back_to_subject(toks, first - 1, 2)
                 if toks[j][1] == "NNP" and toks[j - 1][1] == "JKG" and j + 1 < first and toks[j + 1][1] == "NNG"
                 and read_word(toks[j][0]).codes and genitive_state(toks, j - 1))


def genitive_state(toks: list, jkg: int) -> bool:
    """The word ending in the genitive at `jkg` names a state ('북한의', '북한군의', '볼리비아군의': the name, or the name
    and one noun after it such as 군 or 정부)."""
    return any(toks[k][1] in NOUN_TAGS and read_word(toks[k][0]).codes for k in range(max(0, jkg - 2), jkg))
