"""What states say and do to each other: every PLOVER type other than CONSULT, each with the countries
on both sides, the date of the act and its sentence.

The language reports each act trigger with its status (negated, planned) and whether it is a noun.
The acting side is the trigger's subject as its clause reads it (people stand for their states;
'양측', 'both sides' for the parties of the meeting being reported); a launch or deployment noun takes
the country that owns it ('북한의 발사', 'launches by X'). The receiving side comes from the act's own
clause: before the verb in Korean, after it in English; a country named as the rule violated ('UN
resolutions') is not a recipient. Negated acts are dropped; possible or planned ones are `planned`.
"""
from __future__ import annotations

import dataclasses
from bisect import bisect_left
from operator import attrgetter

from readout.lang.act_lexicon import BROAD_MODES
from readout.lang.base import ActHit
from readout.model import Article, CountryMention, DateRef, Event, Mention, OCCURRED, Span
from readout.pipeline.accord_documents import per_document
from readout.pipeline.act_charged_deeds import without_third_party_charges
from readout.pipeline.act_kept_accords import kept_accord_noun
from readout.pipeline.act_pairs import per_partner
from readout.pipeline.act_dates import clause_days, date_reach, judged_dates, judged_noun_dates, per_day
from readout.pipeline.act_recipients import UNDIRECTED, VERBAL, KEPT_ACTS
from readout.pipeline.common import MODE_KINDS, countries_in, meeting_words_in, other_measure
from readout.pipeline.act_voices import spoken_by, note_acting, voice_went_on, voice_over_deed
from readout.pipeline.sibling_dates import sibling_dates
from readout.pipeline.act_recalls import envoy_recall
from readout.pipeline.act_build import SentenceSides, build_act
from readout.pipeline.answered_acts import previous_acts
from readout.pipeline.act_story_notes import FORCE
from readout.pipeline.promised_accords import promise_beside_accord, promise_in_accord


