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

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.base.records import to_winner
from readout.sectors import MOBILIZING_SECTORS
from readout.lang.en.act_relative_objects import relative_object_acts
from readout.lang.en.act_possible_deeds import reported_possibility
from readout.lang.en.act_background import characterized_complement, habitual
from readout.lang.en.act_insisted import insisted_requests
from readout.lang.en.act_own_mandates import own_mandates
from readout.lang.en.act_allegations import charged_arming, claimed_deeds, evidence_allegations
from readout.lang.en.act_denier_states import pronoun_denials
from readout.lang.en.act_negative_arguments import negative_arguments
from readout.lang.en.act_characterize import characterizations, within_predicates
from readout.lang.en.act_progressive_forms import nominal_forms
from readout.lang.en.act_remorse import own_deed_regrets, stated_remorse
from readout.lang.en.act_ruled_out import ruled_out
from readout.lang.en.act_agenda_items import agenda_items
from readout.lang.en.act_denied_seizures import denied_seizures
from readout.lang.en.act_government_pairs import government_pairs
from readout.lang.en.act_owned_targets import owned_targets
from readout.lang.en.act_remote_deeds import remote_deeds
from readout.lang.en.act_locatives import located_people, stated_victims
from readout.lang.en.act_struck_capitals import struck_capitals
from readout.lang.en.act_dissenters import dissenting_members
from readout.lang.en.act_voiding_laws import voiding_laws
from readout.lang.en.act_condition_clauses import condition_tokens
from readout.lang.en.act_object_relatives import object_relative
from readout.lang.en.act_named_groups import armed_name_words
from readout.lang.en.act_agented_participles import agented_participle
from readout.lang.en.act_exile_destinations import exile_destinations
from readout.lang.en.act_cordons import cordons
from readout.lang.en.act_context import (any_instance, reduced_relative, courtesy_call, describing_noun, event_subject,
                                         predicate_noun, earlier_in_relative, merely_possible, unagented_judgment,
                                         with_domestic_targets)
from readout.lang.en.act_predictions import prediction
from readout.lang.en.act_recalled_clauses import with_background
from readout.lang.en.act_protest_words import (attended_gathering, diplomatic_protest, gathered_protests, people_joining,
                                               protest_purposes, received_protesters)
from readout.lang.en.act_claimed_attacks import claimed_attacks
from readout.lang.en.act_subject_participles import subject_participles
from readout.lang.en.act_border_arms import border_arms
from readout.lang.en.act_fire_aims import aimed_launch, attack_victims, launched_attacks, show_of_force
from readout.lang.en.act_spoken_attacks import attacked_words, spoken_attacks
from readout.lang.en.act_deadlines import departure_deadlines
from readout.lang.en.act_charged_gerunds import charged_deeds
from readout.lang.en.act_reported_objects import reported_objects
from readout.lang.en.act_frames import alleged_content, commands, demanded_content, resolve_frames, threat_modes
from readout.lang.en.act_means_modes import aid_mode, assault_mode
from readout.lang.en.act_plover_reading import plover_reading
from readout.lang.en.act_rejected_objects import fronted_rejections, rejected_contents, rejected_proposals
from readout.lang.en.act_obligations import deontic_requests
from readout.lang.en.act_sighted_forces import forces_only, sighted_forces
from readout.lang.en.act_conditional import conditional_threats
from readout.lang.en.act_responses import promised_responses
from readout.lang.en.act_stances import stance_topics, talk_topics
from readout.lang.en.act_content_stances import content_stances, unowned_stances
from readout.lang.en.act_witnesses import witnessed_signings
from readout.lang.en.act_deterrent_warnings import deterrent_warnings, unowned_deterrents
from readout.lang.en.act_untolerated import unnamed_offenders, untolerated_deeds
from readout.lang.en.act_destinations import destined_deployments
from readout.lang.en.act_quoted_verdicts import quoted_verdicts
from readout.lang.en.act_consequences import consequence_threats, spoken_after
from readout.lang.en.act_hopes import hoped_requests
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_matcher import Matcher, matcher
from readout.lang.act_gatherings import suppressed_protests
from readout.lang.en.act_dispersed_gatherings import forced_dispersals
from readout.lang.en.act_doerless_explosions import doerless_explosions
from readout.lang.en.act_harm_causes import harm_causes
from readout.lang.en.act_exit_modes import exit_demand_modes
from readout.lang.en.act_modes import considered_measures, request_modes
from readout.lang.en.act_addressees import collective_addressees, collective_supported, release_demands
from readout.lang.en.act_charges import without_charged_means
from readout.lang.en.act_charged_groups import charged_own_groups
from readout.lang.en.act_placed_outsiders import placed_outsiders
from readout.lang.en.act_granted import granted_sums, unaided_sums
from readout.lang.en.act_feelings import unaddressed_feelings
from readout.lang.en.act_demanded_doers import demanded_doers
from readout.lang.en.act_omissions import omission_charges
from readout.lang.en.act_referred import referred_deeds, verdict_victims
from readout.lang.en.act_vowed_responses import ready_defences, vowed_responses
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
from readout.lang.en.act_threat_contents import threatened_contents, warned_measures
from readout.lang.en.act_given_threats import given_threats
from readout.lang.en.act_intended_weapons import intended_weapons
from readout.lang.en.act_paired_condemnation import paired_condemnations
from readout.lang.en.act_examples import asked_examples
from readout.lang.en.act_series import negated_series
from readout.lang.en.act_definite import ended_fights, referring_deeds
from readout.lang.en.act_interceptions import intercepted_munitions
from readout.lang.en.act_judged import charged_support, judged_deeds
from readout.lang.en.act_casualties import unagented_casualties
from readout.lang.en.act_drills import (drill_compounds, drilled_crowd_weapons, posture_participles, reaction_forces,
                                        rehearsed_deeds, warning_fire)
