"""Whether a matched English act word is negated, and its modality: the words of its clause before it.

Why its own module: `act_clause.read_clause` reads whether a matched word is an act at all; whether that act is
denied (`is_negated`) or not yet fact (`modality_of`: intent, hypothetical, deontic, infinitive, governed; a
timetable `scheduled`; an outcome in doubt `open_outcome`) is read here from the words before it
(`clause_before`), each from the closed word lists of `lexicon/en_acts.yaml` (`Cues`). Other readers ask
`ends_with` for a phrase closing those words.
"""
from __future__ import annotations

from readout.lang.en.act_cues import Cues
from readout.lang.en.act_occasions import on_occasion
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_unannounced import phrase_start
from readout.lang.en.resorted_deeds import resorted_gerund

PLAN_PREPOSITION = "for"  # 'plans for the expulsion': the planned act after it

OPENING_QUOTES = frozenset({'"', "\u201c", "'", "\u2018"})  # a quote that may open an infinitive's words
QUOTED_PHRASE_WORDS = 5  # words of a phrase quoted inside a clause ('would take "more offensive action"')


def clause_before(toks: list[Token], i: int, cues: Cues, span: int, heads: dict[int, str] | None = None
                  ) -> list[str]:
    """Up to `span` words before token i, nearest last, stopping at punctuation, a clause break or
    another trigger (whose own negation is its own: "did not rule out imposing")."""
    out: list[str] = []
    j = i - 1
    while j >= 0 and len(out) < span:
        t = toks[j]
        if not t.word and t.raw in OPENING_QUOTES and j > 0 and toks[j - 1].low in cues.infinitive:
            j -= 1  # 'urged X to "stop arming Y"': the quote opens the infinitive's words (en22)
            continue
        if not t.word and t.raw in OPENING_QUOTES and j > 0 and toks[j - 1].word and quoted_phrase(toks, j):
            j -= 1  # modal43: 'warned it would take "more offensive action"': a phrase quoted inside the clause keeps
            continue  # the clause's modality (the warning's content, no attack of its own)
        if not t.word or t.low in cues.clause_breaks or heads and j in heads:
            break
        out.append(t.low)
        j -= 1
    return out[::-1]


def quoted_phrase(toks: list[Token], j: int) -> bool:
    """The quote opening at token j closes within `QUOTED_PHRASE_WORDS` words, with no clause punctuation inside: a
    phrase the writer quotes inside its clause ('would take "more offensive action"'), not a quoted sentence."""
    for k in range(j + 1, min(len(toks), j + QUOTED_PHRASE_WORDS + 2)):
        if not toks[k].word:
            return toks[k].raw in OPENING_QUOTES or toks[k].raw in ("\u201d", "\u2019")
    return False


def ends_with(words: list[str], phrases: dict[tuple[str, ...], tuple[tuple[str, ...], ...]], cues: Cues) -> bool:
    """Whether a phrase ends the words, allowing adverbs and aspect verbs after it ("plans to quickly
    impose", "prepared to resume bombarding"); phrases are indexed by their last two words, so only a
    few are compared."""
    while words and (words[-1] in cues.adverbs or words[-1].endswith("ly") or words[-1] in cues.aspect_verbs):
        words = words[:-1]
    if not words:
        return False
    last_two = tuple(words[-2:])
    return any(len(p) <= len(words) and tuple(words[-len(p):]) == p
               for key in (last_two, last_two[-1:]) for p in phrases.get(key, ()))


def governed(toks: list[Token], i: int, cues: Cues, heads: dict[int, str], noun_heads: set[int] = frozenset()
             ) -> bool:
    """Right after another act verb ("ruled out imposing", "threatened sanctions"): not on its own. A
    finite verb right after an act noun is that noun's predicate ("Protesters demanded", "Strikers
    rejected"): the noun is its subject and governs nothing."""
    j = i - 1
    while j >= 0 and (toks[j].low in cues.adverbs or toks[j].low in cues.infinitive):
        j -= 1
    if j in noun_heads and j == i - 1 and not toks[i].low.endswith("ing"):
        return False
    return j in heads


