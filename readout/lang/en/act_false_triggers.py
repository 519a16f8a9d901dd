"""The English words that look like act triggers and are none (`not_an_act`): a capitalized name or month, a
participle used as an adjective, a verb describing a standing rule, a verb that publishes, issues or enacts a text,
a floating quantifier's verb, an idiom's verb ('struck a balance'), a noun modifying another noun.

Why its own module (debt59): the clause reader (`act_clause.read_clause`) asks this once per matched word before
it reads the word's status; the classes of false triggers are one reading apart from negation, modality and the
clause's agents there.
"""
from __future__ import annotations

from readout.lang.act_lexicon import ActEntry
from readout.lang.en.act_discharges import releases_matter
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_matcher import Candidate, Matcher
from readout.lang.en.act_statement_subjects import statement_speaks
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_agented_participles import AGENTED_TYPES, agented_past
from readout.lang.en.act_phrase_heads import noun_phrase_head
from readout.lang.en.act_near_words import is_determiner, object_among, prev_index, previous_word, publishes
from readout.lang.en.act_noun_phrases import attributive


def floating(toks: list[Token], i: int, cues: Cues) -> bool:
    """"Peru and Chile both condemned X", "they all rejected it": a quantifier after the subject floats off it, and
    the past form after it is the subject's verb, not an adjective ("both sanctioned entities")."""
    return i >= 2 and toks[i - 1].low in cues.floating_quantifiers and toks[i - 2].word \
        and (toks[i - 2].raw[:1].isupper() or toks[i - 2].low in cues.speaker_pronouns)


def idiom_object(toks: list[Token], j: int, cues: Cues) -> bool:
    """The verb's direct object is the noun of an idiom ('struck a more cautious tone', 'struck a balance', 'hit a
    snag'): the verb names no act."""
    return object_among(toks, j, cues, cues.idiom_objects)


def not_an_act(toks: list[Token], i: int, end_tok: int, cand: Candidate, data: dict, prev_low: str,
               participle: bool, m: Matcher) -> bool:
    """The classes of words that look like triggers and are none: a capitalized name or month, a
    participle used as an adjective, a verb describing a standing rule, a verb that publishes
    something, the head or the modifier of a compound noun, a trigger under "alleged"."""
    cues, tok, entry = m.cues, toks[i], cand.entry
    base = tok.low in m.base_forms
    nominal = entry.pos == "noun"
    if i > 0 and tok.raw[:1].isupper() and tok.low in cues.capitalized_not_verbs:
        return True  # "in March", "Press Releases"
    if participle and (is_determiner(prev_low, cues) and not floating(toks, i, cues)
                       or prev_low in cues.prepositions - {"by", "to"}):
        return True  # "the sanctioned entity", "for alleged abuses"
    before = prev_index(toks, i)
    joined = previous_word(toks, i, cues)  # "rejected and strongly condemned": adverbs after 'and' (en-acts45)
    joined_low = toks[joined].low if joined is not None else ""
    second = joined_low == "and" or joined_low in cues.perfect_auxiliaries and joined >= 1 \
        and toks[joined - 1].low == "and"
    if before is not None and (tok.low.endswith("ing") or participle and not second) \
            and before_within(toks, before, cues.blocking_verbs, BLOCKED_REACH):
        return True  # "blocked a joint EU statement criticizing China": the statement never criticized; but in
        # "rejected the claim and (had) warned X" the past form after "and" is the subject's second verb
    if describes_standing_rule(toks, i, before, participle, cues) and not issued_statement(toks, i, entry, cues):
        return True
    if participle and prev_low in cues.informational_objects and not surname(toks, before) \
            and not statement_speaks(toks, end_tok, entry.type, cues):
        return True  # "according to a joint statement released after the talks": what was published, no release
    if participle and not cand.objects and published_passive(toks, i, cues) and entry.mode != CYBER_MODE:
        return True  # "the report was released by"; an entry's own object ("joint statement") is an act; enmil47:
        # an intrusion's patient may be information ('the ministry's website was hacked by'): no publishing
    after_head = data.get("head_end", end_tok) + 1
    if participle and after_head < len(toks) and toks[after_head].low == "by" and prev_low not in cues.be \
            and not data.get("reduced_relative") and not (entry.type in AGENTED_TYPES and agented_past(toks, i, cues)):
        return True  # "the channel, disputed by A and B": a participle describing a noun; enkidnap46: force with a
        # named doer ('engineers abducted by Somalia') stays that doer's act (act_agented_participles)
    if nominal and any(toks[j].low in cues.background_words for j in range(max(i - 4, 0), i)):
        return True  # "since last month's invasion": background"
    if entry.pos == "verb" and not cand.objects and unpublished(entry) and publishes(toks, end_tok + 1, cues) \
            or data.get("object") in cues.informational_objects and "readout" not in entry.source \
            and unpublished(entry):
        return True  # "released a statement", "issued a statement" ("rejected the results" stays, domestic49)
    if releases_matter(toks, i, end_tok, entry, cues):
        return True  # "released treated water into the sea": no one is freed
    if entry.pos == "verb" and not cand.objects and idiom_object(toks, end_tok + 1, cues):
        return True  # "struck a more cautious tone": a figure of speech, no force
    if prev_low in cues.compound_modifiers and base:
        return True  # "a press release"
    if base and noun_phrase_head(toks, i, entry.lemma, cues) \
            and not any(c.entry.pos == "noun" for c in m.by_word.get(tok.low, ())):  # 'a rebel attack killed': the
        # head noun is an act noun of its own
        return True  # plover57: "the Norwegian wealth fund posted a return": the phrase's head noun
    if base and entry.pos == "verb" and tok.low == entry.lemma and attributive(toks, i, cues):
        return True  # "along its long, open border": an adjective
    if prev_low in cues.adjectival and prev_low not in cues.future_adjectives and (nominal or base) \
            and not clause_verb(toks, prev_index(toks, i), cues):
        return True  # "the alleged attack", "a suspected raid": not stated as fact
    after = toks[end_tok + 1].low if end_tok + 1 < len(toks) else ""
    if comma_participle(toks, i):
        return False  # meet52b: 'visited X, urging talks with Y': the subject's act, no compound 'urging talks'
    return (nominal or base and not cand.objects and not cand.particle) and after in cues.compound_heads \
        or (nominal or base and noun_modifier(tok.low, entry, m)) and after in cues.nominal_compound_heads


