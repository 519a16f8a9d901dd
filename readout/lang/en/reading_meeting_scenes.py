"""English meetings' scenes and parties: the readers of `English` that read a meeting's setting (a dateline, a visit,
a conference, a host receiving, a meeting held before the main clause or told before) and the parties around it (a
country word's state party, a body, a compound of states, the references to states), one mixin of
lang/en/language.py's class beside `EnglishMeetings` (reading_meetings), which reads the meeting word itself: its
trigger, status, clause and the role of each name towards it.

Why its own module: the meeting readers grew past one module; they split by what they read, the meeting word or its
scene (the methods are the `Language` interface's).
"""
from __future__ import annotations


from readout.lang.en.agents import COORDINATED_WORDS_RE, party_after, sector_of as agent_sector
from readout.lang.base import Language, Trigger
from readout.lang.en import (arrival_visits, clause_spans, convened_meetings, countries, country_forms, dateline_desks,
                             meeting_settings, mentions, places)
from readout.lang.en.name_conjuncts import name_before_adjective
from readout.lang.en.places import adjective_only


BRACKET_RE = dateline_desks.BRACKET_RE  # the first bracket of a dateline

COUNTERPART_REACH = 80  # characters before a country word searched for 'his counterpart from ', a list between
OWN_MEETING_REACH = 40  # characters before a meeting word searched for 'after their bilateral '


def group_sector(words: list[str]) -> str | None:
    """The sector of the longest agent phrase (kb/agents) ending in the group noun: 'military officials'
    MIL, 'officials' GOV; None where no phrase is listed (the country word's own sector stands)."""
    for k in range(len(words)):
        found = agent_sector(" ".join(words[k:]))
        if found:
            return found
    return None


