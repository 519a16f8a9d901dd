"""What an English protest word is, read on its sentence: a demonstration held where a gathering's infinitive names it
('Thousands rallied in X to protest ...'), a demand that is only the protest's purpose, a state's diplomatic protest
(PLOVER ACCUSE disapprove: 'Japan protested the drills', 'a formal protest from Lima'), or people another act reaches
('arrested dozens of protesters': no protest of theirs).

Why its own module: these readers decide the PROTEST entries alone and share the English state names they test a
protest's source against; they were moved out of `act_context` verbatim.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from readout import budget
from readout.lang.base import ActHit
from readout.lang.en.act_predictions import SUBJECT_WORDS
from readout.lang.en.act_cordons import blocking, cordon
from readout.lang.en.act_people_subjects import people_subject
from readout.kb.loader import kb
from readout.lang.en.country_forms import longest_form

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token


GATHERING_REACH = 10  # words back from a protest's "to" to the verb of gathering ("rallied in central Seoul to")


def gathered_protests(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """"Thousands rallied in Seoul to protest the restrictions": a PROTEST infinitive after a verb of
    gathering (`gathering_verbs`) in its clause is the gathering's own purpose, and the protest was held,
    by the gathering's subject ("Thousands of people marched ... to protest": people, `people_subject`). With a
    place phrase between them (`place_between`), the gathering verb becomes the protest's trigger."""
    out = []
    for h in hits:
        i = h.data["token"]
        if h.type == "PROTEST" and h.data.get("modality") == "infinitive" and not h.negated and i > 0 \
                and toks[i - 1].low in cues.infinitive:
            for j in range(i - 2, max(i - 2 - GATHERING_REACH, -1), -1):
                if not toks[j].word or toks[j].low in cues.clause_breaks:
                    break
                if toks[j].low in cues.gathering_verbs and toks[j].raw.islower():
                    data = {k: v for k, v in h.data.items() if k != "modality"}
                    sector = data.get("people_subject") or people_subject(toks, j, cues)
                    if sector:
                        data["people_subject"] = sector
                    if place_between(toks, j, i, cues):  # 'gathered outside the X embassy in Y to protest': the
                        # gathering is the protest, read where its place stands after it ('protested outside ...')
                        data.update(token=j, head_end=j, end_token=j)
                        h = replace(h, start=toks[j].start, end=toks[j].end, data=data)
                    h = replace(h, status="occurred", data=data)
                    break
        out.append(h)
    return out


def place_between(toks: list[Token], gathering: int, protest: int, cues: Cues) -> bool:
    """A place phrase ('outside the Russian embassy', 'in front of parliament') stands between the verb of gathering
    and the protest's infinitive: the gathering's words name where, and against whom, the protest was held."""
    return any(toks[k].low in cues.protest_places for k in range(gathering + 1, protest))