def act_events(article: Article, sent: Span, mentions: list[Mention], dates: list[DateRef], story, ctx) -> list[Event]:
    """Every act event of one sentence (see module doc). (debt52) Its act words in order (`skipped_hit`: those making
    no event), then the appeals and warnings that named no one, the judged nouns, the third parties' charges
    (`ToldDeeds`), the shared measure's day and the voice (`voice_after_acts`)."""
    lang = ctx.language(sent.label)
    text = article.text[sent.start:sent.end]
    tokens = article.tokens.get(sent.start, ())
    out: list[Event] = []
    hits = lang.find_acts(text, tokens, sentence_before(article, sent))
    clauses = {k: lang.clause(text, tokens, h.start, h.end) for k, h in enumerate(hits) if h.type in VERBAL}
    judged = [clauses[k] for k, h in enumerate(hits) if k in clauses and not h.negated]
    asked = [(h.end, clauses[k][1]) for k, h in enumerate(hits) if k in clauses and h.type == "REQUEST"]
    hits = [judging(lang, text, hits, k, clauses[k]) if k in clauses else h for k, h in enumerate(hits)]
    before = previous_acts(article, story)
    shared = SentenceSides()  # what every act word of this sentence reads alike, found at the first one
    unaddressed: list[int] = []  # appeals and warnings that named no one and found no act to answer yet
    recall_dates: dict[int, list[DateRef]] = {}  # the own dates of the act words read again below
    governed_events: list[tuple[Event, int]] = []  # noun acts a statement of this sentence judges, and where
    told = ToldDeeds()  # deeds told inside a charge, a claim or as a condemnation's ground
    for k, hit in enumerate(hits):
        if skipped_hit(article, sent, mentions, lang, text, tokens, hits, k, asked):
            continue
        governed = hit.nominal and any(left <= hit.start < right for left, right in judged)
        judge = next((h.start for j, h in enumerate(hits) if governed and j in clauses and not h.negated
                      and clauses[j][0] <= hit.start < clauses[j][1] and h.end <= hit.start), None)
        reach, own = hit_dates(lang, text, sent, k, hits, clauses, dates)
        event = build_act(article, sent, lang, text, tokens, hit, mentions, own, story, ctx, governed, reach,
                          before + out, judge=judge, shared=shared)
        if event is None:
            if envoy_recall(lang, text, hit):
                recall_dates[k] = own  # recall64: a recall read again keeps its own dates
            unaddressed += [k] if hit.data.get("unaddressed") or k in recall_dates else []
            continue
        pairs = per_partner(event, hit, story.subjects_of_act)  # 'A, B와 각각 체결했다': one agreement per pair
        event = pairs[0]
        out = added(out, event, lang, text, tokens, sent, hit, own)
        told.note(event, hit, out)
        out += pairs[1:] if event in out else []
        out += per_document(event, lang, text, tokens, hit)[1:] if event in out else []  # 'a trade pact and a
        # defence agreement': two accords (pipeline/accord_documents.py)
        # ko29: a target the language found before the act's word ('A가 추방하자 B는 맞추방으로'; `target_before`)
        # is the one the act answers, not a judge of it
        governed_events += [(event, sent.start + hit.start)] if governed and not hit.data.get("target_before") else []
        if any(p.country for p in event.participants) and not (governed and story.acting_index == story.index) \
                and not hit.data.get("charged_deed") and not hit.data.get("judged_deed"):
            # charges50: the accused's charged deed is no voice going on; charges50b: nor the ground of a condemnation
            # relatives66: a stateless person's relative deed ('minister Ana Ruiz, who had ...') is no voice going on
            # ('criticized X over the drills': the judged noun act is no new speaker)
            note_acting(story, spoken_by(event, story), event.type in VERBAL, event.recipients)
    for k in unaddressed:  # 'called for restraint after X fired a missile': X's act; else a bare threat of force
        read_dates = recall_dates.get(k, dates)  # recall64: a recall naming no host, read after the sentence's acts
        event = build_act(article, sent, lang, text, tokens, hits[k], mentions, read_dates, story, ctx, False,
                          date_reach(sent, hits[k], hits, clauses[k][1]) if k in clauses else None, before + out,
                          bare=True, shared=shared)
        out = added(out, event, lang, text, tokens, sent, hits[k], read_dates) \
            if event else out
    found = shared.found[0] if shared.found else []
    unjudged(out, governed_events, found, organ_codes(sent, hits, found))
    out = without_third_party_charges(out, told.charged, told.claimed, told.grounds)  # 'A accused B of shelling C'
    shared_measure_day(out, dates)
    voice_after_acts(article, sent, lang, text, story, ctx)
    return out


@dataclasses.dataclass
class ToldDeeds:
    """(debt52) The deeds a sentence tells inside another act, kept apart for act_charged_deeds.
    without_third_party_charges to decide which stand as the report's own: a force deed told only inside a
    charge's complement, one told inside a claim (dropped only where its doer denies it), one a condemnation
    is made for (kept; it struck the accuser if no one else)."""

    # force deeds told only inside a charge's complement (act_charged_deeds)
    charged: list[Event] = dataclasses.field(default_factory=list)
    # force59: deeds told inside a claim, dropped only where their doer denies it
    claimed: list[Event] = dataclasses.field(default_factory=list)
    # charges51: deeds a condemnation is made for, kept, struck the accuser if no one else
    grounds: list[Event] = dataclasses.field(default_factory=list)

    def note(self, event: Event, hit: ActHit, out: list[Event]) -> None:
        """Keeps the act word `hit`'s event where its deed is told inside another act and `out` kept it."""
        self.charged += [event] if hit.data.get("charged_deed") and event in out else []
        self.claimed += [event] if hit.data.get("claimed_deed") and event in out else []
        self.grounds += [event] if hit.data.get("judged_deed") and event in out else []


def skipped_hit(article: Article, sent: Span, mentions: list[Mention], lang, text: str, tokens, hits: list[ActHit],
                k: int, asked: list[tuple[int, int]]) -> bool:
    """(debt52) Act word `k` makes no event of its own: negated, a meeting (CONSULT: pipeline/events), inside a
    person's name, a request to end what was asked for, a kept accord's noun, a planned meeting's word, the
    content of a threat."""
    hit = hits[k]
    named = inside_person(mentions, sent.start + hit.start, sent.start + hit.end - 1)
    return bool(hit.negated or hit.type == "CONSULT" or named or asked_to_end(hit, asked)
                or kept_accord_noun(lang, text, hits, hit)
                or planned_meeting_word(article, sent, lang, text, tokens, hit)
                or threatened_content(lang, text, tokens, hits, k))


