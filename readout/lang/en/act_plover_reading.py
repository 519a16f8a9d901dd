"""The manual's type for what an English clause says about an act, read after the walk's frames: a negated acceptance
or a yield refused as a pledge ('would not step down') is REJECT; a stated future cooperative act or retreat is AGREE
(an offer or promise), a future hostile act, or one announced "unless" something happens, THREATEN; an attack a
force "prepared to" make is its MOBILIZE. The lexicon's type stays in data["stated_type"].

Why apart from `act_frames`: this reads one hit's status, negation and modality, not what another act governs.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_attendance import attended_gathering
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_exercises import names_exercise
from readout.lang.en.act_frames import threat_mode_of
from readout.lang.en.act_modality import clause_before, ends_with
from readout.lang.en.act_people_subjects import people_subject, reported_people_subject
from readout.lang.en.act_tokens import Token
from readout.lang.en.country_forms import adjectives, forms_table
from readout.lang.en.act_visits_ahead import visit_noun_ahead
from readout.lang.en.lodged_protests import lodged_protest


COOPERATIVE = ("CONSULT", "SUPPORT", "COOPERATE", "AID")


def fronted_condition(toks: list[Token], token: int, cues: Cues) -> bool:
    """"Unless Ecuador apologizes, Mexico will cut ties": a condition clause closed by a comma before the act's
    verb governs it as one after it does ("will cut ties unless ..."): the act is threatened."""
    opener = next((k for k in range(token - 1, -1, -1) if toks[k].low in cues.conditions), None)
    return opener is not None and any(toks[k].low == "," for k in range(opener + 1, token))


def pledged_refusal(hit: ActHit, lemma: str, cues: Cues) -> bool:
    """(reject50) 'said she would not step down', 'will not resign': a yield negated as a pledge refuses what was
    demanded (REJECT); 'did not resign' (no pledge) tells of no act, so only a stated future or intent reads so.
    (pledges64) So for every yield by its type, 'would not withdraw from X', 'will not release the sailors' (CAMEO 124
    'refuse to yield'; Korean '철수하지 않겠다' reads REJECT), said as the speaker's will ('will not', 'would not'), not
    as what is still to come ('has yet to withdraw')."""
    by_type = hit.type in cues.negated_pledge_reject_types and hit.data.get("modality") == "intent"
    return (lemma in cues.negated_pledge_rejects or by_type) and hit.status == "planned"


def refused_measure(toks: list[Token], hit: ActHit, lemma: str, cues: Cues) -> bool:
    """(request57) 'said they would not apply the sanctions against X', 'will not enforce the embargo': a measure
    another side decided (named definite: `refused_measure_determiners`), its application negated, refuses that measure
    and its maker (REJECT), in any tense; 'will not apply sanctions on X' takes no measure and refuses nothing."""
    if hit.type != "SANCTION" or lemma not in cues.negated_measure_rejects or "object_token" not in hit.data:
        return False
    return any(toks[k].low in cues.refused_measure_determiners for k in range(hit.data["token"] + 1,
                                                                             hit.data["object_token"]))


def plover_reading(toks: list[Token], hit: ActHit, cues: Cues) -> ActHit:
    """The manual's type for what the clause says about the act: a negated acceptance is a
    rejection; a stated future cooperative act is AGREE, and so is a future retreat (an offer or
    promise to withdraw or release: the manual's AGREE covers offers and promises, and the PLOVER
    coders code them so, though the manual's CONCEDE names declared withdrawals too) except an
    announced resignation, which stays RETREAT; a future hostile act (or one announced "unless"
    something happens) is THREATEN; an attack a force "prepared to" make is its MOBILIZE. The lexicon's
    type stays in data["stated_type"]."""
    lemma = hit.lemma.split()[0]
    measure = hit.negated and refused_measure(toks, hit, lemma, cues)  # 'will not apply the sanctions': said, refused
    if hit.negated and not hit.nominal and not hit.data.get("refused") \
            and hit.data.get("object") not in cues.unissued_texts \
            and (hit.type == "AGREE" or lemma in cues.negation_rejects or pledged_refusal(hit, lemma, cues) or measure):
        pledged = pledged_refusal(hit, lemma, cues)  # "would not step down": saying so is the refusal, done
        status = "occurred" if hit.data.get("modality") == "infinitive" or pledged or measure \
            else hit.status  # "failed to agree"
        return replace(hit, type="REJECT", mode=None, negated=False, status=status,
                       data=dict(hit.data, stated_type=hit.type, negated_reading=True,
                                 **({"refused_type": hit.type, "refused_mode": hit.mode, "refused_yield": True} if pledged else {}),
                                 **({"refused_measure": True} if measure else {})))
    if hit.negated or hit.data.get("modality") != "intent":
        return hit
    after = {t.low for t in toks[hit.data["end_token"] + 1:]}
    new: tuple[str, str | None] | None = None
    if hit.type in cues.preparation_types and prepared_by_verb(toks, hit.data["token"], cues):
        # "the army prepared to resume bombarding": it readies its forces
        return replace(hit, type="MOBILIZE", mode="troops", status="occurred",  # the readying happened
                       data=dict(hit.data, stated_type=hit.type, prepared=True))
    if (after & cues.conditions or fronted_condition(toks, hit.data["token"], cues)) and hit.type != "THREATEN":
        new = ("THREATEN", threat_mode_of(hit, cues, "relations"))
    elif hit.type in COOPERATIVE and hit.mode != "third-party" and not attended_gathering(toks, hit, cues) \
            and not visit_noun_ahead(hit, toks) and not planned_exercise(toks, hit, cues):  # enmeet48: 'will pay a state visit to X': a planned visit, no AGREE
        new = ("AGREE", None)  # "will host talks", "will take part in the summit" (precision48): a planned meeting
    elif hit.type == "RETREAT" and hit.mode == "resign":
        return hit  # "will resign": an announced resignation is the retreat itself, planned
    elif hit.type == "RETREAT":
        new = ("AGREE", None)  # "will release", "is willing to withdraw": an offer or promise
    elif hit.type == "CONCEDE" and offered(toks, hit.data["token"], cues):
        new = ("AGREE", None)  # "is prepared to lift the ban": an offer to concede
    elif announced_measure(hit, cues) or recalled_envoys(hit, cues):
        return hit  # "will impose sanctions on X", "will recall its ambassador": a measure announced, not a threat
    elif hit.type == "MOBILIZE" and hit.data.get("object") in cues.space_objects:
        return hit  # fp22: "will launch a satellite": a launch announced, planned, threatening no one
    elif planned_deed(toks, hit, cues):
        return hit  # future53: "plans to expel", "decided to close its border": the deed, planned, not a threat
    elif announced_deployment(toks, hit, cues) or hosted_deployment(toks, hit, cues):
        return hit  # plans54b: "will deploy troops to its eastern border": the move announced, planned, no threat
    elif lodged_protest(toks, hit, cues) or announced_protest(toks, hit, cues):
        return hit  # plover59b: 'will protest to X over Y': a complaint promised (act_protest_words reads ACCUSE)
    elif hit.type in cues.pledge_threat_modes and hit.type != "THREATEN" or hit.type == "PROTEST":
        new = ("THREATEN", threat_mode_of(hit, cues, "restrict"))
    if new is None:
        return hit
    data = dict(hit.data, stated_type=hit.type, stated_mode=hit.mode)
    if new[0] == "THREATEN" and not (after & cues.conditions or fronted_condition(toks, hit.data["token"], cues)):
        data["future_threat"] = hit.status  # plover60b: a bare or said future, no condition (act_work_strikes reads it)
    status = hit.status
    if hit.type == "CONSULT" and new[0] == "AGREE":
        data["addressee"] = True  # "will visit Seoul", "is set to meet X": the intent to meet is stated to the host
    elif new[0] == "AGREE" or stated_threat(toks, hit, new[0], cues):
        status = "occurred"  # "will free the sailors", "said it would expel X's envoy": made when said (coding-choices)
    return replace(hit, type=new[0], mode=new[1], status=status, data=data)


def announced_protest(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """(plover60b) A protest its doers, people, announce ('students said they would stage a rally', 'dockers will go
    on strike on Monday', 'farmers will march through X'): the manual codes a protest of the future as PROTEST with its
    auxiliary mode future (our status planned), and reduces to another type only cooperative acts (AGREE) and
    retreats (CONCEDE); its THREATEN is a warning, CAMEO 133 'threaten with protest', read from a threat verb
    ('threatened to strike') or a condition ('unless'), both read before this. Korean '집회를 열겠다고 밝혔다' reads
    PROTEST planned. A protest verb whose subject is no people noun ('Peru said it would blockade B's ports', 'X's
    officials said they would boycott a fair in B') is a state's measure announced, the manual's THREATEN
    restrict ("boycotts, strikes, blockades"), and stays the threat. The people are read here from the subject or
    the reporter before 'they' (`protest_doers`), as the clause reader (act_context) marks them only later."""
    return hit.type == "PROTEST" and bool(protest_doers(toks, hit, cues))


def protest_doers(toks: list[Token], hit: ActHit, cues: Cues) -> str | None:
    """The sector of the people who do a protest verb: its subject's people noun, or the reporter's before 'they'."""
    token = hit.data["token"]
    return hit.data.get("people_subject") or people_subject(toks, token, cues) \
        or reported_people_subject(toks, token, cues)


def stated_threat(toks: list[Token], hit: ActHit, kind: str, cues: Cues) -> bool:
    """(charges50b) A future hostile act retyped THREATEN (`kind`) after a reporting verb earlier in the sentence
    ('said it would expel X's ambassador', 'announced that it will withdraw its monitors'): the threat is made when it
    is said, as Korean '추방하겠다고 밝혔다' and English 'threatened to expel' read. A bare future ('will bomb X',
    'plan to kill') stays planned, as Korean '폭격할 것이다' does, and so does a rally or boycott announced (PROTEST:
    the protesters' own plan, as Korean '집회를 열겠다고 밝혔다' is PROTEST planned). (charges52) A blocking verb whose
    subject is no people ('said it would blockade B's ports': a state's, which act_cordons reads as COERCE restrict)
    is no protesters' plan: the blockade threatened is said, as Korean '봉쇄하겠다고 밝혔다' reads."""
    own_plan = announced_protest(toks, hit, cues)
    return kind == "THREATEN" and not own_plan and not hit.nominal \
        and any(t.low in cues.reporting for t in toks[:hit.data["token"]])


def planned_deed(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """(future53) A hostile deed after a plan, decision, agreement or timetable ('France plans to expel X's
    diplomats', 'decided to close its border with B', 'is set to deploy troops'): the plan of the deed, which PLOVER
    codes as that act with a planned status, as Korean '추방하기로 했다' and '추방할 계획이다' read. A threat needs
    a warning or vow ('threatened to', 'vowed to') or a condition ('unless'), read before; a bare future ('will expel')
    is left to the threat reading."""
    words = clause_before(toks, hit.data["token"], cues, 5)
    return hit.type != "THREATEN" and ends_with(words, cues.plan_phrases, cues) \
        and not any(w in cues.future_auxiliaries for w in words)


def planned_exercise(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """(plans54b) 'Chile and Peru will hold joint military exercises next month': a drill is done by the forces that
    hold it, not promised to a side, so its future is the drill planned (COOPERATE, the manual's joint maneuvers), as
    Korean '연합훈련을 실시할 것이다' reads it planned and 'hold joint drills next month' reads as a timetable (plans54);
    'will hold talks' or 'will cooperate' stay the promise (AGREE), and so does a drill said ('said they would hold
    joint exercises': the pledge made when said, as 'said it would expel' is the threat made)."""
    return hit.type == "COOPERATE" and names_exercise(toks, hit, cues) \
        and not any(t.low in cues.reporting for t in toks[:hit.data["token"]])


def announced_deployment(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """(plans54b) A bare future deployment ('Poland will deploy troops to its eastern border', 'will send a submarine
    to the North Sea', 'will deploy troops near the border with B'): the manual's MOBILIZE is a show or move of force
    and its THREATEN a stated intent to harm another; a move announced with no condition (read before), no threat
    verb ('threatened to' is read by the frames), no reporting of it as a warning ('said it would deploy': the threat
    said, as Korean '배치하겠다고 밝혔다') and no side it is aimed at ('against B': `harm_prepositions` after the verb in
    its clause) warns no one: it is the move, planned, as Korean '배치할 것이다' reads, facing a state placed near it
    as a planned deployment does (future53). (plans55b) So is a measure of `bare_future_measures` ('Uruguay will expel
    two Paraguayan diplomats': SANCTION expel planned, as Korean '추방할 것이다'); 'unless', 'threatened to' and 'said
    it would expel' still make the threat."""
    measure = f"{hit.type}={hit.mode}" in cues.bare_future_measures
    if hit.type != "MOBILIZE" and not measure or hit.nominal \
            or any(t.low in cues.reporting for t in toks[:hit.data["token"]]):
        return False
    rest = toks[hit.data["token"] + 1:]
    stop = next((n for n, t in enumerate(rest) if not t.word or t.low in cues.clause_breaks), len(rest))
    return not any(t.low in cues.harm_prepositions for t in rest[:stop])


STATE_NAME_WORDS = 4  # the longest state name read after the host's 'in' ('the Central African Republic')


def hosted_deployment(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """(enacts56) Forces or weapons to be stationed in another state ('Russia said it would deploy missiles in
    Belarus', 'announced it will station troops in Latvia'): the state named after the place word (`host_prepositions`)
    is where they stand, a host that lets them in, not a side they are aimed at; the manual's MOBILIZE is the move, so
    the deployment is MOBILIZE planned even when said (a warning is 'against B', `harm_prepositions`, or a threat
    verb, read before). The host must be a state the sentence names nowhere before the verb (its own land, 'deploy
    troops in Russia' said by Russia, is no host); 'deploy troops to the border with B' stays what it was."""
    if hit.type != "MOBILIZE" or hit.nominal:
        return False
    verb = hit.data["token"]
    rest = toks[verb + 1:]
    stop = next((n for n, t in enumerate(rest) if not t.word or t.low in cues.clause_breaks), len(rest))
    clause = rest[:stop]
    if any(t.low in cues.harm_prepositions for t in clause):
        return False
    table = forms_table()[0]
    named_before = {table[t.raw] for t in toks[:verb] if t.raw in table}
    for n, tok in enumerate(clause):
        if tok.low not in cues.host_prepositions:
            continue
        start = n + 1 + (n + 1 < len(clause) and clause[n + 1].low == "the")
        for size in range(STATE_NAME_WORDS, 0, -1):
            run = clause[start:start + size]
            name = " ".join(t.raw for t in run)
            if len(run) == size and run[0].raw[:1].isupper() and name in table and run[-1].raw not in adjectives():
                return table[name] not in named_before
    return False


def announced_measure(hit: ActHit, cues: Cues) -> bool:
    """"will impose sanctions on X", "will suspend talks with X": a measure announced ahead (`announced_measures`,
    "TYPE=mode" or "TYPE=mode@context": talks halted are SANCTION withdraw in a diplomatic context, modes71)."""
    kind = f"{hit.type}={hit.mode}"
    return kind in cues.announced_measures or any(f"{kind}@{c}" in cues.announced_measures for c in hit.contexts)


def recalled_envoys(hit: ActHit, cues: Cues) -> bool:
    """"will recall its ambassador from X", "said it would withdraw its diplomats": a state's own envoys called home
    is announced ahead as the measure itself (planned), not held over the other side as a threat (threat54; an
    "unless" still makes it one, read before). Inspectors or peacekeepers pulled out still threaten (PLOVER codes
    "will withdraw weapons inspectors from X" THREATEN)."""
    return (hit.type, hit.mode) == ("SANCTION", "withdraw") and hit.data.get("object") in cues.envoy_objects

def offered(toks: list[Token], i: int, cues: Cues) -> bool:
    """The infinitive at token i follows a word that offers it ("prepared to", "willing to")."""
    return i > 1 and toks[i - 1].low in cues.infinitive \
        and toks[i - 2].low in cues.offer_words


def prepared_by_verb(toks: list[Token], i: int, cues: Cues) -> bool:
    """"X prepared to (resume) shelling", "troops were readying to attack": the act at token i follows
    "to" after a verb of preparing that no form of "be" stands before ("is prepared to" is a stated
    readiness: a threat)."""
    j = i - 1
    while j >= 0 and (toks[j].low in cues.adverbs or toks[j].low in cues.aspect_verbs):
        j -= 1
    if j < 1 or toks[j].low not in cues.infinitive or toks[j - 1].low not in cues.preparation_verbs:
        return False
    k = j - 2
    while k >= 0 and (toks[k].low in cues.adverbs or toks[k].low.endswith("ly")):
        k -= 1
    return k < 0 or toks[k].low not in cues.be or toks[j - 1].low.endswith("ing")
