"""Where Korean force landed: the place argument before a force verb ('하르키우를 공습했다', '베이루트 남부에 폭격을
가했다'), and a settlement of civilians struck ('[티그라이 지역의 한] 마을에 공습을 가했다') with whether its owner is a known
place. The pipeline reads the state the span names, else the state of the place it names.
"""
from __future__ import annotations

from readout.kb.geo import country_index
from readout.lang.ko.heard_cities import known_town
from readout.lang.ko.act_candidate import Candidate, duration_end, joined, run_start, COMPLEMENT_REACH
from readout.lang.ko.act_arguments import argument_runs
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.counted_runs import particle_after
from readout.lang.ko.market_sites import genitive_name_before
from readout.lang.ko.tags import (CLAUSE_EDGE_TAGS, COORDINATING_PARTICLES, INSTRUMENTAL_PARTICLES, NOUN_TAGS,
                                  TOPIC_PARTICLES)

PLACE_TARGET_TYPES = frozenset({"ASSAULT"})  # force used on a place is used on the state it is in
STRUCK_PARTICLES = frozenset({"을", "를", "에"})
INSTRUMENT_PARTICLES = INSTRUMENTAL_PARTICLES


def struck_place(toks: list, cand: Candidate, lex: ActIndex) -> list[tuple[int, int]]:
    """'러시아군은 하르키우를 공습했다', '북한군은 연평도를 포격했다', '베이루트 남부에 폭격을 가했다': the
    nearest argument before a force verb, marked 을/를 or 에, is where the force landed; the pipeline reads
    the state it names, else the state of the place it names (`target_spans`). A pair's noun before the place
    ('드론으로 러시아 정유시설을 공격했다'): the place stands between the pair's noun and its verb."""
    if cand.noun_end is not None:
        inside = inner_struck(toks, cand.noun_end + 1, cand.stem)
        if inside is not None:
            return [inside]
    for start, end in argument_runs(toks, cand.first, lex, ""):
        after = particle_after(toks, end)  # koforeign70: '반군 다섯 명을', '대원들을': past the plural and the count
        particle = toks[after] if after < len(toks) else ("", "")
        if start == end and not particle[1].startswith("J") and duration_end(toks, end, lex):
            continue  # koattack52: '헤르손을 [밤새] 포격했다': a time adverbial between the place and the verb
        if particle[0] in STRUCK_PARTICLES and particle[1].startswith("J"):
            return [(toks[owned_start(toks, start)][2], toks[end][2] + toks[end][3])]
        if particle[0] not in INSTRUMENT_PARTICLES | COORDINATING_PARTICLES:
            return []  # '미사일로 공격': the means stands between ('미사일과 드론을': a weapon coordinated with the
            # pair's noun too); another argument ends the search
    return []


def unknown_owner(toks: list, span: tuple[int, int]) -> bool:
    """(koattack51b) The site at the character `span` is owned in the genitive by a proper name that neither the
    gazetteer nor the country index knows ('[니코폴의] 장터를'): a town of any state, so its people must not be the
    attacker's own by default, as `struck_settlement` keeps an unknown town's village (its `known`)."""
    start = next((k for k, t in enumerate(toks) if t[2] == span[0]), None)
    owner = genitive_name_before(toks, start) if start is not None else None
    if owner is None:
        return False
    return not any(known_town(toks[m][0]) or country_index().get(toks[m][0])
                   for m in range(run_start(toks, owner), owner + 1))  # koattack52: a town heard by sound is known


def owned_start(toks: list, start: int) -> int:
    """(kofix49) Where a struck place's span starts: at its owner's run when a proper name in the genitive owns it
    ('[시리아의] 국방부를', '[카불의] 국방부를 공격했다'), so the pipeline reads the owner's state, as it reads '시리아
    국방부를' written without 의; (koattack51) also through the name's vicinity noun ('[하르키우 인근의] 장터를'); else
    at the place's own run."""
    owner = genitive_name_before(toks, start)
    return run_start(toks, owner) if owner is not None else start


def struck_settlement(toks: list, cand: Candidate, lex: ActIndex) -> tuple[tuple[int, int], bool] | None:
    """'[티그라이 지역의 한] 마을에 공습을 가했다', '[다르푸르의] 난민촌을 포격했다': the nearest argument before the
    force, marked 을/를 or 에, is a place civilians live (cue settlement_noun); its character span from the place
    that owns it in the genitive (past a determiner: '한'), and whether the pipeline may give its people the
    attacker's own state where the span names no other (`domestic_target`): only where its owner is a place the
    gazetteer knows (an unknown town, or none named, may lie in another state). None when the nearest such
    argument is any other place."""
    for j in range(cand.first - 1, max(0, cand.first - COMPLEMENT_REACH), -1):
        form, tag = toks[j][0], toks[j][1]
        if tag in CLAUSE_EDGE_TAGS or tag == "JX" and form in TOPIC_PARTICLES:
            return None
        if form not in STRUCK_PARTICLES or not tag.startswith("J") or toks[j - 1][1] not in NOUN_TAGS:
            continue
        start, end = run_start(toks, j - 1), j - 1
        if not any(joined(toks, k, end) in lex.cue("settlement_noun") for k in range(start, end + 1)):
            return None
        k = start - 1
        if k >= 0 and toks[k][1] == "MM":
            k -= 1  # '한 마을': a determiner between the owner and the place
        known = any(named_place(toks[m][0]) for m in range(start, end))  # kooffices52: '[차드] 마을을', the name
        # written without 의 in the place's own run names it as the genitive's owner would
        if k >= 1 and toks[k][1] == "JKG" and toks[k - 1][1] in NOUN_TAGS:
            start = run_start(toks, k - 1)
            known = any(named_place(toks[m][0]) for m in range(start, k))
        return (toks[start][2], toks[end][2] + toks[end][3]), known
    return None


def named_place(form: str) -> bool:
    """Whether a word names a place the gazetteer knows: a state, or a town the tables read or hear."""
    return bool(known_town(form) or country_index().get(form))


def inner_struck(toks: list, lo: int, hi: int) -> tuple[int, int] | None:
    """The first noun run between morphemes lo and hi (a pair's noun and its verb) marked 을/를 or 에: where
    the force landed, as character offsets; None when there is none."""
    for k in range(lo, hi):
        if toks[k][0] in STRUCK_PARTICLES and toks[k][1].startswith("J") and k > lo and toks[k - 1][1] in NOUN_TAGS:
            start = max(lo, run_start(toks, k - 1))
            return toks[start][2], toks[k - 1][2] + toks[k - 1][3]
    return None
