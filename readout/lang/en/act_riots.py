"""A crowd's violence is its riot (sanction56): 'Protesters stormed the parliament and set it on fire', 'Crowds
torched the ruling party's offices', 'Students ransacked the ministry'.

Why: the PLOVER manual's PROTEST riot is a violent protest (rioting, vandalism, arson by a crowd); its ASSAULT is
violence by a side that wields force. The finder reads 'stormed', 'torched', 'ransacked' (cue `riot_deed_lemmas`) as
ASSAULT whoever does them; with a people subject that is no armed side (`people_subject` of act_context: protesters,
crowds, students, supporters; not troops, police or rebels) the deed is the crowd's riot. The protest noun that is only
that subject ('Thousands of protesters stormed ...') tells no protest of its own beside the riot: dropped, as
act_context lets a protest verb after the noun say how the protest went.
(riot69) A plain attack ('attacked') by such a people subject on property is its riot too: the manual's riot is a
crowd's violence against property; the object is property when the domestic side the finder named only modifies a
site noun after it (`held_site_heads`: 'attacked government buildings', 'attacked police vehicles'). An attack on the
people themselves ('attacked police officers') stays ASSAULT, as does any attack by an armed side.
(enacts55) A crowd's missiles thrown by hand ('rioters hurled petrol bombs', 'protesters threw stones'; cues
`thrown_lemmas`, `riot_missiles`) are its riot too; a grenade or acid thrown stays the ASSAULT it was.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.act_lexicon import CROWD_CONTROL
from readout.lang.base import ActHit
from readout.sectors import DEBATING_SECTORS, FORCE_WIELDING_SECTORS
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

RIOT = "riot"
OBSTRUCT = "obstruct"
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})  # a deed of force, or a raid on premises (coerce56)
DISPERSAL_REACH = 10  # tokens from the weapon's verb to its purpose's dispersal ('used tear gas and water cannon to disperse')
OF = "of"
ATTACK = "attack"  # riot69: the plain attack verb, a riot only on property
SUBJECT_REACH = 8  # tokens from the subject's protest noun to the riot verb ('Thousands of angry protesters stormed')


def crowd_riots(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits with each people's deed of force (a `riot_deed_lemmas` ASSAULT verb whose people subject is no armed
    side) made PROTEST riot, (plover61) each people's occupation of a place (`sit_in_lemmas`: 'students occupied the
    ministry', 'workers occupied the square') made PROTEST obstruct as Korean '점거했다' is (the manual's obstruct:
    "obstruct passage or access to a particular locale"; troops occupying a town keep COERCE seize), and the protest
    noun heading its subject dropped."""
    riots = [h for h in hits if rioting(h, cues) or property_attack(toks, h, cues)]
    sit_ins = [h for h in hits if sitting_in(h, cues)]
    if not riots and not sit_ins:
        return hits
    subjects = {id(n) for r in riots + sit_ins for n in hits if subject_noun(n, r)}
    return [replace(h, type="PROTEST", mode=RIOT, contexts=()) if any(h is r for r in riots)
            else replace(h, type="PROTEST", mode=OBSTRUCT, contexts=()) if any(h is o for o in sit_ins) else h
            for h in hits if id(h) not in subjects]


def sitting_in(h: ActHit, cues: Cues) -> bool:
    """(plover61) A COERCE verb of occupying (`sit_in_lemmas`) with a people subject outside `FORCE_WIELDING_SECTORS`."""
    sector = h.data.get("people_subject")
    return h.type == "COERCE" and not h.nominal and h.lemma in cues.sit_in_lemmas \
        and sector is not None and sector not in FORCE_WIELDING_SECTORS


def rioting(h: ActHit, cues: Cues) -> bool:
    """An ASSAULT verb of a crowd's deed (`riot_deed_lemmas`) with a people subject outside `FORCE_WIELDING_SECTORS`,
    or the raid such a verb reads on premises ('stormed the embassy': COERCE seize when police do it). (plover60) The
    verb of an entry with a particle counts by its verb ('pelt with' + stones, 'set ablaze')."""
    sector = h.data.get("people_subject")
    deed = h.lemma.split()[0] in cues.riot_deed_lemmas or thrown_missile(h, cues)
    return h.type in FORCE_TYPES and not h.nominal and deed \
        and sector is not None and sector not in FORCE_WIELDING_SECTORS


