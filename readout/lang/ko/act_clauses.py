"""Clause-level Korean act readers beyond one predicate's own endings: forecasts, launches fired at a
state, refusals to yield, obligations quoted as demands, headlines that state an act with a bare noun,
and acts embedded in a later act of their type. (A material act reported only in a relative clause is
read by the finder itself, `act_relatives._relative_act`: it reads the clause as the finder does.)

Why a module of its own: each reads the sentence around a trigger (the verbs after it, a quote, the
relative clause it stands in) to change or add the act the finder (lang/ko/acts.py) reports.
"""
from __future__ import annotations

from dataclasses import replace

from readout.kb.geo import lookup_city
from readout.lang.base import ActHit
from readout.lang.ko.act_applied_measures import applied_measure, measure_targets
from readout.lang.ko.act_candidate import (STEM_TAGS, SUBJECT_STOPS, Candidate, back_to_subject, coordinated_start,
                                          joined, next_predicate, run_start)
from readout.lang.ko.act_forewarnings import THREAT_MODE, THREAT_TARGET, threatened_mode
from readout.lang.ko.act_noun_lookup import act_noun
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.act_candidate import COMPLEMENT_REACH
from readout.lang.ko.act_object_owners import refused_owner
from readout.lang.ko.act_tolerated import tolerated_misdeed
from readout.lang.ko.act_withheld_joining import joined_meeting, joining
from readout.lang.ko.endings import Reading, lemma_at, read_clause
from readout.lang.ko.tags import (ACT_VERB_TAGS, CLAUSE_EDGE_TAGS, CONTINUING_ENDINGS, INSTRUMENTAL_PARTICLES,
                                  NOUN_TAGS, SUBJECT_TAGS, TOPIC_PARTICLES)

PLEDGE_MODALITIES = frozenset({"future", "plan", "intent"})


YIELD_TYPES = frozenset({"CONCEDE", "RETREAT"})


def forecast(toks: list, r: Reading, lex: ActIndex) -> bool:
    """A possible act the writer hedges with no one saying it ('X는 이르면 ~할 수도 있다.') or a future,
    possible or predicted act under a forecasting verb ('전문가들은 X가 ~할 수도 있다고 내다봤다', '~할
    것으로 전망했다') is a forecast about the actor, not the actor's plan; a possibility the actor states
    ('X는 ~할 수도 있다고 밝혔다', '위협했다') stays its plan. Reads the predicates after the clause to the
    sentence's end."""
    if r.modality not in ("possible", "future", "predicted"):
        return False
    verbs = []
    for k in range(r.last + 1, min(len(toks), r.last + 1 + COMPLEMENT_REACH)):
        if toks[k][1] == "SF":
            break
        if toks[k][1] in ACT_VERB_TAGS:
            verbs.append(k)
    if not verbs:  # '할 수도 있다.' (might) hedges; '할 수 있다.' (can, may) states a capacity or a right
        hedge = toks[r.last + 2][0] if r.last + 2 < len(toks) else ""
        return r.modality == "possible" and not r.quoted and hedge in lex.cue("hedge_particle")
    return lemma_at(toks, verbs[0]) in lex.cue("forecast_verb")