from readout.lang.en.act_failed_outcomes import called_off
from readout.lang.en.act_calls_on import calls_on
from readout.lang.en.act_figures import figurative_force
from readout.lang.en.act_origins import agent_origins
from readout.lang.en.act_ordered_measures import ordered_measures
from readout.lang.en.act_retaliation_means import retaliation_means
from readout.lang.en.act_antecedents import pronoun_antecedents
from readout.lang.en.act_owned_services import owned_services
from readout.lang.en.act_agent_attackers import agent_attackers
from readout.lang.en.act_agent_places import agent_places
from readout.lang.en.act_attacker_nouns import attacker_nouns
from readout.lang.en.act_advisories import own_people_advisories
from readout.lang.en.act_vehicles import conveyed_disapproval, statement_vehicles
from readout.lang.en.act_standing import standing_relatives
from readout.lang.en.act_war_eras import war_era_acts
from readout.lang.en.act_cited import cited_nouns
from readout.lang.en.act_attendance import attendances
from readout.lang.en.act_installations import installations
from readout.lang.en.act_exercises import exercise_marks
from readout.lang.en.act_sought import unperformed_acts
from readout.lang.en.act_separate import separate_agreements
from readout.lang.en.act_trade_curbs import trade_curbs
from readout.lang.en.act_speakers import participles_after_frame, timed_participles, unnamed_voices
from readout.lang.en.act_owners import plural_owners
from readout.lang.en.act_protested import fated_protesters, protested_deeds
from readout.lang.en.act_enacted import enacted_texts
from readout.lang.en.act_joints import clipped_at_joints
from readout.lang.en.act_measure_threats import measure_objects, measures_taken
from readout.lang.en.act_accepted import accepted_proposals
from readout.lang.en.act_convened import refused_sessions
from readout.lang.en.act_announced_plans import announced_plans
from readout.lang.en.act_draft_contents import refused_draft_contents
from readout.lang.en.act_kept_from import kept_from_deeds
from readout.lang.en.act_sponsors import vetoed_drafts
from readout.lang.en.act_vote_lists import listed_votes
from readout.lang.en.act_ceremonies import ceremonial_welcomes
from readout.lang.en.act_reproaches import reproached_refusals
from readout.lang.en.act_welcomed import welcomed_deeds
from readout.lang.en.act_summons import embassy_summons
from readout.lang.en.act_recalled_envoys import asked_own_envoys, summoned_own_envoys
from readout.lang.en.act_passives import passive_patients
from readout.lang.en.act_criminal_charges import criminal_charges
from readout.lang.en.act_conceded_charges import conceded_charges
from readout.lang.en.act_weapon_agents import agent_instruments, under_attack
from readout.lang.en.act_punishment_warnings import punishment_warnings
from readout.lang.en.act_quotes import quoted_self_acts
from readout.lang.en.act_purposes import assisting_forces, forces_sent_to_strike, hedged_threats
from readout.lang.en.act_answers import unaddressed_appeals
from readout.lang.en.act_outbreaks import broken_out
from readout.lang.en.act_riots import aimless_crowd_weapons, crowd_riots, word_clashes
from readout.lang.en.act_noun_agents import received_aid, with_nominal_agents
from readout.lang.en.act_drawn_disapproval import drawn_disapprovals
from readout.lang.en.act_placed_under import placed_under
from readout.lang.en.act_permissions import permitted_deeds
from readout.lang.en.act_homecomings import homecomings
from readout.lang.en.act_agent_ends import verb_objects
from readout.lang.en.act_site_sectors import site_sectors
from readout.lang.en.act_targets import opposed_measures, pledged_targets, with_target_phrases
from readout.lang.en.act_tokens import Token, tokenize
from readout.lang.en.act_warned_subjects import condition_aims, warned_subjects
from readout.lang.en.act_violators import accord_violators
from readout.lang.en.act_thing_subjects import thing_pressures
from readout.lang.en.act_withheld_cooperation import withheld_cooperation
from readout.lang.en.act_refused_meetings import refused_meetings, unnamed_cancellations
from readout.lang.en.act_proposed_meetings import proposed_meetings
from readout.lang.en.act_request_frames import request_frames
from readout.lang.en.act_walk import walk
from readout.lang.en.act_feared_deeds import feared_noun
from readout.lang.en.act_walk_tokens import outside_brackets, without_time_adverbials
from readout.lang.en.act_work_strikes import work_stoppages

