"""An act's object that names people, not a state: others' people, the actor's own, a court's judges.

Why a module of its own: force used on people ('언론인 2명을 체포했다'), a leader cheering his own nationals ('우리
기업인들을 격려했다') and a court named by its judges' title are read by many act readers (act_hit_domestic,
act_organs, act_attacked_*, act_owned_people ...); they share this one reading of the object's run and of the
compound the act word starts, apart from act_context.py's questions about the clause.
"""
from __future__ import annotations

from readout.kb.agents import phrases
from readout.lang.ko.act_aimed_objects import people_nouns
from readout.lang.ko.act_arguments import argument_runs
from readout.lang.ko.act_candidate import Candidate, joined, run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import INSTRUMENTAL_PARTICLES, OBJECT_PARTICLES, PLURAL_SUFFIX
from readout.lang.ko.words import title_of


def compound_first(toks: list, cand: Candidate) -> int:
    """(actors71) Where the act's verbal noun's compound starts, when bare nouns stand before the verbal noun of a
    light verb ('순찰대를 [매복] 공격했다', '[기습] 공격했다'): the manner they name is part of the act's word, and the
    object stands before them. Else the trigger's first morpheme."""
    light = cand.first + 1 < len(toks) and toks[cand.first + 1][1] == "XSV"
    return run_start(toks, cand.first) if light else cand.first


def domestic_object(toks: list, cand: Candidate, lex: ActIndex, nouns: frozenset[str] | None = None,
                    past_adjuncts: bool = False, past_means: bool = False) -> tuple[int, int] | None:
    """The character span of the act's object when it names people, not a state ('언론인 2명을 체포했다',
    '반정부 활동가들을', '이란 국적자들을'; cues people_noun, detainee_noun; or the given `nouns`): the pipeline gives
    them the state the span names, else the actor's own (force used by a state on its own people). `past_adjuncts`:
    the object may stand before an adjunct ('야당 대표를 [뇌물 혐의로] 기소했다', accuse56). `past_means`: before a means
    in 로/으로 only ('시위대 3명을 [총격으로] 살해했다', kopar53b: the people killed, not the gunfire)."""
    judges = nouns is None  # kooffices52: the people an act of force takes also hold a court's office
    nouns = people_nouns(lex) if nouns is None else nouns
    for start, end in argument_runs(toks, compound_first(toks, cand), lex, ""):
        after = end + 2 if end + 1 < len(toks) and toks[end + 1][:2] == PLURAL_SUFFIX else end + 1
        if after < len(toks) and toks[after][1] == "NNB" and toks[after][0] in lex.cue("example_noun"):
            after += 1  # '야당 의원과 활동가 등 20명을'
        while after + 1 < len(toks) and (toks[after][1] in ("SN", "NR") or toks[after][1] == "MM"
                                         and toks[after][0] in lex.cue("count_determiner")) \
                and toks[after + 1][1] in ("NNB", "XSN"):  # koattack52: '농민 [한] 명을': kiwi's determiner 한/MM
            after += 2 + (toks[after + 1][1] == "XSN" and after + 2 < len(toks) and toks[after + 2][1] == "NNB")
            # '언론인 2명을', '시위대 30여 명을': the count between the noun and its particle
        if after >= len(toks) or toks[after][0] not in OBJECT_PARTICLES:
            if (past_adjuncts or past_means and toks[after][0] in INSTRUMENTAL_PARTICLES) and after < len(toks) \
                    and toks[after][1] == "JKB":
                continue
            return None
        if any(joined(toks, k, end) in nouns for k in range(start, end + 1)) \
                or judges and any(judiciary_title(joined(toks, k, end)) for k in range(start, end + 1)):
            return toks[start][2], toks[end][2] + toks[end][3]
        return None
    return None


JUDICIARY = "JUD"


def judiciary_title(form: str) -> bool:
    """(kooffices52) A title of the office table whose sector is the judiciary's ('판사', '재판관', '대법관'): its holder
    arrested or harmed is a person of the state, read as the court's (act_organs.office_sector gives JUD), as English
    'arrested a judge' reads; left out, '판사를 체포했다' gave the object no span and the pipeline's civilians (CVL).
    The office table decides, not a list of this module's."""
    return bool(title_of(form)) and phrases("ko").get(form) == JUDICIARY


def own_people_object(toks: list, cand: Candidate, lex: ActIndex) -> bool:
    """The object of a verb of support names the actor's own people ('우리 기업인들을 격려했다', '현지 동포들을
    격려했다', '자국 선수단을 치하했다'): a leader cheering his own nationals abroad supports no other side. The
    nearest argument is marked 을/를, its head a people noun (cues people_noun, compatriot_noun) and its run opens
    with a self word (cue self_noun: 우리, 자국) or its head is itself a word for compatriots abroad (cue
    expatriate_noun)."""
    people = lex.cue("people_noun") | lex.cue("compatriot_noun")
    first = cand.first
    if first >= 2 and toks[first - 1][1] == "EC" and toks[first - 1][0] in ("어", "아", "고") \
            and toks[first - 2][1] == "VV":
        first -= 2  # '동포들을 만나 격려했다': the object of the verb joined before is the one cheered
    for start, end in argument_runs(toks, first, lex, ""):
        after = end + 2 if end + 1 < len(toks) and toks[end + 1][:2] == PLURAL_SUFFIX else end + 1
        if after >= len(toks) or toks[after][0] not in OBJECT_PARTICLES:
            return False
        head = toks[end][0]
        own = toks[start][0] in lex.cue("self_noun") or start > 0 and toks[start - 1][0] in lex.cue("self_noun")
        return head in lex.cue("compatriot_noun") and (own or head in lex.cue("expatriate_noun")) \
            or own and head in people
    return False
