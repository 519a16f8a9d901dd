"""English acts whose sides come from the words that report or frame them (en32), each a pass over the finder's hits:
- a passive show of force in a reported clause whose subject names no state ('A Thai security official said troops
  along the border had been placed on high alert') was done by the reporting official's state (`reported_force_agent`):
  without it the act has no actor, or takes a state named only as a place ('the Cambodian border');
- a verb joined by 'and' to 'It <verb>' ('It accused X of ... and cautioned that ...') has 'It' as its subject too
  (`carried_continuation`), not a name inside the first verb's complement;
- a quotation in an accusation's 'of' complement ('accused X of letting "firms plunder resources"') is the charge in
  the accuser's words, holding no act of its own (`quoted_charge_acts`);
- an armed group's noun after a backer's compound as the subject ('the Iranian-backed rebels fired') is marked
  (`backed_group_subject`) so the pipeline takes the armed group the story named, the backer only where it names none;
- a state's armed service or a bare ministry's official naming no state as the subject ('The navy said it had
  deployed ...', 'A senior Foreign Ministry official summoned ...') is the dateline's state (`home_service_subject`, en33);
- a use of force that a source inside a state's body ascribes to 'the agency' ('A source in X's security service told
  Reuters the agency had carried out the strike') is that state's (`sourced_deed`, en33);
- a protest noun lodged in a speaker's quoted words ('to lodge "a strong protest over ..."') is the diplomatic protest
  the frame reports (`lodged_protest`, en33).
"""
from __future__ import annotations

import dataclasses

from readout.lang.base import ActHit

REPORTED_FORCE_TYPES = frozenset({"MOBILIZE"})  # forces readied or moved: a state's own, told by its own officials


def reported_force_agent(hit: ActHit, text: str, lex) -> ActHit:
    """The hit with `agent_span` on the reporting official ('A Thai security official') when it is an agentless
    passive show of force whose reported clause opens with no capitalized word (no state, no name: `lex`'s
    `reported_force_frame_re`); any other hit as it came."""
    return framed_force_agent(hit, text, lex, "reported_force_frame_re")


def agentless_force_passive(hit: ActHit) -> bool:
    """Whether the hit is a show of force in the passive with no agent read ('troops were put on alert', no 'by')."""
    return hit.type in REPORTED_FORCE_TYPES and bool(hit.data.get("passive")) and "agent_span" not in hit.data \
        and hit.data.get("by") is None


def framed_force_agent(hit: ActHit, text: str, lex, frame_key: str) -> ActHit:
    """The hit with `agent_span` on the 'who' group of the reporting frame `frame_key` (a lexicon pattern matched from
    the sentence's start) when the frame ends right at an agentless passive show of force; any other hit as it came.
    One reading for every frame that names who moved the forces it reports ('An official said troops were', 'X said
    its jets were')."""
    if not agentless_force_passive(hit):
        return hit
    frame = lex.re(frame_key).match(text, 0, hit.start)
    if frame is None or frame.end() != hit.start:
        return hit
    return dataclasses.replace(hit, data={**hit.data, "agent_span": frame.span("who")})


def carried_continuation(hits: list[ActHit], text: str, lex) -> list[ActHit]:
    """'It accused X of ... and cautioned that ...': a finite verb joined by 'and' to an act whose subject is a bare
    'It' going on with the voice before (`continued` 'dropped'), or any subject going on with it ('The spokeswoman
    accused X of ... and demanded that ...', `continued` 'office', en33), has that subject too, so it goes on with the
    same voice; without this its subject is read from the names inside the first act's complement ('accused X of
    letting Y ...': X). Only a verb (not a noun act, not a participle) that carries no continuation of its own."""
    gap = lex.re("carried_dropped_gap_re")
    out: list[ActHit] = []
    for hit in hits:
        first = next((h for h in reversed(out) if h.data.get("continued")), None)  # (en33) any voice going on
        word = text[hit.start:hit.end].split()[0].lower() if text[hit.start:hit.end].split() else ""
        if first is not None and "continued" not in hit.data and not hit.nominal and not word.endswith("ing") \
                and first.end <= hit.start and gap.match(text, first.end, hit.start):
            hit = dataclasses.replace(hit, data={**hit.data, "continued": first.data["continued"], "carried_subject": True})
        out.append(hit)
    return out


