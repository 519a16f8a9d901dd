"""A political group or people of the accuser's own state charged with dealings with another state (actors62): 'Peru's
president accused the opposition of colluding with Chile', 'blamed opposition leaders for conspiring with X'; (actors63)
'accused three journalists of spying for Chile', 'charged two reporters with working for X'.

The object of the accusation ('the opposition', 'opposition leader X', 'the ruling party') is a domestic target of
the opposition's or a party's sector: it is whom the accuser charges. The state the charge names after 'of'/'for' is
the content of the charge (whom the group is said to have dealt with), not whom the accusation is aimed at, so that
phrase is barred as a recipient (`not_recipient_spans`) and the pipeline's domestic reading gives the accuser's own
opposition. A state named inside the object itself ('accused Chile's opposition of ...') stays the object's.
(groups55) A state's body accused of a deed ('accused the government of colluding with X': `CHARGED_BODY_SECTORS`, a
gerund after the opener) is aimed at that body; the state of the deed is its content too."""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.sectors import CHARGED_BODY_SECTORS, CHARGED_PEOPLE_SECTORS
from readout.lang.en.act_tokens import Token

CHARGED_SECTORS = CHARGED_PEOPLE_SECTORS  # the accuser's own rivals and people: opposition, a party, journalists
CHARGE_OPENERS = frozenset({"of", "for", "with"})  # 'accused X of colluding', 'blamed X for conspiring', 'charged X with'
ACCUSING = "ACCUSE"


def charged_own_groups(toks: list[Token], hits: list[ActHit]) -> list[ActHit]:
    """`hits` with the charge phrase of an accusation aimed at a political group barred as its recipient."""
    out = []
    for h in hits:
        span = charge_phrase(toks, h)
        if span:
            h = replace(h, data={**h.data, "not_recipient_spans": (*h.data.get("not_recipient_spans", ()), span)})
        out.append(h)
    return out


def charge_phrase(toks: list[Token], h: ActHit) -> tuple[int, int] | None:
    """The character span from the charge's 'of'/'for' to the sentence's end, when `h` is a verbal accusation whose
    object is a political group of the domestic reading and the charge opens right after that object."""
    target, sector = h.data.get("domestic_target"), h.data.get("domestic_sector")
    if h.type != ACCUSING or h.nominal or h.negated or not target \
            or sector not in CHARGED_SECTORS and sector not in CHARGED_BODY_SECTORS:
        return None
    at = next((k for k, t in enumerate(toks) if t.start >= target[1]), None)
    if at is None or toks[at].low not in CHARGE_OPENERS:
        return None
    if sector not in CHARGED_SECTORS and not gerund_after(toks, at):
        return None  # groups55: 'accused the government of Malawi' names the government's state, no charge
    return toks[at].start, toks[-1].end


GERUND_END = "ing"


def gerund_after(toks: list[Token], at: int) -> bool:
    """(groups55, issue 14) Whether the word after the charge's opener at `at` is a gerund ('accused the government of
    colluding with X', 'blamed parliament for conspiring with X'): the charge is a deed, and the state it names is
    the deed's partner, no side of the accusation, which is aimed at the home body the object names. A state's body
    followed by 'of' and a name ('the government of X') is that state's, read as before."""
    nxt = toks[at + 1] if at + 1 < len(toks) else None
    return nxt is not None and nxt.word and nxt.raw.islower() and nxt.low.endswith(GERUND_END) \
        and len(nxt.low) > len(GERUND_END) + 2