def thrown_missile(h: ActHit, cues: Cues) -> bool:
    """(enacts55) A throwing verb (`thrown_lemmas`) whose object's head is a crowd's missile (`riot_missiles`: 'hurled
    petrol bombs', 'threw stones'): thrown by a crowd it is the manual's riot, where CAMEO read a bombing (183)."""
    words = h.data.get("object", "").split()
    return h.lemma in cues.thrown_lemmas and bool(words) and words[-1] in cues.riot_missiles


def property_attack(toks: list[Token], h: ActHit, cues: Cues) -> bool:
    """(riot69) A plain ASSAULT 'attack' verb with a people subject outside `FORCE_WIELDING_SECTORS` whose domestic
    target is followed by a site noun it modifies (`held_site_heads`: 'attacked [government] buildings'), or
    (enattack70) whose object is a site no one named owns (`unowned_site`: 'attacked the presidential palace') when
    the subject names a crowd (`crowd_subject`)."""
    sector, span = h.data.get("people_subject"), h.data.get("domestic_target")
    if h.type != "ASSAULT" or h.nominal or h.lemma != ATTACK or sector is None or sector in FORCE_WIELDING_SECTORS:
        return False
    crowd = crowd_subject(toks, h.data["token"], cues)
    if span is None:
        return crowd and unowned_site(toks, h.data["token"] + 1, cues)
    after = next((t for t in toks if t.start >= span[1]), None)
    return after is not None and after.word and after.start <= span[1] + 1 \
        and (after.low in cues.held_site_heads or crowd and after.low in cues.riot_site_heads) \
        or crowd and unowned_site(toks, h.data["token"] + 1, cues)


def crowd_subject(toks: list[Token], verb: int, cues: Cues) -> bool:
    """(enattack70) A crowd's noun (`crowd_nouns`: protesters, a mob, youths, students) among the words right before
    the verb: the people who riot. Another people noun ('Ethnic Hungarians in X attacked a police station') tells no
    crowd: its attack on a site stays ASSAULT."""
    return any(t.low in cues.crowd_nouns for t in toks[max(0, verb - SUBJECT_REACH):verb])


SITE_REACH = 4  # words from the verb to the site noun heading its object ('the [old] presidential palace')


def unowned_site(toks: list[Token], j: int, cues: Cues) -> bool:
    """(enattack70) The object phrase from token j is property with no owner named: lower-case words (a determiner,
    'government', 'state', 'presidential', 'police') before a site noun that heads it (`held_site_heads`,
    `riot_site_heads`: 'the parliament building', 'a police station', 'state buildings'), closed by punctuation, a
    preposition or the sentence's end; an 'of' after it only before lower-case words ('the offices of the electoral
    commission'). A capitalized word, a possessive or a people noun heading it names an owner or people ('the French
    embassy', 'Chile's consulate', 'police officers'): the crowd's own state owns the rest, so its attack is its riot."""
    sites = cues.held_site_heads | cues.riot_site_heads
    end = min(len(toks), j + SITE_REACH + 1)
    k = j
    while k < end and toks[k].word and toks[k].raw.islower() and not toks[k].low.endswith(("'s", "s'")) \
            and toks[k].low not in sites and toks[k].low not in cues.prepositions:
        k += 1
    if k >= end or toks[k].low not in sites or not toks[k].raw.islower():
        return False
    while k + 1 < len(toks) and toks[k + 1].low in sites:
        k += 1  # 'the parliament building'
    if k + 1 >= len(toks) or not toks[k + 1].word:
        return True
    if toks[k + 1].low == OF:
        return k + 2 < len(toks) and all(t.raw.islower() for t in toks[k + 2:k + 2 + SITE_REACH] if t.word)
    after = toks[k + 1].low
    return after in cues.prepositions or after in cues.clause_breaks or after in cues.adverbs \
        or after in cues.date_words or after in cues.inserted_time_words  # 'the palace late on Friday', 'overnight'


def subject_noun(noun: ActHit, riot: ActHit) -> bool:
    """Whether a protest noun ('protesters') stands in the riot verb's subject, a few tokens before it."""
    token, verb = noun.data.get("token"), riot.data.get("token")
    return noun.type == "PROTEST" and noun.nominal and token is not None and verb is not None \
        and 0 < verb - token <= SUBJECT_REACH


