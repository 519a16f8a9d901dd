"""(koacts59, issue 13) A visit told as a noun that took place: '볼리비아 대통령의 파라과이 방문이 이뤄졌다', '칠레
외무장관의 방한이 성사됐다'. The genitive owner of the visit noun is the visitor (subject) and a bare country word
right before the noun is the host (object), as '볼리비아 대통령이 파라과이를 방문했다' reads.

Why: the meeting word '방문' is found there (kind predicate, occurred), but the name roles read the genitive owner
as a modifier ('X의 Y': X only qualifies Y) and a bare country word before the noun as no party, so the visit that
took place gave no CONSULT. Rule: only where the visit noun is the subject (이/가) of a verb saying that it took
place (cue taken_place_verb of the act lexicon and the verbs of coming about, `VISIT_HELD_VERBS`), in its own clause,
the word of the owner (its last word before the noun marked 의, a title after the state's name included) is the
subject, and a country word with no particle between the owner and the noun is the object. 'A의 B 방문이 예정돼
있다' is a plan the meeting readers date as before (no verb of taking place), and a visit noun as an object
('A의 B 방문을 환영했다') keeps its reading.
"""
from __future__ import annotations

from readout.lang.base import Trigger
from readout.lang.ko import country_words
from readout.lang.ko.act_table import act_index
from readout.lang.ko.clauses import SentenceReader

VISIT_HELD_VERBS = frozenset({"성사되다", "진행되다", "실현되다"})  # a visit that came about, beside taken_place_verb
SUBJECT_TAG = "JKS"
GENITIVE_TAG = "JKG"
OWNER_REACH = 2  # words from the owner to the visit noun: the owner's own word and a host word between
VISIT_SUBJECTS = ("방문이", "방문은", "순방이")  # the visit noun as its clause's subject, as written
VISIT_MANNERS = frozenset({"국빈", "공식", "실무", "첫"})  # words of the visit's manner before it ('페루 국빈 방문이')
CONTRACTED = {"되": "됐", "지": "졌"}  # a stem's past as written ('성사됐다', '이뤄졌다')


def taken_visit_role(r: SentenceReader, i: int, j: int, trigger: Trigger) -> str | None:
    """The role of the name whose word is `i` towards the visit noun at word `j` told as having taken place
    (module docstring): 'subject' for the genitive owner, 'object' for the bare host word; None otherwise."""
    noun = j
    while noun - 1 > i and r.words[noun - 1].text in VISIT_MANNERS:
        noun -= 1  # '페루 국빈 방문이': the manner word is the noun's own
    if trigger.mode != "visit" or not 0 < noun - i <= OWNER_REACH or not visit_taken_place(r, j):
        return None
    if r.facts[i].particle_tag == GENITIVE_TAG:
        return "subject"
    if i == noun - 1 and r.facts[i].particle is None and country_words.country_of_word(r.words[i].text) is not None:
        return "object"
    return None


def host_before_taken_visit(text: str, word_end: int) -> bool:
    """Whether the words after `word_end` (the end of a bare country word) are a visit noun marked as a subject and,
    later in the sentence, a verb of taking place as written: the host word the name roles then read
    (`taken_visit_role`, on the morphemes). Asked by reading_meeting_parties.state_party, which reads the text."""
    words = text[word_end:].split()
    while words and words[0] in VISIT_MANNERS:
        words = words[1:]
    if not words or words[0] not in VISIT_SUBJECTS:
        return False
    stems = tuple(written_stems(act_index().cue("taken_place_verb") | VISIT_HELD_VERBS))
    return any(w.startswith(stems) for w in words[1:])


def written_stems(lemmas) -> set[str]:
    """The stems of `lemmas` as written before an ending, with their contracted past ('성사되다': 성사되, 성사됐)."""
    out = set()
    for lemma in lemmas:
        stem = lemma[:-1]
        out.add(stem)
        if stem[-1:] in CONTRACTED:
            out.add(stem[:-1] + CONTRACTED[stem[-1]])
    return out


def visit_taken_place(r: SentenceReader, j: int) -> bool:
    """Whether the word `j` (the visit noun) is marked 이/가 and its clause's predicate is a verb of taking place."""
    if r.facts[j].particle_tag != SUBJECT_TAG:
        return False
    first, last = r.clause_of(j)
    verb = r.predicate(first, last)
    return verb is not None and (verb in act_index().cue("taken_place_verb") or verb in VISIT_HELD_VERBS)
