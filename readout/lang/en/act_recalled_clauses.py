"""English clauses that recall an earlier moment ('After X attacked Y, ...', ', which had imposed sanctions'): their
acts are background, dated by their own clause and never by the main one's; a recalled clause's subject does no deed
of the main clause, an act 'recently' done is dated by the days before the story, and a subject relative in the past
perfect names its own doer.

Why its own module: these readers mark what the finder matched as background (`with_background`); act_context's
other readers ask whether an act is one at all.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from readout.lang.base import ActHit

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token

SUBJECT_RELATIVES = frozenset({"which", "who"})
STATE_RELATIVE = "which"
OF = "of"


def background_tokens(toks: list[Token], cues: Cues) -> set[int]:
    """Tokens of a subordinate clause that recalls an earlier moment ("after X attacked Y,", ", before
    allowing ..."): from its opener to the next comma or sentence part. An act there is background:
    it keeps a date of its own clause but never takes the main clause's ("After X attacked Y, Z on
    March 3 expelled": the attack is not of March 3)."""
    out: set[int] = set()
    openers = cues.background_openers
    inside = False  # one pass: a clause runs from its opener to the next comma (linear in long text)
    for i, t in enumerate(toks):
        if t.low in (",", ";", ":", ".", "!", "?"):
            inside = False
        elif inside:
            out.add(i)
        if t.low in openers and i + 1 < len(toks) and toks[i + 1].low not in cues.date_words \
                and not (i > 0 and toks[i - 1].low in cues.determiners):
            inside = True  # "the following statement": an adjective after a determiner opens nothing
    return out


def with_background(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Mark the acts in a background clause (`data["background"]`, see `background_tokens`) and the
    acts said to have happened recently (`data["recent"]`, see `recent_act`)."""
    inside = background_tokens(toks, cues)
    hits = [replace(h, data=dict(h.data, recent=True)) if recent_act(toks, h, cues) else h for h in hits]
    hits = [relative_head_deed(toks, h, cues) for h in hits]
    recalled = recalled_spans(toks, inside)
    return [replace(h, data=dict(h.data, background=True)) if h.data["token"] in inside
            else recalled_apart(h, recalled) for h in hits]


DEEDS = frozenset({"ASSAULT", "MOBILIZE", "COERCE"})  # deeds whose doer a recalled clause's subject never is


def recalled_spans(toks: list[Token], inside: set[int]) -> list[tuple[int, int]]:
    """The character spans of the background clauses (runs of `background_tokens`, with their opener)."""
    spans: list[tuple[int, int]] = []
    for i in sorted(inside):
        if spans and toks[i - 1].end >= spans[-1][1] and i - 1 in inside:
            spans[-1] = (spans[-1][0], toks[i].end)
        else:
            spans.append((toks[i - 1].start if i > 0 else toks[i].start, toks[i].end))
    return spans


def recalled_apart(hit: ActHit, recalled: list[tuple[int, int]]) -> ActHit:
    """A deed of the main clause with the recalled clauses of its sentence among the clauses whose names are never
    its parties (`conditions`, read by the pipeline as a condition's are): 'A day after X shelled Y, the strikes hit
    Z' names X as the doer of the recalled shelling only, not of the strikes (en36)."""
    if hit.type not in DEEDS or not recalled:
        return hit
    return replace(hit, data=dict(hit.data, conditions=[*hit.data.get("conditions", ()), *recalled]))


RECENT_REACH = 2  # words between "recently" and the verb it modifies ("recently also conducted")


def recent_act(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """"X recently conducted a test", "has lately launched": the act came before the story's day on a
    day the text does not give (the pipeline dates it by the publication, which it came before)."""
    words = cues.recent_words
    i, end = hit.data["token"], hit.data.get("end_token", hit.data["token"])
    before = range(max(i - 1 - RECENT_REACH, 0), i)
    return not hit.nominal and (any(toks[k].low in words for k in before
                                    if all(toks[j].word for j in range(k, i)))
                                or end + 1 < len(toks) and toks[end + 1].low in words
                                or past_perfect(toks, i, cues))


def past_perfect(toks: list[Token], i: int, cues: Cues) -> bool:
    """(dates61) 'Uganda had imposed sanctions on Kenya', 'after X had warned', 'had been detained': a verb in the
    past perfect tells a deed done before the story's day (the time the story stands at), never on it: 'had' before
    the act's verb with only `perfect_fillers` ('been', 'already', 'earlier') between. Not 'had to' nor a modal
    perfect ('would have'), whose auxiliary is another. Nor a report's shifted tense ('X said on Sunday that Y had
    shelled a village', 'Y had shelled a village, X said'): a sentence with a reporting verb (`complement_verbs`)
    tells its deed in the past perfect because it is reported, not because it came earlier (the report's day is
    read by pipeline/act_dates.told_before)."""
    k = i - 1
    while k >= 0 and toks[k].low in cues.perfect_fillers:
        k -= 1
    return k >= 0 and toks[k].low in cues.past_perfect_auxiliaries \
        and (own_relative(toks, k) or not any(t.low in cues.complement_verbs or t.low in cues.claiming_verbs
                                              for t in toks))  # relclause53: 'alleged that' reports as 'claimed that'


def relative_head_deed(toks: list[Token], hit: ActHit, cues: Cues) -> ActHit:
    """(dates62) The deed of a subject relative in the past perfect ('Peru condemned Chile, which had imposed
    sanctions on Bolivia'): the capitalized name before its comma does it (`agent_span`), as background (no date of the
    main clause's). Only 'which' (a state or a body), or 'who' after a state's envoy named through 'of' ('an envoy of
    Colombia, who had ...': `owning_noun`, counterparts64): a named person's 'who' clause keeps the subject the sentence
    gives ('Chile's party leader Ana Ruiz, who had accused Peru': Chile's)."""
    if hit.nominal or hit.data.get("passive"):
        return hit
    k = hit.data["token"] - 1
    while k >= 0 and toks[k].low in cues.perfect_fillers:
        k -= 1
    past = toks[k].low in cues.past_perfect_auxiliaries if k >= 0 else False
    if k < 3 or toks[k].low not in cues.perfect_auxiliaries or not own_relative(toks, k):
        return hit
    end = start = k - 3
    person = person_head(toks, end, cues) if toks[k - 1].low != STATE_RELATIVE else None
    body = actor_noun_head(toks, end, cues) if person is None else None
    if body is not None and past:
        return replace(hit, data=dict(hit.data, agent_span=(toks[body].start, toks[end].end), relative_deed=True,
                                      background=True))
    if not toks[end].raw[:1].isupper() and person is None:
        return hit
    while start > 0 and toks[start - 1].word and toks[start - 1].raw[:1].isupper():
        start -= 1
    owned = owning_noun(toks, start, cues)
    if owned is None and person is not None:
        owned = person  # relatives65: 'who' after '[Colombian envoy Ana Ruiz]', '[Peru's president]': the person's own
    if toks[k - 1].low != STATE_RELATIVE and owned is None:
        return hit  # counterparts64: 'who' after '[an envoy] of Colombia' is the envoy, Colombia's; after a name, his own
    if not past and owned is None:
        return hit  # 'Chile, which has ...' is read as it was; the present perfect moves only an owned state's deed
    data = dict(hit.data, agent_span=(toks[owned if owned is not None else start].start, toks[end].end),
                relative_deed=True)  # counterparts64: its doer's own deed, not one done at the sentence's meeting
    return replace(hit, data=dict(data, background=True) if past else data)


ACTOR_HEAD_REACH = 3  # capitalized words before a people or body noun ('the [South Sudanese] army')


def actor_noun_head(toks: list[Token], end: int, cues: Cues) -> int | None:
    """(relclause53) The first token of '[the] <Name...> <people or body noun>' ending at token `end` ('the Syrian
    army', "Sudan's rebels", 'the militia') that a subject relative after a comma describes, else None: such a head
    acts as a name does ('the Syrian army, which had shelled a town,' is the army's deed; Korean '[마을을 포격했던]
    시리아군은'), its state named by the capitalized words before the noun. Only a noun of `domestic_actors`; a thing
    ('the talks, which had ...') is no doer."""
    if toks[end].low not in cues.domestic_actors or toks[end].raw[:1].isupper():
        return None
    start = end
    while start > 0 and end - start < ACTOR_HEAD_REACH and toks[start - 1].word and toks[start - 1].raw[:1].isupper():
        start -= 1
    return start


def person_head(toks: list[Token], end: int, cues: Cues) -> int | None:
    """(relatives65) The first token of the noun phrase ending at token `end` that a 'who' clause after it describes,
    when that phrase names a person by a title or an office ('Colombian envoy Ana Ruiz', "Peru's president", 'Brazilian
    Foreign Minister Paulo Lima'), else None. The phrase runs back over capitalized words ("Peru's" is one), title and
    office nouns and one word modifying a title ('foreign minister'); it stops at any other word (the verb of the
    main clause: 'met [Colombian envoy Ana Ruiz]'). Only a phrase that holds a title or an office, and more than the
    title, is a person's: the states it names are the doer's (a bare 'Ana Ruiz' keeps the subject the sentence gives)."""
    titles = cues.speaker_titles | cues.office_nouns
    start, titled, modifier = end, False, False
    j = end
    while j >= 0:
        t = toks[j]
        if t.low in titles:
            titled, modifier = True, False
        elif t.word and t.raw[:1].isupper():
            modifier = False
        elif t.word and not modifier and j + 1 <= end and toks[j + 1].low in titles \
                and t.low not in cues.determiners and t.low not in cues.prepositions:
            modifier = True  # 'foreign [minister]', 'special [envoy]': one word before a title
        else:
            break
        start = j
        j -= 1
    if not titled or start == end:
        return None
    return start


OWNER_NOUN_REACH = 3  # words of the noun phrase before 'of' ('an envoy of', 'the new ambassador of')


def owning_noun(toks: list[Token], name: int, cues: Cues) -> int | None:
    """(actors63) The first token (its determiner) of the common noun phrase that owns the state name at token `name`
    through 'of' ('[an envoy] of Colombia, which had ...', '[the ambassador] of Colombia, which has ...'), else None:
    'which' can only refer to the state (an envoy is 'who'), so the relative's deed is the state's, and the side the
    pipeline reads for that state is the whole phrase (the country mention 'the ambassador of Colombia' may start at
    the determiner)."""
    if name < 2 or toks[name - 1].low != OF:
        return None
    for j in range(name - 2, max(-1, name - 2 - OWNER_NOUN_REACH), -1):
        if not toks[j].word or toks[j].raw[:1].isupper():
            return None
        if toks[j].low in cues.determiners:
            return j if j + 1 < name - 1 else None
    return None


def own_relative(toks: list[Token], aux: int) -> bool:
    """(dates62) 'X condemned Y, which had imposed sanctions, and said ...': the past perfect opens a non-restrictive
    relative clause (', which had', ', who had'): its tense is the clause's own, not a report's shift, so a verb of
    saying elsewhere in the sentence does not make it the report's deed."""
    return aux > 1 and toks[aux - 1].low in SUBJECT_RELATIVES and toks[aux - 2].low == ","
