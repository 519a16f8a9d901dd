"""Accusations made by citing evidence, with no verb of accusing (acts47): 'X said intelligence showed Y had sent
troops', 'X said there was evidence that Y's troops were in Z', 'X confirmed evidence of Y's troops in Z', 'X claimed
that Y had shelled the town'.

Why: PLOVER's ACCUSE covers 'accuse, allege, or charge, both judicially and informally' (mode `allege`; CAMEO 112
'accuse' and its 'allege' verbs). News states an allegation by citing the evidence for it as often as with 'accused':
the speaker (the subject of the reporting verb before the evidence noun, or of the verb of claiming) alleges that the
side the reported clause names did a hostile deed. Two things keep this from reading every 'evidence that' as a charge:
the reported clause must name a hostile act the sentence's act words found after the frame (a launch, a deployment,
an attack, an arrest), or its subject must be a force (`allegation_force_nouns`: 'Y's troops were in Z'); and the
speaker must be another side than the one alleged of (the pipeline drops a side accusing itself). The deed keeps its
own event: the manual codes the allegation and, where the report states it, the deed.
(accuse66) Backing an armed group is such a deed ('X claimed that Y was arming the rebels', 'insisted that Y had supplied
weapons to the militants'): support to armed groups is among the wrongs one state charges another with (CAMEO 112's
'accuse of' entries), and a verb of alleging ('insist that', 'claim that') reports it. The backing charged is the
charge's content, no AID or SUPPORT of its own (as the Korean reader's `charged_transfer_type`): the report does not
state it as fact.
(enclaims68) A verb of alleging reports a finite clause with no 'that' as with it ('insisted Y had shelled the town':
`bare_clause`), and a clause told before its speaker ('Y shelled the town, X alleged.', 'Y is arming the rebels, X
said.') is X's charge as the same words with X first are (`trailing_clause`).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_denied_claims import DEED_REACH, denied_report, reported_tail
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_people_phrases import people_span
from readout.lang.en.act_near_words import skip_adverbs
from readout.sectors import ARMED_PEOPLE_SECTORS

HOSTILE = frozenset({"MOBILIZE", "ASSAULT", "COERCE", "THREATEN", "SANCTION"})  # deeds an allegation charges
SPEAKER_REACH = 9  # words from a reporting verb to the evidence noun ('confirmed for the first time that there was')
SUBJECT_REACH = 7  # words of the reported clause's subject ('the North Korean special forces')
BACKING_TYPES = frozenset({"AID", "SUPPORT"})  # (accuse66) backing given; to an armed group, a wrong charged
RECEIVER_REACH = 4  # words from a backing act's last word to the preposition naming who receives it
PERSONAL_POSSESSIVES = frozenset({"his", "her"})  # a person's own, who may be another side's ('Y's leader ... his')
RECEIVING_PREPS = frozenset({"to"})  # the preposition naming who receives backing ("supplied arms to X")


def evidence_allegations(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The ACCUSE/allege acts of a sentence's evidence frames and claims, each anchored on the speaker's verb with
    the alleged side's span as its target; none where an act word already stands on that verb."""
    taken = {h.data["token"] for h in hits} | {h.data["own_mandate"] for h in hits if "own_mandate" in h.data}
    out: list[ActHit] = []  # enrelative70: 'insisted its troops withdraw' states the speaker's own act, no claim
    for i, t in enumerate(toks):
        if not t.word:
            continue
        told: int | None = None  # the last token of a clause told before its speaker ('Y shelled Z, X said')
        if t.low in cues.evidence_nouns:
            frame = evidence_frame(toks, i, cues)
            anchor = speaker_verb(toks, i, cues)
        elif t.low in cues.claiming_verbs and i + 1 < len(toks) and toks[i + 1].low == "that":
            frame, anchor = (i + 2, "clause"), i
        elif t.low in cues.claiming_verbs and bare_clause(toks, i, hits, cues):  # enclaims68: 'insisted Y had shelled'
            frame, anchor = (i + 1, "clause"), i
        elif (told := trailing_clause(toks, i, hits, cues)) is not None:  # enclaims68: 'Y shelled Z, X claimed.'
            frame, anchor = (0, "clause"), i
        elif t.low in cues.reporting and (struck_first(toks, i, hits, cues)  # accuse58: 'said Y's troops had
                                          or appositive_claim(toks, i, hits, cues)  # opened fire first': blamed
                                          or denied_report(toks, after_that(toks, i, cues), hits, HOSTILE, cues)  # enkin47
                                          or reported_arming(toks, i, hits, cues)):  # ensupport68: 'said Y was arming
            frame, anchor = (after_that(toks, i, cues), "clause"), i  # force60: 'said Y fired on Z, a claim Y denied'
        else:
            continue
        if frame is None or anchor is None or anchor in taken and told is None or negated(toks, anchor, cues):
            continue
        hit = allegation(toks, anchor, frame, hits, cues, told)
        if hit is not None:
            taken.add(anchor)
            out.append(hit)
    return out


