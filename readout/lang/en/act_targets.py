"""Where an English act's receiving side stands when it is no direct object: after the preposition the
act's entry names ("opened an investigation against X", "a complaint to X"), and after the proposer
of a proposal that the act answers ("rejected an appeal from X", "accepted an offer by X").

Why: the clause reader finds the receiving side as the first state in the object position. A state
after a target preposition a few words on, or the author of a rejected proposal, stands outside that
position, so the act lost its receiving side (and a directed act without one is dropped). The finder
marks these spans (`data["target_spans"]`, best first); the pipeline takes the states named there.
The agent of a noun act ("an attack on X by Y") is read in `act_noun_agents`, an answer or appeal that names no
addressee ("condemned the launch", "called for restraint") in `act_answers`; both ask `phrase_after` here.
"""
from __future__ import annotations


from readout.lang.base import ActHit
from readout.lang.en.act_addressed_demonyms import addressed_demonym
from readout.lang.en.act_border_postures import border_faced
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_sides import DIRECTED_OUT, charged_own_people
from readout.lang.en.act_people_phrases import DEFAULT_SECTOR, people_span
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_near_words import skip_adverbs
from readout.lang.en.people_nouns import force_cues


PREPOSITION_REACH = 6  # words from the end of a trigger to the preposition that introduces its target
PHRASE_WORDS = 10  # words of the target noun phrase after the preposition
RELATIONAL = frozenset({"of", "with", "between"})  # "X's cooperation with Y": both are the phrase's parties
HANDED_OVER = frozenset({"COOPERATE"})  # mutual, but PLOVER gives it a recipient: what is handed over reaches it
PLACED = frozenset({"COERCE"})  # repression a place in the target slot receives: its people, even the actor's own
PROPOSAL_REACH = 4  # words from the verb to the proposal noun ("rejected the latest peace appeal")