def comma_participle(toks: list[Token], i: int) -> bool:
    """(meet52b) An -ing form right after a comma opens a participle clause whose doer is the subject ('visited Nepal
    on Monday, urging talks with Y'): a verb, never the modifier of a compound noun after it ('aid talks', 'peace
    talks'), which no comma parts from its head."""
    return i > 0 and toks[i].low.endswith("ing") and toks[i - 1].raw == ","


def noun_modifier(word: str, entry: ActEntry, m: Matcher) -> bool:
    """(force60) The bare form of a riot verb that is also its own noun ('riot') before a police noun reads as that
    noun modifying it ('Kenyan riot police', 'riot officers used water cannon'): a crowd cannot 'riot' the police,
    so the words name the police's kind, not a riot. Verbs that take the police as object ('pelt police', 'protest
    police brutality') have no noun of the same riot reading and keep their act."""
    return entry.mode == RIOT_MODE and any(c.entry.pos == "noun" and c.entry.type == entry.type
                                           and c.entry.mode == entry.mode for c in m.by_word.get(word, ()))


RIOT_MODE = "riot"
UNPUBLISHING = frozenset({"PROTEST", "SANCTION", "REJECT"})
INTRUDING_MODES = frozenset({"cyber"})  # the manual's COERCE cyber: hacking, security breaches, website attacks


def unpublished(entry: ActEntry) -> bool:
    """Whether a verb of this entry may publish an informational object: not a type of `UNPUBLISHING`, nor a verb of
    disapproval (protest65: 'criticized the statement', 'blasted X's report': a judgement of the text, ACCUSE of
    its owner; 'prepared a report' publishes it), nor an intrusion into computers (enkidnap46: 'hacked the website of
    X' attacks the website, the manual's COERCE cyber)."""
    return entry.type not in UNPUBLISHING and not (entry.type == "ACCUSE" and entry.mode == "disapprove") \
        and entry.mode not in INTRUDING_MODES


