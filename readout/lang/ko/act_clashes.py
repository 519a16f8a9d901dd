"""An armed clash: '인도군과 파키스탄군이 국경에서 충돌했다', 'A군은 B군과 충돌해 ...', 'A와 B가 무력으로 충돌했다'.

Why: 충돌하다 says two sides came into conflict; PLOVER codes a clash of armed forces as ASSAULT (force used), each
side acting on the other, as the lexicon codes 교전하다 (target 와: 'A는 B와' acts on B; 'A와 B가' both act). The
same verb also tells a clash of opinions ('의견이 충돌했다'), a collision ('버스가 트럭과 충돌했다') or a quarrel over an
issue ('국경 문제로 충돌했다'), which are no force. So a clash stands only where its clause names armed sides (a troop
noun, cue troop_noun, also fused with a state's name as kiwi reads '아제르바이잔군'), an armed manner ('무력으로', cue
clash_manner_noun) or a place of fighting in 에서 ('국경에서', '국경 지대에서', cues clash_place_noun, clash_place_head), and its subject is no opinion
(cue clash_sense_noun). The English lexicon reads 'clashed with' the same way. A fight named by its noun ('교전',
'무력 충돌') after a pair that owns it ('A와 B 간', 'A군과 B군의') is fought by both (`mutual_owners`).
"""
from __future__ import annotations

from dataclasses import replace

from readout.sectors import ARMED_NOUN_SECTORS

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import joined, run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.agents import sector_of
from readout.lang.ko.tags import (CLAUSE_EDGE_TAGS, COORDINATING_PARTICLES, GENITIVE_PARTICLE, NOUN_TAGS,
                                  PLURAL_SUFFIX, SENTENCE_END_TAGS)

CLAUSE_EDGE = CLAUSE_EDGE_TAGS  # the end of an earlier clause: no argument of the clash beyond it


