"""(plover58b) A passive's subject that names its parties after "between" and goes on with a matter phrase and a
participle's aside: 'The pact between A and B on the sharing of river water, reached after months of talks, was
signed'.

Why: the passive reader (`act_window.object_ending_at`) looks for the participle's required object within a few words
before its auxiliary, with the object's own prepositional phrase ('Trade with X was suspended'). The "between" phrase
of an accord spends that reach on the names of its parties, and a comma-bounded aside opening on a past participle
(', reached after months of talks,') ends it at its comma, so a long subject read no accord at all, where the same
sentence with 'agreement' (a noun entry, read by `act_noun_agents.between_parties`) did. Rule: the aside is stepped
over back to the word before its opening comma; the words of a "between A and B" phrase right after the object are
not counted in the reach (as `between_parties` does not count them); a clause break, a relative pronoun or other
punctuation ends the walk. Only an object followed at once by "between" is read so: the plain own-phrase reading
stays `object_ending_at`'s.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_asides import participle_aside_end
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

BETWEEN = "between"
PAIR_WORDS = 6  # words of the "between" phrase itself ('between the Gambia and Senegal')
MATTER_WORDS = 8  # words of the matter phrase after it, up to the auxiliary ('on the sharing of river water')
OBJECT_WORDS = 3  # words of the object before "between" ('peace deal', 'free trade pact')
ASIDE_REACH = 10  # tokens back from an aside's closing comma to its opening one


def before_participle_aside(toks: list[Token], end: int) -> int:
    """The token before the opening comma of the participle's aside whose closing comma is at `end` (', reached after
    months of talks,'), or `end` itself when no such aside closes there."""
    if end < 1 or toks[end].raw != ",":
        return end
    for c in range(end - 1, max(0, end - ASIDE_REACH) - 1, -1):
        if toks[c].raw == ",":
            return c - 1 if participle_aside_end(toks, c) == end + 1 else end
    return end


def between_subject(toks: list[Token], end: int, objects: dict, cues: Cues) -> tuple[int, int] | None:
    """The object phrase of `objects` standing right before a "between" phrase that, with what follows it, ends at
    token `end` (the last token before a passive's auxiliaries, or the closing comma of a participle's aside), as
    (first token, last token of the object); else None."""
    end = before_participle_aside(toks, end)
    for b in range(end, max(end - MATTER_WORDS - PAIR_WORDS, -1), -1):
        t = toks[b]
        if not t.word or t.low in cues.relative or t.low in cues.clause_breaks and t.low != "and":
            return None
        if t.low == BETWEEN:
            return object_before(toks, b, objects)
    return None


def object_before(toks: list[Token], b: int, objects: dict) -> tuple[int, int] | None:
    """An object phrase of `objects` that ends right before the "between" at token `b`."""
    for k in range(b - 1, max(b - 1 - OBJECT_WORDS, -1), -1):
        if not toks[k].word:
            return None
        for rest in objects.get(toks[k].low, ()):
            if k + len(rest) == b - 1 and all(toks[k + 1 + n].low == w for n, w in enumerate(rest)):
                return k, b - 1
    return None


def pair_end(toks: list[Token], start: int, cues: Cues, words: int) -> int:
    """The token after the names of a "between" phrase whose first word is at `start` ('Ghana and Togo' in 'between
    Ghana and Togo on rail freight'): at most `words` words, ended by a clause word other than "and", a form of "be",
    a date word or a preposition other than "of"."""
    k = start
    while k < len(toks) and k - start < words and toks[k].word \
            and (toks[k].low == "and" or toks[k].low not in cues.clause_breaks) \
            and toks[k].low not in cues.be and toks[k].low not in cues.date_words \
            and (toks[k].low not in cues.prepositions or toks[k].low == "of"):
        k += 1
    return k


JOINT_PASSIVES = frozenset({"AGREE"})  # passive acts whose subject's "between" phrase names all their makers


def subject_pair(toks: list[Token], hit: ActHit, cues: Cues, words: int) -> tuple[int, int] | None:
    """The character span of the parties after "between" right after a passive accord's subject ('The pact between A
    and B on X, reached ..., was signed': A and B made it, as 'An agreement between A and B was signed' names them by
    `act_noun_agents.between_parties`); None for any other hit."""
    first = hit.data.get("passive_object_token")
    if hit.type not in JOINT_PASSIVES or first is None or "object" not in hit.data:
        return None
    b = first + len(hit.data["object"].split())
    if b >= len(toks) or toks[b].low != BETWEEN:
        return None
    k = pair_end(toks, b + 1, cues, words)
    return (toks[b + 1].start, toks[k - 1].end) if k > b + 1 else None
