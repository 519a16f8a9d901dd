"""(konoun46) An act's plan announced as a noun: '칠레는 볼리비아 이주민 추방 계획을 발표했다', '제재 방침을 밝혔다'.

Why: the verb form ('이주민을 추방할 계획이라고 발표했다') reads the act, planned; the noun form names the same plan
with the act noun before a noun of plan (cue announced_plan_noun: 계획, 방침; not a willingness, '지원 의사', an
offer other rules read) as the object of a verb that makes it
known (cue plan_announce_verb), and read nothing: the head noun is no act, and the announcing verb's own reading of
act nouns stops at it. The act noun before the plan noun is the announcer's act, its status planned as the verb
form's: '계획' says it is yet to come (PLOVER: a stated future act). Its object may stand before it, counted or in
the genitive (act_counted_patients). Not a possibility ('추방 가능성을 밝혔다') nor a plan another state owns
('페루의 추방 계획을 비판했다': no announcing verb).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.ko.act_counted_patients import counted_patient
from readout.lang.ko.act_table import ActEntry, ActIndex
from readout.lang.ko.endings import read_clause


def planned_act(toks: list, start: int, end: int, lex: ActIndex, act_noun, lookup,
                owned) -> tuple[ActEntry, int] | None:
    """The act the noun run [start..end] plans when its head is a noun of plan and the nouns before it name an
    act: the verbal noun's pair for its object before it, counted, in the genitive or in the compound ('이주민 추방':
    COERCE deport, as '이주민을 추방할'), else the act noun (`act_noun`, `lookup`, `owned` = act_noun_lookup.act_noun,
    noun_lookup, owned_by_name: a name in the genitive owns the plan, '페루의 추방 계획')."""
    if end <= start or toks[end][0] not in lex.cue("announced_plan_noun"):
        return None
    head = end - 1
    counted = counted_patient(toks, start, head, lex, lookup)
    determined = start - 1 if start > 0 and toks[start - 1][1] == "MM" else start  # '토고의 [새] 추방 계획'
    if counted or owned(toks, determined, lex):
        return counted  # a determiner between the owner's genitive and the plan leaves it the owner's
    pair = lookup(toks, start, head - 1, lex.pairs.get(toks[head][0] + "하다", {})) if head > start else None
    return pair or act_noun(toks, start, head, lex, nominals=True)


def plan_reading(toks: list, stem: int, lex: ActIndex):
    """The announcing verb's clause read as a plan: its own negation and quotation kept, its modality the plan's."""
    r = read_clause(toks, stem, lex)
    return r if r.modality else replace(r, modality="plan")
