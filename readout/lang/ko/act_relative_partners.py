"""(kotargets68) A partner inside a relative clause is that clause's, not the act's: '[정부가 페루와 맺은] 협정을
비난했다' — 페루와 is governed by the adnominal verb 맺은, whose own subject (정부가) made the accord with it; the
act judges the accord's maker, and the partner named in the description is no side of the act (the pipeline's
`not_recipient_spans`), as English 'condemned the agreement the government signed with X' leaves X to the
relative clause. Only a relative clause with a subject of its own (이/가) is read so: without one ('페루와 맺은 협정을
파기했다') the act's own subject made the accord, and its partner is the one the act reaches.

(enrelative68) A postpositional phrase inside such a clause is the clause's as well: '[정부가 페루를 위해 만든] 법안을
비난했다', '[정부가 페루를 향해 쏜] 포탄을 규탄했다' — the noun governed by a verb that works as a postposition
(clause words `postpositional_verbs`: 위하다, 향하다, 대하다 ...) before its connective ending is the relative
clause's beneficiary, aim or topic, no side of the act. A 와/과 that kiwi tags as a conjunctive particle (JC) right
before the clause's verb ('페루와/JC 맺은') is the same comitative partner; before a noun it joins two subjects
('페루와 칠레가 맺은') and is read as nothing here."""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate, run_start
from readout.lang.ko.act_passive_agents import agent_sector
from readout.lang.ko.clauses import clause_words
from readout.lang.ko.tags import ACT_VERB_TAGS, NOUN_TAGS, OBJECT_PARTICLES

CLAUSE_EDGES = frozenset({"JX", "SF", "EF", "EC", "ETM", "SP"})  # where a relative clause read back ends
MANNER_STEMS = frozenset({"VA", "XSA"})  # '강하/VA 게/EC', '강력/XR 하/XSA 게/EC'
POSTPOSED_PARTICLES = frozenset({"JKO", "JKB"})  # '페루를 위해', '페루에 대해': the noun a postpositional verb governs
RELATIVE_REACH = 12  # morphemes a relative clause is read back over from its adnominal ending
PROTEST = "PROTEST"
PURPOSE_PARTICLES = frozenset({"JKO", "JKB"})  # '협정에 반대하는', '협정을 규탄하는': what a protest is against


def purpose_particle(toks: list, k: int) -> int:
    """(relative71) The index of the particle closing the argument of the adnominal verb whose ending is at `k`
    ('[협정에] 반대하는 시위': 에), or 0 when that verb has no argument right before it."""
    stem = k - 1
    while stem > 0 and toks[stem][1] == "EP":
        stem -= 1
    if toks[stem][1] not in ACT_VERB_TAGS:
        return 0
    verbal_noun = toks[stem][1] == "XSV" and stem > 0 and toks[stem - 1][1] in NOUN_TAGS  # '반대/NNG 하/XSV'
    first = run_start(toks, stem - 1) if verbal_noun else stem
    j = first - 1
    return j if j >= 1 and toks[j][1] in PURPOSE_PARTICLES else 0


def named_run(toks: list, last: int) -> bool:
    """(kofix46) The noun run ending at morpheme `last` holds a proper noun ('B산 곡물', 'B 정부'): it may name a side; a
    run of common nouns ('애도 기간', '해상') is a time or a place no side is read from."""
    return last > 0 and toks[last][1] in NOUN_TAGS and any(toks[m][1] == "NNP" for m in range(run_start(toks, last), last + 1))


def relative_partners(toks: list, cand: Candidate) -> tuple[tuple[int, int], ...]:
    """Character spans of the 와/과 partners (cue with_particles) of a relative clause with its own subject that
    describes the act's object (the noun run marked 을/를 right before the act word); empty otherwise."""
    partners, subject = _relative_clause(toks, cand)
    return partners if subject is not None else ()


