"""The sides an act is aimed at when its own clause names them only through another phrase of the sentence.

A group word: the two sides an act is aimed at, named by a group word ('양측', '쌍방') after the pair the sentence names.

'정부는 A·B 간 무력 충돌을 우려하며, 양측이 대화로 해결할 것을 촉구한다': the ones asked are the group word's, and
the group word stands for the pair its own sentence names before it as the two sides of something between them
(cue pair_head_noun: 'A·B 간', 'A와 B 사이'). Without that phrase the pipeline reads the group word as the
parties just named together (a meeting's, or the last subjects'), which in an appeal after a conflict are
often the other appealers, not the sides in conflict. A pair named with the group word itself ('A와 B 양측에')
is already in the target's span.

An ask after a call: 'X는 A, B와 차례로 통화하고 ... 협상을 재개할 것을 촉구했다': the ask names no one to receive it (its
object is a matter), and the connective chain makes it part of the calls, so it is put to the ones called: the
span of the call's with-party list joins its targets after its own, and the hit is marked `addressee_open` (the
pipeline's 'to the one met' when no state is named).

A concern joined to a demand: '"...공습에 깊은 우려를 표한다"며 X 측에 ... 요구했다': a concern about an act blames
the side the demand addresses (the concern alone names no one, and an ACCUSE with no one accused is dropped); so
does a condemnation of an act named without its author ('"...공격을 규탄한다"며 X 측에 중단을 촉구했다').
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.endings import lemma_at
from readout.lang.ko.tags import ACT_VERB_TAGS, NOUN_TAGS, SENTENCE_END_TAGS

COORDINATORS = frozenset({("·", "SP"), ("와", "JC"), ("과", "JC"), (",", "SP")})


def paired_sides(toks: list, spans: list[tuple[int, int]], lex: ActIndex) -> list[tuple[int, int]]:
    """`spans` with, before a span that is only a group word, the span of the pair named before it in the
    sentence ('인도·파키스탄 간'), so the pair's states are read first; unchanged when there is no such pair."""
    out: list[tuple[int, int]] = []
    for lo, hi in spans:
        words = [t for t in toks if lo <= t[2] < hi]
        if len(words) == 1 and words[0][0] in lex.cue("group_side_noun"):
            pair = _pair_before(toks, toks.index(words[0]), lex)
            if pair is not None:
                out.append(pair)
        out.append((lo, hi))
    return out


def _pair_before(toks: list, group: int, lex: ActIndex) -> tuple[int, int] | None:
    """The character span of the nearest 'A·B 간' / 'A와 B 사이' before the token `group`: a run of nouns joined
    by a coordinator right before a pair head noun. None when there is none."""
    for k in range(group - 1, 0, -1):
        if toks[k][0] not in lex.cue("pair_head_noun") or toks[k][1] not in ("NNB", "NNG"):
            continue
        start, joined = k, False
        while start > 0 and (toks[start - 1][1] in NOUN_TAGS or tuple(toks[start - 1][:2]) in COORDINATORS):
            joined = joined or tuple(toks[start - 1][:2]) in COORDINATORS
            start -= 1
        if joined and start < k - 2:
            return toks[start][2], toks[k - 1][2] + toks[k - 1][3]
    return None


