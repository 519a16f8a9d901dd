"""(acts59, issue 15) 'X helped Y to rebuild its grid', 'X enabled Y to buy arms', 'X allowed Y to use its ports': the
one helped, enabled or let is the receiver of the helper's act, and the deed after 'to' is the receiver's.

Why: a verb of helping or enabling with a name as its object and a deed after it had no entry (the lexicon's 'help'
and 'allow' entries read fixed objects: 'allowed inspectors' is access granted), so the helper's act was lost; and
where the deed after 'to' has an entry ('enabled Y to launch drones at Z') its clause subject made the helper a doer
of it. PLOVER codes the help as the helper's act towards the one helped: a verb of aiding (`aiding_verb_re`: help,
assist) is AID (CAMEO 07, "provide aid"), a verb of enabling or letting (`enabling_verb_re`: enable, allow, permit)
SUPPORT (CAMEO 05, the manual's "approve or endorse" of another's course), each aimed at the object's name
(`target_spans`). The deed right after the object (its 'to' or the bare verb after 'help') takes the object as its
agent (`agent_span`). Not a negated or modal verb ('would not allow Y to ...' is a deterrent warning, read by
act_deterrent_warnings), nor a verb that already has a hit (its entry read it), nor a lower-case object ('helped
police find ...': no state named)."""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit

KEYS = (("aiding_verb_re", "AID"), ("enabling_verb_re", "SUPPORT"))  # the lexicon's patterns and the act each tells


def enabled_parties(text: str, toks: list, hits: list[ActHit], lex) -> list[ActHit]:
    """The hits (token indices into `toks`, the walked tokens) with an act of the helper for each verb of aiding or enabling whose object is a name and a deed
    follows it, the deed's own hit (one starting right after the object) given the object as its agent."""
    starts = {h.start for h in hits}
    found: list[ActHit] = []
    for key, kind in KEYS:
        for m in lex.re(key).finditer(text):
            if m.start("verb") in starts or lex.re("enabling_blocked_before_re").search(text, 0, m.start("verb")):
                continue
            at = next((k for k, t in enumerate(toks) if t.start == m.start("verb")), None)
            if at is None:
                continue
            who = m.span("who")
            found.append(ActHit(m.start("verb"), m.end("verb"), kind, None, "enabled party", ("object",),
                                data={"token": at, "head_end": at, "end_token": at, "target_spans": (who,),
                                      "enabled": True}))
            hits = [replace(h, data={**h.data, "agent_span": who}) if h.start == m.start("deed")
                    and "agent_span" not in h.data else h for h in hits]
    return sorted([*hits, *found], key=lambda h: h.start) if found else hits