def fired_at_state(toks: list, cand: Candidate, hit: ActHit, lex: ActIndex) -> ActHit | None:
    """'이란은 이스라엘에 탄도미사일을 발사했다': a launch whose 에 argument in the same clause is a state
    (its name heads the argument) is fire at that state, an actual use of force (ASSAULT); a launch into
    a sea or a zone ('동해상에', '수역에') stays a show of force. A launch aimed at anything ('상선을 향해',
    '초소를 겨냥해': a ship, a position, a town) is force used against a target too (manual, ASSAULT), unless
    what it is aimed at is open sea or sky ('동해상을 향해', cue open_area_noun)."""
    from readout.lang.ko.country_words import read_word  # countries -> mentions import this module's callers

    for j in range(cand.first - 1, max(0, cand.first - COMPLEMENT_REACH), -1):
        form, tag = toks[j][0], toks[j][1]
        noun = _aimed_noun(toks, j, lex)
        aimed = noun is not None
        toward = toward_state(toks, noun if aimed else j - 1, lex) if aimed or tag == "JKB" and form in INSTRUMENTAL_PARTICLES \
            else None
        if toward is not None:  # '[B] 쪽으로', '[B] 방향으로 발사했다', '[B] 쪽을 향해': fired at B
            return replace(hit, type="ASSAULT", mode="heavy-weapons", target=("을 향해" if aimed else "로",),
                           data={**hit.data, "fired_at": True, "target_spans": (toward,)})
        if not aimed and (tag in CLAUSE_EDGE_TAGS or tag == "JX" and form in TOPIC_PARTICLES):
            return None
        if aimed and toks[noun][1] in NOUN_TAGS and toks[noun][0] not in lex.cue("open_area_noun"):
            return replace(hit, type="ASSAULT", mode="heavy-weapons", target=("을 향해",),
                           data={**hit.data, "fired_at": True})
        if aimed:
            return None
        noun = j - 1
        if tag == "JKB" and form == "에" and toks[noun][1] in NOUN_TAGS:
            reading = read_word(toks[noun][0])
            if reading.codes and not reading.recipient:
                return replace(hit, type="ASSAULT", mode="heavy-weapons", target=("에",),
                               data={**hit.data, "fired_at": True})
            if lookup_city(toks[noun][0]) is not None:  # ploverko68: '키이우에 미사일을 발사했다': a city is its
                return replace(hit, type="ASSAULT", mode="heavy-weapons", target=("에",),  # state's ground
                               data={**hit.data, "fired_at": True,
                                     "target_spans": ((toks[noun][2], toks[noun][2] + toks[noun][3]),)})
            owned = owned_vessel(toks, noun, lex)
            if owned is not None:  # '필리핀 보급선에 물대포를 발사했다': fire at a state's ship is fire at the state
                return replace(hit, type="ASSAULT", mode="heavy-weapons", target=("에",),
                               data={**hit.data, "fired_at": True, "target_spans": (owned,)})
            return None
    return None


def toward_state(toks: list, noun: int, lex: ActIndex) -> tuple[int, int] | None:
    """'에티오피아 쪽으로', '에티오피아 방향으로', '에티오피아 쪽을 향해': a direction noun (cue direction_noun) right after
    a state's name, as where a launch goes, points it at that state; the character span of the name, or None. Why:
    kiwi reads 쪽 as a bound noun, so the name is not the argument the launch's particle marks."""
    from readout.lang.ko.country_words import read_word

    if noun < 1 or toks[noun][0] not in lex.cue("direction_noun") or toks[noun - 1][1] not in NOUN_TAGS:
        return None
    reading = read_word(toks[noun - 1][0])
    if not reading.codes or reading.recipient:
        return None
    return toks[noun - 1][2], toks[noun - 1][2] + toks[noun - 1][3]


def owned_vessel(toks: list, end: int, lex: ActIndex) -> tuple[int, int] | None:
    """'필리핀 보급선', '중국 해경선', '일본 순시선': a noun run whose head is a ship, aircraft or unit (cues
    vessel_noun, force_noun; kiwi may split the compound: 보급 + 선) and whose first word is a state's name is
    that state's; the character span of the run, or None."""
    from readout.lang.ko.country_words import read_word

    start = run_start(toks, end)
    heads = lex.cue("vessel_noun") | lex.cue("force_noun")
    if start == end or not any(joined(toks, m, end) in heads for m in range(start + 1, end + 1)):
        return None
    reading = read_word(toks[start][0])
    if not reading.codes or reading.recipient:
        return None
    return toks[start][2], toks[end][2] + toks[end][3]


def cargo_origins(toks: list, first: int, lex: ActIndex) -> tuple[tuple[int, int], ...]:
    """'[사우디산] 나프타를 실은 라이베리아 선적 유조선을 나포했다', '라이베리아 선적의 [사우디산] 나프타 운반선': a state named as a
    cargo's origin (the word ends in an origin suffix, lexicon origin_suffixes) in the vessel's phrase, before the
    vessel noun at `first` back to the sentence's topic or subject, is what the ship carries, not whose ship it is;
    its character spans, when the phrase also names a state of its own (flag, owner, crew). With no other state
    named, the cargo's origin stays the only side the text gives (empty tuple)."""
    from readout.lang.ko.country_tables import origin_suffixes
    from readout.lang.ko.country_words import read_word

    origins, others = [], False
    j = first - 1
    while j >= 0 and toks[j][1] not in SUBJECT_TAGS:  # back to the sentence's topic or subject
        if toks[j][1] == "NNP" and read_word(toks[j][0]).codes:
            if j + 1 < first and toks[j + 1][0] in origin_suffixes() and toks[j + 1][1] in ("XSN", "NNG"):
                origins.append((toks[j][2], toks[j + 1][2] + toks[j + 1][3]))
            else:
                others = True
        j -= 1
    return tuple(origins) if others else ()


