"""(relative71, issue 13) A noun act heading a relative clause with a subject of its own is that subject's act:
'페루는 [유럽연합이 볼리비아에 부과한] 제재를 규탄했다' — the sanctions are the EU's, on Bolivia, and Peru judges
them; '[일본이 아이티에 보낸] 원조를 환영했다' — Japan's aid to Haiti. The act is the pair the clause's verb makes
with the noun it describes (제재+부과하다, 원조+보내다: the lexicon's pairs, read with the noun after the verb instead of
before it); its agent is the clause's own subject (이/가), its target the noun the clause marks for the entry's
receiving side ('볼리비아에'). The outer verb keeps its own reading. English tells the same with a relative clause
after its head ('the sanctions the EU imposed on Bolivia': lang/en/act_inner_relatives).

Read by shape, no list of verbs: a verb stem, a past adnominal ending (ㄴ/은, or 었던), a noun run the verb pairs
with. Not read: a clause with no subject of its own ('[볼리비아에 부과한] 제재': the sentence's subject may be the
doer), a pronoun subject ('[그들이 부과한] 제재'), a verb of saying ('[유럽연합이 말한] 제재': no pair), a clause
cut by a topic or another clause's ending before its subject is found, or a statement rather than a material act
('[B가 제기한] 의혹', '[B가 맺은] 협정': `HEADED_TYPES`), which the outer verb answers."""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import Candidate, run_start
from readout.lang.ko.act_noun_lookup import noun_lookup
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.act_word_hits import act_hit
from readout.lang.ko.endings import lemma_at, read_clause
from readout.lang.ko.tags import ACT_VERB_TAGS, NOUN_TAGS, PAST_ETM, PLAIN_NOUN_TAGS, PLURAL_SUFFIX

RETROSPECTIVE_ETM = "던"  # '부과했던 제재': a past told as recalled
CLAUSE_EDGES = frozenset({"JX", "SF", "EF", "EC", "ETM", "SP", "SSO", "SSC", "SS"})  # where the clause read back ends
SUBJECT_REACH = 12  # morphemes the clause's subject may stand before its verb
# material acts a head noun may be the only report of (measures, force, aid), as English reads them
# (lang/en/act_relative_objects); a statement so described ('[B가 제기한] 의혹을 부인했다') is what the outer verb answers
HEADED_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "AID", "AGREE", "COOPERATE"})


def headed_relative(toks: list, s: int, lex: ActIndex) -> ActHit | None:
    """The act of the pair a relative clause's verb (stem at `s`) makes with its head noun, its subject the agent
    (`agent_span`), as background (an earlier deed, dated only by its own words); None when the shape is not there."""
    if toks[s][1] not in ACT_VERB_TAGS:
        return None
    k = s + 1
    while k < len(toks) and toks[k][1] == "EP" and toks[k][0] != "겠":
        k += 1
    if k >= len(toks) or toks[k][1] != "ETM" or not (toks[k][0] in PAST_ETM or toks[k][0] == RETROSPECTIVE_ETM
                                                      and k > s + 1):
        return None
    pairs = lex.pairs.get(lemma_at(toks, s))
    head = k + 1
    if not pairs or head >= len(toks) or toks[head][1] not in PLAIN_NOUN_TAGS:
        return None
    end = head
    while end + 1 < len(toks) and toks[end + 1][1] in NOUN_TAGS and toks[end + 1][:2] != PLURAL_SUFFIX:
        end += 1
    found = noun_lookup(toks, head, end, pairs)
    if found is None or found[0].type not in HEADED_TYPES:
        return None
    first = run_start(toks, s - 1) if toks[s][1] == "XSV" and s > 0 and toks[s - 1][1] in NOUN_TAGS else s
    subject = own_subject(toks, first)
    if subject is None:
        return None
    cand = Candidate(found[0], first, s)
    cand.reading = replace(read_clause(toks, s, lex), drop=None, clause="adnominal", recalled=False)
    hit = act_hit(toks, cand, lex)
    if hit is None:
        return None
    return replace(hit, data={**hit.data, "relative": True, "background": True, "agent_span": subject,
                              "head_nouns": (head, end + 1)})  # the morphemes of the head noun, read here


def own_subject(toks: list, first: int) -> tuple[int, int] | None:
    """The character span of the relative clause's own subject: a noun run closed by 이/가 (JKS) before the verb at
    `first`, within the clause (no topic, clause ending or other adnominal before it); None for none or a pronoun."""
    for j in range(first - 1, max(0, first - SUBJECT_REACH) - 1, -1):
        tag = toks[j][1]
        if tag in CLAUSE_EDGES:
            return None
        if tag == "JKS":
            if j == 0 or toks[j - 1][1] not in PLAIN_NOUN_TAGS:
                return None  # '[그들이 부과한] 제재': a pronoun's act is the sentence's own subject's to read
            start = run_start(toks, j - 1)
            return toks[start][2], toks[j - 1][2] + toks[j - 1][3]
    return None
