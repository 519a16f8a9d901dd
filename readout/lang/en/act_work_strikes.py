"""(ennoun46, issue 15) A strike launched or carried out by people who move no forces: 'The union launched a strike',
'Chilean teachers carried out a strike on Monday' is a work stoppage, the manual's PROTEST strike, not the ASSAULT
the verb reads with a 'strike' of force ('Chilean troops launched a strike on rebels').

Why its own module: as `act_mark_stages.unarmed_mobilizing` reads a crowd massing, the people subject's sector
decides (outside `MOBILIZING_SECTORS`: militaries, armed groups, police, services), and only when the verb's object
is the bare noun `work_strike_nouns` (an 'air strike' or 'missile strike' is force whoever is said to launch it). A
state named as the subject ('Chile launched a strike on a depot') has no people sector and keeps the attack.
(enmil47) 'stage' takes the bare noun as 'launch' does, and the doers are also read from the agents table where the
people reader names none ('Dockworkers in X staged a strike', 'Lecturers launched a strike': `striker_sector`).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_people_subjects import auxiliary, date_lead, reported_people_subject
from readout.lang.en.act_people_phrases import DEFAULT_SECTOR
from readout.lang.en.act_tokens import Token
from readout.lang.en.agents import sector_of
from readout.sectors import MOBILIZING_SECTORS, STATE_BODY_SECTORS

PHRASE_WORDS = 2  # the longest agent phrase read as the strikers' noun ('transport workers')
PLACE_PREPS = frozenset({"in", "from", "across"})  # 'Dockworkers in X staged': the place after the doers


def work_stoppages(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits with each ASSAULT whose object is a bare strike noun and whose people subject moves no forces read
    as PROTEST strike."""
    out = []
    for h in hits:
        h = announced_stoppage(toks, h, cues)
        if h.type == "ASSAULT" and h.data.get("object") in cues.work_strike_nouns and not h.nominal:
            sector = h.data.get("people_subject") or striker_sector(toks, h.data["token"], cues)
            if sector and sector not in MOBILIZING_SECTORS:
                h = work_stoppage(replace(h, data={**h.data, "people_subject": sector}))
            elif not sector and h.lemma in cues.stoppage_lemmas and not aimed(toks, h, cues) \
                    and unlisted_doers(toks, h.data["token"], cues):
                h = work_stoppage(replace(h, data={**h.data, "people_subject": DEFAULT_SECTOR}))  # unlisted people
        out.append(walkout(toks, h, cues))
    return out


def announced_stoppage(toks: list[Token], hit: ActHit, cues: Cues) -> ActHit:
    """(plover60b) 'Dockers will launch a strike on Monday', 'nurses said they would start a general strike': the
    PLOVER reading made the future strike (read as force) a threat before the strikers were known; where they are
    people who move no forces, it is their strike announced, PROTEST planned (act_plover_reading.announced_protest:
    a protest's future is no threat), back as the ASSAULT it was for the reading below. A condition ('unless') or a
    threat verb keeps the THREATEN (no `future_threat` mark)."""
    if hit.type != "THREATEN" or hit.data.get("stated_type") != "ASSAULT" or "future_threat" not in hit.data \
            or hit.data.get("object") not in cues.work_strike_nouns or hit.nominal:
        return hit
    sector = hit.data.get("people_subject") or striker_sector(toks, hit.data["token"], cues) \
        or reported_people_subject(toks, hit.data["token"], cues)
    if not sector or sector in MOBILIZING_SECTORS:
        return hit
    data = {k: v for k, v in hit.data.items() if k not in ("stated_type", "stated_mode", "future_threat")}
    return replace(hit, type="ASSAULT", mode=hit.data.get("stated_mode"), status=hit.data["future_threat"],
                   data={**data, "people_subject": sector})


WALKOUT_LEMMA, WALKOUT_MODE = "walk out", "meet"  # the lexicon's 'walk out' (REJECT of a meeting)
WORKER_SECTORS = frozenset({"LAB", "MED", "EDU", "AGR"})  # people who stop work: workers, nurses, teachers, farmers


