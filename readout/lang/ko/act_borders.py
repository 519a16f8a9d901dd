"""A border closed toward a named state: '대(對)토고 국경을 폐쇄했다', '토고와의 국경을 봉쇄했다'. Closing a border is
COERCE restrict in the lexicon (CAMEO 172/191: movement restricted, a border sealed with no one named); closed toward
one state it cuts the exchanges with that state, the manual's SANCTION 'discontinue' ("curtail, decrease, break ...
commercial, or material exchanges"), aimed at it. As English 'closed its border with X' (en_acts: close + border
with). Why a module of its own: the act finder (lang/ko/acts.py) reads which act a predicate states; this reads
what the noun's modifier makes of it."""
from __future__ import annotations

from dataclasses import replace

from readout.kb.loader import lexicon
from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import Candidate, joined
from readout.lang.ko.act_kind_cues import announced_measure
from readout.lang.ko.act_pledged_measures import plainly_said
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.toward import state_across
from readout.lang.ko.tags import TOPIC_PARTICLES


def closed_toward_state(text: str, toks: list, cand: Candidate, hit: ActHit, lex: ActIndex) -> ActHit | None:
    """The hit as SANCTION discontinue aimed at the state the closed border faces ('대(對)토고 국경을 폐쇄'), its
    name's span the first target; None where the act is no border closure or the word before names no state."""
    if (hit.type, hit.mode) != ("COERCE", "restrict") or cand.noun_end is None \
            or joined(toks, cand.first, cand.noun_end) not in lex.cue("border_noun"):
        return None
    start = toks[cand.first][2]
    head = text[:start]
    if not head.endswith(" ") or not head.split():
        return None
    word = head.split()[-1]
    across = state_across(word)
    if across is not None:
        at = len(head.rstrip()) - len(word)
        span = (at + across[0], at + across[1])
    else:
        span = faced_state(head)
    if span is None:
        return between_pair(head, hit, lex)
    return replace(hit, type="SANCTION", mode="discontinue", contexts=("economic",),
                   data={**hit.data, "target_spans": (span, *hit.data.get("target_spans", ()))})


def between_pair(head: str, hit: ActHit, lex: ActIndex) -> ActHit | None:
    """(sanction59) A border between 'the two countries' ('양국 간 유일한 국경 검문소를 폐쇄'): the pair is the actor and
    the story's other state, so the closure faces that state, SANCTION discontinue with no target of its own (the
    pipeline reads the story's counterpart: pipeline/act_measure_counterparts); None where no pair word precedes."""
    if lexicon("ko").re("border_pair_re").search(head) is None:
        return None
    return replace(hit, type="SANCTION", mode="discontinue", contexts=("economic",))


def faced_state(head: str) -> tuple[int, int] | None:
    """(coerce56) Where the state a border faces is named further back in the border noun's modifiers: 'X와 접한 모든
    육로 국경' (the border adjoining X), 'A국과 X 사이의 국경' (the border between the members and X), 'X와의 모든
    국경' (the partner before other modifiers); None when the word there names no single state."""
    from readout.lang.ko.country_words import read_word  # countries imports toward, as act_borders does

    m = lexicon("ko").re("border_faced_state_re").search(head)
    name = next((g for g in ("state", "state2", "state3") if m is not None and m.group(g)), None)
    if name is None or len(read_word(m.group(name)).codes) != 1:
        return None
    return m.span(name)


def closed_to_state(toks: list, cand: Candidate, hit: ActHit, lex: ActIndex) -> ActHit | None:
    """(fp23) Airspace closed to a named state's carriers ('X 항공사에 자국 영공을 폐쇄했다', 'X에 영공을 닫았다'): as a
    border closed toward a state, the act cuts that state's traffic, SANCTION discontinue aimed at it (as English
    'closed its airspace to X airlines', en_acts: close + airspace to); the name before 에/에게 in the clause is the
    side the pipeline reads as receiving it. Airspace closed to no one named stays COERCE restrict (cue
    `airspace_noun`)."""
    if (hit.type, hit.mode) != ("COERCE", "restrict") or cand.noun_end is None:
        return None
    nouns = lex.cue("airspace_noun")
    if not any(joined(toks, k, cand.noun_end) in nouns for k in range(cand.first, cand.noun_end + 1)):
        return None  # '자국 영공을': the noun run may open with an owner word
    for k in range(cand.first - 1, 0, -1):
        form, tag = toks[k][0], toks[k][1]
        if tag in ("EF", "SF", "JKS") or tag == "JX" and form in TOPIC_PARTICLES:
            return None
        if tag == "JKB" and form in ("에", "에게") and any(toks[j][1] == "NNP" for j in range(max(0, k - 3), k)):
            return replace(hit, type="SANCTION", mode="discontinue", contexts=("economic",))
    return None


def barred_carriers(toks: list, cand: Candidate, hit: ActHit, lex: ActIndex) -> ActHit | None:
    """(sanction57) A ban on a named state's aircraft or airlines in the banning state's airspace ('X 항공기의 영공
    통과를 금지했다', 'X 국적 항공사의 영공 진입을 막았다'): as airspace closed to that state's carriers, the act cuts
    its traffic, SANCTION discontinue aimed at it (as English 'banned Xian aircraft from its airspace',
    lang/en/act_border_closures.barred_carriers); the state before the carrier noun is the side the pipeline reads
    as receiving it. A ban on flights naming no state's carriers ('무인기의 영공 진입을 금지') stays COERCE restrict."""
    if (hit.type, hit.mode) != ("COERCE", "restrict") or cand.noun_end is None:
        return None
    if not any(toks[k][0] in lex.cue("airspace_noun") for k in range(cand.first, cand.noun_end + 1)):
        return None
    carriers = lex.cue("carrier_noun")
    for k in range(cand.first - 1, max(0, cand.first - CARRIER_REACH) - 1, -1):
        form, tag = toks[k][0], toks[k][1]
        if tag in ("EF", "SF", "JKS", "JKO") or tag == "JX" and form in TOPIC_PARTICLES:
            return None
        if form in carriers and any(toks[j][1] == "NNP" for j in range(max(0, k - 3), k)):
            return replace(hit, type="SANCTION", mode="discontinue", contexts=("economic",))
    return None


CARRIER_REACH = 6  # morphemes before the airspace noun the carriers' noun may stand ('X 국적 항공사 소속 여객기의')


def announced_closure(text: str, toks: list, cand: Candidate, hit: ActHit, lex: ActIndex) -> ActHit | None:
    """(charges52b) A border closed toward a state, said plainly of the future ('X와의 국경을 봉쇄하겠다고 밝혔다'):
    the measure announced, SANCTION discontinue planned, as 'said it would close the border with X' reads and as
    '가스 공급을 중단하겠다고 밝혔다' reads (charges52, act_kind_cues.announced_measure). The stem reading made the
    quoted closure a THREATEN before this module read it as a SANCTION, so the closure is read again from the stated
    COERCE; under '경고했다' or '위협했다' it stays the threat, and a condition makes it one again (act_conditions)."""
    if hit.type != "THREATEN" or hit.data.get("future_of") != "COERCE" or not plainly_said(toks, cand.stem, lex):
        return None
    stated = replace(hit, type="COERCE", mode=cand.entry.mode)
    closed = closed_toward_state(text, toks, cand, stated, lex) or closed_to_state(toks, cand, stated, lex)
    if closed is None or not announced_measure(closed.type, closed.mode, closed.contexts, lex):
        return None
    data = {k: v for k, v in closed.data.items() if k not in ("future_of", "stated_type")}
    return replace(closed, status="planned", target=cand.entry.target or hit.target, data=data)
