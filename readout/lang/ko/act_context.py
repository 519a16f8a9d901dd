"""What the clause around a Korean act trigger says about it: a negating adverb, a shared view of a
threat, an abstract or provoking argument, what a request asks for, a threat's mode, a serial captor. (Its subject
is act_clause_subjects', the place force landed on act_struck_places', a passive's agent act_passive_agents', an
armed target act_armed_targets'; a judged deed, its kind and a quoted verdict act_judged_kinds', an object naming
people or the actor's own act_people_objects' (debt57).)

Why its own module: each reader answers one question about a candidate (`act_candidate.Candidate`) from
the morphemes before it; `acts.py` puts the answers into the ActHit.
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate, back_to_subject, joined, run_start
from readout.lang.ko.act_arguments import argument_runs, before_manner
from readout.lang.ko.act_forewarnings import threatened_mode
from readout.lang.ko.act_judged_kinds import joint_before
from readout.lang.ko.act_noun_lookup import act_noun
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.act_wish_modes import clause_demand, demanded_verb_mode, halted_work_mode, past_demand_owner
from readout.lang.ko.endings import lemma_at
from readout.lang.ko.market_sites import placed_site_tokens
from readout.lang.ko.tags import (ACT_VERB_TAGS, CLAUSE_BREAK_TAGS, FUTURE_ETM, INSTRUMENTAL_PARTICLES, JOINING_ENDINGS,
                                  NOUN_TAGS, SENTENCE_END_TAGS)


def negated_before(toks: list, cand: Candidate, lex: ActIndex) -> bool:
    """안/못 right before the verb: 안 쐈다, 대응을 안 했다."""
    for i in {cand.first - 1, cand.stem - 1}:
        if 0 <= i < len(toks) and toks[i][1] == "MAG" and toks[i][0] in lex.cue("negation_adverb"):
            return True
    return False


SHARED_VIEW_REACH = 8  # morphemes between a shared-view verb and the predicate noun of its complement


def threat_complement(toks: list, cand: Candidate, lex: ActIndex) -> int | None:
    """The view shared is that something is a threat or a violation: '...이 위협이라는 데', '...이 위반
    이라는 점에' (a threat noun, the copula or 라는, then 데/점 before the shared-view words), '...이 평화를 위협하고
    있다는 데' (a verdict verb). The index of the threat word, or None."""
    for k in range(max(0, cand.first - SHARED_VIEW_REACH), cand.first):
        if toks[k][1] == "NNG" and toks[k][0] in lex.cue("threat_noun") and \
                any(toks[m][1] == "ETM" for m in range(k + 1, min(cand.first, k + 4))):
            return k
        if threat_verb_view(toks, k, cand.first, lex):
            return k
    return None


def threat_verb_view(toks: list, k: int, first: int, lex: ActIndex) -> bool:
    """'...이 지역 안보를 위협하고 있다는 데 인식을 같이했다': a verdict verb (cue verdict_verb) in the present or past,
    not negated and no forecast, closing the complement before the shared-view words: the view is an accusation
    of the complement's subject, not a threat by the sharers."""
    if toks[k][1] not in ACT_VERB_TAGS or lemma_at(toks, k) not in lex.cue("verdict_verb"):
        return False
    for m in range(k + 1, first):
        if toks[m][1] == "VX" and toks[m][0] in lex.cue("negation_aux"):
            return False  # '위협하지 않는다는 데'
        if toks[m][1] == "ETM":
            return toks[m][0] not in FUTURE_ETM  # '위협할 수 있다는 데' is weighed, '위협하고 있다는 데' stated
    return False


WEAPON_MODES = frozenset({"aerial", "heavy-weapons", "drone", "explosives", "firearms"})  # a verb naming its means


def abstract_target(toks: list, cand: Candidate, lex: ActIndex) -> bool:
    """The nearest argument before a force verb is an abstraction (관계, 질서, 신뢰): no force is used. (koacts55b) A
    word both an abstraction and a site people gather at ('시장': the economy's figure, a market) struck by a verb
    whose own mode names a weapon ('폭격하다' aerial, '포격하다' heavy-weapons) is the site: no figure is bombed, as
    English 'bombed the market' reads; a plain '시장을 공격했다' stays the figure."""
    for start, end in argument_runs(toks, cand.first, lex, ""):
        if cand.entry.mode in WEAPON_MODES and toks[end][0] in lex.cue("settlement_noun"):
            return False
        return toks[end][0] in lex.cue("abstract_noun") and not placed_site_tokens(toks, end)  # kofix49: '라고스의 시장을'
    return False


def threatened_value(toks: list, cand: Candidate, lex: ActIndex) -> bool:
    """The object of a threat verb is an abstraction (평화, 안보, 질서) right before it, past an adverb ('무기 거래가
    안보를 [동시에] 위협하고 있다며', '안전을 [심각하게] 위협한다'): conduct described as dangerous, a claim about it,
    not a threat of action made to anyone (PLOVER THREATEN)."""
    j = before_manner(toks, cand.first - 1, TIME_ADVERB_NOUNS)  # '동시에', '한꺼번에': an adverb of manner
    return j >= 1 and toks[j][1] == "JKO" and toks[j - 1][0] in lex.cue("abstract_noun")


TIME_ADVERB_NOUNS = frozenset({"동시", "한꺼번", "직접", "심각"})  # nouns that with 에 qualify the verb's manner


