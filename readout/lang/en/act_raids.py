"""(coerce56) A raid on a place ('police raided the X embassy', 'stormed the consulate', 'forced their way into the
party's offices', 'searched the newsroom'): the manual's COERCE 'seize' (execute search, raid). Marked `raided_place` so
that the pipeline reads a raid on another state's place as an offense a condemnation naming no author judges
(pipeline/act_story_notes.raid_abroad), as a use of force is; a seizure of land or goods ('took control of the town', 'seized
the tanker') is not marked. As Korean '강제 진입', '대사관을 급습' (lang/ko/act_clauses.raided_place).

(coerce57) A seizure of a named town ('captured Xville, the largest city in the north'): fighting, ASSAULT, as the
lexicon already reads 'captured the town' (PLOVER codes a capture by force as ASSAULT; CAMEO's 192 occupation stays
COERCE seize for land taken without a fight: 'seized the islands', 'took control of the plant')."""
from __future__ import annotations

import dataclasses

from readout.lang.base import ActHit


def raided_place(hit: ActHit, lex) -> ActHit:
    """The hit marked `raided_place` when it is a seize told by a verb of raiding (`raid_lemmas`)."""
    if (hit.type, hit.mode) != ("COERCE", "seize") or hit.lemma not in lex["raid_lemmas"]:
        return hit
    return dataclasses.replace(hit, data={**hit.data, "raided_place": True})


def site_raid(hit: ActHit, text: str, lex) -> ActHit:
    """(ennoun46) An attack read from a raid noun a verb carries out or launches (`raid_nouns` as its object, or the
    noun alone) on a mission, an office or a home (`raided_site_after_re` right after the hit: 'carried out a raid on
    the X embassy') as the manual's COERCE seize, marked `raided_place` as 'raided the X embassy' is; a raid on a camp,
    a town or a position stays the attack."""
    if hit.type != "ASSAULT" or not (hit.data.get("object") in lex["raid_nouns"]
                                     or hit.nominal and text[hit.start:hit.end].lower() in lex["raid_nouns"]):
        return hit
    if not lex.re("raided_site_after_re").match(text, hit.end):
        return hit
    return dataclasses.replace(hit, type="COERCE", mode="seize", contexts=(),
                               data={**hit.data, "raided_place": True})


def captured_town(hit: ActHit, text: str, lex) -> ActHit:
    """A seize by a verb of capture (`town_capture_lemmas`) whose object is a town (`captured_town_re` right after the
    verb: 'took control of the town of X', 'captured X, the largest city in ...') as an ASSAULT of the military
    context: taking a town by force is fighting, whoever holds it. Such an ASSAULT, and the lexicon's own ('seized the
    town': the object right after the verb), is marked `captured_town`: the town's state receives it (pipeline/own_people.captured_own_town)."""
    if hit.lemma not in lex["town_capture_lemmas"] or hit.negated:
        return hit
    town = lex.re("captured_town_re")
    if hit.type == "ASSAULT" and "military" in hit.contexts and town.match(text, verb_end(text, hit.start)):
        return dataclasses.replace(hit, data={**hit.data, "captured_town": True})
    if (hit.type, hit.mode) != ("COERCE", "seize") or not town.match(text, hit.end):
        return hit
    return dataclasses.replace(hit, type="ASSAULT", mode=None, contexts=("military",),
                               data={**hit.data, "captured_town": True})


def verb_end(text: str, start: int) -> int:
    """Where the word that starts at `start` ends (the verb of a hit whose span runs on over its object)."""
    space = text.find(" ", start)
    return len(text) if space < 0 else space


RAID_NOUN = "raid"  # the lemma of the raid noun entry (en_acts_additions.yaml)


def unplaced_raid_noun(hit: ActHit) -> bool:
    """(enriot46) A raid noun alone that `site_raid` left an ASSAULT: a raid on no mission, office or home ('arrested
    ten men in a raid on a drug den', 'police raids on gangs'), mostly the search of the arrest told beside it or a
    state's policing at home; only the noun's raid on premises ('a Latvian police raid on the X embassy angered X')
    is read, as COERCE seize. A verb's raid ('carried out raids on X's posts') is no noun and stays; so does (enfollow48) a
    raid people died or were hurt in ('died in a raid by X troops in Y': `victims`, the harmed the cause reader
    marked): force used on them, whoever searched what."""
    return hit.nominal and hit.lemma == RAID_NOUN and hit.type == "ASSAULT" and not hit.data.get("victims")
