"""English act triggers: every PLOVER act a sentence states, read from `lexicon/en_acts.yaml`.

Why a dictionary walk and not regular expressions: the lexicon has thousands of entries (PETRARCH2's
CAMEO verbs and patterns plus readout's own), and one regex per entry would cost thousands of scans
per sentence. Here the sentence is tokenized once; each word is looked up once in a dict of first
words; only the few entries that start there check what must follow them (the rest of a multi-word
form, a particle, an object head within a few words). The clause around a hit (negation, modality,
passive voice, a pledge's complement) is read from closed word lists in the same file, by `act_clause`;
the readers after the walk (frames, context, targets) live in `act_frames`, `act_context`, `act_targets`.

The finder does not decide who acts on whom: it says where the receiving side stands (`target`) and
leaves the sides to the clause reader.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.base.records import to_winner
from readout.lang.en.act_possible_deeds import reported_possibility
from readout.lang.en.act_background import characterized_complement, habitual
from readout.lang.en.act_insisted import insisted_requests
from readout.lang.en.act_allegations import evidence_allegations
from readout.lang.en.act_characterize import characterizations, within_predicates
from readout.lang.en.act_remorse import own_deed_regrets, stated_remorse
from readout.lang.en.act_ruled_out import ruled_out
from readout.lang.en.act_agenda_items import agenda_items
from readout.lang.en.act_denied_seizures import denied_seizures
from readout.lang.en.act_locatives import located_people
from readout.lang.en.act_clause import OBJECT_REST, read_clause
from readout.lang.en.act_dissenters import dissenting_members
from readout.lang.en.act_voiding_laws import voiding_laws
from readout.lang.en.act_context import (aimed_launch, any_instance, reduced_relative, attack_victims, condition_tokens,
                                         courtesy_call, describing_noun, event_subject, predicate_noun,
                                         diplomatic_protest, earlier_in_relative, gathered_protests, launched_attacks,
                                         merely_possible, prediction, protest_purposes, received_protesters,
                                         show_of_force, unagented_judgment, with_background, with_domestic_targets)
from readout.lang.en.act_deadlines import departure_deadlines
from readout.lang.en.act_frames import (aid_mode, alleged_content, assault_mode, commands, demanded_content,
                                        fronted_rejections, plover_reading, rejected_proposals, resolve_frames,
                                        threat_modes)
from readout.lang.en.act_obligations import deontic_requests
from readout.lang.en.act_sighted_forces import forces_only, sighted_forces
from readout.lang.en.act_conditional import conditional_threats
from readout.lang.en.act_responses import promised_responses
from readout.lang.en.act_stances import stance_topics
from readout.lang.en.act_deterrent_warnings import deterrent_warnings, unowned_deterrents
from readout.lang.en.act_destinations import destined_deployments
from readout.lang.en.act_quoted_verdicts import quoted_verdicts
from readout.lang.en.act_consequences import consequence_threats, spoken_after
from readout.lang.en.act_hopes import hoped_requests
from readout.lang.en.act_matcher import Candidate, Cues, Matcher, matcher
from readout.lang.en.act_modes import considered_measures, request_modes
from readout.lang.en.act_addressees import collective_addressees, collective_supported, release_demands
from readout.lang.en.act_charges import without_charged_means
from readout.lang.en.act_granted import granted_sums, unaided_sums
from readout.lang.en.act_feelings import unaddressed_feelings
from readout.lang.en.act_referred import referred_deeds, verdict_victims
from readout.lang.en.act_vowed_responses import vowed_responses
from readout.lang.en.act_series_history import series_history
from readout.lang.en.act_expected_deeds import expected_deeds
from readout.lang.en.act_regarded_deeds import conditioned_deeds, regarded_threats
from readout.lang.en.act_member_appeals import member_appeals
from readout.lang.en.act_open_appeals import open_appeals, pair_appeals
from readout.lang.en.act_channels import aid_channels
from readout.lang.en.act_judged_votes import judged_votes
from readout.lang.en.act_unanswered import unanswered_threats
from readout.lang.en.act_threats import addressed_warnings, called_warnings, hedged_arming, stated_threats
from readout.lang.en.act_wanted import wanted_contributors
from readout.lang.en.act_weighed import weighed_offers
from readout.lang.en.act_continued import continued_support
from readout.lang.en.act_accord_terms import accord_terms
from readout.lang.en.act_body_addressees import body_addressees
from readout.lang.en.act_met_with import met_with_responses
from readout.lang.en.act_coordinated import shared_infinitives
from readout.lang.en.act_paired_condemnation import paired_condemnations
from readout.lang.en.act_examples import asked_examples
from readout.lang.en.act_series import negated_series
from readout.lang.en.act_definite import referring_deeds
from readout.lang.en.act_interceptions import intercepted_munitions
from readout.lang.en.act_judged import judged_deeds
from readout.lang.en.act_casualties import unagented_casualties
from readout.lang.en.act_drills import drill_compounds, posture_participles, reaction_forces, rehearsed_deeds, warning_fire
from readout.lang.en.act_failed_outcomes import called_off
from readout.lang.en.act_figures import figurative_force
from readout.lang.en.act_origins import agent_origins
from readout.lang.en.act_ordered_measures import ordered_measures
from readout.lang.en.act_retaliation_means import retaliation_means
from readout.lang.en.act_antecedents import pronoun_antecedents
from readout.lang.en.act_advisories import own_people_advisories
from readout.lang.en.act_vehicles import conveyed_disapproval, statement_vehicles
from readout.lang.en.act_standing import standing_relatives
from readout.lang.en.act_cited import after_citing, cited_nouns
from readout.lang.en.act_attendance import attendances
from readout.lang.en.act_installations import installations
from readout.lang.en.act_exercises import exercise_marks
from readout.lang.en.act_sought import unperformed_acts
from readout.lang.en.act_separate import separate_agreements
from readout.lang.en.act_trade_curbs import trade_curbs
from readout.lang.en.act_speakers import participles_after_frame, timed_participles, unnamed_voices
from readout.lang.en.act_owners import plural_owners
from readout.lang.en.act_protested import protested_deeds
from readout.lang.en.act_enacted import enacted_texts
from readout.lang.en.act_joints import clipped_at_joints
from readout.lang.en.act_measure_threats import measure_objects
from readout.lang.en.act_accepted import accepted_proposals
from readout.lang.en.act_convened import refused_sessions
from readout.lang.en.act_draft_contents import refused_draft_contents
from readout.lang.en.act_sponsors import vetoed_drafts
from readout.lang.en.act_vote_lists import listed_votes
from readout.lang.en.act_ceremonies import ceremonial_welcomes
from readout.lang.en.act_reproaches import reproached_refusals
from readout.lang.en.act_welcomed import welcomed_deeds
from readout.lang.en.act_summons import embassy_summons
from readout.lang.en.act_passives import passive_patients
from readout.lang.en.act_weapon_agents import agent_instruments, under_attack, weapon_agent_reading
from readout.lang.en.act_punishment_warnings import punishment_warnings
from readout.lang.en.act_quotes import quoted_self_acts
from readout.lang.en.act_purposes import assisting_forces, forces_sent_to_strike, hedged_threats
from readout.lang.en.act_answers import unaddressed_appeals
from readout.lang.en.act_outbreaks import broken_out
from readout.lang.en.act_noun_agents import received_aid, with_nominal_agents
from readout.lang.en.act_targets import opposed_measures, pledged_targets, with_target_phrases
from readout.lang.en.act_tokens import Token, tokenize
from readout.lang.en.agents import ARMED_SECTORS
from readout.lang.en.act_warned_subjects import condition_aims, warned_subjects
from readout.lang.en.act_violators import accord_violators
from readout.lang.en.act_window import (adjectival_participle, after_determiner, appositive_end, is_determiner, match_at,
                                        modified_noun, previous_word, reported_frame_end, skip_adverbs)
from readout.lang.en.act_withheld_cooperation import withheld_cooperation
from readout.lang.en.act_refused_meetings import refused_meetings
from readout.lang.en.act_request_frames import request_frames

__all__ = ["Cues", "Token", "find_acts", "matcher", "tokenize"]  # what other readers import from here


def find_acts(text: str) -> list[ActHit]:
    """Every act trigger in one English sentence, in order, with offsets relative to `text`.

    `data` holds what the clause reader may need (token indices are into `outside_brackets(tokenize(text))`):
    `token`, `head_end` (last token of the verb with its particle), `end_token` (last token of the
    whole match); `object`, `object_token`, `object_end` (a required object, its first token and
    the offset where it ends); `passive`, `by` (offset of the agent after "by"); `modality`
    (intent | hypothetical | deontic | infinitive | governed); `stated_type` (the lexicon's type
    when the manual's reading changed it: a future cooperative act or retreat is AGREE, a future
    hostile act THREATEN, a negated acceptance REJECT); `complement` (offset of the act a pledge,
    threat or refusal governs); `threatened` (the type a pledge threatens);
    `refused` (the act sits under "refused to"); `deontic` (a REQUEST read from "must")."""
    m = matcher()
    toks = without_time_adverbials(outside_brackets(tokenize(text), m.by_word), m.by_word, m.cues)
    hits, index_of = walk(toks, m)
    hits = [aimed_launch(toks, show_of_force(toks, plover_reading(toks, assault_mode(toks, aid_mode(toks, h, m.cues),
                                                                                    m.cues), m.cues), m.cues),
                         m.cues) for h in resolve_frames(toks, hits, index_of, m.cues)]
    hits = denied_seizures(toks, hits, m.cues)  # shelve53: 'no state can annex another': the claim refused
    hits = agenda_items(hits, m.cues)  # shelve53: 'would not put X on the agenda': REJECT; 'put X on it': no act
    hits = refused_meetings(toks, hits, m.cues)  # encoord49: 'said it would not hold talks with X': REJECT meet
    hits = withheld_cooperation(toks, hits, m.cues)  # threats49: 'warned it would not sign deals with X': relations
    hits = voiding_laws(toks, hits, m.cues)  # reject50: 'signed a law nullifying the agreement': REJECT, no AGREE
    hits = dissenting_members(toks, hits, m.cues)  # reject50: ', with X and Y opposed': no act, no recipient
    hits = fronted_rejections(toks, hits, m.cues)  # '..., an account X rejected': the teller receives it
    hits = attendances(toks, hits, m.cues)  # precision48: 'would take part in a summit': no AGREE
    hits = installations(toks, hits, m.cues)  # congrats50: 'swore in a new command': an inauguration, no pledge
    hits = to_winner(hits, m.cues.winner_lemmas)  # congrats50: 'congratulated the winner': the election's state
    hits = exercise_marks(toks, hits, m.cues)  # precision48: 'joint exercises': a drill when one state holds it
    hits = forces_only(toks, hits, m.cues)  # 'warplanes pounded X': force; 'critics hammered X': none (en32)
    hits = commands(departure_deadlines(hits, toks, m.cues), toks, m.cues)  # 'gave X 72 hours to leave': an order
    hits = rejected_proposals(toks, sighted_forces(toks, request_modes(hits, toks, m.cues), m.cues), m.cues)
    hits = hedged_threats(toks, threat_modes(considered_measures(launched_attacks(hits), toks, m.cues), toks, m.cues),
                          m.cues)
    hits = hedged_arming(toks, hits, m.cues)  # threaten38: 'would not rule out supplying weapons to Z': a threat
    hits = [h for h in hits if not h.data.get("open_outcome") or h.type == "THREATEN"]  # hypo45: 'watching whether'
    hits = ruled_out(toks, hits, m.cues)  # 'said lifting the sanctions on X was out of the question': the speaker refuses
    hits = demanded_content([h for h in hits if not alleged_content(toks, h, hits, m.cues)], toks, m.cues)
    requests = deontic_requests(toks, hits, m.cues) + characterizations(toks, hits, m.cues) \
        + quoted_self_acts(toks, hoped_requests(toks, hits, m.cues), m.cues) \
        + consequence_threats(toks, hits, m.cues) \
        + insisted_requests(toks, hits, m.base_forms, m.cues)  # 'insisted that X withdraw': a demand in the subjunctive
    hits = within_predicates(hits, requests)  # accuse50: 'said X had declared war on its own people': no war
    requests += evidence_allegations(toks, hits + requests, m.cues)  # acts47: 'said intelligence showed X had sent troops'
    requests += quoted_verdicts(toks, hits, m.cues)  # en-acts45: '"This is a provocation," X said of Y's launch'
    requests = spoken_after(toks, requests, m.cues)  # '"X must ...," Y said': Y asks X
    requests = unanswered_threats(toks, requests, m.cues)  # 'X should understand that such steps will not go unanswered'
    requests += stated_threats(toks, hits, m.cues)  # threaten38: 'any attack will meet a swift response', 'would respond
    # firmly to any act', 'would become legitimate targets': threats with no verb of threatening
    requests += regarded_threats(toks, hits, m.cues)  # modal46: 'said any X deed would be regarded as a hostile act'
    requests += called_warnings(toks, hits, m.cues)  # threaten38: 'calling the drills a stern warning to X': X warned
    # '"We condemn X," Y said': Y's side condemns; 'the aid was delivered': no second act; 'through UNICEF': a channel
    hits = aid_channels(toks, passive_patients(toks, quoted_self_acts(toks, hits, m.cues), m.cues), m.cues)
    hits = agent_instruments(toks, under_attack(toks, hits, m.cues))  # 'was hit by artillery fire', 'came under attack'
    hits = drill_compounds(toks, hits, m.cues)  # 'a precision bombing drill': a show of force, no bombing
    hits = rehearsed_deeds(toks, hits, m.cues)  # precision49: 'an exercise that simulated strikes': a scenario
    hits = figurative_force(toks, hits, m.cues)  # 'waving flags and beating drums': no blow
    hits = stated_remorse(toks, own_deed_regrets(toks, hits, m.cues), m.cues)  # acts47: 'regret over its soldiers'
    # killing', 'was heartbroken that many had endured': remorse, CONCEDE
    hits = called_off(toks, hits, m.cues)  # outcomes47: 'the signing of the pact was called off': no AGREE
    hits = deterrent_warnings(toks, hits, m.cues)  # threats49: 'would not allow anyone to threaten X'
    if not hits and not requests:
        return []  # half of all sentences: the readers below only filter and mark the hits found
    asked = {r.data["complement"] for r in requests if "complement" in r.data} \
        | {c for r in requests for c in r.data.get("content_starts", ())}  # what a reported "must" asks is
    # the request's content, what a reported wrongdoing names is the accusation's ("said X was violating")
    conditional = condition_tokens(toks, m.cues)
    named = characterized_complement(toks, hits, m.cues)  # "branding them a rehearsal for an invasion": words, no act
    own = {id(r) for r in requests}  # a reader's hit may start where its own complement does ('"X will pay," Y said')
    hits = [h for h in hits + requests if (h.start not in asked or id(h) in own) and not merely_possible(h) and not any_instance(toks, h, m.cues)
            and not reduced_relative(toks, h, hits, m.base_forms, m.cues)
            and not unagented_judgment(toks, h, m.base_forms, m.cues) and not courtesy_call(toks, h, m.cues)
            and h.data["token"] not in conditional and not earlier_in_relative(toks, h, m.cues)
            and not describing_noun(toks, h, m.cues) and not predicate_noun(toks, h, m.cues) and not prediction(toks, h, m.cues)
            and not reported_possibility(toks, h, m.cues)
            and not event_subject(toks, h, m.cues)
            and not habitual(toks, h, m.cues) and h.data["token"] not in named]
    hits = body_addressees(toks, marked(text, toks, hits, m), m.cues)  # council45: 'demanded that the council set'
    hits = request_frames(toks, hits, m.cues)  # appeals50: 'met at X's request', 'wrote to B asking for': B asked
    return with_conditions(toks, hits, conditional, m.cues)


def walk(toks: list[Token], m: Matcher) -> tuple[list[ActHit], dict[int, int]]:
    """The act triggers of one sentence's tokens, in order, each read in its clause (`read_clause`), and the hit's
    index by its first token. Why one walk: a trigger read claims its object and the words before it, so the next
    trigger is looked for only past them ("expressed grave concern": one act, not two)."""
    hits: list[ActHit] = []
    index_of: dict[int, int] = {}  # token -> index in hits
    heads: dict[int, str] = {}  # tokens of the triggers read so far (verb, form, particle) -> type
    noun_heads: set[int] = set()  # those of noun triggers ("Protesters demanded": a subject, governing nothing)
    objects: set[int] = set()  # required objects are part of their verb's trigger, not triggers
    inside: dict[int, str] = {}  # words between a verb and its object: no second hit of its type
    sent_ends: set[int] = set()  # last tokens of the objects of sending acts ("sent troops"): goods may follow
    # the tokens that start some entry, found in one pass: the walk jumps from one to the next (most words
    # start none, and each used to cost a turn of this loop)
    by_word = m.by_word
    starts = [k for k, t in enumerate(toks) if t.word and t.low in by_word]
    starts.append(len(toks))
    i = starts[0]
    while i < len(toks):
        cands = by_word.get(toks[i].low) if i not in objects else None
        if cands and i in inside:
            cands = tuple(c for c in cands if c.entry.type != inside[i])  # "expressed grave concern"
        if cands and i - 2 in sent_ends and toks[i - 1].low in ("and", "or"):
            cands = tuple(c for c in cands if not sent_goods(toks, i, c, m.cues))  # "sent troops and shells": goods
        elif cands and inside.get(i) in SENDING_TYPES:
            # "sent artillery shells to X": the object's own head read as a verb is goods; a noun stays an act
            # ("launched a missile attack on X")
            cands = tuple(c for c in cands if c.entry.pos == "noun" or not sent_goods(toks, i, c, m.cues)
                          or not sent_onward(toks, i))  # 'launched drone strikes on X': the strikes are the act
        if cands and adjectival_participle(toks, i, m.cues):
            cands = tuple(c for c in cands if c.entry.pos == "noun")  # 'the ruling party', 'a promising sign'
        if cands and toks[i].low in m.base_forms and not toks[i].low.endswith("ing") \
                and (after_determiner(toks, i, m.cues) or after_saying(toks, i, m.cues) or after_existential(toks, i, m.cues)
                     or after_citing(toks, i, m.cues) or owned_object(toks, i, heads)
                     or i > 0 and toks[i - 1].low in m.cues.act_adjectives or i == 0):
            # "the attack", "reported sanctions", "new sanctions", "Aid to X ...": a noun (news opens with
            # no imperative)
            cands = tuple(c for c in cands if c.entry.pos == "noun")
        elif cands and toks[i].low in m.base_forms and modified_noun(toks, i, m.cues) \
                and (i - 2 in heads or i - 2 in objects or any(c.entry.pos == "noun" for c in cands)):
            # "in reconstruction aid": a noun; "asked for financial support": the object of the act just read
            cands = tuple(c for c in cands if c.entry.pos == "noun")
        elif cands and toks[i].low in m.base_forms and (after_auxiliary(toks, i, m.cues)
                                                        or after_personal_subject(toks, i, m.cues)):
            cands = tuple(c for c in cands if c.entry.pos != "noun") or cands  # "did not call for", "will call for"
        hit = match_at(toks, i, cands, m.cues) if cands else None
        read_at = cands  # the readings before those the checks below rule out
        while hit and (agent_taken_for_object(toks, i, hit, m.cues) or capitalized_object(toks, hit, m.cues)
                       or unmet_criticism(toks, hit, m.cues)
                       or object_past_a_verb(toks, hit, m.cues) or object_past_a_name(toks, hit, m.cues)):
            cands = tuple(c for c in cands if c is not hit[0])
            hit = match_at(toks, i, cands, m.cues) if cands else None
        if hit:
            hit = criticism_reading(toks, tied_reading(toks, i, hit, cands, m.cues), cands, m.cues)
        elif read_at:
            hit = weapon_subject_reading(toks, i, read_at, m.cues) \
                or weapon_agent_reading(toks, i, read_at, m.cues)  # "X was hit by a Russian drone"
        act = read_clause(toks, i, hit[2], hit[0],
                          dict(hit[3], head_end=hit[1], heads=heads, noun_heads=noun_heads), m) if hit else None
        if act is None:  # no trigger, or a word the clause shows is no act: its object is free
            i = starts[bisect_left(starts, i + 1)]
            continue
        cand, head_end, end_tok, data = hit
        if not act.mode and "object_token" in data:
            act = object_mode(act, toks, data["object_token"], end_tok, by_word)
        elif not act.mode and "passive_object_token" in data:  # "Food aid was sent to X": the subject's mode
            first = data["passive_object_token"]
            act = object_mode(act, toks, first, first + len(data["object"].split()) - 1, by_word)
        index_of[i] = len(hits)
        hits.append(act)
        heads.update((k, act.type) for k in range(i, head_end + 1))
        if act.nominal:
            noun_heads.update(range(i, head_end + 1))
        if "object_token" in data:
            objects.update(range(data["object_token"], end_tok + 1))
            inside.update((k, act.type) for k in range(head_end + 1, data["object_token"]))
            inside.update((k, act.type) for k in object_rest(toks, end_tok, m.cues))
            if act.type in SENDING_TYPES:
                sent_ends.add(end_tok)
        i = starts[bisect_left(starts, head_end + 1)]
    return hits, index_of


def marked(text: str, toks: list[Token], hits: list[ActHit], m: Matcher) -> list[ActHit]:
    """The passes after the filter of non-acts: each reads one class of sentence and marks, re-aims, splits or drops
    the hits it concerns (the comment on each names the class). Why a chain: the classes are independent and each
    pass is a few lines of its own module; their order only matters where a comment says so."""
    hits = gathered_protests(toks, protest_purposes(toks, sorted(hits, key=lambda h: h.start), m.cues), m.cues)
    hits = broken_out(toks, hits, m.cues)  # coerce52: 'Protests erupted in X': held there, no background noun
    hits = [h for h in with_domestic_targets(toks, sorted(hits, key=lambda h: h.start), m.cues) if not unarmed_mobilizing(h)]
    hits = judged_votes(toks, hits, m.cues)  # charges50: 'says the election was illegitimate': a vote held at home
    hits = unowned_deterrents(hits)  # threats49: 'would not let other nations attack its borders': no people of its own
    hits = without_charged_means(toks, hits, m.cues)  # 'accused X of ... by sending troops': part of the charge
    hits = unaddressed_appeals(toks, with_nominal_agents(toks, with_target_phrases(toks, received_aid(toks, hits, m.cues),
                                                                                  m.cues), m.cues), m.cues)
    hits = clipped_at_joints(text, hits)  # enclause50: 'sanctions on Russia and China condemned': China's own clause
    hits = measure_objects(hits)  # enclause50: 'threatened steep tariffs': the measure threatened, not whom
    hits = located_people(toks, hits, m.cues)  # 'Gunmen kidnapped two Turkish engineers in Nigeria': the place, no object
    hits = posture_participles(toks, hits, m.cues)  # drills42: 'drills encircling X' encircle no one by force
    hits = reaction_forces(hits, m.cues)  # drills42: 'Y scrambled jets' answers the show of force told before it
    hits = warning_fire(hits, m.cues)  # 'fired warning shots after X crossed': a show of force aimed at X
    hits = addressed_warnings(toks, hits, m.cues)  # threaten38: 'urged X to ..., warning that': X is warned
    hits = forces_sent_to_strike(toks, hits, m.cues)  # clash49: 'sent jets to bomb X': the bombing, no aid to X
    hits = punishment_warnings(toks, hits, m.cues)  # threats49: 'warned that looters would be punished'
    hits = agent_origins(toks, assisting_forces(toks, opposed_measures(toks, hits, m.cues), m.cues), m.cues)  # 'a bomber
    # from the X-based group': the group attacks
    hits = pronoun_antecedents(toks, hits, m.cues)  # 'X, which on Friday fired', ', but it tested': X acts
    hits = attack_victims(toks, received_protesters(hits), m.cues)
    hits = with_background(toks, [diplomatic_protest(text, toks, h, m.cues) for h in hits], m.cues)
    hits = series_history(toks, hits, m.cues)  # modal46: 'after X's second missile test': history, no event
    hits = collective_supported(toks, collective_addressees(toks, hits, m.cues), m.cues)  # 'stood with its allies'
    hits = release_demands(toks, hits, m.cues)  # 'urged its partners to': no
    # state asked by name; 'demanded the boat's release': the holder is asked
    hits = pair_appeals(toks, open_appeals(toks, hits, m.cues), m.cues)  # 'called on all parties to': made, though no state
    # is asked by name; 'urged both sides to': the pair
    hits = member_appeals(toks, hits, m.cues)  # 'told a session of X ... called on all member states': X is asked
    hits = unaddressed_feelings(toks, hits, m.cues)  # 'expressed "deep regret"': answers the acts just reported
    hits = referred_deeds(toks, hits, m.cues)  # refer42: 'protested the seizure', 'regret over the veto': its doer
    hits = verdict_victims(toks, hits, m.cues)  # refer42: 'condemned the strikes as "a violation of X's sovereignty"'
    hits = vowed_responses(toks, hits, m.cues)  # refer42: 'vowed that X would respond': a threat at most, no AGREE
    hits = plural_owners(toks, hits, m.cues)  # 'A and B began their drills': both own them
    hits = protested_deeds(toks, hits, m.cues)  # 'rejected B's complaint over a strike': the rejecter's strike
    hits = enacted_texts(toks, hits, m.cues)  # 'passed a resolution condemning X': the vote agrees with no one
    hits = accepted_proposals(toks, hits, m.cues)  # 'accepted Chile's invitation': Chile receives the AGREE
    hits = reproached_refusals(toks, hits, m.cues)  # 'said X could not even accept': ACCUSE of X, no REJECT
    hits = refused_draft_contents(toks, hits, m.cues)  # votes46: 'vetoed a draft that would have extended X': no act
    hits = listed_votes(toks, hits, m.cues)  # votes46: 'A voted against and B abstained': A's vote, B no side of it
    hits = refused_sessions(toks, hits, m.cues)  # votes46: 'rejected the meeting': the body that convened it
    hits = vetoed_drafts(toks, hits, m.cues)  # 'vetoed a draft drafted by C', 'veto C's resolution': C is refused
    hits = ceremonial_welcomes(toks, hits, m.cues)  # 'welcomed X at a welcoming ceremony': a courtesy, no SUPPORT
    hits = welcomed_deeds(toks, hits, m.cues)  # en41: 'welcomed the move': the doer of the deed told receives it
    hits = embassy_summons(toks, hits, m.cues)  # 'summoned an official of the X Embassy': X is protested to
    hits = wanted_contributors(toks, hits, m.cues)  # 'called for more Japanese investment': Japan is asked
    hits = conveyed_disapproval(statement_vehicles(toks, hits, m.cues), m.cues)  # 'in a joint statement': no AGREE;
    # 'conveyed its concerns': to the offender just reported
    hits = standing_relatives(toks, hits, m.cues)  # 'X, which backs Y, denied': a standing state, no act
    hits = cited_nouns(toks, hits, m.cues)  # precision48: 'citing threats to X': the grounds, no act
    hits = timed_participles(toks, hits)  # 'freed it, four days after seizing it': the main subject's act
    hits = unnamed_voices(toks, participles_after_frame(toks, hits, m.cues), m.cues)  # '"...," the spokesman said,
    # urging X': the speaker's acts; a speaker of no named state is the voice of the story (unnamed_voices)
    hits = granted_sums(toks, pledged_targets(toks, unaided_sums(toks, hits, m.cues)), m.cues)  # 'agreed to give X $20 million': the grant
    # is made (AID)
    hits = weighed_offers(toks, hits, m.cues)  # prec21: 'would consider additional support': an option, no pledge
    hits = unagented_casualties(toks, hits, m.cues)  # prec21: 'nine people were killed': a count, no attacker named
    hits = own_people_advisories(toks, hits, m.cues)  # prec21: 'urged its nationals in X to': no request to X
    hits = met_with_responses(toks, hits)  # prec22: 'any attack would be met with force': a reception, no meeting
    hits = shared_infinitives(toks, hits)  # prec22: 'urged X to agree to A and guarantee B': both asked
    hits = paired_condemnations(toks, hits, m.cues)  # en44: 'opposes and condemns X': one ACCUSE, no REJECT
    hits = asked_examples(toks, hits)  # fp23: 'urged X to take steps, including easing sanctions': asked
    hits = judged_deeds(toks, hits)  # fp23: 'welcomed the signing of the accord': the judge signed nothing
    hits = negated_series(toks, hits, m.cues)  # precision49: 'did not condemn or sanction X': neither done
    hits = referring_deeds(toks, hits, m.cues)  # precision49: 'called the attack unacceptable': the attack told
    hits = intercepted_munitions(toks, hits, m.cues)  # precision49: 'the missiles were shot down': air defence
    hits = unperformed_acts(toks, hits, m.cues)  # en37: 'to win support for', 'hoped X would', 'remained committed'
    hits = trade_curbs(toks, hits, m.cues)  # en37: 'tightened controls on exports to X': SANCTION X
    hits = ordered_measures(toks, hits, m.cues)  # threats49: 'ordered his minister to impose tariffs': a threat
    hits = retaliation_means(toks, hits, m.cues)  # threats49: 'vowed to retaliate with tariffs': restrict
    hits = separate_agreements(toks, hits, m.cues)  # ko-acts35: 'separate accords with A and B': one per pair
    hits = promised_responses(hits, m.cues)  # en-acts45: 'responded firmly': no threat told as done
    hits = stance_topics(toks, hits, m.cues)  # en-acts45: 'its stance on supplying arms': a topic, no act
    hits = destined_deployments(toks, hits, m.cues)  # en-acts45: 'will send troops to X': a move, no threat
    hits = continued_support(toks, hits, m.cues)  # dates40: 'would continue to support X': support going on
    hits = accord_terms(text, toks, hits, m.cues)  # dates40: 'Under Sunday's agreement, A will accept B's team'
    hits = expected_deeds(toks, hits, m.cues)  # modal46: 'X expects B to send troops': B's deed, not X's
    hits = conditioned_deeds(toks, hits, m.cues)  # modal46: 'any X deed would be regarded as a hostile act': not done
    hits = warned_subjects(toks, hits, m.cues)  # refs39: 'warned that Y would make a mistake if it armed Z': Y warned
    hits = accord_violators(toks, hits, m.cues)  # en48: 'any party that violated it would face': its parties
    return hits


MOBILIZING_SECTORS = ARMED_SECTORS | {"COP", "SPY"}  # who can move forces: militaries, armed groups, police, services


def unarmed_mobilizing(hit: ActHit) -> bool:
    """"Protesters massed outside parliament": a people noun of no armed sector as the subject of a MOBILIZE
    word gathers a crowd, not forces (the manual: MOBILIZE is military or police moves by militaries or organized
    armed groups; mobilizing supporters to demonstrate is PROTEST). "Fighters massed near the border" mobilize."""
    sector = hit.data.get("people_subject")
    return hit.type == "MOBILIZE" and bool(sector) and sector not in MOBILIZING_SECTORS


def with_conditions(toks: list[Token], hits: list[ActHit], conditional: set[int], cues: Cues) -> list[ActHit]:
    """"Should Ecuador refuse, Peru would close the border": the character spans of the sentence's condition
    clauses (opener to closing comma) go with each act (`data["conditions"]`), so that a name inside one (the
    party the condition is about) is never taken for the subject of the act the condition governs, and the
    roles are read as if it were not there ("Peru said that, should X refuse, it would": Peru says it;
    pipeline/act_build.build_act). A threat's condition names whom it is aimed at ("should Ecuador refuse, Peru
    would close the border": at Ecuador), after any target of its own; a future hostile act a condition governs is
    that threat, made now (act_conditional)."""
    if not conditional or not hits:
        return hits
    spans: list[tuple[int, int]] = []  # from the opener to the comma that closes the clause, when one does
    for k in sorted(conditional):
        end = toks[k + 1].end if k + 1 < len(toks) and toks[k + 1].low == "," else toks[k].end
        if spans and k - 1 in conditional:
            spans[-1] = (spans[-1][0], end)
        else:
            opener = k - 1 if k > 0 else k
            if opener > 0 and toks[opener - 1].low == ",":  # 'X said that, if Y refused, it would': the aside's
                opener -= 1  # commas go with it, so 'X said that it would' is read (X acts)
            spans.append((toks[opener].start, end))
    hits = conditional_threats(toks, hits, conditional, spans, cues)  # 'said it would impose sanctions if ...'
    return [replace(h, data={**h.data, "conditions": [*h.data.get("conditions", ()), *spans],
                             **({"target_spans": (*h.data.get("target_spans", ()), *condition_aims(toks, spans, cues))}
                                if h.type == "THREATEN" and h.data["token"] not in conditional else {})})
            for h in hits]


BRACKET_WORDS = 6  # tokens a qualifier in brackets may hold ('(Colombia)', '(DP)', '(local time)')


def outside_brackets(toks: list[Token], act_words) -> list[Token]:
    """The tokens without the short brackets that qualify the word before them ("Hamas (Palestine)
    condemned", "demanded that Uganda (Kampala) withdraw"): a qualifier is part of the name's phrase,
    and its punctuation would end the subject, the object window or a "that" clause. A bracket that
    holds an act word is an aside with an act of its own and stays. Offsets are kept."""
    if not any(t.raw == "(" for t in toks):
        return toks
    out: list[Token] = []
    k = 0
    while k < len(toks):
        close = next((j for j in range(k + 1, min(len(toks), k + BRACKET_WORDS + 2)) if toks[j].raw in "()"), None) \
            if toks[k].raw == "(" else None
        if close is not None and toks[close].raw == ")" and close > k + 1 \
                and not any(toks[j].low in act_words for j in range(k + 1, close)):
            k = close + 1
            continue
        out.append(toks[k])
        k += 1
    return out


def without_time_adverbials(toks: list[Token], act_words, cues: Cues) -> list[Token]:
    """The tokens without a time adverbial that stands between a word starting an act entry and the
    verb's complement ("vowed on Sunday to retaliate", "called on Monday for restraint", "threatened last
    week to close", "warned on March 3 that"): the date reader dates the act from the full text, and the
    adverbial would otherwise stand where the entry's "to", "for" or "that" is read. Offsets are kept."""
    drop: set[int] = set()
    for k in range(len(toks) - 2):
        if toks[k].low in act_words:
            for start in range(k + 1, min(len(toks), k + 2 + OBJECT_BEFORE_TIME)):  # 'asked Chile on Tuesday to'
                end = time_adverbial_end(toks, start, cues)
                if end > start and end < len(toks) and toks[end].low in cues.complement_starts:
                    drop.update(range(start, end))
                    break
                if not toks[start].word or toks[start].low in cues.complement_starts:
                    break  # the adverbial may follow the verb's object, never a comma or another complement
    return [t for k, t in enumerate(toks) if k not in drop] if drop else toks


OBJECT_BEFORE_TIME = 4  # words of an object between an act word and a time adverbial ('pressed the Chilean government
# on Monday to'): the adverbial stands where the entry reads its 'to'


def time_adverbial_end(toks: list[Token], j: int, cues: Cues) -> int:
    """Where a time adverbial starting at `j` ends (`j` itself when none starts there): an optional "on",
    then a day word with an optional part of the day ("on Tuesday morning"), a month and its day ("on
    March 3"), or an opener and a unit ("last week", "earlier this month")."""
    n = len(toks)
    k = j + 1 if j < n and toks[j].low == "on" else j
    if k < n and toks[k].low in cues.date_words:
        k += 1
        if k < n and toks[k].raw.isdigit():  # 'March 3'
            k += 1
        return k + 1 if k < n and toks[k].low in cues.time_parts else k
    start = k
    while k < n and toks[k].low in cues.time_openers:
        k += 1
    return k + 1 if k > start and k < n and toks[k].low in cues.time_units else j


def agent_taken_for_object(toks: list[Token], i: int, hit: tuple, cues: Cues) -> bool:
    """"Norway was attacked by the Egyptian government", "X was exonerated by Y": in a passive the
    words after "by" are the agent, so neither an entry's particle "by" nor a required object found
    after "by" ("attack" + government: a verbal attack) belongs to the verb."""
    cand, head_end, _end, data = hit
    before = previous_word(toks, i, cues)
    if before is None or toks[before].low not in cues.be:
        return False
    if cand.particle == ("by",):
        return True
    k = data.get("object_token")
    return k is not None and any(t.low == "by" for t in toks[head_end + 1:k])


def object_mode(act: ActHit, toks: list[Token], first: int, last: int, by_word: dict) -> ActHit:
    """"launched airstrikes on X", "carried out drone strikes": a verb whose entry gives no mode and whose
    required object (with the word before it) is itself an act noun of the same type takes that noun's
    mode (its entry's)."""
    for start in (first - 1, first):
        words = tuple(t.low for t in toks[max(start, 0):last + 1])
        for c in by_word.get(words[0], ()):
            if c.entry.pos == "noun" and c.entry.type == act.type and c.entry.mode and c.rest == words[1:]:
                return replace(act, mode=c.entry.mode)
    return act


def capitalized_object(toks: list[Token], hit: tuple, cues: Cues) -> bool:
    """"held since March": a required object matched by a capitalized word that is a name here (a month,
    `capitalized_not_verbs`) is no object: the next candidate is tried."""
    k = hit[3].get("object_token")
    return k is not None and k > 0 and toks[k].raw[:1].isupper() and toks[k].low in cues.capitalized_not_verbs


def object_past_a_verb(toks: list[Token], hit: tuple, cues: Cues) -> bool:
    """"Kenya's decision to release the prisoners drew criticism": a required object found past another
    verb of the clause (a past form right after a noun, not an adjective after a determiner) belongs to
    that verb, not to the trigger."""
    k = hit[3].get("object_token")
    if k is None:
        return False
    opener = next((p for p in range(hit[1] + 1, k) if toks[p].low in cues.free_relative_openers), None)
    frame = reported_frame_end(toks, opener, cues) if opener is not None else None  # "fired what it said was"
    for j in range(max(hit[1] + 2, frame or 0), k):
        low, before = toks[j].low, toks[j - 1].low
        if toks[j].raw.islower() and (low in cues.irregular_past or low.endswith("ed")) and toks[j - 1].word \
                and low not in cues.attributive_participles \
                and not is_determiner(before, cues) and before not in cues.prepositions \
                and before not in cues.adverbs and not before.endswith("ly") and before not in cues.be:
            return True
    return False


def unmet_criticism(toks: list[Token], hit: tuple, cues: Cues) -> bool:
    """"blasts Chile over its missile test", "raps the government for delays": a headline verb of criticism
    that also names force or something else (`criticism_verbs`: "blasted positions", "hit the base") reads as
    ACCUSE only when its object is an actor and a topic follows. Decided by the object, not the verb: a
    name or an office noun, then "over"/"for" opening a topic that is no time ("over the weekend")."""
    cand, head_end, _end, _data = hit
    entry = cand.entry
    if entry.type != "ACCUSE" or cand.objects or cand.particle or entry.lemma not in cues.criticism_verbs:
        return False
    return not criticized_actor(toks, head_end + 1, cues)


def criticism_reading(toks: list[Token], hit: tuple, cands: tuple[Candidate, ...], cues: Cues) -> tuple:
    """"Rebels blast Ghana over missile test": the plain force reading of a criticism verb ("blasted rebel
    positions") whose object is an actor with a topic after it is the verb's own ACCUSE reading (the one the
    lexicon gives it with a required object: "blasted the statement"), the object now the one criticized."""
    cand, head_end, end_tok, data = hit
    entry = cand.entry
    if entry.type == "ACCUSE" or cand.objects or cand.particle or entry.lemma not in cues.criticism_verbs \
            or not criticized_actor(toks, head_end + 1, cues):
        return hit
    accuse = next((c.entry for c in cands if c.entry.type == "ACCUSE" and c.entry.lemma == entry.lemma
                   and not c.particle), None)
    if accuse is None:
        return hit
    reading = type(entry)(**{**entry.__dict__, "type": accuse.type, "mode": accuse.mode,
                             "contexts": accuse.contexts, "target": ["object"]})
    return replace(cand, entry=reading), head_end, end_tok, data


def weapon_subject_reading(toks: list[Token], i: int, cands: tuple[Candidate, ...], cues: Cues) -> tuple | None:
    """"Russian missiles hit a market in X", "rockets hit the town": a criticism verb (`criticism_verbs`) whose
    subject, right before it, is a weapon (`weapon_subjects`) is no criticism but the weapon striking: the attack
    reading of the verb's own entry, its object the target (the mode comes from the weapon, `assault_mode`)."""
    if i == 0 or toks[i - 1].low not in cues.weapon_subjects:
        return None
    entry = next((c.entry for c in cands if c.entry.lemma in cues.criticism_verbs and not c.objects
                  and not c.particle), None)
    if entry is None:
        return None
    reading = type(entry)(**{**entry.__dict__, "type": "ASSAULT", "mode": None, "contexts": ["military"],
                             "target": ["object"]})
    cand = next(c for c in cands if c.entry is entry)
    return replace(cand, entry=reading), i, i, {}


def criticized_actor(toks: list[Token], j: int, cues: Cues) -> bool:
    """Whether the words from token j are an actor's phrase (a capitalized name, or a phrase headed by an
    office noun) followed, within the object window, by a topic preposition and a topic that is no time."""
    j = skip_adverbs(toks, j, cues)
    actor = False
    for k in range(j, min(len(toks), j + cues.window + 2)):
        t = toks[k]
        if not t.word or t.low in cues.clause_breaks or t.low in cues.object_stops:
            return False
        if k > j and t.low in cues.prepositions:
            if t.low not in cues.criticism_topics or not actor:
                return False
            after = [u.low for u in toks[k + 1:k + 4] if u.word and u.low not in cues.determiners]
            return bool(after) and after[0] not in cues.criticism_non_topics \
                and after[0] not in cues.date_words and not after[0][:1].isdigit()
        actor = actor or t.raw[:1].isupper() and t.low not in cues.date_words or t.low in cues.office_nouns \
            or t.low in cues.criticism_bodies
    return False


INSTRUMENT = frozenset({"of", "with"})  # "hit X with sanctions": the object word after the name is what X is hit with


def object_past_a_name(toks: list[Token], hit: tuple, cues: Cues) -> bool:
    """"slams Chile over border closure", "criticized Chile for its border policy": a name right after the verb
    is its object, and a required object word found past it and a preposition ("over", "for") names the
    topic of the act, not what the verb acts on (CAMEO's "slam" + border: closing it); after "with" it is
    the instrument ("hit X with new sanctions"), which the entry names. Entries with a particle read on."""
    cand, head_end, _end, data = hit
    k = data.get("object_token")
    j = skip_adverbs(toks, head_end + 1, cues)
    if k is None or cand.particle or j >= k or not toks[j].raw[:1].isupper() or toks[j + 1].raw[:1].isdigit():
        return False  # 'provided US$5 million in aid': a currency's letters before its amount name no one
    if toks[j + 1].low == "," and appositive_end(toks, j + 1, cues) == k - 1:
        return False  # 'asked Chile, the biggest producer in the region, to': the appositive's own preposition
    return any(toks[p].low in cues.prepositions and toks[p].low not in INSTRUMENT for p in range(j + 1, k))


def tied_reading(toks: list[Token], i: int, hit: tuple, cands: tuple[Candidate, ...], cues: Cues) -> tuple:
    """Among readings as specific as the one matched, the one the words after the verb choose: an object
    phrase that starts earlier and ends on the same word ("fired warning shots": the warning, not the
    shots), else the entry whose target preposition follows the match ("expressed regret to X": an
    apology, CONCEDE; "expressed regret over X's decision": a disapproval, ACCUSE)."""
    cand, head_end, end_tok, data = hit
    tied = [c for c in cands if c is not cand and c.specificity == cand.specificity]
    if not tied:
        return hit
    k = data.get("object_token")
    if k is not None:
        for c in tied:
            if c.objects and any(toks[j].low in c.objects for j in range(max(k - OBJECT_REST, head_end + 1), k)):
                other = match_at(toks, i, (c,), cues)
                if other and other[2] == end_tok and other[3].get("object_token", k) < k:
                    return other
    nxt = end_tok + 1
    prep = toks[nxt].low if nxt < len(toks) else ""
    if (prep in cues.prepositions or prep in cues.infinitive) and prep not in cand.entry.target:
        for c in tied:
            if prep in c.entry.target:
                other = match_at(toks, i, (c,), cues)
                if other and other[2] == end_tok:
                    return other
    return hit


def after_auxiliary(toks: list[Token], i: int, cues: Cues) -> bool:
    """"did not call for", "will call for", "could call for": a bare form right after a negation, a modal or an
    infinitive marker is a verb, whatever noun entry shares its spelling ("the call for" stays a noun)."""
    prev = toks[i - 1].low if i > 0 else ""
    return prev in cues.negation or prev in cues.intent or prev in cues.hypothetical or prev in cues.infinitive


def after_personal_subject(toks: list[Token], i: int, cues: Cues) -> bool:
    """'"I again call for restraint," X said', '"We strongly urge ..."': a bare form right after a personal pronoun
    (`speaker_pronouns` but 'it', which takes no bare form), adverbs between, is that subject's present verb, never
    the noun sharing its spelling ("a call for")."""
    j = i - 1
    while j >= 0 and toks[j].word and (toks[j].low in cues.adverbs or toks[j].low.endswith("ly")):
        j -= 1
    return j >= 0 and toks[j].word and toks[j].low in cues.speaker_pronouns and toks[j].low != "it"


def owned_object(toks: list[Token], i: int, heads: dict[int, str]) -> bool:
    """"Russia criticized EU sanctions against Belarus", "condemned US sanctions": a word that could be a present verb
    right after a name that itself follows an act verb just read is that verb's object, a noun the name owns (the
    name is no subject of a clause of its own there: 'criticized' has taken it as its object)."""
    return i >= 2 and toks[i - 1].raw[:1].isupper() and toks[i - 1].word and i - 2 in heads and not toks[i].raw[:1].isupper()


def after_existential(toks: list[Token], i: int, cues: Cues) -> bool:
    """'There were clashes between X and Y', 'there have also been strikes on Z': right after the form of 'be' of an
    existential clause (its dummy subject `existential_subjects`, auxiliaries and adverbs between) a word that could
    be a verb is the noun the clause says exists; read as a verb after 'were' it was a passive with no one acting."""
    j = i - 1
    while j >= 0 and toks[j].word and (toks[j].low in cues.adverbs or toks[j].low.endswith("ly")):
        j -= 1
    if j < 0 or toks[j].low not in cues.copulas:
        return False
    j -= 1
    while j >= 0 and toks[j].word and (toks[j].low in cues.perfect_auxiliaries or toks[j].low in cues.future_auxiliaries
                                       or toks[j].low in cues.support_auxiliaries or toks[j].low in cues.negation
                                       or toks[j].low in cues.adverbs):
        j -= 1
    return j >= 0 and toks[j].low in cues.existential_subjects


def after_saying(toks: list[Token], i: int, cues: Cues) -> bool:
    """"State media reported sanctions on X", "officials confirmed attacks": right after a verb of
    saying (`complement_verbs`) a word that could be a present verb is what was said, a noun."""
    return i > 0 and toks[i - 1].raw.islower() and toks[i - 1].low in cues.complement_verbs




SENDING_TYPES = frozenset({"AID", "MOBILIZE"})  # acts whose object names what is sent or moved (troops, arms)


def sent_onward(toks: list[Token], i: int) -> bool:
    """Whether the word at `i` closes what is sent: the destination's 'to' or the clause's end follows it ('sent
    artillery shells to X'); a target's 'on' or 'against' makes it the act itself ('launched drone strikes on X')."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is None or not nxt.word or nxt.low == "to"


def sent_goods(toks: list[Token], i: int, cand: Candidate, cues: Cues) -> bool:
    """(lex23) "is sending soldiers and shells to X", "supplied tanks and rockets": a weapon word coordinated with the
    object of a sending act (AID, MOBILIZE) is one more thing sent, no attack of its own: an ASSAULT noun entry, or a
    verb form ("shells") with no object of its own after it ("sends troops and shells the city" keeps its verb)."""
    if cand.entry.type != "ASSAULT":
        return False
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    return cand.entry.pos == "noun" or not toks[i + 1 if nxt else i].word or nxt in cues.prepositions \
        or nxt in cues.infinitive or nxt in cues.clause_breaks or nxt in ("and", "or")


def object_rest(toks: list[Token], end_tok: int, cues: Cues) -> range:
    """"did not send food aid": the entry matched "food"; the words after it up to a preposition or
    punctuation belong to the same noun phrase, so a noun there ("aid") is no second act of the type
    (it would escape the verb's negation and status)."""
    k = end_tok + 1
    while k < len(toks) and k - end_tok <= OBJECT_REST and toks[k].word and toks[k].low not in cues.prepositions \
            and toks[k].low not in cues.clause_breaks and toks[k].low not in cues.relative \
            and not toks[k].low.endswith(("ing", "ed")):  # "a declaration demanding that": a verb of its own
        k += 1
    return range(end_tok + 1, k)
