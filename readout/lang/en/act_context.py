"""What the rest of an English sentence says about each act the finder matched: the acts that are no
act of the sentence (a condition or goal, background in a relative clause, a hostile act named only
as possible) and the parties a clause names beyond the two sides (a domestic object or subject, an
act the statement judges). Kept apart from `acts` because these read the whole sentence after the
walk, not the words around one trigger. Background in a relative clause is read in `act_relative_deeds` (debt59).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from readout.lang.base import ActHit
from readout.lang.en.act_armed_sites import armed_doers_site
from readout.lang.en.act_false_triggers import word_before
from readout.lang.en.act_harmed_offices import harmed_office_subject
from readout.lang.en.act_dispersed_gatherings import dispersed_gathering
from readout.lang.en.act_military_sites import military_site
from readout.lang.en.act_reported_owners import reporter_span
from readout.lang.en.act_sides import (armed_organ_subject, charged_own_people, coordinated_armed_subject,
                                       domestic_target, own_state_target, office_held)
from readout.lang.en.act_people_subjects import held_place_span, people_subject, reported_people_subject
from readout.lang.en.act_people_phrases import sector_of as people_sector
from readout.lang.base.records import OFFICE_ACCUSED
from readout.lang.en.people_nouns import armed_doer_cues, force_cues
from readout.sectors import STATELESS_ARMED_SECTORS
from readout.lang.en.act_matcher import matcher

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token


HELD_PROTEST = "PROTEST"  # acts57: a protest by people a state holds is aimed at the holder (held_place_span)


def judges_an_act(toks: list[Token], hit: ActHit, hits: list[ActHit], cues: Cues) -> bool:
    """"Chile and Peru condemned the attack": a condemnation whose object is a hostile act named as a
    noun (past determiners and adjectives) is an accusation by the condemners even when no one is
    named as its author; the act itself is not theirs."""
    if hit.type != "ACCUSE" or hit.mode != "disapprove" or hit.nominal:
        return False
    by_token = {h.data["token"]: h for h in hits}
    for j in range(hit.data["end_token"] + 1, min(len(toks), hit.data["end_token"] + 1 + cues.window)):
        if not toks[j].word or toks[j].low in cues.clause_breaks:
            return False
        other = by_token.get(j)
        if other is not None:
            return other.nominal and other.type in HOSTILE
        if j > 0 and toks[j - 1].low in cues.act_adjectives and hostile_noun(toks[j].low):
            return True  # 'condemned the continued attacks': a series is no hit of its own, but is still judged
    return False


def hostile_noun(word: str) -> bool:
    """A word the lexicon has as a noun of a hostile act ('attacks', 'shelling', 'raids')."""
    return any(c.entry.pos == "noun" and c.entry.type in HOSTILE for c in matcher().by_word.get(word, ()))


HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "PROTEST"})


def merely_possible(hit: ActHit) -> bool:
    """"a possible war against Iraq", "potential strikes": a hostile act named as a noun that is only
    possible is neither an act nor a threat anyone made (PLOVER codes no event)."""
    return hit.nominal and hit.type in HOSTILE and hit.data.get("modality") == "hypothetical"


CLAUSE_ENDS = frozenset({".", ";", ":", "?", "!"})


def courtesy_call(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """"The minister called on President X at his office", "was due to call on the defence minister before flying
    to Tokyo": a call on someone with no "to" + verb and no "for" after it in its clause asks nothing: a visit (the
    meeting reader's), no request. "Called on X to ...", "called on X for restraint" stay requests."""
    if hit.lemma not in cues.courtesy_calls:
        return False
    for k in range(hit.data.get("end_token", hit.data["token"]) + 1, len(toks)):
        low = toks[k].low
        if low in CLAUSE_ENDS:
            break
        n = past_open_quote(toks, k + 1)  # 'called on all parties to "exercise restraint"': the quoted verb
        if low == "for" or low == "to" and n < len(toks) and toks[n].word and toks[n].raw[:1].islower() \
                and toks[n].low not in cues.determiners:
            return False
    return True


