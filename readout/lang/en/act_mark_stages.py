"""The English act finder's marking passes, read in named stages (debt51b: out of lang/en/acts.py, which keeps the
walk and the filter of non-acts that come before them).

Why a module of its own: each stage is a screen of passes on one question (the scene, the struck, the doer, the
appeal, the answer, the statement, the unperformed deed), run in `MARK_STAGES` order on the hits the finder kept;
the finder only asks `marked`. A new pass goes in the stage whose question it answers.
"""

from __future__ import annotations


from readout.lang.base import ActHit
from readout.sectors import MOBILIZING_SECTORS
from readout.lang.en.act_government_pairs import government_pairs
from readout.lang.en.act_owned_targets import owned_targets
from readout.lang.en.act_remote_deeds import remote_deeds
from readout.lang.en.act_locatives import located_people, stated_victims
from readout.lang.en.act_struck_capitals import struck_capitals
from readout.lang.en.act_named_groups import armed_name_words, fought_name_words
from readout.lang.en.act_exile_destinations import exile_destinations
from readout.lang.en.act_cordons import cordons
from readout.lang.en.act_context import with_domestic_targets
from readout.lang.en.act_recalled_clauses import with_background
from readout.lang.en.act_protest_words import (attended_gathering, diplomatic_protest, gathered_protests, people_joining,
                                               protest_purposes, received_protesters, met_protesters)
from readout.lang.en.act_fire_aims import attack_victims, struck_forces
from readout.lang.en.act_struck_sites import struck_by_attacks
from readout.lang.en.act_antecedent_objects import antecedent_objects
from readout.lang.en.act_spoken_attacks import attacked_words
from readout.lang.en.act_responses import promised_responses
from readout.lang.en.act_stances import stance_topics, talk_topics
from readout.lang.en.act_content_stances import content_stances, unowned_stances
from readout.lang.en.act_witnesses import witnessed_signings
from readout.lang.en.act_deterrent_warnings import unowned_deterrents
from readout.lang.en.act_untolerated import unnamed_offenders
from readout.lang.en.act_destinations import destined_deployments
from readout.lang.en.act_dropped_plans import dropped_plans
from readout.lang.en.act_matcher import Matcher
from readout.lang.act_gatherings import suppressed_protests
from readout.lang.en.act_dispersed_gatherings import forced_dispersals
from readout.lang.en.act_doerless_explosions import doerless_explosions
from readout.lang.en.act_harm_causes import harm_causes
from readout.lang.en.act_addressees import collective_addressees, collective_supported, release_demands
from readout.lang.en.act_charges import without_charged_means
from readout.lang.en.act_arrest_grounds import barred_grounds
from readout.lang.en.act_charged_groups import charged_own_groups
from readout.lang.en.act_placed_outsiders import placed_outsiders
from readout.lang.en.act_granted import granted_sums, unaided_sums
from readout.lang.en.act_feelings import unaddressed_feelings
from readout.lang.en.act_demanded_doers import demanded_doers
from readout.lang.en.act_omissions import omission_charges
from readout.lang.en.act_referred import referred_deeds, verdict_victims
from readout.lang.en.act_vowed_responses import ready_defences, vowed_responses
from readout.lang.en.act_series_history import doerless_history, series_history
from readout.lang.en.act_expected_deeds import expected_deeds
from readout.lang.en.act_regarded_deeds import conditioned_deeds
from readout.lang.en.act_member_appeals import member_appeals
from readout.lang.en.act_open_appeals import open_appeals, pair_appeals
from readout.lang.en.act_judged_votes import judged_votes
from readout.lang.en.act_threats import addressed_warnings
from readout.lang.en.act_wanted import wanted_contributors
from readout.lang.en.act_weighed import weighed_offers
from readout.lang.en.act_continued import continued_support
from readout.lang.en.act_accord_terms import accord_terms
from readout.lang.en.act_met_with import met_with_responses
from readout.lang.en.act_coordinated import shared_infinitives
from readout.lang.en.act_threat_contents import threatened_contents, warned_measures
from readout.lang.en.act_given_threats import given_threats
from readout.lang.en.act_paired_condemnation import paired_condemnations
from readout.lang.en.act_examples import asked_examples
from readout.lang.en.act_series import negated_series
from readout.lang.en.act_definite import ended_fights, referring_deeds
from readout.lang.en.act_interceptions import intercepted_munitions
from readout.lang.en.act_judged import charged_support, judged_deeds
from readout.lang.en.act_casualties import unagented_casualties
from readout.lang.en.act_drills import posture_participles, reaction_forces, warning_fire
from readout.lang.en.act_origins import agent_origins
from readout.lang.en.act_ordered_measures import ordered_measures
from readout.lang.en.act_retaliation_means import retaliation_means
from readout.lang.en.act_antecedents import pronoun_antecedents
from readout.lang.en.act_owned_services import owned_services
from readout.lang.en.act_agent_attackers import agent_attackers
from readout.lang.en.act_bare_forces import bare_force_agents
from readout.lang.en.act_agent_places import agent_places
from readout.lang.en.act_attacker_nouns import attacker_nouns
from readout.lang.en.act_advisories import own_people_advisories
from readout.lang.en.act_vehicles import conveyed_disapproval, statement_vehicles
from readout.lang.en.act_standing import standing_relatives
from readout.lang.en.act_war_eras import war_era_acts
from readout.lang.en.act_cited import cited_nouns
from readout.lang.en.act_sought import unperformed_acts
from readout.lang.en.act_separate import separate_agreements
from readout.lang.en.act_trade_curbs import trade_curbs
from readout.lang.en.act_speakers import participles_after_frame, timed_participles, unnamed_voices
from readout.lang.en.act_owners import plural_owners
from readout.lang.en.act_protested import (fated_protesters, forceful_subject_protesters, protested_deeds,
                                          stance_subject_protesters)
