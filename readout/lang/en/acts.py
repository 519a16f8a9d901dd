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
from readout.lang.en.act_priced_deeds import priced_deeds
from readout.lang.en.act_relative_objects import relative_object_acts
from readout.lang.en.act_possible_deeds import guessed_future, reported_possibility
from readout.lang.en.act_light_passives import light_passive_agents
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
from readout.lang.en.act_dissenters import dissenting_members
from readout.lang.en.act_voiding_laws import voiding_laws
from readout.lang.en.act_condition_clauses import condition_tokens
from readout.lang.en.act_object_relatives import object_relative, pronoun_relative
from readout.lang.en.act_agented_participles import agented_participle
from readout.lang.en.act_brokered_accords import brokered_accords
from readout.lang.en.act_helped_beneficiaries import helped_beneficiaries
from readout.lang.en.act_context import (any_instance, courtesy_call, describing_noun, event_subject, predicate_noun,
                                         merely_possible)
from readout.lang.en.act_relative_deeds import reduced_relative, earlier_in_relative, unagented_judgment
from readout.lang.en.act_predictions import prediction
from readout.lang.en.act_claimed_attacks import claimed_attacks
from readout.lang.en.act_subject_participles import subject_participles
from readout.lang.en.act_suspended_members import suspended_members
from readout.lang.en.act_measured_protests import measured_protests
from readout.lang.en.act_questions import asked_question
from readout.lang.en.act_sports import sports_contests
from readout.lang.en.act_topic_phrases import topic_phrases
from readout.lang.en.act_gerund_patients import gerund_patients
from readout.lang.en.act_object_participles import object_participles, on_strike, premodifying_participles
from readout.lang.en.act_border_arms import border_arms
from readout.lang.en.withheld_aid import withheld_aid
from readout.lang.en.act_fire_aims import aimed_launch, launched_attacks, show_of_force
from readout.lang.en.act_spoken_attacks import spoken_attacks
from readout.lang.en.act_deadlines import departure_deadlines
from readout.lang.en.act_charged_gerunds import charged_deeds
from readout.lang.en.act_arrest_grounds import arrest_grounds
from readout.lang.en.act_reported_objects import reported_objects
from readout.lang.en.act_reported_charges import reported_charges
from readout.lang.en.act_frames import alleged_content, commands, demanded_content, resolve_frames, threat_modes
from readout.lang.en.act_means_modes import aid_mode, assault_mode, named_group_bombings
from readout.lang.en.act_occurred_attacks import occurred_attacks
from readout.lang.en.act_retaliations import retaliations
from readout.lang.en.act_preconditions import unconditioned
from readout.lang.en.act_plover_reading import plover_reading
from readout.lang.en.act_refused_demands import refused_demands
from readout.lang.en.act_released_people import released_people
from readout.lang.en.act_rejected_objects import blocked_contents, fronted_rejections, gapped_denials, \
    rejected_contents, rejected_proposals
