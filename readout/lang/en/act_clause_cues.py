"""The first part of the closed word lists of `en_acts.yaml` the English act readers consult (`Cues`): the words the
clause readers read around a matched act word, its negation, modality, hypotheses, schedules, obligations,
reporting verbs, auxiliaries, determiners and the object window's stops, as `ClauseCues`, the base class of `Cues`.

Why its own module: the bundle's fields outgrew one module; split over a base class they stay one bundle that every
reader reads by name (`cues.name`), in the same order, and each module stays a few hundred lines.
"""
from __future__ import annotations

from typing import Any

Phrases = dict[tuple[str, ...], tuple[tuple[str, ...], ...]]  # phrases by their last two words


class CueBundle:
    """A read-only bundle of named word lists: its fields are the annotated names of its classes, base first
    (`FIELDS`); it is made with every field named (`Bundle(**values)`), read by attribute and never changed
    (`replace` makes a copy). Why not a frozen dataclass (speed50b, issue 20): `dataclass` writes and compiles an
    `__init__`, `__eq__`, `__hash__` and `__repr__` over all ~450 fields at every start-up (about 0.08 s of CPU
    an English process spent before reading a word); the readers only read attributes."""

    FIELDS: tuple[str, ...] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.FIELDS = tuple(name for klass in reversed(cls.__mro__)
                           for name in vars(klass).get("__annotations__", {}) if name != "FIELDS")

    def __init__(self, **values: Any) -> None:
        missing, unknown = set(self.FIELDS) - values.keys(), values.keys() - set(self.FIELDS)
        if missing or unknown:
            raise TypeError(f"{type(self).__name__}: missing {sorted(missing)}, unknown {sorted(unknown)}")
        self.__dict__.update((name, values[name]) for name in self.FIELDS)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only: cannot delete {name!r}")

    def __eq__(self, other: object) -> bool:
        """Equal bundles hold equal lists (the start-up cache's round trip is checked so); unhashable, as the
        dataclass was with its dict fields."""
        return type(other) is type(self) and vars(other) == vars(self)

    __hash__ = None  # type: ignore[assignment]

    def replace(self, **changes: Any) -> "CueBundle":
        """A copy with the named fields changed (as `dataclasses.replace`)."""
        return type(self)(**{**self.__dict__, **changes})

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {len(self.FIELDS)} word lists>"


