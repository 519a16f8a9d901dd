"""(endeny47) Who denies a reported deed, read as a state before it is compared with the deed's doer.

act_denied_claims drops a deed a plain 'said' reports when its doer denies it in the same sentence ('X said Y's troops
shelled its post, but Y denied it'). A doer's denial names the doer in other words as often as by its own name: its
capital standing for its government ('but Santiago denied it', the kb's `metonyms_en`), a pronoun ('but it denied the
claim': the speaker does not deny its own report, so 'it' is the side the report accuses), or the state's government
or ministry ('the Chilean defence ministry', "Chile's government": the state named in the phrase). The denial's
subject is resolved here to the states it names; a pronoun stands for the accused, and the denial's own REJECT takes
the accused as its doer (`pronoun_denials`), not the sentence's opening subject a coordinated 'it' otherwise stands
for (act_antecedents.coordinated_it)."""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.kb.geo import metonym_index
from readout.lang.en.organizations import country_code

PRONOUNS = frozenset({"it", "they"})  # 'but it denied the claim': the accused, never the teller of the report
NAME_WORDS = 3  # words of a state's or capital's name ('Buenos Aires', 'Papua New Guinea')


def denier_states(words: list[Token]) -> set[str]:
    """The states a phrase names by a name, an adjective or a capital standing for its government ('Santiago',
    'Chilean troops', "Chile's government", 'the government in Lima')."""
    metonyms = metonym_index()
    out: set[str] = set()
    for k, t in enumerate(words):
        if not (t.word and t.raw[:1].isupper()):
            continue
        for n in range(1, NAME_WORDS + 1):
            run = words[k:k + n]
            if len(run) < n or not all(w.word for w in run):
                break
            name = " ".join(w.raw for w in run)
            name = name[:-2] if name.endswith(("'s", "’s")) else name
            code = country_code(name) or metonyms.get(name)
            if code:
                out.add(code)
    return out


def pronoun_denier(denier: list[Token]) -> bool:
    """The denial's subject is a bare pronoun ('but it denied the claim', 'but they dismissed the report')."""
    words = [t for t in denier if t.word]
    return len(words) == 1 and words[0].low in PRONOUNS


def pronoun_denials(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits with each REJECT whose verb is a pronoun's denial of a deed a reporting verb reports (act_denied_claims.
    report_denial) given the deed's doer as its agent: 'Peru said Chilean troops shelled its post, but it denied the
    claim' is Chile's REJECT."""
    from readout.lang.en.act_allegations import HOSTILE, after_that  # a cycle (via act_denied_claims)
    from readout.lang.en.act_denied_claims import report_denial  # a cycle: act_denied_claims imports this module

    if not any(h.type == "REJECT" for h in hits):
        return hits
    agents = {}
    for i, t in enumerate(toks):
        found = report_denial(toks, after_that(toks, i, cues), hits, HOSTILE) if t.low in cues.reporting else None
        if found is not None and pronoun_denier(toks[found[0] + 1:found[1]]):
            agents[found[1]] = found[2]
    return [replace(h, data={**h.data, "agent_span": agents[h.data["token"]]})
            if h.type == "REJECT" and h.data.get("token") in agents and not h.nominal else h for h in hits]
