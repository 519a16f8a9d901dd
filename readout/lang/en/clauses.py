"""English clauses from word patterns: where the clause of a meeting word starts and ends, what kind of
mention of a meeting it is, and the role a name plays towards it.

English is verb-medial and marks few roles, so the clause is bounded by the words that open another
one (subordinators, relative pronouns, ', and', ';', 'before'/'after' + another event) and roles come
from position and prepositions: before the verb is the subject, 'with X' and 'his counterpart X' are
the 'with' party, right after the verb the object ('met X'), and a possessive ('Lee's') only owns the
meeting noun it stands before. A relative clause closed by commas (', who arrived on Sunday,') is
skipped, so the name before it stays the subject.
"""
from __future__ import annotations

import functools
import re

from readout.kb.loader import lexicon
from readout.lang.en import countries
from readout.lang.en.clause_patterns import boundary_pattern, patterns, residence_patterns
from readout.lang.en.name_role_anchors import (clause_words, enacting_verb, inherited_anchor, modifies_subject,
                                               passive_role, passive_with_agent, reported_speech_act, verb_like)
from readout.lang.en.verb_chains import chained_role
from readout.lang.base import Trigger
from readout.patterns import fold


@functools.lru_cache(maxsize=256)  # every name and trigger of a sentence asks again
def relative_spans(text: str) -> list[tuple[int, int]]:
    """', who ... ,' and ', which ... ,' spans, and participial asides (', asked about X at a briefing,',
    ', speaking at a rally,'): embedded clauses inside the main one, which neither end its subject nor hold its
    predicate."""
    return sorted([(m.start(), m.end()) for m in patterns()["relative"].finditer(text)] + aside_spans(text))


def between_subject_and_verb(text: str, start: int, trigger: Trigger) -> bool:
    """(actors56) Whether the name at `start` stands in a ', which/who/whose ... ,' clause closed before the act word
    ('Egypt, which is at odds with Sudan, signed a pact with Chad'): it says something of the subject and takes no
    part in the main verb's act (no 'with' partner, no object), though the clause reader skips it to keep the
    subject. A participial aside (', backed by X,') is left to its own readers."""
    return start < trigger.start and any(a <= start < b <= trigger.start
                                         for a, b in ((m.start(), m.end()) for m in patterns()["relative"].finditer(text)))


def aside_spans(text: str) -> list[tuple[int, int]]:
    """', asked about X at a briefing,' and ', speaking at a rally,' between a subject and its verb: a participial
    aside that says where or when the subject spoke, never who acts."""
    return [(m.start(), m.end()) for m in patterns()["aside"].finditer(text)]


def without_asides(text: str, start: int, end: int) -> str:
    """text[start:end] with the participial asides inside it cut out ("'s president, speaking at a rally, " ->
    "'s president "), so the words between an owner and the verb read as if the aside were not there."""
    out, at = [], start
    for a, b in aside_spans(text):
        if start <= a and b <= end:
            out.append(text[at:a])
            at = b
    return "".join(out) + text[at:end]


@functools.lru_cache(maxsize=1024)
def attendee_phrase(text: str, start: int, before: str, trigger: Trigger, kind: str) -> bool:
    """'attended by A and B', 'accompanied by X' (`kind`: the pattern, participant_before or attendee_before): a
    name the phrase before it joins to the meeting. Not one past the meeting word itself ('A, accompanied by X, met
    B': B is the one met)."""
    found = patterns()[kind].search(before)
    return found is not None and not (start >= trigger.end and start - len(before) + found.start() < trigger.start)


