"""Forces shown or moved near another state, told by an observer or as the subject of a verb of moving: 'Taiwan said
it detected 30 Chinese aircraft' (the owner of the forces mobilizes, not the observer), 'a Canadian warship sailed
through the strait' (an act only when forces move), and verbs of force whose subject is no force ('critics hammered
X': none).

Why apart from the other passes after the walk (`act_frames`): these read who the forces are (a forces noun as the
verb's subject, a listing appositive, a formation's name), not what one act does to another.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_near_words import formation_head


FORCES_SUBJECT_REACH = 4  # words back from a verb of moving to the forces noun that is its subject


def sighted_forces(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Forces moved or shown near another state are that state's MOBILIZE (the manual), however the news puts it.
    An observer's verb ("Taiwan said it detected 30 Chinese aircraft", `sighting_verbs`): the owner of the forces
    named in its object acts (`agent_span`, read as after "by"), not the observer. A verb of moving ("sailed
    through the strait", "entered the air defense identification zone", `force_moves`): an act only when forces
    are its subject ("a Canadian warship sailed through"; a tanker or a ferry is no show of force)."""
    out = []
    for h in hits:
        lemma = h.lemma.split()[0]
        if h.type != "MOBILIZE" or h.nominal:
            out.append(h)
        elif lemma in cues.sighting_verbs and "object_end" in h.data:
            if any(t.low in cues.negation for t in toks[h.data["head_end"] + 1:h.data["object_token"]]):
                continue  # "detected no Somali troops": none were there
            first = toks[h.data["head_end"] + 1].start  # the observer, before the verb, is what the forces were shown to
            out.append(replace(h, data={**h.data, "agent_span": (first, h.data["object_end"]),
                                        "target_spans": ((0, h.start),), "sighted": True}))
        elif lemma in cues.interception_verbs and "object_end" in h.data:
            out += intercepted_forces(toks, h)
        elif lemma not in cues.force_moves:
            out.append(h)
        elif forces_subject(toks, h.data["token"], cues, moving=True):  # "entered Japan's airspace": the zone's owner receives
            zone = (toks[h.data["head_end"] + 1].start, h.data["object_end"]) if "object_end" in h.data else None
            h = replace(h, data={**h.data, "forces_subject": True})  # 'The X group sailed': forces, no crowd (en35)
            if name := formation_name(toks, h.data["token"], cues):
                h = replace(h, data={**h.data, "formation_name": name})  # whose ship: the story named it before
            out.append(replace(h, data={**h.data, "target_spans": (zone,)}) if zone else h)
    return out


def intercepted_forces(toks: list[Token], h: ActHit) -> list[ActHit]:
    """"Norwegian jets intercepted two Russian bombers near its airspace": two military moves short of force (the
    manual's MOBILIZE). The interceptor's is aimed at the owner of the aircraft it intercepted (its object); the
    intercepted aircraft were themselves shown near the interceptor's state, their owner's MOBILIZE toward it (read
    as a sighting: the object's owner acts, the words before the verb receive)."""
    obj = (toks[h.data["head_end"] + 1].start, h.data["object_end"])
    return [replace(h, data={**h.data, "target_spans": (obj,)}),
            replace(h, data={**h.data, "agent_span": obj, "target_spans": ((0, h.start),), "sighted": True})]


def forces_subject(toks: list[Token], i: int, cues: Cues, moving: bool = False) -> bool:
    """Whether forces (`force_vehicles`) are the subject of the verb at token i, read back over auxiliaries,
    adverbs, a relative pronoun and a date ("two Chinese bombers that on Monday entered"). With a verb of moving
    (`moving`), a group whose appositive lists warships ('the X group, including two frigates, transited') is forces
    too, named after its lead ship or not (en35)."""
    j = i - 1
    while j >= 0 and i - j <= FORCES_SUBJECT_REACH and (toks[j].word or moving and toks[j].low == ","):
        low = toks[j].low
        if low == ",":  # 'The X group, including several destroyers, sailed': a group of warships is forces
            opening = listing_appositive(toks, j)
            return opening is not None and any(t.low in cues.force_vehicles for t in toks[opening + 1:j]) \
                and opening > 0 and toks[opening - 1].low in cues.force_group_heads
        if low in cues.force_vehicles or formation_head(toks, j, cues):
            return True
        if not (low in cues.be or low in cues.adverbs or low in cues.relative or low.endswith("ly")
                or low in cues.date_words or low in ("has", "have", "had", "on")):
            return False
        j -= 1
    return False


