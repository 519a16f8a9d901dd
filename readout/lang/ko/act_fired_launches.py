"""A Korean launch fired at a state: a launch whose 에 argument is a state, aimed at a state's direction noun
('에티오피아 쪽으로'), or aimed at anything but open sea or sky ('상선을 향해'), is force used (ASSAULT), not a show of
force; a noun run headed by a ship or unit whose first word is a state's name is that state's.

Why apart from `act_clauses`: this reads where a launch goes, the arguments of the launch's own clause.
"""
from __future__ import annotations

from dataclasses import replace

from readout.kb.geo import lookup_city
from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import COMPLEMENT_REACH, Candidate, joined, run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.country_words import read_word
from readout.lang.ko.endings import lemma_at
from readout.lang.ko.tags import CLAUSE_EDGE_TAGS, INSTRUMENTAL_PARTICLES, NOUN_TAGS, TOPIC_PARTICLES


def fired_at_state(toks: list, cand: Candidate, hit: ActHit, lex: ActIndex) -> ActHit | None:
    """'이란은 이스라엘에 탄도미사일을 발사했다': a launch whose 에 argument in the same clause is a state
    (its name heads the argument) is fire at that state, an actual use of force (ASSAULT); a launch into
    a sea or a zone ('동해상에', '수역에') stays a show of force. A launch aimed at anything ('상선을 향해',
    '초소를 겨냥해': a ship, a position, a town) is force used against a target too (manual, ASSAULT), unless
    what it is aimed at is open sea or sky ('동해상을 향해', cue open_area_noun)."""
    from readout.lang.ko.country_words import read_word  # countries -> mentions import this module's callers

    for j in range(cand.first - 1, max(0, cand.first - COMPLEMENT_REACH), -1):
        form, tag = toks[j][0], toks[j][1]
        noun = _aimed_noun(toks, j, lex)
        aimed = noun is not None
        toward = toward_state(toks, noun if aimed else j - 1, lex) if aimed or tag == "JKB" and form in INSTRUMENTAL_PARTICLES \
            else None
        if toward is not None:  # '[B] 쪽으로', '[B] 방향으로 발사했다', '[B] 쪽을 향해': fired at B
            return replace(hit, type="ASSAULT", mode="heavy-weapons", target=("을 향해" if aimed else "로",),
                           data={**hit.data, "fired_at": True, "target_spans": (toward,)})
        if not aimed and (tag in CLAUSE_EDGE_TAGS or tag == "JX" and form in TOPIC_PARTICLES):
            return None
        if aimed and toks[noun][1] in NOUN_TAGS and toks[noun][0] not in lex.cue("open_area_noun"):
            return replace(hit, type="ASSAULT", mode="heavy-weapons", target=("을 향해",),
                           data={**hit.data, "fired_at": True})
        if aimed:
            return None
        noun = j - 1
        if tag == "JKB" and form == "에" and toks[noun][1] in NOUN_TAGS:
            reading = read_word(toks[noun][0])
            if reading.codes and not reading.recipient:
                return replace(hit, type="ASSAULT", mode="heavy-weapons", target=("에",),
                               data={**hit.data, "fired_at": True})
            if lookup_city(toks[noun][0]) is not None:  # ploverko68: '키이우에 미사일을 발사했다': a city is its
                return replace(hit, type="ASSAULT", mode="heavy-weapons", target=("에",),  # state's ground
                               data={**hit.data, "fired_at": True,
                                     "target_spans": ((toks[noun][2], toks[noun][2] + toks[noun][3]),)})
            owned = owned_vessel(toks, noun, lex)
            if owned is not None:  # '필리핀 보급선에 물대포를 발사했다': fire at a state's ship is fire at the state
                return replace(hit, type="ASSAULT", mode="heavy-weapons", target=("에",),
                               data={**hit.data, "fired_at": True, "target_spans": (owned,)})
            return None
    return None


def toward_state(toks: list, noun: int, lex: ActIndex) -> tuple[int, int] | None:
    """'에티오피아 쪽으로', '에티오피아 방향으로', '에티오피아 쪽을 향해': a direction noun (cue direction_noun) right after
    a state's name, as where a launch goes, points it at that state; the character span of the name, or None. Why:
    kiwi reads 쪽 as a bound noun, so the name is not the argument the launch's particle marks."""
    if noun < 1 or toks[noun][0] not in lex.cue("direction_noun") or toks[noun - 1][1] not in NOUN_TAGS:
        return None
    reading = read_word(toks[noun - 1][0])
    if not reading.codes or reading.recipient:
        return None
    return toks[noun - 1][2], toks[noun - 1][2] + toks[noun - 1][3]


def owned_vessel(toks: list, end: int, lex: ActIndex) -> tuple[int, int] | None:
    """'필리핀 보급선', '중국 해경선', '일본 순시선': a noun run whose head is a ship, aircraft or unit (cues
    vessel_noun, force_noun; kiwi may split the compound: 보급 + 선) and whose first word is a state's name is
    that state's; the character span of the run, or None."""
    start = run_start(toks, end)
    heads = lex.cue("vessel_noun") | lex.cue("force_noun")
    if start == end or not any(joined(toks, m, end) in heads for m in range(start + 1, end + 1)):
        return None
    reading = read_word(toks[start][0])
    if not reading.codes or reading.recipient:
        return None
    return toks[start][2], toks[end][2] + toks[end][3]


def _aimed_noun(toks: list, j: int, lex: ActIndex) -> int | None:
    """The noun before '을 향해' / '를 겨냥해' when the connective ending at `j` closes such an aiming verb."""
    if toks[j][1] != "EC" or j < 3:
        return None
    verb = j - 2 if toks[j - 1][1] == "XSV" else j - 1  # 겨냥 + 하 + 여; 향하 + 여
    if lemma_at(toks, j - 1) not in lex.cue("aim_verb") or verb < 2 or toks[verb - 1][1] != "JKO":
        return None
    return verb - 2
