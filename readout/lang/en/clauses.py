"""English clauses from word patterns: where the clause of a meeting word starts and ends, what kind of
mention of a meeting it is, and the role a name plays towards it.

English is verb-medial and marks few roles, so the clause is bounded by the words that open another
one (subordinators, relative pronouns, ', and', ';', 'before'/'after' + another event) and roles come
from position and prepositions: before the verb is the subject, 'with X' and 'his counterpart X' are
the 'with' party, right after the verb the object ('met X'), and a possessive ('Lee's') only owns the
meeting noun it stands before. A relative clause closed by commas (', who arrived on Sunday,') is
skipped, so the name before it stays the subject.
Where a clause ends is read in clause_spans.py, the cues the name reader asks that read no role themselves in
name_role_cues.py (debt46).
"""
from __future__ import annotations

import functools
import re
from typing import NamedTuple

from readout import budget
from readout.kb.loader import lexicon
from readout.lang.en import country_forms
from readout.lang.en.clause_patterns import patterns
from readout.lang.en.name_role_anchors import (enacting_verb, inherited_anchor, modifies_subject, passive_role,
                                               passive_with_agent, reported_speech_act, verb_like)
from readout.lang.en.verb_chains import chained_role
from readout.lang.en.group_examples import group_example
from readout.lang.base import Trigger
from readout.lang.en.clause_spans import between_subject_and_verb, clause_bounds, relative_spans, without_asides
from readout.lang.en.name_role_cues import (
    BEFORE_REACH, attribution, comitative_subject, fronted_setting_subject, in_compound_modifier, in_fronted_clause,
    in_name_list, interviewer, judged_gerund_actor, listed_object_gap, participial_adjunct, passive_between_party,
    quote_speaker, residence_role, state_head, unbracketed, unquoted)


@functools.lru_cache(maxsize=1024)
def attendee_phrase(text: str, start: int, before: str, trigger: Trigger, kind: str) -> bool:
    """'attended by A and B', 'accompanied by X' (`kind`: the pattern, participant_before or attendee_before): a
    name the phrase before it joins to the meeting. Not one past the meeting word itself ('A, accompanied by X, met
    B': B is the one met)."""
    found = patterns()[kind].search(before)
    return found is not None and not (start >= trigger.end and start - len(before) + found.start() < trigger.start)



def trigger_kind(text: str, start: int, end: int) -> str:
    """background ('before the summit': another moment), setting ('at the talks': the scene), or
    predicate ('met', 'held talks')."""
    p = patterns()
    before = text[max(0, start - 60):start]
    if p["verb_form"].fullmatch(text[start:end]):
        return "predicate"
    if p["headline_visit"].match(text, start) and not p["visit_noun_before"].search(before):
        return "predicate"  # ploveren71: 'Kenyan leader visits Somalia': a headline's present verb
    if p["background_before"].search(before):
        own = lexicon("en").re("own_meeting_before_re").search(before)
        return "setting" if own and text[start:end].lower() in OWN_MEETING_WORDS else "background"
    if p["light_verb_before"].search(before):
        return "predicate"
    return "setting"  # a meeting noun that no light verb governs: 'at the talks', 'a productive meeting' 


OWN_MEETING_WORDS = frozenset({"talks", "summit", "summit talks"})  # 'after talks': the subjects' own


@budget.table()
def who_then_verb_re() -> re.Pattern:
    """A name, its relative pronoun, and the relative clause's own verb ('X, who also expressed', 'X, who later
    urged', 'X, who on Monday urged'): up to two of the lexicon's `relative_clause_adverbs` or a day phrase between."""
    adverbs = "|".join(map(re.escape, lexicon("en")["relative_clause_adverbs"]))
    return re.compile(rf",\s+who\s+(?:(?:{adverbs}|on\s+\w+)\s+){{0,2}}")


class NameAt(NamedTuple):
    """A name (`start`, `end`) asked about towards `trigger` in `text` (its short quotes unquoted), with the bounds
    of the trigger's clause (`left`, `right`): what each reader of `name_role` reads."""

    text: str
    start: int
    end: int
    trigger: Trigger
    left: int
    right: int

    @property
    def before(self) -> str:
        return self.text[max(0, self.start - BEFORE_REACH):self.start]

    @property
    def after(self) -> str:
        return self.text[self.end:self.end + 40]

    @property
    def in_clause(self) -> bool:
        return self.left <= self.start < self.right