def hit_dates(lang, text: str, sent: Span, k: int, hits: list[ActHit], clauses: dict,
              dates: list[DateRef]) -> tuple[int | None, list[DateRef]]:
    """(debt52) How far act word `k`'s clause reaches for a date, and the dates that are its own: a verbal act's
    judged noun's or its own clause's, a sibling act's day kept apart."""
    hit = hits[k]
    reach = date_reach(sent, hit, hits, clauses[k][1]) if k in clauses else None
    own = judged_noun_dates(lang, text, sent, k, hits, clauses, dates) if hit.type in VERBAL \
        else judged_dates(sent, hit, hits, clauses, dates)
    own = sibling_dates(sent, k, hits, own)  # 'expelled X on Monday and recalled Y on Wednesday'
    return reach, own


def voice_after_acts(article: Article, sent: Span, lang, text: str, story, ctx) -> None:
    """(debt52) The voice of a sentence with no act of its own goes on (en28), or a deed's teller speaks (en36)."""
    if story.acting_index < story.index:  # en28: a statement with no act of its own is still a voice
        voice_went_on(story, lang.closing_voice(text),
                      opening_voice_states(article, sent, lang.opening_voice(text), ctx))
    elif not story.acting_spoke:  # en36: 'X said Y's drones had struck a refinery. It accused Y of ...': X speaks
        voice_over_deed(story, opening_voice_states(article, sent, lang.opening_voice(text), ctx))


def opening_voice_states(article: Article, sent: Span, span: tuple[int, int] | None, ctx) -> list[str]:
    """The states named in the subject span of a statement opening the sentence (`Language.opening_voice`)."""
    if span is None:
        return []
    lo, hi = sent.start + span[0], sent.start + span[1]
    return list(dict.fromkeys(code for c in countries_in(article, sent, ctx) if lo <= c.start < hi for code in c.codes))


def asked_to_end(hit: ActHit, asked: list[tuple[int, int]]) -> bool:
    """'called on X to halt airstrikes on civilians', 'asked for air defence to protect cities from missile strikes':
    force named in what an appeal asks is the state of things the appeal would change, not an act of the report's
    days (an act of its own is told in its own clause: 'condemned Monday's airstrikes')."""
    return hit.nominal and hit.type in FORCE and any(lo <= hit.start < hi for lo, hi in asked)


def judging(lang, text: str, hits: list[ActHit], k: int, clause: tuple[int, int]) -> ActHit:
    """A statement's hit with the kinds (type, mode) of the noun acts of force its clause names ('condemned the
    launch', '이번 포격을 규탄했다'): `judged_kinds`, by which `act_recipients_told.answered_provocation` finds whose act
    it was among the story's offenses. A measure, refusal or accord the language found as the judged object ('slammed
    the vetoes as "cynical" and accused X of ... the attack': the veto, refer42) is kept: force named further on in the
    clause is not what was slammed."""
    if any(kind in KEPT_ACTS for kind, _mode in hits[k].data.get("judged_kinds", ())):
        return hits[k]
    kinds = [(h.type, lang.act_mode(h, text)) for j, h in enumerate(hits)
             if j != k and h.nominal and h.type in FORCE and clause[0] <= h.start < clause[1]]
    return dataclasses.replace(hits[k], data={**hits[k].data, "judged_kinds": kinds}) if kinds else hits[k]


def unjudged(out: list[Event], governed: list[tuple[Event, int]], countries: list[CountryMention],
             organ: set[str] = frozenset()) -> None:
    """'프랑스 외교부는 이번 포격을 규탄했다': the judge of a noun act, named only before the act's word (the statement's
    subject), is not what the act was done to; it leaves the judged acts' receiving sides. A judge the sentence names
    in or after the act's words may be its target ('Finland protested the seizure of a Finnish trawler'). (koacts60)
    `organ`: the states the knowledge gives a bare organ judging under a foreign dateline (`organ_codes`), which
    judges as the dateline's state and is no target either."""
    judged = [e for e, _at in governed]
    judges = {p.country for e in out if e.type in VERBAL and all(e is not g for g in judged) for p in e.participants}
    judges |= set(organ)
    for event, at in governed:
        before = {c for c in judges if not any(c in m.codes and m.start >= at for m in countries)}
        event.recipients = [r for r in event.recipients if r.country not in before]


