"""What an English REJECT rejects when its object is no act: a proposal or a charge another side put forward
("rejected the proposal", "denied the accusations"), a deed asked of it ("refused to halt the work"), or a telling
fronted before the rejecting verb ("..., an account Y rejected").

Why apart from `act_frames`: this reads the rejecting verb's object slot, and the pipeline finds whom it answers.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_near_words import is_determiner, skip_adverbs


def refused_doing(hit: ActHit, cues: Cues) -> bool:
    """(en27) 'Uganda refused to halt the work': a refusal of a deed of no act type of its own (none `refused_type`),
    with no state named, answers the side that asked it just before, as a rejected proposal does (the pipeline
    looks for that side only when the sentence names none)."""
    return "complement" in hit.data and not hit.data.get("refused_type") and cues.frames.get(hit.lemma) == "refuse"


def rejected_proposals(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """"Egypt rejected the proposal": a REJECT whose object is something another side put forward (`proposal_nouns`)
    answers that side even when the sentence does not name it (`rejected_proposal`); the pipeline looks for the
    owner among the requests and offers just reported. Only a bare object ('the', 'its', 'their' before the noun):
    "rejected Iran's proposal" names its owner; "rejected Western demands" names one no state code stands for
    (`ownerless_adjectives`): the rejection stands alone (`unowned_proposal`), answering no one just reported.
    A bare charge ('denied the accusations', 'dismissed the protest as ...', `charge_nouns`) answers the side whose
    accusation or protest was just reported (`rejected_charge`), and so does a denial of only the pronoun of what was
    just told ('Chile denied it', `told_pronouns` after one of `denial_verbs`), even after a proposal."""
    out = []
    for h in hits:
        if h.type == "REJECT" and not h.nominal:
            j = skip_adverbs(toks, h.data["head_end"] + 1, cues)
            while j < len(toks) and is_determiner(toks[j].low, cues) and toks[j].raw.islower():
                j += 1
            unowned, start = False, j
            while j < len(toks) and (toks[j].raw.islower() or toks[j].low in cues.ownerless_adjectives) \
                    and toks[j].low not in cues.proposal_nouns and toks[j].low not in cues.charge_nouns \
                    and j - h.data["head_end"] <= cues.window and toks[j].word and toks[j].low not in cues.object_stops:
                unowned = unowned or toks[j].low in cues.ownerless_adjectives
                j += 1  # "the new ceasefire proposal"
            if j < len(toks) and toks[j].low in cues.proposal_nouns and toks[j].raw.islower():
                h = replace(h, data={**h.data, "unowned_proposal" if unowned else "rejected_proposal": True})
            elif j < len(toks) and toks[j].low in cues.charge_nouns and toks[j].raw.islower() and not unowned:
                h = replace(h, data={**h.data, "rejected_charge": True})  # 'denied the accusations'
            elif start == h.data["head_end"] + 1 and start < len(toks) and toks[start].low in cues.told_pronouns \
                    and h.lemma in cues.denial_verbs:
                h = replace(h, data={**h.data, "rejected_charge": True})  # 'Chile denied it': the charge just told
            elif own_commitment(toks, h, cues):
                h = replace(h, data={**h.data, "unowned_proposal": True})  # 'reneged on its commitment'
            elif refused_doing(h, cues):
                h = replace(h, data={**h.data, "rejected_proposal": True})  # 'refused to halt the work'
        out.append(h)
    return out


def own_commitment(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """(plover51) 'Kenya reneged on its commitment to hold elections', 'broke his promise': the object of the REJECT
    is the rejecter's own pledge (`commitment_nouns` after one of `own_possessives`), which no other side put forward:
    the refusal to keep it stands alone as a rejection of a proposal of no owner does (`unowned_proposal`; the
    manual's REJECT needs no recipient); a side it was made to ('its commitment to Iraq') still receives it.
    (plover51b) A reneging verb (`reneging_verbs`: 'reneged on the deal', 'went back on the agreement') says so itself,
    whatever its object's determiner: one reneges only on what one agreed to. (plover52) So does a verb of breaking an
    accord (`accord_breaking_verbs`) whose object is one (`broken_accord_nouns`: 'broke the agreement', 'breached the
    pact'): one breaks only an accord one is party to, as Korean '합의를 어겼다'."""
    if hit.lemma in cues.reneging_verbs:
        return True
    if accord_breach(hit, cues) or defied_rule(toks, hit, cues):
        return True
    k = hit.data.get("object_token")
    return hit.data.get("object") in cues.commitment_nouns and k is not None and k > 0 \
        and toks[k - 1].low in cues.own_possessives


def accord_breach(hit: ActHit, cues: Cues) -> bool:
    """(plover52) The hit is an accord broken ('broke the agreement', 'breached the pact': a verb of
    `accord_breaking_verbs` with an object of `broken_accord_nouns`): the breaker's own commitment refused, and, told in
    another side's reported clause ('said X has breached the pact'), that side's allegation as well."""
    return hit.type == "REJECT" and hit.lemma in cues.accord_breaking_verbs \
        and hit.data.get("object") in cues.broken_accord_nouns


def defied_rule(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """(plover53) A rule openly defied ('Iraq violated the arms embargo', 'defied the curfew', 'flouted the ban': a verb
    of `rule_defying_verbs` with an object of `defied_rule_nouns`): CAMEO 128's defiance of a norm or law is the
    defier's own REJECT, which stands when no authority is named, as an accord broken does; who imposed the rule,
    when named ('a ban by the army', "Washington's embargo"), still receives it. A plain entry ('defy', 'flout')
    names no object word, so the object phrase's lower-case words after the verb are read up to the window. Only the
    past form ('violated', 'defied') tells the deed: the present ('the raids violate international law') is a
    verdict on a thing, which still needs a receiving side."""
    if hit.type != "REJECT" or hit.lemma not in cues.rule_defying_verbs or not toks[hit.data["token"]].low.endswith("ed"):
        return False  # a present form judges ('the raids violate international law'), the past tells a deed done
    if hit.data.get("object") is not None:
        return hit.data["object"] in cues.defied_rule_nouns
    j = hit.data["head_end"] + 1
    while j < len(toks) and j - hit.data["head_end"] <= cues.window and toks[j].word and toks[j].raw.islower() \
            and toks[j].low not in cues.object_stops:
        if toks[j].low in cues.defied_rule_nouns:
            return True
        j += 1
    return False


PROPOSAL_REACH = 6  # words from the rejecting verb to the proposal noun ("rejected recent calls", "Y's request")
OWNER_REACH = 6  # words of the proposal's owner phrase before its 'for' ("calls by Y's government for")
CONTENT_REACH = 3  # words from 'for' to the asked act's noun ("for urgent food aid")


def rejected_contents(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """(plover50) "X rejected calls by Y's government for economic aid", "turned down Y's request for arms
    deliveries": the act noun after the rejected proposal's 'for' is what was asked and refused, neither done nor
    promised; read as a nominal act it gave Y's AID (occurred) wherever the phrase named Y as its owner. The noun
    keeps its part in the REJECT's mode (read before); its own hit is dropped."""
    asked: set[int] = set()
    for h in hits:
        if h.type == "REJECT" and not h.nominal:
            k = content_start(toks, h.data["head_end"] + 1, cues)
            if k is not None:
                asked.update(range(k, min(len(toks), k + CONTENT_REACH)))
    return [h for h in hits if not (h.nominal and h.type != "REJECT" and h.data["token"] in asked)] if asked else hits


def content_start(toks: list[Token], j: int, cues: Cues) -> int | None:
    """The token after the 'for' that opens the content of a proposal noun found from token j on (within
    `PROPOSAL_REACH` words), whose owner the phrase names (a possessive before the noun, or 'by'/'from' and at most
    `OWNER_REACH` words after it), else None. A proposal of no owner named ('rejected calls for sanctions on Y')
    is left as it was: its content's words still place the state it concerns."""
    for p in range(j, min(len(toks), j + PROPOSAL_REACH)):
        if not toks[p].word or toks[p].low in cues.clause_breaks:
            return None
        if toks[p].low in cues.proposal_nouns and toks[p].raw.islower():
            k = p + 1
            owned = p > 0 and toks[p - 1].low.endswith(("'s", "’s"))  # "Y's request for"
            if k < len(toks) and toks[k].low in ("by", "from"):
                owned, k = True, next((q for q in range(k + 1, min(len(toks), k + 1 + OWNER_REACH))
                                       if toks[q].low == "for" or not toks[q].word), k)
            return k + 1 if owned and k < len(toks) and toks[k].low == "for" else None
    return None


FRONTED_REACH = 7  # words of the rejecting clause's subject between the fronted noun and its verb


def fronted_rejections(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """'X said Y's troops fired first, an account Y's ministry rejected', '..., a claim Y dismissed as false': the
    rejected telling stands before the rejecting verb (its object gap after it), set off by a comma after the clause
    that told it. Its teller, the subject of that clause, receives the REJECT: the clause before the comma is the
    act's target span (the pipeline takes its states other than the actor)."""
    out = []
    for h in hits:
        det = fronted_noun(toks, h, cues) if h.type == "REJECT" and not h.nominal else None
        if det is not None and det > 1 and toks[det - 1].raw == ",":
            h = replace(h, data={**h.data, "target_spans": ((toks[0].start, toks[det - 1].start),),
                                 "agent_span": (toks[det + 1].end, toks[h.data["token"]].start)})
            # council45: the rejecters are the words between the fronted noun and the verb ('a proposal X and its
            # allies refused to take up'), not the subject of the clause that told what they reject
        out.append(h)
    return out


def gapped_denials(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """(relclause53) '..., a charge Y denied', '..., an allegation Y denies': a gapped relative clause whose verb of
    denial has the fronted account noun for its object is Y's REJECT of that charge, as 'Y denied the charge' is
    (the lexicon reads deny with such objects only); `fronted_rejections` then reads its sides, and the pipeline's
    force59 rule drops the deed the charge told, which its doer denies. A verb with an object of its own or no
    fronted noun after a comma ('it denied.') gives nothing here."""
    taken = {h.data.get("token") for h in hits}
    out = list(hits)
    for i, t in enumerate(toks):
        if t.low not in cues.gapped_denial_verbs or i in taken:
            continue
        hit = ActHit(t.start, t.end, "REJECT", None, DENY, ("object",), False, False, "occurred", False, (),
                     {"token": i, "end_token": i, "head_end": i})
        det = fronted_noun(toks, hit, cues)
        if det is not None and det > 1 and toks[det - 1].raw == ",":
            out.append(hit)
    return sorted(out, key=lambda h: h.start) if len(out) > len(hits) else hits


DENY = "deny"


def fronted_noun(toks: list[Token], hit: ActHit, cues: Cues) -> int | None:
    """The token of the 'a'/'an'/'the' before an account noun a few words before the REJECT verb, whose object slot is
    empty (the verb ends the clause or an adverbial follows: 'rejected.', 'dismissed on Monday', 'denied as
    false'); None when the verb has an object of its own."""
    k, after = hit.data["token"], infinitive_end(toks, hit.data.get("head_end", hit.data["token"]) + 1, cues)
    if after < len(toks) and toks[after].word and toks[after].low not in cues.prepositions \
            and toks[after].low not in cues.date_words and toks[after].low not in ("as", "outright", "flatly"):
        return None
    for j in range(k - 1, max(0, k - FRONTED_REACH) - 1, -1):
        if not toks[j].word:
            return None
        if toks[j].low in cues.account_nouns and toks[j].raw.islower() and j > 0 \
                and toks[j - 1].low in ("a", "an", "the"):
            return j - 1
    return None


def infinitive_end(toks: list[Token], after: int, cues: Cues) -> int:
    """(council45) The token after an infinitive that follows the rejecting verb ('refused to take up', 'declined to
    consider'), its phrasal particle included: the object gap the fronted noun fills is there; `after` when none."""
    if after + 1 < len(toks) and toks[after].low == "to" and toks[after + 1].word and toks[after + 1].raw.islower():
        after += 2
        if after < len(toks) and toks[after].low in cues.phrasal_particles:
            after += 1
    return after


BLOCKED_REACH = 4  # words from a blocking verb to the act noun its object names ('vetoed the new EU aid package')


def drafted(toks: list[Token], q: int, cues: Cues) -> bool:
    """(conflict54) Whether the preposition at q opens what a drafted text blocked is about ('vetoed a resolution on
    sanctions against X', 'blocked a draft on new tariffs'): the text's subject is its content, not done, as the
    noun of a vetoed package is."""
    return q > 0 and toks[q - 1].low in cues.drafted_text_nouns and toks[q].low in cues.drafted_text_preps


def blocked_contents(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """(relclause52, issue 13) 'Poland vetoed the EU aid package for Georgia', 'blocked new sanctions on Iran': an act
    noun in the direct object of a blocking verb (`blocking_verbs`, read as REJECT) is what was stopped, not an act that
    occurred: its nominal hit is dropped, as a text a veto blocks is not done (act_clause), and the refusal takes its
    mode from it, as a rejected offer does ('of aid': assist; `act_modes.content_mode`), in place of the verb's own
    (veto's yield), as Korean reads '지원 패키지에 거부권을' (assist). conflict54: so is the subject of a drafted text
    ('vetoed a resolution on sanctions against X': `drafted`). Only an object of words with no other preposition or
    clause break before the noun (a proposal's 'for' content is `rejected_contents`'); a noun the frame readers have
    read as governed or not occurred ('opposed new sanctions on Iran': a planned measure refused) is theirs. Read last
    in the finder, after them."""
    from readout.lang.en.act_modes import content_mode  # act_modes imports act_frames, which the finder's readers use

    out, dropped = list(hits), set()
    for n, h in enumerate(hits):
        if h.type != "REJECT" or h.nominal or toks[h.data["token"]].low not in cues.blocking_verbs:
            continue
        end = h.data.get("end_token", h.data["token"])
        for k, noun in enumerate(hits[n + 1:], start=n + 1):
            at = noun.data["token"]
            if at - end > BLOCKED_REACH or not all(t.word and (t.low not in cues.prepositions or drafted(toks, q, cues))
                                                   and t.low != "to" and t.low not in cues.proposal_nouns
                                                   and t.low not in cues.clause_breaks
                                                   for q, t in enumerate(toks[end + 1:at], start=end + 1)):
                break  # 'rejected opposition calls to hand over power': a proposal's content, not the object
            if (noun.nominal or at > end + 1) and noun.type not in ("REJECT", "ACCUSE", "PROTEST"):  # 'the EU aid
                # package': a noun after the object's first words, though the walk has not marked it nominal yet
                mode = content_mode(noun, "REJECT")
                out[n] = replace(h, mode=mode) if mode else h
                if noun.data.get("modality") != "governed" and noun.status == "occurred":
                    dropped.add(k)  # 'opposed new sanctions on Iran': a refused measure the frame readers read as
                    # governed (planned) stays theirs
                break
    return [h for k, h in enumerate(out) if k not in dropped]
