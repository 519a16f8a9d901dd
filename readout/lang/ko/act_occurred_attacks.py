"""(koacts56, issue 15) An attack told as having occurred somewhere: '카불의 한 시장에서 자살폭탄 테러가 발생했다'.

Why a reader of its own: an attack noun as the subject of a verb of occurring (cue occurred_attack_verb: 발생하다,
일어나다, 벌어지다) names no doer, and nothing it struck: the pipeline then took a country named as the place for the
attacker ('이라크에서 … 발생했다': Iraq's government bombing) or, with a town, read no side at all. The place where an
attack happened is what it struck, as a bomb that went off killing people there is an attack on the place's people
(act_doerless_explosions, pipeline placed_doers). Rule: the noun phrase marked 에서 before the attack noun, in its
clause ('카불의 한 시장에서', past a date), is the attack's victims (`victims`, `domestic_target`, sector CVL), so the
doer stays unknown and the place's state receives. Only an ASSAULT act noun of the lexicon (a bombing, an attack, a
terror attack) aimed at one side; a protest, a clash or fighting (an act noun aimed with 와) that took place is
read as before.
(koacts57) Bare '테러' is no act entry (it is a verdict, '테러를 규탄했다', and a label, '테러로 규정했다'), so
'카불에서 테러가 발생했다' gave nothing. As the whole subject of a verb of occurring with its place said (cue
occurred_bare_attack_noun), it is the attack told as having happened, read as the nouns above (`bare_attacks`):
ASSAULT of no mode (no means named), of the terrorism context; as an object, a label or with no place, no act.
(acts58) An attack noun as the subject of a verb of striking (cue striking_attack_verb: 강타하다, 덮치다) lands on
that verb's object: '자살폭탄 테러가 X의 모스크를 강타했다' struck the mosque's people (`struck_object`), read as the place
above; a storm or anything no attack noun names strikes no one here.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_harm_causes import verb_lemma
from readout.lang.ko.act_attacked_sites import SITE_CUES, unspaced
from readout.lang.ko.act_occurred_harm import harm_follows
from readout.lang.ko.act_doerless_explosions import harmed_subject
from readout.lang.ko.act_organs import harmed_people_sector
from readout.lang.ko.act_candidate import joined, next_predicate, run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import NOMINATIVE_PARTICLES, PLAIN_NOUN_TAGS

ATTACK = "ASSAULT"
LOCATIVE = ("에서", "JKB")
DATE_TAGS = frozenset({"SN", "NNB", "NR"})  # '9일' between the place and the attack noun
TIME_ADVERB_TAGS = frozenset({"MAG"})  # koacts57b: '호텔에서 어제 테러가': kiwi's adverb of time, no place
PLACE_TAGS = frozenset({"NNG", "NNP", "JKG", "MM", "SN", "NR", "XSN"})  # '카불의 한 시장'
SECTOR = "CVL"  # the people of the place struck
MUTUAL_PARTICLE = "와"  # an act noun aimed with 와 is fought between sides ('교전', '충돌')


def occurred_attacks(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits, each attack noun told as occurring at a place marked 에서 given that place as its victims."""
    out = []
    for h in hits + bare_attacks(toks, hits, lex):
        place = occurred_place(toks, h, lex) or struck_object(toks, h, lex) \
            if h.type == ATTACK and not h.data.get("victims") else None
        if place is not None:
            h = replace(h, data={**h.data, "victims": place, "domestic_target": place,
                                 "domestic_sector": place_sector(toks, place, lex), "occurred_attack": True})
        elif h.data.get("bare_attack"):
            continue  # koacts57: a bare attack word not told as occurring at a place is no act
        elif h.type == ATTACK and not h.data.get("victims") and (victims := occurred_harm(toks, h, lex)) is not None:
            sector = harmed_people_sector(toks, victims) or SECTOR  # koacts58: '…에서 폭탄 테러가 일어나 [주민 3명]이
            h = replace(h, data={**h.data, "victims": victims, "domestic_target": victims, "domestic_sector": sector})
        out.append(h)
    return out


def occurred_harm(toks: list, h: ActHit, lex: ActIndex) -> tuple[int, int] | None:
    """(koacts58) The span of the people harmed in the clause a lexicon attack noun's verb of occurring goes on to
    ('폭탄 테러가 일어나 [주민 3명]이 다쳤다'): its victims, as a device gone off with its harm after it is read
    (act_doerless_explosions: the place's state stands for the unknown doer, the harmed receive); None otherwise."""
    governor = h.data.get("governor")
    if h.data.get("clause") != "nominal" or h.data.get("particle") not in NOMINATIVE_PARTICLES \
            or not isinstance(governor, int) or governor >= len(toks):
        return None
    verb = verb_lemma(toks, governor - 1) if toks[governor][1] == "XSV" else verb_lemma(toks, governor)
    return harmed_subject(toks, governor, lex) if verb in lex.cue("occurred_attack_verb") else None


