"""(komeet48, issue 13) A Korean visit noun closed by a comma after its object-marked host ('A 총리는 B를 방문, 경제
협력을 논의했다') is the written connective of a visit made, as '방문해' is: the news style drops the verb's ending and
writes a comma, and the clause after it goes on with the same subject. So the visit is its clause's predicate (CONSULT
visit of the subject and the host) and takes the status of the sentence's predicate ('방문, ... 논의할 예정이다': planned).

Not a visit noun whose host has no object particle ('B 방문, 경제 효과는': a headline's topic, meeting_moments
.headline_predicate), nor one after which no predicate follows in the sentence (a list of nouns).
"""
from __future__ import annotations

from readout.lang.ko.clauses import SentenceReader, clause_words

COMMA = ","
OBJECT_TAG = "JKO"


def comma_visit(r: SentenceReader, j: int) -> bool:
    """The visit word `j` ('방문,') is bare, closed by a comma, right after a word with the object particle ('B를'), or
    after the bare nouns of the visit's kind that follow it ('B를 국빈 방문,'),
    and a later word of the sentence is a predicate (has a verb's lemma) (lexicon `clause.comma_visit_nouns`,
    `visit_kind_nouns`)."""
    w, f = r.words[j], r.facts[j]
    if w.noun not in clause_words()["comma_visit_nouns"] or f.particle or f.lemma or w.text[len(w.noun):].strip() != COMMA:
        return False
    host = j - 1
    while host > 0 and r.words[host].noun in clause_words()["visit_kind_nouns"] and not r.facts[host].particle:
        host -= 1  # 'B를 국빈 방문,': the kind of the visit stands between
    if host < 0 or r.facts[host].particle_tag != OBJECT_TAG:
        return False
    return any(g.lemma for g in r.facts[j + 1:])


def comma_visit_status(r: SentenceReader, j: int) -> str:
    """The status of the comma visit `j`: the sentence's predicate's, whose words lie past the reach of the visit's
    own ('방문, 바나나 교역 확대를 논의할 예정이다': planned; '방문, 협력 방안을 협의했다': occurred, its arranging words
    another clause's): planned where a later word in the future adnominal stands before a plan noun (lexicon
    `clause.plan_nouns`), else occurred."""
    from readout.lang.ko.meeting_moments import planned_adnominal  # meeting_moments asks `comma_visit`

    plans = clause_words()["plan_nouns"]
    return "planned" if any(r.facts[k].ending is None and planned_adnominal(r, k) and r.words[k + 1].noun in plans
                            for k in range(j + 1, len(r.words) - 1)) else "occurred"
