"""Clause-level Korean act readers beyond one predicate's own endings: forecasts, refusals to yield, obligations
quoted as demands, and acts embedded in a later act of their type; launches fired at a state are read in
`act_fired_launches`, the states an act's phrase names that it is not aimed at in `act_bystander_states`, headlines
that state an act with a bare noun in `act_headline_hits`. (A material act reported only in a relative clause is
read by the finder itself, `act_relatives.relative_act`: it reads the clause as the finder does.)

Why a module of its own: each reads the sentence around a trigger (the verbs after it, a quote, the
relative clause it stands in) to change or add the act the finder (lang/ko/acts.py) reports.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_applied_measures import applied_measure, measure_targets
from readout.lang.ko.act_candidate import STEM_TAGS, coordinated_start, next_predicate, run_start, COMPLEMENT_REACH
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.act_object_owners import refused_owner
from readout.lang.ko.act_tolerated import tolerated_misdeed
from readout.lang.ko.act_withheld_joining import joined_meeting, joining
from readout.lang.ko.endings import Reading, lemma_at, read_clause
from readout.lang.ko.tags import ACT_VERB_TAGS, NOUN_TAGS, TOPIC_PARTICLES

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
        kinds = lex.kinds(verb)  # speed51b: the verb's lists, looked up once
        applied = applied_measure(toks, first, lex) if "measure_apply_verb" in kinds else None  # request59
        if "refusal_verb" not in kinds and "considering_verb" not in kinds and not accepting \
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
                        **({"refused_yield": True} if "land_yield_verb" in kinds else {}),  # stance52
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
    judges (pipeline/act_story_notes.raid_abroad)."""
    first = hit.data.get("first")
    if (hit.type, hit.mode) == ("COERCE", "seize") and hit.lemma in lex.cue("raid_seize_lemma"):
        return replace(hit, data={**hit.data, "raided_place": True})  # '강제 진입했다', '압수수색했다': a raid already
    if hit.type != "ASSAULT" or hit.lemma not in lex.cue("raid_verb") or first is None:
        return hit
    k = first - 1 if first and toks[first - 1][1] != "JKO" else first - 2
    k = about_noun(toks, first, lex) if k >= 0 and toks[k][1] == ADNOMINAL else k
    if k < 0 or toks[k][0] not in lex.cue("raided_place_noun"):
        return hit
    return replace(hit, type="COERCE", mode="seize", data={**hit.data, "raided_place": True})


ADNOMINAL = "ETM"  # the ending of '대한' in 'X에 대한 급습'
ABOUT_PARTICLE = "JKB"  # the 에 of 'X에 대한'


def about_noun(toks: list, first: int, lex: ActIndex) -> int:
    """(koacts55) The noun a raid noun is 'on' ('영사관에 대한 급습을 단행했다': 영사관/NNG 에/JKB 대하/VV ᆫ/ETM 급습):
    the 에 대한 phrase names the raided place as the object of the verb does ('영사관을 급습했다'), so the place's
    reading is the same; -1 where no such phrase stands right before the raid's noun."""
    k = first - 1
    if k >= 3 and toks[k][1] == ADNOMINAL and toks[k - 1][0] in lex.cue("verdict_about_verb") \
            and toks[k - 2][1] == ABOUT_PARTICLE:
        return k - 3
    return -1


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
                # as English reads it); a bare '보복하겠다고' still needs the side it answers. kopar53b: a thing the
                # pair's noun names ('해협을 봉쇄하겠다고', English 'threatened to close the strait') is what it strikes too
                data = out[outer].data
                if (h.data.get("target_spans") or "+" in h.lemma) and not data.get("threatened"):
                    data = {**data, "threatened": h.data["future_of"]}
                out[outer] = replace(out[outer], mode=h.mode, data=data)
            out[k] = None
    return [h for h in out if h is not None]