__all__ = ["Cues", "Token", "find_acts", "matcher", "tokenize", "walk_tokens"]  # what other readers import from here


def walk_tokens(words: list[Token]) -> list[Token]:
    """(enrel48) The tokens the finder walks, from a sentence's `tokenize` list: its short bracketed qualifiers and
    the time adverbials before an entry's complement left out (lang/en/act_walk_tokens). The token indices a hit's
    `data` holds point into this list, not into `words`: a reader after the finder that looks an index up reads it."""
    m = matcher()
    return without_time_adverbials(outside_brackets(words, m.by_word), m.by_word, m.cues)


def find_acts(text: str, words: list[Token] | None = None, toks: list[Token] | None = None) -> list[ActHit]:
    """Every act trigger in one English sentence, in order, with offsets relative to `text` (`words`: its
    `tokenize`, when the caller has it already; `toks`: `walk_tokens(words)`, likewise: the relative-clause readers
    after the finder look the hits' token indices up in that same list).

    `data` holds what the clause reader may need (token indices are into `walk_tokens(tokenize(text))`):
    `token`, `head_end` (last token of the verb with its particle), `end_token` (last token of the
    whole match); `object`, `object_token`, `object_end` (a required object, its first token and
    the offset where it ends); `passive`, `by` (offset of the agent after "by"); `modality`
    (intent | hypothetical | deontic | infinitive | governed); `stated_type` (the lexicon's type
    when the manual's reading changed it: a future cooperative act or retreat is AGREE, a future
    hostile act THREATEN, a negated acceptance REJECT); `complement` (offset of the act a pledge,
    threat or refusal governs); `threatened` (the type a pledge threatens);
    `refused` (the act sits under "refused to"); `deontic` (a REQUEST read from "must")."""
    m = matcher()
    words = tokenize(text) if words is None else words
    toks = walk_tokens(words) if toks is None else toks
    hits, index_of = walk(toks, m)
    hits = [border_arms(toks, h, m.cues) for h in hits]  # enfollow48: 'sent tanks to its border': deployed, no AID
    hits = [aimed_launch(toks, show_of_force(toks, plover_reading(toks, assault_mode(toks, aid_mode(toks, h, m.cues),
                                                                                    m.cues), m.cues), m.cues),
                         m.cues) for h in resolve_frames(toks, hits, index_of, m.cues)]
    hits = nominal_forms(toks, hits, m.cues)  # ensupport68: 'new funding for X' is money; 'is funding X' the AID
    hits = proposed_meetings(toks, hits, m.cues)  # proposals66: 'proposed to hold talks with X': REQUEST meet
    hits = denied_seizures(toks, hits, m.cues)  # shelve53: 'no state can annex another': the claim refused
    hits = agenda_items(hits, m.cues)  # shelve53: 'would not put X on the agenda': REJECT; 'put X on it': no act
    hits = refused_meetings(toks, hits, m.cues)  # encoord49: 'said it would not hold talks with X': REJECT meet
    hits = unnamed_cancellations(text, toks, hits, m.cues)  # cancel68: 'the summit with X was called off': CONSULT cancelled
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
    hits = rejected_contents(toks, hits, m.cues)  # plover50: 'rejected calls by Y for aid': no aid given
    hits = exit_demand_modes(toks, hits, m.cues)  # kocoerce66: 'rejected calls to resign': change of leadership
    hits = spoken_attacks(launched_attacks(hits))  # ploveren63: 'launched a scathing attack on X': words, no force
    hits = claimed_attacks(toks, hits, m.cues)  # enattack70: 'claimed responsibility for the ambush on X': X ambushed
    hits = subject_participles(toks, hits, m.cues)  # enattack70: 'troops providing support to X were withdrawn': no AID
    hits = calls_on(toks, hits, m.cues)  # ploveren66: 'its call on X to withdraw' asks X; 'a call on Monday' no one
    hits = hedged_threats(toks, threat_modes(considered_measures(hits, toks, m.cues), toks, m.cues), m.cues)
    hits = hedged_arming(toks, hits, m.cues)  # threaten38: 'would not rule out supplying weapons to Z': a threat
    hits = [h for h in hits if not h.data.get("open_outcome") or h.type == "THREATEN"]  # hypo45: 'watching whether'
    hits = ruled_out(toks, hits, m.cues)  # 'said lifting the sanctions on X was out of the question': the speaker refuses
    hits = charged_deeds(toks, hits, m.cues)  # charges50: 'accused X of shelling a post': X's deed, charged
    hits = reported_objects(toks, hits, m.cues)  # charges51: 'said Y had threatened to attack it': the speaker
    hits = demanded_content([h for h in hits if not alleged_content(toks, h, hits, m.cues)], toks, m.cues)
    hits = own_mandates(toks, hits, m.base_forms, m.cues)  # enrelative70: 'insisted its troops withdraw': its own act
    hits = negative_arguments(toks, hits, m.cues)  # endeny47: 'shelled no village', 'denied its troops fired': none
    requests = deontic_requests(toks, hits, m.cues) + characterizations(toks, hits, m.cues) \
        + quoted_self_acts(toks, hoped_requests(toks, hits, m.cues), m.cues) \
        + consequence_threats(toks, hits, m.cues) \
        + insisted_requests(toks, hits, m.base_forms, m.cues)  # 'insisted that X withdraw': a demand in the subjunctive
    hits = within_predicates(hits, requests)  # accuse50: 'said X had declared war on its own people': no war
    requests += evidence_allegations(toks, hits + requests, m.cues)  # acts47: 'said intelligence showed X had sent troops'
    hits = charged_arming(toks, hits, requests, m.cues)  # accuse66: 'claimed that Y was arming the rebels': the charge
    hits = claimed_deeds(hits, requests)  # force59: the deeds those claims tell, dropped where their doer denies them
    hits = pronoun_denials(toks, hits, m.cues)  # endeny47: '..., but it denied the claim': the accused denies
    requests += quoted_verdicts(toks, hits, m.cues)  # en-acts45: '"This is a provocation," X said of Y's launch'
    requests = spoken_after(toks, requests, m.cues)  # '"X must ...," Y said': Y asks X
    requests = unanswered_threats(toks, requests, m.cues)  # 'X should understand that such steps will not go unanswered'
    requests += stated_threats(toks, hits, m.cues)  # threaten38: 'any attack will meet a swift response', 'would respond
    # firmly to any act', 'would become legitimate targets': threats with no verb of threatening
    requests += regarded_threats(toks, hits, m.cues)  # modal46: 'said any X deed would be regarded as a hostile act'
    requests += called_warnings(toks, hits, m.cues)  # threaten38: 'calling the drills a stern warning to X': X warned
    hits = untolerated_deeds(toks, hits, m.cues)  # threat61: 'will not tolerate any provocation': a deterrent warning
    hits = intended_weapons(toks, hits, m.cues)  # threat61: 'building rockets to use against X': a threat of force
    # '"We condemn X," Y said': Y's side condemns; 'the aid was delivered': no second act; 'through UNICEF': a channel
    hits = aid_channels(toks, passive_patients(toks, quoted_self_acts(toks, hits, m.cues), m.cues), m.cues)
    hits = agent_instruments(toks, under_attack(toks, hits, m.cues))  # 'was hit by artillery fire', 'came under attack'
    hits = drill_compounds(toks, hits, m.cues)  # 'a precision bombing drill': a show of force, no bombing
    hits = rehearsed_deeds(toks, hits, m.cues)  # precision49: 'an exercise that simulated strikes': a scenario
    hits = drilled_crowd_weapons(toks, hits, m.cues)  # coding63: 'fired tear gas during a training drill': no force
    hits = figurative_force(toks, hits, m.cues)  # 'waving flags and beating drums': no blow
    hits = stated_remorse(toks, own_deed_regrets(toks, hits, m.cues), m.cues)  # acts47: 'regret over its soldiers'
    # killing', 'was heartbroken that many had endured': remorse, CONCEDE
    hits = called_off(toks, hits, m.cues)  # outcomes47: 'the signing of the pact was called off': no AGREE
    hits = deterrent_warnings(toks, hits, m.cues)  # threats49: 'would not allow anyone to threaten X'
    hits = measures_taken(hits, m.cues)  # threat54: 'took all necessary measures to protect': done, no threat
    hits = criminal_charges(toks, hits, m.cues)  # accuse58: 'was charged with treason': the holding state's charge
    hits = conceded_charges(toks, hits, m.cues)  # accuse59: 'Despite the accusations, X and Y met': charges told before
    hits = kept_from_deeds(toks, hits, m.cues)  # plover61: 'banned X from taking part': the deed forbidden, not done
    hits += relative_object_acts(toks, hits, m)  # relative71: 'welcomed the aid X sent to Y': X's AID to Y
    if not hits and not requests:
        return []  # half of all sentences: the readers below only filter and mark the hits found
    asked = {r.data["complement"] for r in requests if "complement" in r.data} \
        | {c for r in requests for c in r.data.get("content_starts", ())}  # what a reported "must" asks is
    # the request's content, what a reported wrongdoing names is the accusation's ("said X was violating")
    conditional = condition_tokens(toks, m.cues)
    hits = [agented_participle(toks, h, m.cues) or h for h in hits]  # enkidnap46: 'the release of engineers kidnapped
    # by X': the participle's named agent did it (kept past reduced_relative below)
    named = characterized_complement(toks, hits, m.cues)  # "branding them a rehearsal for an invasion": words, no act
    own = {id(r) for r in requests}  # a reader's hit may start where its own complement does ('"X will pay," Y said')
    hits = [h for h in hits + requests if (h.start not in asked or id(h) in own) and not merely_possible(h) and not any_instance(toks, h, m.cues)
            and not reduced_relative(toks, h, hits + requests, m.base_forms, m.cues)  # window72: a request heads too
            and not unagented_judgment(toks, h, m.base_forms, m.cues) and not courtesy_call(toks, h, m.cues)
            and h.data["token"] not in conditional and not background_relative(text, words, toks, h, m.cues)
            and not describing_noun(toks, h, m.cues) and not predicate_noun(toks, h, m.cues) and not prediction(toks, h, m.cues)
            and not reported_possibility(toks, h, m.cues) and not feared_noun(toks, h, m.cues)
            and not event_subject(toks, h, m.cues)
            and not habitual(toks, h, m.cues) and h.data["token"] not in named]
    hits = body_addressees(toks, marked(text, toks, hits, m), m.cues)  # council45: 'demanded that the council set'
    hits = request_frames(toks, hits, m.cues)  # appeals50: 'met at X's request', 'wrote to B asking for': B asked
    return with_conditions(toks, hits, conditional, m.cues)