def offshore_places(toks: list, first: int, lex: ActIndex) -> tuple[tuple[int, int], ...]:
    """'[B국 C시 북쪽 약 40해리 해상]에서 D국의 드론 공격을 받아', '[B국 앞바다]에서 유조선을 나포': a sea area located
    from a coast (a run before 에서 holding a sea noun, cue offshore_noun) says where the act took place; the coast's
    state is a reference point, not the one attacked (the vessel's flag is). Character spans, back to the sentence's
    topic or subject."""
    spans, j = [], first - 1
    while j > 0 and toks[j][1] not in SUBJECT_STOPS:
        if toks[j][:2] == ("에서", "JKB"):
            k = j - 1
            while k >= 0 and (toks[k][1] in NOUN_TAGS or toks[k][1] in ("SN", "MM", "NNB")):
                k -= 1
            if any(t[0] in lex.cue("offshore_noun") for t in toks[k + 1:j]):
                spans.append((toks[k + 1][2], toks[j - 1][2] + toks[j - 1][3]))
            j = k
            continue
        j -= 1
    return tuple(spans)


def deed_modifiers(toks: list, first: int) -> tuple[tuple[int, int], ...]:
    """'[A(군)의] [B] 파병을 규탄했다', 'A의 B 탄약 지원', 'A의 B 압박을 비판했다': in a deed named by a noun with its doer
    in the genitive, a state written bare right before the deed's noun is where or whom the deed goes (the
    destination, the one helped or pressed), not the one the judgement is aimed at: its doer is. Character spans of
    such states, back to the sentence's topic or subject."""
    from readout.lang.ko.country_words import read_word

    return tuple((toks[j][2], toks[j][2] + toks[j][3]) for j in back_to_subject(toks, first - 1, 2)
                 if toks[j][1] == "NNP" and toks[j - 1][1] == "JKG" and j + 1 < first and toks[j + 1][1] == "NNG"
                 and read_word(toks[j][0]).codes and genitive_state(toks, j - 1))


def genitive_state(toks: list, jkg: int) -> bool:
    """The word ending in the genitive at `jkg` names a state ('북한의', '북한군의', '볼리비아군의': the name, or the name
    and one noun after it such as 군 or 정부)."""
    from readout.lang.ko.country_words import read_word

    return any(toks[k][1] in NOUN_TAGS and read_word(toks[k][0]).codes for k in range(max(0, jkg - 2), jkg))


def _aimed_noun(toks: list, j: int, lex: ActIndex) -> int | None:
    """The noun before '을 향해' / '를 겨냥해' when the connective ending at `j` closes such an aiming verb."""
    if toks[j][1] != "EC" or j < 3:
        return None
    verb = j - 2 if toks[j - 1][1] == "XSV" else j - 1  # 겨냥 + 하 + 여; 향하 + 여
    if lemma_at(toks, j - 1) not in lex.cue("aim_verb") or verb < 2 or toks[verb - 1][1] != "JKO":
        return None
    return verb - 2


ACCEPTING_TAGS = frozenset({*STEM_TAGS, "XSV"})  # the tags an accepting verb's stem has (built once, not per morpheme)


