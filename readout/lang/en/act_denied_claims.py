"""(enkin47) A deed a plain 'said' reports and its doer denies in the same sentence: 'X said Y shelled its border
post, but Y denied the attack', 'X said Y's drones struck the depot, while Y denied it'. As force60's appositive
(', a claim Y denied': act_allegations.appositive_claim), the denial after the report makes the plain 'said' an
allegation: the speaker alleges (ACCUSE), and the deed is a claimed one (act_allegations.claimed_deeds) that the
pipeline drops beside its doer's denial (pipeline/act_charged_deeds.py): the report tells the claim and the denial,
not the deed. A report no denial follows ('X said Y shelled its post') stays the deed the report states."""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_denier_states import denier_states, pronoun_denier

CONTRASTS = frozenset({"but", "while", "though", "although", "yet", "whereas"})  # ', but Y denied'
DENYING = frozenset({"denied", "denies", "deny", "rejected", "rejects", "disputed", "disputes", "dismissed",
                     "dismisses"})  # the verb of the doer's denial, after the contrast and its subject
DENIER_REACH = 6  # words from the contrast to the verb of denial ('but the Estonian defence ministry denied')
DEED_REACH = 14  # words from a reported clause's start to the hostile deed it names (act_allegations reads it too)


def reported_tail(toks: list[Token], start: int, hits: list[ActHit], hostile: frozenset[str]) -> tuple[int, range] | None:
    """Where a report's later words stand: the first token of the first hostile deed the clause reported from `start`
    names (within DEED_REACH words), and the tokens from after its last one to the sentence's end; None where it names
    none. The denial here and force60's appositive claim (act_allegations.appositive_claim) both look there."""
    deeds = [h for h in hits if h.type in hostile and not h.negated and start <= h.data["token"] <= start + DEED_REACH]
    if not deeds:
        return None
    last = max(h.data.get("end_token", h.data["token"]) for h in deeds)
    end = next((k for k in range(last + 1, len(toks)) if toks[k].raw in (".", ";", "?", "!")), len(toks))
    return deeds[0].data["token"], range(last + 1, end)


def denied_report(toks: list[Token], start: int, hits: list[ActHit], hostile: frozenset[str], cues: Cues) -> bool:
    """Whether the clause a reporting verb reports from `start` names a hostile deed and, later in the sentence, a
    contrast opens a clause whose verb, a few words on, denies: the report is a claim its doer disputes."""
    return report_denial(toks, start, hits, hostile) is not None


def report_denial(toks: list[Token], start: int, hits: list[ActHit], hostile: frozenset[str]
                  ) -> tuple[int, int, tuple[int, int]] | None:
    """The tokens of the contrast and of the doer's verb of denial after the report from `start`, and the span of the
    reported deed's doer (`denied_report`), or None where no contrast opens such a denial."""
    tail = reported_tail(toks, start, hits, hostile)
    for k in tail[1] if tail else ():
        if toks[k].low in CONTRASTS:
            window = toks[k + 1:k + 2 + DENIER_REACH]
            verb = next((n for n, t in enumerate(window) if t.low in DENYING), None)
            if verb is None or any(t.low in ("not", "never") for t in window) \
                    or not same_doer(toks[start:tail[0]], window[:verb]) or tail[0] <= start:
                return None
            return k, k + 1 + verb, (toks[start].start, toks[tail[0] - 1].end)
    return None


def same_doer(subject: list[Token], denier: list[Token]) -> bool:
    """Whether the denial's subject names the reported deed's doer: a capitalized word both share, or the one state
    both name ('Y's troops' and 'Y', 'the Peruvian army' and 'Peru', endeny47: Y's capital standing for it,
    'Santiago'), or a pronoun ('but it denied the claim': the accused; act_denier_states). Another side's denial ('but
    Z denied') leaves the report as it was."""
    def caps(words: list[Token]) -> set[str]:
        return {t.raw.rstrip("'’s") for t in words if t.word and t.raw[:1].isupper()}

    doers = denier_states(subject)
    return bool(caps(subject) & caps(denier) or doers & denier_states(denier)) or bool(doers) and pronoun_denier(denier)