def marked(text: str, toks: list[Token], hits: list[ActHit], m: Matcher) -> list[ActHit]:
    """The passes after the filter of non-acts: each reads one class of sentence and marks, re-aims, splits or drops
    the hits it concerns (the comment on each names the class). Why a chain: the classes are independent and each
    pass is a few lines of its own module; their order only matters where a comment says so. (debt51) The chain is
    read in named stages (`MARK_STAGES`), each a screen of passes on one question, in the chain's old order."""
    for stage in MARK_STAGES:
        hits = stage(text, toks, hits, m)
    return hits


def scene_passes(text: str, toks: list[Token], hits: list[ActHit], m: Matcher) -> list[ActHit]:
    """What kind of scene the act words tell: a gathering and its purpose, a crowd's riot or dispersal, an
    explosion or a harm told with its cause, words that only clash, a vote at home, a charge's own means and groups."""
    hits = gathered_protests(toks, protest_purposes(toks, sorted(hits, key=lambda h: h.start), m.cues), m.cues)
    hits = broken_out(toks, hits, m.cues)  # coerce52: 'Protests erupted in X': held there, no background noun
    hits = [h for h in with_domestic_targets(toks, sorted(hits, key=lambda h: h.start), m.cues,
                                             armed_name_words(text, toks))  # enarmed68: 'the Free Syrian Army'
            if not unarmed_mobilizing(h)]
    hits = exile_destinations(toks, hits, m.cues)  # enkidnap46: 'exiled dissidents to Spain': Spain is no side
    hits = cordons(hits)  # enkidnap46: 'police blocked the road': a cordon (COERCE restrict), no protest
    hits = work_stoppages(toks, hits, m.cues)  # ennoun46: 'the union launched a strike': a work stoppage, no attack
    hits = doerless_explosions(toks, hits, m.cues)  # kocoerce66: 'A bomb exploded in X, killing five': one attack
    hits = harm_causes(toks, hits, m.cues)  # koactors68: 'Five were killed in a bomb attack in X': the attack
    hits = forced_dispersals(toks, hits, m.cues)  # kocoerce66: 'violently dispersed the crowd': violent repression
    hits = suppressed_protests(hits)  # coercefollow66: 'police dispersed a sit-in': the sit-in is no PROTEST by police
    hits = crowd_riots(toks, hits, m.cues)  # sanction56: 'protesters stormed X': a riot, no ASSAULT (after people subjects)
    hits = word_clashes(hits, m.cues)  # lead59: 'lawmakers clashed over the budget': words, no ASSAULT
    hits = judged_votes(toks, hits, m.cues)  # charges50: 'says the election was illegitimate': a vote held at home
    hits = unowned_deterrents(hits)  # threats49: 'would not let other nations attack its borders': no people of its own
    hits = without_charged_means(toks, hits, m.cues)  # 'accused X of ... by sending troops': part of the charge
    hits = charged_own_groups(toks, hits)  # actors62: 'accused the opposition of colluding with X': X is the charge's
    return hits