ACCUSING_TYPES = frozenset({"ACCUSE"})


def quoted_charge_acts(hits: list[ActHit], text: str, lex) -> list[ActHit]:
    """The hits less those inside a quotation in the 'of' complement of a verbal, occurred accusation ('It accused X
    of letting "transnational corporations plunder resources"'): the charge in the accuser's words, coded by the
    ACCUSE (PLOVER), not a use of force the story reports; the words' subject is no actor either."""
    quotes = []
    for h in hits:
        if h.type in ACCUSING_TYPES and not h.nominal and not h.negated and h.status == "occurred":
            m = lex.re("charge_quote_re").match(text, h.end)
            if m:
                quotes.append(m.span("q"))
    if not quotes:
        return hits
    return [h for h in hits if h.type in ACCUSING_TYPES or not any(a < h.start < b for a, b in quotes)]


def backed_group_subject(hit: ActHit, text: str, lex) -> ActHit:
    """(en32) 'a day after the Iranian-backed rebels fired ...': an act whose subject is an armed group's common noun
    after a backer's compound (`backed_armed_subject_re`) marks the compound (`backer_span`): the pipeline takes the
    armed group the story named (other than the backer) as the actor, and the backer only where it names none."""
    if hit.nominal or "agent_span" in hit.data:
        return hit
    m = lex.re("backed_armed_subject_re").search(text, max(0, hit.start - 120), hit.start)
    return dataclasses.replace(hit, data={**hit.data, "backer_span": m.span("backer")}) if m else hit


def home_service_subject(hit: ActHit, text: str, head: str, lex) -> ActHit:
    """The hit marked `home_subject` (the dateline's state acts, pipeline/act_actor_defaults.unnamed_actors) when its subject
    is a state's armed service or a ministry official that names no state (`lex`'s `home_service_subject_re` over
    the sentence up to the act, or over `head`, the words before it as its subject's): a navy, a coast guard, a
    military have one state, the one the story is filed from. A hit already marked, or given an agent, as it came."""
    if "home_subject" in hit.data or "agent_span" in hit.data:
        return hit
    rule = lex.re("home_service_subject_re")
    if not (rule.match(text, 0, hit.start) or rule.match(head)):
        return hit
    return dataclasses.replace(hit, data={**hit.data, "home_subject": True})


SOURCED_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})  # deeds, not statements: a source reports them


def sourced_deed(hit: ActHit, text: str, lex) -> ActHit:
    """The hit with `agent_span` on the source's words ('A source in X's security service') when it is a deed whose
    reported subject is the bare body the source belongs to ('told Reuters the agency had carried out the strike':
    `lex`'s `sourced_deed_frame_re`, ending right at the act); any other hit as it came. Without it the deed has no
    actor, and the condemnations of it that follow have no offender to aim at."""
    if hit.type not in SOURCED_TYPES or "agent_span" in hit.data or hit.data.get("by") is not None:
        return hit
    frame = lex.re("sourced_deed_frame_re").match(text, 0, hit.start)
    if frame is None:
        return hit
    return dataclasses.replace(hit, data={**hit.data, "agent_span": frame.span("who")})


def lodged_protest(hits: list[ActHit], text: str, lex) -> list[ActHit]:
    """The hits, each demonstration's noun read as what is lodged or conveyed with a quote mark before it ('lodge "a
    strong protest over X"', `lex`'s `lodged_protest_before_re`) turned into the diplomatic protest it is (ACCUSE
    disapprove, as 'lodged a strong protest' is without the quote); as the purpose of a summons read just before
    ('summoned X's envoy to lodge "a protest"') it is the summoner's, whose state the summons' subject gives
    (`home_subject` carried over), so the two are one protest."""
    rule, purpose = lex.re("lodged_protest_before_re"), lex.re("summons_purpose_gap_re")
    out: list[ActHit] = []
    for h in hits:
        if h.type == "PROTEST" and h.nominal and rule.search(text, max(0, h.start - 50), h.start):
            summons = out[-1] if out and out[-1].type == "ACCUSE" and purpose.match(text, out[-1].end, h.start) else None
            home = {"home_subject": True} if summons is not None and summons.data.get("home_subject") else {}
            h = dataclasses.replace(h, type="ACCUSE", mode="disapprove",
                                    data={**h.data, "stated_type": "PROTEST", **home})
        out.append(h)
    return out
