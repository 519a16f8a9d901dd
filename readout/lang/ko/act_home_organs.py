"""Police and prosecutors named bare in Korean (acts47): '(서울=연합뉴스) 경찰은 ... 대학생 12명을 연행했다',
'... 시위를 벌이다 경찰에 연행됐다'.

Why: a Korean wire names the police of the state it files from with a bare noun (cue home_organ_noun: 경찰, 검찰 ...),
which names no state, so the act found no acting side and was lost. Such an organ acts only at home: as the opening
subject of the sentence, or as the agent of a passive ('경찰에 연행됐다', `agent_span`), it is the dateline's state's,
as the English reader's `home_subject` reads 'SEOUL -- Police detained ...'. The hit is marked `home_subject`; the
pipeline (act_actor_defaults.unnamed_actors) gives it the dateline's state, and the people it acts on are that state's.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_dateline_organs import opening_organ

HOME_TYPES = frozenset({"COERCE", "ASSAULT"})  # what police do to people at home


def home_organs(toks: list, hits: list[ActHit], organs: frozenset[str]) -> list[ActHit]:
    """The hits of force whose subject opens the sentence with a home organ only, or whose passive agent is one,
    marked `home_subject` (`toks`: the sentence's morphemes as endings.tokens_of gives them)."""
    opening = opening_organ(toks, organs)
    out = []
    for h in hits:
        agent = h.data.get("agent_span")
        if h.type in HOME_TYPES and not h.data.get("home_subject") \
                and (agent is not None and organ_only(toks, agent, organs) or agent is None and opening is not None):
            h = replace(h, data={**h.data, "home_subject": True})
        out.append(h)
    return out


def organ_only(toks: list, span: tuple[int, int], organs: frozenset[str]) -> bool:
    """Whether the nouns inside the character span are all home organ words ('경찰', '경찰 당국')."""
    nouns = [t[0] for t in toks if span[0] <= t[2] < span[1] and t[1].startswith("N")]
    return bool(nouns) and all(n in organs for n in nouns)
