"""Korean acts: the `Korean` language's readers of acts, one mixin of lang/ko/language.py's class
(split from it so that each part is a module a newcomer can read; the methods are the `Language` interface's)."""
from __future__ import annotations

import dataclasses

from readout.lang.base import ActHit, Language, Reference, with_generic_pledge
from readout.lang.ko import accord_documents, clauses, matter, words as ko_words
from readout.lang.ko.act_agreed_counterparts import agreed_counterparts
from readout.lang.ko.act_answers import answered_acts, expeller_in_sentence
from readout.lang.ko.act_sponsors import vetoed_drafts
from readout.lang.ko.act_reproaches import reproached_refusals
from readout.lang.ko.act_charged_intents import charged_intents
from readout.lang.ko.act_joined_measures import asked_to_join
from readout.lang.ko.act_requesters import addressee_before_conjuncts
from readout.lang.ko.act_warned import warned_in_joined_quote
from readout.lang.ko.act_paired_condemnation import paired_condemnations
from readout.lang.ko.act_reactions import quoted_reactions
from readout.lang.ko.act_remorse import remorse_readings
from readout.lang.ko.act_aimed_deployments import aimed_deployments
from readout.lang.ko.act_home_organs import home_organs
from readout.lang.ko.act_vetoes import veto_sides
from readout.lang.ko.act_convened import refused_sessions
from readout.lang.ko.act_ruled_out import ruled_out_measures
from readout.lang.ko.act_dateline_organs import opening_organ
from readout.lang.ko.act_counted_deeds import vague_count_told_once
from readout.lang.ko.endings import tokens_of
from readout.lang.ko.act_voices import outer_subject, own_subjects, quoted_ranges, said_of_spans, statement_owner
from readout.lang.ko.meeting_bystanders import vehicle
from readout.lang.ko.calendar_words import with_calendar
from readout.lang.ko.country_bodies import foreign_body_voice


FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})  # uses of force whose agent a nominal clause may name
OWN_DEED_REACH = 20  # welcome49: characters before a verb of defending where the defended deed stands
STANCE_TYPES = frozenset({"SUPPORT", "REJECT", "ACCUSE"})  # welcome49: what a share of the public polled may hold
TALLY_REACH = 30  # characters before an act word where its tally of times stands ('취임 이후 여러 차례 대규모 훈련을')
HELD_START_REACH = 20  # coerce57: characters before a held passive where its start stands ('지난 3일부터 관저에')


def claimant_before_contrast(hit: ActHit, text: str, tokens) -> ActHit:
    """'앞서 A는 ...했다고 주장했으나, B는 근거 없는 주장이라고 일축했다': a charge dismissed by the topic of a clause
    after a contrastive ending (`SentenceReader.contrast_topic`) is the charge the sentence's first topic just made;
    that topic is the target (`target_spans`), as a charge told in the sentence before would be."""
    r = clauses.reader(text, tuple(tokens))
    j = r.word_at(hit.start)
    if j is None:
        return hit
    switched, claimant = r.contrast_topic(r.clause_of(j)[0]), r.topic()
    if switched is None or claimant is None or claimant >= switched:
        return hit
    start = claimant
    while start > 0 and r.facts[start - 1].particle is None and not r.facts[start - 1].lemma:
        start -= 1  # the words of the topic's phrase ('러시아 외무부는'); an adverb before it names no one
    span = (r.words[start].start, r.words[claimant].end)
    return dataclasses.replace(hit, data={**hit.data, "target_spans": (span, *hit.data.get("target_spans", ()))})


def quoted_aside(hit: ActHit, text: str) -> ActHit:
    """'이어 "…"라며 "[B는] …해야 한다"고 촉구했다': an act whose subject was dropped, told after quotations it is not in;
    the subjects inside them are what the voice said, not who acts (`quoted_aside`: pipeline/act_actors
    subject_countries leaves them out, and the side of the sentence before goes on)."""
    aside = tuple(q for q in quoted_ranges(text) if not q[0] <= hit.start < q[1])
    return dataclasses.replace(hit, data={**hit.data, "quoted_aside": aside}) if aside else hit


