"""Acts a quotation states in the first person, its speaker named after it (issue 15, en18).

'"We condemn the attacks on civilians," the foreign minister told reporters', '"The government strongly condemns
...," Kenya said': the quote's subject is the speaker's own side, which the quote does not name; the reporting frame
that closes the sentence does. Such a verb act takes the frame as its agent (`agent_span`, as a "by" phrase gives a
noun act's agent), so the speaker's state acts: not the parties of a meeting just reported, and not nobody. A
quote that names its own subject ('"Russia must stop," X said') keeps it; noun acts keep their owners ('"We
condemn the launch"': the launch is not the speaker's).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_consequences import FRAME_REACH, QUOTE_MARKS, trailing_speaker
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.lang.en.mentions import voiced_state

SELF_REACH = 3  # words of the quote's opening that may name the speaker's side ('our government', 'the government')


def quoted_self_acts(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The verb acts inside a quote that opens the sentence with a first-person subject (`cues.quoted_self_subjects`:
    'we', 'the government', 'our country'), marked with the trailing reporting frame as their agent."""
    if not hits or not toks or toks[0].raw not in QUOTE_MARKS:
        return hits
    close = next((k for k in range(1, len(toks)) if toks[k].raw in QUOTE_MARKS), None)
    if close is None:
        return hits
    frame = trailing_speaker(toks, cues) or frame_after_quote(toks, close, cues)
    if frame is None or frame[0] < toks[close].start:
        return hits
    opening = [t.low for t in toks[1:1 + SELF_REACH]]
    if not any(" ".join(opening[:n]) in cues.quoted_self_subjects for n in range(1, SELF_REACH + 1)):
        return hits
    mark = {"agent_span": frame, **({"home_subject": True} if unnamed_frame(toks, frame, cues) else {})}
    # en32: the speaker's voice going on ('"We will take proportionate measures," X said' after X's demand to Y): an act
    # naming no one addresses whom that voice addressed last (pipeline act_recipients_told.continued_addressee)
    return [made_now(replace(h, data={"continued": "quoted", **h.data, **mark}))
            if quoted_verb(h, close) and not in_relative(toks, h, cues) else h for h in hits]


def made_now(hit: ActHit) -> ActHit:
    """(en32) '"We will take proportionate measures," the president said': a threat a speaker states in the first
    person is made as it is said (occurred), though its words are in the future; reported ('said it would') it stays
    the reading the clause gives."""
    return replace(hit, status="occurred") if hit.type == "THREATEN" and hit.status == "planned" \
        and not hit.negated else hit


def unnamed_frame(toks: list[Token], frame: tuple[int, int], cues: Cues) -> bool:
    """A frame naming no state (`stateless_frame`) whose speaker the knowledge base does not know either
    (`known_speaker`): the dateline's state speaks (`home_subject`)."""
    return stateless_frame(toks, frame, cues) and not known_speaker(toks, frame, cues)


def stateless_frame(toks: list[Token], frame: tuple[int, int], cues: Cues) -> bool:
    """A frame whose speaker is a body named without its state ('the ministry said in a statement', 'a spokesman
    said', 'foreign ministry spokeswoman Ana Ruiz told a briefing'): no capitalized word past an opening determiner
    but the personal name right after a speaker's title (`speaker_titles`). Its state is the one the dateline places the
    story in, as for 'The foreign ministry summoned ...' (`home_subject`)."""
    words = [t for t in toks if frame[0] <= t.start < frame[1] and t.word]
    titled = False  # inside the name that follows a title
    after_on = False  # 'said on Monday', 'wrote on X': a day or a platform, no state
    for t in words[1:] if words and words[0].low in cues.determiners else words:  # 'The ministry said'; 'Peruvian
        # officials said' names a state
        if t.raw[:1].isupper():
            if not titled and not after_on:
                return False  # 'the Chilean ministry', 'Chile's spokesman': the frame names a state
        else:
            titled = t.low in cues.speaker_titles
        after_on = t.low == "on"
    return bool(words)


def known_speaker(toks: list[Token], frame: tuple[int, int], cues: Cues) -> bool:
    """(en29) The personal name right after a speaker's title in the frame is one the knowledge base knows for one
    state ('foreign ministry spokeswoman <KB person>'): the frame names her state through her, not the dateline's."""
    words = [t for t in toks if frame[0] <= t.start < frame[1] and t.word]
    for k, t in enumerate(words):
        if t.low in cues.speaker_titles:
            name = []
            for w in words[k + 1:]:
                if not w.raw[:1].isupper():
                    break
                name.append(w.raw)
            if len(name) > 1 and voiced_state(" ".join(name)) is not None:
                return True
    return False


def quoted_verb(hit: ActHit, close: int) -> bool:
    """A verb act inside the quote with no agent read yet."""
    return not hit.nominal and hit.data.get("token", close) < close and "agent_span" not in hit.data \
        and not hit.data.get("passive")


def frame_after_quote(toks: list[Token], close: int, cues: Cues) -> tuple[int, int] | None:
    """(en32) '"I again call for restraint," the agency's chief said in a statement, adding that ...': the reporting
    frame right after the quote's closing mark, up to the next comma, when the sentence goes on after it (a closing
    frame is `trailing_speaker`'s): its character span when it holds a reporting verb within `FRAME_REACH` words."""
    first = close + 1
    end = next((k for k in range(first, len(toks)) if toks[k].low in (",", ";", ".") or toks[k].raw in QUOTE_MARKS),
               len(toks))
    words = [t.low for t in toks[first:end]]
    if first >= end or len(words) > FRAME_REACH or not any(w in cues.reporting for w in words):
        return None
    return toks[first].start, toks[end - 1].end


def in_relative(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """(en32) '"We will not sit with people who kidnap our citizens," X said': a verb after a relative pronoun inside the
    quote is the act of whom the relative clause is about, not the speaker's."""
    return any(t.low in cues.relative and t.low != "that" for t in toks[1:hit.data.get("token", 0)])
