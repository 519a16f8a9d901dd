"""What a Korean relative clause on an act's noun names: its arguments ('[정부를 비판한] 언론인'), and so the matter a
protest is against ('[X의 관세에 반대하는] 시위'), with the owners of that matter.

Why apart from `act_word_hits`: this reads the relative clause before the act's noun, not the act's own clause.
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import COMPLEMENT_REACH, Candidate, coordinated_start, run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.clauses import clause_words
from readout.lang.ko.endings import lemma_at
from readout.lang.ko.tags import ACT_VERB_TAGS, NOUN_TAGS


def protested_matter(toks: list, cand: Candidate, lex: ActIndex) -> list[tuple[int, int]]:
    """'[X의 구조물 설치에 항의하는] 집회를 열었다', '[X의 관세에 반대하는] 시위': the relative clause on the protest's
    noun names what it is against (its arguments' character spans, lang relative_arguments)."""
    if cand.noun_end is None or cand.first < 1 or toks[cand.first - 1][1] != "ETM":
        return []
    spans = []
    for lo, hi in relative_arguments(toks, toks[cand.first][2], lex):
        k = next(m for m, t in enumerate(toks) if t[2] == lo)
        if k >= 2 and toks[k - 1][1] == "JKG" and toks[k - 2][1] in NOUN_TAGS:
            lo = toks[coordinated_start(toks, run_start(toks, k - 2))][2]  # '[중국의] 구조물 설치에': the owner of the
            # protested matter, with the owners coordinated with it ('[A와 B의] 협정에 반대하는': both (domestic50))
        spans.append((lo, hi))
    return spans


def relative_arguments(toks: list, pos: int, lex: ActIndex) -> tuple[tuple[int, int], ...]:
    """The arguments (object, dative) of a relative clause right before the noun starting at character `pos`
    ('[정부를 비판한] 언론인', '[대통령에 반대한] 야당 의원'): character spans of their noun runs, back to the
    clause's edge (a topic, a subject, the sentence's start). Empty where no adnominal verb stands right before the
    noun or it is a postposition ('[러시아에 대한] 제재': the measure's own target)."""
    k = next((m for m, t in enumerate(toks) if t[2] == pos), None)
    if k is None or k < 2 or toks[k - 1][1] != "ETM" or toks[k - 1][0] in FUTURE_ADNOMINAL:
        return ()
    stem = k - 2
    while stem > 0 and toks[stem][1] == "EP":
        stem -= 1
    if toks[stem][1] not in ACT_VERB_TAGS or lemma_at(toks, stem) in clause_words()["postpositional_verbs"]:
        return ()
    out = []
    for j in range(stem - 1, max(-1, stem - COMPLEMENT_REACH), -1):
        tag = toks[j][1]
        if tag in ("JX", "JKS", "SF", "EF", "EC", "ETM") or tag == "SP":
            break
        if tag in ("JKO", "JKB") and j > 0 and toks[j - 1][1] in NOUN_TAGS:
            start = run_start(toks, j - 1)
            out.append((toks[start][2], toks[j - 1][2] + toks[j - 1][3]))
    return tuple(out)


FUTURE_ADNOMINAL = frozenset({"ᆯ", "을"})  # '[방문할] 대표단': a plan, not who the people are