from readout.lang.en.act_obligations import deontic_requests
from readout.lang.en.act_sighted_forces import forces_only, sighted_forces, troops_gathered
from readout.lang.en.disaster_deaths import disaster_deaths
from readout.lang.en.act_conditional import conditional_threats
from readout.lang.en.act_deterrent_warnings import deterrent_warnings
from readout.lang.en.act_untolerated import untolerated_deeds
from readout.lang.en.act_quoted_verdicts import quoted_verdicts
from readout.lang.en.act_consequences import consequence_threats, spoken_after
from readout.lang.en.act_hopes import hoped_requests
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_matcher import Matcher, matcher
from readout.lang.en.act_exit_modes import exit_demand_modes
from readout.lang.en.act_modes import considered_measures, request_modes
from readout.lang.en.act_regarded_deeds import regarded_threats
from readout.lang.en.act_channels import aid_channels
from readout.lang.en.act_unanswered import unanswered_threats
from readout.lang.en.act_threats import called_warnings, hedged_arming, stated_threats
from readout.lang.en.act_body_addressees import body_addressees
from readout.lang.en.act_intended_weapons import intended_weapons
from readout.lang.en.act_drills import drill_compounds, drilled_crowd_weapons, rehearsed_deeds
from readout.lang.en.act_failed_outcomes import called_off
from readout.lang.en.act_calls_on import calls_on
from readout.lang.en.act_figures import figurative_force
from readout.lang.en.act_attendance import attendances
from readout.lang.en.act_installations import installations
from readout.lang.en.act_exercises import exercise_marks
from readout.lang.en.act_measure_threats import measures_taken
from readout.lang.en.act_jail_terms import jail_terms, sentence_holdings
from readout.lang.en.act_yield_contents import yield_contents
from readout.lang.en.act_infinitive_contents import infinitive_contents
from readout.lang.en.act_joint_deeds import joint_deeds
from readout.lang.en.act_joint_projects import joint_projects
from readout.lang.en.act_broken_pledges import broken_pledges
from readout.lang.en.act_kept_from import kept_from_deeds
from readout.lang.en.act_passives import passive_patients
from readout.lang.en.act_criminal_charges import criminal_charges, formal_charges
from readout.lang.en.act_conceded_charges import conceded_charges
from readout.lang.en.act_weapon_agents import agent_instruments, under_attack
from readout.lang.en.act_quotes import quoted_self_acts
from readout.lang.en.act_purposes import hedged_threats
from readout.lang.en.act_tokens import Token, tokenize
from readout.lang.en.act_warned_subjects import condition_aims
from readout.lang.en.act_withheld_cooperation import withheld_cooperation
from readout.lang.en.act_refused_meetings import refused_meetings, unnamed_cancellations
from readout.lang.en.act_proposed_meetings import proposed_meetings
from readout.lang.en.act_request_frames import request_frames
from readout.lang.en.act_walk import walk
from readout.lang.en.act_feared_deeds import feared_noun
from readout.lang.en.act_walk_tokens import outside_brackets, without_time_adverbials
from readout.lang.en.act_mark_stages import marked

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
    `refused` (the act sits under "refused to"); `deontic` (a REQUEST read from "must").

    (debt51b) Read in named steps, in the old order: the walk, each hit's own reading (`hit_readings`), the acts stated
    without a verb of their own (`stated_requests`), what kind of deed each hit is (`deed_readings`), the filter of
    non-acts (`kept_acts`), then the marking stages (act_mark_stages.marked) and the condition clauses."""
    m = matcher()
    words = tokenize(text) if words is None else words
    toks = walk_tokens(words) if toks is None else toks
    if asked_question(toks, m.cues):
        return []  # plover56: 'Would X retaliate if Y struck?': a yes/no question tells no act (act_questions)
    hits, index_of = walk(toks, m)
    hits = hit_readings(text, toks, hits, index_of, m)
    hits = suspended_members(toks, hits, m.cues)  # nominal54: 'the AU suspended Gabon': a member suspended
    hits, requests = stated_requests(toks, hits, m)
    hits = deed_readings(toks, hits, m)
    if not hits and not requests:
        return brokered_accords(toks, [], m.cues)  # half of all sentences: the readers below only filter and mark the hits found
    conditional = condition_tokens(toks, m.cues)
    hits = kept_acts(text, words, toks, unconditioned(toks, hits, m.cues), requests, conditional, m)  # enacts56:
    # 'demanded a ceasefire before allowing aid into X': the aid let in is not done
    hits = [h for h in hits if not h.data.get("argued")]  # plover57: 'a column argued X should': no request
    hits = priced_deeds(toks, hits, m.cues)  # acts57b: 'demanded a ransom for the release of X': no release done
    hits = named_group_bombings(toks, marked(text, toks, hits, m), m.cues)  # enacts56: 'Al-Shabaab bombed X': explosives
    hits = occurred_attacks(toks, hits, m.cues)  # enacts56: 'a suicide bombing took place at a market in X'
    hits = released_people(toks, hits)  # koacts57: 'released the fishermen India had detained': no captor receives
    hits = retaliations(toks, hits, m.cues)  # acts57: 'jets hit back at X positions': force, not a retort
    hits = body_addressees(toks, hits, m.cues)  # council45: 'demanded that the council set'
    hits = request_frames(toks, hits, m.cues)  # appeals50: 'met at X's request', 'wrote to B asking for': B asked
    hits = with_conditions(toks, hits, conditional, m.cues)
    hits = blocked_contents(toks, hits, m.cues)  # relclause52: 'vetoed the EU aid package': no aid given, read
    # last, after the readers that mark a refused measure as governed ('opposed new sanctions on Iran')
    hits = helped_beneficiaries(toks, hits, m.cues)  # plover58b: 'intelligence shared by X helped Y': Y receives
    hits = reported_charges(toks, hits, m.cues)  # acts59: 'X said Y had shelled its post': X's charge besides
    return brokered_accords(toks, hits, m.cues)  # plover58b: 'a truce brokered by Q between A and B': AGREE of the
    # pair, added after every reader (its parties are set: no noun-agent reader may take the mediator after 'by')


def hit_readings(text: str, toks: list[Token], hits: list[ActHit], index_of: dict[int, int],
                 m: Matcher) -> list[ActHit]:
    """(debt51b) Each walked hit's own reading, right after the walk: its frame, mode and the manual's reading, then
    the passes that re-read a hit from the words around it (a proposal, a refusal, a cancellation, a rejection, a
    hedge, a charged deed, a denial). Why first: the requests and the deeds after read the hits these passes left;
    `index_of` is the walk's map from token to hit, which only `resolve_frames` reads."""
    hits = [withheld_aid(toks, h) for h in hits]  # plover59b: 'promised aid but withheld it': the aid stopped
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
    hits = fronted_rejections(toks, gapped_denials(toks, hits, m.cues), m.cues)  # '..., an account X rejected': the teller receives it
    hits = attendances(toks, hits, m.cues)  # precision48: 'would take part in a summit': no AGREE
    hits = installations(toks, hits, m.cues)  # congrats50: 'swore in a new command': an inauguration, no pledge
    hits = to_winner(hits, m.cues.winner_lemmas)  # congrats50: 'congratulated the winner': the election's state
    hits = exercise_marks(toks, hits, m.cues)  # precision48: 'joint exercises': a drill when one state holds it
    hits = forces_only(toks, hits, m.cues)  # 'warplanes pounded X': force; 'critics hammered X': none (en32)
    hits = disaster_deaths(toks, hits, m.cues)  # plover59: 'Floods killed forty villagers': no one's deed
    hits = troops_gathered(toks, hits, m.cues)  # plover57: 'troops gather near the border': MOBILIZE; crowds none
    hits = commands(departure_deadlines(hits, toks, m.cues), toks, m.cues)  # 'gave X 72 hours to leave': an order
    hits = rejected_proposals(toks, sighted_forces(toks, request_modes(hits, toks, m.cues), m.cues), m.cues)
    hits = rejected_contents(toks, hits, m.cues)  # plover50: 'rejected calls by Y for aid': no aid given
    hits = infinitive_contents(toks, hits, m.cues)  # plover54: 'rejected Y's call to reform X': REJECT change (before exits)
    hits = exit_demand_modes(toks, hits, m.cues)  # kocoerce66: 'rejected calls to resign': change of leadership
    hits = refused_demands(toks, hits, m.cues)  # koacts57: "rejected the opposition's demand": the owner at home
    hits = joint_projects(toks, hits, m.cues)  # enpar54: 'launched a joint satellite programme': COOPERATE
    hits = joint_deeds(toks, hits, m.cues)  # plover58: 'jointly dismantled a ring': COOPERATE of no act verb
    hits = broken_pledges(toks, hits, m.cues)  # enpar54: 'reneged on its pledge for holding elections': no AGREE
    hits = yield_contents(toks, hits, m.cues)  # enpar53: 'rejected the proposal for a truce': REJECT yield
    hits = spoken_attacks(launched_attacks(hits))  # ploveren63: 'launched a scathing attack on X': words, no force
    hits = claimed_attacks(toks, hits, m.cues)  # enattack70: 'claimed responsibility for the ambush on X': X ambushed
    hits = subject_participles(toks, hits, m.cues)  # enattack70: 'troops providing support to X were withdrawn': no AID
    hits = object_participles(toks, hits, m.cues)  # nominal53: 'detained farmers marching to X': no PROTEST
    hits = measured_protests(toks, hits, m.cues)  # enacts55: 'lifted its ban on protests': no PROTEST
    hits = sports_contests(toks, hits, m.cues)  # enacts55b: 'beat Germany 2-1 in the cup final': a win, no ASSAULT
    hits = premodifying_participles(toks, hits, m.cues)  # nominal54: 'Protesting farmers blocked roads': the blockade
    hits = on_strike(toks, hits, m.cues)  # plover54: 'demands from striking miners': on strike, no attack
    hits = calls_on(toks, hits, m.cues)  # ploveren66: 'its call on X to withdraw' asks X; 'a call on Monday' no one
    hits = hedged_threats(toks, threat_modes(considered_measures(hits, toks, m.cues), toks, m.cues), m.cues)
    hits = hedged_arming(toks, hits, m.cues)  # threaten38: 'would not rule out supplying weapons to Z': a threat
    hits = [h for h in hits if not h.data.get("open_outcome") or h.type == "THREATEN"]  # hypo45: 'watching whether'
    hits = ruled_out(toks, hits, m.cues)  # 'said lifting the sanctions on X was out of the question': the speaker refuses
    hits = charged_deeds(toks, hits, m.cues)  # charges50: 'accused X of shelling a post': X's deed, charged
    hits = arrest_grounds(toks, hits, m.cues)  # plover54: 'arrested X for collaborating with Y': no COOPERATE
    hits = reported_objects(toks, hits, m.cues)  # charges51: 'said Y had threatened to attack it': the speaker
    hits = demanded_content([h for h in hits if not alleged_content(toks, h, hits, m.cues)], toks, m.cues)
    hits = own_mandates(toks, hits, m.base_forms, m.cues)  # enrelative70: 'insisted its troops withdraw': its own act
    hits = negative_arguments(toks, hits, m.cues)  # endeny47: 'shelled no village', 'denied its troops fired': none
    hits = gerund_patients(toks, hits, m.cues)  # plover57: "X's shelling of Y positions": Y is shelled, X shells
    return topic_phrases(toks, hits, m.cues)  # plover57: 'against X over Y office': Y is the topic, no recipient


