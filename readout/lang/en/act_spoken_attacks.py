"""An attack in words (ploveren63): 'launched a scathing attack on X', 'mounted a bitter attack against Y'. The verb's
entry takes the bare 'attack' as its object (ASSAULT), but the noun phrase its object heads is itself an act word of
another type, one that starts before the object's head: its modifier made it criticism ('scathing attack', the
lexicon's ACCUSE noun from CAMEO 111). The verb then only carries that noun's act and yields its own reading.

Why its own module: it compares a verb's object span with the noun hits found in the same sentence, which no reader
of the lexicon does on its own (each entry matches alone).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit


def spoken_attacks(hits: list[ActHit]) -> list[ActHit]:
    """Hits without a verb's ASSAULT whose required object ends inside a noun hit of another type that begins before
    that object's head word ('launched a scathing attack': the noun 'scathing attack' is ACCUSE)."""
    phrases = [(h.data["token"], h.data.get("end_token", h.data["token"]), h.type) for h in hits if h.nominal]
    if not phrases:
        return hits
    return [h for h in hits if not (h.type == "ASSAULT" and not h.nominal and "object_token" in h.data
                                    and any(start < h.data["object_token"] <= end and kind != h.type
                                            for start, end, kind in phrases))]


HEAD_STOPS = frozenset({"of", "by", "in", "on", "at", "for", "from", "with", "over", "along", "near", "against",
                        "into", "across", "and", "or", "during", "amid", "since", "after", "before"})
SPOKEN_TYPE, SPOKEN_MODE = "ACCUSE", "disapprove"  # CAMEO 111 criticize or denounce


def attacked_words(toks: list, hits: list[ActHit], cues) -> list[ActHit]:
    """(coercefollow66) An attack of no weapon whose object is a policy, rule, measure, statement or decision ('attacked
    Chile's new tariffs', 'launched a blistering attack on Chile's trade policy', 'attacked its remarks') is criticism,
    PLOVER ACCUSE disapprove (CAMEO 111), not force: no blow lands on words. The object's head is the last word of
    the hit's first target span before a preposition; it names words or a policy when it is one of the lexicon's
    nouns of laws and measures (`descriptive_heads`, `measure_nouns`), charges and statements (`charge_nouns`) or
    deeds decided (`welcomed_deeds`); not a gathering ('attacked the protest': its people) nor a stance noun
    ('positions', 'lines': also a force's ground). A place, force or people ('attacked Chile's border posts',
    'attacked the convoy') keeps the ASSAULT. Korean reads '칠레의 관세 정책을 공격했다' alike
    (lang/ko/act_spoken_attacks)."""
    out = []
    for h in hits:
        if h.type == "ASSAULT" and h.mode is None and not h.negated and h.data.get("target_spans") \
                and object_head(toks, h.data["target_spans"][0]) in spoken_heads(cues):
            h = replace(h, type=SPOKEN_TYPE, mode=SPOKEN_MODE)
        out.append(h)
    return out


def spoken_heads(cues) -> frozenset[str]:
    """The object heads that make an attack words: the lexicon's nouns of laws, measures, charges, statements and
    deeds decided, less the gatherings ('attacked the protest': force on the people gathered). Built only for an
    attack with an object (speed53, issue 20: it was the union of five cue lists at every English sentence read for
    acts, 236 over dev and dev2, most of them with no attack)."""
    return (cues.descriptive_heads | cues.measure_nouns | cues.charge_nouns | frozenset(cues.welcomed_deeds)) \
        - cues.protest_gathering_nouns


def object_head(toks: list, span: tuple[int, int]) -> str | None:
    """The head word of an object span: its last word before a preposition or conjunction (a leading 'on' or
    'against' skipped), None when the span holds no word."""
    head = None
    for t in toks:
        if t.start < span[0] or t.end > span[1]:
            continue
        if t.low in HEAD_STOPS:
            if head is not None:
                break
            continue
        if t.word and t.low != "'s":
            head = t.low
    return head
