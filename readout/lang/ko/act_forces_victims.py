"""(enattack50, issues 13, 14) People a state's forces harmed, told in the passive with the forces as its agent: '시위대
2명이 이란 경찰에 의해 사살됐다' is Iran's police (COP) on Iran's protesters (CVL), as the active '이란 경찰이 시위대 2명을
사살했다' and English 'Two protesters were shot dead by Iranian police' read.

Why: the passive's subject was read for its people's sector only (`people_subject`), never as the harmed: with no
state word in it there was no receiving side. The noun run that closes with the subject particle right before the
'에 의해' agent is marked the harmed (`victims`, `domestic_target`, with its sector), so the pipeline gives it the
state its words name, else the forces' own (a domestic act of two parts of one state). Only an agent of a state's
forces (`agent_sector` MIL, COP); an armed group's agent is the place's people's reading already, (enattack52) unless
the agent names its state ('군인 2명이 말리 반군에 의해 살해됐다': Mali's soldiers, `harming_agent`).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import joined, run_start
from readout.lang.ko.act_harmed_by import subject_or_topic
from readout.lang.ko.act_organs import harmed_people_sector
from readout.lang.ko.act_table import act_index
from readout.lang.ko.tags import NOUN_TAGS
from readout.sectors import STATE_FORCE_SECTORS, STATELESS_ARMED_SECTORS

SUBJECT_TAG = "JKS"
NAME_TAG = "NNP"  # a proper noun in the agent: its state's name ('말리 반군')
RUN_TAGS = NOUN_TAGS | {"NNB"}  # '시위대 2명': a count's bound noun belongs to the run
VICTIM_RUN_TAGS = RUN_TAGS | {"MM"}  # people53: '기자 두 명': a count in words (a determiner) belongs to it too


def forces_victims(toks: list, hits: list[ActHit]) -> list[ActHit]:
    """The hits, each passive attack by a state's forces whose people subject is marked as the harmed, and
    (koattack52) each passive attack whose subject is a place people live marked as its people harmed."""
    return [harmed(toks, h) if h.type == "ASSAULT" and h.data.get("passive") and h.data.get("people_subject")
            and h.data.get("agent_span") and harming_agent(toks, h)
            and not (h.data.get("victims") or h.data.get("domestic_target") or h.data.get("target_spans"))
            else struck_settlement_subject(toks, h) for h in hits]


SETTLED_SECTOR = "CVL"  # the people who live in a village struck
GENITIVE_TAG = "JKG"
AGENT_REACH = 5  # morphemes of the agent's genitive run between the subject and the act's word ('가나 군 의')


def struck_settlement_subject(toks: list, hit: ActHit) -> ActHit:
    """(koattack52) '베냉군에 의해 [토고 마을]이 공격을 받았다', '[차드 마을이] 반군의 공격을 받았다': the passive's subject
    right before the act's word is a place civilians live (ko_acts cue `settlement_noun`), so its people are the
    harmed (CVL) of the state its words name, as the active '토고 마을을 공격했다' and English 'a Togolese village was
    attacked' read; the hit as it came otherwise. The pipeline gave the named state its government: nothing marked
    the village's people."""
    first = hit.data.get("first")
    if hit.type != "ASSAULT" or not hit.data.get("passive") or hit.data.get("domestic_target") \
            or not isinstance(first, int):
        return hit
    j = first - 1
    while j > 0 and first - j <= AGENT_REACH and (toks[j][1] in RUN_TAGS or toks[j][1] == GENITIVE_TAG):
        j -= 1  # past the agent in the genitive ('[가나군의] 공격을 받았다')
    end = j - 1
    if j < 1 or toks[j][1] != SUBJECT_TAG or toks[end][1] not in NOUN_TAGS:
        return hit
    start = run_start(toks, end)
    if not any(joined(toks, k, end) in act_index().cue("settlement_noun") for k in range(start, end + 1)):
        return hit
    span = (toks[start][2], toks[end][2] + toks[end][3])
    return replace(hit, data={**hit.data, "domestic_target": span, "domestic_sector": SETTLED_SECTOR})


def harming_agent(toks: list, hit: ActHit) -> bool:
    """Whether the passive's agent is a state's forces (MIL, COP), or (enattack52) an armed group of no state named with
    its state's word ('말리 반군에 의해': a name inside the agent span): the subject is the harmed, of the state its words
    name, else the agent's (the rebels' own state's soldiers), as English 'A soldier was killed by Malian rebels' reads.
    An armed group with no name ('반군에 의해') is act_harm_subjects.stateless_agent_passives' (the place's)."""
    sector, span = hit.data.get("agent_sector"), hit.data["agent_span"]
    if sector in STATE_FORCE_SECTORS:
        return True
    return sector in STATELESS_ARMED_SECTORS and any(span[0] <= t[2] < span[1] and t[1] == NAME_TAG for t in toks)


def harmed(toks: list, hit: ActHit) -> ActHit:
    """The hit with the subject run right before its agent marked, or as it came where none stands there."""
    at = hit.data["agent_span"][0]
    j = max((k for k, t in enumerate(toks) if t[2] < at), default=None)
    if j is None or not subject_or_topic(toks[j]):  # actors54: the topic too ('[기자 두 명은] 반군에 의해')
        return hit
    start = j
    while start > 0 and toks[start - 1][1] in VICTIM_RUN_TAGS:  # people53: past '두' to '기자', whose sector it is
        start -= 1
    if start == j:
        return hit
    span = (toks[start][2], toks[j - 1][2] + toks[j - 1][3])
    sector = harmed_people_sector(toks, span) or hit.data["people_subject"]  # '학생 3명이': EDU, as the active object
    # reads; koattack51: '군인 3명이' MIL
    return replace(hit, data={**hit.data, "victims": span, "domestic_target": span, "domestic_sector": sector,
                              "people_subject": sector})  # the sufferer's part the pipeline gives a passive
