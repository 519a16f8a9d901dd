"""(relative71, issue 13) A verb act whose object is the head noun of its own relative clause: 'Peru welcomed the aid
[Japan sent to Haiti]' — the clause's verb and the noun it describes make the lexicon's verb + object entry ('send'
+ 'aid': AID), read with the object before the verb; the clause's subject is its agent (`agent_span`), the phrase
after the entry's target preposition its target ('to Haiti'). The outer verb keeps its own reading (Peru's SUPPORT).
Korean tells the same with the pair's noun after its adnominal verb ('[일본이 아이티에 보낸] 원조':
lang/ko/act_headed_relatives); a noun act heading the clause ('the sanctions the EU imposed on X') is
`act_inner_relatives`'.

The clause is read by its shape (`act_relative_partners.relative_clause`, `act_inner_relatives` head noun): no
list of verbs, the lexicon's own pairs; (relobj47) a pair whose verb takes a particle ('the raids X troops carried
out in Y') and a present verb ('the shells X troops fire at Y', `relative_clause`); a weapons launch so told aimed at
a target ('the missiles X forces had launched at Y') is an attack, as it is in a main clause (`aimed_launch`). Not read: a pronoun subject ('the aid it sent to Haiti': the sentence's
own subject), a verb of saying, a clause verb already read as an act, no head noun before the clause, a statement
rather than a material act (`HEADED_TYPES`)."""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_fire_aims import aimed_launch
from readout.lang.en.act_inner_relatives import SAYING, head_noun_before
from readout.lang.en.act_matcher import Matcher
from readout.lang.en.act_relative_partners import CLAUSE_ENDS, DETERMINERS, HEAD_REACH, agented_clause, \
    irregular_pasts, past, relative_clause
from readout.lang.en.act_tokens import Token

# material acts a head noun may be the only report of (measures, force, aid), as Korean reads them
# (lang/ko/act_headed_relatives); a statement so described ('the pact X signed', 'the charges X made') is what the
# outer verb answers
HEADED_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "AID", "AGREE"})


def relative_object_acts(toks: list[Token], hits: list[ActHit], m: Matcher) -> list[ActHit]:
    """The acts of relative clauses whose verb pairs with the head noun before them, one per clause whose verb no
    hit reads already."""
    read = {h.data.get("token") for h in hits} | {h.data.get("end_token") for h in hits}
    out: list[ActHit] = []
    for n in range(2, len(toks)):
        if not head_noun_before(toks, n):
            continue
        found = relative_clause(toks, n, irregular_pasts()) or agented_clause(toks, n, irregular_pasts())
        if found is None or found[2] in read or toks[found[2]].low in SAYING:
            continue
        first, last, verb = found
        hit = _paired(toks, n - 1, verb, m)
        if hit is not None:
            data = {**hit.data, "agent_span": (toks[first].start, toks[last - 1].end)}
            target = _target(toks, data["end_token"], hit.target)
            if target is not None:
                data["target_spans"] = (target,)
            out.append(aimed_launch(toks, ActHit(hit.start, hit.end, hit.type, hit.mode, hit.lemma, hit.target, False,
                                                 False, "occurred", hit.generic, hit.contexts, data), m.cues))
    return out


def _paired(toks: list[Token], h: int, verb: int, m: Matcher) -> ActHit | None:
    """The act of the lexicon entry whose verb form is `verb`'s word (with no particle or further word of its own)
    and whose object phrase is the head's last words ending at `h` ('aid', 'humanitarian aid'), most specific
    first; None when no entry pairs them."""
    phrases = []
    for i in range(h, max(-1, h - HEAD_REACH - 1), -1):
        if toks[i].low in DETERMINERS or not toks[i].word:
            break
        phrases.append(i)
    cands = [c for c in m.by_word.get(toks[verb].low, ()) if not c.rest and c.objects
             and c.particle == tuple(t.low for t in toks[verb + 1:verb + 1 + len(c.particle)])]  # 'carried out'
    for i in reversed(phrases):  # the longest phrase first ('humanitarian aid' before 'aid')
        for cand in cands:
            rest = tuple(t.low for t in toks[i + 1:h + 1])
            if rest in cand.objects.get(toks[i].low, ()) and cand.entry.type in HEADED_TYPES:
                e = cand.entry
                end = verb + len(cand.particle)
                mode = e.mode or next((m.cues.aid_modes[t.low] for t in toks[phrases[-1]:h + 1] if e.type == "AID"
                                       and t.low in m.cues.aid_modes), None)  # 'the food aid': what is given
                return ActHit(toks[verb].start, toks[end].end, e.type, mode, e.lemma, tuple(e.target), False,
                              False, "occurred", e.generic, tuple(e.contexts),
                              {"token": verb, "head_end": end, "end_token": end, "relative_object": (i, h),
                               "object_token": h, "object": " ".join(t.raw for t in toks[i:h + 1])})
    return None


def _target(toks: list[Token], verb: int, target: tuple[str, ...]) -> tuple[int, int] | None:
    """The phrase after the clause verb's target preposition ('sent to Haiti'), to the clause's end or the main
    verb; None when the verb (`verb`: its last token, past a particle) has none of the entry's."""
    p = verb + 1
    if p + 1 >= len(toks) or toks[p].low not in target or not toks[p + 1].word:
        return None
    stop = p + 1
    while stop + 1 < len(toks) and toks[stop + 1].raw not in CLAUSE_ENDS and toks[stop + 1].low not in ("and", "but") \
            and not past(toks[stop + 1], irregular_pasts()):
        stop += 1
    return toks[p + 1].start, toks[stop].end