def relative_maker(toks: list, cand: Candidate) -> tuple[int, int] | None:
    """(relative71) The character span of the subject (이/가) of the relative clause `relative_partners` reads, when it
    names a part of a state (an agent noun with a sector: 정부, 여당, 경찰) and no state ('[정부가 칠레와 맺은] 협정에
    반대하는 시위': 정부): the maker of what the act is against, at home; None otherwise."""
    from readout.lang.ko.country_words import read_word  # countries -> mentions import this module's callers

    j = _relative_clause(toks, cand)[1]
    if j is None or j < 1 or toks[j - 1][1] not in NOUN_TAGS:
        return None
    start = run_start(toks, j - 1)
    span = (toks[start][2], toks[j - 1][2] + toks[j - 1][3])
    named = any(toks[m][1] == "NNP" and read_word(toks[m][0]).codes for m in range(start, j))
    if named or not agent_sector(toks, span):
        return None  # '[칠레 정부가 ...]': a named state's, which the target phrase reads (a bare '정부' is no name)
    return span


def _relative_clause(toks: list, cand: Candidate) -> tuple[tuple[tuple[int, int], ...], int | None]:
    """The partners' spans and the subject particle's index (None: no subject of its own) of the relative clause on
    the act's object or target (the noun run before the act word: 을/를, the entry's own 에, or for a protest the
    argument of the adnominal verb that describes it)."""
    k = cand.first - 1
    while k > 0 and (toks[k][1] == "MAG" or toks[k][:2] == ("게", "EC") and toks[k - 1][1] in MANNER_STEMS):
        k -= 1 if toks[k][1] == "MAG" else 2  # '협정을 [강하게] 비난했다': a manner between the object and its verb
        while k > 0 and toks[k][1] == "XR":
            k -= 1
    if k >= 1 and toks[k][1] == "ETM" and cand.entry.type == PROTEST:
        k = purpose_particle(toks, k)  # relative71: '[[정부가 B와 맺은] 협정에 반대하는] 시위': the matter's clause
    elif k >= 1 and toks[k][1] == "JKB" and toks[k][0] in cand.entry.target:
        pass  # relative71: '[정부가 B와 맺은] 협정에 항의했다': the act's own target slot, as an object is
    elif k >= 1 and toks[k][0] not in OBJECT_PARTICLES:
        return (), None
    if k < 1 or toks[k - 1][1] not in NOUN_TAGS:
        return (), None
    start = run_start(toks, k - 1)
    if start < 2 or toks[start - 1][1] != "ETM" or toks[start - 2][1] not in ("VV", "XSV", "EP"):
        return (), None
    with_particles = set(clause_words()["with_particles"])
    postpositions = {v.removesuffix("다") for v in clause_words()["postpositional_verbs"]}
    if toks[start - 2][0] in postpositions:
        return (), None  # kofix46: '[칠레에 대한] 공급 중단': a postposition, no clause with a subject of its own
    partners: list[tuple[int, int]] = []
    j = start - 2
    while j >= max(0, start - 2 - RELATIVE_REACH):
        tag = toks[j][1]
        if tag == "JKS":
            return tuple(partners), j
        if tag == "EC" and j >= 3 and toks[j - 1][1] == "VV" and toks[j - 1][0] in postpositions \
                and toks[j - 2][1] in POSTPOSED_PARTICLES and toks[j - 3][1] in NOUN_TAGS:
            first = run_start(toks, j - 3)  # '페루를 위해': the clause's beneficiary
            partners.append((toks[first][2], toks[j - 3][2] + toks[j - 3][3]))
            j -= 3
            continue
        if tag in CLAUSE_EDGES:
            break
        if (tag == "JKB" and (toks[j][0] in with_particles or named_run(toks, j - 1))
                or tag == "JC" and toks[j + 1][1] in ("VV", "XSV", "MAG") and toks[j][0] in with_particles) \
                and j > 0 and toks[j - 1][1] in NOUN_TAGS:  # kofix46: an adverbial argument naming a side ('[정부가
            # B산 곡물에 부과한] 관세'): the clause's aim or place, as English bars the clause from its preposition on
            first = run_start(toks, j - 1)
            partners.append((toks[first][2], toks[j - 1][2] + toks[j - 1][3]))
        j -= 1
    return tuple(partners), None
