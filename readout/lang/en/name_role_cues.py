"""The cues the English name reader asks about a name and its act word (from clauses.py, debt46), none of which
reads a name's role itself: a quoted phrase or bracket blanked out, the actor of a judged gerund ('condemned X for
firing'), a name in a list, a fronted clause, a compound modifier, a trailing attribution, an interviewer's outlet,
a participial adjunct, a comitative or a 'between A and B' passive subject, and a resident people's place."""
from __future__ import annotations

import functools
import re

from readout import budget
from readout.kb.loader import lexicon
from readout.lang.en import country_forms
from readout.lang.en.clause_patterns import patterns, residence_patterns
from readout.lang.en.name_role_anchors import clause_words
from readout.lang.base import Trigger

BEFORE_REACH = 100  # characters before a name its role patterns read: room for a long title ('with South Africa's
# Minister of International Relations and Cooperation X')


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
    a list of names the first name opens ('condemned A, B and C and urged D': A is as much an object as C). A name
    that opens a hyphenated compound ('hailed the A-B talks and urged C') is read from the compound's end: the pair
    modifies the first verb's object noun, no subject of the second verb (enactor48)."""
    end = compound_rest_end(text, end)
    if p["coordinated_verb_gap"].fullmatch(text, end, verb) or time_joined_object(p, text, end, verb):
        return True
    listed = p["listed_names_gap"].match(text, end, verb)
    return bool(listed) and bool(p["coordinated_verb_gap"].fullmatch(text, listed.end(), verb))


COMPOUND_REST_RE = re.compile(r"(?:-[\w.'’]+)+")  # '-Togo', '-Togo-Benin', '-backed': the rest of a hyphenated compound


def compound_rest_end(text: str, end: int) -> int:
    """Where the hyphenated compound a name opens ends ('Ghana' in 'Ghana-Togo talks': after 'Togo'); `end` when
    no hyphen follows the name."""
    m = COMPOUND_REST_RE.match(text, end)
    return m.end() if m else end


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
    the capitalized name (with its possessive and title words) standing right before "for" / "of", or "with" after a
    verb of charging ('charged X with detaining': charges50); None when the trigger is no such gerund or no name
    stands there."""
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
    if patterns()["judged_gerund_with"].fullmatch(text, gap.start(), gap.end()) \
            and not patterns()["judged_gerund_charge_before"].search(text, max(0, m.start() - 20), m.start()):
        return None  # charges50: only 'charged X with detaining' judges X's gerund, not 'threatened X with closing'
    if patterns()["preposition_before"].search(text[max(0, m.start() - PREPOSITION_REACH):m.start()]) \
            and not judged_object_preposition_re().search(text, max(0, m.start() - PREPOSITION_REACH), m.start()):
        return None  # 'a tourist was detained in Kenya for spying': a place, not the one judged
    return m.start(), m.end()


JUDGED_REACH = 60  # characters before "for" / "of" where the judged side's name may stand ('six North Korean entities')
PREPOSITION_REACH = 20  # characters before the judged name where a preposition makes it a place or a setting
CAPITALIZED_RUN_RE = re.compile(r"(?<![\w.'’-])[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")


@budget.table()
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
    table = country_forms.forms_table()[0]
    return any(" ".join(words[-n:]) in table for n in range(1, min(HEAD_WORDS, len(words)) + 1))


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
    from readout.lang.en.act_matcher import matcher  # cold start: not loaded with `English`, only on first use

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
    if patterns()["held_in_after"].match(text, end) and re.search(r"\bin\s+$", text[max(left, start - 4):start]):
        return "other"  # acts57: 'prisoners in Israeli jails began a hunger strike': the holder, no subject
    abroad = patterns()["agents_abroad"].search(text, max(left, start - 80), start)
    if abroad and country_forms.longest_form(text, abroad.start("state")):
        return "other"  # "Russian troops in Syria attacked": where the state's agents are
    seg = text[left:start]
    b = before.search(seg) or before.search(seg[seg.rfind(",") + 1:])  # "In a statement, rebels in X": past an opener
    if b and not clause_words(b.group("np").lower().split()):
        return "subject"
    return None