def refusal(toks: list, s: int, lex: ActIndex, hit: ActHit | None = None) -> ActHit | None:
    """'발사를 중단하지 않을 것', '핵을 포기하지 않겠다': a yielding verb negated with a future or an intent
    is a refusal to yield, which the manual codes REJECT; stating it is the act; an accepting verb negated
    in any tense ('제안을 받아들이지 않았다', '대화에 응하지 않았다') is a refusal too. `hit`: the yielding or
    accepting act the lexicon read at this stem (CONCEDE, RETREAT, AGREE), else a bare refusal verb. Like a judged act it
    needs no named receiving side (`judged_act`): the refused act is its object, the demanders unnamed."""
    tag = toks[s][1]
    accepting = tag in ACCEPTING_TAGS and lemma_at(toks, s) in lex.cue("accept_verb")
    if hit is None:
        if tag == "XSV" and s > 0 and toks[s - 1][1] in NOUN_TAGS:
            verb, first = toks[s - 1][0] + toks[s][0] + "다", s - 1
        elif tag in STEM_TAGS and toks[s][0] == "하" and s > 1 and toks[s - 1][1] == "JX" and toks[s - 2][1] in NOUN_TAGS:
            verb, first = toks[s - 2][0] + "하다", s - 2  # '검토조차 하지 않겠다': the noun's verb, a particle between
        elif tag in STEM_TAGS:
            verb, first = toks[s][0] + "다", s
        else:
            return None
        applied = applied_measure(toks, first, lex) if verb in lex.cue("measure_apply_verb") else None  # request59
        if verb not in lex.cue("refusal_verb") and verb not in lex.cue("considering_verb") and not accepting \
                and not applied and not joining(verb, lex):
            return None
        if tolerated_misdeed(toks, verb, first, lex):
            return None  # request54: '이런 반란은 용납하지 않겠다' warns; it refuses nothing put forward
    r = read_clause(toks, s, lex)
    pledged = r.modality in PLEDGE_MODALITIES or hit is None and joining(verb, lex) and r.decided  # request61
    if not r.negated or r.drop or r.modality == "condition" or not pledged and not accepting:
        return None  # not accepting ('제안을 받아들이지 않았다') refuses in any tense; not yielding, only as a pledge
    if unacceptable_modifier(toks, r.last):
        return None  # accuse50: '"용납할 수 없는 간섭"이라고 비판': a quality of the noun judged, no refusal stated
    if hit is not None:
        return replace(hit, type="REJECT", mode=None, negated=False, status="occurred", target=(),
                       data={**hit.data, "refusal_of": hit.type, "judged_act": True})
    owner = refused_owner(toks, first)  # '[B의] 나토 가입을 용납하지 않겠다': B is refused, not NATO
    meeting = joining(verb, lex) and joined_meeting(toks, first, lex)  # request61: '회담에 참여하지 않기로'
    return ActHit(start=toks[first][2], end=toks[s][2] + toks[s][3], type="REJECT", mode="meet" if meeting else None,
                  lemma=verb,
                  target=(), nominal=False, negated=False, status="occurred",
                  data={"pred": s, "first": first, "last": r.last, "clause": r.clause, "main": r.clause == "main",
                        "quoted": r.quoted, "modality": r.modality, "refusal_of": verb, "judged_act": True,
                        **({"target_spans": (owner,)} if owner else {}),
                        **({"refused_yield": True} if verb in lex.cue("land_yield_verb") else {}),  # stance52
                        **({"refused_measure": True} if applied == "pronoun" else {}),  # its maker: the pipeline's
                        **({"not_recipient_spans": measure_targets(toks, first)} if applied else {})})


UNABLE = (("수", "NNB"), "없")  # 'ㄹ 수 없': cannot
MODIFIER_ENDING = ("는", "ETM")  # '없는': the plain adnominal, not the quoted '없다는' (a stance stated)


def unacceptable_modifier(toks: list, last: int) -> bool:
    """'용납할 수 없는 간섭', '받아들일 수 없는 조건': an accepting verb's 'cannot' as the plain adnominal of a noun after it
    (CAMEO 111's 'unacceptable' said of a deed), not '받아들일 수 없다는 입장' (a refusal reported as a stance)."""
    n = last + 1
    return n + 3 < len(toks) and toks[n][:2] == UNABLE[0] and toks[n + 1][0] == UNABLE[1] \
        and toks[n + 2][:2] == MODIFIER_ENDING and toks[n + 3][1] in NOUN_TAGS


CONNECTIVE_REACH = 8  # morphemes from a quotative connective to the verb of its speaker ('한다며 거리로 나섰다')


