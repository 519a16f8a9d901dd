"""The doer a relative pronoun or a coordinated 'it' stands for: 'dealing with X, which on Friday fired two
projectiles', 'X has refrained from tests since 2017, but on April 17 it tested a new weapon'.

Why: the subject of such a verb is a pronoun whose antecedent is named in the same sentence: the name right before
', which' (', who'), or the subject that opens the sentence for an 'it' after ', but' or ', and'. The clause reader
sees only the pronoun; the act then took the main clause's subjects (the states discussing X, not X) or the side
the story acted with last. The antecedent's span is marked as the act's agent (`agent_span`, read by the pipeline as
after 'by'); where it names no state the pipeline reads the act as before.
"""
from __future__ import annotations

from dataclasses import replace

from readout import budget
from readout.kb.loader import lexicon
from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_relative_deeds import JUDGING_TYPE
from readout.lang.en.act_tokens import Token
from readout.lang.en.agents import sector_of
from readout.lang.en.body_antecedents import body_noun_span

PRONOUN_REACH = 5  # words between a pronoun subject and its verb: 'which on Friday fired', 'it on April 17 tested'
LINK_REACH = 5  # words between ', but' and 'it': ', but on April 17 it'
RELATIVES = frozenset({"which", "who"})
COORDINATORS = frozenset({"but", "and", "yet"})
ARTICLES = frozenset({"a", "an", "the"})


