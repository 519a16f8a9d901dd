"""The sides a Korean act word's hit takes from the words around it in a news story: the people asking, read before
the clause a request asks; a passive release's captor; an ask to the one met or to unnamed partners; thanks for
another side's help, which is that side's support.

Why apart from `act_word_hits`: these read the story's sides around the act, not the act's type, mode or status.
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate
from readout.lang.ko.act_clause_subjects import people_subject
from readout.lang.ko.act_people_objects import own_people_object
from readout.lang.ko.act_passive_agents import captor_of_subject
from readout.lang.ko.act_receiving_sides import asks_listener, thanked_support, unnamed_partners
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import CLAUSE_EDGE_TAGS


def asker_past_content(toks: list, kind: str, data: dict, lex: ActIndex) -> str | None:
    """(request61) The people asking, read before the clause a request asks ('인권단체들은 케냐에 [기자들을 석방하라]고
    요구했다'): its quote ending closes a clause that is what is asked, not a clause the subject stands outside of."""
    content = data.get("content_span") if kind == "REQUEST" else None
    start = next((k for k, t in enumerate(toks) if content and t[2] == content[0]), None)
    return people_subject(toks, start, lex) if start else None


def story_sides(toks: list, cand: Candidate, lex: ActIndex, kind: str, data: dict) -> bool:
    """The sides a news story's release, ask or thanks takes from words around the act (into `data`), or False
    when the act supports no other side. A release in the passive is the captor's ('[X에 나포됐던] 어선이
    풀려났다'), else no one's; an ask that nothing recur goes to the one met; an appeal to unnamed partners to no
    state named; thanks for X's help ('[X의 지지]에 사의를 표했다') is the thanking side's support of X (kopar53a:
    thanks are praise, CAMEO 051, as English 'thanked X for its help' reads)."""
    e = cand.entry
    if kind == "RETREAT" and data["passive"] and "agent_span" not in data:
        captor = captor_of_subject(toks, cand, lex)
        if captor is not None:
            data["agent_span"] = captor
        elif e.noun is None and not placed_in_clause(toks, cand.first):
            data["suffered"] = True  # '선박은 억류됐다가 풀려났다': the released are freed, no one named frees them
            # koacts56: '인도 어부들이 파키스탄에서 석방됐다': a place said is read as English 'were released in X'
            # (pipeline act_actors.released: the state placing it frees them)
    if kind == "REQUEST" and asks_listener(toks, cand, lex):
        data["addressee_open"] = True  # '...공급해 달라고 당부', '...되풀이되지 않도록': to the one met
    if kind == "REQUEST" and unnamed_partners(toks, cand, lex):
        data["not_recipient_spans"] = ((0, toks[cand.first][2]),)  # '동맹국들에 ... 호소했다'
    thanked = thanked_support(toks, cand, lex) if kind == "SUPPORT" else None
    if thanked is not None:
        data["agent_span"], data["target_spans"] = thanked[1], (thanked[0],)  # kopar53a: the thanker acts
    return not (kind == "SUPPORT" and e.noun is None and own_people_object(toks, cand, lex))


LOCATIVE = ("에서", "JKB")


def placed_in_clause(toks: list, first: int) -> bool:
    """(koacts56) Whether a noun marked 에서 stands in the act's clause before its word at `first` ('파키스탄에서
    석방됐다'): where it happened is said, so the pipeline reads the state placing it as English does."""
    for k in range(first - 1, -1, -1):
        if toks[k][1] in CLAUSE_EDGE_TAGS:
            return False
        if toks[k][:2] == LOCATIVE:
            return True
    return False