def governed_noun(toks: list[Token], i: int, cues: Cues, heads: dict[int, str]) -> bool:
    """A noun that a request, threat, pledge or refusal a few words before governs ("demanding the
    president's resignation", "threatened new sanctions"): what it names has not happened. A noun joined by 'and' /
    'or' to a noun act the governor governs is governed too (threat61: "threatened tariffs and sanctions on X")."""
    j, lo = i - 1, max(i - 4, -1)
    while j > lo:
        joined = toks[j].low in ("and", "or") and j - 1 in heads  # 'and' right after a noun act
        if not toks[j].word or toks[j].low in cues.clause_breaks and not joined:
            return False
        if j in heads:
            if heads[j] in cues.nominal_governors:
                return True
            if toks[j + 1].low not in ("and", "or"):
                return False
            while j - 1 in heads and heads[j - 1] == heads[j]:  # the joined noun act's first word
                j -= 1
            lo = max(j - 4, -1)
        j -= 1
    return False


def is_negated(toks: list[Token], i: int, cues: Cues, nominal: bool, heads: dict[int, str]) -> bool:
    named = {toks[j].low for j in range(max(1, i - 4), i) if toks[j].raw[:1].isupper() and not toks[j].raw.isupper()}
    words = [w for w in clause_before(toks, i, cues, 4, heads) if w not in named]  # 'Doctors Without Borders'
    if nominal:  # "no sanctions", "without a joint declaration"
        return any(w in ("no", "without") for w in words[-2:])
    if ends_with(words, cues.affirming_phrases, cues):  # "will not hesitate to direct further measures": a resolve
        return False  # to do it (measures35), the negation being of the hesitation
    if any(w in cues.negation or w.endswith("n't") for w in words if w not in ("no", "nor")):
        return True
    return ends_with(words, cues.negation_phrases, cues)


def modality_of(toks: list[Token], i: int, cues: Cues, nominal: bool, heads: dict[int, str],
                noun_heads: set[int] = frozenset()) -> str | None:
    """Why an act is not (yet) fact: "intent" (will, plans to), "deontic" (must), "hypothetical"
    (may, expected to), "infinitive" (a bare "to": what another act governs); None when stated."""
    words = clause_before(toks, i, cues, 5, heads)
    occasion = not nominal and on_occasion(toks, i, cues)  # 'used the visit to denounce X': done there
    if not occasion and (not nominal and governed(toks, i, cues, heads, noun_heads)
                         or nominal and governed_noun(toks, i, cues, heads)):
        return "governed"
    if nominal and planned_noun(toks, i, cues):
        return "intent"  # enriot46: 'announced plans for the expulsion of X's diplomats', as 'plans to expel'
    if ends_with(words, cues.purpose_phrases, cues):
        return "infinitive"  # "aimed at establishing ties": the goal of something else
    if open_outcome(toks, i, cues, heads):
        return "hypothetical"  # hypo45: 'watching whether X would supply': an outcome in doubt, no one's plan
    if not nominal and toks[i].low in cues.performative_verbs and ends_with(words, cues.performative_phrases, cues):
        return None  # stance52: '"I would like to apologise," she said': the apology made, no plan
    if ends_with(words, cues.intent_phrases, cues) or nominal and planned_light_verb(words, cues):
        return "intent"
    if ends_with(words, cues.deontic_phrases, cues) or any(w in cues.deontic for w in words):
        return "deontic"
    if ends_with(words, cues.hypothetical_phrases, cues) or any(w in cues.hypothetical for w in words):
        return "hypothetical"
    if any(w in cues.intent or w.endswith("'ll") and "'ll" in cues.intent
           for w in clause_before(toks, i, cues, 8, heads)):
        return "intent"  # "will provide some 20,000 tons of food aid"
    if not nominal and len(words) > 1 and words[-1] in cues.cessation_verbs and words[-2] in cues.infinitive:
        return "infinitive"  # 'urged X to stop arming Y': the act to be stopped is what is asked (en22)
    if not nominal and resorted_gerund(toks, i, cues):
        return None  # plover59: 'resorted to throwing stones': a deed done (lang/en/resorted_deeds)
    near = [w for w in words[-3:] if w not in cues.adverbs and not w.endswith("ly")]
    if not nominal and not occasion and (near and near[-1] in cues.infinitive or after_bare_causative(words, cues)):
        return "infinitive"
    return None