def occurred_place(toks: list, h: ActHit, lex: ActIndex) -> tuple[int, int] | None:
    """The character span of the place marked 에서 before the attack noun at `h`, when the noun is the subject (이/가)
    of a verb of occurring; None otherwise."""
    entry = lex.nominals.get(h.lemma.replace(" ", ""), lex.nominals.get(h.lemma))
    if h.lemma in lex.cue("occurred_bare_attack_noun"):
        pass  # koacts57: bare '테러', aimed at no one
    elif entry is None or MUTUAL_PARTICLE in (entry.target or ()):
        return None  # '교전이 벌어졌다': fighting between sides strikes no place's people
    governor, pred = h.data.get("governor"), h.data.get("pred")
    if h.data.get("clause") != "nominal" or h.data.get("particle") not in NOMINATIVE_PARTICLES or governor is None \
            or pred is None or governor >= len(toks):
        return None
    verb = verb_lemma(toks, governor - 1) if toks[governor][1] == "XSV" else verb_lemma(toks, governor)
    if verb not in lex.cue("occurred_attack_verb") or goes_on(toks, governor) \
            and not (h.data.get("bare_attack") and harm_follows(toks, governor, lex)):
        return None  # koacts57b: bare '테러가 발생해 12명이 숨졌다': the harm after it is the same attack's (a lexicon
        # noun's is left to the harm readers, as before)
    k = run_start(toks, pred) - 1
    while k >= 0 and (toks[k][1] in DATE_TAGS or toks[k][1] in TIME_ADVERB_TAGS):  # koacts57b: '어제'
        k -= 1
    if k < 1 or toks[k][:2] != LOCATIVE:
        return None
    first = k - 1
    while first > 0 and toks[first - 1][1] in PLACE_TAGS:
        first -= 1
    return toks[first][2], toks[k - 1][2] + toks[k - 1][3]


def struck_object(toks: list, h: ActHit, lex: ActIndex) -> tuple[int, int] | None:
    """(acts58) The character span of the object (을/를) of a verb of striking (cue striking_attack_verb: 강타하다,
    덮치다) whose subject (이/가) is the attack noun at `h` ('자살폭탄 테러가 [X의 모스크]를 강타했다'): what the attack
    struck, as English 'A suicide bombing hit a mosque in X' (lang/en/act_struck_sites); None otherwise, and for
    fighting between sides (an act noun aimed with 와)."""
    entry = lex.nominals.get(h.lemma.replace(" ", ""), lex.nominals.get(h.lemma))
    last = h.data.get("last")
    if entry is None or MUTUAL_PARTICLE in (entry.target or ()) or h.data.get("clause") != "nominal" \
            or h.data.get("particle") not in NOMINATIVE_PARTICLES or not isinstance(last, int):
        return None
    verb = next_predicate(toks, last + 2)
    if verb is None:
        return None
    stem = verb - 1 if toks[verb][1] == "XSV" else verb  # '강타' + '하': the noun is the predicate's stem
    k = stem - 1
    if verb_lemma(toks, stem) not in lex.cue("striking_attack_verb") or k <= last + 1 or toks[k][1] != OBJECT_TAG:
        return None
    first = k - 1
    while first > last + 2 and toks[first - 1][1] in PLACE_TAGS:
        first -= 1
    return toks[first][2], toks[k - 1][2] + toks[k - 1][3]


OBJECT_TAG = "JKO"  # acts58: the object particle 을/를


def place_sector(toks: list, place: tuple[int, int], lex: ActIndex) -> str:
    """(acts57) The sector of the people of the place an attack occurred at: a site whose people another sector names
    (`SITE_CUES` of act_attacked_sites: '경찰서 앞에서' the police, COP, as an attack on a police station reads, and as
    English 'occurred outside a police station' reads) gives that sector, any other place its civilians (`SECTOR`)."""
    nouns = [k for k, t in enumerate(toks) if place[0] <= t[2] < place[1] and t[1] in PLAIN_NOUN_TAGS]
    words = {joined(toks, a, b) for a in nouns for b in nouns if a <= b}
    for cue, sector in SITE_CUES:
        if words & unspaced(lex.cue(cue)):
            return sector
    return SECTOR


def goes_on(toks: list, verb: int) -> bool:
    """Whether the verb at `verb` ends in a connective (EC: '발생해'), its clause going on to another (the harm it did)."""
    k = verb + 1
    while k < len(toks) and toks[k][1] == "EP":
        k += 1
    return k < len(toks) and toks[k][1] == "EC"


SUBJECT_TAG = "JKS"


def bare_attacks(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """(koacts57) The ASSAULT hits of a bare attack word (cue occurred_bare_attack_noun) that is the whole noun run of
    a subject (이/가) whose predicate no hit holds yet; `occurred_attacks` keeps those told as having occurred at a
    place and drops the rest."""
    taken = {k for h in hits for k in (h.data.get("pred"), h.data.get("first")) if isinstance(k, int)}
    out = []
    for i in range(1, len(toks) - 2):
        if toks[i][0] not in lex.cue("occurred_bare_attack_noun") or toks[i][1] != "NNG" or i in taken \
                or toks[i - 1][1] in PLAIN_NOUN_TAGS or toks[i + 1][1] != SUBJECT_TAG:
            continue  # '폭탄 테러가' is the lexicon's own noun; '테러를', '테러로' no occurrence
        pred = next_predicate(toks, i + 2)
        if pred is None:
            continue
        out.append(ActHit(start=toks[i][2], end=toks[i][2] + toks[i][3], type=ATTACK, mode=None, lemma=toks[i][0],
                          target=(), nominal=True, status="occurred", contexts=("terrorism",),
                          data={"pred": i, "first": i, "last": i, "clause": "nominal", "particle": toks[i + 1][0],
                                "governor": pred, "main": False, "bare_attack": True}))
    return out