class EnglishMeetingScenes(Language):
    """The readers of `English` of a meeting's scene and parties."""

    def meeting_is_multilateral(self, text):
        """'trilateral', 'the three ministers', or a country compound of three or more states
        ('the Chile-Peru-Bolivia Foreign Ministers' Meeting', 'the Bolivia-Peru-Chile talks')."""
        if self.lex.re("multilateral_re").search(text):
            return True
        return any(len(codes) >= self.settings.compound_multilateral_states for codes in self.country_compounds(text))

    def country_compounds(self, text: str) -> list[set[str]]:
        """The states of each compound of country names joined by hyphens or slashes ('Japan-U.S.-ROK',
        'Republic of Korea (ROK)' counting once)."""
        gap = self.lex.re("country_compound_gap_re")
        out: list[set[str]] = []
        last_end = None
        for c in countries.find_countries(text, 0):
            if last_end is not None and gap.fullmatch(text, last_end, c.start):
                out[-1].update(c.codes)
            else:
                out.append(set(c.codes))
            last_end = c.end
        return out

    def meeting_splits_pairs(self, text):
        return bool(self.lex.re("split_pairs_re").search(text))

    def subordinate(self, text, tokens, start, end):
        """A word in a clause other than the main one; but not a 'when' clause of a journey or meeting ('will hold
        talks with X when he visits Beijing next week'): that happens with the main clause's meeting, in its time
        and place."""
        left, right = clause_spans.clause_bounds(text, start, end)
        opener = self.lex.re("subordinate_end_re").search(text[max(0, left - self.settings.status_window_chars):left])
        if opener and self.lex.re("simultaneous_meeting_re").match(opener.group(0)) \
                and (self.lex.re("visit_re").search(text, left, right) or self.lex.re("meeting_trigger_re").search(text, left, right)):
            return False
        return bool(opener or self.lex.re("relative_open_re").match(text, left))

    def recalled_meeting_office(self, text, start, end):
        """'summit', 'summit talks': a meeting word that names its parties by office, the leaders (lexicon
        `group_meeting_offices`), so that a summit two ministers recall ('the ministers followed up on the
        summit of their leaders last month') is checked against their offices (pipeline/events
        holders_of_its_office) as '정상회담' is in Korean. Only the trigger's own words: 'talks' is anyone's.
        (Not `meeting_office`: an English summit of states stays one of states, its leaders unnamed.)"""
        m = self.lex.re("group_meeting_offices_re").search(text[start:end])
        return self.lex["group_meeting_offices"].get(m.group(1).lower()) if m else None

    def meeting_refers_back(self, text, trigger):
        """'Their meeting', 'The talks', 'In the meeting, held in Lima,': a definite or possessive
        meeting noun without parties of its own after it ('of', 'between', 'with' name new ones)."""
        if trigger.kind == "predicate" or self.fronted_own_talks(text, trigger):
            return False
        return bool(self.lex.re("meeting_back_before_re").search(text, 0, trigger.start)) \
            and not self.lex.re("meeting_own_parties_after_re").match(text, trigger.end)

    def fronted_own_talks(self, text: str, trigger: Trigger) -> bool:
        """(en-acts45) 'In a joint statement issued after their talks, A and B agreed': the fronted talks are those of
        the pair named right after the phrase's comma (`fronted_pair_after_re`), a new meeting, not one told before."""
        if not self.lex.re("fronted_background_re").match(text) or not self.held_before_main(text, None, trigger):
            return False
        comma = text.find(",", trigger.end)
        return comma >= 0 and bool(self.lex.re("fronted_pair_after_re").match(text, comma + 1))

    def hosted_at_dateline(self, text, people=None):
        """'met visiting Chinese Foreign Minister Wang Yi', 'talks with a visiting Japanese delegation':
        'visiting' before the guest (a person's title chain or a state's group), not before the place
        visited ('visiting Washington, Cho met ...'); and a meeting 'in the capital', a capital no country
        names (the dateline's city is the one the story speaks from)."""
        if self.lex.re("capital_bare_re").search(text):
            return True
        starts = people
        for m in self.lex.re("guest_visiting_re").finditer(text):
            starts = starts if starts is not None else [r.start for r in mentions.find_mentions(text, None)]
            if m.end() in starts or self.lex.re("state_group_re").match(
                    text, m.end() + len(country_forms.longest_form(text, m.end()) or "")):
                return True
        return self.met_at_dateline(text)

    def met_at_dateline(self, text: str) -> bool:
        """'TOKYO, June 3 (Yonhap) -- Cho met Kamikawa on Monday': a meeting in person whose sentence
        names no place is held in the city the story is filed from (a correspondent reports where the
        officials met; the document had no city of its own for it, or it would have one by now). Not a
        video or online meeting, not a host receiving a guest: a host of another state than the dateline's
        ('SEOUL (Yonhap) -- Kim Jong Un received Lavrov') receives at home (received_by_subject), and not a
        meeting relayed from a state agency ('SEOUL -- Kim Jong Un met X, KCNA said'). A meeting on the sidelines
        of a conference is at a dateline abroad, not at a party's home city (`conference_setting`)."""
        if self.lex.re("remote_meeting_re").search(text) or self.received_by_subject(text) \
                or self.lex.re("relayed_report_re").search(text):
            return False  # a meeting relayed from state media ('..., KCNA said') is no correspondent's own
        return not any(p.span.data.get("locative") for p in places.find_places(text, 0))

    def conference_setting(self, text):
        """'on the sidelines of the NATO summit', 'on the margins of': a home wire files such meetings abroad under
        its own city ('SEOUL -- Yoon met X on the sidelines of the NATO summit'); a correspondent at the
        conference under the conference's ('VIENTIANE -- Cho met X on the sidelines of the ASEAN meetings')."""
        return bool(self.lex.re("conference_setting_re").search(text))

    def owns_a_post(self, text, end):
        """(plover61) 'outside the Russian embassy', "at Russia's consulate": the country word owns the post named
        after it (lexicon `post_owned_after_re`), as Korean '러시아 대사관 앞에서'."""
        return bool(self.lex.re("post_owned_after_re").match(text, end))

    def received_by_subject(self, text):
        """'Kim Jong Un received Sergey Lavrov', 'Xi hosted Kim': the host receiving verbs."""
        return bool(self.lex.re("meeting_receive_re").search(text))

    def dateline_end(self, line):
        """A wire dateline's bracket names the wire ('LIMA (Andina)', 'QUITO (Wire) --'); a bracket holding
        a country's name qualifies the name before it ('ELN (Colombia) condemned ...', 'PKK (Turkey)
        said ...'): that opens the sentence, it is no dateline (issue 14)."""
        end = super().dateline_end(line)
        bracket = BRACKET_RE.search(line, 0, end) if end else None
        return 0 if bracket and bracket.group(1).strip() in country_forms.forms_table()[0] else end

    def dateline_city_form(self, city):
        return city.title()  # 'SEOUL' as the gazetteer writes it

    def dateline_place(self, dateline, offset):
        """The dateline's city, marked with its outlet's home state (lang/en/dateline_desks, actors60b)."""
        return dateline_desks.mark_outlet_home(super().dateline_place(dateline, offset), dateline,
                                               self.lex["dateline_home"])

    def home_desk(self, place):
        """(actors60b) 'SEOUL (Yonhap) --', 'TOKYO, May 3 (Kyodo) --': an outlet's home city files the world's news."""
        return dateline_desks.filed_at_home(place, self.lex["dateline_home"])

    def files_abroad(self, place):
        """(actors60b) 'DAKAR --', 'SEOUL (Xinhua) --': a correspondent away from the outlet's home files where the news
        happens; a wire of no home known ('HELSINKI (Wire) --') is not read so."""
        return dateline_desks.filed_away(place, self.lex["dateline_home"])

    def visit_sentence(self, text):
        """A sentence or clause saying someone travels ('arrived in Lima', 'while visiting Tokyo'); a visit named
        only by its noun phrase in a subordinate clause ('ahead of his visit to Tokyo next week') is another
        journey's, not where the one visiting is now."""
        if self.lex.re("visit_noun_phrase_re").fullmatch(text.rstrip(" .")):
            return False
        return bool(self.lex.re("visit_re").search(text))

    def state_party(self, text, start, end):
        """'Moroccan diplomats', 'Indian and Pakistani officials', "Taiwan's Vice Foreign Minister": a
        country word before a group of the state's people (across coordinated country words) is the
        state, with the group's sector; a name or capital alone ('visited Russia', 'Moscow and Beijing
        held talks') is the state; an adjective before any other noun ('Russian missiles') is not."""
        article = self.lex.re("state_article_before_re").search(text, 0, start)
        first = article.start() if article else start
        counterpart = self.lex.re("state_counterpart_before_re").search(text, max(0, start - COUNTERPART_REACH), start)
        if counterpart:  # counterparts64: 'his counterpart from Chile' is Chile's holder of the office met
            return counterpart.start("head"), end, None
        if name_before_adjective(text, start, end):
            return first, end, None  # 'Senegal and Malian rebels met': the rebels are Mali's (lang/en/name_conjuncts)
        form = country_forms.longest_form(text, start)
        if form is not None and end > start + len(form) and COORDINATED_WORDS_RE.match(text, end):
            return first, end, None  # meet51: 'the Colombian government and Colombian rebels': a country word that
            # holds its own noun ends its party; the next country word opens another, not one group of both
        group = self.lex.re("state_group_re").match(text, end)
        if group:
            return first, group.end(), group_sector(text[end:group.end()].split())
        holds_noun = form is not None and end > start + len(form)  # meet53: 'the Peruvian government met rebels':
        # a word after a phrase that holds its own noun qualifies no next noun (it is the verb)
        party = party_after(text, end, qualified=not holds_noun)  # 'the Ecuadorian parliament', 'the Argentine economy minister'
        if party:
            return first, party[0], party[1]
        if form is not None and form in adjective_only() and end <= start + len(form):
            return None
        return first, end, None

    def body_party(self, text, start, end):
        """(planned47) 'the Ghanaian government', "Ghana's foreign ministry": the party phrase ends in the noun of a
        body speaking for its state (lexicon `state_body_nouns`), not of its people ('Ghanaian officials')."""
        words = text[start:end].split()
        return len(words) > 1 and words[-1].lower() in self.lex["state_body_nouns"]

    def adversary_references(self, text):
        """The base's conflict words, and the pair a third party appeals to ('urged both governments to talk',
        `appealed_pair_re`): after a dispute, those addressed together are its two sides (en22)."""
        found = super().adversary_references(text)
        return found + [(*m.span("pair"), 2) for m in self.lex.scan("appealed_pair_re", text)]

    def state_references(self, text):
        counts = self.lex["state_ref_counts"]
        return [(m.start(), m.end(), counts[m.group("n").lower()]) for m in self.lex.re("state_refs_re").finditer(text)]

    def meeting_purpose(self, text, tokens, trigger):
        return trigger.kind == "setting" and (bool(self.lex.re("meeting_purpose_before_re").search(text, 0, trigger.start))
                                              or self.arrival_host(text, trigger) is not None)

    def arrival_host(self, text: str, trigger) -> tuple[int, int] | None:
        """(enconsult46) Where the place arrived in stands when the visit noun `trigger` is the journey's purpose
        ('arrived in Laos on Tuesday for an official visit': lang/en/arrival_visits.py): the host visited, as the
        object of 'visited' is; None for any other word."""
        if trigger.mode != "visit" and trigger.text.lower() != "talks":
            return None  # enmeet47: 'departed for Tokyo for talks': the talks a journey is for
        return arrival_visits.arrival_host(self.lex, text, trigger.start)

    def elapsed_since(self, text, end):
        """'The talks came a month after X's talks with Y', 'two years after X met Y': the meeting word ending at `end`
        is counted from (lexicon `elapsed_since_before_re`, read on the text up to it)."""
        return bool(self.lex.re("elapsed_since_before_re").search(text, 0, end))

    def plan_of_named_only(self, text, trigger):
        return convened_meetings.gathering_said_ahead(self.lex, trigger)

    def names_own_pair(self, text, trigger):
        return bool(self.lex.re("meeting_between_after_re").match(text, trigger.end))

    def held_as_setting(self, text, tokens, trigger):
        return trigger.kind == "setting" and meeting_settings.held_as_setting(self.lex, text, trigger.start, trigger.end)

    def held_before_main(self, text, tokens, trigger):
        """Talks held by the main clause's subjects before its act, states as well as people: right after
        'after'/'following' with no subject of their own ('A and B agreed in a joint statement after talks in Z',
        'After their talks, A and B agreed'; `own_meeting_before_re`, en-acts45), or a background meeting noun after
        'after' that names no one else ('agreed to meet again next month after talks in Z on Monday';
        `held_before_words`, `held_before_re`, consult16)."""
        if trigger.kind == "setting":
            return bool(self.lex.re("own_meeting_before_re").search(
                text, max(0, trigger.start - OWN_MEETING_REACH), trigger.start))
        return trigger.kind == "background" and trigger.text.lower() in self.lex["held_before_words"] \
            and bool(self.lex.re("held_before_re").search(text, 0, trigger.start))