def struck_passes(text: str, toks: list[Token], hits: list[ActHit], m: Matcher) -> list[ActHit]:
    """What a deed is aimed at and where: appeals with no addressee, aid received, target phrases and agents, a verb's
    object and its sector, victims and their state, a struck capital, a remote deed, owned targets, outsiders placed."""
    hits = unaddressed_appeals(toks, with_nominal_agents(toks, with_target_phrases(toks, received_aid(toks, hits, m.cues),
                                                                                  m.cues), m.cues), m.cues)
    hits = site_sectors(toks, verb_objects(toks, hits, m.cues), m.cues)  # enfix49: 'shelled a market in X': X's civilians,
    # not its government; 'A cyberattack by Y's hackers hit banks in X': the banks
    hits = attacked_words(toks, hits, m.cues)  # coercefollow66: 'attacked Chile's new tariffs': criticism, no force
    hits = aimless_crowd_weapons(hits, m.cues)  # force58: 'used tear gas' aimed at no one named: no second act
    hits = clipped_at_joints(text, hits)  # enclause50: 'sanctions on Russia and China condemned': China's own clause
    hits = measure_objects(hits, m.cues)  # enclause50: 'threatened steep tariffs': the measure threatened, not whom
    hits = located_people(toks, hits, m.cues)  # 'Gunmen kidnapped two Turkish engineers in Nigeria': the place, no object
    hits = stated_victims(toks, hits, m.cues)  # enattack50: 'killed five Y deserters near a Z town': Y's people only
    hits = struck_capitals(toks, hits)  # enattack50: 'Syrian rebels attacked Damascus': Syria's government
    hits = remote_deeds(hits)  # enfix47: 'hackers hacked a bank in X': X is the bank's place, never the hackers'
    hits = owned_targets(toks, hits, m.cues)  # enactor48: 'X said a cyberattack on its banks': X's banks, no doer
    hits = placed_outsiders(toks, hits, m.cues)  # located66: 'condemned foreign troops in X': X is where, no side
    return hits