def struck_first(toks: list[Token], i: int, hits: list[ActHit], cues: Cues) -> bool:
    """(accuse58) The clause the reporting verb at i reports names a hostile deed told as the first blow ('said Y's
    troops had opened fire first', 'said Y fired first'; `cues.first_blow_words` right after the deed's words): a
    claim of who started the fighting, an allegation against the side said to have struck first."""
    start = after_that(toks, i, cues)
    return any(h.type in HOSTILE and not h.negated and start < h.data["token"] <= start + DEED_REACH
               and (end := h.data.get("end_token", h.data["token"])) + 1 < len(toks)
               and toks[end + 1].low in cues.first_blow_words for h in hits)


def bare_clause(toks: list[Token], i: int, hits: list[ActHit], cues: Cues) -> bool:
    """(enclaims68) A finite clause follows the verb of claiming at i with no 'that' ('insisted Y had shelled the
    town', 'claimed Y's troops were in Z', 'alleged Y shelled it'): a subject of a few words opening with no
    preposition, then an auxiliary, a copula or a past act word. It reports as 'that' would; 'insisted on talks',
    'claimed responsibility for the attack' and 'insisted Y withdraw' (a demand: act_insisted) are no report."""
    first = i + 1
    if first >= len(toks) or not toks[first].word or toks[first].low in cues.prepositions or toks[first].low == "that":
        return False
    acts = {h.data["token"]: h for h in hits}
    last = subject_end(toks, first, "clause", set(acts), cues)
    if last is None or last + 1 >= len(toks) or last < first:
        return False
    verb = toks[last + 1].low
    return verb in cues.perfect_auxiliaries or verb in cues.copulas or verb in cues.future_auxiliaries \
        or (last + 1 in acts and (verb.endswith("ed") or verb in cues.irregular_past))  # 'Y struck the camps'


SPEAKER_WORDS = 6  # words of a trailing speaker ('the Malian foreign ministry spokesman')
TRAILING_TIME = frozenset({"on", "late", "early", "earlier", "later"})  # ', X said on Friday.'


def trailing_clause(toks: list[Token], i: int, hits: list[ActHit], cues: Cues) -> int | None:
    """(enclaims68) The last token of a clause the verb of saying at i reports from before it: the sentence's first
    clause, a comma, a speaker of a few words, the verb, then only a time phrase to the sentence's end ('Y shelled
    the camps, X alleged on Friday.', 'Y is arming the rebels, the government of X said.'). A charge where the verb
    is one of alleging and the clause tells a hostile deed, or where a plain verb of saying tells another side
    arming an armed group, as the same words before 'that' are (the module's rule, `reported_arming`); a neutral
    deed told so ('Y met X's envoys, X said') stays a fact. None: no such frame."""
    if not (toks[i].low in cues.claiming_verbs or toks[i].low in cues.reporting):
        return None
    for k in range(i + 1, len(toks)):
        if toks[k].word and not (toks[k].low in cues.date_words or toks[k].low in TRAILING_TIME):
            return None
        if not toks[k].word and toks[k].raw not in (".", "!", "?", '"', "”", "'", "’"):
            return None
    comma = next((k for k in range(i - 1, max(-1, i - SPEAKER_WORDS - 2), -1) if not toks[k].word), None)
    if comma is None or toks[comma].raw != "," or comma == i - 1 or comma < 2:
        return None
    if any(not t.word and t.raw not in (",", "'", "’") for t in toks[:comma]):
        return None  # quotes and clauses of their own are the quotation readers' (spoken_after)
    told = comma - 1
    if toks[i].low in cues.claiming_verbs:
        return told
    armed = any(0 < h.data["token"] <= told and not h.negated and arms_armed_group(toks, h, told, cues) for h in hits)
    return told if armed and toks[0].low not in cues.speaker_pronouns else None