def with_target_phrases(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Each hit with the spans its target preposition or its answered proposal points at, added after
    any span it already has (a passive's subject stays first)."""
    out: list[ActHit] = []
    for h in hits:
        spans = preposition_spans(toks, h, cues) + proposer_spans(toks, h, cues) \
            + struck_object_spans(toks, h, cues, verb_heads(hits))
        if spans:
            data = dict(h.data, target_spans=tuple(h.data.get("target_spans", ())) + tuple(spans))
            people = None if h.type in DIRECTED_OUT or h.negated or "domestic_target" in data \
                or reciprocal_noun(toks, h) \
                else next(filter(None, (people_span(toks, token_at(toks, lo), force_cues(cues, h)) for lo, _ in spans)), None)
            # (a reciprocal noun: 'clashes between A and B troops' names the doers, no state's own people)
            if people is None and h.type not in DIRECTED_OUT and not h.negated and "domestic_target" not in data:
                people = addressed_demonym(toks, token_at(toks, spans[0][0]), cues)  # plover52: 'to Ghanaians'
            if people and charged_own_people(toks, h, people[0], hits):
                people = None  # 'accused Y of firing at its soldiers': the accuser's soldiers, not Y's own
                data["accuser_owned"] = True  # (act_context.with_domestic_targets gives the accuser)
            if people:  # "against 28 Peruvian officials": a state's own people may receive its act
                data["domestic_target"], data["domestic_sector"] = people[:2], people[2]
            elif h.type in PLACED and not h.negated:  # "imposed a curfew in X": a place of the state's own
                data["own_places"], data["domestic_sector"] = True, DEFAULT_SECTOR  # its people receive it
            h = h.copied(data=data)
        out.append(h)
    return out


STRUCK = frozenset({"ASSAULT"})  # an attack lands on what its object names, and on the town that holds it
INTRUSION_MODES = frozenset({"cyber"})  # (enmil47) so does an intrusion: 'broke into an exchange in X', 'hacked a
# bank in X' (its object in the entry's own words, 'broke into [servers]', or after the verb)
PLACE_LINKS = frozenset({"in", "near", "of", "outside"})  # "buildings in X", "the city of X": the object's place


def verb_heads(hits: list[ActHit]) -> frozenset[int]:
    """(koclause56) The tokens of the sentence's verbal act words (no noun acts): where a verb phrase of its own
    starts."""
    return frozenset(h.data["token"] for h in hits if not h.nominal)


def joined_verb(toks: list[Token], k: int, heads: frozenset[int], cues: Cues) -> bool:
    """(koclause56) Token `k` is 'and' before another act verb, adverbs between ('attacked a Somali post and then
    warned Ethiopia'): a verb phrase joined to the first, whose object is its own, so the first object ends here."""
    return toks[k].low == "and" and skip_adverbs(toks, k + 1, cues) in heads


def struck_object_spans(toks: list[Token], hit: ActHit, cues: Cues,
                        heads: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """"shelled Kharkiv overnight", "bombed a market in Aleppo", "struck targets near Goma": the object
    phrase of a verb of attack (or of a planned meeting stated to the one met: "will visit Hanoi") (its entry's
    target is the object), with the place that holds it, is where the receiving side stands; a town there stands for its state when no state is named (pipeline
    act_recipient_readers.language_target, after the spans the entry's prepositions gave). Read to punctuation, a
    clause word or a preposition that names no place of the object ("with drones", "on Monday"), or (koclause56)
    'and' before another act verb of the sentence (`heads`: 'attacked X and then warned Y': Y is the warning's)."""
    intrusion = hit.mode in INTRUSION_MODES and (hit.data.get("object") or "object" in hit.target)
    if not (hit.type in STRUCK or hit.type == "THREATEN" and hit.data.get("stated_type") in STRUCK
            or hit.data.get("addressee") or intrusion) or hit.nominal \
            or "object" not in hit.target and not intrusion or hit.negated or hit.data.get("passive"):
        return []  # a passive's subject is its target; a show of force ('prepared to resume shelling X') has none
    start = k = skip_adverbs(toks, hit.data.get("head_end", hit.data["token"]) + 1, cues)
    if start >= len(toks) or toks[start].low in cues.prepositions:
        return []  # 'killed in a bombing in X': no object
    while k < len(toks) and k - start < PHRASE_WORDS:
        t = toks[k]
        if not t.word or t.low in cues.clause_breaks and t.low != "and" or t.low in cues.relative \
                or t.low in cues.infinitive or t.low in cues.date_words \
                or t.low in cues.prepositions and t.low not in PLACE_LINKS or joined_verb(toks, k, heads, cues):
            break
        k += 1
    return [(toks[start].start, toks[k - 1].end)] if k > start else []


def token_at(toks: list[Token], offset: int) -> int:
    return next(n for n, t in enumerate(toks) if t.start == offset)


def preposition_spans(toks: list[Token], hit: ActHit, cues: Cues) -> list[tuple[int, int]]:
    """"opened bribery inquiries against a dozen officials of X": the phrase after the first of the
    entry's target prepositions within reach, in the same clause."""
    preps = {t for t in hit.target if t != "object"}
    after = hit.data.get("end_token", hit.data["token"]) + 1
    if hit.type == "REQUEST" and "object_token" in hit.data and after < len(toks) \
            and toks[after].low in cues.request_source_preps:  # "demanded an explanation from X": X is asked
        span = phrase_after(toks, after, cues)
        return [span] if span else []
    if hit.data.get("stated_type", hit.type) in HANDED_OVER:  # "extradited a suspect to X" ("will extradite"
        # too, read as AGREE): the receiving side; "with X" is a partner
        preps -= RELATIONAL
    elif hit.data.get("stated_type", hit.type) in FACING:
        return facing_spans(toks, hit, cues)  # "massed troops near X": the state the force faces
    elif hit.data.get("stated_type", hit.type) in DIRECTED_OUT:  # "deployed troops to Mali": a destination;
        return []  # a promise ('will provide aid to Gaza', AGREE) is read as what it promises
    if not preps:
        return []
    j, words = hit.data.get("end_token", hit.data["token"]) + 1, 0
    if hit.type in STRUCK and not hit.nominal and "object_token" not in hit.data and toks[j - 1].low in preps \
            and j - 1 > hit.data["token"]:  # acts57b: 'fired [at] a convoy':
        span = phrase_after(toks, j - 1, cues)  # the particle is the target preposition
        return [span] if span else []
    while j < len(toks) and words < PREPOSITION_REACH:
        t = toks[j]
        if not t.word or t.low in cues.clause_breaks and not coordinated_object(toks, j, hit) or t.low in cues.relative:
            return []
        if t.low in preps:
            span = phrase_after(toks, j, cues)
            return [span] if span else []
        words += 1
        j += 1
    return []


COORDINATORS = frozenset({"and", "or"})


def coordinated_object(toks: list[Token], j: int, hit: ActHit) -> bool:
    """(domestic49) Token `j` joins a second object to the object the entry matched ("fired tear gas [and] rubber
    bullets at protesters"): the walk to the target preposition goes on over it, not a clause break."""
    return toks[j].low in COORDINATORS and "object_token" in hit.data and j == hit.data.get("end_token", -2) + 1


FACING = frozenset({"MOBILIZE"})  # a show of force placed near another state faces it


def facing_spans(toks: list[Token], hit: ActHit, cues: Cues) -> list[tuple[int, int]]:
    """"massed troops near X", "staged drills around X", "troops along the border with X": the place phrase of a
    show of force after a preposition of posture (`posture_prepositions`) that its entry lists as its target
    names the state it faces (the pipeline
    keeps only states other than the actor's: its own towns are no target). A destination ("deployed troops to
    Mali", tests/lang/en/test_act_constructions.py) and a place "in" which it is held ("drills in the Pacific") face
    no one; a border with a state the forces are sent to faces it ("to its border with X": act_border_postures)."""
    paired = border_faced(toks, hit, cues)  # enact48: 'deployed troops to its border with X'
    if paired is not None:
        span = phrase_after(toks, paired, cues)
        return [span] if span else []
    j, words = hit.data.get("end_token", hit.data["token"]) + 1, 0
    while j < len(toks) and words < PREPOSITION_REACH:
        t = toks[j]
        if not t.word or t.low in cues.clause_breaks or t.low in cues.relative:
            return []
        if t.low in cues.posture_prepositions and t.low in hit.target:  # the entry says it faces ("massed
            span = phrase_after(toks, j, cues)  # troops near"), not a raised watch ("surveillance along the border")
            return [span] if span else []
        words += 1
        j += 1
    return []


def proposer_spans(toks: list[Token], hit: ActHit, cues: Cues) -> list[tuple[int, int]]:
    """"dismissed an appeal from X", "turned down the offer by X": the author of the proposal that
    the verb answers is its receiving side; "reneged on its pledge to X": so is the one promised."""
    if hit.nominal or not hit.target:
        return []
    j = hit.data.get("end_token", hit.data["token"]) + 1
    for k in range(j, min(len(toks) - 1, j + PROPOSAL_REACH)):
        if not toks[k].word:
            return []
        for nouns, preps in ((cues.proposal_nouns, cues.proposer_prepositions),  # proposals and authors
                             (cues.promise_nouns, cues.promisee_prepositions)):  # promises and those promised
            if toks[k].low in nouns and toks[k + 1].low in preps:
                span = phrase_after(toks, k + 1, cues)
                return [span] if span else []
    return []


def phrase_after(toks: list[Token], j: int, cues: Cues) -> tuple[int, int] | None:
    """Character span of the noun phrase after token j, to punctuation, a clause word, a preposition
    other than a relational one ("of", "with": "X's cooperation with Y" names both), or an infinitive
    marker ("from X to lay down arms" ends before "to"), or a past verb of drawing (acts58: "the shelling of camps drew
    protests from X" ends before "drew"; `drawn_past_forms`). (force60) A date after the preposition ('on Monday', 'in
    March') is when, no one acted on: no phrase ('used tear gas to disperse crowds on Sunday' has no target 'Sunday')."""
    start = j + 1
    if start < len(toks) and toks[start].low in cues.date_words:
        return None
    k = start
    while k < len(toks) and k - start < PHRASE_WORDS:
        t = toks[k]
        if not t.word or (t.low in cues.clause_breaks and t.low != "and") or t.low in cues.relative \
                or t.low in cues.infinitive or t.low in cues.prepositions and t.low not in RELATIONAL \
                or t.low in cues.drawn_past_forms:
            break  # "against the forces in X": the place of the forces is no target; acts58: "the shelling of
            # camps [drew] protests": the sentence's verb ends the deed's phrase
        k += 1
    return (toks[start].start, toks[k - 1].end) if k > start else None


RECIPROCAL = frozenset({"ASSAULT"})  # noun acts done by each party to the other when their entry is done 'with' one


def reciprocal_noun(toks: list[Token], hit: ActHit) -> bool:
    """An assault named as a noun or a gerund ('clashes', 'a skirmish', 'heavy fighting broke out') of an entry done
    with or between parties ('clash with', 'fight with'): what is done to one another, whose 'between' names all
    its parties."""
    return hit.type in RECIPROCAL and bool({"with", "between"} & set(hit.target)) \
        and (hit.nominal or toks[hit.data["token"]].low.endswith("ing"))


def pledged_targets(toks: list[Token], hits: list[ActHit]) -> list[ActHit]:
    """'pledged to supply Ukraine with missiles', 'vowed to send troops to Chile': a pledge names no party of
    its own; the act it governs (`complement`: the word after that act's verb) names whom it would reach, as
    its own target phrase or as the words between its verb and its object ('supply Ukraine with ...')."""
    out = []
    for h in hits:
        comp = h.data.get("complement")
        governed = next((g for g in hits if g is not h and g.start < comp <= g.end), None) if comp is not None else None
        if governed is None or h.data.get("target_spans"):
            out.append(h)
            continue
        spans = governed.data.get("target_spans") or between_verb_and_object(toks, governed)
        stated = h.data.get("stated_type") or governed.data.get("stated_type", governed.type)  # what is promised
        out.append(h.copied(data={**h.data, "target_spans": tuple(spans), "stated_type": stated}) if spans else h)
    return out


def between_verb_and_object(toks: list[Token], hit: ActHit) -> tuple[tuple[int, int], ...]:
    """'supply Ukraine with missiles': the character span of the words between a verb and its required object."""
    first, last = hit.data.get("head_end", hit.data["token"]) + 1, hit.data.get("object_token")
    return ((toks[first].start, toks[last - 1].end),) if last is not None and first < last else ()


def opposed_measures(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """"Germany opposed new sanctions on Iran", "vetoed an arms embargo against X": a refusal of a measure
    (a noun act of an imposed type, `imposed_types`, that the refusal governs) is no act on the measure's target;
    by the manual a REJECT is aimed at whoever proposed what it rejects, and the target of the measure is neither.
    The measure's target spans go with the refusal (`not_recipient_spans`) so the pipeline never takes a state
    named there for its receiving side; an owner named before the measure ("Washington's sanctions") still is."""
    out = list(hits)
    for n, h in enumerate(hits):
        if h.type != "REJECT" or h.nominal:
            continue
        end = h.data.get("end_token", h.data["token"])
        if h.data.get("object", "").split()[-1:] and h.data["object"].split()[-1] in cues.measure_nouns:
            # "blocked the sanctions package against X": the measure is its object
            span = measure_target(toks, end, cues)
            if span:
                out[n] = h.copied(data={**h.data, "not_recipient_spans": (span,)})
            continue
        for other in hits[n + 1:]:
            k = other.data["token"]
            if any(not t.word or t.low in cues.clause_breaks for t in toks[end + 1:k]) or k - end > cues.window + 2:
                break  # the measure must stand in the refusal's own object
            if other.nominal and other.type in cues.imposed_types and other.data.get("modality") == "governed":
                spans = other.data.get("target_spans", ())
                if spans:
                    out[n] = h.copied(data={**h.data, "not_recipient_spans": tuple(spans)})
                break
    return out


def measure_target(toks: list[Token], end: int, cues: Cues) -> tuple[int, int] | None:
    """The phrase after the "on"/"against" that follows a measure noun ending at token `end`, within two words."""
    for k in range(end + 1, min(len(toks), end + 3)):
        if not toks[k].word:
            return None
        if toks[k].low in ("on", "against"):
            return phrase_after(toks, k, cues)
    return None