OPEN_QUOTES = frozenset({'"', "“", "'", "‘"})


def past_open_quote(toks: list[Token], k: int) -> int:
    """The index past an opening quotation mark at k (the words a quote opens are the sentence's own), else k."""
    return k + 1 if k < len(toks) and not toks[k].word and toks[k].low in OPEN_QUOTES else k


FORCE = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})  # uses of force: "any incursion" is a threat's condition
ANY_REACH = 3  # words from "any" to the act noun it opens ("any further Bolivian incursion")


def any_instance(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """"would retaliate against any Bolivian incursion", "warned of a response to any attack": a use of force
    named as a noun after a determiner of any instance (`instance_determiners`) is the condition of a
    threat or a pledge, not an act that happened (PLOVER codes only the threat). A force word read as a verb after
    "any" and its modifiers ("any missile attack by X", "any Israeli attack") is that noun too, in its bare form: a
    finite verb after 'any X' would be inflected ('if any state attacks')."""
    if hit.type not in FORCE or not (hit.nominal or toks[hit.data["token"]].low == hit.lemma):
        return False  # a measure ('will oppose any new tariffs on X') stays for the readers of refused measures
    return word_before(toks, hit.data["token"], ANY_REACH, cues.prepositions, cues.instance_determiners)


ASKED_PEOPLE_SECTOR = "CVL"  # the people a request may be put to ('citizens', 'residents')
ASSAULT_TYPE = "ASSAULT"  # enattack52: the act whose one harmed soldier an armed group's attack names


def named_subject(toks: list[Token], hit: ActHit, names: dict[int, str]) -> bool:
    """(groups53b) The active act word `hit` directly follows an unlisted armed group's name ('The Sahel Freedom
    Front [attacked]'; `names`: act_named_groups.fought_name_words): the group is its subject."""
    i = hit.data.get("token")
    return isinstance(i, int) and i > 0 and not hit.nominal and not hit.data.get("passive") \
        and toks[i - 1].start in names


def with_domestic_targets(toks: list[Token], hits: list[ActHit], cues: Cues,
                          names: dict[int, str] | None = None,
                          fought: dict[int, str] | None = None) -> list[ActHit]:
    """Mark each act whose object (`domestic_target`) or subject (`people_subject`) is a people or
    institution noun (see `act_sides`). `names`: the words of listed armed groups' names (act_named_groups);
    `fought`: those of unlisted groups' names, read as names in an assault only (groups53b: 'fought the X Movement')."""
    index_at = {t.start: n for n, t in enumerate(toks)}
    out = []
    all_names = names
    for h in hits:
        names = {**fought, **(all_names or {})} if fought and h.type == ASSAULT_TYPE else all_names
        data = dict(h.data)
        if fought and h.type == ASSAULT_TYPE and named_subject(toks, h, fought):
            data["named_group"] = True  # groups53b: 'The X Front attacked an army convoy': the story's state's group
        site = military_site(toks, h, index_at, cues)  # enattack70: 'attacked a military base'; attack71: 'an army
        # outpost' (a forces noun only modifying the site), read before the people reader takes 'army' for the side
        found = site or domestic_target(toks, h, index_at, force_cues(cues, h), names) or dispersed_gathering(toks, h, cues)
        charged = charged_own_people(toks, h, found[0], hits) if found else False
        reporter = reporter_span(toks, h, found[0], cues) if found and not charged else None
        if charged or h.data.get("accuser_owned"):
            found = None  # 'accused Y of firing at its soldiers': 'its' is the accuser's, not Y's own people
            data["target_spans"] = (accuser_span(toks, h, hits),) + tuple(data.get("target_spans", ()))
        elif reporter:  # enrelative70: 'X said Y's gunboats fired on its fishermen': X's (act_reported_owners)
            found = None
            data["target_spans"] = (reporter,) + tuple(data.get("target_spans", ()))
        if found:
            data["domestic_target"], data["domestic_sector"] = found[:2], found[2]
            if h.type in OFFICE_ACCUSED and office_held(toks, found[:2]):
                data["office_object"] = True  # groups54b: 'the president accused the auditor general': a member
            if site:
                data["military_site"] = True  # no side of the attacker's own: the story's other state (enattack70)
            if h.type == "REQUEST" and not h.nominal and found[2] == ASKED_PEOPLE_SECTOR:
                data["asked_people"] = True  # request62: 'urged citizens to ...': the asker's own people, unless named
        subject_cues = force_cues(cues, h) if h.data.get("passive") and h.data.get("by") is not None else cues
        # enattack51: a passive's subject suffered the act of force its 'by' agent did ('A farmer was stabbed to death
        # by X soldiers'): its object's people nouns; with no agent named ('A teacher was arrested in X') the subject
        # would lend its people's sector to the unnamed doer's reading, so it is read as before
        sector = people_subject(toks, h.data["token"], subject_cues, names) \
            if not h.nominal and not h.data.get("forces_subject") else None
        if not sector and out and not h.nominal and toks[h.data["token"]].low.endswith("ing"):
            sector = out[-1].data.get("people_subject")  # "X issued a declaration demanding": X's
        if not sector:  # enpeople52: 'The president of Peru was arrested by the army': the harmed office
            sector = harmed_office_subject(toks, h, cues)
        if not sector and not h.nominal:  # "farmers said they would blockade": the reporters
            sector = reported_people_subject(toks, h.data["token"], cues)
        if not sector and not h.nominal:  # "the rebels' political bureau condemned": the armed group (en32)
            sector = armed_organ_subject(toks, h.data["token"], cues) or coordinated_armed_subject(toks, h, out)
        if not sector and h.nominal and h.type == "PROTEST" and toks[h.data["token"]].low in cues.domestic_actors \
                and not any(o.type == "PROTEST" and o.start > h.start for o in hits):
            sector = people_sector(toks[h.data["token"]].low)  # "Protesters rallied in X": the noun names the people
            # (where a protest verb follows, "Demonstrators blocked a road", the verb's event says how)
        if sector:
            data["people_subject"] = sector
        if sector and h.type == HELD_PROTEST and not data.get("target_spans") \
                and (held := held_place_span(toks, h.data["token"], cues)):
            data["target_spans"] = (held,)  # acts57: 'prisoners in Israeli jails began a hunger strike': the holder
        one = armed_doers_target(toks, h, index_at, cues, names, sector) if "domestic_target" not in data else None
        site = None if one or "domestic_target" in data else armed_doers_site(toks, h, index_at, cues, sector)
        if site:
            one, data["armed_site"] = site, True  # actors54: not the group's own where another state is named
        if one:  # enattack52: 'Malian rebels killed a soldier': one of the state's forces, the rebels' state's
            data["domestic_target"], data["domestic_sector"] = one[:2], one[2]
        own = own_state_target(toks, h.copied(data=data) if data != h.data else h, sector, cues)  # read only
        if own:
            data["domestic_target"], data["domestic_sector"] = own[:2], own[2]
        if judges_an_act(toks, h, hits, cues):
            data["judged_act"] = True
        out.append(h.copied(data=data) if data != h.data else h)
    return out


def armed_doers_target(toks: list[Token], hit: ActHit, index_at: dict[int, int], cues: Cues,
                       names: dict[int, str] | None, subject: str | None) -> tuple[int, int, str] | None:
    """(enattack52) The object of an active attack whose subject is an armed group of no state (`subject` REB, UAF
    ...) headed by one of a state's forces ('Malian rebels killed a soldier', 'shot a policeman': the singulars of
    people_nouns.force_singulars), read as the plural's object is ('killed two soldiers'); None otherwise. The
    passive's subject is act_agent_attackers.stated_armed_agent's."""
    if hit.type != ASSAULT_TYPE or hit.nominal or hit.data.get("passive") or subject not in STATELESS_ARMED_SECTORS:
        return None
    return domestic_target(toks, hit, index_at, armed_doer_cues(cues), names)


def accuser_span(toks: list[Token], hit: ActHit, hits: list[ActHit]) -> tuple[int, int]:
    """The words before the accusation a charged act follows ('Ghana's military on Wednesday accused ...'): the
    accuser the charge's 'its' stands for receives the act."""
    accuse = max((o for o in hits if o.type == "ACCUSE" and not o.nominal and o.start < hit.start), key=lambda o: o.start)
    return toks[0].start, accuse.start


def describing_noun(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """"a guard involved in a shooting", "since the bombing": an act named as a noun (a gerund after a
    determiner too) a few words after a background or describing word tells who someone is or what
    came before, not an act of the sentence."""
    i = hit.data["token"]
    return hit.nominal and any(toks[j].low in cues.background_words for j in range(max(i - 4, 0), i))


PREDICATE_REACH = 6  # words from the copula to the noun act it predicates ("be Japarov's first state visit")


def predicate_noun(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """(en27) 'It will be X's first visit to Y', 'This was their second meeting this year': a visit or meeting that
    is the predicate of a pronoun opening the sentence describes the meeting the pronoun stands for, reported
    before; it is no new plan to meet (an AGREE). An act of another kind there keeps the sides it names ('It is the
    second detention of X's fishermen by Y')."""
    i = hit.data["token"]
    if "CONSULT" not in (hit.type, hit.data.get("stated_type")) or len(toks) < 3 \
            or toks[0].low not in cues.predicate_subjects or not toks[0].raw[:1].isupper():
        return False
    k = 1 + (toks[1].low in cues.future_auxiliaries)  # 'It will be', 'It is'
    if k >= len(toks) or toks[k].low not in cues.be or k + 1 >= i or i - k > PREDICATE_REACH:
        return False
    return all(t.word and not t.raw[:1].isdigit() for t in toks[k + 1:i])


NAME_JOINERS = frozenset({"for", "and", "of", "on", "in", "the"})  # small words inside a body's name


def in_body_name(toks: list[Token], j: int) -> bool:
    """(actors66) Whether the capitalized word at token j goes on a capitalized name before it, over the small words
    inside names ('Organization for Security and Cooperation', 'Council for Cooperation'), where the sentence's
    verb is lower case: a word of a body's name. 'The Visit to X raised concerns' has only the sentence's first
    word before it, and a title-case headline capitalizes the verb too ('Visit to X Raises Concerns')."""
    if not toks[j].raw[:1].isupper():
        return False
    i = j - 1
    while i > 0 and toks[i].low in NAME_JOINERS and toks[i].raw[:1].islower():
        i -= 1
    return i > 0 and bool(toks[i].word) and toks[i].raw[:1].isupper()


def event_subject(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """(en27) 'Choe's visit to Russia has raised concerns', 'The launch drew criticism': a verb of disapproval whose
    subject is an event noun (`event_subject_nouns`, with its place phrase 'to Russia' between) names a concern
    raised in unnamed others; the owner of the event ('Choe's') is no accuser."""
    if hit.type != "ACCUSE" or hit.nominal:
        return False
    j = hit.data["token"] - 1
    while j >= 0 and (toks[j].low in cues.perfect_auxiliaries or toks[j].low in cues.future_auxiliaries
                      or toks[j].low in cues.adverbs):
        j -= 1  # 'has raised', 'has also raised'
    k = j
    while k >= 0 and toks[k].word and toks[k].raw[:1].isupper():
        k -= 1  # 'to North Korea'
    if k < j and k > 0 and (toks[k].low in cues.prepositions or toks[k].low in cues.infinitive):
        j = k - 1
    if j > 0 and in_body_name(toks, j) and toks[hit.data["token"]].raw[:1].islower():
        return False  # actors66: 'The Council for Cooperation in Asia criticized': a word of a body's name
    return j >= 0 and toks[j].low in cues.event_subject_nouns
