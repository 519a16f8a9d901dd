"""English answers and appeals that name no addressee in their own slot: 'condemned the launch' (an answer to the
deed's doer), 'voiced regret over the veto', 'called for restraint', 'warned that it would retaliate', and where the
one asked stands instead ('called for Chile to withdraw', 'urged restraint by X and Y', 'urged China to ...').

Why: the clause reader finds a receiving side only as a state in the object slot. A judged deed noun, a feeling over
one, or an appeal whose slot is empty names no state there, so the act was dropped for want of a recipient. The finder
marks it (`unaddressed`, `answers`, `judged_kinds` from the deed noun, a cause clause's subject or the deed's doer as
`target_spans`); the pipeline gives it the doer of the deed the story told or the other side of the acts just
reported (pipeline/act_recipients_told.judged_offender). `deed_topic` is the one reader of the deed a judgement's phrase
is about, asked here (`felt_over_deed`) and by `act_referred.targeted_deed`.
"""
from __future__ import annotations


from readout.lang.base import ActHit
from readout.lang.en.act_ascribed import ascribed_agent
from readout.lang.en.act_asked_partners import asked_partner
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_noun_agents import AGENT_WORDS, OWNER_GAP, agent_after, in_agent_phrase, led_compound_before
from readout.lang.en.act_targets import phrase_after
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_near_words import is_determiner, skip_adverbs


APPEALS = frozenset({"REQUEST", "THREATEN"})  # verbal acts whose addressee the news may leave to its context
ANSWERING = frozenset({"ACCUSE", "REJECT"})  # 'condemned the launch', 'rejected the accusations': the acts just reported


