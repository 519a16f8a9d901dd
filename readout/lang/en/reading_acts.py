"""English acts: the `English` language's readers of acts, one mixin of lang/en/language.py's class
(split from it so that each part is a module a newcomer can read; the methods are the `Language` interface's)."""
from __future__ import annotations

import re

from readout import budget
from readout.lang.en.act_announced_closures import announced_closures
from readout.lang.en.act_armed_attackers import armed_attackers
from readout.lang.en.act_paired_clashes import paired_clashes, paired_parts
from readout.lang.en.act_armed_ousters import armed_ousters
from readout.lang.en.act_foiled_bids import foiled_bids
from readout.lang.en.act_border_closures import barred_carriers, faced_state
from readout.lang.en.act_lifted_trade_curbs import lifted_trade_curbs
from readout.lang.en.act_measure_reasons import measure_reason
from readout.lang.en.act_held_states import held_state
from readout.lang.en.act_help_fields import help_field
from readout.lang.en.act_inquiry_matters import inquiry_matter
from readout.lang.en.act_kept_options import kept_options
from readout.lang.en.act_raids import captured_town, raided_place, site_raid, unplaced_raid_noun
from readout.lang.en.act_object_relatives import object_relative, pronoun_relative
from readout.lang.en.act_agreed_counterparts import agreed_counterpart
from readout.lang.en.act_relative_partners import relative_partners
from readout.lang.en.act_resolved_topics import resolved_topics
from readout.lang.en.act_inner_relatives import inner_relative_agent, reported_head
from readout.lang.en.act_stateless_clauses import stateless_clause_agent
from readout.lang.en.act_reporting_relatives import reporter_not_recipient
from readout.lang.en.act_protested_makers import protested_maker
from readout.lang.en.act_reduced import home_forces, own_forces_agent, reduced_passive
from readout.lang.en.act_backed_targets import backed_objects
from readout.lang.en.pronoun_objects import antecedent_objects, antecedent_sides
from readout.lang.en.act_reporters import (backed_group_subject, carried_continuation, home_service_subject,
                                           lodged_protest, quoted_charge_acts, reported_force_agent, sourced_deed)
from readout.lang.en.act_body_sessions import body_session
from readout.lang.en.act_organs import organ_subject
from readout.lang.en.act_scheduled_meetings import scheduled_meeting
from readout.lang.en.act_shared_objects import judged_sentence_deed, paired_asks, shared_addressee
from readout.kb.loader import lexicon
from readout.lang.en.act_enabled_parties import enabled_parties
from readout.lang.base import ActHit, Language, Trigger, with_generic_pledge
from readout.lang.base.records import arrests_after_raids
from readout.lang.en import accord_documents, clause_spans, matter, name_role_cues


CAUTION_VERBS = ("warn", "caution")  # modal43: verbs of warning whose content may be a caution, not a threat
STANDING_TYPES = frozenset({"COERCE", "SANCTION"})  # modal43: a ban or sanction 'is' in force: a legal state, no act
STANCE_TYPES = frozenset({"SUPPORT", "REJECT", "ACCUSE"})  # welcome49: what a share of the public polled may hold
STANDING_REACH = 40  # characters before the act's verb where its present 'is'/'are' stands ('is effectively banned')
DENIED_HARM = frozenset({"ASSAULT", "COERCE"})  # enclause50: a harm denied is rejected to the side said to suffer it
ATTEMPTED_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})  # force59: deeds a charge says were only tried
CHARGED_TYPES = frozenset({"AID"})  # k49: a transfer charged or claimed of another side is the charge's content, no event
POSSIBLE_ONLY_TYPES = frozenset({"AID", "SUPPORT", "COOPERATE", "AGREE", "CONCEDE", "RETREAT"})  # fp23: acts
# named as one of the options open ('options for military aid'): no act; a hostile one may be a threat


WORD_RE = re.compile(r"[a-z0-9][a-z0-9-]*")


