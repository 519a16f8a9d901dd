"""A past deed only said to be possible: 'B국이 기술을 지원했을 가능성', 'B국이 무기를 제공했을 수 있다' (fp23).

Why: a past tense (었/았/였) before the prospective adnominal ending (을/ㄹ) and a noun of possibility ('가능성',
'수 있다') is a guess about what may already have happened, not a report that it did, nor a plan: no one states the
deed, and analysts code at most the suspicion (an allegation by whoever voices it), never the deed. Read as a
planned act (the 을 ending's usual reading) it was an AID or a strike of the guessed side that no source reports.

A future possibility that someone watches or fears ('B가 기술을 이전할 가능성을 주시하고 있다', cue `watching_verb`)
is dropped too (hypo45): it is the watcher's concern, no plan B states (PLOVER AGREE needs a promise or an offer).
(koacts59) So is a future possibility raised or voiced ('B가 A를 공격할 가능성이 제기된다', '…가능성이 거론됐다', cue
`raised_possibility_verb`): the PLOVER manual's auxiliary modes tell a future event (a plan or a promise its doer
states: our 'planned') from a hypothetical one, and a possibility that observers raise is the hypothetical, which
the manual does not code as the event; no one, least of all B, says B will act.
Any other future possibility with no past tense ('제공할 가능성이 있다') stays what the finder reads (planned), and an
assessment that a deed happened ('발사한 것으로 보인다', '발사했을 것으로 추정된다') is no guess of this kind: it
names a deed the speaker believes done.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import CLAUSE_BREAK_TAGS

PAST_TAG = "EP"  # 었, 았, 였: the pre-final past ending
PROSPECTIVE = frozenset({"을", "ᆯ", "ㄹ"})  # the adnominal ending that opens '... 가능성', '... 수 있다'
REACH = 4  # morphemes after the prospective ending where the possibility noun stands ('가능/NNG 성/XSN')
WATCH_REACH = 4  # morphemes from the possibility noun to the verb of watching ('가능성/NNG 을/JKO 예의주시/NNG 하/XSV')
MEETING_REACH = 5  # morphemes from a meeting word to its verb's prospective ending ('회담/NNG 을/JKO 열/VV ᆯ/ETM')
MEETING_CLAUSE_END = CLAUSE_BREAK_TAGS  # the meeting's own clause ends here: a later possibility is not its


def speculated_deeds(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits without the verbs whose clause ends in past tense + 을 + a possibility noun (cues
    `guessed_possibility_noun`, `possible_noun`)."""
    return [h for h in hits if h.nominal or not speculated(toks, h, lex)]


def speculated(toks: list, hit: ActHit, lex: ActIndex) -> bool:
    """Whether the verb of `hit` ends '-었을 가능성' or '-었을 수 (있다)': a guess that it was done."""
    last = hit.data.get("last")
    tags, endings = hit.data.get("ending_tags", ()), hit.data.get("endings", ())
    if last is None or not endings or endings[-1] not in PROSPECTIVE:
        return False
    if len(tags) < 2 or tags[-2] != PAST_TAG:
        return watched_possibility(toks, last, lex)
    nouns = lex.cue("guessed_possibility_noun")
    after = toks[last + 1:last + 1 + REACH]
    if after and after[0][0] in lex.cue("possible_noun") and after[0][1] == "NNB":
        return True  # '제공했을 수 있다'
    joined = ""
    for form, tag, *_ in after:
        if not (tag.startswith("NN") or tag == "XSN"):
            break
        joined += form
        if joined in nouns:
            return True  # '지원했을 가능성', kiwi's '가능/NNG 성/XSN'
    return False


def watched_possibility(toks: list, last: int, lex: ActIndex) -> bool:
    """Whether the possibility noun after the verb's prospective ending (its last morpheme at `last`) is what a
    verb of watching or fearing (cue `watching_verb`) takes: '이전할 가능성을 주시', '제공할 가능성을 우려'."""
    end = possibility_end(toks, last, lex)
    if end is None:
        return False
    voiced = lex.cue("watching_verb") | lex.cue("raised_possibility_verb")  # koacts59: '…할 가능성이 제기된다'
    return any(form in voiced for form, *_ in toks[end + 1:end + 1 + WATCH_REACH])


def possibility_end(toks: list, last: int, lex: ActIndex) -> int | None:
    """The last morpheme of the possibility noun (cue `guessed_possibility_noun`: '가능/NNG 성/XSN') right after the
    prospective ending at `last`, or None."""
    joined = ""
    for k, (form, tag, *_) in enumerate(toks[last + 1:last + 1 + REACH]):
        if not (tag.startswith("NN") or tag == "XSN"):
            return None
        joined += form
        if joined in lex.cue("guessed_possibility_noun"):
            return last + 1 + k
    return None


def speculated_meeting(toks: list, end: int, lex: ActIndex) -> str | None:
    """(koacts59b, issue 13) How a possibility speaks of the meeting word ending at character `end`, the object or
    subject of a verb whose prospective ending opens it: 'raised' where observers raise or watch it ('정상회담을 열
    가능성이 제기된다', '회담이 열릴 가능성을 주시하고 있다': as for an act, `watched_possibility`, their hypothetical,
    no meeting held or planned); 'possible' where it is only said to be possible ('열 가능성이 있다': ahead, not held,
    as the act finder reads '제공할 가능성이 있다', planned); None for no possibility in the meeting's own clause."""
    first = next((k for k, t in enumerate(toks) if t[2] >= end), None)
    if first is None:
        return None
    for k in range(first, min(len(toks), first + MEETING_REACH)):
        if toks[k][1] in MEETING_CLAUSE_END:
            return None
        if toks[k][1] == "ETM" and toks[k][0] in PROSPECTIVE:
            if watched_possibility(toks, k, lex):
                return "raised"
            return "possible" if possibility_end(toks, k, lex) is not None else None
    return None