def headed_places(toks: list, first: int, lex: ActIndex) -> tuple[tuple[int, int], ...]:
    """The character spans of the places a modifier of the act's object says it was heading to ('[리비아]로 향하던
    화물선을 나포했다'; a noun run + 로/으로 + a heading verb, cue heading_verb, + an adnominal ending), from the
    trigger back to the clause's topic or subject: a destination, never the recipient."""
    spans = []
    for j in back_to_subject(toks, first - 3):
        if toks[j][1] == "JKB" and toks[j][0] in INSTRUMENTAL_PARTICLES and toks[j + 1][1] == "VV" \
                and toks[j + 1][0] in lex.cue("heading_verb") and toks[j + 2][1] == "ETM" and toks[j - 1][1] in NOUN_TAGS:
            lo = run_start(toks, j - 1)
            spans.append((toks[lo][2], toks[j - 1][2] + toks[j - 1][3]))
    return tuple(spans)


SERIAL_ENDINGS = JOINING_ENDINGS  # 'X가 A를 나포하면서 B도 억류됐다': one deed told in two clauses


def serial_captor(toks: list, cand: Candidate, lex: ActIndex) -> tuple[int, int] | None:
    """The agent of a passive seizure or arrest with none of its own ('...선원 3명도 억류됐다') when the clause before,
    joined by -면서/-며/-고, tells an active seizure or arrest with its subject ('X군이 화물선을 나포하면서'): the same
    captor (its subject's span). None where the clause before tells another kind of act or names no subject."""
    j = joint_before(toks, cand.first, 1, ("EC", SERIAL_ENDINGS), "XSV")
    if j is None:
        return None
    found = act_noun(toks, run_start(toks, j - 2), j - 2, lex, True) if toks[j - 2][1] in NOUN_TAGS else None
    if found is None or found[0].type != cand.entry.type:
        return None
    for k in range(j - 2, 0, -1):
        if toks[k][1] in CLAUSE_BREAK_TAGS:
            return None
        if toks[k][1] == "JKS" and toks[k - 1][1] in NOUN_TAGS:
            return toks[run_start(toks, k - 1)][2], toks[k - 1][2] + toks[k - 1][3]
    return None


def wish_mode(toks: list, cand: Candidate, lex: ActIndex) -> str | None:
    """A request's or refusal's mode from what is asked: 석방을 요구 (yield), 대화 재개를 촉구 (meet),
    도발을 중단하라고 (yield). Reads the nearest noun run before the verb, any common noun of it, after the demanded
    clause's verb and a halted policy (act_wish_modes: '무기를 내려놓으라고' yield, '댐 건설을 중단하라고' change), past
    the demand's owner between the clause and the demand noun ('석방하라는 핀란드의 요구', act_wish_modes.past_demand_owner)
    and past the demand noun a verb of refusing takes as its object ('폐지하라는 요구를 일축했다', clause_demand)."""
    first = clause_demand(toks, cand.first, lex)  # plover54: '폐지하라는 요구를 [일축했다]': from the demand noun
    i, verb, owner = first - 1, None, 0
    while i >= 0 and toks[i][1] not in NOUN_TAGS:
        if toks[i][1] in SENTENCE_END_TAGS or first - i - owner > 6:
            return None
        verb = i if toks[i][1] == "VV" else verb  # kopar53b: the demanded clause's own verb ('내려놓으라고')
        past = past_demand_owner(toks, i, lex)  # plover54: '석방하라는 [핀란드의] 요구': the owner is no content
        owner, i = owner + i - past, (past if past < i else i - 1)
    if i < 0:
        return None
    start = run_start(toks, i)
    told = demanded_verb_mode(toks, verb, start, i, lex) if verb is not None else None
    told = told or halted_work_mode(toks, i, lex)  # kopar53b: '댐 건설을 중단하라고' changes a policy
    if told:
        return told
    words = {toks[k][0] for k in range(start, i + 1) if toks[k][1] != "NNP"}  # '인도를' the state is no handover
    for mode in ("yield", "meet", "assist", "change"):
        if words & lex.cue(f"mode_{mode}"):
            return mode
    return None


def threat_mode(toks: list, cand: Candidate, lex: ActIndex) -> str | None:
    """A threat's mode from what it threatens, the nearest argument before the verb: force ('군사 행동을
    위협', cue violence_noun: violence), or an act noun of a hostile type ('제재를 경고': relations; a trade measure,
    '관세 부과를 위협': restrict, `threatened_mode`)."""
    for start, end in argument_runs(toks, cand.first, lex, ""):
        violence = {w.replace(" ", "") for w in lex.cue("violence_noun")}  # keys are unspaced
        if any(joined(toks, k, end) in violence for k in range(start, end + 1)):
            return "violence"
        found = act_noun(toks, start, end, lex, nominals=True)
        return threatened_mode(found[0].type, found[0].contexts, found[0].mode) if found else None  # sanction59: '관세 부과를 위협'
    return None


def left_a_place(toks: list, cand: Candidate, lex: ActIndex) -> bool:
    """The nearest argument before the verb is a proper name marked 에서 ('일본에서 물러났다', '가자지구에서
    물러났다'): a force leaving a country or a town withdraws from it; leaving an office ('총리직에서
    물러났다', a common noun) is resigning."""
    for start, end in argument_runs(toks, cand.first, lex, ""):
        return end + 1 < len(toks) and toks[end + 1][0] == "에서" and toks[end][1] == "NNP"
    return False
