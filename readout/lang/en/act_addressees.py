"""Appeals to a collective with no state of its own: 'urged its partners to speed up deliveries', 'called on the
international community to act' (issue 15, en18).

PLOVER codes the appeal with its actor and leaves the recipient open: the partners, allies or donors are many states
the news does not name. The owner in the phrase ("Ukraine's partners") is not the one asked either. The phrase goes
to the act's `not_recipient_spans`: the pipeline takes no state from it, and the act stands without a receiving
side rather than being dropped for lack of one. A group named by its own name ("NATO allies", "G7 partners") is left
to the readers of named parties, as is one beside a named state ("Romania and its other partners").
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit, barring
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

ADDRESSED_TYPES = frozenset({"REQUEST"})
RELEASE_REACH = 6  # tokens from a demand to the release it asks for ('demanded the boat's immediate release')


def collective_addressees(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Each appeal whose target phrase is headed by a collective noun (`cues.collective_addressees`) marked with that
    phrase as `not_recipient_spans` and as `own_addressee`: the appeal names whom it asks, and that is no state, so no
    reader may lend it another act's addressee ('condemned X and urged its partners to': not X, en36)."""
    out = []
    for h in hits:
        spans = h.data.get("target_spans", ()) if h.type in ADDRESSED_TYPES and not h.nominal and direct(h) else ()
        collective = [s for s in spans if collective_span(toks, s, cues)]
        if collective:
            h = barring(h, collective, target_spans=tuple(s for s in spans if s not in collective), own_addressee=True)
        out.append(h)
    return out


SUPPORTED_TYPES = frozenset({"SUPPORT"})
PHRASE_WORDS = 4  # words of the phrase right after a particle verb ('stood with its Western allies') read as its object


def collective_supported(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Support given to a collective with no state of its own ('stood firmly with its allies in the face of pressure by
    X', 'expressed support for its partners against X'): the allies are many states the sentence does not name, and the
    states named after them are mostly whom they face, never its receivers. No act this reader can give a receiving
    side: the hit is dropped, as an appeal to no one is (en28)."""
    out = []
    for h in hits:
        spans = h.data.get("target_spans") or (phrase_after(toks, h.end, cues),) if h.type in SUPPORTED_TYPES else ()
        if not any(s and collective_span(toks, s, cues) for s in spans):
            out.append(h)
    return out


def phrase_after(toks: list[Token], end: int, cues: Cues) -> tuple[int, int] | None:
    """The span of the words right after offset `end` up to the first preposition, clause opener
    (`supported_phrase_stops`) or punctuation, of a few words."""
    words = []
    for t in (t for t in toks if t.start >= end):
        if not t.word or t.low in cues.supported_phrase_stops or len(words) == PHRASE_WORDS:
            break
        words.append(t)
    return (words[0].start, words[-1].end) if words else None


def direct(hit: ActHit) -> bool:
    """An appeal made to its addressee, in the verb's object or particle slot ('urged X to', 'called on X to'); not
    a need stated for someone ('underlined that the world must act together'): that names no one
    asked, and stays without an event when no state is asked."""
    return "object" in hit.target or any(p in hit.target for p in hit.lemma.split()[1:])


def collective_span(toks: list[Token], span: tuple[int, int], cues: Cues) -> bool:
    """The phrase ends in a collective noun and names no party of its own ('NATO allies', 'Romania and its partners'):
    a capitalized word is only an owner in the genitive ("Ukraine's partners")."""
    words = [t for t in toks if span[0] <= t.start < span[1] and t.word]
    if not words:
        return False
    text = " ".join(t.low for t in words)
    if not any(text == c or text.endswith(" " + c) for c in cues.collective_addressees):
        return False
    return not any(t.raw[:1].isupper() and not possessive(t) or t.raw[:1].isdigit() for t in words)


def possessive(tok: Token) -> bool:
    """'Ukraine's', 'its': an owner of the collective, not a party named beside it ('Romania and its partners')."""
    return tok.low.endswith(("'s", "’s", "s'"))


HOLDER_REACH = 8  # tokens from a release noun to the participle of holding its captives ('the release of two
# fishermen held in Peru')
HELD_PEOPLE_MARKS = frozenset({"domestic_target", "domestic_sector", "asked_people", "unaddressed"})  # the people held
# read as the ones asked ('the release of Japanese nationals'), dropped where a holder is named
CLAUSE_ENDS = frozenset({",", ";", ".", ":", "and", "but", "who", "which", "that"})


def holder_span(toks: list[Token], release: ActHit, cues: Cues) -> tuple[int, int] | None:
    """(ploveren71) 'called for the release of its nationals held in China', 'demanded the release of two fishermen
    detained by Peru': a participle of holding (`holding_participles`) after the release noun, in its own phrase,
    with a capitalized name after 'in' or 'by': the offsets of that name, the holder a demand of the release asks."""
    k0 = release.data.get("end_token", release.data["token"])
    for k in range(k0 + 1, min(len(toks) - 2, k0 + 1 + HOLDER_REACH)):
        if toks[k].low in CLAUSE_ENDS:
            return None
        if toks[k].low in cues.holding_participles and toks[k + 1].low in ("in", "by"):
            j = k + 2 + (toks[k + 2].low == "the" and k + 3 < len(toks))
            if not toks[j].raw[:1].isupper():
                return None
            last = j
            while last + 1 < len(toks) and toks[last + 1].word and toks[last + 1].raw[:1].isupper():
                last += 1
            return toks[j].start, toks[last].end
    return None


def words_between(toks: list[Token], end: int, k: int) -> int:
    """Tokens from `end` to `k` with quotation marks not counted ('called for the "immediate" release')."""
    return k - end - sum(1 for t in toks[end + 1:k] if t.low in QUOTE_MARKS)


QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})


