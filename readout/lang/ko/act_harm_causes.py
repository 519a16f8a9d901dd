"""(koactors68) Harm told first, its violent cause as an instrument: '폭탄 테러로 5명이 숨졌다', '공습으로 주민 10명이
다쳤다', '차량 폭탄 폭발로 민간인 3명이 사망했다'.

A noun of violence (an ASSAULT nominal the lexicon knows: 테러, 공습, 포격, 총격 ...; or 폭발 after an explosive device or a
vehicle, cue blast_source_noun) marked with the instrumental 로/으로 and followed, in its clause, by a subject of harm and
a casualty verb (cue casualty_verb: 숨지다, 사망하다, 다치다 ...) is the attack that did the harm: its victims are that
subject (`victims`, its `domestic_target`), as in lang/ko/act_doerless_explosions, so the pipeline's
attackers_of_victims keeps a named attacker ('이스라엘군의 공습으로': the genitive's state) and else gives the attack
to the place's state; the victims' state receives it. An accident is no attack: 폭발 with no device or vehicle before it
('가스 폭발로 3명이 숨졌다', '공장 폭발로'), a cause that is no violence ('교통사고로'), a violent noun with no harm told
after it ('공습으로 건물이 무너졌다': no casualty verb), a noun of violence that is no instrument ('공습에 항의했다'), or a
fight both sides wage ('총격전으로': tests/pipeline/test_reciprocal_fights).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_harm_subjects import harmed_before
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.endings import lemma_at
from readout.lang.ko.tags import INSTRUMENTAL_PARTICLES, PLAIN_NOUN_TAGS
from readout.sectors import HARMED_SECTORS

PARTNER = "와"  # the lexicon's target of a fight waged with another (교전, 총격전, 포격전): both sides fight
SUBJECT = "JKS"
LOCATIVE = ("JKB", "에서")  # '공습으로 가자지구에서 10명이 숨졌다': where the harm fell, no victim
VICTIM_TAGS = frozenset({"NNG", "NNP", "NNB", "SN", "NR", "XSN", "MM", "JKG", "SS", "SP"})  # '주민 5명이', '최소 3명이'
SKIPPED_TAGS = frozenset({"MAG"})  # '적어도'
SECTOR = "CVL"
BLAST_NOUN = "폭발"
BLAST_MODE = "explosives"


def harm_causes(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """Each ASSAULT nominal of violence in the instrumental before a clause of harm, with its victims marked; and the
    blast of a device or a vehicle so placed, as a new ASSAULT nominal."""
    out = []
    taken = set()
    for h in hits:
        first, last = h.data.get("first"), h.data.get("last")
        if h.type == "ASSAULT" and h.nominal and last is not None and h.data.get("particle") in INSTRUMENTAL_PARTICLES \
                and PARTNER not in h.target:  # '총격전으로 군인 1명이 숨졌다': a fight both sides wage, no one-sided attack
            victims = harmed_after(toks, last + 1, lex) or harmed_first(toks, first, last + 1, lex)
            if victims is not None:
                h = replace(h, data={**h.data, "victims": victims, "domestic_target": victims,
                                     "domestic_sector": harmed_sector(toks, victims), "harm_cause": True})
                taken.update(range(first, last + 1))
        out.append(h)
    read = {k for h in hits if h.data.get("first") is not None and h.data.get("last") is not None
            for k in range(h.data["first"], h.data["last"] + 1)}  # a noun another hit reads ('총격전으로') is its own
    return out + [h for h in blasts(toks, lex) if h.data["last"] not in taken] \
        + [h for h in harmful_attacks(toks, lex) if h.data["last"] not in taken | read]


def blasts(toks: list, lex: ActIndex) -> list[ActHit]:
    """'차량 폭탄 폭발로 민간인 3명이 사망했다': 폭발 right after an explosive device or a vehicle, instrumental, harm after."""
    sources = lex.cue("explosive_noun") | lex.cue("blast_source_noun")
    out = []
    for k in range(1, len(toks) - 1):
        if toks[k][0] != BLAST_NOUN or toks[k][1] != "NNG" or toks[k - 1][1] not in PLAIN_NOUN_TAGS \
                or toks[k - 1][0] not in sources or toks[k + 1][1] != "JKB" or toks[k + 1][0] not in INSTRUMENTAL_PARTICLES:
            continue
        victims = harmed_after(toks, k + 1, lex)
        if victims is None:
            continue
        start = toks[k - 1][2]
        out.append(ActHit(start, toks[k + 1][2] + toks[k + 1][3], "ASSAULT", BLAST_MODE, BLAST_NOUN, (), nominal=True,
                          data={"pred": k, "first": k - 1, "last": k, "clause": "nominal", "particle": toks[k + 1][0],
                                "governor": None, "main": False, "victims": victims, "domestic_target": victims,
                                "domestic_sector": harmed_sector(toks, victims), "harm_cause": True}))
    return out


def harmful_attacks(toks: list, lex: ActIndex) -> list[ActHit]:
    """(kowild47) '무장세력의 공격으로 군인 15명이 숨졌다', '반군의 습격으로 주민 8명이 다쳤다': a bare noun of attack (cue
    harm_attack_noun, which alone may be words: '야당의 공격') in the instrumental before a clause of harm is an attack
    of force, as a nominal of violence is; its owner in the genitive, the attacker, is read by the pipeline. No harm
    after it ('공격으로 건물이 무너졌다', '공격으로 대표가 사퇴했다'): no act; nor an attack aimed at an object ('X 영사관에
    대한 공격으로'), whose target this reading does not mark (tests/pipeline/test_untargeted_doers)."""
    nouns = lex.cue("harm_attack_noun")
    out = []
    for k in range(len(toks) - 1):
        if toks[k][1] != "NNG" or toks[k][0] not in nouns or toks[k + 1][1] != "JKB" \
                or toks[k + 1][0] not in INSTRUMENTAL_PARTICLES:
            continue
        first = k - 1 if k and toks[k - 1][1] == "NNG" and f"{toks[k - 1][0]} {toks[k][0]}" in nouns else k
        victims = harmed_after(toks, k + 1, lex) or harmed_first(toks, first, k + 1, lex)
        if victims is None:
            continue
        if first >= 2 and toks[first - 1][1] == "ETM" and lemma_at(toks, first - 2) in lex.cue("aimed_object_verb"):
            continue  # 'X 영사관에 대한 공격으로': an aimed attack's target is the lexicon's nominals' to read, not done here
        out.append(ActHit(toks[first][2], toks[k + 1][2] + toks[k + 1][3], "ASSAULT", None, toks[k][0], (),
                          nominal=True,
                          data={"pred": k, "first": first, "last": k, "clause": "nominal", "particle": toks[k + 1][0],
                                "governor": None, "main": False, "victims": victims, "domestic_target": victims,
                                "domestic_sector": harmed_sector(toks, victims), "harm_cause": True}))
    return out


def harmed_sector(toks: list, span: tuple[int, int]) -> str:
    """(victims47) The sector of the harmed: the agent table's for the first people noun of their span ('군인 15명이'
    MIL, '경찰관 2명이' COP, '기자 3명이' JRN), else civilians ('주민', '5명이')."""
    from readout.lang.ko.act_organs import first_sector_in  # act_organs reads the lexicon this module serves
    return first_sector_in(toks, span, HARMED_SECTORS) or SECTOR


def harmed_after(toks: list, p: int, lex: ActIndex) -> tuple[int, int] | None:
    """The character span of the subject of harm after the instrumental particle at `p` ('으로 [주민 10명]이 숨졌다'), or
    None when the clause after it tells no harm."""
    if p >= len(toks) or toks[p][1] != "JKB" or toks[p][0] not in INSTRUMENTAL_PARTICLES:
        return None
    opening = p + 1
    for j in range(p + 1, len(toks)):
        tag = toks[j][1]
        if (tag, toks[j][0]) == LOCATIVE:
            opening = j + 1
        elif tag == SUBJECT:
            if j == opening or verb_lemma(toks, j + 1) not in lex.cue("casualty_verb"):
                return None
            return toks[opening][2], toks[j - 1][2] + toks[j - 1][3]
        elif tag in SKIPPED_TAGS and j == opening:
            opening = j + 1
        elif tag not in VICTIM_TAGS:
            return None
    return None


def harmed_first(toks: list, first: int, p: int, lex: ActIndex) -> tuple[int, int] | None:
    """(victims48) The subject harmed told before the cause ('[군인 3명]이 괴한의 총격으로 숨졌다': act_harm_subjects)."""
    return harmed_before(toks, first, p, lex.cue("casualty_verb"), verb_lemma)


def verb_lemma(toks: list, i: int) -> str | None:
    """The predicate's lemma at `i`: a verb stem ('숨지다') or a noun with its 하다 ('사망' + '하': '사망하다')."""
    if i >= len(toks):
        return None
    if i + 1 < len(toks) and toks[i + 1][1] == "XSV":
        return lemma_at(toks, i + 1)
    return lemma_at(toks, i)
