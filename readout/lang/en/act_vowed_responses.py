"""A vow to respond (refer42): 'vowed to respond to X's move', 'vowed that Bolivia would respond', 'pledged to react'.

Why: a pledge verb reads its complement as the act promised, and a bare 'respond' is no act of the lexicon, so the
pledge stayed an AGREE: a promise of cooperation nobody was promised. After a condemnation, a vow of response is a
vow of retaliation: PLOVER's THREATEN at most, aimed at whoever the response answers when the sentence names it
('respond to X's move': X); with no one named it stays a threat to no one, which the pipeline drops (a bare threat
names no receiving side), never an AGREE. The response verbs are the cue list `response_verbs` (read by act_threats too); the complement is
either the pledge's infinitive ('vowed to respond') or a 'that' clause whose modal verb is one ('vowed that X would
respond').

modal46: the whole class of retaliation under a pledge verb, from CAMEO's 13x entries (138 'vow revenge', 130 'warn of
severe reprisals', 'of response'): besides the response verbs, the verbs of paying back (`retaliation_verbs`: 'vowed
to hit back at X', 'pledged to avenge X's attack', 'swore to take revenge on X') and a pledged noun of retaliation
(`retaliation_nouns`: 'pledged revenge against X') or of answer with an adjective of force (`answer_nouns` after
`forceful_adjectives`: 'promised a crushing response to X'). 'hit back' alone stays a retort (CAMEO 111); only the
pledge makes it a vow of force, and 'promised a coordinated response to the outbreak' stays a pledge of effort.

agree54: a vow to defend the speaker's own realm (`self_defence_verbs` + `own_realms`: 'vowed to defend the country',
'pledged to protect its sovereignty') is resolve against a threat, no cooperation promised to anyone: a vow of
response too. Defending another ('pledged to defend its allies') stays a pledge.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_near_words import skip_adverbs

THAT_REACH = 6  # words from 'that' to the modal: 'that the government in La Paz would'
FUTURE_MODALS = frozenset({"would", "will", "shall"})
PHRASE_WORDS = 3  # the most words of one of `retaliation_verbs`: 'settle the score'
NOUN_REACH = 4  # words from the pledge to its noun: 'a swift, crushing response' stops at the comma
ANSWERED_PREPOSITIONS = frozenset({"to", "against", "at", "on", "for"})


def vowed_responses(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each pledge (AGREE of a `threat_pledges` verb) whose complement is a verb of responding read as a
    THREATEN, with the phrase after 'to' or 'against' as its target span."""
    out = []
    for h in hits:
        verb = response_after(toks, h, cues) if pledging(h, cues) else None
        if verb is not None:
            target = answered_span(toks, verb, cues)
            data = {k: v for k, v in h.data.items() if k not in ("stated_type", "unaddressed")}
            h = replace(h, type="THREATEN", mode=None, generic=False,
                        data={**data, "threatened": "response", **({"target_spans": (target,)} if target else {})})
        out.append(h)
    return out


def pledging(h: ActHit, cues: Cues) -> bool:
    return h.type == "AGREE" and not h.nominal and not h.negated and h.lemma.split()[0] in cues.threat_pledges


def response_after(toks: list[Token], h: ActHit, cues: Cues) -> int | None:
    """The last token of the response the pledge governs ('to respond', 'that X would respond', 'to hit back', 'a
    crushing response'), or None."""
    j = skip_adverbs(toks, h.data.get("end_token", h.data["token"]) + 1, cues)
    if j < len(toks) and toks[j].low in cues.infinitive:
        k = skip_adverbs(toks, j + 1, cues)
        return response_verb_end(toks, k, cues) or dealt_blow(toks, k, cues)
    if j < len(toks) and toks[j].low == "that":
        return modal_response(toks, j, cues)
    return answer_noun(toks, j, cues)


def modal_response(toks: list[Token], that: int, cues: Cues) -> int | None:
    """After 'that', the response verb after the clause's future modal ('that the government would respond')."""
    for k in range(that + 1, min(len(toks), that + 1 + THAT_REACH)):
        if toks[k].low in FUTURE_MODALS:
            return response_verb_end(toks, skip_adverbs(toks, k + 1, cues), cues)
        if not toks[k].word:
            return None
    return None


def response_verb_end(toks: list[Token], k: int, cues: Cues) -> int | None:
    """The last token of a verb of responding or of paying back starting at k ('respond', 'hit back', 'take
    revenge'), or None."""
    if k < len(toks) and toks[k].low in cues.response_verbs:
        return k
    if k < len(toks) and toks[k].low in cues.self_defence_verbs:
        return own_realm_end(toks, k + 1, cues)
    for n in range(PHRASE_WORDS, 0, -1):
        words = toks[k:k + n]
        if len(words) == n and all(t.word for t in words) \
                and " ".join(t.low for t in words) in cues.retaliation_verbs:
            return k + n - 1
    return None