def obligation_requests(toks: list, lex: ActIndex, hits: list[ActHit]) -> list[ActHit]:
    """'조 장관은 "북한은 도발을 멈추고 대화에 나서야 한다"고 말했다': an obligation (V-어야 하다) quoted with
    a subject of its own is a demand on that subject; the speaker requests it (manual, REQUEST). The hit
    stands at the saying verb, so its subject acts, and points at the quoted subject (`target_spans`);
    where that subject is the speaker's own state ('우리는 ...해야 한다') no one receives and the pipeline
    drops it. Not where the saying verb is itself an act (촉구했다: the lexicon reads it). A quotative connective
    ('B가 사퇴해야 한다며 시위를 벌였다', cue saying_connective) says it itself: the hit stands at its auxiliary, in the
    main clause, unless a REQUEST verb follows whose content it is (plover47)."""
    taken = {h.data.get("pred") for h in hits}
    asked = {h.data.get("pred") for h in hits if h.type == "REQUEST"}
    out: list[ActHit] = []
    for s in range(len(toks)):
        if toks[s][1] not in ("VV", "XSV", "VA"):
            continue
        r = read_clause(toks, s, lex)
        if r.modality != "obligation" or not r.quoted:
            continue
        say = next_predicate(toks, r.last + 1, limit=4)
        if toks[r.last][0] in lex.cue("saying_connective"):
            say = next_predicate(toks, r.last + 1, limit=CONNECTIVE_REACH)  # '...한다며 시위를 [벌였다]': the speaker's verb
            if say is None or say in asked:
                continue
        elif say is None or say in taken or lemma_at(toks, say) not in lex.cue("say_verb"):
            continue
        subject = _quoted_subject(toks, s)
        if subject is None:
            continue
        first = say - 1 if toks[say][1] == "XSV" else say
        out.append(ActHit(start=toks[first][2], end=toks[say][2] + toks[say][3], type="REQUEST", mode=None,
                          lemma=lemma_at(toks, say), target=(), status="occurred",
                          data={"pred": say, "first": first, "last": say, "clause": "main", "main": True,
                                "target_spans": (subject,), "obligation_of": s,
                                "demanded": (subject[1], toks[r.last][2] + toks[r.last][3])}))
        taken.add(say)
    return out