def doer_passes(text: str, toks: list[Token], hits: list[ActHit], m: Matcher) -> list[ActHit]:
    """Who does a deed: a show of force and its answer, warnings and fire aimed at someone, forces sent to strike, a
    relative's antecedent, 'its' forces, a government pair, attackers named by nouns or by 'an attack by'."""
    hits = posture_participles(toks, hits, m.cues)  # drills42: 'drills encircling X' encircle no one by force
    hits = reaction_forces(hits, m.cues)  # drills42: 'Y scrambled jets' answers the show of force told before it
    hits = warning_fire(hits, m.cues)  # 'fired warning shots after X crossed': a show of force aimed at X
    hits = addressed_warnings(toks, hits, m.cues)  # threaten38: 'urged X to ..., warning that': X is warned
    hits = forces_sent_to_strike(toks, hits, m.cues)  # clash49: 'sent jets to bomb X': the bombing, no aid to X
    hits = punishment_warnings(toks, hits, m.cues)  # threats49: 'warned that looters would be punished'
    hits = agent_origins(toks, assisting_forces(toks, opposed_measures(toks, hits, m.cues), m.cues), m.cues)  # 'a bomber
    # from the X-based group': the group attacks
    hits = pronoun_antecedents(toks, hits, m.cues)  # 'X, which on Friday fired', ', but it tested': X acts
    hits = owned_services(toks, hits, m.cues)  # enmil47: 'X said its air force bombed Y': X's forces act
    hits = government_pairs(toks, hits, m.cues)  # enactor48: 'government forces and rebels agreed': the story's state
    hits = attack_victims(toks, fated_protesters(toks, received_protesters(hits), m.cues), m.cues)  # threat54: 'the
    # deaths of dozens of protesters': people something befell, no protest
    hits = attacker_nouns(text, hits, toks)  # enmil47: 'Suicide bombers killed six': the bombers act (REB), not the place's
    # government
    hits = agent_attackers(text, agent_places(text, hits))  # victims48: 'an attack by Russian forces in X': X is the place,
    # 'an attack by rebels in X': the rebels (REB) of X, not its government
    return hits


def appeal_passes(text: str, toks: list[Token], hits: list[ActHit], m: Matcher) -> list[ActHit]:
    """Whom words reach: a protest drawn or attended, a measure placed on someone, appeals to a pair, to members or to
    no one named, feelings and deeds referred to, doers demanded of, verdicts' victims, responses and defences vowed."""
    hits = with_background(toks, [diplomatic_protest(text, toks, attended_gathering(toks, people_joining(toks, h, m.cues),
                                                                                    m.cues), m.cues) for h in hits], m.cues)
    hits = drawn_disapprovals(toks, hits, m.cues)  # protest65: 'faced a protest from X': X's, at the subject
    hits = placed_under(toks, hits, m.cues)  # enfollow66: 'placed X under sanctions': the measure on X
    hits = homecomings(toks, hits, m.cues)  # protest65: 'the envoy returned home': a journey, no expulsion
    hits = permitted_deeds(toks, hits, m.cues)  # drawn66: 'allowed aid groups to criticize': a permission, no access
    hits = series_history(toks, hits, m.cues)  # modal46: 'after X's second missile test': history, no event
    hits = collective_supported(toks, collective_addressees(toks, hits, m.cues), m.cues)  # 'stood with its allies'
    hits = release_demands(toks, hits, m.cues)  # 'urged its partners to': no
    # state asked by name; 'demanded the boat's release': the holder is asked
    hits = pair_appeals(toks, open_appeals(toks, hits, m.cues), m.cues)  # 'called on all parties to': made, though no state
    # is asked by name; 'urged both sides to': the pair
    hits = member_appeals(toks, hits, m.cues)  # 'told a session of X ... called on all member states': X is asked
    hits = unaddressed_feelings(toks, hits, m.cues)  # 'expressed "deep regret"': answers the acts just reported
    hits = referred_deeds(toks, hits, m.cues)  # refer42: 'protested the seizure', 'regret over the veto': its doer
    hits = demanded_doers(toks, hits, m.cues)  # accuse56: 'condemned the escalation and urged X to stop': X
    hits = omission_charges(toks, hits, m.cues)  # accuse56: 'accused X of failing to': disapprove, no allegation
    hits = verdict_victims(toks, hits, m.cues)  # refer42: 'condemned the strikes as "a violation of X's sovereignty"'
    hits = vowed_responses(toks, hits, m.cues)  # refer42: 'vowed that X would respond': a threat at most, no AGREE
    hits = ready_defences(toks, hits, m.cues)  # threat61: 'stands ready to defend itself against X': a threat at X
    hits = plural_owners(toks, hits, m.cues)  # 'A and B began their drills': both own them
    return hits