def organ_codes(sent: Span, hits: list[ActHit], countries: list[CountryMention]) -> set[str]:
    """(koacts60) The codes of the country words inside the opening bare organ the language marked
    (`dateline_organ`: '(오타와=연합뉴스) 외교부는', whose knowledge-base state is Seoul's): that state speaks only as the
    organ, whatever state the dateline makes it."""
    organ = next((h.data["dateline_organ"] for h in hits if h.data.get("dateline_organ")), None)
    if organ is None:
        return set()
    return {code for m in countries if sent.start + organ[0] <= m.start < sent.start + organ[1] for code in m.codes}


def planned_meeting_word(article: Article, sent: Span, lang, text: str, tokens, hit: ActHit) -> bool:
    """'will travel to Rome on Tuesday to meet X', 'is due to meet X': a meeting word still ahead, which the language
    reads as an intent to meet (AGREE), is the planned meeting this sentence already reports (CONSULT, planned), not
    an agreement besides it ('agreed to meet again' keeps its own act word: 'agreed')."""
    if hit.type != "AGREE" or not any(
            e.type == "CONSULT" and e.status != OCCURRED and sent in e.evidence for e in article.events):
        return False
    if hit.data.get("future_of") == "CONSULT":  # the language read a plan to meet ('B와 회담할 계획이다')
        return not hit.data.get("decided")  # one decided ('회담하기로 합의했다') stays an agreement
    return hit.status != OCCURRED and any(t.start < hit.end and hit.start < t.end
                                            for t in meeting_words_in(article, sent, lang))


def threatened_content(lang, text: str, tokens, hits: list[ActHit], k: int) -> bool:
    """'두 장관은 북한이 도발하면 동맹이 압도적으로 대응할 것이라고 경고했다': a promised act in the complement of the
    sentence's warning verb (the next act word after it, the main predicate, with at most the complement's ending
    between: '것이라고') is what the warning threatens, not a promise besides it (the THREATEN is the event); an
    agreement coordinated before the warning ('훈련을 확대하기로 합의하고, ... 경고했다') stays."""
    hit = hits[k]
    if hit.type != "AGREE" or hit.status == OCCURRED or hit.nominal or k + 1 >= len(hits):
        return False
    after = hits[k + 1]
    return after.type == "THREATEN" and not after.negated and after.start >= hit.end \
        and len(text[hit.end:after.start].split()) <= 1 \
        and lang.main_predicate(text, tokens, after.start) and not lang.main_predicate(text, tokens, hit.start)


def added(out: list[Event], event: Event, lang, text: str, tokens, sent: Span, hit: ActHit,
          dates: list[DateRef]) -> list[Event]:
    """The sentence's events with one more: an act of a type already found is the same act unless its
    own words date it on another day (its own clause's day first: act_dates.clause_days) or (a show of force) another
    state does it."""
    days, dated = clause_days(event, lang, text, tokens, sent, hit, dates)  # several days: one act a day
    own_clause = word_clause(lang, text, tokens, sent, hit) if any(o.type == event.type for o in out) else (0, 0)
    if dated is not None:  # the one day its clause states, over the one date_act chose
        event.date, event.date_precision, event.date_basis = dated
    same = [o for o in out if o.type == event.type  # a day its own words state: another act
            and (o.date == event.date or event.date_basis != "text")
            and (event.type not in UNDIRECTED  # a show of force by another state is another act
                 or {p.country for p in o.participants} == {p.country for p in event.participants})
            and not answering_side(o, event) and not other_measure(o, event) and not other_objects(o, event)
            and not coerced_apart(o, event) and not recalled_apart(o, event)
            and not clauses_apart(o, event, own_clause)]
    if not same:
        return out + per_day(event, days)
    if all(promise_in_accord(o, event, o.participant_ids(), event.participant_ids()) for o in same):
        return out  # 'A and B signed a treaty, and A pledged support to B': the accord (pipeline/promised_accords.py)
    if all(promise_beside_accord(o, event) for o in same):
        return out + per_day(event, days)  # '..., and A pledged support to C': a promise to an outsider, another act
    if event.recipients and not any(o.recipients for o in same):  # '동원해 ... 대응 사격을 했다'
        return [o for o in out if o.type != event.type] + per_day(event, days)
    for o in same:
        o.mode = narrower_mode(o.mode, event)
    return out