def release_demands(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """'demanded the release of the boat seized by Peru', 'demanded the boat's immediate release': a demand whose
    content is a release (a RETREAT 'release' noun right after it) is addressed to the one holding what is to be
    released: the agent of its seizure where a 'by' phrase names it (`target_spans`), else the captor of the seizure
    or detention the story told last (`release_demand`), else the other side of the acts just reported (`unaddressed`,
    both read back by the pipeline)."""
    out = list(hits)
    for n, h in enumerate(hits):
        if h.type not in ADDRESSED_TYPES or h.nominal or h.negated:
            continue
        end = h.data.get("end_token", h.data["token"])
        release = next((o for o in hits[n + 1:] if o.type == "RETREAT" and (o.mode or o.lemma.split()[0]) == "release"
                        and 0 < words_between(toks, end, o.data["token"]) <= RELEASE_REACH), None)
        if release is None:
            if owned_release(toks, end, cues):  # 'demanded their release': no release hit, the captor is asked
                out[n] = replace(h, data={**h.data, "unaddressed": True, "release_demand": True})
            continue
        held = holder_span(toks, release, cues) if "agent_span" not in release.data else None
        if held:  # the holder alone is asked, not the people held nor their state
            data = {k: v for k, v in h.data.items() if k not in HELD_PEOPLE_MARKS}
            out[n] = replace(h, data={**data, "target_spans": (held,)})
        elif "agent_span" in release.data:  # 'the release of its nationals held by China': China, not the people
            data = {k: v for k, v in h.data.items() if k not in HELD_PEOPLE_MARKS}
            out[n] = replace(h, data={**data, "target_spans": (*h.data.get("target_spans", ()),
                                                               release.data["agent_span"])})
        else:  # the holder is the captor the story told last (pipeline act_recipient_readers.captor_asked)
            out[n] = replace(h, data={**h.data, "unaddressed": True, "release_demand": True})
    return out


def owned_release(toks: list[Token], end: int, cues: Cues) -> bool:
    """(koclause56) 'Uganda demanded their release', 'called for the sailors' release': right after the demand
    (`end`), an owner (a person's possessive pronoun, `released_owner_words`, or a noun in the possessive) and a
    release noun (`owned_release_nouns`). The owner is the one to be released, so the demand asks whoever holds them,
    as 'demanded their immediate release' (read through the verb entry) and the Korean '그의 석방을 요구했다' did; the
    lexicon's release noun needs its 'of' ('the release of'), and with the owner right before it nothing read the
    release, so the demand had no one to ask (no event). 'its release' is left out (a report's, a film's)."""
    k = end + 1
    if k + 1 >= len(toks) or toks[k + 1].low not in cues.owned_release_nouns:
        return False
    owner = toks[k].low
    return owner in cues.released_owner_words or owner.endswith(("'s", "s'", "’s", "s’"))
