"""(komeet48, issue 13) A Korean headline that ends on the bare noun of a holding verb after a meeting word tells the
meeting held: 'A·B 정상회담 개최', 'A 대통령, B와 회담 개최…' drop the ending a sentence gives the verb ('개최했다'), as
'A, B 방문' drops '방문했다' (meeting_moments.headline_predicate). A plan noun after it ('정상회담 개최 예정') leaves the
status to the plan's words (the meeting is planned); any other noun after it ('개최 합의', '개최 무산', '개최 추진')
makes the holding the object of another act, read by its own rule (an agreement, a plan called off, an arrangement).

Why a module of its own: meeting_moments reads a meeting word's moment; this is one headline form of it, with its word
classes in the lexicon (`clause.headline_holding_nouns`, `plan_nouns`).
"""
from __future__ import annotations

from readout.lang.ko.clauses import SentenceReader, clause_words

ELLIPSES = ("…", "...")


def headline_end(r: SentenceReader, k: int) -> bool:
    """Word `k` ends the headline: nothing after it but an ellipsis (the headline's summary may follow one)."""
    tail = r.words[k].text[len(r.words[k].noun):]
    return tail.strip(".…") == "" and (k + 1 == len(r.words) or any(e in tail for e in ELLIPSES)
                                       or r.words[k + 1].text.startswith(ELLIPSES))


def held_in_headline(r: SentenceReader, j: int) -> bool:
    """The meeting word `j`, bare, right before a bare holding noun ('개최') that ends the headline, or that a bare
    plan noun ending the headline follows ('개최 예정'): the headline's predicate. Not where a word before the meeting
    word has an ending of its own (a sentence, not a headline)."""
    words = clause_words()
    k = j + 1
    if r.facts[j].particle or r.facts[j].lemma or any(f.lemma for f in r.facts[:j]) or k >= len(r.words):
        return False
    if r.words[k].noun not in words["headline_holding_nouns"] or r.facts[k].particle or r.facts[k].lemma:
        return False
    if headline_end(r, k):
        return True
    plan = k + 1
    return plan < len(r.words) and not (r.facts[plan].particle or r.facts[plan].lemma) and r.words[plan].noun in words["plan_nouns"] \
        and headline_end(r, plan)