def planned_light_verb(words: list[str], cues: Cues) -> bool:
    """(plans54b) 'Chile and Peru plan to hold joint drills', 'decided to conduct joint exercises': a deed's noun after
    a verb of doing it (`timetable_light_verbs`) after a plan phrase (`plan_phrases`) is planned as 'plans to expel'
    is; 'will hold joint drills' was read so by its 'will', while the plan phrase ended one word too early."""
    return len(words) > 2 and words[-1] in cues.timetable_light_verbs and ends_with(words[:-1], cues.plan_phrases, cues)


def planned_noun(toks: list[Token], i: int, cues: Cues) -> bool:
    """(enriot46) The noun act at token i heads the phrase after a plan noun and 'for' ('plans for the expulsion of X's
    diplomats', 'a plan for new sanctions on X', `plan_nouns`): the act is intended, as 'plans to expel' is, not done."""
    k = phrase_start(toks, i, cues)
    return k >= 1 and toks[k].low == PLAN_PREPOSITION and toks[k - 1].low in cues.plan_nouns


def open_outcome(toks: list[Token], i: int, cues: Cues, heads: dict[int, str]) -> bool:
    """'was watching whether X would supply', 'the possibility that X will share': a word of an outcome in doubt
    (`open_outcomes`) in the act's clause makes the act one someone watches, fears or weighs. It is no plan its
    subject states (PLOVER AGREE needs a promise or an offer) and no deed: no event at all (hypo45). A hedge that
    governs it ('would not rule out the possibility of supplying arms') is read by the threat readers first."""
    return any(w in cues.open_outcomes for w in clause_before(toks, i, cues, 5, heads)) \
        or paired_outcome(toks, i, cues, heads)


OUTCOME_REACH = 9  # words from an act back to the outcome word over a pair subject ('chance that A and B will hold')


def paired_outcome(toks: list[Token], i: int, cues: Cues, heads: dict[int, str]) -> bool:
    """(acts60b) 'a strong chance that Peru and Chile will hold a summit': the outcome's clause has a pair of names
    for its subject, and the 'and' between them, a clause break elsewhere, stopped `clause_before` short of the
    outcome word; read past an 'and' whose two neighbours are capitalized names."""
    words = clause_before(toks, i, cues, OUTCOME_REACH, heads)
    k = i - len(words) - 1
    if k < 1 or toks[k].low != "and" or not (toks[k - 1].raw[:1].isupper() and toks[k + 1].raw[:1].isupper()):
        return False
    return any(w in cues.open_outcomes for w in clause_before(toks, k, cues, OUTCOME_REACH - len(words), heads))


def scheduled(toks: list[Token], i: int, typ: str, cues: Cues, nominal: bool, heads: dict[int, str]) -> bool:
    """"is due to visit", "are scheduled to sign", "is expected to meet": a cooperative act (`scheduled_types`) on a
    timetable stated in the present is the actor's own plan, as "will visit" is (PLOVER: a future meeting or signing
    is AGREE); "was due to" (a plan the sentence may go on to cancel) and a forecast of a hostile act stay
    hypothetical."""
    return not nominal and typ in cues.scheduled_types \
        and ends_with(clause_before(toks, i, cues, 5, heads), cues.schedule_phrases, cues)


def after_bare_causative(words: list[str], cues: Cues) -> bool:
    """'asked Poland to help Korean firms take part in the project': a bare verb after 'to help (let, make) X'
    is what that infinitive would bring about, as unstated as the infinitive itself."""
    return any(w in cues.bare_causatives and k and words[k - 1] in cues.infinitive for k, w in enumerate(words))