def answer_passes(text: str, toks: list[Token], hits: list[ActHit], m: Matcher) -> list[ActHit]:
    """What an answer answers: a protested deed, an enacted text, a proposal accepted or refused, votes and sessions,
    plans announced, drafts vetoed, welcomes, summonses and envoys asked, contributions wanted."""
    hits = protested_deeds(toks, hits, m.cues)  # 'rejected B's complaint over a strike': the rejecter's strike
    hits = enacted_texts(toks, hits, m.cues)  # 'passed a resolution condemning X': the vote agrees with no one
    hits = accepted_proposals(toks, hits, m.cues)  # 'accepted Chile's invitation': Chile receives the AGREE
    hits = reproached_refusals(toks, hits, m.cues)  # 'said X could not even accept': ACCUSE of X, no REJECT
    hits = refused_draft_contents(toks, hits, m.cues)  # votes46: 'vetoed a draft that would have extended X': no act
    hits = listed_votes(toks, hits, m.cues)  # votes46: 'A voted against and B abstained': A's vote, B no side of it
    hits = refused_sessions(toks, hits, m.cues)  # votes46: 'rejected the meeting': the body that convened it
    hits = announced_plans(toks, hits)  # enmeet47: 'announced plans to deport X': the planned act, no AGREE
    hits = vetoed_drafts(toks, hits, m.cues)  # 'vetoed a draft drafted by C', 'veto C's resolution': C is refused
    hits = ceremonial_welcomes(toks, hits, m.cues)  # 'welcomed X at a welcoming ceremony': a courtesy, no SUPPORT
    hits = welcomed_deeds(toks, hits, m.cues)  # en41: 'welcomed the move': the doer of the deed told receives it
    hits = embassy_summons(toks, hits, m.cues)  # 'summoned an official of the X Embassy': X is protested to
    hits = summoned_own_envoys(toks, hits, m.cues)  # 'summoned its envoy in Lima': a recall from Peru
    hits = asked_own_envoys(toks, hits, m.cues)  # 'asked its ambassador to Peru to explain': no request of Peru
    hits = wanted_contributors(toks, hits, m.cues)  # 'called for more Japanese investment': Japan is asked
    return hits


def statement_passes(text: str, toks: list[Token], hits: list[ActHit], m: Matcher) -> list[ActHit]:
    """What is only said: a statement's vehicle, a standing relative, a war era, grounds cited, a participle's speaker
    and time, sums granted or weighed, counts, advisories, infinitives, contents threatened, examples asked, deeds judged."""
    hits = conveyed_disapproval(statement_vehicles(toks, hits, m.cues), m.cues)  # 'in a joint statement': no AGREE;
    # 'conveyed its concerns': to the offender just reported
    hits = standing_relatives(toks, hits, m.cues)  # 'X, which backs Y, denied': a standing state, no act
    hits = war_era_acts(toks, hits, m.cues)  # support60: 'sent troops during the Korean War': history, no act
    hits = cited_nouns(toks, hits, m.cues)  # precision48: 'citing threats to X': the grounds, no act
    hits = timed_participles(toks, hits)  # 'freed it, four days after seizing it': the main subject's act
    hits = unnamed_voices(toks, participles_after_frame(toks, hits, m.cues), m.cues)  # '"...," the spokesman said,
    # urging X': the speaker's acts; a speaker of no named state is the voice of the story (unnamed_voices)
    hits = granted_sums(toks, pledged_targets(toks, unaided_sums(toks, hits, m.cues)), m.cues)  # 'agreed to give X $20 million': the grant
    # is made (AID)
    hits = weighed_offers(toks, hits, m.cues)  # prec21: 'would consider additional support': an option, no pledge
    hits = unagented_casualties(toks, hits, m.cues)  # prec21: 'nine people were killed': a count, no attacker named
    hits = own_people_advisories(text, toks, hits, m.cues)  # prec21: 'urged its nationals in X to': no request to X
    hits = met_with_responses(toks, hits)  # prec22: 'any attack would be met with force': a reception, no meeting
    hits = shared_infinitives(toks, hits)  # prec22: 'urged X to agree to A and guarantee B': both asked
    hits = threatened_contents(toks, hits)  # threat61: 'threatened to cut ties and impose sanctions on X': threatened
    hits = warned_measures(toks, hits, m.cues)  # threat61: 'warned it would impose sanctions on X': threatened
    hits = paired_condemnations(toks, hits, m.cues)  # en44: 'opposes and condemns X': one ACCUSE, no REJECT
    hits = asked_examples(toks, hits)  # fp23: 'urged X to take steps, including easing sanctions': asked
    hits = judged_deeds(toks, hits)  # fp23: 'welcomed the signing of the accord': the judge signed nothing
    hits = charged_support(toks, hits, m.cues)  # support60: 'condemned X's backing of Y': the ground, no SUPPORT
    return hits


