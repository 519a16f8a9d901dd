"""(relobj47) A non-restrictive relative clause set off by commas between a subject and its verb is an aside: 'Mali
said its jets, which no radar detected, struck a depot' — the jets struck; the clause describes them and names no
subject of the verb after it, whatever it says (a negative subject of its own, 'no radar', included). The readers
that walk back from a verb to its subject (`act_sides.people_subject`, `act_owned_services.owner_span`) step over
it to the noun it describes, when that noun is owned ('its', 'their') by a name outside the aside: 'The army, which
X's government controls, attacked Y' names its army's state only inside the aside, which gives the verb no side. Read by shape: a comma right before the verb, and within a few words before it a comma
followed by a relative pronoun, with no other comma or clause break between."""
from __future__ import annotations

from readout.lang.en.act_tokens import Token

ASIDE_PRONOUNS = frozenset({"which", "who", "whom", "whose"})
ASIDE_REACH = 12  # tokens from the aside's closing comma back to its opening one
OWNERS = frozenset({"its", "their"})
OWNER_REACH = 3  # words from the owner to the aside's opening comma: 'its air force', 'their riot police'


def before_aside(toks: list[Token], j: int, breaks: frozenset[str]) -> int:
    """The index of the last token before the aside whose closing comma is at `j` (', which no radar detected,') when
    an owner ('its', 'their') stands a few words before the aside, or `j` itself when no such aside closes there."""
    if j < 2 or toks[j].raw != ",":
        return j
    for k in range(j - 1, max(0, j - ASIDE_REACH) - 1, -1):
        if toks[k].raw == ",":
            if k >= 1 and k + 1 < j and toks[k + 1].low in ASIDE_PRONOUNS \
                    and any(t.low in OWNERS for t in toks[max(0, k - OWNER_REACH):k]):
                return k - 1
            return j
        if toks[k].low in breaks:
            return j
    return j


HEAD_RELATIVES = frozenset({"who", "which"})  # pronouns that can only open a relative clause after a noun


def before_head_relative(toks: list[Token], j: int, people: frozenset[str], fillers: frozenset[str]) -> int:
    """(relclause53) The index of the people noun a subject relative clause describes when that clause ends at `j`
    right before the main verb: 'Gunmen who stormed a village killed six soldiers', 'Gunmen, who stormed a village,
    killed ...': the gunmen killed; the village inside the clause is no subject of the verb after it (a stateless
    armed subject then takes its state from the harmed people, as 'Gunmen killed six Malian soldiers' does). `j`
    itself when no such clause ends there: only 'who'/'which' (never 'that', which also opens what was said:
    'told soldiers that rebels killed'), with words only between it and `j` (a closing comma at `j` goes with an
    opening one before the pronoun), and only a noun of `people` before it. Only a subject relative, whose verb follows
    the pronoun (a lowercase word, none of the noun phrase's `fillers`): 'The army, which X's government controls,
    attacked' has a subject of its own inside (relobj47 reads that aside)."""
    aside = j >= 0 and toks[j].raw == ","
    end = j - 1 if aside else j
    for k in range(end - 1, max(0, j - ASIDE_REACH) - 1, -1):
        if toks[k].low in HEAD_RELATIVES:
            after = toks[k + 1]
            if not after.raw.islower() or after.low in fillers:
                return j  # an object relative: the clause has a subject of its own
            head = k - 2 if aside else k - 1
            if head >= 0 and (not aside or toks[k - 1].raw == ",") and toks[head].low in people:
                return head
            return j
        if not toks[k].word:
            return j
    return j


PARTICIPLE_ASIDE_WORDS = 8  # words of a participle's aside between its two commas ('reached after months of talks')


def participle_aside_end(toks: list[Token], comma: int) -> int | None:
    """(plover58) The token after the closing comma of an aside that opens at the comma `comma` on a lower-case
    past participle ('the agreement between A and B on rail freight, reached after months of talks, was signed'): a
    reduced relative describing the noun before it, after which that noun's clause goes on. None when no -ed word
    opens it or no comma closes it within `PARTICIPLE_ASIDE_WORDS` words (no other punctuation between)."""
    k = comma + 1
    if toks[comma].raw != "," or k >= len(toks) or not toks[k].word or not toks[k].raw.endswith("ed"):
        return None
    for n in range(k + 1, min(len(toks), k + PARTICIPLE_ASIDE_WORDS + 1)):
        if not toks[n].word:
            return n + 1 if toks[n].raw == "," else None
    return None