def name_role(text: str, start: int, end: int, trigger: Trigger) -> str:
    """The role of the name at `start`-`end` towards `trigger`: subject, with, object, modifier, attendee, mediator,
    participant, source or other. Why a chain of readers (`NAME_ROLE_READERS`), each a screen: every reader decides the
    cases of one structure (a relative or reported clause, a passive, a scene, an attendee phrase, an owner, the main
    clause) or passes (None); the first that decides answers, so a reader sees only names the earlier passed, and
    `clause_place_role` reads the rest by their place in the clause."""
    text = unquoted(text)  # 'denounced X as a "rehearsal for war" and vowed': a short quote is a phrase, no clause
    if who_then_verb_re().fullmatch(text, end, trigger.start):
        return "subject"  # 'spoke with X, who expressed solidarity with Y': the relative clause's act is X's
    enacting = enacting_verb(text, trigger)
    if enacting is not None and start < enacting.start:
        return name_role(text, start, end, enacting)  # 'Peru's parliament passed a resolution condemning X'
    at = NameAt(text, start, end, trigger, *clause_bounds(text, trigger.start, trigger.end))
    for reader in NAME_ROLE_READERS:
        role = reader(at)
        if role:
            return role
    return clause_place_role(at)


def relative_clause_role(at: NameAt) -> str | None:
    """A name inside another clause than the trigger's: a relative clause, one between a subject and its verb, or the
    actor of a judged gerund ('condemned X for firing': X fired)."""
    text, start, trigger = at.text, at.start, at.trigger
    if any(a <= start < b for a, b in relative_spans(text)) and not at.in_clause:
        return "other"
    if between_subject_and_verb(text, start, trigger):
        return "other"  # actors56: 'A, which quarrels with B, signed a pact with C': B is the relative clause's
    judged = judged_gerund_actor(text, trigger)
    if judged is not None and start < trigger.start:
        return "subject" if (start, at.end) == judged else "other"
    return None


def reported_clause_role(at: NameAt) -> str | None:
    """A name before a clause with no subject of its own: a reported clause, a chain of verbs, a saying's scene, or
    a clause whose subject is inherited from the one before ('X said ... and urged'): the earlier verb's role."""
    text, start, end, trigger, left, p = at.text, at.start, at.end, at.trigger, at.left, patterns()
    reporter = reported_speech_act(text, left, trigger)
    if reporter is not None and left <= start < trigger.start:
        return "other"  # 'Japan said the launch threatened peace and condemned X': not the reported clause's subject
    chained = chained_role(text, start, trigger, lambda verb: name_role(text, start, end, verb))
    if chained is not None:
        return chained  # 'said he had reaffirmed ... to help B recover and had urged C': the subject of 'had reaffirmed'
    if trigger.kind == "setting" and start < left and p["reported_scene_gap"].fullmatch(text, end, left) \
            and p["opening_phrase"].fullmatch(text[:start]):
        return "subject"  # meetset71: 'X said at the talks with B that ...': the scene is the saying's, X its subject
    if start < left:
        anchor = inherited_anchor(text, left, trigger.start) or reporter
        if anchor is not None:  # the clause has no subject of its own: the previous clause's stands
            role = name_role(text, start, end, Trigger(anchor[0], anchor[1], text[anchor[0]:anchor[1]]))
            if role != "subject" and anchor[2] == "coordinator_end":
                role = reported_before_but(text, start, end, anchor[1])
            opening = anchor[2] == "reporting_end" or p["opening_phrase"].fullmatch(text[:start]) \
                or quote_speaker(text, start, end)
            if role != "subject" and opening and coordinated_verb_subject(text, start, end, trigger):
                role = "subject"  # "Peru's government on Monday condemned X, and recalled ...": the first verb's subject
            return "subject" if role == "subject" and opening else "other"
    return None


def passive_or_residence_role(at: NameAt) -> str | None:
    """A name in a passive clause with its agent ('was condemned by X'), or one of residence before the trigger
    ('Hungarians in X'): the passive's or the residence phrase's own reading."""
    if at.in_clause and passive_with_agent(at.text, at.trigger, at.right):
        role = passive_role(at.text, at.start, at.end, at.trigger, at.left)
        if role:
            return role
    if at.left <= at.start < at.trigger.start:
        return residence_role(at.text, at.start, at.end, at.left) or None
    return None


SOURCE_PHRASE_CHARS = 60  # characters from 'according to' to the name it opens ('according to a senior Chilean')


