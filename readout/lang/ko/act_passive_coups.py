"""(coups50, issue 15) A leader ousted, in the passive, by a coup or by armed men: '대통령이 군부에 의해 축출됐다',
'정부가 쿠데타로 전복됐다', '대통령이 쿠데타로 실각했다'.

Why: the active readers (act_coup_means, act_coup_ousters, act_armed_ousters) read who ousted whom from a subject and
an object; in the passive the leader is the subject and the doers stand in an '에 의해' phrase or are not named at all,
so the ousting read an expulsion of a person (SANCTION expel, no state receiving it) or nothing, while English 'was
deposed by officers' and 'was overthrown in a coup' are the coup. A coup is a state's armed men acting on their own
government (coup48: CAMEO 180 -> ASSAULT, pro_autocracy), so a passive of a verb of ousting (cue ousting_verb, its
되다 form) or a verb of falling from power (cue ousted_verb: 실각하다, 쫓겨나다), whose subject is a leader or
government (cue ousted_leader_noun) and whose clause names armed men as the agent ('군부에 의해': the agents table's
armed sectors) or a coup as the means ('쿠데타로'), is that coup: the leader the domestic target (GOV), the doers the
state's armed men (MIL where no agent is named); the pipeline gives both the leader's state (pipeline/ousted_states).
A leader ousted by lawmakers, by impeachment or with no means named stays as it was.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import joined, run_start
from readout.lang.ko.act_coup_means import COUP, COUP_CONTEXT, coup_before
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.agents import sector_of
from readout.lang.ko.tags import CLAUSE_BREAK_TAGS, NOUN_TAGS, PLURAL_SUFFIX, SUBJECT_PARTICLES, SUBJECT_TAGS
from readout.sectors import ARMED_NOUN_SECTORS

GOVERNMENT = "GOV"  # the sector of the leader or government ousted
COUP_DOERS = "MIL"  # a coup with no agent named is the state's soldiers'
AGENT_VERB = ("의하", "VV")  # 'X에 의해': the agent of a passive
AGENT_PARTICLE = "에"
SUFFERED_MARKS = ("suffered", "addressee")  # a passive light verb's marks: no doer (act_hit_subjects)


def ousting_lemma(lemma: str, lex: ActIndex) -> bool:
    """Whether `lemma` (an act's, or a stem's '전복되다') is a verb of ousting, its passive, or a verb of falling
    from power."""
    if lemma.endswith("되다"):
        return lemma[:-2] + "하다" in lex.cue("ousting_verb") or lemma in lex.cue("ousted_verb")
    kinds = lex.kinds(lemma)  # speed51b: an active lemma's two lists, looked up once
    return "ousting_verb" in kinds or "ousted_verb" in kinds


def armed_agent(toks: list, first: int) -> str | None:
    """The armed sector of the '에 의해' agent before morpheme `first` in its clause ('군부에 의해', '반란군에 의해');
    None where there is none or it names no armed men ('의회에 의해')."""
    for k in range(first - 1, 1, -1):
        if toks[k][1] in CLAUSE_BREAK_TAGS and toks[k][:2] != ("어", "EC"):
            return None
        if toks[k][:2] == AGENT_VERB and toks[k - 1][0] == AGENT_PARTICLE and toks[k - 2][1] in NOUN_TAGS:
            end = k - 2
            sectors = [sector_of(joined(toks, m, end)) for m in range(run_start(toks, end), end + 1)]
            return next((s for s in sectors if s in ARMED_NOUN_SECTORS), None)
    return None


def leader_subject(toks: list, first: int, lex: ActIndex) -> tuple[int, int] | None:
    """The character span of the subject before morpheme `first` when its head is a leader or a government (cue
    ousted_leader_noun: '말리 대통령이'); None otherwise."""
    for j in range(first - 1, 0, -1):
        if toks[j][1] in CLAUSE_BREAK_TAGS and toks[j][:2] != ("어", "EC"):
            return None
        if toks[j][1] in SUBJECT_TAGS and toks[j][0] in SUBJECT_PARTICLES:
            end = j - 2 if j > 1 and toks[j - 1][:2] == PLURAL_SUFFIX else j - 1
            if toks[end][0] not in lex.cue("ousted_leader_noun"):
                return None
            start = run_start(toks, end)
            return toks[start][2], toks[end][2] + toks[end][3]
    return None


def passive_coups(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits, each passive ousting of a leader by armed men or by a coup made the coup (see module doc)."""
    return [coup_of(toks, h, lex) or h for h in hits]


def coup_of(toks: list, h: ActHit, lex: ActIndex) -> ActHit | None:
    """The coup a passive ousting `h` is (ASSAULT pro_autocracy on the leader's government), or None."""
    first = h.data.get("first")
    if h.nominal or first is None or not ousting_lemma(h.lemma.split("+")[-1], lex) \
            or not (h.data.get("passive") or h.lemma in lex.cue("ousted_verb")):
        return None
    armed = armed_agent(toks, first)
    leader = leader_subject(toks, first, lex)
    if leader is None or not (armed or coup_before(toks, first, lex)):
        return None
    data = {k: v for k, v in h.data.items() if k not in SUFFERED_MARKS}  # '축출당했다': a light passive names
    # no doer, but the coup does: its soldiers
    return replace(h, type=COUP, mode=None, contexts=COUP_CONTEXT, target=(),
                   data={**data, "passive": True, "coup_passive": True, "agent_sector": armed or COUP_DOERS,
                         "people_subject": armed or COUP_DOERS,
                         "domestic_target": leader, "domestic_sector": GOVERNMENT})
