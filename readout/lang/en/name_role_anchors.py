"""What a name's clause is anchored to besides a meeting word, for name_role: the verb enacting a text a participle
names, a reported speech act ('accused X of'), a passive with its agent ('was hosted by X'), an accord's reduced
clause; and the word-shape tests it asks (people participles, a verb-like word, a modifier of the subject).

Why its own module: name_role (clauses) reads a name's role towards a trigger; these readers find the act or
passive the role is read against, and share only the clause patterns with it.
"""
from __future__ import annotations

import functools

from readout.lang.base import Trigger
from readout.lang.en.clause_patterns import patterns


PEOPLE_PARTICIPLES = frozenset({"armed", "exiled", "displaced"})  # '-ed' words that describe people


def clause_words(words: list[str]) -> bool:
    """A verb form or a clause word among the words before a people noun (then they are no noun phrase
    of it). Act words are allowed: a people noun phrase may hold one ("ethnic", "protest")."""
    from readout.lang.en.act_matcher import matcher  # cold start: not loaded with `English`, only on first use

    cues = matcher().cues
    return any(w in cues.be or w in cues.intent or w in cues.reporting or w in cues.relative
               or w.endswith("ed") and w not in PEOPLE_PARTICIPLES for w in words)


def enacting_verb(text: str, trigger: Trigger) -> Trigger | None:
    """The verb that enacts the text whose participle is the act ('passed a resolution demanding'): the body that
    passes a resolution does what the resolution does, so the names before that verb stand to the act as to it
    (an owner such as "Peru's parliament" is the verb's subject, not the participle's). None for other acts."""
    words = trigger.text.lower().split()
    if not words or not words[0].endswith("ing"):
        return None
    m = patterns()["enacted_text_participle"].search(text, max(0, trigger.start - ENACTED_TEXT_REACH), trigger.start)
    return Trigger(m.start("verb"), m.end("verb"), m.group("verb")) if m else None


ENACTED_TEXT_REACH = 80  # characters back from a participle to the verb enacting its text


def inherited_anchor(text: str, left: int, trigger_start: int) -> tuple[int, int, str] | None:
    """Where the subject of a clause that has none of its own stands: "X said (that) it would ..."
    (the pronoun is the reporter: the reporting verb's subject acts) and "X opened ..., but was
    still refusing ..." (a coordinated verb phrase shares the subject before the coordinator).
    Returns the span of the word whose clause holds that subject and which kind of anchor it is (a
    coordinated verb phrase shares only the subject the sentence opens with), or None."""
    p = patterns()
    before, gap = text[:left], text[left:trigger_start]
    for key, ok in (("reporting_end", p["reported_pronoun"].match(gap)),
                    ("coordinator_end", p["subjectless_gap"].fullmatch(gap))):
        m = p[key].search(before) if ok else None
        if m:
            return m.start(), m.end(), key
    return None


SPEECH_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN"})  # acts done by saying


def reported_speech_act(text: str, left: int, trigger: Trigger) -> tuple[int, int, str] | None:
    """'Japan said the launch threatened regional peace and condemned North Korea', 'the ministry said the ship was
    on patrol and rejected the complaint': a verb of saying-as-acting joined by 'and' after a reported clause
    is the reporter's, as 'X said it would' is; the span of the reporting verb, or None."""
    p = patterns()
    words = trigger.text.split()
    if not words or not p["and_before"].search(text, left, trigger.start):
        return None
    m = p["reporting_end"].search(text[:left].rstrip())
    if m is None:
        return None
    from readout.lang.en.act_matcher import matcher  # cold start: not loaded with `English`, only on first use

    rest = " ".join(words[1:]).lower()  # 'called on', 'called for': a phrasal verb of saying whose particle is in the trigger
    cands = matcher().by_word.get(words[0].lower(), ())
    plain = [c for c in cands if not c.entry.objects and (not c.entry.particle or c.entry.particle == rest)]
    return (m.start(), m.end(), "reporting_end") if any(c.entry.type in SPEECH_TYPES for c in plain) \
        or expressed_stance(cands, words) else None


EXPRESSED_TYPES = SPEECH_TYPES | {"SUPPORT"}  # refs39: 'expressed solidarity with X', 'voiced concern': said, as a stance


def expressed_stance(cands, words: list[str]) -> bool:
    """(refs39) 'X said the strikes marked a new stage and expressed solidarity with Y': a verb of expressing whose
    object noun names the stance ('expressed solidarity', 'voiced deep concern': a later word of the trigger among its
    entry's objects) is said, as a plain verb of saying is; the reported clause's subject cannot express it."""
    later = {w.lower() for w in words[1:]}
    return bool(later) and any(c.entry.type in EXPRESSED_TYPES and later & set(c.objects) for c in cands)


def passive_with_agent(text: str, trigger: Trigger, right: int) -> bool:
    """"was attacked by X", "were expelled by X": a participle right after a form of "be", with its
    agent in the clause (without one, "have been demobilized", the subject is the only side named)."""
    return _passive_with_agent(text, trigger.start, trigger.end, right)