def warned_in_quote(hit: ActHit) -> bool:
    """(charges51b) A main warning or threat verb aimed at a side it read in its quotation ('A는 "B는 안전하지 못할
    것"이라고 경고했다'): the subjects inside the quotation are whom the speaker warned, never a co-warner, whatever
    the clause reader makes of the quote's predicate (an adjective's, '안전하지 못할', let the quoted topic join the
    speaker's); English 'A warned that "B will not be safe"' reads A alone."""
    return hit.type == "THREATEN" and bool(hit.data.get("main")) and not hit.nominal \
        and bool(hit.data.get("target_spans")) and not hit.data.get("continued")


MEASURE_OBJECT_REACH = 25  # characters before a measure's verb its object may stand ('국경 검문소 두 곳을 폐쇄했다')


class KoreanActs(Language):
    """The acts readers of `Korean`."""

    def tallied(self, text: str, hit: ActHit, tally, toks: list) -> bool:
        """(precision49) An indefinite count of times or a yearly round before the act word, with no day named before
        it ('취임 이후 여러 차례 훈련을 벌여왔다'): a tally of acts over a stretch, no act of the story's day. (koacts60)
        A vague count alone before a deed in the plain past ('여러 차례 포격했다') tells one past deed, as English
        'repeatedly shelled' does (act_counted_deeds)."""
        start = hit.start
        if self.lex.re("tally_day_re").search(text, 0, start):
            return False
        if tally.search(text, max(0, start - TALLY_REACH), start):
            return True
        count = self.lex.re("repeated_count_before_re").search(text, max(0, start - TALLY_REACH), start)
        return count is not None and not vague_count_told_once(
            text, start, count, self.lex.re("repeated_count_stretch_re"), toks)

    def find_acts(self, text, tokens, before: str = "") -> list[ActHit]:
        from readout.lang.ko import acts  # cold start: not loaded with `Korean`, only on first use
        # cold start: not loaded with `Korean`, only on first use
        from readout.lang.ko.act_verdict_charges import backs_armed_group

        repeated = self.lex.re("repeated_act_before_re")  # '북한의 잇따른 미사일 발사': a series, no one dated act
        tallied = self.lex.re("repeated_times_before_re")  # precision49: '여러 차례 훈련을 벌여왔다': a tally
        toks = tokens_of(tokens)
        hits = [self.rejected_proposal(h, text, tokens) for h in acts.find_acts(text, tokens)
                if not (h.nominal and repeated.search(text, max(0, h.start - 20), h.start))
                and not (self.tallied(text, h, tallied, toks)  # ensupport68: '반군을 수년간 무장시켜 왔다': backing
                         and not backs_armed_group(h, acts.act_index()))]  # given still, no tally (English too)
        if not hits:
            return hits  # every reader below only filters or marks the hits (the voice going on is read for them), so a
            # sentence with none is done (two sentences in five)
        own_deed, defend = self.lex.re("own_deed_defended_before_re"), self.lex.re("defend_verb_re")  # welcome49
        hits = [h for h in hits if not (h.type == "SUPPORT" and defend.match(text, h.start)  # '정부의 결정을 옹호했다'
                                        and own_deed.search(text, max(0, h.start - OWN_DEED_REACH), h.start))]
        public = self.lex.re("public_share_before_re")  # welcome49: '국민 다수가 ... 지지한다': a poll, no act
        hits = [h for h in hits if not (h.type in STANCE_TYPES and public.search(
            text, max(0, h.start - self.settings.public_share_reach_chars), h.start))]
        wished = self.lex.re("meeting_wished_after_re")  # modal43: '만날 용의가 있다': a willingness, no act of its own
        hits = [h for h in hits if not ("CONSULT" in (h.type, h.data.get("future_of")) and wished.match(text, h.end))]
        if not hits:
            return hits
        caution = self.lex.re("caution_content_before_re")  # modal43: '...을 초래할 수 있다고 경고했다': a caution
        hits = [h for h in hits if not (h.type == "THREATEN" and caution.search(
            text, max(0, h.start - self.settings.status_after_chars), h.start))]
        if not hits:
            return hits
        toks, index = tokens_of(tokens), acts.act_index()
        hits = remorse_readings(toks, hits, index)  # acts47: '자국 군인들의 ...에 대해 유감', '고통 ... 마음이 아프다'
        hits = aimed_deployments(toks, hits, index)  # ploverko63: 'B에 맞서 사용할 무기를 배치': a threat at B
        hits = veto_sides(toks, hits, index.cue("sponsor_verb"))  # acts47: 'B가 낸 결의안이 A의 거부권에 막혀'
        hits = refused_sessions(toks, hits, index.cue("convened_noun"), index.cue("convocation_noun"))  # convened48
        hits = home_organs(toks, hits, index.cue("home_organ_noun"))  # acts47: '경찰은 ... 연행했다': the dateline's
        hits = paired_condemnations(hits, toks, index.cue("paired_condemnation_ending"), index.cue("proposal_noun"))
        hits = quoted_reactions(hits, toks, index.cue("reaction_verb"))  # ko-acts37: '"..."며 반발했다'
        hits = ruled_out_measures(hits, text, toks, index)  # '제재 해제는 있을 수 없다고 밝혔다': the speaker refuses it
        organ = opening_organ(toks, index.cue("dateline_organ_noun"))  # '(베이징=연합뉴스) 외교부는'
        if organ is not None:
            hits = [dataclasses.replace(h, data={**h.data, "dateline_organ": organ}) for h in hits]
        if not hits:
            return hits
        hits = [claimant_before_contrast(h, text, tokens) if h.data.get("rejected_charge") else h for h in hits]
        hits = answered_acts(hits, text, self.lex.re("bare_rejection_before_re"), self.settings.charge_reach_chars)
        hits = asked_to_join(hits, text, self.lex.re("asked_to_join_re"))  # ko29: '제재에 동참해 달라고': asked
        hits = expeller_in_sentence(hits, text, tokens, index.cue("tit_for_tat_lemma"))  # ko29: 'A가 추방하자 맞추방'
        hits = vetoed_drafts(toks, hits, index)  # reject41: 'C가 제출한 결의안에 거부권을'
        hits = reproached_refusals(hits, text, self.lex.re("reproach_before_re"),  # reject41: '"...조차 받아들이지
                                   self.lex.re("reproach_after_re"))  # 못했다"며 비판했다': the criticism only
        hits = charged_intents(hits, text, toks, self.lex.re("charged_intent_between_re"))  # request63: 'B가 ...할
        # 의사가 없다고 비난했다': the charge, no refusal of B's
        hits = agreed_counterparts(toks, hits)  # relclause52: 'B로부터 이주민을 받아들이기로 합의했다': made toward B
        hits = [dataclasses.replace(h, data={**h.data, "target_spans": asked}) if (asked := addressee_before_conjuncts(
            h, text, tokens, self.lex.re("request_joined_re"))) else h for h in hits]  # ko28: 'B에 [...하고] ...해 달라고'
        hits = [with_generic_pledge(h, h.data.get("future_of")) for h in hits]
        hits = [h for h in hits if not self.held_state(h, text)]  # coerce57: '관저에 억류돼 있다': a state, no act
        taking = index.cue("town_capture_verb")  # coerce57: '마을을 점령했다', '도시를 장악했다': a town taken, whose
        hits = [dataclasses.replace(h, data={**h.data, "captured_town": True})  # own state receives it (own_people)
                if h.type == "ASSAULT" and "territory" in h.contexts and h.lemma.split("+")[-1] in taking else h
                for h in hits]
        hits = warned_in_joined_quote(hits, text, tokens)  # '"B가 ..."이라며 "우리는 ..."이라고 경고했다': aimed at B
        hits = [dataclasses.replace(h, data={**h.data, "continued": going}) if (going := self.continued_subject(
            text, tokens, h.start, h.data.get("complement_subject"))) else h for h in hits]
        hits = [quoted_aside(h, text) if h.data.get("continued") else h for h in hits]
        hits = [self.said_of_aside(h, text) if h.data.get("continued") == "office" else h for h in hits]
        hits = [dataclasses.replace(h, data={**h.data, "office_sector": sector}) if h.data.get("continued") == "office"
                and (sector := self.office_back_sector(text)) else h for h in hits]  # actors58: '장군은': MIL
        hits = [dataclasses.replace(h, data={**h.data, "person_voice": True}) if h.data.get("continued") == "office"
                and self.pronoun_back(text) else h for h in hits]  # actors58: '그는 ...': a voice, no office's state
        hits = [quoted_aside(h, text) if warned_in_quote(h) else h for h in hits]  # charges51b: '"B는 안전하지 못할
        # 것"이라고 경고했다': B is the one warned, no co-warner
        body_on = self.lex.re("continued_body_re").match(text)  # '외교부는 이어 ...': the home word, or the voice going on
        body_on = body_on or self.foreign_voice_back(text, tokens)  # ko27: '[B국 사람] 외교부 대변인은': B's voice
        hits = [dataclasses.replace(h, data={**h.data, "body_going_on": True})
                if body_on and h.data.get("continued") == "office" else h for h in hits]
        return [self.issued_by(h, text, tokens) for h in hits]

    def held_state(self, hit: ActHit, text: str) -> bool:
        """(coerce57) Whether an arrest's passive is told as a lasting state ('관저에 억류돼 있다', '수감된 상태다';
        `held_state_after_re` right after it) with no start before it ('지난 3일부터', `held_start_before_re`): where
        someone is held, not who held him that day (as English 'has been held at the prison', lang/en/act_held_states)."""
        if (hit.type, hit.mode) != ("COERCE", "arrest") or not hit.data.get("passive") and not hit.lemma.endswith("되다"):
            return False
        return bool(self.lex.re("held_state_after_re").match(text, hit.end)) and not self.lex.re(
            "held_start_before_re").search(text, max(0, hit.start - HELD_START_REACH), hit.start)

    def said_of_aside(self, hit: ActHit, text: str) -> ActHit:
        """A bare voice going on ('외교부는 이어 [B가] "..."고 비난했다'): the subject right before the quotation is what
        the voice spoke of; it joins the quotations (`quoted_aside`) that pipeline/act_actors leaves out of the actors."""
        said = said_of_spans(text, hit.start, self.lex.re("quote_subject_before_re"))
        if not said:
            return hit
        return dataclasses.replace(hit, data={**hit.data, "quoted_aside": (*hit.data.get("quoted_aside", ()), *said)})

    def issued_by(self, hit: ActHit, text: str, tokens) -> ActHit:
        """'[쿠바 외교부의] 성명은 미국의 제재를 비난했다': a statement standing as the act's subject is its owner's act
        (the genitive phrase before it, `agent_span`), unless the hit already has an agent. A use of force in a
        nominal clause ('X가 [Y가 쓰는] 공항을 공격한 데 대해') is done by the subject before the inner relative clause."""
        if "agent_span" in hit.data or hit.data.get("continued"):
            return hit
        r = clauses.reader(text, tuple(tokens))
        j = r.word_at(hit.start)
        if j is None:
            return hit
        particles = self.lex["particles"]
        if hit.nominal and j > 0 and r.facts[j - 1].particle in particles["genitive"]:
            return hit  # (konames47) '[X의] 담화는 [B의] 파병을 규탄했다': a deed noun's own genitive owner did it
        heads = self.lex["clause_head_nouns"]
        owner = statement_owner(r, text, j, particles["subject"], self.lex["statement_nouns"], particles["genitive"],
                                heads)
        if owner is None and hit.type in FORCE_TYPES and (k := r.word_at(hit.end - 1)) is not None \
                and r.facts[k].adnominal:  # '[X가] [Y가 쓰는] 공항을 공격한 데 대해'
            owner = outer_subject(r, k, particles["subject"], heads, self.lex["judged_clause_nouns"])
        return dataclasses.replace(hit, data={**hit.data, "agent_span": owner}) if owner else hit

    def rejected_proposal(self, hit: ActHit, text: str, tokens=()) -> ActHit:
        """'그 제안을 거부했다', '요구를 일축했다': a rejection of something put forward (its noun in the lemma or right
        before the verb with its object particle) may stand with no owner named, as the English reader marks it.
        (enrefuse68) Adverbs between the object and the verb ('요구를 단호히 일축했다') do not part them. (plover51b) A pledge
        of one's own broken ('그 약속을 어겼다', `commitment_nouns` in the lemma) was put forward by no other side: it stands
        alone (`unowned_proposal`), as English 'reneged on the deal' does. (plover52) So does an accord broken by a verb
        of breaking ('합의를 어겼다': `kept_accord_nouns`, `breaking_verbs`): one breaks only an accord one is party to.
        (plover53) And a rule openly defied ('금지령을 어겼다': `defied_rule_nouns`, `rule_defying_verbs`), as English
        'violated the embargo': the defier's own act, whoever imposed the rule."""
        if hit.type != "REJECT":
            return hit
        nouns = self.lex["proposal_nouns"]
        verb = adverbs_start(tokens, hit.start)
        before = self.lex.re("proposal_object_re").search(text, max(0, verb - 12), verb)
        if hit.lemma.split("+")[0] in nouns or before and before.group(1) in nouns:
            return dataclasses.replace(hit, data={**hit.data, "rejected_proposal": True})
        noun, verb = hit.lemma.split("+")[0], hit.lemma.split("+")[-1]
        if noun in self.lex["commitment_nouns"] or noun in self.lex["kept_accord_nouns"] \
                and verb in self.lex["breaking_verbs"] \
                or noun in self.lex["defied_rule_nouns"] and verb in self.lex["rule_defying_verbs"]:
            # plover51b: '그 약속을 어겼다'; plover52: '합의를 어겼다'; plover53: '금지령을 어겼다'
            return dataclasses.replace(hit, data={**hit.data, "unowned_proposal": True})
        return self.rejected_charge(hit, text)

    def rejected_charge(self, hit: ActHit, text: str) -> ActHit:
        """'의혹을 부인했다', '주장을 반박했다', '항의를 일축했다', '근거 없는 주장이라며 이를 부인했다': a denial or
        dismissal of a charge (`charge_nouns`: its noun in the lemma, as the verb's object, or what the denial calls
        it just before) answers the side whose accusation or protest was reported just before
        (pipeline/act_recipients_told.rejected_proposal reads `rejected_charge` over the charging acts)."""
        nouns = self.lex["charge_nouns"]
        window = text[max(0, hit.start - self.settings.charge_reach_chars):hit.start]
        before = self.lex.re("charge_object_re").search(window)  # '의혹도 부인했다', '주장을 강하게 반박했다'
        called = self.lex.re("charge_called_re").search(window)
        if hit.lemma.split("+")[0] in nouns or before and before.group(1) in nouns \
                or called and called.group(1) in nouns:
            return dataclasses.replace(hit, data={**hit.data, "rejected_charge": True})
        return hit

    def continued_subject(self, text, tokens, start, embedded: tuple[int, int] | None = None) -> str | None:
        """'이어 일본에 발언 철회를 요구했다': no word before the act in its sentence is a subject or a topic; Korean
        drops the subject the sentence before just named, which goes on acting (pipeline/acts.py). So does a bare
        office opening the sentence ('대변인은 ... 요구했다') as its only subject: the voice just heard, whose state the
        sentence before named ('중국 외교부 대변인은'). A subject inside `embedded` (the accused topic of the act's
        own complement: '또 [B의 병력 증강은] ...을 드러낸다며 비판했다') is that complement's, not the act's."""
        r = clauses.reader(text, tuple(tokens))
        j = r.word_at(start)
        if j is None or self.lex.re("quote_open_re").match(text):
            return None
        subject = self.lex["particles"]["subject"]
        aside = [q for q in quoted_ranges(text) if not q[0] <= start < q[1] or self.spoken_now(text, start)]  # '이어
        # "[X는] ...이라며 "..."고': the (ko28: and in a quoted '...촉구한다"', the speaker's own act, its content's)
        # subject of another quoted clause is what the voice said, not who says it (nor one in a quote after the act)
        subjects = [k for k in range(j) if r.facts[k].particle in subject
                    and not (embedded and embedded[0] <= r.words[k].start < embedded[1])
                    and not any(lo <= r.words[k].start < hi for lo, hi in aside)]
        if not subjects:  # and none after it either ('...규탄한다고 정부는 밝혔다' names its speaker last)
            return None if any(r.facts[k].particle in subject and not any(lo <= r.words[k].start < hi
                                                                           for lo, hi in aside)
                               for k in range(j, len(r.facts))) else self.dropped_voice(text)
        plural = self.lex.re("plural_pronoun_back_re").match(text)
        if plural and r.words[subjects[0]].start < plural.end():  # the topic; a subject after it is its complement's
            return "dropped"  # actors58: '[X국 군정은 ...했다.] 이들은 ...': the group just named acts on, as 'it' does
        bare = self.office_back(text, []) or self.voice_back(text) or self.pronoun_back(text) \
            or self.foreign_voice_back(text, tokens)
        if bare and not all(r.words[k].start < bare[0].end for k in subjects):
            subjects = own_subjects(r, text, j, subject, self.lex["clause_head_nouns"])  # '외무부는 "..."고 경고하고, [영국이 제기한] 의혹도 부인했다'
        if bare:  # '외교부는 이어 [B가] "..."고 비난했다': the subject the quote is about is no speaker
            said = said_of_spans(text, start, self.lex.re("quote_subject_before_re"))
            subjects = [k for k in subjects if not any(lo <= r.words[k].start < hi for lo, hi in said)]
        return "office" if bare and all(r.words[k].start < bare[0].end for k in subjects) else None

    def spoken_now(self, text: str, start: int) -> bool:
        """The act word at `start` closes its quotation in the present ('"B가 ...할 것을 촉구한다"고 덧붙였다';
        `spoken_now_re`): the quoted speaker performs it, so a subject inside the quotation before it is what is asked
        of another ('B가'), never who asks; a past in a quotation ('"B가 ...을 규탄했다"') may report another's act."""
        return bool(self.lex.re("spoken_now_re").match(text, start))

    def foreign_voice_back(self, text, tokens) -> list[Reference]:
        """'[아짓 쿠마르] 외교부 대변인은 ... 일축했다': another state's person at the home state's bare body (a name that is
        no Korean name; country_bodies.foreign_body_voice) opening the sentence is the voice the story just heard, whose
        state the sentence before named ('B국 외교부는 ... 밝혔다'), as a bare office is; never the home state."""
        words = ko_words.words_of(text, tokens)
        k = foreign_body_voice(words)
        if k is None:
            return []
        return [Reference(words[k].start, words[k].noun_end, "voice_back", "subject", None)]

    def dropped_voice(self, text) -> str:
        """A dropped subject: "voice" where the sentence opens with the word that goes on ('이어 "..."고 요구했다': the
        voice just heard still speaks, even past its own sentence with no act), else "dropped" (only the sentence
        just before acts on)."""
        return "voice" if self.lex.re("going_on_open_re").match(text) else "dropped"

    def pronoun_back(self, text) -> list[Reference]:
        """'그는 "B는 ...해야 한다"고 요구했다': a personal pronoun opening the sentence as its subject stands for the
        voice just heard, as a bare office does (`office_back`); no mention reads it, so without this the quoted
        topic after it would be taken for the one who speaks."""
        m = self.lex.re("pronoun_back_re").match(text)
        return [Reference(m.start("pronoun"), m.end("pronoun"), "pronoun", "subject")] if m else []

    def voice_back(self, text) -> list[Reference]:
        """'담화는 ...라며 으름장을 놨다', '통신은 ... 비난했다', '외무부는 "..."고 경고했다': a bare statement noun or a
        body Korean names only for a foreign state (`voice_nouns`; not '외교부', '정부', which are the home state's)
        opening the sentence as its subject is the voice just heard, as a bare office is (`office_back`)."""
        m = with_calendar(self.lex, "office_back_re").match(text)
        if m is None or m.group("title") not in self.lex["voice_nouns"]:
            m = self.lex.re("continued_body_re").match(text)  # '외교부는 이어 ...': the ministry just heard goes on
        if m is None:
            return []
        return [Reference(m.start("title"), m.end("title"), "voice_back", "subject", None)]

    def recipients_side(self):
        return "before"

    def accord_matter(self, text, tokens, trigger, clause):
        return matter.accord_matter(self.lex, tokens, trigger, clause)

    def coordinated_accords(self, text, tokens, trigger, clause):
        return accord_documents.coordinated_accords(self.lex, tokens, trigger, clause)

    def measure_object(self, text, trigger, clause):
        start = max(clause[0], trigger[0] - MEASURE_OBJECT_REACH)  # the object stands before the verb: the nearest
        found = list(self.lex.re("measure_object_re").finditer(text, start, trigger[1]))  # ('협정을 중단하고')
        return found[-1].lastgroup if found else None

    def main_predicate(self, text, tokens, start):
        r = clauses.reader(text, tuple(tokens))
        j = r.word_at(start)
        if j is None:
            return False
        last = r.clause_of(j)[1]
        quoted = any(tag == "JKQ" for _f, tag, _s, _l in r.words[last].tokens)  # '..."고 밝혔다': reported
        quoted = quoted or r.subordinate(last)  # '북한이 ...지원했다고 (규탄했다)': an embedded complement
        return not quoted and not any(r.facts[k].adnominal and not vehicle(r, k) for k in range(j, last + 1))

    def agent_follows(self, text, end):
        return bool(self.lex.re("agent_after_re").match(text, end))

    def names_a_rule(self, text, end):
        """A rule ('안보리 결의'), or the topic of a noun another owns ('[우크라이나 문제에 대한] 서방의 태도를
        비판했다'): what the act is about, not a party to it."""
        return bool(self.lex.re("rule_after_re").match(text, end)
                    or self.lex.re("topic_owned_after_re").match(text, end))


ADVERB_TAGS = frozenset({"MAG"})  # kiwi's general adverbs ('단호히', '강력히', '즉각', '재차')


def adverbs_start(tokens, start: int) -> int:
    """(enrefuse68) Where the run of adverbs right before offset `start` begins ('요구를 [단호히] 일축했다'): `start`
    itself when no adverb stands just before it."""
    toks = tokens_of(tokens)
    k = next((n for n in range(len(toks) - 1, -1, -1) if toks[n][2] + toks[n][3] <= start), None)
    while k is not None and k >= 0 and toks[k][1] in ADVERB_TAGS:  # a morpheme: (form, tag, offset, length)
        start = toks[k][2]
        k -= 1
    return start
