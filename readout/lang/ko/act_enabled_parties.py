"""(koacts59b, issue 15) 'X는 Y가 ...하도록 도왔다', 'X는 Y가 ...하도록 허용했다': the one whose deed a verb of helping
or letting serves is the receiver of the helper's act, as English 'X helped Y to repair ...', 'X allowed Y to use ...'
(lang/en/act_enabled_parties.py, acts59).

Why: 돕다 has no entry (it mostly helps a process: '이해를 돕기 위해'), and 허용하다's entries read fixed objects ('입국을
허용했다': access granted), so a helper's act toward a named side was lost when its object is a '-도록' complement with a
subject of its own. PLOVER codes the help as the helper's act towards the one helped: a verb of aiding (cue
enabled_aid_verb: 돕다, 도와주다) is AID (CAMEO 07, "provide aid"), a verb of letting (cue enabled_let_verb: 허용하다,
허락하다, 허가하다) SUPPORT (CAMEO 05, the manual's "approve or endorse" of another's course), aimed at the complement's
subject. Not a negated or modal verb ('...하도록 두지 않겠다' is a deterrent warning, act_deterrent_warnings), nor a verb
that already has a hit (its entry read it: '...하도록 지원했다' is AID by 지원하다's), nor a subject that is no name
('경찰이 ...하도록 도왔다': no state named), nor a negated complement ('...하지 않도록': a deed prevented).
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import next_predicate, run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.endings import lemma_at, read_clause
from readout.lang.ko.tags import SUBJECT_TAGS

ENABLING_ENDING = "도록"  # the complement ending before the verb of helping or letting ('복구하도록 도왔다')
KEYS = (("enabled_aid_verb", "AID"), ("enabled_let_verb", "SUPPORT"))  # the cues and the act each tells
VERB_REACH = 2  # morphemes after '-도록' where the helping verb's stem stands ('도록 돕', '도록 허용 하')


def enabled_parties(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits with an act of the helper added for each verb of aiding or letting after a '-도록' complement whose
    subject is a name (the complement's run before its subject particle as target span)."""
    taken = {h.data.get("pred") for h in hits}
    found = [hit for e, tok in enumerate(toks) if tok[0] == ENABLING_ENDING and tok[1] == "EC"
             and (hit := _enabled(toks, e, taken, lex)) is not None]
    return sorted([*hits, *found], key=lambda h: h.start) if found else hits


def _enabled(toks: list, e: int, taken: set, lex: ActIndex) -> ActHit | None:
    """The helper's hit at the verb after the '-도록' ending at `e`, or None (see the module's guards)."""
    verb = next_predicate(toks, e + 1, limit=VERB_REACH)
    kind = None if verb is None else next((k for key, k in KEYS if lemma_at(toks, verb) in lex.cue(key)), None)
    if kind is None or verb in taken or any(toks[m][1] == "VX" and toks[m][0] in lex.cue("negation_aux")
                                            for m in range(max(0, e - 3), e)):
        return None
    reading = read_clause(toks, verb, lex)
    if reading.negated or reading.modality:
        return None
    subject = next((j for j in range(e - 1, 0, -1) if toks[j][1] in SUBJECT_TAGS), None)
    if subject is None or toks[subject][1] != "JKS" or toks[subject - 1][1] != "NNP":
        return None
    first = run_start(toks, subject - 1, lex)
    span = (toks[first][2], toks[subject - 1][2] + toks[subject - 1][3])
    head = verb - 1 if toks[verb][1] == "XSV" else verb
    data = {"pred": verb, "first": head, "last": reading.last, "clause": "main", "main": True,
            "target_spans": (span,), "enabled": True}
    return ActHit(start=toks[head][2], end=toks[verb][2] + toks[verb][3], type=kind, mode=None,
                  lemma=lemma_at(toks, verb), target=(), status="occurred", data=data)
