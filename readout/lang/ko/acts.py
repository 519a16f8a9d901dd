"""Korean act triggers read on kiwi's morphemes: which PLOVER act a sentence states, and how.

Why morphemes and not surface text: Korean conjugates by suffixes (표하고, 표한, 표했다, 표할 것), so a
surface rule lists forms and misses the rest; kiwi restores every predicate to its stem (표/NNG 하/XSV),
and the endings after the stem say what the clause does with it: negated (지 않았다), planned (ㄹ 것,
겠, ㄹ 방침), decided (기로 했다), an exhortation in quotes (하자), the content of a demand (하라고,
하도록), or a relative clause that only describes a noun (금지하는 결의).

The finder reports triggers and the particles that mark the receiving side; it does not pick the actor
or the recipient (the clause reader does). It never tokenizes: the sentence's tokens are given.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.base.records import arrests_after_raids
from readout.lang.ko.act_granted_sums import pledged_grants
from readout.lang.ko.act_borders import announced_closure, barred_carriers, closed_to_state, closed_toward_state
from readout.lang.ko.act_agenda_items import agenda_item, refused_agenda_item, without_agenda_items
from readout.lang.ko.act_clauses import YIELD_TYPES, outer_acts, purposed_aid, raid_for_arrest, refusal
from readout.lang.ko.act_fired_launches import fired_at_state
from readout.lang.ko.act_headline_hits import headline_hit
from readout.lang.ko.act_joint_deeds import joint_deed
from readout.lang.ko.act_forces_strikes import forces_strike
from readout.lang.act_gatherings import suppressed_protests
from readout.lang.ko.act_expulsions import notified_departure
from readout.lang.ko.act_threats import responded_with_means, unruled_arming
from readout.lang.ko.act_spoken_attacks import attacked_matters, modified_attacks, spoken_attacks
from readout.lang.ko.act_forewarnings import forewarned
from readout.lang.ko.act_predicates import PREDICATE_TAGS, kiro_verb, predicate
from readout.lang.ko.act_table import ActIndex, act_index
from readout.lang.ko.act_find_stages import FIND_STAGES
from readout.lang.ko.endings import Reading, lemma_at, read_decision, tokens_of
from readout.lang.ko.act_word_hits import act_hit
from readout.lang.ko.act_headed_relatives import headed_relative
from readout.lang.ko.act_relatives import other_object, relative_act, relative_suffered
from readout.lang.ko.act_nominals import nominal_hits
from readout.lang.ko.act_coup_means import coup_means
from readout.lang.ko.act_passive_coups import passive_coups
from readout.lang.ko.act_coup_ousters import coup_ousting
from readout.lang.ko.act_presented_proposals import presented_proposal
from readout.lang.ko.act_questions import asked_question

PARTICLE_OBJECT = frozenset({"JKO", "JKS", "JX"})  # 을/를, 이/가, 은/는/도: an object or topic noun


def find_acts(text: str, tokens) -> list[ActHit]:
    """The act triggers of one sentence, in order. `tokens` are kiwi's (form, tag, start, length) for
    the sentence, offsets relative to it (readout.lang.ko.sentences.split); `text` is the sentence.
    One dict lookup per predicate stem and per noun-compound suffix; no regex, no re-tokenizing.
    (debt51) Read in named steps: the act words of each stem (`stem_hits`), the deed passes, the relatives an act
    told already keeps out, the headline's and the nominal acts, then `FIND_STAGES` in the chain's old order."""
    lex = act_index()
    toks = tokens_of(tokens)
    if asked_question(toks, lex):
        return []  # kopar57: '보복할까?', '도발할 것인가': a yes/no question tells no act (act_questions)
    hits, used, verb_hits = stem_hits(text, toks, lex)
    hits = without_told_relatives(text, deed_passes(text, toks, hits, lex))
    headline = headline_hit(toks, lex, used)
    if headline is not None:
        hits.append(headline)
    hits = suppressed_protests(hits + nominal_hits(toks, lex, used, verb_hits))  # '시위를 진압했다': the gathered's
    for stage in FIND_STAGES:
        hits = stage(text, toks, hits, lex)
    return hits


def stem_hits(text: str, toks: list, lex: ActIndex) -> tuple[list[ActHit], set[int], dict[int, ActHit]]:
    """(the act hits read at each predicate stem, the morphemes they used, the verb hits by stem): a candidate pair
    or verb at the stem (a void pair uses its morphemes and states no act), a refusal or a relative's head where
    there is none, and the hit the candidate gives."""
    used: set[int] = set()
    hits: list[ActHit] = []
    verb_hits: dict[int, ActHit] = {}
    for s in range(len(toks)):
        if toks[s][1] not in PREDICATE_TAGS:
            continue  # no stem: `predicate` and `refusal` both read none there (most morphemes), so neither is asked
        cand = stem_candidate(toks, s, lex)
        if cand is not None and cand.entry.void:  # agree58: '사표를 받아들였다': the pair states no act
            used.update(range(cand.first, cand.stem + 1))
            continue
        if cand is not None:
            cand = responded_with_means(toks, cand, lex)  # threaten38: '모든 수단을 동원해 대응': a firm response
        if cand is None:
            refused = refused_at(toks, s, lex, used)
            if refused is not None:
                hits.append(refused)
            continue
        decided_reading(toks, s, cand, lex)
        used.update(range(cand.first, (cand.noun_end if cand.noun_end is not None else cand.stem) + 1))
        hit = candidate_hit(text, toks, s, cand, lex)
        if hit is not None:
            hits.append(hit)
            verb_hits[s] = hit
    return hits, used, verb_hits


def stem_candidate(toks: list, s: int, lex: ActIndex):
    """The candidate act at predicate stem `s`: a proposal presented, a cue pair or verb, a warning given beforehand,
    arming outside the rules, a departure notified, a coup's ousting; None where the stem reads none."""
    return presented_proposal(toks, s, lex) or predicate(toks, s, lex) or forewarned(toks, s, lex) \
        or unruled_arming(toks, s, lex) or notified_departure(toks, s, lex) \
        or coup_ousting(toks, s, lex) \
        or forces_strike(toks, s, lex) or joint_deed(toks, s, lex)  # sanction54: '떠나라고 통보했다'; kolex49: proposals presented, coups; plover58b:
    # '공동으로 인양했다', asked last (a verb with its own act keeps it); koacts59: '전투기들이 시장을 강타했다'
    # (act_forces_strikes), a verb of striking no other reader takes