from readout.lang.en.act_enacted import enacted_texts
from readout.lang.en.act_joints import clipped_at_joints, clipped_at_relatives
from readout.lang.en.act_measure_threats import measure_objects
from readout.lang.en.act_accepted import accepted_proposals, rejected_proposal_authors
from readout.lang.en.act_convened import refused_sessions
from readout.lang.en.act_announced_plans import announced_plans
from readout.lang.en.act_draft_contents import refused_draft_contents
from readout.lang.en.act_sponsors import vetoed_drafts
from readout.lang.en.act_vote_lists import listed_votes
from readout.lang.en.act_ceremonies import ceremonial_welcomes
from readout.lang.en.act_reproaches import reproached_refusals
from readout.lang.en.act_welcomed import welcomed_deeds
from readout.lang.en.act_summons import embassy_summons
from readout.lang.en.act_recalled_envoys import asked_own_envoys, summoned_own_envoys
from readout.lang.en.act_punishment_warnings import punishment_warnings
from readout.lang.en.act_purposes import assisting_forces, forces_sent_to_strike
from readout.lang.en.act_answers import unaddressed_appeals
from readout.lang.en.act_outbreaks import broken_out
from readout.lang.en.act_riots import aimless_crowd_weapons, crowd_riots, word_clashes
from readout.lang.en.act_noun_agents import received_aid, with_nominal_agents
from readout.lang.en.act_drawn_disapproval import drawn_by_deeds, drawn_disapprovals
from readout.lang.en.act_placed_under import placed_under
from readout.lang.en.act_permissions import permitted_deeds
from readout.lang.en.act_homecomings import homecomings
from readout.lang.en.act_agent_ends import verb_objects
from readout.lang.en.act_site_sectors import site_sectors
from readout.lang.en.act_targets import opposed_measures, pledged_targets, with_target_phrases
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_warned_subjects import warned_subjects
from readout.lang.en.act_violators import accord_violators
from readout.lang.en.act_thing_subjects import thing_pressures
from readout.lang.en.act_work_strikes import work_stoppages


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
                                             armed_name_words(text, toks),  # enarmed68: 'the Free Syrian Army'
                                             fought_name_words(text, toks))  # groups53b: 'fought the X Movement'
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
    hits = barred_grounds(toks, hits, m.cues)  # groups55b: 'arrested two men on charges of spying for X': no side X
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
    hits = clipped_at_relatives(text, hits)  # meet52: 'The X envoy [who sought talks with Y] met Z': Y's alone
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
    hits = antecedent_objects(toks, hits, m.cues)  # acts58: 'X, which Y accuses of ...': X receives Y's act
    hits = owned_services(toks, hits, m.cues)  # enmil47: 'X said its air force bombed Y': X's forces act
    hits = government_pairs(toks, hits, m.cues)  # enactor48: 'government forces and rebels agreed': the story's state
    hits = stance_subject_protesters(toks, hits, m.cues)  # acts60: 'Protesters rejected the offer': the refusal, no protest
    hits = forceful_subject_protesters(toks, hits, m.cues)  # acts60b: 'Protesters attacked X's embassy': not X's people
    hits = attack_victims(toks, fated_protesters(toks, met_protesters(toks, received_protesters(hits), m.cues), m.cues), m.cues)  # threat54: 'the
    # deaths of dozens of protesters': people something befell, no protest
    hits = struck_by_attacks(toks, hits, m.cues)  # acts58: 'A suicide bombing hit a mosque in X': its victims
    hits = struck_forces(toks, hits, m.cues)  # coord55b: 'attacked a Peruvian patrol': the victims, no deployment
    hits = attacker_nouns(text, hits, toks)  # enmil47: 'Suicide bombers killed six': the bombers act (REB), not the place's
    # government
    hits = bare_force_agents(toks, agent_attackers(text, agent_places(text, hits)), m.cues)  # acts56b: 'shelled by
    # government forces': the harmed's state's; victims48: 'an attack by Russian forces in X': X is the place,
    # 'an attack by rebels in X': the rebels (REB) of X, not its government
    return hits


def appeal_passes(text: str, toks: list[Token], hits: list[ActHit], m: Matcher) -> list[ActHit]:
    """Whom words reach: a protest drawn or attended, a measure placed on someone, appeals to a pair, to members or to
    no one named, feelings and deeds referred to, doers demanded of, verdicts' victims, responses and defences vowed."""
    hits = with_background(toks, [diplomatic_protest(text, toks, attended_gathering(toks, people_joining(toks, h, m.cues),
                                                                                    m.cues), m.cues) for h in hits], m.cues)
    hits = drawn_by_deeds(drawn_disapprovals(toks, hits, m.cues))  # protest65: 'faced a protest from X': X's, at the subject
    # plover57b: 'X's bombing of Y drew protests from Z': Z reacts, no recipient of the bombing
    hits = placed_under(toks, hits, m.cues)  # enfollow66: 'placed X under sanctions': the measure on X
    hits = homecomings(toks, hits, m.cues)  # protest65: 'the envoy returned home': a journey, no expulsion
    hits = permitted_deeds(toks, hits, m.cues)  # drawn66: 'allowed aid groups to criticize': a permission, no access
    hits = doerless_history(toks, series_history(toks, hits, m.cues), m.cues)  # modal46: 'after X's second missile
    # test': history, no event; plover60: 'following the invasion of X': no doer named, no event
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
    hits = rejected_proposal_authors(toks, hits, m.cues)  # acts60: 'rejected a demand from X': X receives the REJECT
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
    hits = dropped_plans(toks, hits, m.cues)  # plans54b: 'had planned to expel them but dropped the idea': none
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