def scene_role(at: NameAt) -> str | None:
    """A name after a fronted scene ('At the talks with A, B said'), the source of a report, a crowd's place, or a
    name before a participial adjunct: who the sentence's main clause or its attribution names."""
    text, start, end, trigger, left, p = at.text, at.start, at.end, at.trigger, at.left, patterns()
    if trigger.kind == "setting" and start > trigger.end and p["main_subject_gap"].search(at.before) \
            and lexicon("en").re("fronted_setting_re").match(text[:trigger.start]):
        return "subject"  # meetset71: 'At the talks with A, B said trade would grow': the sentence opens with the
        # scene, so the name after its comma opens the main clause (no trailing attribution ', officials said.')
    if start > trigger.end and attribution(text, start, end) or interviewer(text, start) \
            or p["source_phrase_before"].search(text, max(0, start - SOURCE_PHRASE_CHARS), start):
        return "source"  # acts60b: 'According to X, Y told Z ...': X reports, fronted or not
    if start > trigger.end and at.in_clause and p["crowd_place_gap"].match(text[trigger.end:start]) \
            and p["crowd_subject"].match(text[left:trigger.start]):
        return "subject"  # 'Hundreds of residents blocked a bridge in Lima': the crowd is Peru's
    if start < trigger.start and participial_adjunct(text, trigger):
        opens = any(p["opening_phrase"].fullmatch(unbracketed(text), begin, start) for begin in (0, left) if begin <= start)
        return "subject" if opens or quote_speaker(text, start, end) else "other"
    return None


def attendee_role(at: NameAt) -> str | None:
    """A name a phrase joins to the meeting without making it a side ('mediated by A', 'attended by B', 'accompanied
    by X'), the one told ('told his counterpart that'), or the subject of the first of two joined verbs."""
    text, start, end, trigger, p = at.text, at.start, at.end, at.trigger, patterns()
    before, after = at.before, at.after
    if attendee_phrase(text, start, before, trigger, "mediator_before"):
        return "mediator"  # 'talks in X, mediated by A': a party of the talks (consult10)
    if attendee_phrase(text, start, before, trigger, "participant_before"):
        return "participant"  # 'a summit chaired by A and attended by B': a party
    if attendee_phrase(text, start, before, trigger, "attendee_before") or p["attendee_after"].match(after) \
            or attendee_phrase(text, start, before, trigger, "witness_before") \
            or p["with_before"].search(before) and p["witness_after"].match(after):
        return "attendee"  # 'accompanied by X', 'with X presiding over the ceremony' (fresh37): no party
    if at.left <= start < trigger.start and p["addressee_before"].search(text, max(0, start - 60), start):
        told = p["addressee_that"].match(text, end)
        if told and told.end() <= trigger.start:
            return "object"  # 'told his Iraqi counterpart that Tehran would not': the one told, not the subject
    if start < trigger.start and at.left <= start and coordinated_verb_subject(text, start, end, trigger):
        return "subject"  # "Nigeria's army shot Norway and seized": the first verb's subject
    return None


def owner_role(at: NameAt) -> str | None:
    """A name that owns or modifies a noun ("Peru's", 'the German government'): the subject when what it owns acts
    (the owner before the verb, an appositive's side, coordinated owners), else a modifier."""
    text, start, end, trigger, left, p = at.text, at.start, at.end, at.trigger, at.left, patterns()
    after = at.after
    if p["possessive"].match(after):
        owns = start < trigger.start and p["owner_gap"].fullmatch(without_asides(unbracketed(text), end, trigger.start))
        gap = p["appositive_owner_gap"].match(text, end, trigger.start) if start < trigger.start else None
        if not owns and gap and p["lower_words"].fullmatch(text, gap.end(), trigger.start) \
                and p["appositive_open"].search(text[:start]) and not state_head(text[:start]):
            return "subject"  # 'X, Algeria's leading activist, staged': the appositive names X's side
        if not owns and start < trigger.start and left <= start and p["opening_phrase"].fullmatch(unbracketed(text), left, start) \
                and p["opening_owner"].match(text, end) and not p["opening_owner_stop"].search(text, end, trigger.start):
            return "subject"  # "Peru's former defence minister was charged ... and will step down"
        if not owns and start < trigger.start and p["opening_phrase"].fullmatch(unbracketed(text), 0, start) \
                and p["reported_own_state"].match(text, end):  # the reported clause opens after the owner
            return "subject"  # plover57: "Latvia's prime minister said his government would": the owner's state acts
        if not owns and left <= start < trigger.start and coordinated_owner(text, end, trigger):
            return "subject"  # "Britain's prime minister and France's president condemned": both owners act
        return "subject" if owns else "modifier"
    modifier = p["modifier_after"].match(after)
    if modifier and start < trigger.start and left <= start \
            and p["verb_gap"].fullmatch(text[end + modifier.end():trigger.start]):
        return "subject"  # 'the German government today welcomed': the head is the subject
    if modifier:
        return "modifier"
    return None


