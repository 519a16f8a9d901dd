"""Where people with no state of their own acted: 'Gunmen kidnapped two Turkish engineers in Nigeria'.

Why: an act's object phrase ran on over a locative ('two Turkish engineers in Nigeria'), so the state of the place
was read as one of those acted on; for a subject that names no state (gunmen, militants, protesters: the
`people_subject` the clause reader marked), the pipeline takes the acting side from the place (the state the act
happened in, as PLOVER's gold codes rebels and gunmen by where they operate) and found none left. A locative 'in'
+ a capitalized name inside an object phrase that already holds words of its own is the act's place: the object
phrase ends before it. A subject that names its state ('Nigerian troops') keeps the phrase as it was.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.kb.geo import country_index
from readout.sectors import STATE_FORCE_SECTORS

LOCATIVES = frozenset({"in"})  # the preposition of a place an act happened in ('in Nigeria', 'in northern Mali')
REMOTE_MODES = frozenset({"cyber"})  # (enmil47) an intrusion is done from afar: 'hacked a bank in X' places the bank,
# not the hackers, so the object phrase keeps its place (act_targets.struck_object_spans)
PLACE_MODIFIERS = 1  # a word before the place's name ('in northern Nigeria', 'in eastern Congo')
VICTIM_LOCATIVES = frozenset({"in", "near", "outside"})  # (enattack50) where harmed people stood: 'near a Lebanese town'
HARM_TYPES = frozenset({"ASSAULT"})  # (enattack50) acts whose object is people harmed where they stood


def located_people(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each act of a stateless people subject with its object phrases cut before a locative."""
    return [placed(toks, h, cues) if h.data.get("people_subject") and h.data.get("target_spans")
            and h.mode not in REMOTE_MODES and not state_forces_subject(toks, h) else h for h in hits]


def state_forces_subject(toks: list[Token], hit: ActHit) -> bool:
    """(enattack51b) A state's forces named with their state right before the verb ('Russian forces struck buildings in
    X', 'Russian troops ...'): no stateless people, so the place stays the struck object's, as the module's rule says
    of 'Nigerian troops' (and as 'Russian jets struck buildings in X' reads)."""
    k = hit.data.get("token")
    if hit.data.get("people_subject") not in STATE_FORCE_SECTORS or k is None:
        return False
    states = country_index()
    return any(t.raw[:1].isupper() and t.raw in states for t in toks[max(0, k - SUBJECT_WORDS):k])


SUBJECT_WORDS = 3  # words before the verb a state forces' subject is named in ('[Russian] forces', 'the [Malian] army')


def stated_victims(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """(enattack50) The hits, each attack whose harmed people's own words name a state ('killed five Israeli deserters
    near a Lebanese town') with its object phrases cut before the locative: the people are of the state their words
    name, and the place's state ('Lebanese') is where it happened, not a second victim. An object whose words before
    the locative name no state ('killed five villagers near X') keeps its place for the placed-victims readers."""
    return [placed(toks, h, cues, VICTIM_LOCATIVES) if h.type in HARM_TYPES and h.data.get("target_spans")
            and h.mode not in REMOTE_MODES
            and names_state_before_locative(toks, h.data["target_spans"][0]) else h for h in hits]


def names_state_before_locative(toks: list[Token], span: tuple[int, int]) -> bool:
    """Whether the words of the object phrase at `span` before its first locative name a state by a country word
    ('five [Israeli] deserters near ...')."""
    states = country_index()
    for t in toks:
        if t.start < span[0] or t.end > span[1]:
            continue
        if t.low in VICTIM_LOCATIVES:
            return False
        if t.raw[:1].isupper() and t.raw in states:
            return True
    return False


def placed(toks: list[Token], hit: ActHit, cues: Cues, locatives: frozenset[str] = LOCATIVES) -> ActHit:
    spans = tuple(cut(toks, span, cues, locatives) for span in hit.data["target_spans"])
    return hit if spans == hit.data["target_spans"] else replace(hit, data={**hit.data, "target_spans": spans})


def cut(toks: list[Token], span: tuple[int, int], cues: Cues, locatives: frozenset[str] = LOCATIVES) -> tuple[int, int]:
    """The span up to the word before its first locative followed by a name (a word between them at most)."""
    inside = [n for n, t in enumerate(toks) if span[0] <= t.start and t.end <= span[1]]
    for n in inside[1:]:
        if toks[n].low not in locatives or toks[n - 1].low in cues.prepositions:
            continue
        name = next((m for m in range(n + 1, min(len(toks), n + 2 + PLACE_MODIFIERS)) if toks[m].raw[:1].isupper()),
                    None)
        if name is not None and all(toks[m].word and toks[m].raw[:1].islower() for m in range(n + 1, name)):
            return span[0], toks[n - 1].end
    return span
