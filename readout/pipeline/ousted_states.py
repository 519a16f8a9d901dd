"""(encoup49b, issue 15) Soldiers of no state named who overthrow a government are that government's own soldiers:
'Army officers ousted the president of X', 'Soldiers deposed the president of X'. A coup is done by a state's armed
men on their own state's government (coup48, encoup49: ASSAULT by X on X), so when the clause names no state for the
doers, the one state of the leader or government ousted (the language's `domestic_target` of sector GOV, or its
target spans) is the acting state too. Only for an act the lexicon marks a coup (the pro_autocracy context) done by
armed men (`people_subject` of an armed sector): gunmen attacking a governor's convoy is no overthrow, and lawmakers
removing a president are read no act at all (lang/*/act_armed_ousters).

Why a module of its own: act_actor_defaults holds the general fallbacks; this one is the coup's.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.model import CountryMention, Span
from readout.pipeline.common import IGO_CODES
from readout.pipeline.story_states import home_country
from readout.sectors import ARMED_NOUN_SECTORS

COUP = "pro_autocracy"  # the context the lexicon states of an overthrow
GOVERNMENT = "GOV"  # the sector of what a coup's hit marks ousted


def ousted_state(sent: Span, hit: ActHit, countries: list[CountryMention]) -> list[str]:
    """The one state named in what a coup by armed men of no state named ousts (see module doc); [] otherwise."""
    if COUP not in hit.contexts or not (acted_on_government(hit) or ousted_by_armed_men(hit)):
        return []
    spans = ((hit.data["domestic_target"],) if hit.data.get("domestic_target") else ()) \
        + tuple(hit.data.get("target_spans", ()))
    return home_country([c for c in countries if not any(code in IGO_CODES for code in c.codes)
                         and any(sent.start + lo <= c.start < sent.start + hi for lo, hi in spans)])


def ousted_holder_state(sent: Span, hit: ActHit, items: list) -> list[str]:
    """(plover51b) 'President X was deposed by army officers' with no state named in the sentence or the story: the
    leader ousted is a person the knowledge base resolves, whose office is of one state (the side item's codes): that
    state's soldiers ousted their own government, as when the state is named ('the president of X'). [] otherwise, or
    when the persons ousted are of several states."""
    if COUP not in hit.contexts or not (acted_on_government(hit) or ousted_by_armed_men(hit)):
        return []
    spans = ((hit.data["domestic_target"],) if hit.data.get("domestic_target") else ()) \
        + tuple(hit.data.get("target_spans", ()))
    codes = {code for i in items if i.person is not None
             and any(sent.start + lo <= i.span.start < sent.start + hi for lo, hi in spans)
             for code in i.codes if code not in IGO_CODES}
    return sorted(codes) if len(codes) == 1 else []


def acted_on_government(hit: ActHit) -> bool:
    """'Army officers ousted the president of X': armed men as subject, a government as what they act on."""
    return hit.data.get("domestic_sector") == GOVERNMENT and hit.data.get("people_subject") in ARMED_NOUN_SECTORS


def ousted_by_armed_men(hit: ActHit) -> bool:
    """'The president of X was deposed by soldiers': a passive coup whose by-agent is armed men (`agent_sector`); its
    subject, the leader ousted, is its target. (coups50) So is a passive coup the language marks `coup_passive`, its
    doers named by a coup as the means or an agent phrase ('was overthrown in a coup', '쿠데타로 실각했다', '군부에 의해
    축출됐다'): the state's own soldiers."""
    return bool(hit.data.get("passive")) and (hit.data.get("by") is not None or bool(hit.data.get("coup_passive"))) \
        and hit.data.get("agent_sector", hit.data.get("acting_sector")) in ARMED_NOUN_SECTORS
