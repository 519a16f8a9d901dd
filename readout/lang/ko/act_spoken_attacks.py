"""A verb of aiming or striking that closes a quoted complement is a verbal attack (koacts46): '"..."라며 B를
겨냥했다', '"..."고 B를 저격했다', 'B가 ...하고 있다고 직격했다', '...라고 공격했다'.

Why: Korean press reports a criticism with verbs whose first sense is force (`spoken_attack_verb`: 겨냥하다 aim at,
저격하다 snipe, 직격하다 hit directly, 공격하다 attack, 정조준하다 take aim). Closing a quotation or a
reported clause, they report what the speaker said against the object (or, with no object, against the reported
clause's subject): PLOVER ACCUSE disapprove, CAMEO 111 'criticize or denounce' by the speaker. Read alone they
were an ASSAULT by the speaker (공격하다, 저격하다) or nothing (겨냥하다, whose statement was dropped for want of a
target). With no quotation before them they keep their first sense: the lexicon's force entries stay, and the
entries read only as criticism (type ACCUSE) are dropped ('초소를 겨냥해 발사했다' aims a launch, no criticism). What the
quoted criticism says one must not do ('"B가 이를 비호해서는 안 된다"고 C를 겨냥했다') is its content, no act.

An attack noun a modifier of speech qualifies (ploveren63: '신랄한 공격을 가했다', '원색적인 공격을 퍼부었다', `spoken_attack_modifier`)
is the same criticism, the English 'scathing attack' (CAMEO 111 LAUNCH + {SCATHING ATTACK}): `modified_attacks`.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import coordinated_start, run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import NOUN_TAGS

SPOKEN_TYPE = "ACCUSE"
SPOKEN_MODE = "disapprove"
QUOTE_TAGS = frozenset({"EC", "JKQ"})  # '있다고/EC', '"라며/EC', '"고/JKQ'
CLOSING_QUOTE = "SSC"
ADVERB_TAGS = frozenset({"MAG"})  # '"..."며 B를 [정면으로] 겨냥했다'


def spoken_attacks(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits, each verbal hit of a `spoken_attack_verb` closing a quotation read as the speaker's ACCUSE
    (disapprove); such a verb's criticism-only entry with no quotation before it dropped, its force entry kept."""
    verbs = lex.cue("spoken_attack_verb")
    out = []
    for h in hits:
        if h.lemma in verbs and not h.nominal and "first" in h.data and not h.data.get("relative"):
            if closes_quote(toks, h.data["first"], lex):
                h = replace(h, type=SPOKEN_TYPE, mode=SPOKEN_MODE, data={**h.data, "spoken_attack": True})
            elif h.type == SPOKEN_TYPE:
                continue
        elif h.lemma in verbs and h.type == SPOKEN_TYPE:
            continue  # '[B를 겨냥한] 제재', '겨냥해 발사': an aim named, no criticism
        out.append(h)
    attacks = [h.data["first"] for h in out if h.data.get("spoken_attack")]
    return [h for h in out if not (attacks and demanded_before(h, attacks))]


MODIFIER_ENDING = "ETM"  # '신랄한/ETM 공격'
MODIFIER_SUFFIX_TAGS = frozenset({"XSA", "VCP", "XSN"})  # '신랄/XR 하/XSA', '원색/NNG 적/XSN 이/VCP'
ROOT_SUFFIX_TAGS = frozenset({"XSN"})  # '언어/NNG 적/XSN 공격': no ending between the modifier and the noun
ROOT_TAGS = frozenset({"NNG", "XR"})  # the modifier's root: a noun or a root of an adjective ('신랄/XR')