@functools.lru_cache(maxsize=1024)  # each name of a sentence asks for the clause of each trigger: 4 of 5 calls repeat one
def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets [left, right) of the clause around the word at [start, end)."""
    embedded = relative_spans(text)
    own = next(((a, b) for a, b in embedded if a <= start < b), None)
    if own:
        return own
    boundary, low = boundary_pattern(), fold(text)  # the matches' offsets are the text's
    left = 0
    for m in boundary.finditer(low, 0, end):  # the word itself in view: 'claimed Y shelled' ends at 'claimed' only
        if m.end() > start:  # with the past verb seen (enrelative68); a boundary reaching into the word is not before it
            break
        if not any(a <= m.start() < b for a, b in embedded) and not closes_series(text, m) \
                and not time_phrase_joint(text, m, start):
            left = m.end()
    left = max(left, speaker_comma(low, start, embedded))
    right = len(text)
    m = boundary.search(low, end)
    while m and (any(a <= m.start() < b for a, b in embedded) or closes_series(text, m)):
        m = boundary.search(low, m.end())
    if m:
        right = m.start()
    for a, b in subject_joints(text):
        if not any(x <= a < y for x, y in embedded):
            left, right = (max(left, b), right) if b <= start else (left, min(right, a)) if a >= end else (left, right)
    return fronted_split(text, start, left, right)


def speaker_comma(low: str, start: int, embedded) -> int:
    """(enclaims68) Past the comma before a trailing attribution ('Y shelled Z, X alleged on Friday.') when the word
    at `start` is in it: the boundary pattern sees that comma only with the sentence's end in view, which the search
    for the boundaries before a word (cut at the word) does not give it. 0: no such comma before `start`."""
    last = 0
    for m in boundary_pattern().finditer(low):
        if m.start() >= start:
            break
        if m.group() == "," and not any(a <= m.start() < b for a, b in embedded):
            last = m.end()
    return last


@functools.lru_cache(maxsize=256)
def subject_joints(text: str) -> tuple[tuple[int, int], ...]:
    """(enclause50) Each bare ' and ' that opens a clause with a new subject ('Peru closed its border and Bolivia
    recalled its ambassador'): `new_subject_and_re` (a name and its finite verb after it) where the words since the
    last boundary hold a finite verb of their own (`finite_before_and_re`) and the name before it is no first of two
    joined after 'of' ('the leaders of A and B met': `joined_names_before_and_re`). Why: the boundary pattern takes only ', and'
    ("A, B and C condemned" shares one subject), so with no comma the second act took the first one's subject, and
    the first took the second's subject as its target."""
    p, boundary, low = patterns(), boundary_pattern(), fold(text)
    out = []
    for m in p["new_subject_and"].finditer(text):
        since = max((b.end() for b in boundary.finditer(low, 0, m.start())), default=0)
        if p["finite_before_and"].search(text, since, m.start()) \
                and not p["joined_names_before_and"].search(text, since, m.start()):
            out.append((m.start(), m.end()))
    return tuple(out)


def fronted_split(text: str, start: int, left: int, right: int) -> tuple[int, int]:
    """"After X attacked Y, Z expelled ...": a subordinate clause the sentence opens with ends at its
    comma; the main clause starts after it (neither side of one is a party of the other's act)."""
    opener = patterns()["fronted_subordinate"].match(text)
    comma = text.find(",", opener.end()) if opener else -1
    if comma < 0:
        return left, right
    return (left, min(right, comma)) if start < comma else (max(left, comma + 1), right)


def time_phrase_joint(text: str, m: re.Match, start: int) -> bool:
    """(en34) 'accused X of ... ahead of winter and urged': the boundary word opens a time phrase of a few lower-case
    nouns that runs on, through 'and', right to the verb at `start`; it opens no clause of its own (no name, no verb),
    so the verb after 'and' stays in the clause of the verb before it and keeps that verb's subject."""
    return bool(patterns()["time_phrase_joint"].fullmatch(text, m.start(), start))


def closes_series(text: str, m: re.Match) -> bool:
    """', and' before the last of three or more names ("A, B, and C condemned", "urged A, B, and C"): the
    serial comma of a list, which shares one clause (every name of a coordinated subject acts)."""
    p = patterns()
    return m.group().startswith(",") and bool(p["series_next"].match(text, m.end())) \
        and bool(p["series_tail"].search(text, max(0, m.start() - SERIES_REACH), m.start()))


SERIES_REACH = 120  # characters of a list read back from its last ', and'


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


BEFORE_REACH = 100  # characters before a name its role patterns read: room for a long title ('with South Africa's
# Minister of International Relations and Cooperation X')


@functools.lru_cache(maxsize=1)
def who_then_verb_re() -> re.Pattern:
    """A name, its relative pronoun, and the relative clause's own verb ('X, who also expressed', 'X, who later
    urged', 'X, who on Monday urged'): up to two of the lexicon's `relative_clause_adverbs` or a day phrase between."""
    adverbs = "|".join(map(re.escape, lexicon("en")["relative_clause_adverbs"]))
    return re.compile(rf",\s+who\s+(?:(?:{adverbs}|on\s+\w+)\s+){{0,2}}")


def name_role(text: str, start: int, end: int, trigger: Trigger) -> str:
    text = unquoted(text)  # 'denounced X as a "rehearsal for war" and vowed': a short quote is a phrase, no clause
    p = patterns()
    if who_then_verb_re().fullmatch(text, end, trigger.start):
        return "subject"  # 'spoke with X, who expressed solidarity with Y': the relative clause's act is X's
    enacting = enacting_verb(text, trigger)
    if enacting is not None and start < enacting.start:
        return name_role(text, start, end, enacting)  # 'Peru's parliament passed a resolution condemning X'
    left, right = clause_bounds(text, trigger.start, trigger.end)
    if any(a <= start < b for a, b in relative_spans(text)) and not left <= start < right:
        return "other"
    if between_subject_and_verb(text, start, trigger):
        return "other"  # actors56: 'A, which quarrels with B, signed a pact with C': B is the relative clause's
    judged = judged_gerund_actor(text, trigger)
    if judged is not None and start < trigger.start:
        return "subject" if (start, end) == judged else "other"  # 'condemned X for firing': X fired
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
    if left <= start < right and passive_with_agent(text, trigger, right):
        role = passive_role(text, start, end, trigger, left)
        if role:
            return role
    after, before = text[end:end + 40], text[max(0, start - BEFORE_REACH):start]
    if left <= start < trigger.start:
        residence = residence_role(text, start, end, left)
        if residence:
            return residence
    if trigger.kind == "setting" and start > trigger.end and p["main_subject_gap"].search(before) \
            and lexicon("en").re("fronted_setting_re").match(text[:trigger.start]):
        return "subject"  # meetset71: 'At the talks with A, B said trade would grow': the sentence opens with the
        # scene, so the name after its comma opens the main clause (no trailing attribution ', officials said.')
    if start > trigger.end and attribution(text, start, end) or interviewer(text, start):
        return "source"
    if start > trigger.end and left <= start < right and p["crowd_place_gap"].match(text[trigger.end:start]) \
            and p["crowd_subject"].match(text[left:trigger.start]):
        return "subject"  # 'Hundreds of residents blocked a bridge in Lima': the crowd is Peru's
    if start < trigger.start and participial_adjunct(text, trigger):
        return "subject" if any(p["opening_phrase"].fullmatch(unbracketed(text), at, start) for at in (0, left) if at <= start) \
            or quote_speaker(text, start, end) else "other"
    if attendee_phrase(text, start, before, trigger, "mediator_before"):
        return "mediator"  # 'talks in X, mediated by A': a party of the talks (consult10)
    if attendee_phrase(text, start, before, trigger, "participant_before"):
        return "participant"  # 'a summit chaired by A and attended by B': a party
    if attendee_phrase(text, start, before, trigger, "attendee_before") or p["attendee_after"].match(after) \
            or attendee_phrase(text, start, before, trigger, "witness_before") \
            or p["with_before"].search(before) and p["witness_after"].match(after):
        return "attendee"  # 'accompanied by X', 'with X presiding over the ceremony' (fresh37): no party
    if left <= start < trigger.start and p["addressee_before"].search(text, max(0, start - 60), start):
        told = p["addressee_that"].match(text, end)
        if told and told.end() <= trigger.start:
            return "object"  # 'told his Iraqi counterpart that Tehran would not': the one told, not the subject
    if start < trigger.start and left <= start and coordinated_verb_subject(text, start, end, trigger):
        return "subject"  # "Nigeria's army shot Norway and seized": the first verb's subject
    if p["possessive"].match(after):
        owns = start < trigger.start and p["owner_gap"].fullmatch(without_asides(unbracketed(text), end, trigger.start))
        gap = p["appositive_owner_gap"].match(text, end, trigger.start) if start < trigger.start else None
        if not owns and gap and p["lower_words"].fullmatch(text, gap.end(), trigger.start) \
                and p["appositive_open"].search(text[:start]) and not state_head(text[:start]):
            return "subject"  # 'X, Algeria's leading activist, staged': the appositive names X's side
        if not owns and start < trigger.start and left <= start and p["opening_phrase"].fullmatch(unbracketed(text), left, start) \
                and p["opening_owner"].match(text, end) and not p["opening_owner_stop"].search(text, end, trigger.start):
            return "subject"  # "Peru's former defence minister was charged ... and will step down"
        if not owns and left <= start < trigger.start and coordinated_owner(text, end, trigger):
            return "subject"  # "Britain's prime minister and France's president condemned": both owners act
        return "subject" if owns else "modifier"
    modifier = p["modifier_after"].match(after)
    if modifier and start < trigger.start and left <= start \
            and p["verb_gap"].fullmatch(text[end + modifier.end():trigger.start]):
        return "subject"  # 'the German government today welcomed': the head is the subject
    if modifier:
        return "modifier"
    if trigger.kind == "setting" and start > trigger.end and p["main_subject_gap"].search(before):
        return "subject"  # 'At the talks with A, B said': B is the main clause's subject
    if trigger.kind == "setting" and start > trigger.end and fronted_setting_subject(text, start, trigger):
        return "subject"  # 'In a phone call on Monday, A and B agreed': both open the main clause
    if start < trigger.start and comitative_subject(text, start, end, trigger):
        return "subject"  # 'Portugal, together with Brazil, condemned': Brazil acts with the subject
    if not left <= start < right:
        return "other"
    if trigger.kind == "background":
        return "with" if p["with_before"].search(before) or start < trigger.start else "other"
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
        if not p["preposition_before"].search(before) or modifies_subject(text[left:start]):
            return "subject"
        return "other"
    between = text[trigger.end:start]
    if p["topic_verb"].fullmatch(text, trigger.start, trigger.end):
        return "other"  # 'discussed North Korea with X': the object is the topic, the party follows 'with'
    if p["object_gap"].fullmatch(between):
        return "object"
    return "other"


def coordinated_owner(text: str, end: int, trigger: Trigger) -> bool:
    """An owner whose titled person is coordinated with another state's ('Britain's prime minister and France's
    president condemned'): the next owner's role decides, so both act or neither does; 'X's president and his wife'
    names no second state."""
    m = patterns()["coordinated_owner"].match(text, end, trigger.start)
    form = countries.longest_form(text, m.end()) if m else None
    return bool(form) and name_role(text, m.end(), m.end() + len(form), trigger) == "subject"


def passive_between_party(p: dict[str, re.Pattern], text: str, start: int, end: int, trigger: Trigger) -> bool:
    """(precision49) The name is one of the 'between A and B' phrase of a passive verb's subject ('An agreement between
    A and B was signed'): the passive's unnamed agents are the pair, each a party of the act (the patient noun is the
    accord; neither state receives it)."""
    before = text[max(0, start - BEFORE_REACH):start]
    if not (p["between_before"].search(before) or p["between_pair_before"].search(before)):
        return False
    return bool(p["passive_gap"].fullmatch(text, end, trigger.start))


def listed_object_gap(p: dict[str, re.Pattern], text: str, end: int, verb: int) -> bool:
    """From a name's end to a second verb: the gap of a coordinated verb ('condemned A and urged'), past the rest of
    a list of names the first name opens ('condemned A, B and C and urged D': A is as much an object as C)."""
    if p["coordinated_verb_gap"].fullmatch(text, end, verb) or time_joined_object(p, text, end, verb):
        return True
    listed = p["listed_names_gap"].match(text, end, verb)
    return bool(listed) and bool(p["coordinated_verb_gap"].fullmatch(text, listed.end(), verb))


def time_joined_object(p: dict[str, re.Pattern], text: str, end: int, verb: int) -> bool:
    """(en34) 'accused X of targeting Y ahead of winter and urged': the first verb's complement up to a time phrase
    that runs through 'and' to the second verb (`time_phrase_joint`) is a coordinated verb's gap as if 'and' stood
    at the phrase's start: X is the first verb's object, no subject of the second."""
    joint = next((m for m in p["time_phrase_joint"].finditer(text, end, verb) if m.end() == verb), None)
    if joint is None or joint.start() <= end:
        return False
    return bool(p["coordinated_verb_gap"].fullmatch(text[end:joint.start()].rstrip() + " and "))


NAME_LIST_RE = re.compile(r"(?:^|,)\s*(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+)+$")


def in_name_list(before: str) -> bool:
    """The words before a name (from its clause's start) end in a list of names that opens the clause or follows a
    fronted phrase's comma ('In a joint statement, Germany, France and Italy demanded'): the name is one of the
    list's subjects, not the object of a verb before it ('Japan condemned North Korea, ...' opens with no comma)."""
    return bool(NAME_LIST_RE.search(before))


def quote_speaker(text: str, start: int, end: int) -> bool:
    """The name that opens the reporting frame right after a quote ('... is unacceptable," Wadephul told reporters,
    condemning X'): the speaker, and so the subject of a participle the frame goes on with."""
    p = patterns()
    return bool(p["quote_speaker_before"].search(text, max(0, start - 60), start)) \
        and bool(p["quote_speaker_after"].match(text, end))


def comitative_subject(text: str, start: int, end: int, trigger: Trigger) -> bool:
    """A name after 'together with' / 'along with' in the subject, with only other subject names, commas and
    auxiliaries or adverbs between it and the verb ('Portugal, together with Brazil, condemned', 'Together with
    Brazil, Portugal urged'): a joint act, done by both. After the verb ('met together with') it is no subject."""
    if trigger.kind != "predicate":
        return False
    p = patterns()
    return bool(p["comitative_before"].search(text, max(0, start - 40), start)) \
        and bool(p["comitative_gap"].fullmatch(text, end, trigger.start))


def judged_gerund_actor(text: str, trigger: Trigger) -> tuple[int, int] | None:
    """The name a judged gerund's act belongs to ('condemned North Korea for firing', 'accused Iran of seizing'):
    the capitalized name (with its possessive and title words) standing right before "for" / "of"; None when
    the trigger is no such gerund or no name stands there."""
    word = text[trigger.start:trigger.end].split()
    if not word or not word[0].lower().endswith("ing"):
        return None
    gap = patterns()["judged_gerund_gap"].search(text, 0, trigger.start)
    if gap is None:
        return None
    lo = max(0, gap.start() - JUDGED_REACH)
    runs = [m for m in CAPITALIZED_RUN_RE.finditer(text, lo, gap.start()) if m.start() > 0]
    if not runs:
        return None  # 'South Korea condemned the launch for violating ...': the sentence's subject judges
    m = runs[-1]
    if patterns()["judged_gerund_stop"].search(text, m.end(), gap.end()):
        return None  # 'shut its border with Bolivia because of clashing gangs': no judged act
    if patterns()["preposition_before"].search(text[max(0, m.start() - PREPOSITION_REACH):m.start()]) \
            and not judged_object_preposition_re().search(text, max(0, m.start() - PREPOSITION_REACH), m.start()):
        return None  # 'a tourist was detained in Kenya for spying': a place, not the one judged
    return m.start(), m.end()


JUDGED_REACH = 60  # characters before "for" / "of" where the judged side's name may stand ('six North Korean entities')
PREPOSITION_REACH = 20  # characters before the judged name where a preposition makes it a place or a setting
CAPITALIZED_RUN_RE = re.compile(r"(?<![\w.'’-])[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")


@functools.lru_cache(maxsize=1)
def judged_object_preposition_re() -> re.Pattern:
    """'sanctions on six North Korean entities for supplying': a measure noun and 'on' (the lexicon's
    `judged_measure_nouns`, `judged_measure_prepositions`) before a name make it the one judged."""
    words = lexicon("en")
    nouns = "|".join(map(re.escape, words["judged_measure_nouns"]))
    prepositions = "|".join(map(re.escape, words["judged_measure_prepositions"]))
    return re.compile(rf"\b(?:{nouns})\s+(?:{prepositions})\s+(?:\w+\s+){{0,2}}$", re.I)


def in_fronted_clause(text: str, end: int, trigger_start: int) -> bool:
    """The name ends inside an adverbial clause the sentence opens with ('After meeting Chile,', 'Without
    consulting Peru,', 'Despite pressure from Chile,'), closed by a comma before the trigger."""
    comma = text.find(",", end, trigger_start)
    return comma >= 0 and bool(patterns()["fronted_clause"].match(text, 0, comma))


HEAD_WORDS = 3  # words of a state's name that end an appositive's head ('the United Arab Emirates')


def state_head(before: str) -> bool:
    """(en39) Whether the head an appositive describes, ending at its opening comma, is a state ('China, Pakistan's
    closest ally, urged ...'): the state in the appositive's genitive is then the head's partner, no side of its
    act; a person's head ('X, Algeria's leading activist,') leaves the genitive naming the person's side."""
    words = before.rstrip().rstrip(",").split()
    table = countries.forms_table()[0]
    return any(" ".join(words[-n:]) in table for n in range(1, min(HEAD_WORDS, len(words)) + 1))


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


SHORT_QUOTE_RE = re.compile(r"[\"“]([^\"“”.;:!?]{1,60})[\"”]")  # a quoted phrase, not a quoted statement


@functools.lru_cache(maxsize=256)
def unquoted(text: str) -> str:
    """The sentence with the marks of each short quoted phrase blanked, offsets kept ('branded the drills a
    "rehearsal for invasion" and vowed'): the phrase is read as the words it is, not as a quoted clause."""
    return SHORT_QUOTE_RE.sub(lambda m: m.group(0) if opening_statement(text, m) else " " + m.group(1) + " ", text)


def opening_statement(text: str, m: re.Match) -> bool:
    """'"Cyprus is a red line for us," the spokesman said, urging ...': a quote that opens the sentence and ends in
    its comma is a quoted statement before its reporting frame, not a phrase (its names are the speaker's words)."""
    return not text[:m.start()].strip() and m.group(1).rstrip().endswith(",")


QUALIFIER_RE = re.compile(r"\([^()]{1,40}\)")  # a short bracket: '(Colombia)', '(DP)', '(pictured)'


@functools.lru_cache(maxsize=256)
def unbracketed(text: str) -> str:
    """The sentence with each short bracket blanked out, offsets kept: a qualifier after a name ("Hamas
    (Palestine)", "the ruling party (NDC)") belongs to the name's phrase, so the words around it read
    as if it were not there (an owner's gap, the noun phrase a sentence opens with)."""
    return QUALIFIER_RE.sub(lambda m: " " * len(m.group()), text)


def fronted_setting_subject(text: str, start: int, trigger: Trigger) -> bool:
    """'In a phone call on Monday, A and B agreed ...', 'During their talks in Tokyo, A and Japanese
    Prime Minister B ...': the sentence opens with the meeting's scene; every name of the noun phrase
    that opens the main clause after its comma is a party."""
    comma = text.find(",", trigger.end, start)
    return comma >= 0 and bool(lexicon("en").re("fronted_setting_re").match(text[:trigger.start])) \
        and bool(patterns()["opening_phrase"].fullmatch(text, comma + 1, start))


def in_compound_modifier(text: str, start: int, end: int) -> bool:
    """'of the upcoming Chile-Peru summit': a name of a hyphenated compound (names joined by hyphens)
    that modifies a noun inside a prepositional phrase names whose the noun is, not a clause subject."""
    p = patterns()
    hyphenated = text[start - 1:start] == "-" or text[end:end + 1] == "-"
    return hyphenated and bool(p["compound_before"].search(text, max(0, start - 60), start)) \
        and bool(p["compound_after"].match(text[end:end + 40]))


ATTRIBUTION_REACH = 120  # characters from a name to the end of a trailing attribution


def attribution(text: str, start: int, end: int) -> bool:
    """", Ugandan army sources said.", ", two Kenyan officials told reporters on Monday.": a name in a
    trailing attribution (after a comma, before a reporting verb that ends the sentence) reports the
    act; it is neither its actor nor its target, whatever clause bounds say."""
    p = patterns()
    return len(text) - end <= ATTRIBUTION_REACH and bool(p["attribution_before"].search(text, max(0, start - 40), start)) \
        and bool(p["attribution_after"].match(text, end))


INTERVIEW_REACH = 60  # characters before a name that hold 'in an interview with German broadcaster'


def interviewer(text: str, start: int) -> bool:
    """(req10) 'rejected it in an interview with German broadcaster ZDF': a name in the outlet an interview was given
    to is who asked, neither side of what was said in it."""
    return bool(patterns()["interviewer_before"].search(text, max(0, start - INTERVIEW_REACH), start))


def participial_adjunct(text: str, trigger: Trigger) -> bool:
    """", killing 50", ", wounding two soldiers": an -ing verb right after a comma adds to the clause
    before it and shares its subject, the noun phrase the sentence (or the trigger's clause) opens
    with, not a name in between ("camps near the Ethiopian border, killing")."""
    words = trigger.text.split()
    if not words or not words[0].lower().endswith("ing") \
            or not patterns()["adjunct_before"].search(text, max(0, trigger.start - 8), trigger.start):
        return False
    from readout.lang.en.act_matcher import matcher

    cands = matcher().by_word.get(words[0].lower(), ())  # an act word; a meeting word (", visiting X") is
    return bool(cands) and all(c.entry.type != "CONSULT" for c in cands)  # read by the meeting rules


def residence_role(text: str, start: int, end: int, left: int) -> str | None:
    """A people noun with "in" and a place before the act ("ethnic Hungarian militias active in
    Romania", "Hungarians in Slovakia attacked"): the place is the country whose people they are
    (the subject's side); the origin before it only qualifies them ("modifier"). State agents abroad
    ("Russian troops in Syria") are no resident nouns and keep their state."""
    after, before = residence_patterns()
    m = after.match(text, end)
    name = text[start:end]
    if m and (m.group("noun") or " " not in name and name[-1:] == "s" and name[-2:-1] not in "uoa"
              and not re.search(r"(?i)\bthe\s+$", text[max(0, start - 5):start])):
        return "modifier"
    if not patterns()["residence_in_before"].search(text, max(left, start - 30), start):
        return None  # no "in" just before the name: it names no residence (a cheap test first)
    abroad = patterns()["agents_abroad"].search(text, max(left, start - 80), start)
    if abroad and countries.longest_form(text, abroad.start("state")):
        return "other"  # "Russian troops in Syria attacked": where the state's agents are
    seg = text[left:start]
    b = before.search(seg) or before.search(seg[seg.rfind(",") + 1:])  # "In a statement, rebels in X": past an opener
    if b and not clause_words(b.group("np").lower().split()):
        return "subject"
    return None