def protest_purposes(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """"blocked roads demanding that ...", "marched to demand reforms": a demand in a participle or
    an infinitive after a protest is what the protest is for (PLOVER codes the PROTEST, whose demand
    is its content), not a request of its own."""
    out: list[ActHit] = []
    for h in hits:
        before = [p for p in out if p.type == "PROTEST" and not p.negated and p.data["token"] < h.data["token"]]
        purpose = h.type == "REQUEST" and not h.nominal and (
            toks[h.data["token"]].low.endswith("ing") or h.data.get("modality") == "infinitive")
        if before and purpose and not any(toks[j].low in (";", ":", ".") or toks[j].low in cues.reporting
                                          for j in range(before[-1].data["token"], h.data["token"])):
            continue
        out.append(h)
    return out


@budget.table()
def state_names() -> frozenset[str]:
    """English names of states and their seats of government ("Japan", "Tokyo"), not demonyms: "Kenyans
    protested" is people demonstrating."""
    return frozenset(n for c in kb().countries.countries for n in (*c.en, *c.metonyms_en))


ATTENDANCE_REACH = 6  # words between a verb of attending and the gathering's noun ("joined a large anti-war street")


def attended_gathering(toks: list[Token], hit: ActHit, cues: Cues) -> ActHit:
    """(accuse60) "attended a rally", "joined the protest outside parliament", "spoke at a demonstration": a protest
    noun a verb of attending (`rally_attendance_verbs`) governs names a gathering held by people that the subject went
    to, no protest the subject lodged; marked `attended_gathering` so that neither this finder nor the pipeline reads an
    official's attendance as a diplomatic protest (ACCUSE). "lodged a protest" has no verb of attending."""
    if hit.type != "PROTEST" or not toks[hit.data["token"]].low[:1].isalpha():
        return hit
    if toks[hit.data["token"]].low in cues.rally_attendance_verbs and hit.data.get("object"):
        return replace(hit, data={**hit.data, "attended_gathering": True})  # 'joined a rally': the verb is the word
    for k in range(hit.data["token"] - 1, max(hit.data["token"] - 1 - ATTENDANCE_REACH, -1), -1):
        if toks[k].low in cues.clause_breaks or toks[k].low in cues.reporting:
            return hit
        if toks[k].low in cues.rally_attendance_verbs:
            return replace(hit, data={**hit.data, "attended_gathering": True})
    return hit


def people_joining(toks: list[Token], hit: ActHit, cues: Cues) -> ActHit:
    """(lead41) "Thousands of Uruguayans joined protests", "students joined the rally": CAMEO's 'join + protest' (110)
    is a verbal disapproval, which a state's voice joining others' protests is; people (`people_subject`) who join a
    protest protest themselves, PROTEST demo, marked as a gathering gone to like any protest they attend."""
    obj = (hit.data.get("object") or "").lower().split()
    if hit.type != "ACCUSE" or not hit.data.get("people_subject") or not obj \
            or toks[hit.data["token"]].low not in cues.protest_joining_verbs or obj[-1] not in cues.protest_gathering_nouns:
        return hit
    return replace(hit, type="PROTEST", mode="demo", contexts=(), data={**hit.data, "attended_gathering": True})


def diplomatic_protest(text: str, toks: list[Token], hit: ActHit, cues: Cues) -> ActHit:
    """"Japan protested the drills", "the minister reportedly protested", "reiterated Japan's
    protests": a protest whose subject (or owner) is a state or its office is a diplomatic protest,
    which PLOVER codes ACCUSE disapprove; PROTEST is for demonstrations by people ("students
    protested" keeps it: a people subject is read first)."""
    if hit.type != "PROTEST" or hit.data.get("people_subject") or hit.data.get("attended_gathering"):
        return hit
    read = diplomatic_reading(toks, hit, cues, text)
    return cordon(hit) if read is not hit and blocking(hit) else read  # enkidnap46: a state blocking a road cordons
    # it off (act_cordons), no protest lodged


def diplomatic_reading(toks: list[Token], hit: ActHit, cues: Cues, text: str) -> ActHit:
    """The protest as ACCUSE disapprove when its subject, owner or addressee is a state (see `diplomatic_protest`)."""
    voices = cues.state_voices
    if not toks[hit.data["token"]].low.endswith(("ed", "ing")) and state_source(text, toks, hit.data["end_token"] + 1,
                                                                                cues):  # a noun's source
        return replace(hit, type="ACCUSE", mode="disapprove", data=dict(hit.data, stated_type="PROTEST"))
    if not hit.nominal and state_source(text, toks, hit.data["end_token"] + 1, cues, ADDRESSED):  # 'protested to X'
        return replace(hit, type="ACCUSE", mode="disapprove", data=dict(
            hit.data, stated_type="PROTEST", target_spans=(addressed_span(toks, hit.data["end_token"] + 1, cues),
                                                           *hit.data.get("target_spans", ()))))
    j = hit.data["token"] - 1
    while j >= 0 and toks[j].word and (toks[j].low in cues.be or toks[j].low in cues.adverbs
                                       or toks[j].low.endswith("ly") or toks[j].low in ("has", "have", "had")
                                       or toks[j].low in cues.date_words or toks[j].low == "on" and j + 1 < len(toks)
                                       and toks[j + 1].low in cues.date_words):
        j -= 1  # 'Japan's foreign ministry on Wednesday protested': the day between subject and verb
    for k in range(j, max(j - SUBJECT_WORDS, -1), -1):
        t = toks[k]
        if not t.word or not (t.raw[:1].isupper() or t.low in voices or is_filler(t.low, cues)):
            break
        form = longest_form(text, t.start) if t.raw[:1].isupper() else None
        if t.low in voices or form in state_names() and (t.raw == form or t.raw[len(form):] in ("'s", "’s")):
            return replace(hit, type="ACCUSE", mode="disapprove", data=dict(hit.data, stated_type="PROTEST"))
    return hit


SOURCES = ("from", "by")  # the words before a protest noun's source ('a protest from Lima')
ADDRESSED = ("to",)  # the word before the side a protest verb is made to ('protested to Lima')


def state_source(text: str, toks: list[Token], j: int, cues: Cues, preps: tuple[str, ...] = SOURCES) -> bool:
    """"prompting a similar protest from Lima", "a formal protest by the foreign ministry": a protest noun whose
    source after "from" or "by" is a state, its capital or a state's voice is a diplomatic protest, not a
    demonstration ("protests by students" stay people's). With `ADDRESSED`: a protest verb made "to" a state
    ("Peru recalled its envoy and protested to Chile": the protest is lodged with a government, CAMEO 11x 'protest
    officially', ACCUSE; people marching to an embassy, or protesting to demand something, address no state)."""
    if j >= len(toks) or toks[j].low not in preps:
        return False
    for k in range(j + 1, min(len(toks), j + 1 + SUBJECT_WORDS)):
        t = toks[k]
        if not t.word or not (t.raw[:1].isupper() or t.low in cues.state_voices or is_filler(t.low, cues)):
            return False
        form = longest_form(text, t.start) if t.raw[:1].isupper() else None
        if t.low in cues.state_voices or form in state_names() and (t.raw == form or t.raw[len(form):] in ("'s", "’s")):
            return True
    return False


def addressed_span(toks: list[Token], j: int, cues: Cues) -> tuple[int, int]:
    """(protest65) The words after the "to" at token j that `state_source` found naming a state: the side a protest
    verb is lodged with is its target, a capital as well as a state's name ('protested to Santiago': the capital is
    the government addressed, no place gone to)."""
    k = j + 1
    while k < len(toks) and k - j <= SUBJECT_WORDS and toks[k].word \
            and (toks[k].raw[:1].isupper() or toks[k].low in cues.state_voices or is_filler(toks[k].low, cues)):
        k += 1
    return toks[j + 1].start, toks[k - 1].end


def is_filler(low: str, cues: Cues) -> bool:
    return low in cues.determiners or low.endswith(("'s", "s'"))


def received_protesters(hits: list[ActHit]) -> list[ActHit]:
    """"arrested dozens of protesters", "condemned the crackdown on demonstrators": a protest noun inside
    another act's object or target span names the people that act reaches, not a protest of theirs (PLOVER
    codes the act on them); the hit is dropped. A protest noun as a subject ("Protesters blocked") stays."""
    def spans(h: ActHit) -> list[tuple[int, int]]:
        own = [h.data["domestic_target"]] if "domestic_target" in h.data else []
        return own + list(h.data.get("target_spans", ()))
    reached = [span for h in hits if h.type != "PROTEST" and not h.negated for span in spans(h)]
    return [h for h in hits if not (h.type == "PROTEST" and h.nominal and h.lemma in PEOPLE_LEMMAS
                                    and any(lo <= h.start < hi for lo, hi in reached))]


PEOPLE_LEMMAS = frozenset({"protester"})  # the protest entry whose words name people (lexicon: protester)


MET_PEOPLE_REACH = 5  # words between a meeting verb and the protesters it met ('met with a group of student protesters')


def met_protesters(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """(meet52b) 'The Kenyan president met protesters', 'met with a group of demonstrators': a protester noun as a
    meeting's object names the people met, no protest told (PLOVER codes the meeting; a protest needs a deed of
    theirs: 'protesters marched', which keeps its verb's hit). The hit is dropped where only determiners and the
    words of `met_people_words` stand between the meeting word and it."""
    ends = [h.data.get("end_token", h.data.get("token")) for h in hits if h.type == "CONSULT" and not h.negated]
    ends = [e for e in ends if e is not None]

    def met(h: ActHit) -> bool:
        i = h.data.get("token")
        if i is None or not ends:
            return False
        for gap in range(1, MET_PEOPLE_REACH + 2):
            j = i - gap
            if j in ends:
                return True
            if j < 0 or not toks[j].word or toks[j].low not in cues.met_people_words | cues.determiners:
                return False
        return False

    return [h for h in hits if not (h.type == "PROTEST" and h.nominal and h.lemma in PEOPLE_LEMMAS and met(h))]