def reported_arming(toks: list[Token], i: int, hits: list[ActHit], cues: Cues) -> bool:
    """(ensupport68) The clause the reporting verb at i reports names another side arming or funding an armed group
    ('said that Y was arming the rebels', 'said Y had funded the militia'): a side's report that another backs an armed
    group charges it with a wrong (the module's rule), with a plain verb of saying as with one of alleging; the
    backing is the charge's content (`charged_arming`). Backing a state or its forces ('said Y was arming its army')
    is no charge."""
    start = after_that(toks, i, cues)
    stop = min(clause_stop(toks, start, cues), start + DEED_REACH)
    return start < len(toks) and toks[start].word and toks[start].low not in cues.speaker_pronouns \
        and any(start < h.data["token"] <= stop and not h.negated and arms_armed_group(toks, h, stop, cues) for h in hits)


CLAIM_NOUNS = frozenset({"claim", "accusation", "allegation", "charge"})  # (force60) an appositive naming the report
APPOSITIVE_REACH = 3  # words from the comma to the claim noun (', a claim', ', an accusation that')


def appositive_claim(toks: list[Token], i: int, hits: list[ActHit], cues: Cues) -> bool:
    """(force60) The clause the reporting verb at i reports names a hostile deed, and an appositive after it calls
    the report a claim ('said Y's troops fired on its posts, a claim Y denied', ', an accusation Y rejected'): the
    plain 'said' is an allegation then, and the deed it tells a claimed one (`claimed_deeds`)."""
    tail = reported_tail(toks, after_that(toks, i, cues), hits, HOSTILE)
    return any(toks[k].raw == "," and any(t.low in CLAIM_NOUNS for t in toks[k + 1:k + 1 + APPOSITIVE_REACH])
               for k in (tail[1] if tail else ()))


def after_that(toks: list[Token], i: int, cues: Cues) -> int:
    """The first token of the clause reported by the verb at i: past a time phrase ('said on Monday that') and 'that'."""
    for k in range(i + 1, min(len(toks), i + SPEAKER_REACH)):
        if toks[k].low == "that":
            return k + 1
        if not (toks[k].low in cues.date_words or toks[k].low in ("on", "late", "early", "earlier")):
            break
    return i + 1


def evidence_frame(toks: list[Token], i: int, cues: Cues) -> tuple[int, str] | None:
    """Where the alleged content starts after an evidence noun at i, and its kind: a clause after 'showed (that)' or
    'that' ('intelligence showed Y had', 'there was evidence that Y'), or a noun phrase after 'of' ('evidence of Y's
    troops in Z')."""
    j = skip_adverbs(toks, i + 1, cues)
    if j < len(toks) and toks[j].low in cues.evidence_verbs:
        j += 1
        return (j + (j < len(toks) and toks[j].low == "that"), "clause")
    if j < len(toks) and toks[j].low == "that":
        return (j + 1, "clause")
    if j < len(toks) and toks[j].low == "of":
        return (j + 1, "phrase")
    return None


def speaker_verb(toks: list[Token], i: int, cues: Cues) -> int | None:
    """The reporting verb whose subject cites the evidence at i ('X said intelligence showed', 'X confirmed evidence
    of', 'X said it had evidence that'), a few words before it; None: the evidence is no one's statement."""
    for k in range(i - 1, max(-1, i - SPEAKER_REACH - 1), -1):
        if not toks[k].word:
            return None
        if toks[k].low in cues.reporting or toks[k].low in cues.evidence_citing_verbs:
            return k
    return None


