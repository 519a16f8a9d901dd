"""A political group of the accuser's own state charged with dealings with another state (actors62), as English
lang/en/act_charged_groups: '대통령은 야당이 칠레와 결탁했다고 비난했다', '정부는 야권이 외세와 손잡았다며 비판했다'.

An accusation whose complement clause ('...다고/라며 비난') has for its subject an opposition noun (cue
opposition_noun: '야당이', '야당 대표가') charges that group: the subject is the act's `domestic_target` (sector OPP;
the pipeline gives it the state its span names, else the accuser's own), and the rest of the complement, where the
state the group is said to have dealt with is named ('칠레와'), is barred as a recipient (`not_recipient_spans`)
and dropped from the act's `target_spans`."""
from __future__ import annotations

from readout.lang.ko.act_candidate import joined, run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.act_candidate import COMPLEMENT_REACH
from readout.lang.ko.tags import NOUN_TAGS

SECTOR = "OPP"
TOPIC_PARTICLES = frozenset({"은", "는"})


def charged_group(toks: list, content: tuple[int, int] | None, end: int, lex: ActIndex) \
        -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(the charged group's span, the barred rest of the complement) when the complement ending before token `end`
    (the act's first morpheme) has an opposition noun for its subject; character offsets, or None."""
    if content is None:
        return None
    subject = None
    for j in range(end - 1, max(-1, end - COMPLEMENT_REACH), -1):
        form, tag = toks[j][0], toks[j][1]
        if tag in ("SF", "EF") or tag == "JX" and form in TOPIC_PARTICLES:
            break
        if tag == "JKS" and j > 0 and toks[j - 1][1] in NOUN_TAGS:
            subject = j  # the earliest subject of the complement: its own
    if subject is None:
        return None
    start = run_start(toks, subject - 1)
    words = {joined(toks, k, subject - 1) for k in range(start, subject)}
    if not words & {w.replace(" ", "") for w in lex.cue("opposition_noun")}:  # '야당 대표' written as read, '야당대표'
        return None
    span = toks[start][2], toks[subject - 1][2] + toks[subject - 1][3]
    return span, (toks[subject][2] + toks[subject][3], content[1])
