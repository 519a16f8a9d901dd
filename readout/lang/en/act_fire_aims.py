"""Where a use of force is aimed, read on the words after it: artillery fire into the sea or along a border with no
target is a show of force (MOBILIZE weapons), a launch aimed at a place where people are is an attack (ASSAULT), an
attack word in the subject of a verb of harm is that verb's act, with the people harmed as its victims.

Why its own module: these readers walk the clause after a weapon's verb for its aim (a direction, a place, a target
preposition, a word of harm), which no other reader of `act_context` does; they were moved out of it verbatim.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from readout.lang.base import ActHit
from readout.lang.en.act_launched_weapons import launch_mode, past_coordinated_weapons
from readout.lang.en.act_site_sectors import site_place, site_sector_of

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token


PLACE_REACH = 3  # words from a direction preposition to its place noun ("into the West Sea")
HIT_REACH = 30  # tokens after the fire read for a hit ("..., killing two soldiers")


def show_of_force(toks: list[Token], hit: ActHit, cues: Cues) -> ActHit:
    """"fired artillery shells into the sea", "shelling near the border": artillery fire whose clause
    names only a direction or a place where no one is (sea, border, coast) and no target ("at X",
    "on X") nor a hit ("killing", "damaging") is a show of force: PLOVER codes it MOBILIZE (weapons),
    as it codes weapons tests and exercises; ASSAULT needs a target that was hit. Fire traded 'with' a side ('traded
    artillery fire across the frontier': its entry's target `with`) is aimed at the side that fires back (clash49)."""
    if hit.type != "ASSAULT" or hit.mode != "heavy-weapons" or "with" in hit.target:
        return hit
    # prepositions of a direction, places no one is hit in, prepositions of a target, words of a hit
    preps, places = cues.untargeted_fire_preps, cues.untargeted_fire_places
    target_preps, hit_words = cues.fire_target_preps, cues.fire_hit_words
    j = hit.data["end_token"] + 1
    if any(t.low in hit_words for t in toks[j:j + HIT_REACH]):  # "..., killing two soldiers": a target was hit
        return hit
    if not hit.nominal and "object" in hit.target and "object" not in hit.data and j < len(toks) \
            and toks[j].word and toks[j].low not in cues.prepositions and toks[j].low not in preps:
        return hit  # "shelled villages near the border": the villages are the target
    untargeted = False
    while j < len(toks) and toks[j].word and toks[j].low not in cues.clause_breaks:
        low = toks[j].low
        nxt = toks[j + 1].low if j + 1 < len(toks) else ""
        if low in target_preps and nxt not in cues.date_words:
            return hit
        if low in preps and any(t.low in places for t in toks[j + 1:j + 1 + PLACE_REACH + 1]):
            untargeted = True
        j += 1
    if not untargeted:
        return hit
    return replace(hit, type="MOBILIZE", mode="weapons", target=(),
                   data=dict(hit.data, stated_type=hit.type, show_of_force=True))


def aimed_launch(toks: list[Token], hit: ActHit, cues: Cues) -> ActHit:
    """"fired rockets at rebel bases", "launched missiles against the city": a weapons launch aimed at
    a target (not at the sea or a border, where no one is) is an attack, ASSAULT with heavy weapons and
    the target as recipient; "fired a missile toward the sea" stays MOBILIZE, a test or show of force. The weapon
    launched names the mode where the manual's table has one ("fired a drone at a cargo ship": ASSAULT drone). Weapons
    placed, not fired ("deployed missiles aimed at X", cue weapon_placing_verbs) threaten X with force (THREATEN
    violence, as Korean 'X를 겨냥한 미사일을 배치했다', lang/ko/act_aimed_deployments)."""
    if hit.type != "MOBILIZE" or hit.mode != "weapons" or hit.nominal:
        return hit
    aims, times = cues.launch_target_preps, cues.date_words | cues.launch_times
    places = cues.untargeted_fire_places
    j, more = past_coordinated_weapons(toks, hit.data["end_token"] + 1, cues)  # 'missiles and drones at X'
    while j < len(toks) and toks[j].word and toks[j].low not in cues.clause_breaks:
        after = toks[j + 1:j + 1 + PLACE_REACH + 1]
        if toks[j].low in aims and after and after[0].low not in times and not after[0].low[:1].isdigit() \
                and not any(t.low in places for t in after):
            if hit.lemma in cues.weapon_placing_verbs:  # 'deployed missiles aimed at X': placed for use, not fired
                return replace(hit, type="THREATEN", mode="violence", target=tuple(aims),
                               data=dict(hit.data, stated_type=hit.type, aimed_weapons=True))
            weapon = toks[hit.data["object_token"]].low if "object_token" in hit.data else ""
            return replace(hit, type="ASSAULT", mode=launch_mode([weapon, *more], cues),
                           target=tuple(aims),
                           data=dict(hit.data, stated_type=hit.type, aimed=True))
        j += 1
    return hit


def launched_attacks(hits: list[ActHit]) -> list[ActHit]:
    """"launched a drone attack on X", "fired missile strikes at Y": a weapons launch whose object word heads an
    attack noun right after it is that attack (the noun's ASSAULT, with its target), not a show of force too."""
    attack_starts = {h.data["token"] for h in hits if h.type == "ASSAULT"}
    return [h for h in hits if not (h.type == "MOBILIZE" and h.mode == "weapons" and not h.nominal
                                    and h.data.get("end_token", -1) + 1 in attack_starts)]


OBJECT_READINGS = ("domestic_target", "domestic_sector", "military_site")  # the verb's object as act_context read it
# (acts56b) and the site the verb struck as act_site_sectors read it ('A suicide bomber struck a market in X': the
# market's crowd, CVL, of X), which the noun's act, the same attack, had no reading of (X's government received it)
SITE_READINGS = ("site_sector", "site_place")
SITE_LINKS = frozenset({"outside", "at", "near", "in"})  # acts57: 'exploded [outside a police station]'


def attack_victims(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """"A car bomb killed three Somali soldiers", "A suicide bombing in Mosul killed two American contractors": an attack
    word in the subject of a verb of harm whose object names people is that verb's act; the people harmed are its
    victims (`victims`: their span, which the pipeline reads as the receiving side and never as the attacker). The
    verb's own hit is that same act and goes; (enfix47) its reading of the object goes on to the noun's act
    (`OBJECT_READINGS`: 'Suicide bombers attacked an army post in X' hit the forces' site, MIL, as 'Militants attacked
    an army post in X' does)."""
    out: list[ActHit] = []
    skip: set[int] = set()
    for n, h in enumerate(hits):
        if n in skip:
            continue
        nxt = hits[n + 1] if n + 1 < len(hits) else None
        victims = (nxt.data.get("domestic_target") or harmed_phrase(toks, nxt, cues) or site_at(toks, nxt, cues)) \
            if nxt is not None and nxt.type == "ASSAULT" and not nxt.nominal else None
        if h.type == "ASSAULT" and victims and h.data.get("people_subject") is None and not relative_verb(toks, h, cues) \
                and not any(t.low in cues.clause_breaks or t.raw == ","
                            for t in toks[h.data["end_token"] + 1:nxt.data["token"]]):
            targets = (victims, *h.data.get("target_spans", ()))
            read = {k: nxt.data[k] for k in OBJECT_READINGS if k in nxt.data and not h.data.get(k)} \
                if victims == nxt.data.get("domestic_target") else {}  # enfix47: a site; enactor48: any object the
            # verb read with its sector ('struck a police station': the police's, COP)
            read.update({k: nxt.data[k] for k in SITE_READINGS if nxt.data.get(k) and not h.data.get(k)})  # acts56b
            read.update(struck_site(toks, victims, h, read, cues))  # acts57: 'a car bomb exploded outside a police
            # station in X': the site the verb's place phrase named, read where neither hit read one
            out.append(replace(h, data={**h.data, **read, "victims": victims, "target_spans": targets}))
            skip.add(n + 1)
            continue
        out.append(h)
    return out


def struck_site(toks: list[Token], victims: tuple[int, int], hit: ActHit, read: dict, cues: Cues) -> dict:
    """(acts57) The site readings (`SITE_READINGS`) of the victims' phrase where neither the noun's hit nor the verb's
    read a site: 'A car bomb exploded outside a police station in X' gives its victims from the verb's place phrase,
    which act_site_sectors never saw (the verb has no target entry), so X's government received it, where 'a car
    bombing occurred outside a police station in X' gives X's police. Empty where the phrase is no known site."""
    if read.get("site_sector") or hit.data.get("site_sector"):
        return {}
    words = [t for t in toks if victims[0] <= t.start < victims[1] and t.word]
    if len(words) > 1 and words[0].low in SITE_LINKS:  # the verb's place phrase opens with its preposition
        victims = (words[1].start, victims[1])
    sector = site_sector_of(toks, victims, cues)
    return {"site_sector": sector, "site_place": site_place(toks, victims, cues)} if sector else {}


SITE_AT = "at"  # acts57b: 'exploded [at] a market': a preposition (so no object phrase), yet the victims' place


def site_at(toks: list[Token], verb: ActHit, cues: Cues) -> tuple[int, int] | None:
    """(acts57b) The phrase after an 'at' right after a verb of harm with no object ('A car bomb exploded at a market in
    X'), the 'at' kept, up to the next preposition or clause break, where its head is a known site (site_sector_of:
    a market's crowd, a police station, a barracks): 'at' is a preposition, so harmed_phrase read no object where
    'exploded near a market' and 'outside a barracks' (no prepositions of the cue list) gave theirs. Not a time ('at
    noon', 'at dawn': no site), nor any other phrase: None."""
    k = verb.data["end_token"] + 1
    if k >= len(toks) or toks[k].low != SITE_AT:
        return None
    j = k + 1
    while j < len(toks) and toks[j].word and toks[j].low not in cues.prepositions and toks[j].low not in cues.clause_breaks:
        j += 1
    if j <= k + 1:
        return None
    site = (toks[k + 1].start, toks[j - 1].end)
    return (toks[k].start, toks[j - 1].end) if site_sector_of(toks, site, cues) else None


def relative_verb(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """(relclause53) 'Gunmen who stormed a village killed six soldiers': a verb right after a relative pronoun is the
    subject's relative clause's own deed (storming the village), no attack word naming the killing's means as 'A car
    bomb killed' is; the killing keeps its own hit and its victims."""
    k = hit.data["token"] - 1
    return not hit.nominal and k >= 0 and toks[k].low in cues.relative


def harmed_phrase(toks: list[Token], verb: ActHit, cues: Cues) -> tuple[int, int] | None:
    """The object phrase right after a verb of harm ("killed two American contractors"), up to a preposition or a
    clause break; when that object is the vehicle driven ("rammed a car packed with explosives into a convoy of X's
    police", `rammed_vehicles`), the phrase it was driven into, 'of' kept inside it (force9)."""
    k = verb.data["end_token"] + 1
    first = k
    while k < len(toks) and toks[k].word and toks[k].low not in cues.prepositions and toks[k].low not in cues.clause_breaks:
        k += 1
    if any(t.low in cues.rammed_vehicles for t in toks[first:k]):
        return rammed_into(toks, k, cues)
    return (toks[first].start, toks[k - 1].end) if k > first else None


RAM_REACH = 6  # words from a rammed vehicle to the 'into' of what it hit: 'a car packed with explosives into'


def rammed_into(toks: list[Token], k: int, cues: Cues) -> tuple[int, int] | None:
    """The phrase after the 'into' that follows a driven vehicle's phrase (from token k), with 'of' inside it ('a
    convoy of X's police'), up to another preposition or a clause break; None when no 'into' follows closely."""
    into = next((j for j in range(k, min(len(toks), k + RAM_REACH)) if toks[j].low in cues.ram_prepositions), None)
    if into is None:
        return None
    first = j = into + 1
    while j < len(toks) and toks[j].word and toks[j].low not in cues.clause_breaks \
            and (toks[j].low not in cues.prepositions or toks[j].low == "of"):
        j += 1
    return (toks[first].start, toks[j - 1].end) if j > first else None


STRUCK_NOUN_REACH = 4  # words from a determiner to the force noun it opens ('a Peruvian army patrol')


def struck_forces(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """(coord55b, issue 13) 'Chilean troops attacked a Peruvian patrol', 'gunmen fired at a patrol': a deployment word
    read as a noun (a determiner opens its phrase, only modifiers between) that stands as the object of an attack verb
    right before it (nothing but a preposition between) is the attack's victim, the forces struck; no deployment of
    theirs is told, so its MOBILIZE goes. 'Peru's army patrolled the border', 'sent a patrol to the border' keep
    theirs (no attack before the noun)."""
    attacks = [h for h in hits if h.type == "ASSAULT" and not h.nominal and "end_token" in h.data]
    if not attacks:
        return hits
    return [h for h in hits if not (h.type == "MOBILIZE" and struck_noun(toks, h, attacks, cues))]


def struck_noun(toks: list[Token], hit: ActHit, attacks: list[ActHit], cues: Cues) -> bool:
    """The MOBILIZE `hit` is a noun phrase (determiner, modifiers, the word) right after one of `attacks`' verbs."""
    k = hit.data.get("token", -1) - 1
    low = max(-1, k - STRUCK_NOUN_REACH)
    while k > low and toks[k].word and toks[k].low not in cues.determiners and toks[k].low not in cues.prepositions \
            and toks[k].low not in cues.clause_breaks:
        k -= 1  # the modifiers: 'Peruvian', 'army', 'border'
    if k <= low or toks[k].low not in cues.determiners:
        return False
    k -= 1
    while k >= 0 and toks[k].low in cues.prepositions:
        k -= 1  # 'fired at', 'opened fire on'
    return any(a.data["end_token"] == k or a.data.get("token") == k for a in attacks)