def unaddressed_appeals(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Mark each appeal or warning stated by a verb whose addressee slot is empty ("called for restraint",
    "warned that it would retaliate", "warned of consequences") or names no party ("called on all
    parties", "urged restraint"): `data["unaddressed"]`, with the subject of a cause clause after it as
    its target span ("fired warning shots after North Korean soldiers crossed the line"). The pipeline
    takes the states named there, else addresses it to the other side of the acts just reported; an
    addressee named by a noun the pipeline cannot read as a state ("urged residents to") leaves it
    unmarked, and it stays without a receiving side (no event)."""
    out = []
    for h in hits:
        if led_compound_before(toks, h.data["token"]):
            out.append(h)  # "a U.S.-led push for sanctions": a noun, whose author is named
            continue
        if felt_over_deed(toks, h, cues):  # the topic names no one: the deed just told is answered
            h = h.copied(data={k: v for k, v in h.data.items() if k != "target_spans"})
        appeal = h.type in APPEALS and not h.nominal and not h.negated and not h.data.get("target_spans")
        asked = (for_addressee(toks, h, hits, cues) or restrained_parties(toks, h, cues)
                 or slotless_partner(toks, h, cues)) if appeal else None  # enfollow68: 'pushed for a truce with X'
        if asked:  # "called for X to withdraw", "called for X's withdrawal": X is the one asked
            h = h.copied(data=dict(h.data, target_spans=(asked,)))
        open_act = not h.nominal and not h.negated and not h.data.get("target_spans") and not planned_appeal(h)
        felt = h.nominal and h.type == "ACCUSE" and not h.negated and h.status == "occurred" \
            and not h.data.get("unaddressed")  # 'was concerned about the pact', 'had concerns over the launch'
        noun = answered_noun(toks, h, cues) if (open_act or felt) and h.type in ANSWERING else None
        open_act = open_act or felt and noun is not None  # (en39) a stated feeling answers its act noun too
        if open_act and (h.type in APPEALS and not_addressed(toks, h, cues) or noun is not None):
            cause = (answered_doer(toks, h, cues) if noun is not None else None) \
                or cause_subject(toks, h.data.get("end_token", h.data["token"]) + 1, cues)  # en36: 'condemned the
            # strike on X, carried out by Y': Y's strike
            answers = answer_data(noun, cues) if h.type == "ACCUSE" \
                or rejected_accord(h, noun, cues) else {}  # en48: 'rejected the agreement': its parties
            # "condemned the launch": the last launcher (`judged_kinds`: the last launch, not the drills after it)
            h = h.copied(data=dict(h.data, unaddressed=True, **answers,
                                   **({"target_spans": (cause,)} if cause else {})))
        elif h.type in APPEALS and not h.nominal and not h.negated:
            named = addressee_span(toks, h, cues)
            if named:  # "urged China to ... during his summit with Xi": the one urged, even a meeting's party
                h = h.copied(data=dict(h.data, target_spans=(named, *h.data.get("target_spans", ()))))
        out.append(h)
    return out


ACCORD_KIND = "AGREE"


def rejected_accord(hit: ActHit, noun: str | None, cues: Cues) -> bool:
    """(en48) 'Chile rejected the agreement', 'turned down the deal': a refusal of an accord noun naming no parties
    answers the accord the story told, as a condemnation of it does (`answered_kinds` AGREE): PLOVER's REJECT is
    aimed at those whose proposal or deal is refused, the accord's parties, not whoever acted last."""
    return hit.type == "REJECT" and noun is not None and cues.answered_kinds.get(noun, "").startswith(ACCORD_KIND)


def felt_over_deed(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """(unsc44) A feeling voiced over an unowned deed noun ('expressed concern over the launch', 'voiced regret over the
    veto'): its entry's target preposition points at the deed, which names no state; the act answers the deed the
    story told, as 'condemned the launch' does, instead of a target that names no one. Read here, before the answers
    are marked, for an entry that spells its feeling as its object; `act_referred.targeted_deed` reads the same
    phrase later for the judgements that reach it otherwise ('calling the ban unjustified')."""
    return hit.type == "ACCUSE" and not hit.nominal and not hit.negated and hit.data.get("object_token") is not None \
        and deed_topic(toks, hit, cues) is not None


def deed_topic(toks: list[Token], hit: ActHit, cues: Cues) -> str | None:
    """The deed noun (lower case) that the hit's first target phrase is about when that phrase names no one: 'over
    the veto', 'over the latest launch', or a deed named in the judge's words ('over what X called "a rehearsal"',
    `named_deed`: its opening word). None with no target phrase, or at a name, a preposition or a clause word first
    ("Russia's veto", 'over the seizure by Peru' is read through its doer elsewhere)."""
    spans = hit.data.get("target_spans") or ()
    if not spans:
        return None
    lo, hi = spans[0]
    first = next((k for k, t in enumerate(toks) if t.start >= lo), None)
    if first is None or toks[first].start >= hi:
        return None
    return toks[first].low if named_deed(toks, first, cues) else deed_at(toks, first, hi, cues)


def deed_at(toks: list[Token], j: int, hi: int, cues: Cues) -> str | None:
    """The deed noun (lower case) of the lower-case phrase from token `j` ('the veto', 'the latest launch'), within
    the span ending at `hi`; None at a name, a preposition or a clause word first."""
    for k in range(j, min(len(toks), j + ANSWERED_REACH)):
        t = toks[k]
        if t.start >= hi or not t.word or t.raw[:1].isupper() or t.low in cues.prepositions \
                or t.low in cues.clause_breaks:
            return None
        if t.low in cues.answered_acts or t.low in cues.deed_nouns:
            return t.low
    return None


def planned_appeal(hit: ActHit) -> bool:
    """"said it would call for restraint", "will urge restraint": an appeal still to be made that names no one
    answers no act yet (a statement still to be made is no statement): it takes no addressee from the news
    around it and stays without a receiving side (no event)."""
    return hit.type == "REQUEST" and hit.status != "occurred"


def addressee_span(toks: list[Token], hit: ActHit, cues: Cues) -> tuple[int, int] | None:
    """The noun phrase in an appeal's or warning's addressee slot (its object, or after a particle it
    names as target: "called on X to"), up to an infinitive, a preposition or a clause word."""
    particles = hit.lemma.split()[1:]
    if "object" not in hit.target and not any(p in hit.target for p in particles):
        return None
    j = skip_adverbs(toks, hit.data.get("head_end", hit.data["token"]) + 1, cues)
    if j >= len(toks) or not toks[j].word or toks[j].low in cues.prepositions or toks[j].low in cues.infinitive \
            or toks[j].low in cues.relative or toks[j].low in cues.date_words:
        return None
    return phrase_after(toks, j - 1, cues)


QUOTES = frozenset({'"', "\u201d", "\u2019", "'"})  # closing quotes around a quoted feeling
ANSWERED_REACH = 4  # words of a condemnation's object up to its act noun ("the latest missile launch")


def answered_noun(toks: list[Token], hit: ActHit, cues: Cues) -> str | None:
    """"condemned the launch", "denounced the latest provocation": the object right after the verb is an
    act noun (`answered_acts`) with no name before it (no author: "North Korea's launch" names one); read from the
    verb, so an entry that spells its object ("reject criticism": "rejected the criticism") answers it too. The
    noun (lower case), or None. A closing quote and the entry's own target preposition may come first ('had "grave
    concerns" about the pact', en39)."""
    found = answered_from(toks, hit, hit.data.get("head_end", hit.data["token"]) + 1, cues)
    if found is None and hit.data.get("object_token") is not None:  # (unsc44) 'voiced regret over the veto'
        found = answered_from(toks, hit, hit.data.get("end_token", hit.data["token"]) + 1, cues)
    return found


def answered_from(toks: list[Token], hit: ActHit, start: int, cues: Cues) -> str | None:
    """`answered_noun` read from token `start`: after the verb, or after the feeling noun an entry spells as its
    object ('expressed concern over the launch', 'voiced regret over the veto': the feeling's topic is the deed)."""
    j = skip_adverbs(toks, start, cues)
    while j < len(toks) and toks[j].raw in QUOTES:
        j += 1
    if j < len(toks) and toks[j].low in hit.target and toks[j].low in cues.prepositions:
        j += 1
    if named_deed(toks, j, cues):
        return toks[j].low  # 'condemned what it called "an act of war"': the deed just told, named in the judge's words
    for k in range(j, min(len(toks), j + ANSWERED_REACH)):
        t = toks[k]
        if t.low == "of" and k > j and toks[k - 1].low in cues.sort_nouns:
            continue  # (condemn50) 'condemned any form of coup': the sort phrase leads to the deed
        if not t.word or t.raw[:1].isupper() or t.low in cues.prepositions or t.low in cues.clause_breaks:
            return None
        if t.low in cues.answered_acts or t.low in cues.deed_nouns:  # refer42: the lexicon's deed nouns ('the veto')
            return t.low
        if hit.type == "ACCUSE" and t.low in cues.judged_meeting_nouns and k > j:
            return t.low  # koclause56: 'criticized the meeting': the meeting told before (a determiner first)
    return None


NAMING_REACH = 3  # words from 'what' to its naming verb: 'what the ministry called', 'what Pakistan's army termed'


def named_deed(toks: list[Token], j: int, cues: Cues) -> bool:
    """(en39) The object at token `j` is a free relative naming a deed in the judge's words ('condemned what he
    called "a heinous act of war"', 'denounced what it termed a provocation'): `free_relative_openers`, then a naming
    verb (`free_relative_naming`) within `NAMING_REACH` words; it names no author, so it answers the deed just told,
    as 'condemned the attack' does."""
    if j >= len(toks) or toks[j].low not in cues.free_relative_openers:
        return False
    return any(toks[k].low in cues.free_relative_naming for k in range(j + 1, min(len(toks), j + 1 + NAMING_REACH)))


def answered_doer(toks: list[Token], hit: ActHit, cues: Cues) -> tuple[int, int] | None:
    """The doer named after the answered act noun's target phrase ('condemned the strike on the town by X', '...,
    carried out by X', '..., which it blamed on X'): the character span of its phrase, else None."""
    j = skip_adverbs(toks, hit.data.get("head_end", hit.data["token"]) + 1, cues)
    k = next((k for k in range(j, min(len(toks), j + ANSWERED_REACH))
              if toks[k].low in cues.answered_acts or toks[k].low in cues.deed_nouns), None)
    if k is None:
        return None
    return agent_after(toks, k, cues, set()) or ascribed_agent(toks, k, cues, AGENT_WORDS, in_agent_phrase)


def answer_data(noun: str | None, cues: Cues) -> dict:
    """What marks a judgement as an answer to the deed its noun names: `answers`, the kind of force the noun names
    (`answered_kind`), or (critics49) `deed_told` for a deed of no kind ('the decision', 'the move', 'the visit':
    `welcomed_deeds` with no kind), whose doer is the last side the story told doing anything, not the last to use
    force (pipeline/act_recipients_told.answered_provocation); (condemn50) `judged_coup` for a seizure of power or a bid at
    one ('the coup', 'attempts to overturn the order', 'the troop movement': `coup_nouns`), a deed inside one state
    whose state receives it (pipeline/act_recipients.seized_power)."""
    kind = answered_kind(noun, cues)
    if noun is not None and noun in cues.judged_meeting_nouns:  # koclause56: the parties of the meeting told
        return {"answers": True, "deed_told": True, "judged_meeting": True}
    told = not kind and noun is not None and cues.welcomed_deeds.get(noun) == ""
    coup = {"judged_coup": True} if noun in cues.coup_nouns else {}  # (condemn50) the story's state receives it
    return {"answers": True, **kind, **({"deed_told": True} if told else {}), **coup}


def answered_kind(noun: str | None, cues: Cues) -> dict:
    """The kind of force the answered act noun names ("condemned the launch": MOBILIZE weapons; "the shelling":
    ASSAULT, any mode), as `judged_kinds` for the pipeline (pipeline/act_recipients_told.judged_offender); none for
    another answered noun ("the decision")."""
    kind = (cues.answered_kinds.get(noun) or cues.deed_nouns.get(noun)) if noun else None
    if not kind:
        return {}
    kinds = [k.partition("/") for k in kind.split(KIND_ALTERNATIVE)]  # plans56: 'drills' a show of force or joint
    return {"judged_kinds": [(kind_type, mode or None) for kind_type, _, mode in kinds]}


KIND_ALTERNATIVE = "|"  # (plans56) 'drills=MOBILIZE/troops|COOPERATE': a drill told before is one state's or joint


def cause_subject(toks: list[Token], j: int, cues: Cues) -> tuple[int, int] | None:
    """The subject of the first cause clause ("after X fired", "following X's launch") from token j to the
    end of the sentence part (no ';' or ':'), up to its verb."""
    for k in range(j, len(toks)):
        if toks[k].low in (";", ":"):
            return None
        if toks[k].low in cues.cause_openers:
            start = end = k + 1
            while end < len(toks) and (toks[end].low in cues.quantity_words or toks[end].low[:1].isdigit()):
                end += 1  # "after about 20 North Korean soldiers crossed"
            while end < len(toks) and end - start < AGENT_WORDS and in_agent_phrase(toks[end], cues):
                end += 1
            return (toks[start].start, toks[end - 1].end) if end > start else None
    return None


SUBJECT_OF_INFINITIVE = 6  # words of "for X to": the one asked to act ("called for the two countries to")
GENITIVE = "'s"


def for_addressee(toks: list[Token], hit: ActHit, hits: list[ActHit], cues: Cues) -> tuple[int, int] | None:
    """"called for Chile to release the sailors", "called for Chile's withdrawal": an appeal whose entry has
    no addressee slot ("call for") asks the first noun phrase after its "for" when that phrase is the
    subject of an infinitive or the owner (genitive) of an act noun the finder read; the span is that
    phrase only. A name deeper in what is asked for ("called for calm at a summit hosted by X", "called
    for an inquiry into X's conduct") is no addressee: the phrase ends at any preposition but "of" or
    a clause word, and nothing past it is read."""
    particles = hit.lemma.split()[1:]
    if "object" in hit.target or any(p in hit.target for p in particles):
        return None  # an entry with a slot: `addressee_span` reads it
    j = skip_adverbs(toks, hit.data.get("end_token", hit.data["token"]) + 1, cues)
    j += j < len(toks) and toks[j].low == "for"  # "stressed the need for X to"
    if j >= len(toks) or toks[j - 1].low != "for":
        return None
    acts = {h.data["token"] for h in hits if h.nominal}
    k = j
    while k < len(toks) and k - j < SUBJECT_OF_INFINITIVE and toks[k].word:
        t = toks[k]
        if t.low in cues.infinitive:
            return (toks[j].start, toks[k - 1].end) if k > j and k + 1 < len(toks) and toks[k + 1].word else None
        if t.low in cues.relative or t.low in cues.clause_breaks and not joins_names(toks, k) \
                or t.low in cues.prepositions and t.low != "of":
            return None
        if t.low.endswith(GENITIVE) and any(k < a <= k + OWNER_GAP + 1 for a in acts):
            return toks[j].start, t.end  # "for Chile's immediate withdrawal"
        k += 1
    return None


def slotless_partner(toks: list[Token], hit: ActHit, cues: Cues) -> tuple[int, int] | None:
    """(enfollow68) An entry with no addressee slot ('call for', 'push for') asking for an act with X: X
    (`act_asked_partners.asked_partner`). An entry with a slot ('pressed X for') is read by `addressee_span`."""
    particles = hit.lemma.split()[1:]
    if "object" in hit.target or any(p in hit.target for p in particles):
        return None
    return asked_partner(toks, hit, cues)


RESTRAINT_REACH = 3  # words of what is asked before its "by" ("called for maximum military restraint by X")
RESTRAINED_BY = frozenset({"by", "from"})  # "restraint by X and Y", "urged restraint from both X and Y"


def restrained_parties(toks: list[Token], hit: ActHit, cues: Cues) -> tuple[int, int] | None:
    """"called for restraint by X and Y", "urged calm from both X and Y": an appeal whose content is a word of
    `unaddressed_objects` (restraint, calm, caution, with its degree words) asks the parties after "by" or "from",
    who must never be read as its agent. The span of that phrase, unless it names no party itself ("by all sides":
    left to the unaddressed reading, the sides of the latest conflict)."""
    j = skip_adverbs(toks, hit.data.get("end_token", hit.data["token"]) + 1, cues)
    j += j < len(toks) and toks[j].low == "for"  # "called for restraint", "pleaded for calm"
    k, content = j, False
    while k < len(toks) and k - j < RESTRAINT_REACH and toks[k].word and toks[k].low not in RESTRAINED_BY:
        if toks[k].raw[:1].isupper() or toks[k].low in cues.prepositions:
            return None  # "called for a Chinese ...", "restraint at the talks hosted by X"
        content = content or toks[k].low in cues.unaddressed_objects
        k += 1
    if not content or k >= len(toks) or toks[k].low not in RESTRAINED_BY:
        return None
    k += k + 1 < len(toks) and toks[k + 1].low == "both"  # "from both X and Y"
    if names_no_party(toks, k + 1, cues):
        return None
    return phrase_after(toks, k, cues)


def joins_names(toks: list[Token], k: int) -> bool:
    """Token k is an "and" between two capitalized words ("called for Eritrea and Ethiopia to return"): the
    asked phrase names both; an "and" before a verb or a lower-case word ends it."""
    return toks[k].low == "and" and 0 < k < len(toks) - 1 and toks[k - 1].raw[:1].isupper() \
        and toks[k + 1].raw[:1].isupper()


def not_addressed(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """The entry's addressee slot (its object, or a particle it names as target: "call on") holds no noun
    phrase, or one headed by a word of `unaddressed_objects`; an entry with no such slot ("call for") is
    addressed only by the subject of an infinitive after it ("called for the two countries to ...")."""
    particles = hit.lemma.split()[1:]
    j = skip_adverbs(toks, hit.data.get("head_end", hit.data["token"]) + 1, cues)
    if "object" not in hit.target and not any(p in hit.target for p in particles):
        j = skip_adverbs(toks, hit.data.get("end_token", hit.data["token"]) + 1, cues)  # past a required object
        j += j < len(toks) and toks[j].low == "for"  # "stressed the need for X to (act)"
        k = j  # "called for restraint": what follows is the content, unless it is "X to (act)"
        while k < len(toks) and k - j < SUBJECT_OF_INFINITIVE and toks[k].word and toks[k].low not in cues.infinitive:
            k += 1
        return not (j < k < len(toks) and toks[k].low in cues.infinitive) or names_no_party(toks, j, cues)
    if j < len(toks) and (toks[j].low in cues.infinitive or toks[j].low in cues.relative):
        start = j + 1
        if hit.type == "THREATEN" and toks[j].low not in cues.infinitive:
            start = past_acting_subject(toks, start, cues)  # "warned that Moscow would respond": the threatener
        return not names_in_complement(toks, start, cues)  # "threatened to attack Chile": Chile is aimed at
    if j >= len(toks) or not toks[j].word or toks[j].low in cues.prepositions or toks[j].low in cues.date_words:
        return True  # "warned of", "warned on Monday"
    return names_no_party(toks, j, cues)


def past_acting_subject(toks: list[Token], j: int, cues: Cues) -> int:
    """Past the complement's subject when a modal follows it ("warned that Moscow would respond with measures",
    "that Tehran could scale back"): in a warning the one who would act is the warner's own side (a side that
    would suffer is read by `consequence_threats`), so it names no addressee. Token j otherwise."""
    k = j
    while k < len(toks) and toks[k].word and toks[k].raw[:1].isupper():
        k += 1
    return k if j < k < len(toks) and (toks[k].low in cues.intent or toks[k].low in cues.prediction_modals) else j


def names_in_complement(toks: list[Token], j: int, cues: Cues) -> bool:
    """A capitalized word (a name) in the complement clause from token j, up to punctuation or a cause
    clause ("warned that it would retaliate" names none; "demanded that Uruguay withdraw" does)."""
    for t in toks[j:]:
        if not t.word or t.low in cues.cause_openers:
            return False
        if t.raw[:1].isupper():
            return True
    return False


def names_no_party(toks: list[Token], j: int, cues: Cues) -> bool:
    """The noun phrase at token j is headed (past its determiners) by a word of `unaddressed_objects`."""
    while j < len(toks) and toks[j].word and is_determiner(toks[j].low, cues) \
            and toks[j].low not in cues.unaddressed_objects:
        j += 1
    return j < len(toks) and toks[j].low in cues.unaddressed_objects
