"""(encoup49, issue 15) A leader ousted by armed men: '장교들이 대통령을 축출했다', '군부가 총리를 몰아냈다'. Soldiers
taking a leader out of office is a coup (CAMEO 180 overthrow -> ASSAULT, pro_autocracy), as English 'officers ousted
the president' (lang/en/act_armed_ousters) and coup48's '쿠데타로 정권을 장악했다' read; lawmakers or voters ousting a
leader is a vote, no force. So the lexicon's 축출하다/몰아내다 + leader entries (ko_acts.yaml, cues ouster_verb,
ousted_leader_noun) hold only under a subject the agents table gives an armed sector (`ARMED_NOUN_SECTORS`: 장교,
군인, 군부, 반군), and the leader ousted is their own state's government (domestic GOV), as English 'the president'.

Why a module of its own: the lexicon reads a verb and its object noun; whose subject it is is read here, after it.
"""
from __future__ import annotations

from readout.lang.ko.act_hit_reading import HitReading
from readout.lang.ko.agents import sector_of
from readout.lang.ko.tags import PLAIN_NOUN_TAGS, SUBJECT_PARTICLES, SUBJECT_TAGS
from readout.sectors import ARMED_NOUN_SECTORS

COUP = "pro_autocracy"  # the context the ouster entries state
GOVERNMENT = "GOV"  # the sector of the leader or government ousted
PLURAL = "들"


def read_armed_ousters(h: HitReading) -> bool:
    """False (no act) for an ouster entry's hit whose subject is not armed men; for one whose subject is, the leader
    ousted, the pair's noun, marked the acting state's own government (`domestic_target`, `domestic_sector` GOV, in
    place of a people reader's: '대통령을 몰아냈다' is no deportation of civilians). Any other hit: True."""
    if COUP not in h.e.contexts or h.e.lemma not in h.lex.cue("ouster_verb") \
            or h.e.noun not in h.lex.cue("ousted_leader_noun") or h.cand.passive:
        return True
    if subject_sector(h.toks, h.cand.first) not in ARMED_NOUN_SECTORS:
        return False  # '의원들이 총리를 축출했다': a vote, no coup
    end = h.toks[h.cand.noun_end if h.cand.noun_end is not None else h.cand.first]
    h.data["domestic_target"] = (h.toks[h.cand.first][2], end[2] + end[3])  # the pair's noun: '대통령을'
    h.data["domestic_sector"] = GOVERNMENT
    return True


def subject_sector(toks: list, first: int) -> str | None:
    """The agents table's sector of the noun before the nearest subject or topic particle before token `first` (past a
    plural suffix: '장교들이'); None where there is none."""
    for j in range(first - 1, 0, -1):
        if toks[j][1] in SUBJECT_TAGS and toks[j][0] in SUBJECT_PARTICLES:
            k = j - 1 - (toks[j - 1][0] == PLURAL)
            return sector_of(toks[k][0]) if k >= 0 and toks[k][1] in PLAIN_NOUN_TAGS else None
    return None