def purposed_aid(hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """'호주는 솔로몬제도 정부를 지원하기 위해 병력을 보냈다': forces sent (MOBILIZE by a dispatch verb, cue
    dispatch_verb) for the purpose of aiding a side (an AID act in a V-기 위해 clause just before) are military aid to
    that side (PLOVER AID military: troops), done now; the purpose clause is that act's content, no act of its own."""
    out, dropped = list(hits), set()
    for k, h in enumerate(hits):
        if h.type != "MOBILIZE" or h.lemma.split("+")[-1] not in lex.cue("dispatch_verb"):
            continue
        purpose = next((p for p in reversed(hits[:k]) if p.type == "AID" and p.data.get("modality") == "purpose"
                        and p.data.get("target_spans") and p.data.get("last", -1) < h.data.get("first", 0)), None)
        if purpose is None:
            continue
        out[k] = replace(h, type="AID", mode="military",
                         data={**h.data, "target_spans": purpose.data["target_spans"], "aid_purpose": True})
        dropped.add(id(purpose))
    return [h for h in out if id(h) not in dropped]


def raided_place(hit: ActHit, toks: list, lex: ActIndex) -> ActHit:
    """(coerce56) 'X 대사관을 급습해', '야당 당사를 급습했다': a raid whose object is a mission or an office (cue
    `raided_place_noun`) is the manual's COERCE 'seize' (execute search, raid), aimed at the place's owner, not force
    against people (ASSAULT); a raid on anything else keeps its reading. Either way marked `raided_place` (as a seize
    the lexicon reads as a raid, `raid_seize_lemma`): a raid on another state's place is an offense a condemnation
    judges (pipeline/act_build.raid_abroad)."""
    first = hit.data.get("first")
    if (hit.type, hit.mode) == ("COERCE", "seize") and hit.lemma in lex.cue("raid_seize_lemma"):
        return replace(hit, data={**hit.data, "raided_place": True})  # '강제 진입했다', '압수수색했다': a raid already
    if hit.type != "ASSAULT" or hit.lemma not in lex.cue("raid_verb") or first is None:
        return hit
    k = first - 1 if first and toks[first - 1][1] != "JKO" else first - 2
    if k < 0 or toks[k][0] not in lex.cue("raided_place_noun"):
        return hit
    return replace(hit, type="COERCE", mode="seize", data={**hit.data, "raided_place": True})


def raid_for_arrest(hits: list[ActHit], lex: ActIndex, toks: list = ()) -> list[ActHit]:
    """'경찰은 은신처를 급습해 용의자를 체포했다': a raid (cue raid_verb) in a connective clause whose next act is an
    arrest or seizure (COERCE) is how that COERCE was done, no ASSAULT of its own; a raid that wounds or kills is
    read from its other words ('공격해 사상자를 냈다'), and a raid told alone stays."""
    dropped = set()
    hits = [raided_place(h, toks, lex) for h in hits] if toks else hits
    for k, h in enumerate(hits):
        if h.type != "ASSAULT" or h.lemma not in lex.cue("raid_verb") or h.data.get("clause") != "connective":
            continue
        after = [n for n in hits[k + 1:] if not n.nominal and n.data.get("first", -1) > h.data.get("last", 0)]
        if after and after[0].type == "COERCE" and not after[0].negated:
            dropped.add(id(h))
    return [h for h in hits if id(h) not in dropped]


def without_demanded(hits: list[ActHit], requests: list[ActHit], text_of, lex: ActIndex) -> list[ActHit]:
    """The hits outside what a quoted obligation demands of another side ('"B는 병력을 철수해야 한다"고 말했다': the
    withdrawal is the content of A's request, not an act B did or planned). An obligation the speaker puts on its
    own side ('우리는 ... 강화해야 한다', cue self_noun) demands nothing of another: its acts stay."""
    spans = [r.data["demanded"] for r in requests if "demanded" in r.data
             and not set(text_of(r.data["target_spans"][0]).split()) & lex.cue("self_noun")]
    return [h for h in hits if not any(lo <= h.start and h.end <= hi for lo, hi in spans)]


def _quoted_subject(toks: list, s: int) -> tuple[int, int] | None:
    """The nearest subject or topic before the obligation's stem inside its quote, as character offsets."""
    for j in range(s - 1, max(-1, s - COMPLEMENT_REACH), -1):
        form, tag = toks[j][0], toks[j][1]
        if tag in ("SF", "EF", "SS", "SSO", "SSC"):
            return None
        if (tag == "JKS" or tag == "JX" and form in TOPIC_PARTICLES) and j > 0 and toks[j - 1][1] in NOUN_TAGS:
            start = coordinated_start(toks, run_start(toks, j - 1))
            return toks[start][2], toks[j - 1][2] + toks[j - 1][3]
    return None


HEADLINE_CLOSERS = frozenset({"SE", "SF", "SS", "SSO", "SSC", "SP"})  # '…', '.', quotes, a comma
HEADLINE_SUMMARY_TYPES = frozenset({"CONSULT", "COOPERATE", "AID"})  # a headline's '협력', '지원': the topic of talks


LIST_JOINERS = frozenset({"·", "ㆍ", "/"})  # the marks that join the items of a headline's list ('제재·방문')


def listed_object(toks: list, k: int) -> bool:
    """(koacts38) Morpheme `k` is a list's joiner ('美 제재·국방장관 방문 반발하며') whose items run, nouns and joiners
    only, into a verb: the listed nouns are that verb's objects (what is objected to), none a headline's act of its
    own. A list that ends the phrase ('도발 규탄·대화 촉구') keeps each item an act."""
    if k >= len(toks) or toks[k][0] not in LIST_JOINERS:
        return False
    m = k + 1
    while m < len(toks) and (toks[m][1] in NOUN_TAGS or toks[m][0] in LIST_JOINERS):
        m += 1
    return m < len(toks) and toks[m][1] in ACT_VERB_TAGS


def headline_hit(toks: list, lex: ActIndex, used: set[int]) -> ActHit | None:
    """A headline states its act with a bare verbal noun where a sentence would conjugate it ('정부, 北
    미사일 발사 규탄…', '美, 러시아 은행 10곳 제재'): the first noun that ends a phrase of the headline
    (before '…', a quote, a comma or the end) whose 하다 verb (or a pair with a noun of the same phrase:
    '유감 표명', '병력 증강 배치', '식량 지원 500만 달러 제공') is an act reads as that verb in the main clause;
    the nouns before it are its object. Only where no ending or case particle precedes it outside quotes: a
    sentence conjugates its verbs, while a quote in a headline is what was said: its particles end nothing, and
    an act named outside it is the one done ('"도발 땐 응징" 경고': a warning; '외교부 "日 ... 강력 규탄"': the
    quoted act, when nothing outside names one)."""
    quoted, said, joined_at = False, None, None
    for i, tok in enumerate(toks):
        if tok[1] in QUOTE_TAGS:
            quoted = tok[1] == "SSO" or tok[1] == "SS" and not quoted
            continue
        if tok[1] == "EC" and tok[0] in HEADLINE_JOINED and not quoted and bare_tail(toks, i + 1):
            joined_at = i  # '노조, 임금 인상 요구하며 총파업 돌입': the clause before is the act's content
            continue
        if tok[1] in ("EF", "EC", "ETM", "ETN", "JKO", "JKS", "JX") and not quoted:
            return said  # a sentence, or a phrase with a verb or an argument of its own before its end
        if tok[1] not in NOUN_TAGS or i in used or (i + 1 < len(toks) and toks[i + 1][1] not in HEADLINE_CLOSERS) \
                or listed_object(toks, i + 1):
            continue
        start = phrase_start(toks, i)
        verb = tok[0] + "하다"
        pairs = lex.pairs.get(verb, {})
        pair = next((pairs[key] for j in range(i - 1, start - 1, -1) for k in range(start, j + 1)
                     if (key := joined(toks, k, j)) in pairs), None)
        entry = pair or lex.verbs.get(verb)
        first = i if pair is None else start
        if entry is None and i > start and tok[0] in lex.cue("realize_noun"):
            carried = act_noun(toks, start, i - 1, lex, nominals=True)  # '공습 감행', '총파업 돌입': the act noun
            if carried is not None:                                    # before the noun that carries it out
                entry, first = carried
        if entry is None and joined_at is not None and i > joined_at:
            carried = act_noun(toks, start, i, lex, nominals=True)  # '... 촉구하며 총파업': the act noun heads it
            if carried is not None:
                entry, first = carried
        if entry is None or entry.type in HEADLINE_SUMMARY_TYPES and pair is None:
            continue  # '정부,': the phrase names someone; '…"北 비핵화 협력"': a summary of talks, no act done;
            # what is given names the act ('필리핀에 긴급 식량 지원': a pair's noun)
        if pair is None and entry.lemma in lex.cue("pledge_only") or quoted and entry.type == "AGREE" and entry.generic:
            continue  # '"기후위기에 적극 대응"': a generic pledge verb alone states no act; a quoted fragment is what its
            # speaker says it will do, never an agreement ('北 도발에 '단호 대응'' warns: a pair, THREATEN)
        hit = ActHit(start=toks[first][2], end=tok[2] + tok[3], type=entry.type, mode=entry.mode,
                     lemma=entry.key, target=tuple(entry.target), nominal=False, negated=False,
                     status="occurred", generic=entry.generic, contexts=tuple(entry.contexts),
                     data={"pred": i, "first": first, "last": i, "clause": "headline", "main": True})
        if not quoted:
            topic = headline_topic(toks, first) or quote_speaker(toks)  # '칠레 "…" 반박': who spoke does the act
            return replace(hit, data={**hit.data, "agent_span": topic}) if topic else hit
        said = said or quoted_fragment(hit, quote_speaker(toks))
    return said


def headline_topic(toks: list, first: int) -> tuple[int, int] | None:
    """The headline's topic closed by a comma before its act word at `first` ('[속보] 이스라엘군, 레바논 남부 거점
    공습', '러시아, 우크라이나에 미사일 공격'): a run of nouns after any bracketed tag, which does the act; the
    states named after the comma are where it lands. Character offsets, or None."""
    k = 0
    if toks and toks[0][1] == "SSO":  # '[속보]', '[단독]': the bracketed tag
        while k < len(toks) and toks[k][1] != "SSC":
            k += 1
        k += 1
    start = k
    while k < first and (toks[k][1] in NOUN_TAGS or toks[k][1] == "NNB"):
        k += 1
    if k == start or k >= first or toks[k][:2] != (",", "SP"):
        return None
    return toks[start][2], toks[k - 1][2] + toks[k - 1][3]


def quote_speaker(toks: list) -> tuple[int, int] | None:
    """The words before a headline's first quote that name who speaks ('이란 "…"', '中 외교부 "…"'), with no comma,
    particle or ending among them (else they are part of the headline's own phrase: '정부, 北 도발에 "…"');
    character offsets, or None."""
    for k, tok in enumerate(toks):
        if tok[1] in QUOTE_TAGS:
            return (toks[0][2], toks[k - 1][2] + toks[k - 1][3]) if k > 0 else None
        if tok[1] not in NOUN_TAGS and tok[1] != "SH":
            return None
    return None


QUOTED_NONE = frozenset({"AGREE", "COOPERATE", "AID", "CONSULT", "RETREAT"})  # a quoted headline pledge: no act


def quoted_fragment(hit: ActHit, speaker: tuple[int, int] | None) -> ActHit | None:
    """A headline's quoted noun phrase is what its speaker says, not a report of an act done: force or a measure
    ('이란 "이스라엘에 보복"', '"상응 조치"') is threatened (THREATEN, the threatened act its stated type); a pledge to
    agree, cooperate, aid, meet or withdraw ('日, 한국과 '협력 강화'') is an intention the headline quotes, no act
    (never AGREE: nothing was agreed); a statement made by saying it ('"강력 규탄"', '"단호 대응"') is that act.
    `speaker`: the words before the quote naming who speaks (`quote_speaker`), the act's agent."""
    data = {**hit.data, "agent_span": speaker} if speaker else hit.data
    if hit.type in THREAT_MODE:
        return replace(hit, type="THREATEN", mode=threatened_mode(hit.type, hit.contexts, hit.mode), target=THREAT_TARGET,
                       data={**data, "stated_type": hit.type, "threatened": hit.type})
    return None if hit.type in QUOTED_NONE else replace(hit, data=data)


QUOTE_TAGS = frozenset({"SS", "SSO", "SSC"})
HEADLINE_JOINED = CONTINUING_ENDINGS  # '요구하며 총파업 돌입': a clause joined to the headline's act
CLAUSE_TAGS = frozenset({"EF", "EC", "ETM", "ETN", "JKO", "JKS", "JX", "EP", "XSV", "VV", "VA", "VX"})


def bare_tail(toks: list, i: int) -> bool:
    """From morpheme `i` on, a headline's bare noun phrase (no ending, verb or case of a sentence), with a noun."""
    rest = toks[i:]
    return any(t[1] in NOUN_TAGS for t in rest) and not any(t[1] in CLAUSE_TAGS for t in rest)
QUANTITY_TAGS = frozenset({"SN", "NR", "NNB"})  # '500만 달러', '1만 명': an amount inside an act's noun phrase


def phrase_start(toks: list, i: int) -> int:
    """The first noun of the headline phrase ending at i, across an amount in it ('인도적 지원 500만 달러
    제공': the amount given stands between what is given and the verbal noun); a root before it is its manner
    ('단호 대응': kiwi reads 단호 as a root, XR, which a pair may hold)."""
    start = run_start(toks, i)
    if start > 0 and toks[start - 1][1] == "XR":
        return start - 1
    k = start
    while k > 0 and toks[k - 1][1] in QUANTITY_TAGS:
        k -= 1
    if k < start and k > 0 and toks[k - 1][1] in NOUN_TAGS and any(toks[j][1] == "SN" for j in range(k, start)):
        return run_start(toks, k - 1)
    return start


EMBEDDED = frozenset({"adnominal", "quote", "noun", "nominalized"})


def outer_acts(hits: list[ActHit]) -> list[ActHit]:
    """'한국이 대가를 치를 것이라고 위협했다': an act of one type embedded in the complement of a later
    predicate of the same type is that predicate's content; the outer verb states the act (its subject
    acts, the embedded subject receives). A clause side by side with the next ('V-는 한편') is no content, nor a
    relative describing the outer act's object or addressee (`governed_head`: '[B를 비판한] C에 항의했다')."""
    out = list(hits)
    for k, h in enumerate(hits):
        later = [o for o in hits[k + 1:] if o.type == h.type and o.data.get("pred", -1) > h.data.get("last", 0)]
        if h.data.get("clause") in EMBEDDED and later and not h.data.get("parallel") \
                and not h.data.get("governed_head") and not h.data.get("relative_object"):  # '...하는 한편': beside
            # it; relatives65: '[B를 비판한] C에 항의' describes C, the outer act's addressee, and is no content of it;
            # relatives66: '[B를 비판하는] C는 D를 규탄했다' describes the subject C (find_acts keeps it when B is not D)
            outer = hits.index(later[0])
            if h.mode and h.data.get("future_of") and not out[outer].mode:  # threats49: '관세를 부과하겠다고 위협했다':
                # the mode of the act threatened (a measure of another type said as a threat) is the threat's;
                # kosweep65: and, when the act names what it strikes, so is its type ('마을을 불태우겠다고 위협했다':
                # force at a thing named, which stands with no receiving side, pipeline/act_unreceived.bare_threat,
                # as English reads it); a bare '보복하겠다고' still needs the side it answers
                data = out[outer].data
                if h.data.get("target_spans") and not data.get("threatened"):
                    data = {**data, "threatened": h.data["future_of"]}
                out[outer] = replace(out[outer], mode=h.mode, data=data)
            out[k] = None
    return [h for h in out if h is not None]
