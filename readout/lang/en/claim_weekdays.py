"""A bare weekday inside what a speaker told, read no later than the day of the telling (dates48, issue 13)."""
from __future__ import annotations

import re
from datetime import timedelta

from readout.model import DateRef

# charges51: the reported future ('said on Friday it would close ... from Monday'): a plan told as the speaker saw it,
# counted from the saying; 'will' is the reporter's own future, still ahead of the report
BACKSHIFTED = re.compile(r"\bwould\b")


def before_saying(out: list[DateRef], low: str, offset: int, weekday_re, reporting_re, judging=None) -> None:
    """'Peru said on Friday that Bolivian troops had shelled a post on Wednesday' in a Thursday report: the claim's
    bare weekday was read as the Wednesday just before the report, after the Friday it was told on; a deed told is no
    later than its telling, so it is the Wednesday before that Friday (seven days back). Only a day after a reporting
    day of its sentence (its first), resolved as past (not a plan's: 'said on Friday the two would meet on Wednesday' keeps its
    day ahead), named by a bare weekday ('last Wednesday', 'next Wednesday' keep their reading). `low`: the sentence
    folded as the weekday pattern reads it. A day after another saying word is that saying's own. `judging`: the
    sentence and its first day a verb of judging stands beside, where no reporting day comes first (`judged_day`)."""
    told = next((d for d in out if d.reporting and d.value and d.precision == "day"), None)
    if told is None and judging is not None:
        judged_before(out, low, offset, weekday_re, *judging)
    if told is None:
        return
    plan_from_saying(out, low, offset, weekday_re, told)
    for d in out:  # (a short claim's own day stands near 'said' and is read as reporting too: 'said on Friday that
        # talks were held on Wednesday')
        if d is told or d.span.start < told.span.end or not d.value or d.precision != "day" \
                or d.relative_to_narrative or d.span.data.get("planned") or d.span.data.get("small_hours"):
            continue
        m = weekday_re.fullmatch(low, d.span.start - offset, d.span.end - offset)
        if reporting_re.search(low, told.span.end - offset, d.span.start - offset):
            continue  # another saying of its own day ('A said on Friday ..., while B said on Wednesday')
        if m and not m.group("next") and 0 < (d.value - told.value).days < 7:
            d.value -= timedelta(days=7)


def plan_from_saying(out: list[DateRef], low: str, offset: int, weekday_re, told: DateRef) -> None:
    """(charges51) 'Peru said on Friday it would close the border from Monday' in a Thursday report: the plan's bare
    weekday was counted ahead of the report (the Monday after it), ten days after the Friday it was told on; a speaker
    naming a bare weekday means the first one after the telling, so it is that Monday (seven days back), as the Korean
    twin ('금요일 ... 월요일부터 봉쇄하겠다고 밝혔다') counts it from the saying. Only a plan's day (`planned`) after the
    sentence's first reporting day `told`, named by a bare weekday, more than a week after the telling, in a plan told
    in the reported past ('would': `BACKSHIFTED`). 'next Monday', a plan within the week and a plan the reporter still
    puts ahead ('said on Friday that the two will meet on Wednesday': after the report, dates48) keep their reading."""
    for d in out:
        if d is told or d.span.start < told.span.end or not d.value or d.precision != "day" \
                or not d.span.data.get("planned") \
                or not BACKSHIFTED.search(low, told.span.end - offset, d.span.start - offset):
            continue
        m = weekday_re.fullmatch(low, d.span.start - offset, d.span.end - offset)
        if m and not m.group("next") and (d.value - told.value).days > 7:
            d.value -= timedelta(days=7)


def judged_day(out: list[DateRef], text: str, offset: int, after_re, before_re) -> DateRef | None:
    """The sentence's first day (of day precision, no plan's) that stands right before a verb of judging ('Chile on
    Friday accused', 'Friday condemned': `after_re` read after the day) or right after it, past the names it judges
    ('accused Peru on Friday of', 'condemned on Friday the': `before_re` read before the day): the judging's day."""
    for d in out:
        if not d.value or d.precision != "day" or d.span.data.get("planned") or d.relative_to_narrative \
                or d.span.data.get("of_noun"):  # "condemned Tuesday's raid": the raid's day, no judging's
            continue
        start, end = d.span.start - offset, d.span.end - offset
        if after_re.match(text[end:end + 20]) or before_re.search(text, max(0, start - 60), start):
            return d
        return None  # only the first: a later day belongs to what the sentence goes on to tell
    return None


def judged_before(out: list[DateRef], low: str, offset: int, weekday_re, text: str, after_re, before_re,
                  coordinated_re, new_subject_re, clause_break_re) -> None:
    """'Chile on Friday condemned the shelling of a border post by Peru on Wednesday' in a Thursday report: the
    judged deed's bare weekday was read as the Wednesday just before the report, after the Friday it was judged on;
    a deed judged is no later than its judging, so it is the Wednesday before that Friday (endates49), as a told
    deed's is (`before_saying`). A weekday opening a verb coordinated after the judging ('condemned X on Monday and
    on Wednesday recalled its envoy': `coordinated_re` before it) is that verb's own day, and so is the day of a clause
    joined with a subject of its own ('condemned X and Y detained two envoys on Thursday': `new_subject_re`, the
    clause reader's) or after a comma and a conjunction (`clause_break_re`); both keep their reading."""
    judged = judged_day(out, text, offset, after_re, before_re)
    if judged is None:
        return
    for d in out:
        if d is judged or d.span.start < judged.span.end or not d.value or d.precision != "day" \
                or d.relative_to_narrative or d.span.data.get("planned") or d.span.data.get("small_hours"):
            continue
        m = weekday_re.fullmatch(low, d.span.start - offset, d.span.end - offset)
        if coordinated_re.search(text, max(0, d.span.start - offset - 20), d.span.start - offset) \
                or new_subject_re.search(text, judged.span.end - offset, d.span.start - offset) \
                or clause_break_re.search(text, judged.span.end - offset, d.span.start - offset):
            continue
        if m and not m.group("next") and 0 < (d.value - judged.value).days < 7:
            d.value -= timedelta(days=7)