def stated_requests(toks: list[Token], hits: list[ActHit], m: Matcher) -> tuple[list[ActHit], list[ActHit]]:
    """(debt51b) The acts a sentence states without an act verb of its own (a reported "must", a characterization, a
    hope, a consequence, an insisted demand, an allegation, a verdict, a threat with no verb of threatening): the
    `requests`, read on the hits, and the hits those readings re-aim or drop (a predicate's war, a claimed deed its
    doer denies). Why apart from the hits: a request's complement is no act of its own (`kept_acts`)."""
    requests = deontic_requests(toks, hits, m.cues) + characterizations(toks, hits, m.cues) \
        + quoted_self_acts(toks, hoped_requests(toks, hits, m.cues), m.cues) \
        + consequence_threats(toks, hits, m.cues) \
        + insisted_requests(toks, hits, m.base_forms, m.cues)  # 'insisted that X withdraw': a demand in the subjunctive
    hits = within_predicates(hits, requests)  # accuse50: 'said X had declared war on its own people': no war
    requests += evidence_allegations(toks, hits + requests, m.cues)  # acts47: 'said intelligence showed X had sent troops'
    hits = charged_arming(toks, hits, requests, m.cues)  # accuse66: 'claimed that Y was arming the rebels': the charge
    hits = claimed_deeds(hits, requests, toks, m.cues)  # force59: the deeds those claims tell, dropped where their doer denies them
    hits = pronoun_denials(toks, hits, m.cues)  # endeny47: '..., but it denied the claim': the accused denies
    requests += quoted_verdicts(toks, hits, m.cues)  # en-acts45: '"This is a provocation," X said of Y's launch'
    requests = spoken_after(toks, requests, m.cues)  # '"X must ...," Y said': Y asks X
    requests = unanswered_threats(toks, requests, m.cues)  # 'X should understand that such steps will not go unanswered'
    requests += stated_threats(toks, hits, m.cues)  # threaten38: 'any attack will meet a swift response', 'would respond
    # firmly to any act', 'would become legitimate targets': threats with no verb of threatening
    requests += regarded_threats(toks, hits, m.cues)  # modal46: 'said any X deed would be regarded as a hostile act'
    requests += called_warnings(toks, hits, m.cues)  # threaten38: 'calling the drills a stern warning to X': X warned
    return hits, requests