def modified_attacks(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits, each ASSAULT whose noun a modifier of speech qualifies ('신랄한 공격을 가했다', '언어적 공격') read as the
    speaker's ACCUSE (disapprove)."""
    roots = lex.cue("spoken_attack_modifier")
    return [replace(h, type=SPOKEN_TYPE, mode=SPOKEN_MODE, data={**h.data, "spoken_attack": True})
            if h.type == "ASSAULT" and "first" in h.data and modifier_root(toks, h.data["first"]) in roots else h
            for h in hits]


def modifier_root(toks: list, first: int) -> str | None:
    """The root of the modifier right before the noun at `first`: '신랄' in '신랄/XR 하/XSA ᆫ/ETM 공격', '원색' in
    '원색/NNG 적/XSN 이/VCP ᆫ/ETM 공격', '언어' in '언어/NNG 적/XSN 공격', '인신' in '인신/NNG 공격'; None when no such word stands there."""
    k = first - 1
    if k < 0:
        return None
    if toks[k][1] == MODIFIER_ENDING:
        k -= 1
        while k > 0 and toks[k][1] in MODIFIER_SUFFIX_TAGS:
            k -= 1
    elif toks[k][1] in ROOT_SUFFIX_TAGS:
        k -= 1
    return toks[k][0] if k >= 0 and toks[k][1] in ROOT_TAGS else None


def demanded_before(h: ActHit, attacks: list[int]) -> bool:
    """A quoted obligation ('"B는 ...해서는 안 된다"고 C를 겨냥했다') whose quotation a spoken attack closes: what the
    criticism says one must (not) do, no act (a saying verb makes it a REQUEST: act_clauses.obligation_requests)."""
    return h.data.get("modality") == "obligation" and h.data.get("quoted") and not h.nominal \
        and any(h.data.get("last", -1) < first for first in attacks)


def closes_quote(toks: list, first: int, lex: ActIndex) -> bool:
    """Whether the verb starting at `first` (past adverbs and its object: 'B를', 'B와 C를') follows a quotative
    ending or particle ('...있다고', '"..."라며', '"..."고') or a connective right after a closing quote mark
    ('"..."며')."""
    k = first - 1
    while k >= 0 and toks[k][1] in ADVERB_TAGS:
        k -= 1
    if k >= 1 and toks[k][1] == "JKO" and toks[k - 1][1] in NOUN_TAGS:
        k = coordinated_start(toks, run_start(toks, k - 1)) - 1
    while k >= 0 and toks[k][1] in ADVERB_TAGS:
        k -= 1
    if k < 1 or toks[k][1] not in QUOTE_TAGS:
        return False
    kinds = lex.kinds(toks[k][0])  # speed51b: the ending's four lists, looked up once
    if "quote_ending" in kinds or "verdict_joined_ending" in kinds:
        return True
    return "verdict_quote_particle" in kinds and (toks[k][1] == "JKQ" or toks[k - 1][1] == CLOSING_QUOTE) \
        or "paired_condemnation_ending" in kinds and toks[k - 1][1] == CLOSING_QUOTE


MATTER_CUES = ("attacked_policy_noun", "words_said_noun", "vehicle_noun", "measure_noun", "welcomed_deed_noun")
MATTER_NOUN_TAGS = frozenset({"NNG"})  # the object's head: a common noun ('정책', '발언'), never a name
INTENSITY_PREFIXES = frozenset({"맹"})  # '맹공격했다' (kiwi: 맹 + 공격하다), fierce: the verb's own prefix
ADVERBIAL_ENDING = "게"  # '강하게 공격했다': an adjective made an adverb before the verb


def attacked_matters(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """(ensupport68) The hits, each verbal ASSAULT of no weapon ('공격했다', '맹공격했다') whose object's head is a
    policy, law, statement, measure or decision (`MATTER_CUES`: 'B의 무역 정책을 맹공격했다', 'B 장관의 발언을 공격했다')
    read as the attacker's ACCUSE disapprove (CAMEO 111): no blow lands on words, as English `attacked_words`. A
    place, force or people ('B의 국경 초소를 공격했다') keeps the ASSAULT."""
    return [replace(h, type=SPOKEN_TYPE, mode=SPOKEN_MODE, data={**h.data, "spoken_attack": True})
            if h.type == "ASSAULT" and h.mode is None and not h.nominal and not h.negated and "first" in h.data
            and matter_noun(object_head(toks, h.data["first"]), lex) else h for h in hits]


def matter_noun(head: str | None, lex: ActIndex) -> bool:
    """The object's head is a noun of one of `MATTER_CUES`. (speed51) Its cue lists looked up once
    (`ActIndex.kinds`): the union of the five lists was built for every sentence, though few hold a verbal ASSAULT."""
    return head is not None and not lex.kinds(head).isdisjoint(MATTER_CUES)


def object_head(toks: list, first: int) -> str | None:
    """The common noun the object particle before the verb at `first` marks, past adverbs, an adverb made with '게'
    and an intensity prefix between them: '정책' of '칠레의 무역 정책을 맹공격했다'; None when no object stands there."""
    k = first - 1
    while k >= 0 and (toks[k][1] in ADVERB_TAGS or toks[k][0] in INTENSITY_PREFIXES
                      or toks[k][0] == ADVERBIAL_ENDING and toks[k][1] == "EC" and k > 0 and toks[k - 1][1] == "VA"):
        k -= 2 if toks[k][0] == ADVERBIAL_ENDING and toks[k][1] == "EC" else 1
    if k < 1 or toks[k][1] != "JKO" or toks[k - 1][1] not in MATTER_NOUN_TAGS:
        return None
    return toks[k - 1][0]
