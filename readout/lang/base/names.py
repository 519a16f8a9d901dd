"""What `Language` answers about people: person mentions, references to people named elsewhere (group words,
pronouns, short names), the voice of a quote, and the bodies and agent nouns a definite noun refers back to.
"""
from __future__ import annotations

import re
from typing import Callable

from readout.lang.base.records import AgentReference, Reference


class NameQuestions:
    """People: person mentions, the words that stand for people named elsewhere, a quote's voice, the bodies
    and agent nouns a definite noun refers back to.
    A mixin of `Language` (lang/base/__init__.py): `self` is the language, with `settings`, `knowledge`, `lex`
    and `units`."""

    # the languages whose listed bodies' acronyms this language's text writes as they are, in their own script
    # ('RSF는', 'NUG 인사들' in Korean copy): a listed body is found by its own forms and by those acronyms
    # (lang/orgs_common.by_surface asks this, so the shared table knows no language)
    body_acronyms_from: tuple[str, ...] = ()

    def body_references(self, text: str) -> list[tuple[int, int, frozenset[str], bool, bool]]:
        """Definite nouns that refer back to an international body the document named before ('The bloc also
        listed ...', 'the alliance's summit'): (start, end, the codes the body may have, genitive, opens the
        sentence), from the lexicon's `body_back_re` and `body_back_codes`. None where the language has none."""
        codes = self.lex.get("body_back_codes")
        if not codes or not self.lex.get("body_back_re"):  # Korean gives codes only to the acts' `body_head`
            return []
        out = []
        for m in self.lex.re("body_back_re").finditer(text):
            allowed = frozenset(codes.get(m.group("noun").lower(), ()))
            if allowed:
                out.append((m.start("the"), m.end("noun"), allowed, bool(m.group("gen")), m.group("open") is not None))
        return out

    def body_reference_barred(self, story: str, start: int, end: int) -> bool | None:
        """(entwins49) Whether the body reference at `start`..`end` of `story` (the article's text) is no body there:
        True where its noun is a key of the lexicon's `body_back_guards` and the pattern it names is found anywhere in
        the story ('the union' in a story that speaks of a trade union); False where the noun is guarded and the story
        shows no such thing (a body read over the noun's other reading: its own sector, IGO, not the other's); None
        for a noun with no guard (and where the language has none)."""
        guards = self.lex.get("body_back_guards")
        words = story[start:end].split()
        key = guards.get(words[-1].lower()) if guards and words else None
        return None if not key else self.lex.re(key).search(story) is not None

    def agent_references(self, text: str) -> list[AgentReference]:
        """Bare agent nouns of a state that refer back to the state the document named them with ('니제르 군부가 ...
        에코와스는 군부에 ...를 촉구했다'), from the lexicon's `agent_back_re` (groups noun, particle, gen, subj). None
        where the language has none."""
        if not self.lex.get("agent_back_re"):
            return []
        return [AgentReference(m.start("noun"), m.end("noun"), m.group("noun"), m.group("particle"),
                               self.agent_sector(m.group("noun")), bool(m.group("gen")), bool(m.group("subj")))
                for m in self.lex.re("agent_back_re").finditer(text)]

    def described_state_references(self, text: str) -> list[AgentReference]:
        """(actors61) A state named by description ('the South American country', 'the Gulf state', 'the island
        nation', '이 남미 국가는', '해당 국가는'): an anaphor of the most recent state of that region told before
        (pipeline/described_states.py). From the lexicon's `described_state_re` (groups ref, region, particle, gen,
        subj); the reference's noun is the region as `described_state_regions` keys it ('' for a kind no region
        says: 'the island nation'). None where the language has none."""
        if not self.lex.get("described_state_re"):
            return []
        regions = self.lex.get("described_state_regions") or {}
        out = []
        for m in self.lex.re("described_state_re").finditer(text):
            region = " ".join((m.group("region") or "").split())
            out.append(AgentReference(m.start("ref"), m.end("ref"), region if region in regions else "",
                                      m.group("particle"), None, bool(m.group("gen")), bool(m.group("subj"))))
        return out

    def group_references(self, text: str) -> list[AgentReference]:
        """(backref56, issue 14) A definite description of a named group ('the front', 'the group', 'the party', '이
        단체는', '해당 조직', '같은 당'): it refers back to the latest group of its kind the document named before
        (pipeline/group_references.py). From the lexicon's `group_back_re` (groups ref, noun, particle, gen, subj);
        the noun is lower-cased as the lexicon's `group_back_kinds` keys it. None where the language has none."""
        if not self.lex.get("group_back_re"):
            return []
        return [AgentReference(m.start("ref"), m.end("ref"), m.group("noun").lower(), m.group("particle"), None,
                               bool(m.group("gen")), bool(m.group("subj")))
                for m in self.lex.re("group_back_re").finditer(text)]

    def government_references(self, text: str) -> list[AgentReference]:
        """(spokes48) A bare government word opening the sentence as its speaker's owner ('정부 대변인은', '정부 관계자는'):
        right after another state's government acted, it is that government, not the writer's state the bare word
        names alone (pipeline/common.governments_referred). From the lexicon's `government_back_re` (groups noun,
        particle, subj); none where the language has none."""
        if not self.lex.get("government_back_re"):
            return []
        return [AgentReference(m.start("noun"), m.end("noun"), m.group("noun"), m.group("particle"), "GOV", False,
                               bool(m.group("subj")), home_word=True)
                for m in self.lex.re("government_back_re").finditer(text)]

    def short_form_after(self, text: str, end: int) -> str | None:
        """(groups53b) The short form written in parentheses right after a name ending at `end` ('the X Freedom Front
        [(XFF)]', '자유해방전선[(FLF)]과'), from the lexicon's `short_form_def_re`; None where there is none."""
        if not self.lex.get("short_form_def_re"):
            return None
        m = self.lex.re("short_form_def_re").match(text, end)
        return m.group("form") if m else None

    def short_form_uses(self, text: str, form: str) -> list[tuple[int, int, str | None, bool, bool]]:
        """(groups53b) Each use of a learned short form in `text` as a word of its own: (start, end, the particle
        after it, genitive, subject), the particle read by the lexicon's `short_form_tail_re` ('FLF는'); a language
        with none (English) reads every use as a possible subject, as its names are."""
        tail = self.lex.re("short_form_tail_re") if self.lex.get("short_form_tail_re") else None
        out = []
        for m in re.finditer(r"(?<![A-Za-z0-9])" + re.escape(form) + r"(?![A-Za-z0-9])", text):
            t = tail.match(text, m.end()) if tail else None
            if tail and t is None:
                continue  # a longer word ('FLF군'): not the name
            out.append((m.start(), m.end(), t.group("particle") if t else None, bool(t and t.group("gen")),
                        bool(t.group("subj")) if t else True))
        return out

    def agent_sector(self, noun: str) -> str | None:
        """The PLOVER sector of an agent noun; None where the language does not say."""
        return None

    def find_people(self, text: str, tokens) -> list:
        """Person mentions (RawMention, relative offsets) with their title chain and particle role."""
        raise NotImplementedError

    def closing_voice(self, text: str) -> bool:
        """The sentence ends on a voice that names no side of its own ('..., the navy said in a statement.', '...,
        it said.'): a statement of the body just heard, which the next sentence's 'It' or dropped subject goes on with
        though the sentence coded no act (`act_voices.voice_went_on`)."""
        pattern = self.lex.get("closing_voice_re")
        return bool(pattern and self.lex.re("closing_voice_re").search(text))

    def opening_voice(self, text: str) -> tuple[int, int] | None:
        """The span of the subject of a statement verb opening the sentence ("X's navy said ...", '외교부는 ...고
        밝혔다' where a language gives its pattern): who speaks though the sentence codes no act; None when it opens
        on no statement."""
        pattern = self.lex.get("opening_voice_re")
        found = self.lex.re("opening_voice_re").match(text) if pattern else None
        return found.span("who") if found else None

    def find_references(self, text: str, tokens, taken: list[tuple[int, int]], people: list | None = None,
                        countries: Callable[[], list] | None = None, offset: int = 0) -> list[Reference]:
        """Group words, pronouns and office groups outside the spans already taken by names. What the
        pipeline reads in the sentence comes along, so that no language reads it again: `people`, the
        mentions `find_people` returned (relative offsets, offices as found), and `countries`, a function
        giving the sentence's country mentions (`find_countries`, absolute offsets: the sentence starts at
        `offset`; found once, by the caller, and only when a rule asks). None where the caller has not
        read them (the language reads them itself)."""
        raise NotImplementedError

    def short_name_candidates(self, text: str) -> list[tuple[int, int]]:
        """Words that may be a bare short name of a person named earlier ('Cho', 'Blinken'); none
        where this language does not refer back that way outside its title chains."""
        return []

    def short_name_role(self, text: str, start: int, end: int) -> str | None:
        """The role of a bare short name found by the pipeline ('Cho', 'Blinken'); None where this
        language does not refer back by bare short names outside its title chains."""
        return None

    def group_size(self, surface: str) -> int | None:
        """How many people a group reference counts ('the two ministers', 'both sides', '두 장관', '세 정상': 2, 2, 2,
        3), from the lexicon's `group_size_words`; None where it says no number ('they', 'the envoys')."""
        for word, size in (self.lex.get("group_size_words") or {}).items():
            if word in surface.lower().split() or surface.startswith(word):
                return size
        return None

    def group_counts_states(self, surface: str) -> bool:
        """Whether a group reference counts states, not people ('양국 국방장관': one minister in each of two states;
        '두 장관' counts the people), by the lexicon's `group_state_counts`."""
        folded = surface.lower()
        return any(word in folded for word in self.lex.get("group_state_counts") or ())

    def group_office(self, surface: str) -> str | None:
        """The office a group reference names its people by ('the two leaders', '양 정상': leader; 'the two ministers',
        '두 장관': minister), from the lexicon's `group_office_words` (the first word the surface contains, longer
        words listed first); None where it names none ('the two sides', '양측'). The story reads back to the people
        named last who hold it, not an aide named between them (pipeline/narrative.Narrative.counted)."""
        folded = surface.lower()
        office = next((office for word, office in (self.lex.get("group_office_words") or {}).items() if word in folded),
                      None)
        if office not in (self.lex.get("group_state_counted_offices") or ()) and self.group_counts_states(surface):
            return None  # '양국 장관들': the ministers of two states, as many people as they are, not two; '양국 정상':
            # the two sides as the story reads them. A minister's office one person holds in each state ('양국
            # 국방장관', mediator53) counts its holders, one a state
        return office