@budget.table()
def weapon_words() -> frozenset[str]:
    """The act lexicon's weapon word set (CAMEO's) and ours (data/lexicon/en.yaml), lower-case."""
    # cold start: not loaded with `English`, only on first use
    from readout.lang.act_lexicon import load_act_lexicon

    extra = lexicon("en").get("weapon_words_extra") or ()
    return frozenset(w.lower() for w in (*load_act_lexicon("en").file.sets.get("weapon", ()), *extra))


def weapons_mode(hit: ActHit, text: str) -> ActHit:
    """'carried out a medium-range ballistic missile test': a mobilization whose own phrase
    names a weapon is the weapons mode, whatever mode the verb's entry gives (drills are troops)."""
    if hit.type != "MOBILIZE" or hit.mode == "weapons":
        return hit
    words = WORD_RE.findall(text[hit.start:hit.end].lower())
    phrases = {" ".join(words[i:i + 2]) for i in range(len(words))} | set(words)
    return hit.copied(mode="weapons") if phrases & weapon_words() else hit


AND_REACH = 6  # characters before an act word that hold an "and " right before it


def agreed_content(text: str, hits: list[ActHit], hit: ActHit) -> bool:
    """"A and B agreed to expand joint patrols": an act word in the clause an agreement governs is what was agreed
    (the AGREE is the event), not an act that took place besides it; a verb after "and" is the subject's own."""
    before = text[max(0, hit.start - AND_REACH):hit.start].split()[-1:]  # "agreed to host talks and urged X to": a
    # second verb of the subject
    return hit.type != "AGREE" and before != ["and"] and any(  # after the governed verb: its object, not the verb
        h.type == "AGREE" and "complement" in h.data and h.data["complement"] < hit.start
        < clause_spans.clause_bounds(text, h.data["complement"], h.data["complement"] + 1)[1] for h in hits if h is not hit)


COORDINATORS = frozenset({"and", "or", "but"})  # a conjunction that opens a second verb of the subject


def coordinated_past(text: str, start: int, irregular: frozenset[str]) -> bool:
    """(plover51) 'X rejected the plan and sent aid to Y': an irregular past right after a conjunction is the
    subject's second verb, as a past in -ed is ('the plan and shipped aid'), not a noun after the first verb's
    object's determiner ('the plan and ...' reads as one noun phrase to `nominal_before_re`), so the act keeps its
    clause's subject instead of being read as the first verb's judged noun. 'the bombing and shelling' stays a noun."""
    before = text[:start].split()[-1:]
    word = text[start:].split()[:1]
    return bool(before and word) and before[0].lower() in COORDINATORS and word[0].lower() in irregular


MEASURE_OBJECT_REACH = 60  # characters after a measure's verb its object phrase may run ('closed two of its border posts')