APPOSITIVE_OPENERS = frozenset({"including", "comprising", "consisting", "led"})  # ', including two destroyers,'
APPOSITIVE_SPAN = 14  # tokens of a listing appositive between its commas


def listing_appositive(toks: list[Token], k: int) -> int | None:
    """The comma opening an appositive that lists a formation's members ('the X group, including several destroyers
    and a supply ship,'), when token k is its closing comma; None otherwise."""
    for j in range(k - 1, max(0, k - APPOSITIVE_SPAN) - 1, -1):
        if toks[j].low == "," or not toks[j].word and toks[j].low not in ("-",):
            return j if toks[j].low == "," and j + 1 < k and toks[j + 1].low in APPOSITIVE_OPENERS else None
    return None


def formation_name(toks: list[Token], i: int, cues: Cues) -> str | None:
    """'The Liaoning group, including ..., sailed': the capitalized name a formation's head (`force_group_heads`)
    follows under 'the' in the subject of the verb at token i, i.e. its lead ship's name; the ship's state is the
    one the story gave it where it first named the ship (pipeline act_actors.formation_owner)."""
    for j in range(i - 1, max(0, i - APPOSITIVE_SPAN - 4) - 1, -1):
        if toks[j].low in cues.force_group_heads:
            k = j - 1
            while k > 0 and toks[k].word and toks[k].raw[:1].isupper() and toks[k].low != "the":
                k -= 1
            if k < j - 1 and k >= 0 and toks[k].low == "the":
                return " ".join(t.raw for t in toks[k + 1:j])
            return None
    return None


def forces_only(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """(en32) 'Israeli warplanes pounded the port': a verb of `force_only_verbs` is force (ASSAULT) only with forces
    as its subject (`forces_subject`); 'critics hammered the plan', 'rain pounded the coast' are no act. (enacts56)
    Gunners count as forces there (`pounding_subjects`: 'Russian artillery pounded X', 'government forces pounded X'),
    and a pounding no aircraft made (no mode yet: warplanes gave aerial) is a bombardment, the manual's
    heavy-weapons, as 'bombarded' reads."""
    out = []
    for h in hits:
        if h.nominal or h.type != "ASSAULT" or h.lemma.split()[0] not in cues.force_only_verbs:
            out.append(h)
        elif forces_subject(toks, h.data["token"], cues) or pounding_subject(toks, h.data["token"], cues):
            out.append(h if h.mode else replace(h, mode="heavy-weapons"))
    return out  # 'hammered X for its curbs' stays criticism


def troops_gathered(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """(plover57) 'Russian troops gather near Ukrainian border', 'thousands of soldiers concentrated along the
    frontier': a verb of `troop_gathering_verbs` with no object is MOBILIZE troops only with a troop noun
    (`troop_subjects`) right before it, read back over auxiliaries and adverbs; 'protesters gathered in the square',
    'investors concentrated on bonds' are no mobilization. An object entry ('gathered troops near X') is read as before."""
    out = []
    for h in hits:
        if h.nominal or h.type != "MOBILIZE" or h.lemma not in cues.troop_gathering_verbs or h.data.get("object"):
            out.append(h)
            continue
        j = h.data["token"] - 1
        while j >= 0 and (toks[j].low in cues.be or toks[j].low in cues.adverbs or toks[j].low in cues.perfect_auxiliaries
                          or toks[j].low in cues.future_auxiliaries):
            j -= 1
        if j >= 0 and toks[j].low in cues.troop_subjects:
            out.append(h)
    return out


def pounding_subject(toks: list[Token], i: int, cues: Cues) -> bool:
    """(enacts56) The word right before the verb at token i, or before its auxiliary, is a gunner's noun
    (`pounding_subjects`: artillery, forces, tanks, gunners ...)."""
    j = i - 1
    while j >= 0 and toks[j].word and (toks[j].low in cues.be or toks[j].low in ("has", "have", "had")):
        j -= 1
    return j >= 0 and toks[j].low in cues.pounding_subjects