def pronoun_antecedents(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The verb hits with no agent marked whose subject is a relative pronoun after a comma or an 'it' after a
    coordinating comma, given their antecedent's span as agent."""
    out = []
    for h in hits:
        if not h.nominal and "agent_span" not in h.data:
            span = antecedent(toks, h.data["token"], cues, h.type == JUDGING_TYPE)
            h = replace(h, data={**h.data, "agent_span": span}) if span else h
        out.append(h)
    return out


def antecedent(toks: list[Token], i: int, cues: Cues, perfect: bool = False) -> tuple[int, int] | None:
    """The span of the name the pronoun subject of the verb at token `i` stands for, or None. `perfect`: the perfect's
    have may stand between them (a charge: act_context.voiced_judgement)."""
    p = pronoun_before(toks, i, cues, perfect)
    if p is None or p < 2 or toks[p - 1].low != ",":
        if p is not None and toks[p].low == "it":
            return coordinated_it(toks, p, cues)
        return restrictive_antecedent(toks, i, cues)
    if toks[p].low not in RELATIVES:
        return None
    span = titled_name(toks, p - 2, cues) or body_noun_span(toks, p - 2)  # enfix49: 'the bloc, which'
    first = next((k for k in range(p - 2, -1, -1) if toks[k].start == span[0]), None) if span else None
    modified = first is not None and first > 0 and toks[first - 1].low in cues.modifying_prepositions
    return span if first is not None and not modified else None


def restrictive_antecedent(toks: list[Token], i: int, cues: Cues) -> tuple[int, int] | None:
    """(meet50b) The head of a restrictive 'who' clause whose past verb is at `i` ('met [Malaysian officials] who
    (have) pressed for talks with Y'): a lower-case plural noun right before 'who' and the capitalized words before it
    (its demonym, 'South Korean'), the shape the clause reader cuts such a clause by (lexicon
    `clause_bounds.relative_re`: a plural head, a perfect or a past in -ed). Without it the clause's act took the main
    clause's subject too, the one who met them. (meet51) A singular head is read the same where it is one of the
    people nouns the clause reader cuts after (`clause.relative_singular_heads`: 'met [a Malaysian envoy] who urged
    talks with Y'). None for any other shape (another singular noun, no capitalized word)."""
    p = pronoun_before(toks, i, cues, True)
    if p is None or p < 2 or toks[p].low != "who" or not relative_past(toks, p, i):
        return None
    head = toks[p - 1]
    plural = head.low.endswith("s") and len(head.low) > 3
    if not (head.word and head.raw.islower() and (plural or head.low in singular_heads())):
        return None
    first = capitalised_before(toks, p - 2)
    if first is None:
        return judged_owner(toks, p, cues)
    if first > 0 and toks[first - 1].low in ARTICLES:  # meet51: 'a Malaysian envoy' is one side item from its article
        first -= 1
    return toks[first].start, head.end


def capitalised_before(toks: list[Token], k: int) -> int | None:
    """The first of the capitalised words ending at token `k` ('South Korean'), None when `k` is none."""
    first = None
    for j in range(k, -1, -1):
        if not (toks[j].word and toks[j].raw[:1].isupper()):
            break
        first = j
    return first


def judged_owner(toks: list[Token], p: int, cues: Cues) -> tuple[int, int] | None:
    """(nominal54b) The head of a 'who' clause with no name of its own that gives a judgment's grounds after its
    judged state ('condemned [Bolivia over soldiers] who shelled a village'): the soldiers are the judged state's, so
    the span from that state's name to the head is the deed's agent (its state and the head's sector); without it the
    deed took the judge as its doer and was dropped. None where no name stands right before the grounds' preposition
    (`criticism_topics`: over, for)."""
    if p < 4 or toks[p - 2].low not in cues.criticism_topics:
        return None
    first = capitalised_before(toks, p - 3)
    return None if first is None or first == 0 else (toks[first].start, toks[p - 1].end)


def relative_past(toks: list[Token], p: int, i: int) -> bool:
    """(meet51b) Whether the verb at `i` after the 'who' at `p` is a past the clause reader cuts the clause by (lexicon
    `clause_bounds.relative_re`): one in -ed, an irregular past ('who sought talks', `verb_chain.irregular_past`), or,
    after a perfect's have, a participle in -en or a progressive ('who has spoken', 'who has been pressing')."""
    low = toks[i].low
    perfect = any(t.low in PERFECT for t in toks[p + 1:i])
    return low.endswith("ed") or low in irregular_pasts() or perfect and low.endswith(("en", "ing"))


@budget.table()
def irregular_pasts() -> frozenset[str]:
    """The irregular pasts the clause reader's `{irregular_past}` slot reads (lexicon en `clause.verb_chain.irregular_past`)."""
    return frozenset(lexicon("en")["clause"]["verb_chain"]["irregular_past"])


@budget.table()
def singular_heads() -> frozenset[str]:
    """The singular people nouns a restrictive 'who' clause is cut after (lexicon en `clause.relative_singular_heads`)."""
    return frozenset(lexicon("en")["clause"]["relative_singular_heads"])


def pronoun_before(toks: list[Token], i: int, cues: Cues, perfect: bool = False) -> int | None:
    """The token of a subject pronoun ('which', 'who', 'it') before the verb at `i`, past adverbs and a date."""
    for k in range(i - 1, max(-1, i - 1 - PRONOUN_REACH), -1):
        low = toks[k].low
        if low in RELATIVES or low == "it":
            return k
        if not (low in cues.adverbs or low in cues.date_words or low in cues.time_openers or low == "on"
                or low[:1].isdigit() or perfect and low in PERFECT or progressive(toks, i, k, cues)):
            return None
    return None


def progressive(toks: list[Token], i: int, k: int, cues: Cues) -> bool:
    """(enfollow48) Token `k` is the 'be' of a progressive right before the -ing verb at `i` ('X, who is seeking talks
    with Y'): the pronoun before it is the verb's subject, as in 'X, who sought talks with Y'."""
    return k == i - 1 and toks[k].low in cues.be and toks[i].low.endswith("ing")


PERFECT = frozenset({"had", "has", "have"})  # accuse59: 'X, who had called the decree a mistake': the perfect's have
# before a charge; other acts in the perfect there are stances ('X, which have declined to recognize Y')


def coordinated_it(toks: list[Token], p: int, cues: Cues) -> tuple[int, int] | None:
    """For 'it' after ', but' (', and') and a date: the name that opens the sentence, its subject."""
    for k in range(p - 1, max(0, p - 1 - LINK_REACH), -1):
        if toks[k].low in COORDINATORS and toks[k - 1].low == ",":
            return name_starting(toks, subject_start(toks, cues))
        if not (toks[k].low in cues.date_words or toks[k].low in cues.time_openers or toks[k].low == "on"
                or toks[k].low[:1].isdigit() or toks[k].low in cues.adverbs):
            return None
    return None


FRONT_REACH = 8  # words of an adverbial fronted before the subject: 'For years,', 'Early on Monday morning,'


def subject_start(toks: list[Token], cues: Cues) -> int:
    """(ensubj46) The token where the opening clause's subject starts: past an adverbial fronted before it, one that
    opens with a preposition, a date word or an adverb ('For years, X has ...', 'Last week, X ...', 'In the capital, X
    ...'). The adverbial ends at its comma, or, with no comma, at the first capitalized word that is no date word ('On
    Monday X expelled ...': a date word never opens a name); a name closed by a comma is the adverbial's own ('In
    Libreville, X ...')."""
    if not toks or not (toks[0].low in cues.prepositions or toks[0].low in cues.time_openers
                        or toks[0].low in cues.date_words or toks[0].low in cues.adverbs):
        return 0
    k = 1
    while k < min(len(toks), FRONT_REACH + 1):
        t = toks[k]
        if t.raw == ",":
            return k + 1
        if not t.word:
            return 0
        if t.raw[:1].isupper() and t.low not in cues.date_words:
            end = k
            while end + 1 < len(toks) and toks[end + 1].word and toks[end + 1].raw[:1].isupper():
                end += 1
            if end + 1 < len(toks) and toks[end + 1].raw == ",":
                return end + 2
            return k
        k += 1
    return 0


def name_ending(toks: list[Token], j: int) -> tuple[int, int] | None:
    """The capitalized words ending at token `j` ('North Korea'), or None."""
    k = j
    while k >= 0 and toks[k].word and toks[k].raw[:1].isupper():
        k -= 1
    return (toks[k + 1].start, toks[j].end) if k < j else None


def titled_name(toks: list[Token], j: int, cues: Cues) -> tuple[int, int] | None:
    """(accuse59) The name ending at token `j` with the office and the name of the body before it ('[X Party leader]
    Ana Ruiz', '[Chilean Foreign Minister] Ana Ruiz' is all capitals already): whose leader the person is tells the
    state where the person's own name does not."""
    span = name_ending(toks, j)
    if span is None:
        return None
    first = next(k for k in range(j, -1, -1) if toks[k].start == span[0])
    if first >= 2 and toks[first - 1].low in cues.office_nouns and (body := name_ending(toks, first - 2)) is not None:
        return body[0], span[1]
    title = agent_title(toks, first)  # enrelc48: '[Ugandan envoy] Ana Ruiz', '[Chilean foreign minister] Ana Soto'
    if title is not None and (body := name_ending(toks, title - 1)) is not None:
        return body[0], span[1]
    return span


def agent_title(toks: list[Token], first: int) -> int | None:
    """(enrelc48) The first token of the lower-case title of one or two words right before a name starting at
    token `first` that the agent-noun table knows ('envoy', 'foreign minister', 'army general'), or None."""
    for size in (2, 1):
        k = first - size
        if k >= 1 and all(toks[m].word and toks[m].raw.islower() for m in range(k, first)) \
                and sector_of(" ".join(toks[m].low for m in range(k, first))) is not None:
            return k
    return None


def name_starting(toks: list[Token], j: int) -> tuple[int, int] | None:
    """The capitalized words from token `j` ('North Korea has ...'), or None (a sentence opening otherwise)."""
    k = j
    while k < len(toks) and toks[k].word and toks[k].raw[:1].isupper():
        k += 1
    return (toks[j].start, toks[k - 1].end) if k > j else None