def armed_clashes(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits without the clashes (cue clash_verb) that no word of their clause, or the sentence's topic, shows
    to be armed."""
    return [h for h in hits if h.lemma not in lex.cue("clash_verb") or "first" not in h.data
            or armed(toks, h.data["first"], lex)]


def armed(toks: list, first: int, lex: ActIndex) -> bool:
    """Whether the noun runs before the clash verb at `first` (back to an earlier clause's end), with the sentence's
    topic, name armed sides, an armed manner or a place of fighting; and the nearest subject is no opinion."""
    runs = clause_runs(toks, first)
    if runs and toks[runs[0][1] + 1][1] == "JKS" and toks[runs[0][1]][0] in lex.cue("clash_sense_noun"):
        return False  # '의견이 충돌했다': the sides' views clashed
    topic = sentence_topic(toks, first)
    return any(armed_run(toks, start, end, lex) for start, end in runs + ([topic] if topic else []))


def clause_runs(toks: list, first: int) -> list[tuple[int, int]]:
    """The noun runs (start, end) before `first`, nearest first, each followed by its particle or bare; the walk
    stops at an earlier clause's end."""
    runs, j = [], first - 1
    while j >= 0 and toks[j][1] not in CLAUSE_EDGE:
        if toks[j][1] in NOUN_TAGS or toks[j][1] == "NNB":
            start = run_start(toks, j)
            runs.append((start, j))
            j = start - 1
        else:
            j -= 1
    return runs


def sentence_topic(toks: list, first: int) -> tuple[int, int] | None:
    """The noun run marked with the topic 은/는 that opens the sentence before `first`, else None: a dropped
    subject's clause ('인도군은 국경을 넘어 파키스탄군과 충돌했다') shares it."""
    for j in range(1, first):
        if toks[j][1] in SENTENCE_END_TAGS:
            return None
        if toks[j][:2] in (("은", "JX"), ("는", "JX")) and toks[j - 1][1] in (*NOUN_TAGS, "NNB"):
            return run_start(toks, j - 1), j - 1
    return None


def armed_run(toks: list, start: int, end: int, lex: ActIndex) -> bool:
    """A run naming forces ('파키스탄 군', '국경수비대', '인도군' read as one proper noun), an armed manner ('무력으로') or a
    place of fighting followed by 에서 ('국경 지대에서')."""
    from readout.lang.ko.country_words import read_word  # countries -> mentions import this module's callers

    troops = lex.cue("troop_noun")
    if police_side(toks, start, end, lex):
        return True
    for k in range(start, end + 1):
        form = toks[k][0]
        if form in troops or form in lex.cue("clash_manner_noun") or sector_of(form) in ARMED_NOUN_SECTORS:
            return True  # koattack51b: '정부군', '반군': any armed noun of the agents table, not only the troop list
        if toks[k][1] == "NNP" and any(len(form) > len(t) and form.endswith(t) and read_word(form[:-len(t)]).codes
                                       for t in troops):
            return True  # kiwi's one proper noun for a state's forces: '아제르바이잔군'
    if end + 1 >= len(toks) or toks[end + 1][:2] != ("에서", "JKB"):
        return False
    while end > start and toks[end][0] in lex.cue("clash_place_head"):
        end -= 1  # '국경 지대에서', '접경 인근에서': the place of fighting before a word of location
    text = joined(toks, start, end)
    return any(text.endswith(place) for place in lex.cue("clash_place_noun"))  # not '국경 협상에서'


POLICE_SIDE_PARTICLES = frozenset({("와", "JKB"), ("과", "JKB"), ("와", "JC"), ("과", "JC"), ("이", "JKS"), ("가", "JKS"),
                                   ("은", "JX"), ("는", "JX")})  # '경찰과 충돌', '경찰이 ... 충돌', '경찰은 ... 충돌'


def police_side(toks: list, start: int, end: int, lex: ActIndex) -> bool:
    """(kocrowd46) The run ends in a noun of a state's police or security forces (cue clash_police_noun: '경찰',
    '진압 경찰', '보안군') and is the clash's other side or its subject ('목축민들이 [경찰과] 충돌했다', '[경찰은] 시위대와
    충돌했다'): a clash with the forces of order is force used, as English 'herders clashed with police'. Police named
    otherwise ('경찰 발표에 따르면') make no clash armed."""
    if end + 1 >= len(toks) or toks[end + 1][:2] not in POLICE_SIDE_PARTICLES:
        return False
    end -= toks[end][:2] == PLURAL_SUFFIX
    return any(joined(toks, m, end) in lex.cue("clash_police_noun") for m in range(start, end + 1))


MUTUAL_TARGET = ("와",)  # a nominal act whose other party the lexicon marks with 와 (교전, 무력 충돌, 포격전): both fight
PAIR_JOINT = COORDINATING_PARTICLES


def mutual_owners(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits, each nominal use of force fought by two sides (its other party in 와: '교전', '무력 충돌') after a pair
    joined by 와/과 that owns it ('A와 B 간', 'A와 B 사이에', 'A군과 B군의') marked with the pair as its agent
    (`agent_span`): both sides act, as both subjects of 교전하다 do; read alone, the genitive made the first the target
    of the second, and 간 or 사이 left no side at all."""
    return [replace(h, data={**h.data, "agent_span": span})
            if h.nominal and h.type == "ASSAULT" and tuple(h.target) == MUTUAL_TARGET and "agent_span" not in h.data
            and (span := pair_before(toks, h.start, lex)) else h for h in hits]


def pair_before(toks: list, start: int, lex: ActIndex) -> tuple[int, int] | None:
    """The character span of the pair 'A와 B' right before the act noun at character `start`, through 의 or a word of
    'between' (cue between_noun: 간, 사이 with its 에/의); None when no such pair stands there."""
    k = next((i for i, t in enumerate(toks) if t[2] == start), None)
    j = k - 1 if k else -1
    while j >= 2 and toks[j][1] == "NNB" and toks[j - 1][1] == "SN":
        j -= 2  # '사이에 [20일] 교전이': a date between
    if j >= 1 and toks[j][1] in ("JKB", "JKG") and toks[j - 1][0] in lex.cue("between_noun"):
        j -= 1  # '사이에', '사이의'
    if j >= 1 and (toks[j][:2] == GENITIVE_PARTICLE or toks[j][0] in lex.cue("between_noun")):
        j -= 1
    else:
        return None
    if toks[j][1] not in NOUN_TAGS:
        return None
    group = group_owner(toks, j, lex)
    if group is not None:
        return group
    second = run_start(toks, j)
    if second < 2 or toks[second - 1][0] not in PAIR_JOINT or toks[second - 1][1] != "JC" \
            or toks[second - 2][1] not in (*NOUN_TAGS, "NNB"):  # '몰도바 군/NNB 과
        return None
    first = run_start(toks, second - 2)
    return toks[first][2], toks[j][2] + toks[j][3]


def group_owner(toks: list, j: int, lex: ActIndex) -> tuple[int, int] | None:
    """The character span of a word for the pair ('양국', '양측', '두 나라'; cue pair_group_noun) ending at morpheme `j`
    before 간/사이/의 ('양국 간 무력 충돌이 이어졌다'): the two sides told before own the fight, as a named pair does; the
    pipeline resolves the word to them as it does a subject '양국은'."""
    if toks[j][0] not in lex.cue("pair_group_noun") or j >= 1 and toks[j - 1][1] in NOUN_TAGS:
        return None  # '한미 양국': a named pair's own word, read by the names before it
    counted = j >= 1 and toks[j - 1][:2] == ("두", "MM")
    if toks[j][0] == "나라" and not counted:
        return None  # '이웃 나라 간': no pair
    first = j - 1 if counted else j
    return toks[first][2], toks[j][2] + toks[j][3]


SENT_AID = "AID"  # forces or arms sent ('전투기를 보내', CAMEO's military aid)
STRIKE = "ASSAULT"
CONNECTIVE = "connective"  # the clause kind of a verb ending in a connective ('보내어', '보내')


def forces_sent_to_strike(hits: list[ActHit]) -> list[ActHit]:
    """The hits (in order) without a sending of forces or arms in a connective clause ('전투기를 보내') whose next act is
    a strike told by its verb ('... B 군사시설을 폭격했다'): the sending is the strike's means, no aid to anyone; the strike
    is the act (clash49; the English 'sent jets to bomb X' likewise, lang/en/act_purposes)."""
    return [h for n, h in enumerate(hits)
            if not (h.type == SENT_AID and not h.negated and h.data.get("clause") == CONNECTIVE
                    and n + 1 < len(hits) and hits[n + 1].type == STRIKE and not hits[n + 1].nominal
                    and not hits[n + 1].negated)]