def main_clause_role(at: NameAt) -> str | None:
    """A name opening the main clause after a scene ('At the talks with A, B said'; 'In a phone call on Monday, A and
    B agreed'), one acting with the subject ('Portugal, together with Brazil, condemned'); outside the trigger's
    clause no role; with a background meeting word only the 'with' side."""
    text, start, end, trigger, p = at.text, at.start, at.end, at.trigger, patterns()
    if trigger.kind == "setting" and start > trigger.end and p["main_subject_gap"].search(at.before):
        return "subject"  # 'At the talks with A, B said': B is the main clause's subject
    if trigger.kind == "setting" and start > trigger.end and fronted_setting_subject(text, start, trigger):
        return "subject"  # 'In a phone call on Monday, A and B agreed': both open the main clause
    if start < trigger.start and comitative_subject(text, start, end, trigger):
        return "subject"  # 'Portugal, together with Brazil, condemned': Brazil acts with the subject
    if not at.in_clause:
        return "other"
    if trigger.kind == "background":
        return "with" if p["with_before"].search(at.before) or start < trigger.start else "other"
    return None


def clause_place_role(at: NameAt) -> str:
    """A name in the trigger's clause that no structure above decided, by its place: before the verb its subject
    (unless an object listed before a second verb, or after a preposition), after it its object, 'with X' the
    'with' side."""
    text, start, end, trigger, left, p = at.text, at.start, at.end, at.trigger, at.left, patterns()
    before = at.before if not opens_clause(at) else ""  # coord55: 'sent troops to its border with Chile and Bolivia
    # closed its border': Bolivia opens a clause of its own; no 'with' of the clause before governs it
    if start < trigger.start and passive_between_party(p, text, start, end, trigger):
        return "subject"  # precision49: 'An agreement between A and B was signed': both make it
    if p["with_before"].search(before) or p["counterpart_before"].search(before) or p["between_before"].search(before):
        return "with"
    if start < trigger.start and in_compound_modifier(text, start, end):
        return "other"
    if start < trigger.start and in_fronted_clause(text, end, trigger.start):
        return "other"  # 'Without consulting Chile, Norway condemned': the fronted clause's own object
    if start < trigger.start:
        if listed_object_gap(p, text, end, trigger.start) and not in_name_list(text[left:start]) and (
                p["verb_object_before"].search(before) or verb_like(text[left:start].split()[1:])):
            return "object"  # "Japan condemned North Korea and urged China", "X denounced the drills of A and B
            # and warned": a name in the first verb's object, not the second verb's subject
        if not p["preposition_before"].search(before) or modifies_subject(text[left:start]) \
                or group_example(text[left:start]):
            return "subject"
        return "other"
    between = text[trigger.end:start]
    if p["topic_verb"].fullmatch(text, trigger.start, trigger.end):
        return "other"  # 'discussed North Korea with X': the object is the topic, the party follows 'with'
    if p["object_gap"].fullmatch(between):
        return "object"
    return "other"


def opens_clause(at: NameAt) -> bool:
    """(coord55, issue 13) Whether the name opens the trigger's clause before the trigger, the clause starting after
    the sentence's start (`clause_bounds` ended the clause before at a coordinator before a new subject and finite
    verb: 'with Chile and | Bolivia closed'): the words before it belong to another clause, and no preposition there
    makes it that clause's 'with' side or object."""
    return 0 < at.left <= at.start < at.trigger.start and not at.text[at.left:at.start].strip()


NAME_ROLE_READERS = (relative_clause_role, reported_clause_role, passive_or_residence_role, scene_role, attendee_role,
                     owner_role, main_clause_role)  # in this order; `clause_place_role` answers what they pass


def coordinated_owner(text: str, end: int, trigger: Trigger) -> bool:
    """An owner whose titled person is coordinated with another state's ('Britain's prime minister and France's
    president condemned'): the next owner's role decides, so both act or neither does; 'X's president and his wife'
    names no second state."""
    m = patterns()["coordinated_owner"].match(text, end, trigger.start)
    form = country_forms.longest_form(text, m.end()) if m else None
    return bool(form) and name_role(text, m.end(), m.end() + len(form), trigger) == "subject"



def reported_before_but(text: str, start: int, end: int, but_end: int) -> str:
    """(en41) 'X said the matter was closed, but warned that ...': the clause before 'but' is what X said, so the verb
    after 'but' (no subject of its own) is X's: "subject" when the name is the subject of the last verb of saying
    before 'but' (`reported_but_re`), else "other"."""
    m = None
    for m in patterns()["reported_but"].finditer(text, 0, but_end):
        pass
    if m is None or m.end() != but_end or start >= m.start():
        return "other"
    verb_end = m.start() + len(m.group(0).split()[0])
    return name_role(text, start, end, Trigger(m.start(), verb_end, text[m.start():verb_end]))


def coordinated_verb_subject(text: str, start: int, end: int, trigger: Trigger) -> bool:
    """The name is the subject of the first of two verbs joined by "and" (with the first verb's object
    between) that the trigger is the second of."""
    m = patterns()["first_verb_of_pair"].fullmatch(text, end, trigger.start)
    if not m:
        return False
    v0, v1 = m.span("verb")
    return name_role(text, start, end, Trigger(v0, v1, text[v0:v1])) == "subject"