def walkout(toks: list[Token], hit: ActHit, cues: Cues) -> ActHit:
    """(enattack51b) 'Dockers in X walked out on Monday', 'Nurses walked out': workers walking out of no meeting
    named (no 'of' after the particle) stop work, the manual's PROTEST strike, not a REJECT of talks ('the delegation
    walked out of the talks' keeps it; a legislature's members, LEG, walk out of a session, not their work)."""
    if hit.type != "REJECT" or hit.lemma != WALKOUT_LEMMA or hit.mode != WALKOUT_MODE or hit.nominal \
            or "token" not in hit.data:
        return hit
    end = hit.data.get("end_token", hit.data["token"])
    if end + 1 < len(toks) and toks[end + 1].low == "of":
        return hit
    sector = striker_sector(toks, hit.data["token"], cues) or hit.data.get("people_subject")
    return work_stoppage(replace(hit, data={**hit.data, "people_subject": sector})) if sector in WORKER_SECTORS else hit


def subject_head(toks: list[Token], i: int, cues: Cues) -> int:
    """The token of the subject's head noun before the verb at token `i`, read back over auxiliaries, adverbs, a
    date and a place of capitalized words after 'in'/'from' ('Lecturers in X on Monday launched'); -1 for none."""
    j = i - 1
    while j >= 0 and toks[j].word and (toks[j].low in cues.be or auxiliary(toks[j].low, cues)
                                       or toks[j].low in cues.adverbs or date_lead(toks, j, cues)):
        j -= 1
    k = j
    while k >= 0 and toks[k].word and toks[k].raw[:1].isupper():
        k -= 1
    return k - 1 if 1 <= k < j and toks[k].low in PLACE_PREPS else j


def striker_sector(toks: list[Token], i: int, cues: Cues) -> str | None:
    """(enmil47) The agents table's sector of the subject noun before the verb at token `i` (`subject_head`), its
    longest phrase of up to `PHRASE_WORDS` words; None where the words there are no agent or a state body."""
    j = subject_head(toks, i, cues)
    for n in range(PHRASE_WORDS, 0, -1):
        words = toks[j - n + 1:j + 1] if j - n + 1 >= 0 else []
        if words and all(t.word for t in words) and (sector := sector_of(" ".join(t.low for t in words))):
            return None if sector in STATE_BODY_SECTORS else sector  # 'the ministry carried out strikes': a state
            # body's deed keeps the force's reading
    return None


def work_stoppage(hit: ActHit) -> ActHit:
    """The strike as its strikers' protest, aimed at no target the force reading took."""
    data = {k: v for k, v in hit.data.items() if k not in ("target_spans", "domestic_target", "domestic_sector")}
    return replace(hit, type="PROTEST", mode="strike", contexts=(), data=data)


AIMING_PREPOSITION = "on"  # 'a strike on a depot': aimed at a place, unlike 'a strike against the reform'


def aimed(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """The strike noun is followed by 'on' and a place or people, not a day ('on a rebel depot', not 'on Monday')."""
    k = hit.data.get("object_token", hit.data["end_token"]) + 1
    return k + 1 < len(toks) and toks[k].low == AIMING_PREPOSITION and not date_lead(toks, k, cues)


def unlisted_doers(toks: list[Token], i: int, cues: Cues) -> bool:
    """(enmil47) A strike staged (`stoppage_lemmas`: a force's is launched or carried out) aimed at no target, by
    people no table lists ('Latvian dockers staged a strike over pay'):
    the subject's head is a common noun (lower case), no pronoun and no force's vehicle ('jets', 'drones'), so the
    strike is a stoppage as a listed people noun's is; a state's name or a force keeps the attack's reading."""
    j = subject_head(toks, i, cues)
    return j >= 0 and toks[j].word and toks[j].raw.islower() and toks[j].low not in cues.reporter_pronouns \
        and toks[j].low not in cues.force_vehicles
