"""Receiving sides a few Korean act words name in their own wording: the mission a protest stands before, the helper
thanked for support, partners appealed to with no name, the listener asked, the designees of a measure in the relative
clause on its object, and the authors of the acts a judgement names.

Why its own module: each reads one kind of act word's sentence for its receiver, marked on the hit by act_word_hits;
act_targets holds the general readers (complement subjects, addressees, particles) they do not need.
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate, run_start
from readout.lang.ko.act_object_owners import genitive_owner
from readout.lang.ko.act_arguments import argument_runs
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import (NOUN_TAGS, PLURAL_SUFFIX, SENTENCE_END_TAGS, SUBJECT_PARTICLES, SUBJECT_TAGS,
                                  TOPIC_PARTICLES)

MISSION_REACH = 30  # morphemes back from a protest to the mission it stands before


def protested_mission(toks: list, cand: Candidate, lex: ActIndex) -> list[tuple[int, int]]:
    """A protest held before a state's mission ('X 대사관 앞에서 집회를 열었다', '주한X대사관 앞에서 ... 요구하며 시위를
    벌였다'): the mission's state is what the protesters protest against (PLOVER PROTEST: the target of the
    demonstration), not their home; the mission's noun run as a character span (cue mission_noun). The walk goes
    back over the protest's clause and the clauses its subject shares ('요구하며'), to the subject or topic."""
    missions = lex.cue("mission_noun")
    for j in range(cand.first - 1, max(-1, cand.first - MISSION_REACH), -1):
        form, tag = toks[j][0], toks[j][1]
        if tag == "JKS" and j > 1 and toks[j - 1][0] in missions and toks[j - 2][1] in NOUN_TAGS:
            # acts47: '[X대사관이] 입주한 건물에 들어가 시위': the mission is the subject of a relative clause of the
            # place; its state is the noun right before it (not the district before that, '서울 종로구 주한 X대사관')
            return [(toks[j - 2][2], toks[j - 1][2] + toks[j - 1][3])]
        if tag in ("SF", "EF", "JKS") or tag == "JX" and form in TOPIC_PARTICLES:
            return []
        if tag in NOUN_TAGS and form in missions and j > 0 and toks[j - 1][1] in NOUN_TAGS:
            start = run_start(toks, j - 1)
            return [(toks[start][2], toks[j][2] + toks[j][3])]
    return []


