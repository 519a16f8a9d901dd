"""The receiving side an act's own entry marks by a particle ('러시아에 인도했다'), and the party blamed or rule breached.

Why a module of its own: act_targets.py ranks the spans read from the sentence's shape (owners, complement subjects,
addressees); these read the lexicon entry's own target particle, the label a particle after a noun gives it, a side
named inside a pair ('범죄인을 캄보디아에 인도했다'), the party blamed and the rule a verdict names as breached.
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import COMPLEMENT_REACH, Candidate, coordinated_start, run_start
from readout.lang.ko.act_arguments import adverbial
from readout.lang.ko.act_table import ActIndex, act_index
from readout.lang.ko.endings import tokens_of
from readout.lang.ko.tags import (CLAUSE_EDGE_TAGS, LOCATIVE_PARTICLE, NOUN_TAGS, OBJECT_PARTICLES, SUBJECT_TAGS,
                                  TOPIC_PARTICLES)


HANDED_TYPES = frozenset({"COOPERATE", "AID"})  # acts that hand something over to a state (a mutual one too)


def marked_spans(toks: list, cand: Candidate) -> list[tuple[int, int]]:
    """The nouns of the act's own clause marked by a particle its entry names for the receiving side, other
    than the partner's 와 ('한·미는 러시아에 범죄인을 인도했다': 러시아; '일본과 정보를 공유했다': none, the
    partner acts too), nearest first. A clause ending or the topic closes the search."""
    labels = set(cand.entry.target) - {"와"}
    spans = inner_marked(toks, cand, labels)  # '범죄인을 [캄보디아에] 인도했다': between the pair's noun and verb
    j, stop = cand.first - 1, max(0, cand.first - COMPLEMENT_REACH)
    while j > stop:
        adverb = adverbial(toks, j)  # '반군을 강하게 규탄했다': an adjective's adverb ends no clause
        if adverb is not None:
            j = adverb[0] - 1
            continue
        tag = toks[j][1]
        if tag in CLAUSE_EDGE_TAGS or (tag == "JX" and toks[j][0] in TOPIC_PARTICLES):
            break
        if tag.startswith("J") and toks[j - 1][1] in NOUN_TAGS and particle_after(toks, j - 1) in labels:
            lo = coordinated_start(toks, run_start(toks, j - 1))
            spans.append((toks[lo][2], toks[j - 1][2] + toks[j - 1][3]))
        elif tag.startswith("J") and j > 1 and toks[j - 1][1] == BOUND_NOUN and toks[j - 2][1] == DETERMINER \
                and particle_after(toks, j - 1) in labels:  # acts56b: '양/MM [측/NNB]에 책임을 돌렸다': the pair kiwi
            spans.append((toks[j - 1][2], toks[j - 1][2] + toks[j - 1][3]))  # splits, from 측 as request_addressee reads it
        j -= 1
    return spans


BOUND_NOUN, DETERMINER = "NNB", "MM"  # '양 측': a determiner and a bound noun, a noun phrase no noun run reads


def inner_marked(toks: list, cand: Candidate, labels: set[str]) -> list[tuple[int, int]]:
    """The nouns between a pair's noun and its verb marked by a particle of the entry's receiving side ('선원들을
    [B 측에] 인도했다', '범죄인을 [B에] 넘겼다'): the word order puts the object first, the receiver after it."""
    if cand.noun_end is None:
        return []
    spans = []
    labels = labels - {"object", "subject"}  # the pair's noun is the object: only a receiver's particle is read
    sides = act_index().cue("side_noun")
    for j in range(cand.noun_end + 2, cand.stem):
        tag = toks[j][1]
        if tag in CLAUSE_EDGE_TAGS:
            return []
        if not tag.startswith("J") or particle_after(toks, j - 1) not in labels:
            continue
        head = j - 2 if toks[j - 1][0] in sides and toks[j - 2][1] in NOUN_TAGS else j - 1  # 'B 측에': B
        if toks[head][1] in NOUN_TAGS:
            lo = coordinated_start(toks, run_start(toks, head))
            spans.append((toks[lo][2], toks[head][2] + toks[head][3]))
    return spans


def blamed_party(toks: list, cand: Candidate, lex: ActIndex) -> tuple[int, int] | None:
    """The one the speaker lays the blame on before a warning or a condemnation ('그 책임은 전적으로 [B]에 있다"며 "...
    대응할 것"이라고 경고했다'; cue blame_noun as a topic, then B에 있다): the act is aimed at B, the last resort when no
    other word names a target. None when no such clause stands before the act in its sentence."""
    for k in range(cand.first - 1, 3, -1):
        if toks[k][0] == "있" and toks[k - 1][:2] in (LOCATIVE_PARTICLE, ("에게", "JKB")) and toks[k - 2][1] in NOUN_TAGS \
                and any(toks[m][0] in lex.cue("blame_noun") and toks[m + 1][1] in SUBJECT_TAGS
                        for m in range(max(0, k - 8), k - 2)):
            lo = run_start(toks, k - 2)
            return toks[lo][2], toks[k - 2][2] + toks[k - 2][3]
    return None


def breached_rule(toks: list, run: tuple[int, int] | None, lex: ActIndex) -> bool:
    """The object noun run ends in a breach (cue violation_noun: '[안보리 결의의] 명백한 위반이라며 규탄'): its genitive
    owner is the rule broken and the body that made it, never the one judged; the deed's doer is."""
    return run is not None and toks[run[1]][0] in lex.cue("violation_noun")


def particle_after(tokens, end: int) -> str | None:
    """The target label (as ko_acts.yaml writes it) of the particle after the noun ending at token `end`:
    "object", "subject", "에", "에게", "에 대해", "에 대한", "을 향해", "와", "에서", "의", or None.
    For the clause reader, which matches these labels against an ActHit's `target`."""
    toks = tokens_of(tokens)
    if end + 1 >= len(toks):
        return None
    form, tag = toks[end + 1][0], toks[end + 1][1]
    after = toks[end + 2] if end + 2 < len(toks) else ("", "", 0, 0)
    if form in OBJECT_PARTICLES:
        return "을 향해" if after[0] == "향하" else "object"
    if tag == "JKS":
        return "subject"
    if form in ("에게", "한테", "께", "에게서"):
        return "에게"
    if form == "에":
        if after[0] in ("대하", "관하"):
            third = toks[end + 3][1] if end + 3 < len(toks) else ""
            return "에 대한" if third == "ETM" else "에 대해"
        return "에"
    if form in ("와", "과", "하고", "이랑", "랑"):
        return "와"
    if form in ("에서", "의", "로", "으로"):
        return "로" if form == "으로" else form
    return None