def asked_at_call(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """`hits` with each verbal REQUEST that follows a meeting or call in a connective clause of the same sentence
    ('통화하고 ... 촉구했다', '회담하고 ... 요청했다') marked `addressee_open` (with no state named, it asks the ones met)
    and given, after its own targets, the span of the call's other parties ('A 장관, B 장관과 통화하고': A and B)."""
    out, called = [], None
    for h in hits:
        if h.type == "REQUEST" and not h.nominal and called is not None:
            spans = tuple(h.data.get("target_spans", ())) + ((called,) if called[0] < called[1] else ())
            h = replace(h, data={**h.data, "addressee_open": True, "target_spans": spans})
        if called is None and h.type == "CONSULT" and not h.nominal and h.data.get("clause") == "connective" \
                and tuple(h.data.get("endings", ()))[-1:] == ("고",):
            called = _called_parties(toks, h.data["first"], lex)
        out.append(h)
    return out


CALL_REACH = 4  # morphemes between the with-particle and the call verb ('와 잇따라 통화하고': 잇따르, 어)


def _called_parties(toks: list, first: int, lex: ActIndex) -> tuple[int, int]:
    """The character span of the parties a call or meeting verb starting at `first` is held with: from after the
    sentence's subject or topic to the with-particle ('[인도 외교장관, 파키스탄 외교장관과] 통화하고'); empty (start ==
    end) when no with-particle comes before the verb."""
    k = first - 1
    while k > max(0, first - CALL_REACH) and not (toks[k][1] == "JKB" and toks[k][0] in lex.cue("call_with_particle")):
        if toks[k][1] in ("JX", "JKS", "EF", "SF"):
            return 0, 0
        k -= 1  # '과 [잇따라/각각] 통화하고': an adverb may stand between
    if not (toks[k][1] == "JKB" and toks[k][0] in lex.cue("call_with_particle")):
        return 0, 0
    start = k
    while start > 0 and toks[start - 1][1] not in ("JX", "JKS", "EF", "EC", "SF", "ETM"):
        start -= 1
    return (toks[start][2], toks[k][2]) if k > 0 else (0, 0)


CONCERN_REACH = 4  # morphemes between the act noun a concern is about and the concern's own run ('공습에 깊은 우려를')


def concern_addressed(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """`hits` with a disapproval that names no one ('"...공습에 깊은 우려를 표한다"며 이스라엘 측에 ... 요구했다') given
    the targets of the demand its clause is joined to, when the concern is about an act (an act noun of the sentence
    right before it with a 에 particle): the speaker addresses the side it blames. A concern about a matter ('태풍
    피해에 우려를 표하며 지원을 요청했다') or a demand naming no one leaves the concern as it was."""
    out = list(hits)
    for k, h in enumerate(out):
        unowned = _unowned_condemnation(h)
        if h.type != "ACCUSE" or h.nominal or not unowned and (
                h.data.get("target_spans") or not _about_act(h, hits, lex)):
            continue
        asked = next((r for r in out[k + 1:] if r.type == "REQUEST" and not r.nominal and r.data.get("target_spans")
                      and not r.negated and not r.data.get("unaddressed")
                      and not _sentence_break(toks, h.data["last"], r.data["first"])), None)
        if asked is not None:
            data = {**h.data, "target_spans": asked.data["target_spans"], "concern_of_demand": True}
            data.pop("unaddressed", None)
            out[k] = replace(h, data=data)
    return out


def _unowned_condemnation(h: ActHit) -> bool:
    """'"[민간 선박을 겨냥한] 공격을 규탄한다"며 X 측에 중단을 촉구했다': a condemnation of an act it names without its
    author (`answers`, `unaddressed`); the demand joined to it names the side it blames, which the story's last
    attacker may not be (or the story may not have told the attack as an act at all)."""
    return bool(h.data.get("answers") and h.data.get("unaddressed"))


def _about_act(h: ActHit, hits: list[ActHit], lex: ActIndex) -> bool:
    """A nominal act hit just before the concern's run, marked by a particle of what a concern is about."""
    first = h.data.get("first", 0)
    return any(n.nominal and isinstance(n.data.get("pred"), int) and 0 < first - n.data["pred"] <= CONCERN_REACH
               and n.data.get("particle") in lex.cue("concern_about_particle") for n in hits)


def _sentence_break(toks: list, lo: int, hi: int) -> bool:
    """A sentence end between two morphemes (kiwi may keep two sentences in one span)."""
    return any(toks[m][1] == "SF" for m in range(lo, hi))




def release_demanded(toks: list, content: tuple[int, int], lex: ActIndex) -> bool:
    """'(X에) 선원들을 즉각 돌려보내라고 요구했다': the demanded content is a release (a verb of the lexicon's RETREAT
    release, alone or paired with a captive noun), so a demand that names no one is put to whoever holds them: the
    side of the seizure just reported (the pipeline's unaddressed appeal), not dropped."""
    for k, t in enumerate(toks):
        if t[1] not in ACT_VERB_TAGS or not content[0] <= t[2] < content[1]:
            continue
        verb = lemma_at(toks, k)
        entry = lex.verbs.get(verb)
        if entry is not None and entry.mode == "release" or any(
                e.mode == "release" for e in lex.pairs.get(verb, {}).values()):
            return True
    return False


ANTECEDENT_REACH = 16  # morphemes back from the pronoun to the act noun it stands for, within one sentence


def pronoun_act_owner(toks: list, first: int, lex: ActIndex) -> tuple[int, int] | None:
    """'"[X의 제재]는 근거가 없으며 우리는 이를 거부한다"': an object pronoun (cue act_pronoun: 이를, 이것을) before
    the act word stands for the act noun the sentence named before it, so the act is aimed at that noun's owner in
    the genitive; the owner's character span, or None (no pronoun, no owned act noun before it)."""
    k = first - 1
    while k > 0 and toks[k][1] == "MAG":
        k -= 1  # '이를 단호히 거부한다'
    if k < 1 or toks[k][1] != "JKO" or toks[k - 1][1] != "NP" or toks[k - 1][0] not in lex.cue("act_pronoun"):
        return None
    for j in range(k - 2, max(0, k - ANTECEDENT_REACH), -1):
        if toks[j][1] in SENTENCE_END_TAGS:
            return None
        if toks[j][1] == "JKG" and j + 1 < len(toks) and j > 0 and toks[j - 1][1] in NOUN_TAGS \
                and _act_noun(toks[j + 1][0], lex):
            return toks[run_start_of(toks, j - 1)][2], toks[j - 1][2] + toks[j - 1][3]
    return None


def _act_noun(word: str, lex: ActIndex) -> bool:
    """`word` names an act of the lexicon: the noun of a noun+하다 verb or a nominal entry ('제재', '도발')."""
    return word + "하다" in lex.verbs or word in lex.nominals


def run_start_of(toks: list, end: int) -> int:
    """The first morpheme of the noun run ending at `end`."""
    start = end
    while start > 0 and toks[start - 1][1] in NOUN_TAGS:
        start -= 1
    return start