def own_realm_end(toks: list[Token], j: int, cues: Cues) -> int | None:
    """(agree54) The last token of the speaker's own realm right after a verb of defending ('defend the country',
    'protect its sovereignty', 'safeguard itself'), or None: defending it answers whoever threatens it; defending
    another ('defend its allies', 'protect Taiwan') is no response."""
    for n in range(PHRASE_WORDS, 0, -1):
        words = toks[j:j + n]
        if len(words) == n and all(t.word for t in words) and " ".join(t.low for t in words) in cues.own_realms:
            return j + n - 1
    return None


def dealt_blow(toks: list[Token], k: int, cues: Cues) -> int | None:
    """(plover50b) The noun of a blow dealt with force after a verb of dealing ('deliver crushing blows', 'inflict
    painful strikes'), or None: a pledge to deal it is retaliation pledged, as 'a crushing response' is. With no
    adjective of force the blow is no answer ('deliver a strike' of workers stays what it was)."""
    if k < len(toks) and toks[k].low in cues.dealing_verbs:
        return answer_noun(toks, k + 1, cues, cues.blow_nouns)
    return None


def answer_noun(toks: list[Token], j: int, cues: Cues, nouns: frozenset[str] = frozenset()) -> int | None:
    """The noun of a pledged object that is retaliation ('revenge', 'reprisals') or an answer said with force ('a
    crushing response'; or one of `nouns` so said, the blows a verb of dealing takes), within a few words of
    determiners and adjectives, or None."""
    forceful = False
    for k in range(j, min(len(toks), j + NOUN_REACH)):
        low = toks[k].low
        if not toks[k].word:
            return None
        if low in cues.retaliation_nouns or (forceful and (low in cues.answer_nouns or low in nouns)):
            return k
        forceful = forceful or low in cues.forceful_adjectives
        if not (low in cues.determiners or low in cues.forceful_adjectives):
            return None
    return None


def answered_span(toks: list[Token], verb: int, cues: Cues) -> tuple[int, int] | None:
    """The character span of what the response answers or whom it strikes ('respond to X's hostile move', 'hit back
    at X', 'revenge against X', 'avenge X's attack': from X to the clause's end or a comma), or None."""
    j = skip_adverbs(toks, verb + 1, cues)
    if j < len(toks) and toks[j].low in ANSWERED_PREPOSITIONS:
        j += 1
    elif not (j < len(toks) and toks[verb].low in cues.retaliation_verbs):  # 'avenge X': its object
        return None
    end = next((k for k in range(j, len(toks)) if not toks[k].word or ends_phrase(toks, k, cues)), len(toks))
    return (toks[j].start, toks[end - 1].end) if end > j else None


def ends_phrase(toks: list[Token], k: int, cues: Cues) -> bool:
    """Whether a clause break at k ends the answered phrase: an 'and' before a name or a determiner joins the
    sides struck ('hit back at the United States and Britain'), one before a verb ends them."""
    if toks[k].low not in cues.clause_breaks:
        return False
    if toks[k].low != "and" or k + 1 >= len(toks):
        return True
    nxt = toks[k + 1]
    return not (nxt.raw[:1].isupper() or nxt.low in cues.determiners)


DEFENDING_TYPES = frozenset({"AGREE", "SUPPORT"})  # the lexicon's reading of 'defend' (future: AGREE)


def ready_defences(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """(threat61) The hits, each verb of defending the speaker's own realm read with no pledge verb ('stands ready to
    defend itself against X', 'is ready to protect its sovereignty') as a deterrent THREATEN, made as it is said: aimed
    at the side after 'against' when one is named, else unaddressed (the side the story implies). Defending another
    ('ready to defend Bolivia against any aggression') stays the support read before."""
    out = []
    for h in hits:
        i = h.data.get("token", -1)
        end = own_realm_end(toks, i + 1, cues) if h.type in DEFENDING_TYPES and not h.nominal and not h.negated \
            and 0 <= i < len(toks) and toks[i].low in cues.self_defence_verbs else None
        if end is not None:
            target = answered_span(toks, end, cues)
            named = target is not None and any(t.raw[:1].isupper() for t in toks if target[0] <= t.start < target[1])
            data = {k: v for k, v in h.data.items() if k not in ("stated_type", "unaddressed", "target_spans")}
            data.update({"target_spans": (target,)} if named else {"unaddressed": True})
            h = replace(h, type="THREATEN", mode=None, status="occurred", generic=False,
                        data={**data, "threatened": "response", "deterrent": True})
        out.append(h)
    return out