class EnglishActs(Language):
    """The acts readers of `English`."""

    def find_acts(self, text, tokens, before: str = "") -> list[ActHit]:
        from readout.lang.en import acts  # cold start: not loaded with `English`, only on first use

        nominal = self.lex.re("nominal_before_re")
        words = acts.tokenize(text)  # speed48: read once, for the finder and the relative-clause readers below
        toks = acts.walk_tokens(words)  # enrel48: the list the hits' token indices point into (no short brackets,
        # no time adverbial before a complement): the readers below that look an index up read it
        toks, antecedents = antecedent_objects(toks, before)  # acts60: 'froze it': the pact it stands for
        hits = [with_generic_pledge(h, h.data.get("stated_type")) for h in acts.find_acts(text, words, toks)]
        hits = antecedent_sides(toks, hits, antecedents) if antecedents else hits
        hits = enabled_parties(text, toks, hits, self.lex)  # acts59: 'X helped Y to rebuild': Y receives X's aid
        if not hits:
            return hits  # every reader below only filters or marks the hits (the office opening the sentence is read
            # for them), so a sentence with none is done (a third of the sentences)
        hits = [h for k, h in enumerate(hits)  # "urged X to stop launches": the stopping is what is asked
                if not (k and h.data.get("modality") in ("infinitive", "governed"))
                and not agreed_content(text, hits, h)]
        content = self.lex.re("act_content_gap_re")  # "signed an agreement on sharing X": the agreement's content
        hits = [h for k, h in enumerate(hits) if not (k and hits[k - 1].data.get("object") and h.start > hits[k - 1].end
                                                      and text[h.start:h.end].split()[0].lower().endswith("ing")
                                                      and content.match(text[hits[k - 1].end:h.start]))]
        hits = [weapons_mode(h, text) for h in hits]
        cues = acts.matcher().cues
        hits = self.clause_readings(text, words, toks, hits, cues)
        hits = self.without_unstated(text, hits)
        hits = self.subject_marks(text, hits)
        irregular = cues.irregular_past
        return [h.copied(nominal=True) if not h.nominal and nominal.search(text, 0, h.start)
                and not text[h.start:h.end].split()[0].lower().endswith("ed")
                and not coordinated_past(text, h.start, irregular) else h
                for h in hits]  # "the state's latest launch of rockets" is a noun; "the army shelled" a verb

    def clause_readings(self, text: str, words: list, toks: list, hits: list[ActHit], cues) -> list[ActHit]:
        """(debt51b) What each hit's clause makes of it: a border closure's state, a coup or an attack by armed men, a
        raid, a pledge of support, a meeting's agreement, a reported content or agent, a relative clause's agent, a
        quoted charge, a backed group. `words`: the sentence's `tokenize` list (object relatives read it); `toks` the
        walk's (the hits' token indices point into it); `cues`: the finder's closed word lists."""
        hits = [faced_state(h, text, self.lex) for h in hits]  # 'closed its main border crossing with X' (coerce56)
        hits = announced_closures(hits, text, self.lex)  # encoup49: 'announced a border closure': the closure
        hits = armed_ousters(toks, hits, cues)  # encoup49: 'officers ousted the president': a coup
        hits = armed_attackers(toks, hits, cues)  # enacts50b: 'rebels attacked the government'
        hits = paired_clashes(toks, hits, cues)  # koattack52: 'troops and rebels clashed': the rebels acted on
        hits = paired_parts(toks, hits, cues)  # groups53: 'the army and rebels agreed to a truce': both act
        hits = foiled_bids(toks, hits, cues)  # encoup49: 'thwarted an attempt to stage a coup': none
        hits = [barred_carriers(h, text, self.lex) for h in hits]  # 'banned Xian aircraft from its airspace' (coerce56)
        hits = [lifted_trade_curbs(h, text, self.lex) for h in hits]  # 'lifted restrictions on exports to X' (sanction59)
        hits = [captured_town(h, text, self.lex) for h in hits]  # 'captured X, the largest city in ...' (coerce57)
        hits = arrests_after_raids([site_raid(raided_place(h, self.lex), text, self.lex) for h in hits])  # 'raided the X embassy and arrested
        # Y': a raid, and Y's side, not X (coerce56)
        hits = [h for h in hits if not unplaced_raid_noun(h)]  # enriot46: 'in a raid on a drug den': no act of its own
        hits = [self.support_pledge(h, text) for h in hits]
        guest = self.lex.re("guest_welcome_re")  # 'welcomed Putin at the airport': a host receiving, no SUPPORT
        hits = [h for h in hits if not (h.type == "SUPPORT" and guest.match(text, h.start))]
        own_deed = self.lex.re("own_deed_defended_re")  # 'defended the operation': self-justification, no SUPPORT
        hits = [h for h in hits if not (h.type == "SUPPORT" and own_deed.match(text, h.start))]
        public = self.lex.re("public_share_before_re")  # '80% of Xians support joining Y': a poll, no act (welcome49)
        hits = [h for h in hits if not (h.type in STANCE_TYPES and public.search(
            text, max(0, h.start - self.settings.public_share_reach_chars), h.start))]
        hits = [h for h in hits if not scheduled_meeting(h, text, self.lex)]  # 'Talks are planned for Friday'
        hits = [self.agreed_at_meeting(h, text) for h in hits]
        hits = [self.invited_by(h, text) for h in hits]
        hits = [self.reported_content(h, text) for h in hits]
        hits = [reported_force_agent(h, text, self.lex) for h in hits]  # 'an official said troops were put on alert'
        hits = [sourced_deed(h, text, self.lex) for h in hits]  # 'a source in X's service said the agency had struck'
        hits = [reduced_passive(h, text, self.lex) for h in hits]  # 'skippers detained after ...' (en34)
        hits = [object_relative(h, text, words) for h in hits]  # 'the diplomats whom Kenya expelled' (relatives63):
        # finds its verb by offset, reads the full list
        hits = [pronoun_relative(h, text, words) for h in hits]  # 'the officers it had detained': the subject's
        hits = [agreed_counterpart(h, text, words) for h in hits]  # 'agreed to take back refugees from X': X
        hits = [protested_maker(h, toks) for h in hits]  # 'protested against the pact the government signed': GOV
        hits = [relative_partners(h, toks) for h in hits]  # 'the pact the party signed with X': X is the clause's
        hits = [inner_relative_agent(h, toks) for h in hits]  # 'the tariffs the EU imposed on X': the EU's (enrelative70)
        hits = [stateless_clause_agent(h, toks) for h in hits]  # 'the tariffs the union imposed': its alone (enrelc48)
        hits = [h for h in hits if not reported_head(h, toks)]  # 'the sanctions the EU said were fair' (ensubj46)
        hits = [reporter_not_recipient(h, toks) for h in hits]  # endeny47: "Chile's sanctions the EU said were fair"
        hits = [own_forces_agent(h, text, self.lex) for h in hits]  # 'X said its jets were scrambled' (en34)
        hits = [home_forces(h, text, self.lex) for h in hits]  # 'The ministry said the F-15s had been scrambled'
        hits = quoted_charge_acts(hits, text, self.lex)  # 'accused X of letting "Y plunder Z"': the charge's words
        hits = [backed_group_subject(h, text, self.lex) for h in hits]  # 'the Iranian-backed rebels fired'
        hits = backed_objects(hits, text, self.lex)  # enfix49: 'condemned the Russia-backed rebels': not Russia
        return hits

    def without_unstated(self, text: str, hits: list[ActHit]) -> list[ActHit]:
        """(debt51b) The hits the words before or after them make no act done: a stance, no sign of it, a guess, a
        denial, a charge or an attempt charged, an option, a supposed attack, a field of help, a reason of a measure,
        civil operations, a wish to meet, a caution, a standing state, a series. Why one step: each is a filter (or
        the denial's re-reading) of the hit alone, asked in the old order."""
        stance = self.lex.re("general_stance_after_re")  # 'opposes any attempt to ...': a stance, no act on anyone
        hits = [h for h in hits if not (h.type == "REJECT" and stance.match(text, h.end))]
        no_sign = self.lex.re("no_sign_before_re")  # 'showed no sign of backing down': no act (en33)
        hits = [h for h in hits if not no_sign.search(text, max(0, h.start - 40), h.start)]
        guessed = self.lex.re("speculated_past_before_re")  # 'X may have provided help': a guess, no act (fp23)
        hits = [h for h in hits if h.nominal or not guessed.search(text, max(0, h.start - 40), h.start)]
        denied = self.lex.re("denied_deed_before_re")  # 'denied supplying weapons to X': no act (k49)
        hits = [denial_of(h) if not h.nominal and (denied.search(text, max(0, h.start - 40), h.start)
                                                   or h.data.get("denied_clause")) else h  # endeny47: no auxiliary
                for h in hits]
        hits = [h for h in hits if h is not None]
        unreal = self.lex.re("denied_existence_before_re")  # 'denied there had been clashes': no act (force53)
        hits = [h for h in hits if not unreal.search(text, max(0, h.start - 60), h.start)]
        charged = self.lex.re("charged_transfer_before_re")  # 'accused X of supplying Y': the charge only (k49)
        hits = [h for h in hits if h.nominal or h.type not in CHARGED_TYPES
                or not charged.search(text, max(0, h.start - 80), h.start)]
        attempted = self.lex.re("charged_attempt_before_re")  # 'accused X of trying to seize power' (force59)
        hits = [h for h in hits if h.nominal or h.type not in ATTEMPTED_TYPES
                or not attempted.search(text, max(0, h.start - 80), h.start)]
        optional = self.lex.re("possible_act_before_re")  # 'options for military aid to X': possible, not given (fp23)
        hits = [h for h in hits if not (h.nominal and h.type in POSSIBLE_ONLY_TYPES
                                        and optional.search(text, max(0, h.start - 60), h.start))]
        hits = kept_options(text, hits, self.lex)  # 'keeps the option of tariffs on the table' (threat58)
        hits = [h for h in hits if not supposed_attack(h, text, self.lex)]  # 'an attack on any of them' (coerce56)
        hits = [h for h in hits if not help_field(text, hits, h)]  # 'asked X for help in fighting Y' (enwild47)
        hits = resolved_topics(hits, text, self.lex)  # 'to settle the border dispute with X': no charge (enact48)
        hits = [h for h in hits if not measure_reason(h, hits, text)]  # 'froze assets over the killing of' (enact48)
        hits = [inquiry_matter(h, text) for h in hits]  # 'launched an inquiry into the sale of land' (enact48)
        civil = self.lex.re("noncombat_operations_re")  # 'conducting flight operations': no assault (en35)
        hits = [h for h in hits if not (h.type == "ASSAULT" and civil.search(text, h.start, h.end))]
        wished = self.lex.re("meeting_wished_before_re")  # 'would be happy to meet X': a willingness, no act (modal43)
        hits = [h for h in hits if not (h.data.get("stated_type", h.type) == "CONSULT" and wished.search(
            text, max(0, h.start - self.settings.wish_window_chars), h.start))]
        caution = self.lex.re("caution_content_re")  # 'warning that it could destabilize X': a caution (modal43)
        hits = [h for h in hits if not (h.type == "THREATEN" and text[h.start:h.end].lower().startswith(CAUTION_VERBS)
                                        and caution.match(text, h.end))]
        standing = self.lex.re("standing_state_before_re")  # 'X is banned by resolutions from ...': a state (modal43)
        hits = [h for h in hits if not (h.type in STANDING_TYPES and not h.nominal  # a passive, not 'is imposing'
                                        and not text[h.start:h.end].split()[0].lower().endswith("ing")
                                        and standing.search(text, max(0, h.start - STANDING_REACH), h.start))]
        hits = [h for h in hits if not held_state(h, text, self.lex)]  # 'has been held at the prison': a state
        repeated = self.lex.re("repeated_act_before_re")  # "North Korea's repeated missile launches": a series, no one act
        hits = [h for h in hits if not (h.nominal and repeated.search(text, max(0, h.start - 40), h.start))]
        return hits

    def subject_marks(self, text: str, hits: list[ActHit]) -> list[ActHit]:
        """(debt51b) What the clause's subject makes of each hit: a continuation of the last clause's subject, an
        addressee shared or a pair of asks, a judged deed, a home body, service or organ as the subject, a body's
        session, a lodged protest, a group's voice, a body answering. Why together: the subject head of each hit is
        read once (`heads`) for the rules that ask it."""
        bare = self.office_back(text, [])
        heads = {h.start: self.subject_head(text, h.start) for h in hits}  # read once: four rules below ask it
        hits = [h.copied(data={**h.data, "continued": how}) if (how := self.continuation(
            text, h.start, bare, heads[h.start])) else h for h in hits]
        person = self.lex.re("continued_person_re")  # actors58: 'He urged ...' goes on as a voice, no office's state
        hits = [h.copied(data={**h.data, "person_voice": True}) if h.data.get("continued") == "office" and any(
            person.match(b) for b in (text[:h.start], heads[h.start])) else h for h in hits]
        hits = carried_continuation(hits, text, self.lex)  # 'It accused X ... and cautioned': It, twice
        hits = shared_addressee(hits, text, self.lex)  # 'demanded X halt ..., and warned that ...': X is warned
        hits = paired_asks(hits, text, self.lex)  # relatives65: 'urged A to X and B to Y': B is asked too
        hits = judged_sentence_deed(hits, text, self.lex)  # 'X fired shells, in what it called a provocation'
        home = self.lex.re("home_body_subject_re")  # 'The foreign ministry summoned ...': the dateline's state acts
        hits = [h.copied(data={**h.data, "home_subject": True, "envoy_post": self.envoy_post(text, h.start)
                                    or h.data.get("envoy_post")})
                if home.match(text, 0, h.start) or home.match(heads[h.start]) else h for h in hits]
        clause_home = self.lex.re("home_body_clause_re")  # ', while a defence ministry spokesman demanded' (en32)
        hits = [h.copied(data={**h.data, "home_subject": True})
                if "home_subject" not in h.data and clause_home.search(text, max(0, h.start - 90), h.start) else h
                for h in hits]
        hits = [home_service_subject(h, text, heads[h.start], self.lex) for h in hits]  # 'The navy said it had sent'
        hits = [organ_subject(h, heads[h.start], self.lex) for h in hits]  # 'The junta rejected ...' (world39)
        hits = [h for h in hits if not body_session(h, heads[h.start], self.lex)]  # 'The council will convene to discuss'
        hits = lodged_protest(hits, text, self.lex)  # 'to lodge "a strong protest over ..."'
        hits = [self.group_voices(text, h, heads[h.start]) for h in hits]
        hits = [h.copied(data={**h.data, "home_subject": True, "answering": True})
                if self.answering_body(text, heads[h.start]) else h for h in hits]  # never the side it answers
        return hits

    def agreed_at_meeting(self, hit: ActHit, text: str) -> ActHit:
        """'A held talks with B on Monday, agreeing to ...': an agreement in a participle joined to a meeting clause
        was reached by the meeting's parties, not by its subject alone (`joint`, as a decision quoted without its
        subject)."""
        if hit.type != "AGREE" or not name_role_cues.participial_adjunct(text, Trigger(hit.start, hit.end, text[hit.start:hit.end])):
            return hit
        if not any(True for _ in self.lex.scan("meeting_trigger_re", text[:hit.start])):
            return hit
        return hit.copied(data={**hit.data, "joint": True})

    def reported_content(self, hit: ActHit, text: str) -> ActHit:
        """'X said on Wednesday that the flight a day earlier was routine, brushing aside protests': a participle after
        a comma that follows a reported that-clause (`reported_that_re`) is the reporter's act; the that-clause is
        content whose dates are not its own (`content_span`, as a Korean proposal's content), and the day the report
        gives its frame is the act's (`reporter_act`). en22."""
        comma = text.rfind(",", 0, hit.start)
        if "content_span" in hit.data or comma < 0 or text[comma + 1:hit.start].strip() \
                or not text[hit.start:hit.end].split()[0].lower().endswith("ing"):
            return hit
        frame = None
        for m in self.lex.re("reported_that_re").finditer(text, 0, comma):
            frame = m
        if frame is None:
            return hit
        return hit.copied(data={**hit.data, "content_span": (frame.end(), comma), "reporter_act": True})

    def invited_by(self, hit: ActHit, text: str) -> ActHit:
        """'X arrived in Moscow at the invitation of Russian Foreign Minister Y', 'at the request of Z': the one after
        'of' invited or asked (the agent), the clause before the phrase names who was invited (the target)."""
        if hit.type != "REQUEST" or not hit.nominal:
            return hit
        m = next((m for m in self.lex.scan("invited_by_re", text) if m.start() <= hit.start < m.end()), None)
        if m is None:
            return hit
        stop = text.find(",", m.end())
        agent = (m.end(), stop if stop >= 0 else len(text))
        return hit.copied(data={**hit.data, "agent_span": agent, "target_spans": ((0, m.start()),)})

    def envoy_post(self, text: str, start: int) -> tuple[int, int] | None:
        """Where the host of the summoned envoy's post is named ('summoned the Japanese ambassador to Seoul'):
        the summoning state is the host of the post."""
        m = self.lex.re("envoy_post_re").search(text, start)
        return (m.start("host"), m.start("host") + len(m.group("host").rstrip("."))) if m else None

    def support_pledge(self, hit: ActHit, text: str) -> ActHit:
        """'promised full support to Russia', 'pledged support to further strengthen cooperation': support
        promised to someone or to do something is a promise of future cooperation (AGREE, the manual's reading
        of promises; its recipient the one it is promised to), one event; 'pledged support for X's efforts'
        approves now (SUPPORT for X)."""
        if hit.type != "SUPPORT" or text[hit.start:hit.end].split()[0].lower() not in self.lex["support_pledge_words"]:
            return hit
        # cold start: not loaded with `English`, only on first use
        from readout.lang.en.act_matcher import matcher
        if hit.data.get("object") in matcher().cues.sympathy_objects:
            return hit  # 'offered condolences to X': sympathy shown now, no promise
        to = self.lex.re("pledged_to_re").match(text, hit.end)
        if not to:
            return hit
        data = {**hit.data, "stated_type": "SUPPORT"}
        party = self.lex.re("pledged_to_party_re").match(text, hit.end)
        if party:  # support66: the one it is promised to ('offered support to Paraguay'), up to the phrase's end
            comma = text.find(",", party.end())
            data["promised_to"] = (party.end(), min(self.act_phrase_end(text, party.end()),
                                                    comma if comma >= 0 else len(text)))
        return hit.copied(type="AGREE", mode=None, data=data)

    def recipients_side(self):
        return "after"

    def accord_matter(self, text, tokens, trigger, clause):
        return matter.accord_matter(self.lex, text, trigger, clause)

    def coordinated_accords(self, text, tokens, trigger, clause):
        return accord_documents.coordinated_accords(self.lex, text, trigger, clause)

    def measure_object(self, text, trigger, clause):
        pattern = self.lex.re("measure_object_re")
        inside = list(pattern.finditer(text, trigger[0], trigger[1]))  # the object's head ends the phrase: the
        if inside:  # last ('suspended its border accord': accord)
            return inside[-1].lastgroup
        stop = min(self.act_phrase_end(text, trigger[1]), trigger[1] + MEASURE_OBJECT_REACH)
        comma = text.find(",", trigger[1], stop)  # 'banned X aircraft from its airspace, closed ...': not the next
        m = pattern.search(text, trigger[1], comma if comma >= 0 else stop)  # measure's object
        return m.lastgroup if m else None

    def act_phrase_end(self, text, end):
        m = self.lex.re("coordinated_verb_re").search(text, end)
        return m.start() if m else len(text)

    def main_predicate(self, text, tokens, start):
        return not any(a <= start < b for a, b in clause_spans.relative_spans(text))

    def agent_follows(self, text, end):
        return bool(self.lex.re("agent_after_re").match(text, end))

    def names_a_rule(self, text, end):
        return bool(self.lex.re("rule_after_re").match(text, end))


def supposed_attack(hit: ActHit, text: str, lex) -> bool:
    """(coerce56) 'an attack on any of the signatories will be considered an attack on all': an attack noun with an
    indefinite article and aimed at whichever party is a supposed one, a collective-defence term of an accord (AGREE),
    no ASSAULT; 'an attack on a border post killed two' names a real one ('a' with a thing, not a party word)."""
    return hit.type == "ASSAULT" and hit.nominal \
        and bool(lex.re("supposed_attack_before_re").search(text, max(0, hit.start - 16), hit.start)) \
        and bool(lex.re("supposed_attack_after_re").match(text, hit.end))


def denial_of(hit: ActHit) -> ActHit | None:
    """(k49, enclause50) A deed only denied ('denied that its troops had fired on X', 'denied its jets had bombed X's
    villages'): no occurred act. A harm denied is the denier's REJECT of the charge, aimed at the side it would have
    hit, as the gold codes 'denied targeting civilians' (REJECT to the accusing victim's state); the reader of the
    deed's clause still finds both sides. Any other deed denied ('denied supplying weapons to X'): nothing (None)."""
    if hit.type not in DENIED_HARM:
        return None
    return hit.copied(type="REJECT", mode=None, data={**hit.data, "denied_deed": hit.type})