def allegation(toks: list[Token], anchor: int, frame: tuple[int, str], hits: list[ActHit], cues: Cues,
               told: int | None = None) -> ActHit | None:
    """The ACCUSE of one frame: its alleged side is the reported clause's subject (or the phrase after 'of'), and the
    clause names a hostile act found by the walk, or its subject holds a force noun; `told`: the clause's last token
    where it stands before its speaker (`trailing_clause`)."""
    first, kind = frame
    if first >= len(toks) or not toks[first].word or toks[first].low in cues.speaker_pronouns | cues.empty_subjects:
        return None  # 'said it had evidence that it was ...': no other side named
    if toks[first].low in cues.own_possessives and toks[first].low not in PERSONAL_POSSESSIVES:
        return None  # ensubj46: 'insisted that its troops withdrew': the speaker's own side, a claim and no charge
    last = subject_end(toks, first, kind, {h.data["token"] for h in hits}, cues)
    if last is None:
        return None
    force = any(toks[n].low in cues.allegation_force_nouns for n in range(first, last + 1))
    stop = clause_stop(toks, first, cues) if told is None else told
    deeds = [h for h in hits if (h.type in HOSTILE or arms_armed_group(toks, h, stop, cues)) and not h.negated
             and toks[first].start <= h.start and h.data["token"] <= min(first + DEED_REACH, stop)]
    if not force and not deeds:
        return None
    end = max([last] + [h.data.get("end_token", h.data["token"]) for h in deeds])
    end = anchor if told is not None else end  # the clause stands before its speaker: the act is the verb's
    return ActHit(toks[anchor].start, toks[end].end, "ACCUSE", "allege", "allege", ("object",), False, False,
                  "occurred", False, (), {"token": anchor, "end_token": end, "characterized": True, "evidence_cited": True,
                                          "target_spans": ((toks[first].start, toks[last].end),),
                                          "alleged_deeds": tuple(h.data["token"] for h in deeds),
                                          **({} if told is None else {"told_clause": (first, told)})})


def arms_armed_group(toks: list[Token], hit: ActHit, stop: int, cues: Cues) -> bool:
    """(accuse66) An act backing an armed group: AID or SUPPORT whose object, or the phrase after a preposition of
    receiving, is a people noun of an armed non-state group's sector ('arming the rebels', 'sent weapons to militants',
    'backing the insurgents'); arming a state or its own forces is no wrong charged."""
    if hit.type not in BACKING_TYPES or hit.data["token"] > stop:
        return False
    k = hit.data.get("end_token", hit.data["token"])
    starts = [hit.data["token"] + 1] + [n + 1 for n in range(k, min(len(toks) - 1, stop, k + RECEIVER_REACH))
                                        if toks[n].low in RECEIVING_PREPS]  # 'sent weapons to the rebels'
    return any((people_span(toks, n, cues) or (0, 0, None))[2] in ARMED_PEOPLE_SECTORS for n in starts)


def charged_arming(toks: list[Token], hits: list[ActHit], claims: list[ActHit], cues: Cues) -> list[ActHit]:
    """(accuse66) The hits without the arming of an armed group that an allegation's reported clause charges ('claimed
    that Y was arming the rebels', 'alleged that Y had sent arms to militants'): the charge's content, not a deed the
    report states (the Korean reader's `charged_transfer_type` the same way)."""
    charged: set[int] = set()
    for c in claims + hits:
        if c.type != "ACCUSE" or c.mode != "allege" or c.nominal:
            continue
        if "told_clause" in c.data:  # enclaims68: 'Y is arming the rebels, X said': the clause before its speaker
            first, stop = c.data["told_clause"]
            charged |= {id(h) for h in hits
                        if first <= h.data["token"] <= stop and charged_content(toks, h, first, stop, cues)}
            continue
        first = after_that(toks, c.data.get("head_end", c.data["token"]), cues)
        if first == c.data.get("head_end", c.data["token"]) + 1 and toks[first - 1].low != "that" \
                and toks[first - 1].low not in cues.reporting | cues.claiming_verbs:  # 'said Y was arming' (ensupport68),
            continue  # 'claimed Y had threatened' (charges52) are clauses; 'accused Y of arming': the gerund is content
        stop = min(clause_stop(toks, first, cues), first + DEED_REACH)
        charged |= {id(h) for h in hits
                    if first <= h.data["token"] <= stop and charged_content(toks, h, first, stop, cues)}
    return [h for h in hits if id(h) not in charged]


