"""(kohand48) Where a verb that also leads takes people, marked 로: a state or its capital receives them (a handover),
any other place is where they are led (no act).

Why: 인도하다 hands over and leads (cue lead_verb). '남성 2명을 [볼리비아로] 인도했다' hands the men to Bolivia, as
English 'handed the two men over to Bolivia' does, but the plain people's pairs took only a receiver marked 에/에게 and
read any 로 place as leading (kotwins48), so no event; and '용의자를 [병원으로] 인도했다' read the hospital as the
suspect's receiver, a COOPERATE handed to no side. Here the noun run before each 로/으로 of the act's clause is read: a
state's name (lang/ko/country_tables) or a foreign capital (kb.geo `capital_state`, as lang/ko/capital_destinations
reads it) names a side; any other noun a place one is led to.
"""
from __future__ import annotations

from readout.kb.geo import capital_state
from readout.kb.loader import lexicon
from readout.lang.ko.act_candidate import Candidate, run_start
from readout.lang.ko.act_kind_cues import LED_REACH
from readout.lang.ko.country_tables import tables
from readout.lang.ko.tags import CLAUSE_BREAK_TAGS, INSTRUMENTAL_PARTICLES, NOUN_TAGS


def led_places(toks: list, cand: Candidate) -> list[tuple[int, int]]:
    """The noun runs (first, last morpheme) marked 로/으로 in the act's own clause, before its verb."""
    start = max(0, cand.first - LED_REACH)
    ends = [j for j in range(start, cand.first) if toks[j][1] in CLAUSE_BREAK_TAGS]
    start = ends[-1] + 1 if ends else start
    return [(run_start(toks, j - 1), j - 1) for j in range(max(start, 1), cand.stem)
            if toks[j][1] == "JKB" and toks[j][0] in INSTRUMENTAL_PARTICLES and toks[j - 1][1] in NOUN_TAGS]


def names_side(toks: list, run: tuple[int, int]) -> bool:
    """A stretch of the run's morphemes is a state's name ('볼리비아', '칠레 경찰') or a foreign capital ('키토')."""
    names, home = tables().names, lexicon("ko")["dateline_home"]
    forms = [t[0] for t in toks[run[0]:run[1] + 1]]
    for form in ("".join(forms[i:j]) for i in range(len(forms)) for j in range(i + 1, len(forms) + 1)):
        if form in names:  # kiwi may split a name ('키/토'): each joined stretch of the run is read
            return True
        state = capital_state(form)
        if state is not None and state != home:
            return True
    return False


def state_destinations(toks: list, cand: Candidate) -> list[tuple[int, int]]:
    """The character spans of the 로 runs that name a side: whom a handover led there is handed to."""
    return [(toks[lo][2], toks[hi][2] + toks[hi][3]) for lo, hi in led_places(toks, cand) if names_side(toks, (lo, hi))]


def led_only(toks: list, cand: Candidate, spans: list, lex, lemma: str) -> tuple[bool, list]:
    """(led, spans) for a handover by a verb that also leads: its 로 places that name no side dropped from `spans`; led
    when a 로 place was there and no receiver is left."""
    if lemma not in lex.cue("lead_verb"):
        return False, spans
    places = led_places(toks, cand)
    if not places:
        return False, spans
    sided = state_destinations(toks, cand)
    plain = {(toks[lo][2], toks[hi][2] + toks[hi][3]) for lo, hi in places} - set(sided)
    kept = [s for s in spans if not any(s[0] <= p[0] and p[1] <= s[1] for p in plain)]
    return not kept and not sided, kept or sided
