"""(encoup49, issue 15) A leader ousted by armed men: '장교들이 대통령을 축출했다', '군부가 총리를 몰아냈다'. Soldiers
taking a leader out of office is a coup (CAMEO 180 overthrow -> ASSAULT, pro_autocracy), as English 'officers ousted
the president' (lang/en/act_armed_ousters) and coup48's '쿠데타로 정권을 장악했다' read; lawmakers or voters ousting a
leader is a vote, no force. So the lexicon's verb of ousting (cue ousting_verb) + leader (cue ousted_leader_noun)
entries (ko_acts.yaml: 축출하다, 몰아내다; the entries mark which verbs of the one list read a leader so) hold only
under a subject act_clause_subjects.people_subject gives an armed sector (`ARMED_NOUN_SECTORS`: 장교, 군인, 군부,
반군), and the leader ousted is their own state's government (domestic GOV), as English 'the president'. (coups50:
the subject is the one the other act readers ask, past a relative clause or a quote; no walk of its own.)

Why a module of its own: the lexicon reads a verb and its object noun; whose subject it is is read here, after it.
"""
from __future__ import annotations

from readout.lang.ko.act_clause_subjects import people_subject
from readout.lang.ko.act_hit_reading import HitReading
from readout.lang.ko.act_table import ActIndex
from readout.sectors import ARMED_NOUN_SECTORS

COUP = "pro_autocracy"  # the context the ouster entries state
GOVERNMENT = "GOV"  # the sector of the leader or government ousted
LEADER_CLASS = "@ousted_leader_noun"  # the entries' noun class: a leader or government ousted


def read_armed_ousters(h: HitReading) -> bool:
    """False (no act) for an ouster entry's hit whose subject is not armed men; for one whose subject is, and for a
    pair written for one noun ('정부+전복하다', any subject), the leader or government ousted, the pair's noun, marked
    the acting state's own government (`domestic_target`, `domestic_sector` GOV, in place of a people reader's:
    '대통령을 몰아냈다' is no deportation of civilians). Any other hit: True."""
    if COUP not in h.e.contexts or h.e.lemma not in h.lex.cue("ousting_verb") \
            or h.e.noun not in h.lex.cue("ousted_leader_noun") or h.cand.passive:
        return True
    if h.e.lemma in armed_ouster_verbs(h.lex) and people_subject(h.toks, h.cand.first, h.lex) not in ARMED_NOUN_SECTORS:
        return False  # '의원들이 총리를 축출했다': a vote, no coup
    # koacts50b: a pair written for one noun ('정부+전복하다') reads under any subject, and its noun, the pair's own
    # object, is the government overthrown as well ('반군이 정부를 전복했다': no other object names who received it)
    end = h.toks[h.cand.noun_end if h.cand.noun_end is not None else h.cand.first]
    h.data["domestic_target"] = (h.toks[h.cand.first][2], end[2] + end[3])  # the pair's noun: '대통령을'
    h.data["domestic_sector"] = GOVERNMENT
    return True



def armed_ouster_verbs(lex: ActIndex) -> frozenset[str]:
    """(coups50) The verbs of ousting (cue ousting_verb, the one list) whose leader objects need armed doers: those the
    lexicon pairs with the leader class (`LEADER_CLASS` entries: 축출하다, 몰아내다). A pair written for one noun
    ('정부+전복하다') is no such entry and reads under any subject, as before."""
    found = lex.__dict__.get("_armed_ouster_verbs")
    if found is None:
        found = frozenset(e.lemma for e in lex.file.entries if e.noun == LEADER_CLASS) & lex.cue("ousting_verb")
        lex.__dict__["_armed_ouster_verbs"] = found
    return found
