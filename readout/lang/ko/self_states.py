"""(kodeed47) '자국 해군', '자국 군대가': a reflexive state word before a force noun names the state of the
sentence's subject, as '우리 해군' names the writer's (countries.own_state). (koacts57b) So before a government noun
('페루 대통령은 자국 정부가 …했다고 밝혔다': Peru's government, not the home state's bare '정부').

'튀르키예 국방부는 자국 군대가 쿠르드 반군을 공격했다고 밝혔다': the troops are Turkey's, MIL, not the ministry
speaking (GOV). The word (lexicon ko self_state_words: 자국, 자기 나라) refers back to the topic of its sentence
('A는'), else to the nearest subject before it ('A가'); it is read only before a state's force noun (a sector of
STATE_FORCE_SECTORS, read by `agent_chain`): '자국 기업', '자국민' stay as the rules that ask for them read them
(act_advisories, act_own_mandates, act_expulsions), and a reflexive word with no state named before it names none.
"""
from __future__ import annotations


from readout import budget
from readout.kb.loader import lexicon
from readout.lang.ko.agent_chains import agent_chain
from readout.lang.ko.agents import sector_of
from readout.lang.ko.tags import TOPIC_PARTICLES
from readout.sectors import STATE_FORCE_SECTORS

GOVERNMENT = "GOV"
OWNED_BODY_SECTORS = STATE_FORCE_SECTORS | {GOVERNMENT}  # koacts57b: '자국 정부가' is the subject's state's government


@budget.table()
def self_state_words() -> frozenset[str]:
    """The reflexive words naming a subject's own state (lexicon ko self_state_words)."""
    return frozenset(lexicon("ko").get("self_state_words", ()))


def joined_force(noun: str) -> str | None:
    """The sector of a state's force noun written in one word after a reflexive word ('자국군', '자국경찰'), or None."""
    for word in self_state_words():
        if noun.startswith(word) and len(noun) > len(word):
            found = sector_of(noun[len(word):])
            return found if found in STATE_FORCE_SECTORS else None
    return None


def self_state(words: list, i: int, offset: int, found: list) -> list[str]:
    """The codes of the state the reflexive word at `i` refers back to ('자국 군대가', '자국군이'): the first topic
    ('A는') among the country mentions `found` before it in the sentence, else the nearest subject; [] when no force
    noun follows the word or no subject state stands before it."""
    w = words[i]
    if not (w.noun in self_state_words() and not w.particle
            and agent_chain(words, i, "", None)[2] in OWNED_BODY_SECTORS or joined_force(w.noun)):
        return []
    before = [m for m in found if m.end <= offset + words[i].start and m.subject and not m.recipient]
    topics = [m for m in before if m.particle in TOPIC_PARTICLES]
    chosen = topics[0] if topics else before[-1] if before else None
    return list(chosen.codes) if chosen is not None else []