def clause_verb(toks: list[Token], j: int | None, cues: Cues) -> bool:
    """"State media reported sanctions on X", "rebels renewed attacks": a past form of `adjectival`
    after its subject (a noun or name, or "has") is the clause's verb and the act noun its object,
    not an adjective that makes the act hearsay; after a determiner, preposition, adverb, number,
    conjunction or another verb ("the reported attack", "for alleged abuses", "arrested suspected
    rebels") it stays an adjective."""
    if j is None or j == 0 or not toks[j].low.endswith("ed"):
        return False
    before = toks[j - 1]
    low = before.low
    if low in cues.perfect_auxiliaries:
        return True
    return before.word and not (is_determiner(low, cues) or low in cues.prepositions or low in cues.adverbs
                                or low.endswith(("ly", "ed")) or low in cues.be or low in cues.quantity_words
                                or low in ("and", "or", "but") or low[:1].isdigit() or low in cues.infinitive
                                or low in cues.intent or low in cues.relative)


SPEECH = frozenset({"REQUEST", "ACCUSE", "REJECT", "SUPPORT", "THREATEN"})


def issued_statement(toks: list[Token], i: int, entry: ActEntry, cues: Cues) -> bool:
    """"issued a declaration demanding that ...", "a statement condemning the attack": a speech act in
    -ing right after a statement noun is what the statement says, not a standing rule."""
    return entry.type in SPEECH and toks[i].low.endswith("ing") and i > 0 \
        and toks[i - 1].low in cues.statement_heads


CYBER_MODE = "cyber"  # the manual's COERCE cyber: hacking, security breaches


def published_passive(toks: list[Token], i: int, cues: Cues) -> bool:
    """A passive participle whose subject (the word before its "be") is a piece of information."""
    j = i - 1
    while j >= 0 and (toks[j].low in cues.adverbs or toks[j].low.endswith("ly")):
        j -= 1
    return j > 0 and toks[j].low in cues.be and toks[j - 1].low in cues.informational_objects


RELATIVE_REACH = 10  # words back from a verb to the relative pronoun of a rule it describes


def describes_standing_rule(toks: list[Token], i: int, prev: int | None, participle: bool, cues: Cues) -> bool:
    """"resolutions that ban arms sales", "measures banning exports", "sanctions imposed in 2017":
    a verb describing a rule that already stands is not an act of this sentence."""
    if prev is None:
        return False
    p = toks[prev].low
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if p in cues.descriptive_heads and enacted_here(toks, prev, cues):
        return False  # "the parliament approved a law recognizing the results": the law is new
    if p in cues.descriptive_heads and (toks[i].low.endswith("ing") or participle and (
            nxt in cues.prepositions or nxt in cues.date_words or nxt in ("last", "earlier", "this"))):
        return True  # "measures banning exports", "sanctions imposed in 2017", "the deal signed by"
    for j in range(i - 1, max(i - RELATIVE_REACH, 0), -1):  # "resolutions that aim to tighten ... and impose"
        if not toks[j].word or toks[j].low in cues.clause_breaks and toks[j].low != "and":
            return False
        if toks[j].low in cues.relative:
            return toks[j - 1].low in cues.descriptive_heads
    return False


ENACTED_REACH = 3  # words between an enacting verb and the rule it enacts ("approved a special law")
BLOCKED_REACH = 4  # words between a blocking verb and the text it stops ("blocked a joint EU statement")


def surname(toks: list[Token], k: int | None) -> bool:
    """(votes46) The word at k is capitalized inside the sentence: a name ('Ambassador Kim Song rejected', 'Ms. Film
    said'), not the common noun a participle describes ('the song released', 'a report published')."""
    return k is not None and k > 0 and toks[k].raw[:1].isupper()


def before_within(toks: list[Token], head: int, verbs: frozenset[str], reach: int) -> bool:
    """One of `verbs` stands at most `reach` words before the noun at `head`, with only words between."""
    for j in range(head - 1, max(head - reach - 1, -1), -1):
        if not toks[j].word:
            return False  # punctuation ends the noun phrase
        if toks[j].low in verbs:
            return True
    return False


def enacted_here(toks: list[Token], head: int, cues: Cues) -> bool:
    """A verb of enacting (`enactment_verbs`) stands a few words before the rule noun at `head`, with
    only determiners and modifiers between: the sentence enacts the rule now."""
    return word_before(toks, head, ENACTED_REACH, cues.clause_breaks, cues.enactment_verbs)


def word_before(toks: list[Token], i: int, reach: int, stops: frozenset[str], wanted: frozenset[str]) -> bool:
    """One of `wanted` stands within `reach` words before token i, with no punctuation and none of `stops` between."""
    for j in range(i - 1, max(i - reach - 1, -1), -1):
        if not toks[j].word or toks[j].low in stops:
            return False
        if toks[j].low in wanted:
            return True
    return False
