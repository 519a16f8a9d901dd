"""Appeals to every side ('양측 모두에 자제를 촉구했다', '모든 당사자가 ... 할 것을 촉구한다', '분쟁 당사자들에 대화를
촉구했다'). Such an appeal names no state: its addressee is a word for 'the parties' (cue `all_parties_noun`), so the
REQUEST names the parties of the conflict or accord the story told last (request59, pipeline/act_pairs.every_party;
as English 'called on all parties'), none when no such act was told: the hit is marked `unaddressed` and
`open_addressee` with the phrase's span (`open_span`), and the pipeline reads no state named before the phrase. A pair word ('양측 모두에', '쌍방') names the two sides of the conflict told: marked `all_sides` and
`pair_sides`, the pipeline gives it those sides (pipeline/act_recipients_told.implied_addressee). The parties inside one
state ('[X] 내 모든 당사자') are that state's: the state's span is put first among the targets instead."""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import NOUN_TAGS

# (koclause56) a judgement whose only object is a pair word ('양측을 비난했다'; English 'criticized both sides'): both
# sides of the conflict told are judged, as an appeal to them asks both
JUDGED_PAIR_TYPES = frozenset({"ACCUSE"})
PARTY_TAGS = frozenset({"NNG", "NNB", "MM", "XSN", "NR", "SN"})  # a parties phrase: common nouns, 모든, 들, 두


def open_appeals(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """`hits` with each verbal REQUEST with a parties phrase among its target spans marked `unaddressed` (or, for
    the parties within a named state, given that state's span first). The mark only matters when no target names a
    state: a request that names one or a pair beside the parties ('A·B 간 양측') is read from its targets as before
    (the pipeline's `implied_addressee` fills only an empty receiving side)."""
    out = []
    for h in hits:
        spans = tuple(dict.fromkeys(h.data.get("target_spans", ())))
        parties = [span for span in spans if _parties(toks, span, lex)] or _owner_parties(toks, h, lex, spans)
        if h.type in JUDGED_PAIR_TYPES and not h.data.get("passive") and not h.negated and parties \
                and len(spans) == 1 and _pair_word(toks, parties[0], lex):  # koclause56: '양측을 비난했다'
            out.append(replace(h, data={**h.data, "unaddressed": True, "all_sides": True, "pair_sides": True}))
            continue
        if h.type != "REQUEST" or h.data.get("passive") or h.data.get("unaddressed") or h.data.get("addressee_open") \
                or not parties:
            out.append(h)
            continue
        inside = _state_within(toks, parties[0], lex)
        data = {**h.data, "target_spans": (inside, *spans)} if inside else {**h.data, "unaddressed": True}
        if not inside and _pair_word(toks, parties[0], lex):  # '양측 모두에': the two sides of the conflict told,
            data.update(all_sides=True, pair_sides=True)  # however far back
        elif not inside:
            data.update(open_addressee=True, open_span=parties[0])  # '모든 당사자': every side, none named
        out.append(replace(h, data=data))
    return out


def _owner_parties(toks: list, h: ActHit, lex: ActIndex, spans: tuple) -> list[tuple[int, int]]:
    """(en41) The parties phrase that owns what a request with no target asks ('양측의 자제를 촉구했다', '모든 당사자의
    자제를 촉구'): the noun run before 의 right ahead of the request's noun, as English 'called for restraint from both
    sides'; the request is asked of them as of '양측에'. None when the request names a target or no such run."""
    k = h.data.get("first", 0) - 1
    if spans or k < 1 or toks[k][1] != "JKG":
        return []
    start = k - 1
    while start > 0 and toks[start - 1][1] in NOUN_TAGS | PARTY_TAGS:
        start -= 1
    span = (toks[start][2], toks[k - 1][2] + toks[k - 1][3])
    return [span] if _parties(toks, span, lex) else []


def _parties(toks: list, span: tuple[int, int], lex: ActIndex) -> bool:
    """Whether the span's words are only a parties phrase: a word of `all_parties_noun` among common nouns and
    determiners ('분쟁 당사자들', '양측 모두', '모든 당사국'), no proper name, its head a party word ('양측 회담' is
    the sides' meeting, not them)."""
    words = [t for t in toks if span[0] <= t[2] < span[1] and t[1] in NOUN_TAGS | PARTY_TAGS]
    heads = [t for t in words if t[1] == "NNG"]
    return bool(words) and all(t[1] in PARTY_TAGS for t in words) \
        and any(form in lex.cue("all_parties_noun") for form in _forms(toks, span)) \
        and not (heads and heads[-1][0] not in lex.cue("all_parties_noun"))  # '양측 회담이': a meeting, no party


def _state_within(toks: list, span: tuple[int, int], lex: ActIndex) -> tuple[int, int] | None:
    """The character span of the noun right before '내' / '안' just ahead of the parties phrase ('[X] 내 모든
    당사자'), or None."""
    first = next((k for k, t in enumerate(toks) if t[2] >= span[0]), None)
    k = (first or 0) - 1
    while k > 0 and toks[k][1] == "MM":
        k -= 1  # 모든
    if first is None or k < 1 or toks[k][0] not in lex.cue("within_noun") or toks[k - 1][1] not in NOUN_TAGS:
        return None
    start = k - 1
    while start > 0 and toks[start - 1][1] in NOUN_TAGS:
        start -= 1
    return toks[start][2], toks[k - 1][2] + toks[k - 1][3]


def _pair_word(toks: list, span: tuple[int, int], lex: ActIndex) -> bool:
    """Whether the parties phrase names a pair (cue pair_party_noun: '양측 모두', '쌍방'): the two sides of the one
    conflict the story tells, which an appeal names even when other news was told between; 'all parties' ('모든
    당사자') is any side, the sides just reported or none."""
    return any(form in lex.cue("pair_party_noun") for form in _forms(toks, span))


def _forms(toks: list, span: tuple[int, int]) -> list[str]:
    """The word forms of the span, with its first word joined to a determiner kiwi split off right before it: kiwi
    reads '양측에' as 양/MM 측/NNB, and the target span starts at 측."""
    inside = [k for k, t in enumerate(toks) if span[0] <= t[2] < span[1]]
    forms = [toks[k][0] for k in inside]
    k = inside[0] if inside else 0
    if inside and k > 0 and toks[k - 1][1] == "MM" and toks[k - 1][2] + toks[k - 1][3] == toks[k][2]:
        forms.append(toks[k - 1][0] + toks[k][0])
    return forms
