"""Acts done in a leader's presence: '김정은 위원장이 참관한 가운데 신형 미사일을 발사했다고 보도했다' (ko-acts32).

Why: state media tell a test or a drill by who watched it: the leader is the subject of the clause of observing
('X가 참관한 가운데', 'X가 지도한 가운데'; cues observer_verb, amid_noun), and the act after it has no subject of its
own. Read by clauses, the act had no actor (the leader's clause is a background one) and was dropped, or fell to the
news agency speaking. The leader observing stands for the side that acted, so the observer's name is the act's agent
(`agent_span`) when no subject stands between the observing clause and the act word, nor before it in a
sentence the act's verb ends ('A와 B 장관은 C 장관이 지켜보는 가운데 서명했다': A and B sign, C witnesses; fresh37).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import (CLAUSE_EDGE_TAGS, CLAUSE_END_TAGS, INSTRUMENTAL_PARTICLES, SENTENCE_END_TAGS,
                                  SUBJECT_TAGS)

OWN_SUBJECT_TAGS = SUBJECT_TAGS  # a subject or topic of the act's own clause after the observing clause


def observed_acts(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits, each one after an observing clause with no subject of its own between marked with the observer as
    its agent (`agent_span`, sentence offsets); the others unchanged."""
    amid = observing_clauses(toks, lex)
    if not amid:
        return hits
    out = []
    for h in hits:
        found = next(((end, span) for end, span in reversed(amid) if end <= h.start), None)
        if found is not None and "agent_span" not in h.data and not subject_between(toks, found[0], h.start) \
                and not (ends_sentence(toks, h.end) and subject_before(toks, found[1][0])):
            h = replace(h, data={**h.data, "agent_span": found[1]})
        out.append(h)
    return out


def observing_clauses(toks: list, lex: ActIndex) -> list[tuple[int, tuple[int, int]]]:
    """(end of the 'amid' noun, the observer's span) of each 'X가 참관한 가운데' in the sentence: an observing verb with
    an adnominal ending before an amid noun, and the subject (이/가) of its clause."""
    out = []
    observers, amid = lex.cue("observer_verb"), lex.cue("amid_noun")
    for j in range(2, len(toks) - 1):
        if toks[j][1] != "ETM" or toks[j + 1][0] not in amid:
            continue
        stem = j - 1
        lemma = toks[stem][0] + "다" if toks[stem][1] == "VV" else \
            toks[stem - 1][0] + toks[stem][0] + "다" if toks[stem][1] == "XSV" else None
        if lemma not in observers:
            continue
        for k in range(stem - 1, 0, -1):
            if toks[k][1] in CLAUSE_EDGE_TAGS:
                break
            if toks[k][1] == "JKS":
                first = run_start(toks, k - 1)
                out.append((toks[j + 1][2] + toks[j + 1][3], (toks[first][2], toks[k - 1][2] + toks[k - 1][3])))
                break
    return out


def subject_between(toks: list, lo: int, hi: int) -> bool:
    """A subject or topic particle between character offsets lo and hi: the act's clause names its own subject."""
    return any(lo <= t[2] < hi and t[1] in OWN_SUBJECT_TAGS and t[0] not in ("도", "만") for t in toks)


def ends_sentence(toks: list, pos: int) -> bool:
    """The act's verb ends the sentence ('... 협정문에 서명했다.'): the first ending after it is the final one, not the
    quotative '다고' of a report ('... 시험발사했다고 보도했다'), whose subject is the reporter's."""
    end = next((t for t in toks if t[2] >= pos and t[1] in CLAUSE_END_TAGS), None)
    return end is not None and end[1] == "EF"


def subject_before(toks: list, pos: int) -> bool:
    """A subject or topic of the sentence's own clause before the observing clause ('A와 B 외교장관은 18일 [C 장관이
    지켜보는] 가운데 협정문에 서명했다'): the act is theirs and the one looking on only witnesses it, as in English 'as C
    looked on' (fresh37). No clause ending between them: that subject is the main clause's."""
    for t in reversed([t for t in toks if t[2] < pos]):
        if t[1] in CLAUSE_END_TAGS:
            return False
        if t[1] in OWN_SUBJECT_TAGS and t[0] not in ("도", "만"):
            return True
    return False


CAPACITY_PARTICLES = INSTRUMENTAL_PARTICLES  # '증인 자격으로', '입회인으로': in the capacity of
CAPACITY_REACH = 3  # morphemes between a witness noun and its 으로 ('증인 자격으로', '입회 인 으로')


def witnessed_signings(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """(support59) The hits less each AGREE whose own clause says its subject signs as a witness (cue witness_noun before
    으로/로: '증인 자격으로 참석해 함께 서명했다', '입회인으로 서명했다'). A witness's signature attests the accord the
    parties made; it binds the witness to nothing, so PLOVER codes the parties' AGREE (told on its own), none of the
    witnesses'. The English 'also signed the document as witnesses' is read alike (lang/en/act_joints)."""
    return [h for h in hits if not (h.type == "AGREE" and signed_as_witness(toks, h.start, lex))]


def signed_as_witness(toks: list, pos: int, lex: ActIndex) -> bool:
    """A witness noun in the capacity of which the clause before character offset `pos` (back to its subject) acts."""
    before = [k for k, t in enumerate(toks) if t[2] < pos]
    for k in reversed(before):
        if toks[k][1] in OWN_SUBJECT_TAGS or toks[k][1] in SENTENCE_END_TAGS:
            return False
        if toks[k][0] in lex.cue("witness_noun") and any(
                toks[j][0] in CAPACITY_PARTICLES and toks[j][1] == "JKB" for j in range(k + 1, min(len(toks), k + 1 + CAPACITY_REACH))):
            return True
    return False