def thanked_support(toks: list, cand: Candidate, lex: ActIndex) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Thanks for another side's help ('조 장관은 [독일 정부의 일관된 지지]에 사의를 표했다', '[X의 지원]에 감사를
    전했다'): the owner of the help is the one thanked, the act's recipient (kopar53a: thanks are the thanker's praise,
    CAMEO 051 SUPPORT, as English 'thanked X for its help'; the genitive and 에 hide X from the pair's targets). The
    owner's span and the thanking subject's (the topic or subject before the thanked noun) as character spans, or None
    where the thanks name no owned act of help (cue mode_assist)."""
    if cand.entry.noun not in lex.cue("gratitude_noun"):
        return None
    for start, end in argument_runs(toks, cand.first, lex, ""):
        if end + 1 >= len(toks) or toks[end + 1][0] != "에" or toks[end][0] not in lex.cue("mode_assist"):
            return None
        owner = genitive_owner(toks, (start, end))
        if owner is None:
            return None
        for j in range(start - 1, -1, -1):
            if toks[j][1] in SUBJECT_TAGS and toks[j][0] in SUBJECT_PARTICLES and j > 0 \
                    and toks[j - 1][1] in NOUN_TAGS:
                k = run_start(toks, j - 1)
                return owner, (toks[k][2], toks[j - 1][2] + toks[j - 1][3])
        return None
    return None


def thanks_for_help(toks: list, cand: Candidate, lex: ActIndex) -> bool:
    """(support61) A gratitude noun that is also a word of office ('사의': 謝意 thanks, 辭意 an intent to resign) with an
    act of help marked 에 as its first argument ('칠레의 지원에 사의를 밝혔다'): thanks, never a resignation tendered
    ('사의를 밝혔다', '대통령에게 사의를 표명했다')."""
    if cand.entry.noun not in lex.cue("gratitude_noun"):
        return False
    for _start, end in argument_runs(toks, cand.first, lex, ""):
        return end + 1 < len(toks) and toks[end + 1][0] == "에" and toks[end][0] in lex.cue("mode_assist")
    return False


PARTNER_REACH = 30  # morphemes back from an appeal to its addressee


def unnamed_partners(toks: list, cand: Candidate, lex: ActIndex) -> bool:
    """An appeal addressed to partners the sentence names by no state ('서방 동맹국들에 ... 지원을 서둘러 달라고
    호소했다', '국제사회에 ... 촉구했다'): the addressee marked 에/에게 is a group word (cue partner_noun), so no
    state named in the clause (the content's beneficiary, a quoted accusation's subject) receives the appeal."""
    for j in range(cand.first - 1, max(-1, cand.first - PARTNER_REACH), -1):
        form, tag = toks[j][0], toks[j][1]
        if tag in ("SF", "EF", "JKS") or tag == "JX" and form in TOPIC_PARTICLES:
            return False
        if tag in ("JKB", "JKG") and form in ("에", "에게", "한테") and j > 0:  # kiwi may tag 에 JKG
            head = j - 2 if toks[j - 1][:2] == PLURAL_SUFFIX else j - 1
            run = "".join(t[0] for t in toks[run_start(toks, head):head + 1]) if head >= 0 else ""
            if run and any(run.endswith(w.replace(" ", "")) for w in lex.cue("partner_noun")):
                return True  # '국제/사회': the run's last words
    return False


RECURRENCE_REACH = 12  # morphemes back from an ask to the negated content clause it closes


def asks_listener(toks: list, cand: Candidate, lex: ActIndex) -> bool:
    """An ask put to the listener: a favour asked with V-어 달라고 ('원유를 안정적으로 공급해 달라고 당부했다': the
    one spoken to is to do it for the speaker; cue request_aux), or that something not happen again ('비슷한 일이
    되풀이되지 않도록 해 달라고', a negated -도록 clause). A subject in the content is the matter or a circumstance, not
    a party: the ask goes to the side the asker met when the sentence names no state to receive it."""
    k = cand.first - 1
    while k > 0 and toks[k][1] in ("SSC", "SS", "JKQ"):
        k -= 1
    if k >= 1 and toks[k][1] == "EC" and toks[k][0] in ("라고", "라며") and toks[k - 1][1] == "VX" \
            and toks[k - 1][0] in lex.cue("request_aux"):
        return True
    for j in range(cand.first - 1, max(0, cand.first - RECURRENCE_REACH), -1):
        if toks[j][1] == "EC" and toks[j][0] in lex.cue("content_ending"):
            return toks[j - 1][1] == "VX" and toks[j - 1][0] in lex.cue("negation_aux")
        if toks[j][1] in SENTENCE_END_TAGS:
            return False
    return False


DESIGNEE_RUN_TAGS = frozenset({"NNB", "JC", "SSO", "SSC"})
DESIGNEE_REACH = 30  # morphemes back from a measure's object to the start of the relative clause describing it


def designee_spans(toks: list, cand: Candidate, lex: ActIndex) -> list[tuple[int, int]]:
    """The people or bodies a sanction lists, with the relative clause that says whom they serve ('[북한 IT 노동자들의
    외화벌이를 도운] 개인 6명과 기관 4곳을 제재 대상으로 지정했다'): where the designees' own words name no state,
    the state the clause names is the one targeted (PLOVER SANCTION: the network of that state). Character spans:
    the designees' own words first, then the relative clause; none where no relative clause stands before them."""
    for start, end in argument_runs(toks, cand.first, lex, ""):
        after = end + 1
        while after < len(toks) and (toks[after][1] in ("XSN", "SN", "NNB", "NR") or toks[after - 1][1] == "SN"):
            after += 1  # '기관 4곳을' (kiwi: 곳/NNG after the number), '개인들을'
        if after >= len(toks) or toks[after][1] != "JKO":
            continue
        first = start
        while first >= 1 and (toks[first - 1][1] in NOUN_TAGS or toks[first - 1][1] in DESIGNEE_RUN_TAGS):
            first -= 1  # back over coordinated designees and their counts: '개인 6명과 기관 4곳을'
        if first < 1 or toks[first - 1][1] != "ETM":
            return []
        k = first - 1
        while k > 0 and first - k < DESIGNEE_REACH and toks[k - 1][1] not in ("JKS", "EF", "SF", "EC") \
                and not (toks[k - 1][1] == "JX" and toks[k - 1][0] in TOPIC_PARTICLES):
            k -= 1
        return [(toks[first][2], toks[end][2] + toks[end][3]), (toks[k][2], toks[first - 1][2])]
    return []


def act_authors(toks: list, spans: list[tuple[int, int]], lex: ActIndex) -> list[tuple[int, int]]:
    """The spans with the genitive owner put before each one that names an act (cue provocation_noun: '[반군의]
    테러에 대가를 치르게 하겠다', '[B의] 도발에 대응하겠다'): the act answered is its author's, so the author is the
    one received, not the acts the story reported last. Character offsets, as `spans`."""
    out: list[tuple[int, int]] = []
    for span in spans:
        last = next((j for j, t in enumerate(toks) if t[2] + t[3] == span[1]), None)
        first = next((j for j, t in enumerate(toks) if t[2] == span[0]), None)
        if last is not None and first is not None and toks[last][0] in lex.cue("provocation_noun"):
            owner = genitive_owner(toks, (first, last))
            out += [owner] if owner and owner not in out else []
        out.append(span)
    return out