def unperformed_passes(text: str, toks: list[Token], hits: list[ActHit], m: Matcher) -> list[ActHit]:
    """What is not done: a negated series, deeds referred to, fights ended, munitions intercepted, acts unperformed, curbs
    and measures ordered, responses promised, stances and topics, expected and conditioned deeds, warnings and threats."""
    hits = negated_series(toks, hits, m.cues)  # precision49: 'did not condemn or sanction X': neither done
    hits = referring_deeds(toks, hits, m.cues)  # precision49: 'called the attack unacceptable': the attack told
    hits = ended_fights(toks, hits, m.cues)  # force59: 'the fighting stopped on Monday': its end, no new fight
    hits = intercepted_munitions(toks, hits, m.cues)  # precision49: 'the missiles were shot down': air defence
    hits = unperformed_acts(toks, hits, m.cues)  # en37: 'to win support for', 'hoped X would', 'remained committed'
    hits = trade_curbs(toks, hits, m.cues)  # en37: 'tightened controls on exports to X': SANCTION X
    hits = ordered_measures(toks, hits, m.cues)  # threats49: 'ordered his minister to impose tariffs': a threat
    hits = retaliation_means(toks, hits, m.cues)  # threats49: 'vowed to retaliate with tariffs': restrict
    hits = separate_agreements(toks, hits, m.cues)  # ko-acts35: 'separate accords with A and B': one per pair
    hits = promised_responses(hits, m.cues)  # en-acts45: 'responded firmly': no threat told as done
    hits = stance_topics(toks, hits, m.cues)  # en-acts45: 'its stance on supplying arms': a topic, no act
    hits = unowned_stances(toks, hits, m.cues)  # planned71: 'shared their views on X': told, no stance endorsed
    hits = content_stances(toks, hits, m.cues)  # enmodes70: 'sympathized with the position that ...': a view shared
    hits = talk_topics(toks, hits, m.cues)  # support59: 'held talks on food aid': the talks' topic, no aid
    hits = witnessed_signings(toks, hits, m.cues)  # support59: 'signed it as witnesses': no party of the accord
    hits = destined_deployments(toks, hits, m.cues)  # en-acts45: 'will send troops to X': a move, no threat
    hits = continued_support(toks, hits, m.cues)  # dates40: 'would continue to support X': support going on
    hits = accord_terms(text, toks, hits, m.cues)  # dates40: 'Under Sunday's agreement, A will accept B's team'
    hits = expected_deeds(toks, hits, m.cues)  # modal46: 'X expects B to send troops': B's deed, not X's
    hits = conditioned_deeds(toks, hits, m.cues)  # modal46: 'any X deed would be regarded as a hostile act': not done
    hits = warned_subjects(toks, hits, m.cues)  # refs39: 'warned that Y would make a mistake if it armed Z': Y warned
    hits = accord_violators(toks, hits, m.cues)  # en48: 'any party that violated it would face': its parties
    hits = thing_pressures(toks, hits, m.cues)  # request59: 'the crisis demands a response': no one asks
    hits = unnamed_offenders(toks, hits, m.cues)  # threat61: 'will respond decisively to any provocation': unaddressed
    hits = given_threats(toks, hits, m.cues)  # threat61: 'gave X an ultimatum', 'sent X a stern warning': X warned
    return hits


MARK_STAGES = (scene_passes, struck_passes, doer_passes, appeal_passes, answer_passes, statement_passes,
               unperformed_passes)  # in this order: each stage reads the hits the one before it left


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


def background_relative(text: str, words: list[Token], toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """A deed told in a past-perfect relative clause that only describes someone (`earlier_in_relative`: no act), but
    not a measure whose relative pronoun is its object on a head naming a state ('the Ugandan diplomat, whom Kenya had
    expelled last week,': recall64), which `object_relative` reads as the clause subject's earlier measure on the
    head; nor the act a relative clause's verb makes with its head ('the aid that X had sent to Y': relative71), whose
    deed is the head itself. `words`: the sentence's tokens as `tokenize` gives them (which `object_relative` reads),
    `toks` the walk's."""
    return earlier_in_relative(toks, hit, cues) and object_relative(hit, text, words) is hit \
        and "relative_object" not in hit.data