def deed_readings(toks: list[Token], hits: list[ActHit], m: Matcher) -> list[ActHit]:
    """(debt51b) What kind of deed each hit is, read after the requests: a deterrent or a weapon meant for use, a
    quote's own act, aid's channel, an instrument's attack, a drill, figurative force, remorse, an outcome called
    off, a measure taken, a charge, a deed kept from, and the act a relative clause tells about its object. Why
    before the early exit: a sentence left with no hit and no request is done."""
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
    hits = formal_charges(toks, hits, m.cues)  # plover55: 'charged X with espionage': a formal charge, legal
    hits = conceded_charges(toks, hits, m.cues)  # accuse59: 'Despite the accusations, X and Y met': charges told before
    hits = kept_from_deeds(toks, hits, m.cues)  # plover61: 'banned X from taking part': the deed forbidden, not done
    hits = jail_terms(toks, hits, m.cues)  # enpar53: 'jailed X for 10 years': the sentence too, SANCTION convict
    hits = sentence_holdings(toks, hits, m.cues)  # conflict54: 'sentenced X to 10 years': the holding too
    hits += relative_object_acts(toks, hits, m)  # relative71: 'welcomed the aid X sent to Y': X's AID to Y
    hits = light_passive_agents(toks, hits, m.cues)  # acts60b: 'Threats against X were made by Y': Y threatened
    return hits