def refused_at(toks: list, s: int, lex: ActIndex, used: set[int]):
    """Where stem `s` gives no candidate: a refusal read there, else a relative clause's act whose head noun is read
    (its morphemes added to `used`); None where there is neither."""
    refused = refusal(toks, s, lex)
    if refused is None:  # relative71: '[A가 B에 부과한] 제재': A's sanction; its head noun is read
        refused = headed_relative(toks, s, lex)
        used.update(range(*refused.data["head_nouns"]) if refused is not None else ())
    return refused


def decided_reading(toks: list, s: int, cand, lex: ActIndex) -> None:
    """A noun stem's decision with 키 ('제재키로 했다': 키 stands for 하기, 로 하다 the decision; '교류 강화키로', a
    headline's): the candidate's reading is the decision's."""
    if toks[s][1] == "NNG":  # 제재키로 했다: the 키 stands for 하기; 로 하다 is the decision
        verb = kiro_verb(toks, s)
        if verb is not None:
            cand.reading = read_decision(toks, verb, Reading(last=s, endings=["기"]), lex, 0)
        else:  # a headline: 교류 강화키로
            cand.reading = Reading(last=s, clause="headline", decided=True, endings=["기"])


def candidate_hit(text: str, toks: list, s: int, cand, lex: ActIndex) -> ActHit | None:
    """The hit candidate `cand` at stem `s` gives (else a relative clause's act or suffering), re-read for a launch
    fired at a state, a closure toward or to a state, carriers barred, a retreat pledged or an agenda item refused."""
    hit = act_hit(toks, cand, lex)
    if hit is None and cand.reading is None:
        hit = relative_act(toks, cand, lex) or relative_suffered(toks, cand, lex)
    if hit is not None and hit.type == "MOBILIZE" and hit.lemma in lex.cue("launch_verb"):
        hit = fired_at_state(toks, cand, hit, lex) or hit
    if hit is not None and hit.type == "COERCE":
        hit = closed_toward_state(text, toks, cand, hit, lex) or hit  # '대(對)X 국경을 폐쇄': SANCTION on X
        hit = closed_to_state(toks, cand, hit, lex) or hit  # fp23: 'X 항공사에 영공을 폐쇄': the same
        hit = barred_carriers(toks, cand, hit, lex) or hit  # sanction57: 'X 항공기의 영공 통과를 금지'
    elif hit is not None and hit.type == "THREATEN":  # charges52b: 'X와의 국경을 봉쇄하겠다고 밝혔다': announced
        hit = announced_closure(text, toks, cand, hit, lex) or hit
    if hit is not None and (hit.type in YIELD_TYPES or hit.data.get("future_of") in YIELD_TYPES
                            or lemma_at(toks, s) in lex.cue("accept_verb")):  # coding63: a retreat pledged
        hit = refusal(toks, s, lex, hit) or hit
    elif hit is not None and agenda_item(hit, lex):  # shelve53: '의제에 올리지 않겠다': the item refused
        hit = refused_agenda_item(toks, s, lex, hit) or hit
    return hit


def without_told_relatives(text: str, hits: list[ActHit]) -> list[ActHit]:
    """The hits less each relative clause's act of a type the sentence reports outside a relative already: one event,
    unless the relative governs its head, or its object is another (relatives65, relatives66)."""
    reported = {h.type for h in hits if not h.data.get("relative")}
    hits = [h for h in hits if not h.data.get("relative") or h.type not in reported
            or h.data.get("governed_head")  # relatives65: '[B를 비판한] C에 항의했다': C's charge, another act
            or other_object(h, hits, text)]  # relatives66: '[B를 비난한] C는 D를 비판했다': C's charge of B, another act
    return hits


def deed_passes(text: str, toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """What a deed word does: an agenda item handled is no act, an attack in words is criticism, a coup's means and
    its passive, a raid made to arrest, arrests after a raid."""
    hits = without_agenda_items(hits, lex)  # shelve53: '의제로 다뤘다': no act
    hits = spoken_attacks(toks, hits, lex)  # koacts46: '"..."라며 B를 겨냥했다': criticism, not force
    hits = modified_attacks(toks, hits, lex)  # ploveren63: '신랄한 공격을 가했다': criticism, not force
    hits = attacked_matters(toks, hits, lex)  # ensupport68: 'B의 무역 정책을 맹공격했다': criticism, not force
    hits = coup_means(toks, hits, lex)  # koact49: '쿠데타로 X 대통령을 축출했다': the coup, no expulsion
    hits = passive_coups(toks, hits, lex)  # coups50: '대통령이 군부에 의해 축출됐다': the coup on its government
    hits = raid_for_arrest(purposed_aid(outer_acts(hits), lex), lex, toks)
    hits = arrests_after_raids(hits, object_first=True)  # coerce56: 'X 대사관에 강제 진입해 Y를 체포': Y's side, not X
    return pledged_grants(toks, hits, lex)  # kopar53a: '300만 달러를 지원하겠다고 약속했다': the AID, no AGREE beside