@functools.lru_cache(maxsize=256)  # every name of the sentence asks of the same trigger: the text before it is read once
def _passive_with_agent(text: str, start: int, end: int, right: int) -> bool:
    words = text[start:end].split()
    p = patterns()
    return bool(words) and not words[0].lower().endswith("ing") \
        and bool(p["passive_before"].search(text[:start]) or reduced_accord(text, words, end)) \
        and bool(p["agent"].search(text, end, right) or p["separated_trigger"].match(text[start:end])
                 or p["measure_trigger"].match(text[start:end])
                 or p["expulsion_trigger"].match(text[start:end]) and p["expelled_agent"].match(text, end))


def reduced_accord(text: str, words: list[str], end: int) -> bool:
    """'The treaty, signed by A and B': an accord's participle (`concluded_participles`) with its agent right after
    it and no "be" before it is a reduced passive relative (act_made_accords): the names after "by" made the accord."""
    from readout.lang.en.act_matcher import matcher  # cold start: not loaded with `English`, only on first use

    return len(words) == 1 and words[0].lower() in matcher().cues.concluded_participles \
        and bool(patterns()["agent"].match(text, end + len(text[end:]) - len(text[end:].lstrip())))


def passive_role(text: str, start: int, end: int, trigger: Trigger, left: int) -> str | None:
    """In a passive clause the agent after "by" acts and the grammatical subject receives."""
    # cold start: not loaded with `English`, only on first use
    from readout.lang.en.act_agent_places import placed_after_agent

    p = patterns()
    if start > trigger.end and (p["agent_before"].search(text[trigger.end:start])
                                or p["agent_series"].search(text[trigger.end:start])) \
            and not p["mediator_before"].search(text[trigger.end:start]) \
            and not placed_after_agent(text[trigger.end:start]):  # victims48: 'by Russian forces in X': X is the place
        return "subject"  # 'by X', and the later names of 'by the governments of X, Y and Z'; not 'a truce was agreed
        # at talks hosted by X' (actors58): the host of the talks, a mediator, did not agree
    if start > trigger.end and p["separated_trigger"].match(trigger.text) \
            and p["separated_agent_gap"].match(text[trigger.end:start]):
        return "subject"  # 'Guinea was suspended from ECOWAS': the trigger holds the 'from'
    if trigger.start < start < trigger.end and p["measure_trigger"].match(trigger.text):
        return "subject"  # 'was hit with new Norwegian sanctions': the measure's own adjective imposed it
    if start > trigger.end and p["expulsion_trigger"].match(trigger.text) \
            and p["expelled_agent_gap"].match(text[trigger.end:start]):
        return "subject"  # 'X's ambassador was expelled from Y': Y expelled him
    if start < trigger.start and not p["preposition_before"].search(text[max(left, start - 60):start]):
        return "object"
    if start < trigger.start and owner_of(text[left:start]) and modifies_subject(text[left:start]):
        return "object"  # 'Two diplomats of X were expelled by Y': the passive subject's owner receives; so does
        # the owner after an article (enmil47: 'The website of the X ministry was hacked by Y')
    if start < trigger.start and text.startswith(POSSESSIVE, end):
        return "other"  # acts60b: 'Sanctions on X's shipping firms were imposed by Y': the owner in the passive
        # subject's phrase names what the act is done to (its target span), never the agent 'by' names
    return None


POSSESSIVE = "'s"  # acts60b: an owner's mark right after a name


OWNER_OF = " of "
OWNER_ARTICLES = ("the ", "a ", "an ")


def owner_of(before: str) -> bool:
    """The words before a name end in 'of', or 'of' and an article ('diplomats of ', 'the website of the ')."""
    low = before.lower()
    return low.endswith(OWNER_OF) or any(low.endswith(OWNER_OF + a) for a in OWNER_ARTICLES)


AGENT_NOUN_ENDINGS = ("ers", "ors", "ists")  # 'protesters in X' names people, 'the arrest of X' an act


def modifies_subject(before: str) -> bool:
    """'Thousands of', 'security forces in', 'a member of the': the name stands in a modifier of the
    clause's first noun phrase, whose head words are no verb and no act word, so it names the
    subject's side."""
    m = patterns()["subject_modifier"].match(before)
    if not m:
        return False
    return not verb_like(m.group(1).split())


def verb_like(words: list[str]) -> bool:
    """Whether a verb, an act word or a clause word stands among these words (then they are no noun phrase)."""
    from readout.lang.en.act_matcher import matcher  # cold start: not loaded with `English`, only on first use

    m_act = matcher()
    return any(w.lower() in m_act.by_word and not w.lower().endswith(AGENT_NOUN_ENDINGS)
               or w.lower() in m_act.cues.be or w.lower().endswith("ed")
               or w.lower() in m_act.cues.intent or w.lower() in m_act.cues.reporting
               or w.lower() in m_act.cues.relative for w in words)