def kept_acts(text: str, words: list[Token], toks: list[Token], hits: list[ActHit], requests: list[ActHit],
              conditional: set[int], m: Matcher) -> list[ActHit]:
    """(debt51b) The filter of non-acts: the hits and requests that stand as acts (no request's complement, no mere
    possibility, no instance, reduced relative, courtesy call, act in a condition clause, background relative,
    describing or predicate noun, prediction, habit, characterized complement); a participle's named agent is read
    first. Why one comprehension: every test asks the same hit in the same list, in the old order."""
    asked = {r.data["complement"] for r in requests if "complement" in r.data} \
        | {c for r in requests for c in r.data.get("content_starts", ())}  # what a reported "must" asks is
    # the request's content, what a reported wrongdoing names is the accusation's ("said X was violating")
    hits = [agented_participle(toks, h, m.cues) or h for h in hits]  # enkidnap46: 'the release of engineers kidnapped
    # by X': the participle's named agent did it (kept past reduced_relative below)
    named = characterized_complement(toks, hits, m.cues)  # "branding them a rehearsal for an invasion": words, no act
    own = {id(r) for r in requests}  # a reader's hit may start where its own complement does ('"X will pay," Y said')
    hits = [h for h in hits + requests if (h.start not in asked or id(h) in own) and not merely_possible(h) and not any_instance(toks, h, m.cues)
            and not reduced_relative(toks, h, hits + requests, m.base_forms, m.cues)  # window72: a request heads too
            and not unagented_judgment(toks, h, m.base_forms, m.cues) and not courtesy_call(toks, h, m.cues)
            and h.data["token"] not in conditional and not background_relative(text, words, toks, h, m.cues)
            and not describing_noun(toks, h, m.cues) and not predicate_noun(toks, h, m.cues) and not prediction(toks, h, m.cues)
            and not reported_possibility(toks, h, m.cues) and not guessed_future(toks, h, m.cues)  # acts60
            and not feared_noun(toks, h, m.cues)
            and not event_subject(toks, h, m.cues)
            and not habitual(toks, h, m.cues) and h.data["token"] not in named]
    return hits


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
    expelled last week,': recall64), which `object_relative` reads as the clause subject's earlier measure on the head,
    nor one whose subject is a pronoun ('the officers that it had detained': relclause52, `pronoun_relative`); nor the
    act a relative clause's verb makes with its head ('the aid that X had sent to Y': relative71), whose deed is the
    head itself. `words`: the sentence's tokens as `tokenize` gives them (which `object_relative` reads), `toks` the
    walk's."""
    return earlier_in_relative(toks, hit, cues) and object_relative(hit, text, words) is hit \
        and pronoun_relative(hit, text, words) is hit and "relative_object" not in hit.data
