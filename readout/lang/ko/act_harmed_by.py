"""(koattack50, issue 14) Harm told with its doer in '에 의해' and a casualty verb: '주민 5명이 X군에 의해 숨졌다', '기자 2명이
반군에 의해 다쳤다'.

Why: a casualty verb (cue casualty_verb: 숨지다, 다치다, 사망하다) is no act word, so only a cause of violence in the
instrumental (act_harm_causes: 'X군의 공격으로 숨졌다') made such harm an attack; with the doer named by '에 의해' (a
particle before cue agent_verb), the sentence said who harmed whom and no event came of it. English reads 'were killed by
X's troops' through its passive verb.

Rule: an agent in 'A에 의해' right before a casualty verb, in a clause whose subject of harm (이/가) stands before it, is an
ASSAULT by A on that subject, read as a passive attack verb's is ('[주민 5명이] X군에 의해 살해됐다'): `passive` with
the agent's span (`agent_span`, `agent_sector`) and the harmed as the clause's people subject (their sector: 군인 MIL,
주민 CVL). Not a casualty verb with no agent ('주민 5명이 숨졌다': no doer told), nor an agent before any other verb.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import glossed_head, run_start
from readout.lang.ko.act_harm_causes import harmed_sector, verb_lemma
from readout.lang.ko.act_passive_agents import agent_sector
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import NOUN_TAGS, TOPIC_PARTICLES

SUBJECT = "JKS"
TOPIC = "JX"
HARM_WORD = "숨지다"  # the hit's lemma: the lexicon has no entry for harm suffered
VICTIM_TAGS = frozenset({"NNG", "NNP", "NNB", "SN", "NR", "XSN", "MM", "SS", "SP", "MAG"})  # '주민 5명이'
BETWEEN_TAGS = frozenset({"SN", "NNB", "MAG"})  # '5일', '결국' between the subject and the agent


def harmed_by_agents(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """`hits` and, for each 'A에 의해' before a casualty verb with a subject of harm before A, that ASSAULT of A."""
    taken = {h.data.get("pred") for h in hits}
    out = list(hits)
    for j in range(2, len(toks) - 2):
        if toks[j][1] != "JKB" or toks[j + 1][0] not in lex.cue("agent_verb"):
            continue
        k = j + 3 if toks[j + 2][1] == "EC" else j + 2
        if verb_lemma(toks, k) not in lex.cue("casualty_verb") or k in taken:
            continue
        head = glossed_head(toks, j)
        if head is None or toks[head][1] not in NOUN_TAGS:
            continue
        agent = toks[run_start(toks, head)][2], toks[j - 1][2] + toks[j - 1][3]
        victims = harmed_subject(toks, run_start(toks, head) - 1)
        if victims is None:
            continue
        last = k + 1 if k + 1 < len(toks) and toks[k + 1][1] == "XSV" else k
        endings = tuple(t for t in toks[last + 1:] if t[1] in ("EP", "EF", "EC", "ETM"))
        out.append(ActHit(toks[k][2], toks[last][2] + toks[last][3], "ASSAULT", None, HARM_WORD, (),
                          data={"pred": k, "first": j + 1, "last": last, "endings": tuple(t[0] for t in endings),
                                "ending_tags": tuple(t[1] for t in endings), "clause": "main", "main": True,
                                "modality": None, "decided": False, "quoted": False, "parallel": False,
                                "passive": True, "people_subject": harmed_sector(toks, victims), "suffered": False,
                                "agent_span": agent, "agent_sector": agent_sector(toks, agent)}))
    return out


def subject_or_topic(tok: tuple) -> bool:
    """(actors54) Whether a morpheme is the subject particle (이/가) or the topic's (은/는: JX): a passive's sufferer is
    named with either ('[에콰도르 대통령은] 의회에 의해 탄핵됐다'), and a topic left unread gave the sufferer no sector
    of its own (an office impeached read as civilians, soldiers killed as attackers)."""
    return tok[1] == SUBJECT or tok[1] == TOPIC and tok[0] in TOPIC_PARTICLES


def harmed_subject(toks: list, j: int) -> tuple[int, int] | None:
    """The character span of the subject (이/가, or the topic 은/는) ending before token `j`, past a day or an adverb ('[주민 5명]이 5일'),
    or None when the token before the agent is no such subject."""
    while j >= 0 and toks[j][1] in BETWEEN_TAGS:
        j -= 1
    if j < 1 or not subject_or_topic(toks[j]):
        return None
    end = k = j - 1
    while k >= 0 and toks[k][1] in VICTIM_TAGS:
        k -= 1
    return None if k == end else (toks[k + 1][2], toks[end][2] + toks[end][3])
