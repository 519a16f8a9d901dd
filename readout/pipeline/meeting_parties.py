"""Who a meeting word's meeting is between: the principals its clause names, group words resolved.

The language says what role each name plays towards the meeting word (subject, 'with' party, object,
modifier, attendee, or none); the principals are the subjects, 'with' parties and objects, a group word
('양측', 'the two ministers') standing for the people it refers to. Several counterparts of one subject make one
meeting each only where the text says they met separately; a trilateral named in the paragraph keeps one table.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from readout.kb.heads import head_offices
from readout.lang.base import Trigger
from readout.model import Article, CountryMention, Entity, Event, Mention, OCCURRED, Span
from readout.pipeline.common import countries_in, country_entity, paragraph_around
from readout.pipeline.roles import read_roles
from readout.pipeline.narrative import Narrative


def predicate_claims(lang, text: str, tokens, sent: Span, triggers: list[Trigger],
                     people: list[Mention]) -> dict[int, list[set[str]]]:
    """For each setting word of a sentence with other meeting predicates, the principals of each of those predicates
    (their subjects, 'with' parties and objects). Read only where a setting word stands beside a predicate."""
    predicates = [t for t in triggers if t.kind == "predicate"]
    settings = [t for t in triggers if t.kind == "setting"]
    if not settings or not predicates:
        return {}
    found = []
    for t in predicates:
        roles = read_roles(lang, text, tokens, sent, t, people)
        found.append({m.entity.id for m, role in zip(people, roles) if m.entity and role in ("subject", "with", "object")})
    return {s.start: found for s in settings}


def unclaimed(group: list[Entity], claims: list[set[str]]) -> list[Entity]:
    """'Modi and visiting President Lee held talks ..., a day after their foreign ministers, A and B, met': a
    setting word ('visiting') reads the whole sentence and takes A too; a person whose own predicate's parties share
    no one else with the setting word's group is that other meeting's party, not this one's. One who shares a party
    stays ('On the sidelines of the summit with C, A met B': A and B are the summit's too), and so does the one party a
    predicate names alone ('A hosted a dinner for B': 'hosted' has A only, the dinner has both)."""
    ids = {e.id for e in group}
    drop = {i for claim in claims if len(claim) > 1 for i in claim & ids if not (claim - {i}) & ids}
    return [e for e in group if e.id not in drop]


def holders_of_its_office(lang, text: str, trig: Trigger, parties: list[Entity], day, kb) -> bool:
    """Whether the parties could hold a meeting its word names by office ('정상회담', a leaders' summit): none of
    them is known to have held only other offices that day (the foreign minister at a leaders' summit recalled
    in passing). A word that names no office, or people the knowledge base does not place, fit anyone: a new
    leader it has not heard of still holds the summit."""
    office = lang.recalled_meeting_office(text, trig.start, trig.end)
    if not office:
        return True
    wanted = head_offices() if office == "leader" else {office}
    for e in parties:
        held = kb.offices_held(e.id, day) if e.kind == "person" else []
        if held and not any(kb.same_office(h, w) for h in held for w in wanted):
            return False
    return True


def co_visitors(lang, group: list[Entity], trig: Trigger) -> bool:
    """'In 1995 President A and in 2005 President B paid state visits to Korea': people of one state who
    each visit another (the visit word names its host) are visitors, not parties to a meeting of their
    own; each visit is its own, with its host. So for a visit word itself (not 'met B' after 'arrived in
    the US', nor 'the summit' of a visit) when no party is of the host's state and the parties are of one
    state at most (people the knowledge base does not place count as that state's)."""
    known = {e.country for e in group if e.country}
    return bool(trig.host) and trig.host not in known and len(known) <= 1 and lang.visit_sentence(trig.text)


def named_by_countries(article: Article, sent: Span, trig: Trigger, people: list[Mention], ctx) -> list[list[Entity]]:
    """'A(왼쪽)과 B, C가 ... 열린 한미일 협의에 앞서', 'ahead of the ROK-U.S.-Japan talks, A, B and C':
    a meeting word named by its states' compound has as parties the sentence's officials of exactly
    those states, one each."""
    minimum = ctx.settings.min_meeting_participants
    if len({m.entity.country for m in people if m.entity and m.entity.kind == "person"}) < minimum:
        return []  # fewer officials than any compound names: no country lookup needed
    reach = ctx.settings.language(sent.label).group_country_reach_chars
    pos = sent.start + trig.start
    compounds = [c for c in countries_in(article, sent, ctx)
                 if c.start < pos and pos - c.end <= reach and len(c.codes) >= minimum]
    if not compounds:
        return []
    codes = set(compounds[-1].codes)
    officials = unique([m.entity for m in people if m.entity and m.entity.kind == "person" and m.entity.country in codes])
    if {e.country for e in officials} != codes or len(officials) != len(codes):
        return []
    return [officials]


def paragraph_of(article: Article, sent: Span, next_groups: list[str]) -> str:
    """The paragraph a sentence stands in, and the group words the sentence after it names: a trilateral named
    anywhere in the paragraph marks its meetings, and so does a group word counting three that resumes them ('A met
    B and C on Sunday. The three ministers condemned ...'): 'A met B and C' is then one table, unless the text says
    they met separately. Only the group word: a trilateral the next sentence merely names ('ahead of the trilateral
    summit, the two ministers ...') is another meeting."""
    para = paragraph_around(article, sent)
    return " ".join([article.text[para.start:para.end], *next_groups])


class Read(NamedTuple):
    """What `parties` read of one meeting word: its principal groups, the mediators apart, and each person's role
    as the language read it (before `passed_on`), which the callers after it ask again (meet51: once per word)."""
    groups: list[list[Entity]]
    brokers: list[Entity]
    roles: list[tuple[Mention, str]]


def parties(lang, text: str, tokens, sent: Span, trig: Trigger, people: list[Mention],
            story: Narrative, minimum: int, paragraph: str) -> Read:
    """The principals of the meeting word `trig` (`principals`), each group with the mediators its clause names
    ('A and B held talks, mediated by C': a mediator sits at the table; consult10), and those mediators apart: the
    meeting records them (`Event.mediators`) so that an act inheriting its sides leaves them out."""
    read = list(zip(people, read_roles(lang, text, tokens, sent, trig, people)))
    roles = passed_on(read)
    groups = principals(lang, text, tokens, sent, trig, people, story, minimum, paragraph, roles)
    present = mediators(roles, story, people)
    return Read([unique([*group, *present]) for group in groups] if present else groups, present, read)


def mediators(roles: list[tuple[Mention, str]], story: Narrative, people: list[Mention]) -> list[Entity]:
    """The people a meeting word's clause names as its mediators."""
    return unique([e for m, role in roles if role == "mediator" for e in expand(m, story, people)])


def join_mediators(lang, text: str, tokens, sent: Span, trig: Trigger, people: list[Mention], story: Narrative) -> None:
    """'The talks were mediated by C and D': a meeting word that refers back to the story's meeting
    and names its mediators adds them to that meeting's parties (consult10)."""
    meeting = story.meeting
    if meeting is None:
        return
    roles = list(zip(people, read_roles(lang, text, tokens, sent, trig, people)))
    known = meeting.participant_ids()
    present = mediators(roles, story, people)
    meeting.participants.extend(e for e in present if e.id not in known)
    meeting.mediators = meeting.mediators | {e.id for e in present if e.id not in known}


def join_attendees(lang, text: str, tokens, sent: Span, trig: Trigger, people: list[Mention], story: Narrative) -> None:
    """'회담에는 C도 참석했다', 'C also attended the talks': a meeting word that refers back to the story's meeting
    held and names who took part in it adds those of a state none of its parties holds (a third state's leader
    joining the table; PLOVER codes a meeting's attendees as its participants). People of a party's own state are
    its entourage ('면담에는 X도 동석했다'), not a side of the meeting."""
    meeting = story.meeting
    if meeting is None or meeting.status != OCCURRED:
        return
    roles = list(zip(people, read_roles(lang, text, tokens, sent, trig, people)))
    present = unique([e for m, role in roles if role == "participant" for e in expand(m, story, people)])
    states = {e.country for e in meeting.participants}
    known = meeting.participant_ids()
    meeting.participants.extend(e for e in present if e.id not in known and e.country and e.country not in states)


def principals(lang, text: str, tokens, sent: Span, trig: Trigger, people: list[Mention], story: Narrative,
               minimum: int, paragraph: str, roles: list[tuple[Mention, str]]) -> list[list[Entity]]:
    """The principals of the meeting word `trig`: one group, or one per counterpart where the
    sentence says they met separately."""
    owners = [(m, role) for m, role in roles if role == "subject" and m.role == "genitive"]
    if owners and trig.kind != "predicate":  # 'A and B welcomed C's visit': the visit is C's alone
        roles = [(m, role) for m, role in roles if role != "subject" or m.role == "genitive"]
    subjects = [e for m, role in roles if role == "subject" for e in expand(m, story, people)]
    others = [e for m, role in roles if role in ("with", "object") for e in expand(m, story, people)]
    if not subjects and trig.kind == "predicate" and others:
        # the clause has no subject of its own: the sentence's subject before it ('A, who met B on Monday,';
        # 'A가 [C가 열리고 있는] 리마에서 B와 회담했다'), else the story's (Korean drops it: "(조 장관은) 블링컨 장관을 만났으나")
        outer = [m.entity for m, role in roles if m.entity and m.role == "subject" and role == "other"
                 and m.span.start < sent.start + trig.start]
        subjects = outer[-1:] or ([story.topic] if story.topic and not lang.delegation_subject(text, tokens, trig) else [])
    if trig.kind == "background" and any(m.role == "subject" for m, role in roles if role in ("with", "object")) \
            and restates(story.meeting, unique([*subjects, *others])):
        return []  # 'A와 B는 회의 뒤 기자회견에서': the sentence's subjects, after the meeting told before, hold no other
    if not subjects and not others and trig.kind != "background" and not lang.meeting_refers_back(text, trig):
        return attended(roles, story, people, minimum)  # not 'The meeting was also attended by': the one told
    if not others and (len(unique(subjects)) < minimum or trig.kind == "background"
                       and not lang.held_before_main(text, tokens, trig)):
        return []  # a meeting needs a counterpart, or two subjects ('A and B met', 'A and B, at a summit,'; not
        # 'A and B, after talks on Monday, agreed': their talks)
    subject_ids = {e.id for e in subjects}
    others = [e for e in unique(others) if e.id not in subject_ids]
    left, right = lang.clause(text, tokens, trig.start, trig.end)
    own = text[left:right]  # 'separately', 'together' in another clause ('A held separate talks with B and C, and
    # B and C met on their own') say nothing of this word's meeting
    pairs = hosted_pairs(lang, own, unique(subjects), others, roles, minimum)
    if pairs:
        return pairs
    if len(unique(subjects)) == 1 and len(others) > 1 and (lang.meeting_splits_pairs(own) or not (
            lang.meeting_is_multilateral(paragraph) or lang.meeting_is_joint(own)
            or lang.meeting_at_one_table(text, trig) or one_group_word(roles, trig)
            or one_office_group(lang, text, sent, roles, trig)
            or restates(story.meeting, [*subjects, *others]))):
        return [[*unique(subjects), o] for o in others]  # 'A met B and C': one meeting per counterpart
        # (two subjects meeting two counterparts, 'A와 B는 C, D와 2+2 회의를 열었다', are one table)
    return [unique([*subjects, *others])]


def hosted_pairs(lang, text: str, subjects: list[Entity], others: list[Entity],
                 roles: list[tuple[Mention, str]], minimum: int) -> list[list[Entity]]:
    # `text`: the meeting word's own clause
    """'Among the visiting leaders, A's X and B's Y backed the host's plan during bilateral talks', 'X and Y each held
    separate talks with Z': several subjects of different states at a meeting the text calls bilateral or separate
    met its one host each, not one another. The host is the one counterpart, else the one person of a third state
    the sentence names beside them ('backed Z's plan'); with none, or several, the subjects' own meeting stands
    ('A and B agreed during bilateral talks')."""
    countries = {e.country for e in subjects}
    if len(subjects) < minimum or None in countries or len(countries) < len(subjects) \
            or not lang.meeting_splits_pairs(text):
        return []
    hosts = others or unique([m.entity for m, role in roles if m.entity and m.entity.kind == "person"
                              and role not in ("subject", "attendee", "participant") and m.entity.country
                              and m.entity.country not in countries])
    if len(hosts) != 1 or hosts[0].country in countries:
        return []
    return [[hosts[0], e] for e in subjects]


def unnamed_holder(article: Article, sent: Span, trig: Trigger, roles: list[tuple[Mention, str]],
                   ctx) -> CountryMention | None:
    """(meet50b) 'The Uruguayan foreign minister met the foreign ministers of A and B', '우루과이 외교장관은 A와 B
    외교장관과 회담했다': the meeting's only counterparts are the holders of one office group (a mention marked
    `office_group`), its clause names no subject person, and a country word before the meeting word stands outside
    that group: an office holder of that state, unnamed, met them, so the state reader (pipeline/states) reads the
    meeting with that state, not A and B alone. A meeting noun of the group itself ('a meeting of the ministers of A and
    B', 'A, B의 외교장관 회담') has no country word outside the group and keeps A and B (enmeet50's rule, dropped, lost it).
    The holder's country word (the nearest such before the word), or None. (meet51) `roles`: `parties`' read."""
    counterparts = [m for m, role in roles if role in ("with", "object")]
    if not counterparts or any(role == "subject" for _, role in roles) \
            or not all(m.span.data.get("office_group") for m in counterparts):
        return None
    pos = sent.start + trig.start
    return next((c for c in reversed(countries_in(article, sent, ctx))
                 if c.end <= pos and not any(m.span.start <= c.start < m.span.end for m in counterparts)), None)


def with_unnamed_holder(lang, text: str, tokens, trig: Trigger, holder: CountryMention,
                        groups: list[list[Entity]]) -> list[list[Entity]]:
    """(meet51) 'The Uruguayan foreign minister met the foreign ministers of Japan and China': where the state reader
    reads nothing of an unnamed holder's meeting (the group's holders are people the knowledge base knows, or an office
    its group words lack, 'the Guatemalan defence minister'), the holder's state joins the group's meeting as its
    subject; the holder's person is unknown (the named reader would have read a holder the knowledge base knows on
    the day). One table, as the state reader gives; one meeting per counterpart where its clause says they were met
    one by one ('one after another', lexicon `split_pairs_re`). Only a country word opening the subject ('the
    Uruguayan foreign minister met', '우루과이 외교장관은'): one in a place ('중국 베이징에서 열린 ... 회담') is no holder.
    Not for calls ('가나 대통령은 말리, 니제르 정상과 각각 통화하고 양측에 ...'): one call each would leave the story's
    meeting the last call, and a following '양측' would stand for its parties alone (left open, coding-choices)."""
    if not holder.subject or trig.mode == "phone":
        return groups
    state = [country_entity(code, holder.sector) for code in holder.codes]
    left, right = lang.clause(text, tokens, trig.start, trig.end)
    if lang.meeting_splits_pairs(text[left:right]):
        return [unique([*state, o]) for group in groups for o in group if o.country not in holder.codes]
    return [unique([*state, *group]) for group in groups]


def one_group_word(roles: list[tuple[Mention, str]], trig: Trigger) -> bool:
    """meet56: 'received both ministers', '두 장관을 만났다': the counterparts a single group word names were met
    together, at one table, not one meeting each; calls to them ('양국 정상과 통화했다') are one call each."""
    if trig.mode == "phone":
        return False
    counterparts = [m for m, role in roles if role in ("with", "object")]
    return len(counterparts) == 1 and counterparts[0].span.label == "group"


def one_office_group(lang, text: str, sent: Span, roles: list[tuple[Mention, str]], trig: Trigger) -> bool:
    """(meet52) 'A met the trade ministers of B and C', 'A는 B와 C 통상장관들과 만났다': every counterpart comes from one
    office-group word naming several states (mentions marked `office_group`, one span) that the language reads as
    one side met together (`Language.side_names_many`): one table, as the state reader gives where it reads the
    holder as a state; not calls ('통화했다': one call each, as `one_group_word`)."""
    counterparts = [m for m, role in roles if role in ("with", "object")]
    spans = {(m.span.start, m.span.end) for m in counterparts}
    if trig.mode == "phone" or len(spans) != 1 or len(counterparts) <= 1 \
            or not all(m.span.data.get("office_group") for m in counterparts):
        return False
    start, end = next(iter(spans))
    return lang.side_names_many(text[start - sent.start:end - sent.start])


def attended(roles: list[tuple[Mention, str]], story: Narrative, people: list[Mention], minimum: int) -> list[list[Entity]]:
    """'The bloc's leaders held a video summit, chaired by A and attended by B and C', '회의에는 A, B가 참석했다': a
    meeting its clause names no principal of (a body held it, or no one is its subject) is between the people named
    as chairing or attending it, of two states at least. Only then: beside a subject ('A attended, accompanied by
    C') an attendee is the subject's entourage, not a party; and people of one state ('면담에는 X도 동석했다') join a
    meeting told before rather than hold one."""
    present = unique([e for m, role in roles if role == "participant" for e in expand(m, story, people)])
    states = {e.country for e in present}
    return [present] if None not in states and len(states) >= minimum else []


def passed_on(roles: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """'after meeting his South Korean counterpart X': a possessive pronoun standing first after the meeting word owns
    the noun that names the party; the role it took passes to the next person named, and it is no party itself."""
    out = list(roles)
    for k, (m, role) in enumerate(out):
        if m.span.data.get("possessive") and role in ("object", "with"):
            nxt = next((j for j in range(k + 1, len(out)) if out[j][1] == "other"), None)
            if nxt is not None:
                out[nxt], out[k] = (out[nxt][0], role), (m, "other")
    return out


def restates(meeting: Event | None, named: list[Entity]) -> bool:
    """'The ministers of A, B, C and D met on Thursday. D's minister hosted A's, B's and C's at ...': one
    host named with several guests who are all parties of the multilateral meeting just reported is that
    meeting told again, not one meeting per guest (the text says 'separately' where it is)."""
    if meeting is None or meeting.status != OCCURRED or len(meeting.participants) <= len(named) - 1:
        return False
    return {e.id for e in named} <= meeting.participant_ids()


def unique(entities: list[Entity]) -> list[Entity]:
    return list({e.id: e for e in entities}.values())


def expand(m: Mention, story: Narrative, people: Sequence[Mention] = ()) -> list[Entity]:
    """A group reference ('양측', 'the two ministers') stands for the people its own sentence names together as
    its subject before it ('A and B agreed on Tuesday ..., as they held talks in Tokyo'), else for the officials
    just named together ('A, B and C arrived ... The three ministers met'), else for the current meeting's parties, else
    for as many people as it counts among the subjects of the sentences before ('A rejected ... B asked ... The two
    ministers agreed')."""
    if m.span.label == "group":
        named = unique([p.entity for p in people if p.entity and p.entity.kind == "person"
                        and p.role in ("subject", "other") and p.span.label == "person" and p.span.end <= m.span.start])
        named = named if any(p.role == "subject" and p.entity in named for p in people) else []
        if len(named) > 1:
            return named
        size, office = m.span.data.get("size"), m.span.data.get("office")
        if story.joint:
            return list(story.joint)
        if story.meeting is None:  # actors56: '양국 국방장관' with none named: the story's pair, not two people
            # named last in other offices
            return story.office_holders(size, office) if m.span.data.get("states") else story.counted(size, office)
        return list(story.meeting.participants) if story.meeting_holds(size, office) \
            else story.office_holders(size, office)  # meet56: '양국 국방장관은 회의를 열고' after the leaders'
        # meeting: the defence ministers the story named (none: no one), not the leaders
    return [m.entity] if m.entity else []
