"""English acts joined by 'and' that share one addressee (en33): 'X demanded Y halt the drills, and warned that any
repeat would be met with force' -- the warning names no one, and its clause has no subject of its own; it goes on
with the first verb's subject and is aimed at whom that verb addressed (Y). Without this reader the warning is left
with no recipient (the 'that' clause names no state) or takes a state the story told before.

The first verb's addressee is the name right after it (after an optional 'that' and article: 'demanded that
Argentina withdraw', 'urged Lima to'), else the phrase after its 'with' ('lodged a protest with the Chinese envoy');
the second act must follow ', and' or 'and' directly (no subject between),
name no addressee right after it, and have no target of its own (nor an addressee of its own that is no state:
'condemned X and called on the international community to act' asks no state, `own_addressee`; en36), nor an object
owned by a name through 'of' ('and denounced the silence of Bolivia', `owns_object`; relatives65).

A judgment put as a free relative after the deed it judges ('North Korea fired 100 shells, the army said, in what it
called a deliberate provocation') is aimed at that deed's doer, the subject of the nearest deed before it
(`judged_sentence_deed`); without it the judgment names no one and is dropped."""
from __future__ import annotations

import dataclasses

from readout.lang.base import ActHit

ADDRESSING_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN"})  # verbs whose direct object is the one addressed
SHARED_TYPES = frozenset({"THREATEN", "REQUEST", "ACCUSE"})  # acts that take over that addressee


def shared_addressee(hits: list[ActHit], text: str, lex) -> list[ActHit]:
    """The hits, each verbal act right after 'and' that names no addressee of its own given the addressee of the
    verbal act before it in the sentence (its `target_spans`, else the name or 'with' phrase after it); `lex` gives `shared_addressee_re` (the addressee after the first
    verb) and `shared_act_gap_re` (the words between the two acts' clauses)."""
    first, gap = lex.re("shared_addressee_re"), lex.re("shared_act_gap_re")
    owned = lex.re("owned_addressee_re")
    out: list[ActHit] = []
    for h in hits:
        prev = addressing_before(out, h)
        if prev is not None and h.type in SHARED_TYPES and not h.nominal and not h.data.get("target_spans") \
                and not h.data.get("own_addressee") and not names_own_addressee(text, h.end, first) \
                and not owns_object(text, h, hits, owned) and gap.match(text, prev.end, h.start):
            spans = prev.data.get("target_spans") or (
                (m.span("who" if m.group("who") else "with"),) if (m := first.match(text, prev.end)) else ())
            if spans:
                h = dataclasses.replace(h, data={**h.data, "target_spans": tuple(spans)})
        out.append(h)
    return out


def names_own_addressee(text: str, end: int, first) -> bool:
    """Whether a name stands right after the act ending at `end` ('and urged Lima to', 'and warned that Quito
    would'): the act has its own addressee, which the pipeline reads."""
    m = first.match(text, end)
    return bool(m and m.group("who"))


ASKING_TYPES = frozenset({"REQUEST"})  # verbs that ask each of two addressees its own thing ('urged A to X and B to Y')


def paired_asks(hits: list[ActHit], text: str, lex) -> list[ActHit]:
    """(relatives65) The hits, with one more act for the second addressee of a verb of asking that asks two, each its
    own thing ('Peru urged Chile to withdraw its troops and Bolivia to open the border': Bolivia is asked too); the
    copy's `target_spans` is that addressee (lexicon paired_ask_re)."""
    paired = lex.re("paired_ask_re")
    out: list[ActHit] = []
    for h in hits:
        out.append(h)
        if h.type in ASKING_TYPES and not h.nominal and (m := paired.match(text, h.end)):
            out.append(dataclasses.replace(h, data={**h.data, "target_spans": (m.span("who"),)}))
    return out


def owns_object(text: str, hit: ActHit, hits: list[ActHit], owned) -> bool:
    """(relatives65) Whether the act's own object is a thing owned by a name through 'of' ('and denounced the silence
    of Bolivia'): that owner is its addressee, which the pipeline reads, not the first act's ('condemned the strike by
    Chile and denounced the silence of Bolivia': Bolivia). Not when the owned noun is itself an act ('and denounced the
    killing of Bolivian soldiers': those are the deed's victims, the first act's addressee still did it)."""
    m = owned.match(text, hit.end)
    return bool(m) and not any(o.nominal and m.start("noun") <= o.start < m.end("noun") for o in hits)


def addressing_before(hits: list[ActHit], hit: ActHit) -> ActHit | None:
    """The last verbal act of an addressing type before `hit` that is a main clause's (not the content a request's
    'that' governs: 'demanded that X withdraw'), else None."""
    for p in reversed(hits):
        if p.end <= hit.start and p.type in ADDRESSING_TYPES and not p.nominal \
                and p.data.get("modality") != "governed":
            return p
    return None


DEED_TYPES = frozenset({"ASSAULT", "MOBILIZE", "COERCE", "SANCTION", "PROTEST"})  # deeds a judgment may name


def judged_sentence_deed(hits: list[ActHit], text: str, lex) -> list[ActHit]:
    """The hits, each accusation put as 'in what it called ...' (`judged_deed_relative_re` right before it) given as
    its target the span of the subject of the nearest deed before it in the sentence: from after a reporting
    frame ('the army said') that precedes the deed, else from the sentence's start, to the deed. The judge is the
    name in the relative ('in what Chile called'), else for a pronoun the reporting frame's subject, else the
    naming verb's own subject (`agent_span`, as after 'by')."""
    rel, frame = lex.re("judged_deed_relative_re"), lex.re("deed_report_frame_re")
    out: list[ActHit] = []
    for h in hits:
        deed = next((d for d in reversed(out) if d.end <= h.start and d.type in DEED_TYPES and not d.nominal), None)
        judged = rel.search(text, max(0, h.start - 60), h.start) if h.type == "ACCUSE" and deed is not None else None
        if judged:  # the naming verb's own object is the damning noun ('a deliberate provocation'), no side
            said = [m for m in frame.finditer(text, 0, deed.start)]
            lo = said[-1].end() if said else 0
            judge = judged.span("name") if judged.group("name") else (0, said[-1].start()) if said else None
            h = dataclasses.replace(h, data={**h.data, "target_spans": ((lo, deed.start),),
                                             **({"agent_span": judge} if judge else {})})
        out.append(h)
    return out
