"""(koacts58, issues 13/15) An act told as a noun that took place: '중국에 대한 미국의 비판이 이어졌다', '필리핀에 대한 일본의
지원이 늘었다', '정부에 대한 야당의 비난이 쏟아졌다'.

Why: the act's verbal noun ('비판', '지원') is the subject of a verb saying only that it happened or went on (cue
taken_place_verb: 이뤄지다, 이어지다, 잇따르다, 쏟아지다 ...). Neither word is an act entry alone (a bare '비판' is as
often received, '비판을 받았다', or a topic, '비판에 대해'), so the sentence read nothing, where English reads
'Criticism of China by the United States continued' (the noun's act). Rule: a verbal noun whose '하다' verb is an act
entry of an aimed type (`TAKEN_TYPES`; koplover60b: demands, sanctions, attacks ... as well as judging and help),
marked 이/가 right before such a verb told as done, with a genitive owner before it ('미국의'), states that entry's
act: the owner acts (the hit's `agent_span`, where the pipeline reads a noun act's agent), and an aiming phrase
before the owner ('중국에 대한') is its target, as the noun readers read '[X 대사관에 대한] 공격'. No owner named,
no named side aimed at ('정부의 지원이 늘었다', '[농민들에 대한] 정부의 지원이'), negated or to come: nothing (the owner
says who acted, the aim whom it reached).
(koplover60b) The noun may be a pair's noun + its verb's verbal noun ('[철군] 요구', '[엠바고] 부과'), and an accord or
joint work owned by two sides joined by 와/과 ('[가나와 토고]의 정전협정 타결이 이뤄졌다') is both sides' AGREE or COOPERATE.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_aimed_objects import aimed_object
from readout.lang.ko.act_table import FORCE_CUE, ActIndex
from readout.lang.ko.endings import lemma_at, read_clause
from readout.lang.ko.tags import ACT_VERB_TAGS, GENITIVE_PARTICLE, PLAIN_NOUN_TAGS

# koplover60b: every type whose other side is aimed at, not a partner (CONSULT, AGREE, COOPERATE: 'A와 B의 협력') nor a
# place troops go to (MOBILIZE: its '에' is where, readout's reading in both languages): demands, refusals, threats,
# sanctions, seizures, attacks, protests and concessions told as going on are the act as much as judging and help
TAKEN_TYPES = frozenset({"ACCUSE", "SUPPORT", "AID", "REQUEST", "REJECT", "THREATEN", "SANCTION", "COERCE",
                         "ASSAULT", "PROTEST", "CONCEDE", "RETREAT"})
# koplover60b: an accord or joint work of two sides told as a noun that took place, both sides owning it ('[페루와 칠레]의
# 평화협정 체결이 이뤄졌다'): both act, as in their clause ('페루는 칠레와 평화협정을 체결했다'); no aim asked
PARTNER_TYPES = frozenset({"AGREE", "COOPERATE"})
PARTNER_LINKS = frozenset({("와", "JC"), ("과", "JC"), ("와", "JKB"), ("과", "JKB")})
COMPOUND_REACH = 3  # nouns before the verbal noun that may be its pair's noun ('[대북 식량] 지원', '[철군] 요구')
SUBJECT = "JKS"


def taken_place(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """`hits` with an act for each verbal noun told as having taken place under a genitive owner, and an aiming
    phrase before the owner of a hit read already ('[우크라이나에 대한] 캐나다의 지원이 계속됐다') as its target."""
    out = [aimed_owned(toks, h, lex) for h in hits]
    for s, tok in enumerate(toks):
        if tok[1] in ACT_VERB_TAGS and lemma_at(toks, s) in lex.cue("taken_place_verb"):
            hit = _taken(toks, s if tok[1] == "VV" else s - 1, s, out, lex)
            out += [hit] if hit is not None else []
    return sorted(out, key=lambda h: h.start) if len(out) > len(hits) else out


def aimed_owned(toks: list, hit: ActHit, lex: ActIndex) -> ActHit:
    """The hit with the aiming phrase right before its owner (`agent_span`, set by the readers before: '[필리핀에 대한]
    일본의 지원이') as its target where it has none, else as it was."""
    span, noun = hit.data.get("agent_span"), hit.data.get("first")
    if not span or hit.data.get("target_spans") or hit.type not in TAKEN_TYPES or not isinstance(noun, int) \
            or noun + 1 >= len(toks) or toks[noun + 1][1] != SUBJECT:
        return hit  # only the act noun as its clause's subject ('지원이 계속됐다'), not one received ('비판을 받았다')
    first = next((k for k, t in enumerate(toks) if t[2] == span[0]), None)
    aimed = _aimed(toks, first, lex) if first is not None else None
    return replace(hit, data={**hit.data, "target_spans": (aimed,)}) if aimed is not None else hit


def _aimed(toks: list, first: int, lex: ActIndex) -> tuple[int, int] | None:
    """The span the aiming phrase before morpheme `first` names; where a deed of force stands in it ('[러시아의 우크라이나
    침공]에 대한 비판'), the deed's owner in the genitive (the doer judged, not the state it struck), else None."""
    aimed = aimed_object(toks, first, lex)
    deed = next((k for k, t in enumerate(toks) if aimed and aimed[0] <= t[2] < aimed[1] and t[0] in lex.cue(FORCE_CUE)),
                None)
    if deed is None:
        return aimed
    owner = _owner(toks, deed) if toks[deed - 1][:2] == GENITIVE_PARTICLE else _owner(toks, _run_start(toks, deed))
    return (toks[owner[0]][2], toks[owner[1]][2] + toks[owner[1]][3]) if owner else None


def _run_start(toks: list, k: int) -> int:
    """The first morpheme of the noun run ending at `k` ('러시아의 [우크라이나 침공]')."""
    while k > 0 and toks[k - 1][1] in PLAIN_NOUN_TAGS:
        k -= 1
    return k


def _taken(toks: list, verb: int, stem: int, hits: list[ActHit], lex: ActIndex) -> ActHit | None:
    """The act of the noun marked 이/가 before the verb at `verb` (its stem at `stem`), or None."""
    noun = verb - 2
    if noun < 2 or toks[verb - 1][1] != SUBJECT or toks[noun][1] != "NNG":
        return None
    entry, head = _entry(toks, noun, lex)
    if entry is None or entry.type not in TAKEN_TYPES | PARTNER_TYPES:
        return None
    start, end = toks[head][2], toks[noun][2] + toks[noun][3]
    if any(h.start < end and start < h.end for h in hits):
        return None  # the noun is already another act's word
    r = read_clause(toks, stem, lex)
    if r.negated or r.modality or r.drop:
        return None  # '비판이 이어지지 않았다', '지원이 이뤄질 것': no act done
    owner = _owner(toks, head)
    if owner is None:
        return None
    first = owner[0]
    if entry.type in PARTNER_TYPES:
        owner = _partners(toks, owner)
        if owner is None:
            return None  # '정부의 협력이 이뤄졌다': one owner, no partner named beside it
    data = {"pred": noun, "first": head, "last": noun, "clause": "nominal", "particle": toks[verb - 1][0],
            "governor": stem, "main": False,
            "agent_span": (toks[owner[0]][2], toks[owner[1]][2] + toks[owner[1]][3])}
    if entry.type not in PARTNER_TYPES:
        aimed = _aimed(toks, first, lex)
        if aimed is None or not any(aimed[0] <= t[2] < aimed[1] and t[1] == "NNP" for t in toks):
            return None  # '정부의 지원이 늘었다', '[농민들에 대한] 정부의 지원이': no side named as its aim, no act read
        data["target_spans"] = (aimed,)
    return ActHit(start=start, end=end, type=entry.type, mode=entry.mode, lemma=entry.key, target=(),
                  nominal=True, status="occurred", generic=entry.generic, contexts=tuple(entry.contexts), data=data)


def _entry(toks: list, noun: int, lex: ActIndex):
    """(the act entry the verbal noun at `noun` states, the first morpheme of its words) or (None, noun): the noun's
    own '하다' verb ('비판' -> 비판하다), or (koplover60b) a noun + verb pair told as one compound, the pair's noun
    right before the verb's verbal noun ('[철군] 요구' -> 철군 + 요구하다, '[대북 제재] 부과' -> 대북 제재 + 부과하다),
    as the pair is read in its clause ('철군을 요구했다'); the longest compound that is a pair wins."""
    verb = toks[noun][0] + "하다"
    for head in range(max(0, noun - COMPOUND_REACH), noun):
        if all(t[1] in PLAIN_NOUN_TAGS for t in toks[head:noun]):
            entry = lex.pairs.get(verb, {}).get("".join(t[0] for t in toks[head:noun]))
            if entry is not None:
                return entry, head
    entry = lex.verbs.get(verb)
    return (entry, noun) if entry is not None and not entry.noun else (None, noun)


def _owner(toks: list, noun: int) -> tuple[int, int] | None:
    """The first and last morphemes of the noun run in the genitive right before the act noun ('[미국]의 비판'), else
    None: the owner names who acted."""
    k = noun - 1
    if k < 1 or toks[k][:2] != GENITIVE_PARTICLE:
        return None
    last = first = k - 1
    if last < 0 or toks[last][1] not in PLAIN_NOUN_TAGS:
        return None
    while first > 0 and toks[first - 1][1] in PLAIN_NOUN_TAGS:
        first -= 1
    return first, last


def _partners(toks: list, owner: tuple[int, int]) -> tuple[int, int] | None:
    """The owner run with the noun run joined to it by 와/과 before it ('[페루와 칠레]의'), each naming a side (a proper
    noun in it), as first and last morphemes, else None."""
    link = owner[0] - 1
    if link < 1 or toks[link][:2] not in PARTNER_LINKS or toks[link - 1][1] not in PLAIN_NOUN_TAGS:
        return None
    other = _run_start(toks, link - 1)
    runs = (range(other, link), range(owner[0], owner[1] + 1))
    return (other, owner[1]) if all(any(toks[k][1] == "NNP" for k in run) for run in runs) else None
