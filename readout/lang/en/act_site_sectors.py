"""(enfix49, issues 13-15) A site of trade an attack lands on names whose it is: 'Drones struck a market in X' hit X's
civilians, not X's government.

An attack's target phrase (act_targets: the struck object, 'shelled [a crowded market in X]', or the phrase after the
entry's preposition, 'a strike on [a bazaar in X]') whose head noun, the last word before the place it is in, is a
site of trade marks the hit's `site_sector`: a market's crowd (`crowd_site_heads`) CVL, a shop's, a mall's or a
bank's premises (`business_site_heads`) BUS. The pipeline gives that sector to a receiving state the sentence names
with no sector of its own (the town or state of the place: pipeline/act_target_sectors.site_target_sector); a state
named with its people's words ('Ukrainian soldiers at a market') keeps theirs.

Why a module of its own: the target readers find where the receiving side stands; this one reads what the site is.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

SITE_TYPES = frozenset({"ASSAULT"})  # an attack lands on the site; other acts aimed at 'the market' name an economy
INTRUSION_MODES = frozenset({"cyber"})  # (enfix49) and so does an intrusion: 'hackers broke into banks in X'
PLACE_LINKS = frozenset({"in", "near", "of", "outside", "at", "on"})  # "a market in X": the site ends at its place
OF = "of"
TOWN_LINKS = frozenset({"in", "near", "outside"})  # entwins49: 'a market in X': the town the site stands in


def site_sector_of(toks: list[Token], span: tuple[int, int], cues: Cues) -> str | None:
    """The sector of the site phrase at character `span` (its head: the last word before a place link), else None."""
    words = [t for t in toks if span[0] <= t.start < span[1] and t.word]
    head, pair = None, None
    for t in words:
        if t.low in PLACE_LINKS:
            break
        head, pair = t.low, f"{head} {t.low}"  # enattack50: 'a shopping centre': the pair names it, not 'centre'
    if pair in cues.business_site_heads:
        return "BUS"
    if pair in cues.police_site_heads or head in cues.police_site_heads:
        return "COP"  # acts57: 'outside a police station in X': X's police, as Korean police_site_noun reads
    if head in cues.worship_site_heads:
        return "REL"  # acts57b: 'struck a mosque in X': X's faithful, as Korean worship_site_noun (모스크) reads
    if head in cues.crowd_site_heads or pair in cues.crowd_site_heads or head in cues.settlement_site_heads:
        return "CVL"  # enattack51b: 'attacked a village near X' is X's people, as the Korean settlement noun reads
    if head in cues.forces_site_heads or pair in cues.forces_site_heads:
        return "MIL"  # entwins49: 'shelled the barracks in X': X's forces; koattack52: 'a guard post', 'an air base'
    if head in cues.state_site_heads or pair in cues.state_site_heads:
        return "GOV"  # enattack51: 'attacked an airport in X', 'attacked X airport': the state's works; enattack52:
        # its bridges, dams and lines ('a power station near X': the pair names it)
    return "BUS" if head in cues.business_site_heads else None


def site_place(toks: list[Token], span: tuple[int, int], cues: Cues) -> tuple[int, int] | None:
    """(entwins49) The character span of the place the site phrase at `span` stands in: the capitalized words after
    a town link ('in', 'near', 'outside') inside the phrase or right after it ('a market [in Lagos]'); None where no
    place follows ('a market on Sunday')."""
    words = [t for t in toks if t.start >= span[0] and t.word]
    inside = [t for t in words if t.start < span[1]]
    links = words[:len(inside) + 1]
    k = next((n for n, t in enumerate(links) if t.low in TOWN_LINKS or named_settlement(links, n, cues)), None)
    if k is None:
        return modifying_town(inside)
    names = []
    for t in toks[described_town_at(toks, toks.index(words[k]) + 1, cues):]:
        if not t.word or not t.raw[:1].isupper() or t.low in cues.date_words:
            break
        names.append(t)
    return (names[0].start, names[-1].end) if names else None


def named_settlement(links: list[Token], n: int, cues: Cues) -> bool:
    """(acts57) Whether token n of the site phrase is the 'of' of a described settlement ('shelled [the town of] X'):
    the site is the town itself, so the name after its 'of' is the place, as 'a village near X' names it after its
    link; before, the town's state did not receive the attack its own rebels made."""
    return links[n].low == OF and n > 0 and links[n - 1].low in cues.site_town_descriptors \
        and links[n - 1].low in cues.settlement_site_heads


def modifying_town(inside: list[Token]) -> tuple[int, int] | None:
    """(enattack51) The span of the capitalized words opening a site phrase before its lower-case head ('attacked
    [Kandahar] airport', 'shelled [Kherson] port'): the town that names the site, as 'an airport in Kandahar' names
    it after its link; None where the phrase opens with no such run or has no lower-case word after it."""
    names = []
    for t in inside:
        if not t.raw[:1].isupper():
            break
        names.append(t)
    return (names[0].start, names[-1].end) if names and len(names) < len(inside) else None


DESCRIPTOR_WORDS = 4  # words between 'the' and 'of' in a town's descriptor: 'the [remote northern Nigerian] town of'


def described_town_at(toks: list[Token], at: int, cues: Cues) -> int:
    """(enattack50) Where the town's name starts after a town link at token `at`: past a descriptor 'the <words> city
    (town, village ...) of' ('near the Nigerian city of Kano'), else `at` itself. Without the skip the lower-case 'the'
    ended the name before it began, and a site near a described town had no place."""
    if at >= len(toks) or toks[at].low != "the":
        return at
    for n in range(at + 1, min(at + DESCRIPTOR_WORDS + 2, len(toks) - 1)):
        if not toks[n].word:
            return at
        if toks[n].low in cues.site_town_descriptors and toks[n + 1].low == "of":
            return n + 2
    return at


def site_sectors(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Each attack whose first target phrase is a site of trade (or of the forces) with `site_sector` marked, and the
    place it stands in (`site_place`, entwins49); the rest as they came."""
    out = []
    for h in hits:
        spans = h.data.get("target_spans", ())
        struck = h.type in SITE_TYPES or h.mode in INTRUSION_MODES  # 'hacked banks in X': a cyber deed's site too
        sector = site_sector_of(toks, spans[0], cues) if struck and spans and not h.negated else None
        place = site_place(toks, spans[0], cues) if sector else None
        out.append(replace(h, data={**h.data, "site_sector": sector, "site_place": place}) if sector else h)
    return out
