"""(plover59b) A pronoun object of a verb of stopping a supply whose antecedent is aid named before it ('promised
loans to X but later suspended them', 'refused a request for food aid, adding that it was withholding it'): the aid is
stopped, SANCTION discontinue (CAMEO 162 'halt, cut, withhold aid'; the manual's SANCTION "suspension of aid").

Why its own module: the lexicon's entries of aid stopped need the aid noun as the verb's object ('withheld economic
aid from X'); with a pronoun there, only the bare verb matched ('withhold' alone is COERCE withhold, CAMEO 170), so
the stop of the aid read as a coercion of no one. The antecedent is the nearest aid noun before the verb
(`aid_antecedents` cue); its 'to'/'for' side, when a capitalized name follows, is the one the aid was for.
"""
from __future__ import annotations

from readout import budget
from readout.lang.base import ActHit
from readout.lang.en.act_tokens import Token

OBJECT_PRONOUNS = frozenset({"it", "them"})
AID_SIDE = frozenset({"to", "for"})  # the word before the side aid is for ('aid to X', 'loans for X')


@budget.table()
def aid_cues() -> tuple[frozenset[str], frozenset[str]]:
    """The aid nouns a pronoun may stand for and the lemmas of the verbs that stop a supply (`aid_antecedents`,
    `aid_stopping_verbs` in lexicon/en_acts.yaml)."""
    from readout.lang.act_lexicon import load_act_lexicon

    lexicon = load_act_lexicon("en")
    return lexicon.cue("aid_antecedents"), lexicon.cue("aid_stopping_verbs")


def withheld_aid(toks: list[Token], hit: ActHit) -> ActHit:
    """The hit as SANCTION discontinue when it is a verb of stopping a supply whose object is a pronoun standing for
    aid named before it; the side the aid was for, when named after it, as its receiving side."""
    nouns, verbs = aid_cues()
    k = hit.data.get("end_token", -1) + 1
    if hit.nominal or hit.type == "SANCTION" or hit.lemma.split()[0] not in verbs or k >= len(toks) \
            or toks[k].low not in OBJECT_PRONOUNS:
        return hit
    aid = next((j for j in range(hit.data["token"] - 1, -1, -1) if toks[j].low in nouns), None)
    if aid is None:
        return hit
    side = aid + 2 if aid + 2 < hit.data["token"] and toks[aid + 1].low in AID_SIDE \
        and toks[aid + 2].raw[:1].isupper() else None
    spans = ((toks[side].start, toks[side].end),) if side is not None else ()
    return hit.copied(type="SANCTION", mode="discontinue", target=(),
                      data={**hit.data, "stated_type": hit.type, "aid_antecedent": toks[aid].low,
                            "target_spans": (*spans, *hit.data.get("target_spans", ()))})