def narrower_mode(kept: str | None, event: Event) -> str | None:
    """(stance68) 'French protesters threw paint on X': the act a sentence tells twice keeps the narrower mode of
    its two readings; the type's broad mode ('protesters': demo, act_lexicon.BROAD_MODES) yields to one its other
    words state (vandalize), which it would have kept had that reading come first."""
    broad = BROAD_MODES.get(event.type)
    return event.mode if broad is not None and kept == broad and event.mode not in (None, broad) else kept


def shared_measure_day(out: list[Event], dates: list[DateRef]) -> None:
    """(sanction57) 'X suspended its accord with Y, closed two border posts and revoked visas on Monday': the measures
    one sentence tells apart by their objects (other_measure) share the one day its words state after (or before) all
    of them; a measure dated only by the story or the report takes its sibling's stated day. A day stated between
    them ('A했고, 지난 7일 B했다') is the later one's alone."""
    for event in out:
        if event.date_basis == "text" or event.type not in MODE_KINDS or event.trigger_at is None:
            continue
        siblings = [o for o in out if o is not event and o.date_basis == "text" and o.trigger_at is not None
                    and other_measure(o, event) and o.participant_ids() == event.participant_ids()]
        days = {(o.date, o.date_precision) for o in siblings}
        if len(days) != 1:
            continue
        day = next(iter(days))
        starts = [event.trigger_at, *(o.trigger_at for o in siblings)]
        told = [d.span.start for d in dates if (d.value, d.precision) == day]
        if told and all(at > max(starts) or at < min(starts) for at in told):
            event.date, event.date_precision = day
            event.date_basis = "text"


def word_clause(lang, text: str, tokens, sent: Span, hit: ActHit) -> tuple[int, int]:
    """(coord55) The clause of act word `hit` as the Language bounds it (`Language.clause`: English 'and', 'but',
    'while', ';' before a new subject; Korean -고, -며, -지만 on a predicate), in the article's offsets."""
    left, right = lang.clause(text, tokens, hit.start, hit.end)
    return sent.start + left, sent.start + right


def clauses_apart(first: Event, second: Event, clause: tuple[int, int]) -> bool:
    """(coord55, issue 13) 'Peru's army shelled a Chilean post and Bolivian troops attacked an Ecuadorian town', 'A군은
    B 초소를 포격했고 C군은 D 마을을 공격했다', and the other side's blow back ('A attacked B's troops and B shelled an
    A-ian town'): a deed of the type already found, told in a clause of its own (the Language's clause of its word,
    `clause` in the article's offsets, holds not the first one's word) by other doers to other receivers, is a second
    act, not the first told again. The clause is the guard answering_side keeps for deeds: a victim is no second
    attacker where the same clause tells the blow ('shelled a post, killing two soldiers'), and a clause sharing a
    doer with the first tells the same act ('and the shelling hit Chilean troops'). Statements are kept apart by
    other_objects already. (acts56b) A shared receiver does not join them: 'Kenya shelled a Somali post and Ethiopia
    attacked a Somali town' is two doers' two blows at one side, each its own act, as '케냐는 … 포격했고 에티오피아는
    … 공격했다' is."""
    if first.trigger_at is None or clause[0] <= first.trigger_at < clause[1]:
        return False
    acts1, acts2 = {p.country for p in first.participants}, {p.country for p in second.participants}
    recs1, recs2 = {p.country for p in first.recipients}, {p.country for p in second.recipients}
    return bool(acts1) and bool(acts2) and bool(recs1) and bool(recs2) and not acts1 & acts2