def charged_content(toks: list[Token], hit: ActHit, first: int, stop: int, cues: Cues) -> bool:
    """What a claim's clause (from `first`) tells as the charge's content, no event of its own: the arming of an armed
    group (accuse66), or (charges52) a threat in the clause itself, before any comma ('claimed that Y had threatened
    to attack it'): a word, as after 'condemned Y for' (`WORDED_TYPES`) and in the Korean claim's complement (cue
    judged_word_type: 'Y가 ...하겠다고 위협했다고 주장했다'). A threat told with a plain 'said' makes no claim and stays
    Y's THREATEN (charges51); a word after the comma ('..., a claim Y rejected') is no part of the claim."""
    if hit.type == "THREATEN" and not hit.nominal:
        return not any(toks[k].low == "," for k in range(first, hit.data["token"]))
    return arms_armed_group(toks, hit, stop, cues)


def claimed_deeds(hits: list[ActHit], claims: list[ActHit], toks: list[Token] | None = None,
                  cues: Cues | None = None) -> list[ActHit]:
    """(force59) The hits with each deed a claim tells ('X claimed that Y's troops had shelled the town') marked
    `claimed_deed`: it keeps its event (the module's rule), but the pipeline drops it where its doer denies the claim
    in the same sentence ('..., but Y denied it'): a disputed deed the report does not state
    (pipeline/act_charged_deeds.py). (relclause53) So are the deeds of the clause after a verb of claiming that is
    an act word of its own ('X alleged that Y had shelled ...': the lexicon's ACCUSE, no claim reader's)."""
    told = {t for c in claims if c.type == "ACCUSE" for t in c.data.get("alleged_deeds", ())}
    if toks is not None and cues is not None:
        told |= {t for c in hits for t in lexicon_claim_deeds(toks, c, hits, cues)}
    return [replace(h, data={**h.data, "claimed_deed": True}) if h.data.get("token") in told and h.type in HOSTILE
            else h for h in hits]


def lexicon_claim_deeds(toks: list[Token], claim: ActHit, hits: list[ActHit], cues: Cues) -> set[int]:
    """(relclause53) The tokens of the hostile deeds inside the 'that' clause of an ACCUSE that the lexicon read on a
    verb of claiming ('alleged that Y had shelled'), up to the clause's stop; none for any other hit."""
    i = claim.data.get("token")
    if claim.type != "ACCUSE" or claim.nominal or i is None or i + 1 >= len(toks) \
            or toks[i].low not in cues.claiming_verbs or toks[i + 1].low != "that":
        return set()
    stop = min(i + 2 + DEED_REACH, clause_stop(toks, i + 2, cues))
    return {h.data["token"] for h in hits if h.type in HOSTILE and not h.nominal and i + 2 <= h.data["token"] <= stop}


def clause_stop(toks: list[Token], first: int, cues: Cues) -> int:
    """The last token the reported clause may hold: before 'and' opening another past verb of the speaker's ('determined
    that X had committed Y and imposed sanctions on Z': the sanction is the speaker's own deed, not alleged; fresh36)."""
    for k in range(first + 1, min(len(toks) - 1, first + DEED_REACH + 1)):
        if toks[k].low == "and" and toks[k + 1].word and toks[k + 1].low.endswith("ed") \
                and toks[k + 1].low not in cues.perfect_auxiliaries:
            return k - 1
    return len(toks)


def subject_end(toks: list[Token], first: int, kind: str, acts: set[int], cues: Cues) -> int | None:
    """The last token of the alleged side's phrase: before the reported clause's first auxiliary, act word (`acts`,
    their tokens) or verb form, or, after 'of', before its first preposition."""
    for k in range(first + 1, min(len(toks), first + SUBJECT_REACH + 1)):
        if not toks[k].word:
            return k - 1 if kind == "phrase" else None
        low = toks[k].low
        if kind == "phrase" and low in cues.prepositions:
            return k - 1
        if kind == "phrase" and low in cues.allegation_force_nouns:
            return k  # 'of X's troops inside Z': the phrase ends at the forces, where they are is no party
        if kind == "clause" and (k in acts or low in cues.copulas or low in cues.perfect_auxiliaries or low in cues.future_auxiliaries
                                 or low.endswith("ed") and k > first):
            return k - 1
    return None


def negated(toks: list[Token], i: int, cues: Cues) -> bool:
    """'did not say', 'found no evidence': a frame under a negation alleges nothing."""
    return any(toks[j].low in cues.negation for j in range(max(0, i - 3), min(len(toks), i + SPEAKER_REACH + 1)))