def aimless_crowd_weapons(hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """(force58) The hits without a crowd-control weapon merely used (`aimed_use_lemmas`: 'used tear gas') on no one
    its entry's preposition names: 'used water cannon against strikers' is force on them, but 'used tear gas to
    disperse the march' tells the means of the dispersal, which its own reader codes (one action, one event).
    (force59) That dispersal is then the weapon's force on the people dispersed: made ASSAULT crowd-control."""
    unaimed = [h for h in hits if h.mode == CROWD_CONTROL and h.lemma in cues.aimed_use_lemmas and not aimed(h)]
    # coding63: a weapon fired or sprayed at no one named for a dispersal ('fired tear gas to disperse the crowd', as
    # Korean '최루탄을 쏴 시위대를 해산했다' reads) is that one force, on the people dispersed
    unaimed += [h for h in hits if h.mode == CROWD_CONTROL and not h.nominal and h.lemma not in cues.aimed_use_lemmas
                and not aimed(h) and any(weapon_dispersal(h, d, cues) for d in hits)]
    dispersals = {id(d): u for d in hits for u in unaimed if weapon_dispersal(u, d, cues)}  # done as the use was
    return [replace(h, type="ASSAULT", mode=CROWD_CONTROL, status=dispersals[id(h)].status,
                    data=user_subject(h, dispersals[id(h)])) if id(h) in dispersals
            else h for h in hits if not any(h is u for u in unaimed)]


def aimed(used: ActHit) -> bool:
    """(pledges64) The weapon's use names a side it is aimed at: a target span other than the weapon itself, the
    verb's own object ('sprayed pepper spray to disperse students' aims at no one; 'sprayed protesters with tear gas'
    at the protesters)."""
    weapon_end = used.data.get("object_end")
    return any(end != weapon_end for _start, end in used.data.get("target_spans", ()))


def user_subject(dispersal: ActHit, used: ActHit) -> dict:
    """(coding63) The dispersal's data with the weapon user's people subject when its infinitive has none ('Police
    fired tear gas to disperse the crowd': the police act, as in 'Police dispersed the crowd with tear gas')."""
    subject = used.data.get("people_subject")
    if subject is None or dispersal.data.get("people_subject") is not None:
        return dispersal.data
    return dict(dispersal.data, people_subject=subject)


def weapon_dispersal(used: ActHit, hit: ActHit, cues: Cues) -> bool:
    """(force59) `hit` is the dispersal (`weapon_dispersal_lemmas`) a crowd-control weapon was `used` for, the verb of
    its purpose infinitive a few words on ('used tear gas [to disperse] crowds', 'used water cannon and pepper spray
    to disperse them'): the manual's ASSAULT crowd-control names the weapons ('tear gas, water cannons'), so a
    dispersal done with them is that force, not a restriction of movement."""
    token, verb = used.data.get("token"), hit.data.get("token")
    return hit.lemma in cues.weapon_dispersal_lemmas and not hit.nominal and token is not None \
        and verb is not None and 0 < verb - token <= DISPERSAL_REACH


def word_clashes(hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """(lead59) The hits without a clash verb (`word_clash_lemmas`) whose people subject is a body that debates
    (`DEBATING_SECTORS`: 'Lawmakers clashed over the budget', 'the two parties clashed on the pension bill'). Why: news
    writes 'clash' for a quarrel as for a fight, and the manual's ASSAULT is force; a legislature's or party's clash is
    the sides' words, which an accusation or rejection in the sentence codes where there is one. Troops, police, rebels
    and crowds clashing keep their ASSAULT; so does a clash of two states ('X and Y clashed over the islands')."""
    return [h for h in hits if not (h.type == "ASSAULT" and not h.nominal and debating_sides(h)
                                    and h.lemma.split()[0] in cues.word_clash_lemmas)]  # 'clash with': its verb


def debating_sides(h: ActHit) -> bool:
    """Whether a clash's people subject is a debating body, or its domestic target is one and its subject no armed
    side ('the president clashed with parliament over the budget'; 'troops clashed with lawmakers' stays force)."""
    subject = h.data.get("people_subject")
    return subject in DEBATING_SECTORS or (h.data.get("domestic_sector") in DEBATING_SECTORS
                                           and subject not in FORCE_WIELDING_SECTORS)