class ClauseCues(CueBundle):
    """The clause readers' closed word lists, the first fields of `Cues` (see there); `cues_of` fills them by name."""


    negation: frozenset[str]
    negation_phrases: Phrases
    suffered_prices: frozenset[str]  # 'will have to pay a heavy price': a threat, no request (price35)
    affirming_phrases: Phrases  # 'will not hesitate to': a negation that affirms the act it governs (measures35)
    intent: frozenset[str]
    intent_phrases: Phrases
    performative_phrases: Phrases  # 'would like to thank X': the thanks given (stance52)
    performative_verbs: frozenset[str]  # the speech acts a wish to perform performs
    hypothetical: frozenset[str]
    hypothetical_phrases: Phrases
    unissued_texts: frozenset[str]  # 'did not issue a joint statement': nothing refused (hypo45)
    open_outcomes: frozenset[str]  # 'watching whether X would', 'the possibility that X will': an outcome in doubt (hypo45)
    schedule_phrases: Phrases  # 'is due to', 'are scheduled to': a timetable, the actor's own plan
    scheduled_types: frozenset[str]  # the acts a timetable fixes (meetings, signings, deliveries)
    posture_prepositions: frozenset[str]  # 'massed troops near X': a show of force facing X
    self_inclusive_phrases: Phrases  # 'the two countries should': a pair the speaker belongs to
    channel_prepositions: frozenset[str]  # 'provided aid through UNICEF': the channel, not the recipient
    collective_addressees: frozenset[str]  # 'urged its partners to': many states, none named
    quoted_self_subjects: frozenset[str]  # '"We condemn ...," X said': a quote's subject that is its speaker's side
    consideration_verbs: frozenset[str]  # 'is considering a ban': a measure weighed, a threat of it
    change_verbs: frozenset[str]  # 'urged X to repeal the law': a request for change (REQUEST/REJECT 'change')
    ceasefire_nouns: frozenset[str]  # 'urged X to agree to the truce': a request to yield (fields10)
    crime_nouns: frozenset[str]  # 'declared the killings a genocide': ACCUSE allege (fields10)
    designating_verbs: frozenset[str]  # 'declared', 'designated': a formal verdict (fields10)
    deontic: frozenset[str]
    unfinished_conjunctions: frozenset[str]  # 'before X's troops are sent': a deed still to come (act_unfinished)
    present_auxiliaries: frozenset[str]  # 'are sent', 'gets deployed': the present passive's auxiliary
    confirming_verbs: frozenset[str]  # 'cannot confirm the deployment': what they govern (act_unconfirmed)
    unconfirming_words: frozenset[str]  # 'not', 'cannot', 'unable', 'yet': a confirming left undone
    deontic_phrases: Phrases
    reporting: frozenset[str]
    reporting_participles: frozenset[str]  # ', saying X must ...': a participle reporting after a comma (plover47)
    refusal_non_acts: frozenset[str]
    negation_rejects: frozenset[str]
    ranked_doers: frozenset[str]  # 'the only member to vote against': a deed done (reject50)
    ranked_doer_heads: frozenset[str]  # 'member', 'country': the side ranked (reject50)
    rally_attendance_verbs: frozenset[str]  # accuse60: 'attended a rally': a gathering gone to (act_protest_words);
    # its list and `gathering_joining_verbs`, the verbs of joining it shares with `protest_joining_verbs`
    voted_deed_verbs: frozenset[str]  # 'voted', 'votes': a finite vote whose 'to' act is done (act_voted_deeds)
    voted_deed_undone: frozenset[str]  # 'will', 'to': before the vote verb, a vote still to come
    voted_deed_gap_words: frozenset[str]  # a vote's margin and time between its verb and the 'to'
    dissent_participles: frozenset[str]  # ', with X and Y opposed': a stance in a body (reject50)
    signing_verbs: frozenset[str]  # 'signed a law nullifying the agreement' (reject50, act_voiding_laws)
    enacting_nouns: frozenset[str]  # 'law', 'decree': what is signed there
    voiding_participles: frozenset[str]  # 'nullifying', 'annulling': what the law does to the accord
    negated_pledge_rejects: frozenset[str]  # 'would not step down': a yield refused as a pledge (reject50)
    negated_pledge_reject_types: frozenset[str]  # 'would not withdraw': any yield's type refused so (pledges64)
    negated_measure_rejects: frozenset[str]  # 'would not apply the sanctions': a measure refused (request57)
    refused_measure_determiners: frozenset[str]  # 'the sanctions': a measure already decided (request57)
    demanded_exits: frozenset[str]  # 'rejected calls for his resignation': an exit refused at home (request58)
    demanded_exit_followers: frozenset[str]  # 'to hand power [to] civilians': 'power' ends the exit (enrefuse68)
    conditions: frozenset[str]
    date_words: frozenset[str]
    time_openers: frozenset[str]
    time_units: frozenset[str]
    place_adverbs: frozenset[str]  # 'citizens detained there': a participle's place, no object (en44)
    holding_participles: frozenset[str]  # 'the release of X held in Y': Y holds X (ploveren71)
    owned_release_nouns: frozenset[str]  # koclause56: 'demanded their release' (act_addressees.owned_release)
    released_owner_words: frozenset[str]  # koclause56: the owner pronouns before it: his, her, their
    judged_meeting_nouns: frozenset[str]  # koclause56: 'criticized the meeting': its parties (act_answers)
    time_parts: frozenset[str]
    complement_starts: frozenset[str]
    infinitive: frozenset[str]
    adverbs: frozenset[str]
    be: frozenset[str]
    copulas: frozenset[str]  # the auxiliaries by kind (one source for every reader that walks over them)
    perfect_auxiliaries: frozenset[str]
    existential_subjects: frozenset[str]  # 'there' of 'there were clashes': the act word after it is a noun
    future_auxiliaries: frozenset[str]
    refusal_decisions: frozenset[str]  # (request61) 'decided not to attend': a refused meeting (act_refused_meetings)
    support_auxiliaries: frozenset[str]
    determiners: frozenset[str]
    prepositions: frozenset[str]
    relative: frozenset[str]
    descriptive_heads: frozenset[str]
    adjectival: frozenset[str]
    generic_complements: frozenset[str]
    threat_pledges: frozenset[str]
    clause_breaks: frozenset[str]
    capitalized_not_verbs: frozenset[str]
    compound_heads: frozenset[str]
    nominal_compound_heads: frozenset[str]
    responsibility_claim_verbs: frozenset[str]  # enattack70: 'claimed responsibility for the attack' (act_claimed_attacks)
    responsibility_nouns: frozenset[str]  # enattack70: 'responsibility', 'credit'
    claimed_attack_nouns: frozenset[str]  # attack71: 'claimed credit for a raid on X' (act_claimed_attacks)
    crowd_nouns: frozenset[str]  # enattack70: 'protesters', 'a mob': the people who riot on a site (act_riots.crowd_subject)
    riot_site_heads: frozenset[str]  # enattack70: property a crowd attacks ('the presidential palace', 'a police station')
    military_site_modifiers: frozenset[str]  # enattack70: 'attacked a [military] base': the forces' site
    crowd_site_heads: frozenset[str]  # enfix49: 'shelled a market in X': X's civilians (CVL)
    bare_force_agents: frozenset[str]  # acts56b: 'shelled by government forces': the harmed's own state's (act_bare_forces)
    business_site_heads: frozenset[str]  # enfix49: 'struck a shopping mall in X': X's business (BUS)
    forces_site_heads: frozenset[str]  # entwins49: 'shelled the barracks in X': X's forces (MIL)
    site_town_descriptors: frozenset[str]  # enattack50: 'near the Nigerian city of X': the town is X
    settlement_site_heads: frozenset[str]  # enattack51b: 'attacked a village near X': X's civilians (CVL)
    police_site_heads: frozenset[str]  # acts57: 'exploded outside a police station in X': X's police (COP)
    worship_site_heads: frozenset[str]  # acts57b: 'a bombing at a mosque in X': X's faithful (REL)
    demanded_price_objects: frozenset[str]  # acts57b: 'demanded a ransom for the release of X' (act_priced_deeds)
    price_links: frozenset[str]  # acts57b: 'for the', 'in exchange for': between a price and the deed it buys
    holding_site_heads: frozenset[str]  # acts57: 'prisoners in Israeli jails': the holder's place in a subject
    retaliation_lemmas: frozenset[str]  # acts57: 'hit back at', 'strike back' (act_retaliations)
    state_site_heads: frozenset[str]  # enattack51: 'attacked X airport': the state's works, its government (GOV)
    held_site_heads: frozenset[str]  # enarmed68: sites a pair object noun may modify ('government buildings')
    nominal_governors: frozenset[str]
    compound_modifiers: frozenset[str]
    phrase_openers: frozenset[str]  # articles and possessives: a base form after one is no verb (act_window.attributive)
    object_stops: frozenset[str]
    window_ending_acts: frozenset[str]  # window72: 'announced the suspension of aid': the act noun ends the window
    window_ending_refusals: frozenset[str]  # enacts56: 'announced its rejection of an offer': the refusal ends it
    informational_objects: frozenset[str]
    insisting_verbs: frozenset[str]  # 'insisted that X withdraw': a demand in the subjunctive (act_insisted)
    phrasal_particles: frozenset[str]  # 'refused to take up': the infinitive's clause ends after them (act_frames)
    bare_body_nouns: frozenset[str]  # 'demanded that the council set': the body asked (act_body_addressees)
    letter_verbs: frozenset[str]  # appeals50: 'wrote to the council asking for': the body written to is asked
    request_frame_prepositions: frozenset[str]  # appeals50: 'met at X's request': X asked the one who met
    repetition_adverbs: frozenset[str]  # 'has repeatedly demanded': a pressed demand, no habit (act_background)
    discharged_matter: frozenset[str]  # 'released treated water': matter let out, no one freed (act_discharges)
    idiom_objects: frozenset[str]  # 'struck a cautious tone': the object of a figurative force verb (act_clause)
    charge_topic_prepositions: frozenset[str]  # 'complaint over a strike': the complaint's topic (act_protested)
    future_adjectives: frozenset[str]
    announced_measures: frozenset[str]
    measure_taking_verbs: frozenset[str]  # 'took all necessary measures': done, no threat (act_measure_threats)
    envoy_objects: frozenset[str]  # 'will recall its ambassador': an announced recall, no threat (act_frames)
    space_objects: frozenset[str]  # 'will launch a satellite': a planned launch, no threat (act_frames.plover_reading)
    quantity_words: frozenset[str]
    protester_fate_nouns: frozenset[str]  # 'the deaths of protesters': no protest (act_protested.fated_protesters)
    purpose_phrases: Phrases
    background_words: frozenset[str]
    event_subject_nouns: frozenset[str]  # 'X's visit has raised concerns': no one's act (act_context.event_subject)
    predicate_subjects: frozenset[str]  # 'It will be X's first visit': a described act (act_context.predicate_noun)
    allegation_preps: frozenset[str]
    threat_content_preps: frozenset[str]
    own_possessives: frozenset[str]
    abroad_people_nouns: frozenset[str]  # 'urged its nationals to': an advisory abroad (request63, act_advisories)
    travel_advice_words: frozenset[str]  # 'urged its citizens to avoid travel': an advisory (request63)
    advisory_place_words: frozenset[str]  # 'its citizens in Chile', 'not to go to Chile': an advisory (request63)
    force_nouns: frozenset[str]
    holding_verbs: frozenset[str]  # 'vowed to protect its sovereignty': a pledge to keep (act_frames.own_holding)
    held_nouns: frozenset[str]
    own_conduct_verbs: frozenset[str]  # 'vowed to run again': a pledge about itself, no AGREE (stance52)
    command_verbs: frozenset[str]
    imposed_types: frozenset[str]
    departure_verbs: frozenset[str]
    envoy_return_verbs: frozenset[str]  # 'ordered its envoy to return': a recall (proposals66, act_recalled_envoys)
    receipt_verbs: frozenset[str]
    drawing_verbs: frozenset[str]  # 'drew condemnation from X': X's act at the subject (protest65)
    drawn_past_forms: frozenset[str]  # acts58: 'the shelling of camps [drew]': a noun phrase ends there
    won_verbs: frozenset[str]  # 'won praise from X': got, not sought (drawn66)
    placing_verbs: frozenset[str]  # 'placed X under sanctions': the measure on X (enfollow66)
    degree_adverbs: frozenset[str]  # 'heavily armed troops': a participle modifying a noun, no act (enfollow66)
    progressive_only_forms: frozenset[str]  # 'is funding X': a verb only after 'be' (ensupport68)
    access_verbs: frozenset[str]  # 'allowed inspectors to enter': access; 'to criticize': a permission (drawn66)
    drawing_phrases: Phrases  # 'came under sanctions from X', 'in the face of criticism from X' (drawn66)
    drawing_particles: frozenset[str]  # 'drew down its forces': another verb, nothing drawn (drawn66)
    homeward_words: frozenset[str]  # 'returned home': the subject went home, no expulsion (protest65)
    envoy_nouns: frozenset[str]
