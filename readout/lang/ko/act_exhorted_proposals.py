"""A measure proposed to a side in an exhortation (kopropose68): '칠레는 페루에 관세를 인하하자고 제안했다', '페루에 대사를
추방하자고 제의했다'.

Why: 제안하다 and 제의하다 are the lexicon's AGREE (an offer: '지원을 제안했다'), so an exhortation ('...하자고', let us
...) proposed to a side came out the proposer's AGREE, as if it had promised something. '-자고' asks the side proposed to
to do the thing with the proposer: CAMEO 02, the appeal, PLOVER REQUEST from the proposer to the 에/에게 addressee, with
no mode (the thing asked is joint action, not a concession by the side asked); the exhorted act itself is the
proposal's content and never an event told done (`endings.read_clause` drops it). A meeting exhorted is the REQUEST meet
of `act_proposed_meetings`; an exhortation with no addressee keeps the offer's reading.
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import INSTRUMENTAL_PARTICLES


def exhortation_before(toks: list, first: int, lex: ActIndex) -> int | None:
    """The exhortation ending ('자고') the proposing verb at morpheme `first` closes, past the manner words between
    them: an adverb ('인하하자고 [거듭] 제안했다') or a manner noun of cue proposal_manner_noun, bare or with 으로
    ('열자고 [공식] 제안했다', '[정식으로] 제의했다'); None when the verb closes none."""
    k = first - 1
    while k >= 1:
        if toks[k][1] == "MAG":
            k -= 1
        elif toks[k][1] == "JKB" and toks[k][0] in INSTRUMENTAL_PARTICLES and toks[k - 1][0] in lex.cue("proposal_manner_noun"):
            k -= 2
        elif toks[k][1] == "NNG" and toks[k][0] in lex.cue("proposal_manner_noun"):
            k -= 1
        else:
            break
    return k if k >= 1 and toks[k][1] == "EC" and toks[k][0] in lex.cue("exhortation_ending") else None


def exhorted_proposal(toks: list, cand: Candidate, lex: ActIndex) -> bool:
    """The proposing verb (cue meeting_proposal_verb: 제안하다, 제의하다) closes an exhortation ('인하하[자고]
    제안했다', '인하하[자고] 거듭 제안했다')."""
    return cand.entry.lemma in lex.cue("meeting_proposal_verb") and not cand.passive \
        and exhortation_before(toks, cand.first, lex) is not None