def recalled_apart(first: Event, second: Event) -> bool:
    """(relclause53) 'The X-ian army, which had attacked a Y-ian village, attacked a Z-ian village', '[Y 마을을 공격했던]
    X군은 Z 마을을 공격했다': a deed a relative clause recalls (dated by the recall window before the story, as every
    recalled relative is: `Event.recalled`, debt56) and the main clause's deed of its type aimed at another side are
    two acts; the one the sentence tells is no retelling of the recalled one (no day of the main clause's own words sets
    them apart)."""
    recs1, recs2 = {p.country for p in first.recipients}, {p.country for p in second.recipients}
    return first.recalled != second.recalled and bool(recs1) and bool(recs2) and recs1 != recs2


def coerced_apart(first: Event, second: Event) -> bool:
    """(coerce56) 'Police raided the X embassy and arrested a former minister': two coercions of the sentence with
    their modes stated and apart, aimed at different sides (the raided place's owner, the people held), are two acts."""
    recs1, recs2 = {p.country for p in first.recipients}, {p.country for p in second.recipients}
    return first.type == second.type == "COERCE" and bool(first.mode) and bool(second.mode) \
        and first.mode != second.mode and bool(recs1) and bool(recs2) and recs1 != recs2


def other_objects(first: Event, second: Event) -> bool:
    """'condemned X's missile launches ... and voiced concern over cooperation between X and Y': a second statement of
    the sentence aimed at another set of sides is an act of its own, though no day of its own words sets it apart
    (dates40: a day inside the first one's object no longer does)."""
    recs1, recs2 = {p.country for p in first.recipients}, {p.country for p in second.recipients}
    return second.type in VERBAL and bool(recs1) and bool(recs2) and recs1 != recs2


SPOKEN = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN"})  # acts only words do: no deed told as the same act


def answering_side(first: Event, second: Event) -> bool:
    """'A asked B to ..., while B requested that A ...': the second statement's actors are the first's recipients and
    none of its actors, so it is the other side's own act, not the first one told again; so is a statement by other
    actors to the same recipients ('A protested to X, while B conveyed concern'), or a spoken act by other actors where
    the first names no one (restraint35: 'A called on all parties to ..., while B and C issued similar appeals': A's
    open appeal is no reading of B's and C's to be replaced by it)."""
    if second.type not in VERBAL:
        return False  # material acts of one sentence stay one event (the victim is no second attacker)
    acts1, acts2 = {p.country for p in first.participants}, {p.country for p in second.participants}
    recs1, recs2 = {p.country for p in first.recipients}, {p.country for p in second.recipients}
    if acts1 and acts2 and not acts1 & acts2 and (recs2 == recs1 or not recs1 and second.type in SPOKEN):
        return True  # 'A summoned X's envoy, while B conveyed its concerns (to X)': a second side's own statement
    return bool(acts2) and acts2 <= recs1 and not acts1 & acts2


def inside_person(mentions: list[Mention], pos: int, last: int | None = None) -> bool:
    """Whether an act word lies within a person's name or title, from its first character `pos` to its last
    `last`: a title names an office, not an act ('Sanctions Coordinator X'). An act reaching out of the name is
    read: a pair whose noun heads the title and whose verb follows the name acts on that person ('존 스미스 기자를
    석방했다'; the manual codes the predicate with its arguments), as a verb whose span ends in the name does
    ('summoned the ambassador X')."""
    people = [m.span for m in mentions if m.span.label == "person"]
    return any(m.start <= pos < m.end for m in people) and (last is None or any(m.start <= last < m.end for m in people))


def sentence_before(article: Article, sent: Span) -> str:
    """(acts60) The text of the sentence before `sent` in its language, where the noun a pronoun object stands for may
    be named ('X signed a pact with Y. On Monday X froze it'); empty for the first sentence."""
    k = bisect_left(article.sentences, sent.start, key=attrgetter("start"))
    prev = article.sentences[k - 1] if 0 < k <= len(article.sentences) else None
    return article.text[prev.start:prev.end] if prev is not None and prev.label == sent.label else ""
