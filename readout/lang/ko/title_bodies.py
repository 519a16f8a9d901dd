"""Korean titled mentions a state's body or post names (from mentions.py, debt50): a name standing between a body and
its title ('B국 외교부 [린모] 대변인': `body_name_run`, `body_named_mention`), an office of no name whose state the
title word itself gives ('주한 칠레대사는', '해양경찰청장은': `nameless_state`, `prefix_state`, `home_agency`), a foreign
holder of a Korean-looking office ('[아룬 메흐타] 외교부 대변인': `foreign_holder`), and a bare title bound to the body
the story named (`bare_body_head`).
Why a module of its own: these read which body or state an office belongs to, not where a name stands
(mentions.py) nor what a chain of state words says (title_chains.py).
"""
from __future__ import annotations

from readout.kb.loader import kb
from readout.kb.names import looks_korean_name
from readout.kb.offices import equivalence, office_for
from readout.lang.ko.name_runs import fragment_name
from readout.lang.ko.name_words import chain_country, chain_modifier, name_like
from readout.lang.ko.title_chains import fill_chain
from readout.lang.ko.tags import OBJECT_PARTICLES
from readout.lang.ko.words import (Word, country_in, is_org_word, multiword_country, org_country,
                                   title_of)
from readout.model import RawMention
from readout.lang.ko.country_words import country_of_word


BODY_BOUND_BARE = frozenset({"un_secretary_general"})  # offices a bare title ('사무총장') binds to one body by default


def bare_body_head(mention: RawMention) -> None:
    """'[B] 사무총장은' with no body written before the title: the head of whichever body the document named B the head
    of ('B 나토 사무총장을 만났다 ... B 사무총장은 규탄했다': NATO's, not the UN's), so the title's default body is not the
    person's state; a name the document never titled before is still found in the knowledge base by name (the UN's own
    head), and a title with no name stays the UN's."""
    if mention.surface and mention.office in BODY_BOUND_BARE and title_of(mention.title or "") \
            and title_of(mention.title)[0] == mention.title:
        mention.country = None


def foreign_holder(mention: RawMention, chain: list[Word], lex) -> None:
    """A name that is no Korean name before a bare home body's title ('[아짓 쿠마르] 외교부 대변인은', '[팜투항] 국방부
    대변인은') with no state written in the chain: the holder of that body of another state, which the document names
    elsewhere (Korean news writes Korea's own officials with a Korean name, '이재웅 외교부 대변인'). The title's default
    home state is dropped: the person's state stays unknown here and the knowledge base or the story names it."""
    home = lex["dateline_home"]
    if not mention.surface or mention.country != home or looks_korean_name(mention.surface) \
            or any(chain_country(w) or org_country(w.noun) not in (None, home) for w in chain) \
            or multiword_country(chain):
        return
    mention.office, mention.country = equivalence(mention.office), None


MAX_BODY_NAME_WORDS = 3  # words of a name standing between a state's body and the title: '레티하', '호세 페레스'


def body_name_run(words: list[Word], chain: list[int], lex, limit: int) -> list[Word]:
    """'베트남 외교부 [레티하] 대변인은', '칠레 국방부 [호세 페레스] 차관은': a name the knowledge base does not know,
    written between a state's body and its title. name_run stops at the body's word, so the chain read as a nameless
    office and a later '그는' went to the last person the document knew. Taken only when a state is named at the
    chain's opening (its word or its body's: '중국외교부'), the body's word comes right before the name, and every
    name word reads as a name (`name_like`: proper, no state, body or modifier word; '정례 브리핑 대변인' is none)."""
    bodies = [i for i, k in enumerate(chain) if is_org_word(words[k].noun)]
    if not bodies:
        return []
    run = [words[k] for k in chain[bodies[-1] + 1:]]
    if not 1 <= len(run) <= min(limit, MAX_BODY_NAME_WORDS) or body_state(words, chain[:bodies[-1] + 1]) is None:
        return []
    if any(chain_country(w) or w.particle or w.has_verb or not (name_like(w) or fragment_name(w))
           or chain_modifier(w.noun, lex) for w in run):
        return []  # places60: '칠레 [알마 키스페] 대통령은': a given name kiwi cut into syllables is a name's word too
    return run


def body_state(words: list[Word], chain: list[int]) -> str | None:
    """The state the chain before a name names first: a state word or a body of one ('중국외교부')."""
    return next((code for k in chain if (code := chain_country(words[k]) or org_country(words[k].noun))), None)


def body_named_mention(text: str, words: list[Word], j: int, hit: tuple[str, str], run: list[Word],
                       chain: list[int], lex) -> RawMention:
    """The person `body_name_run` found, with the office its title means in the body's state."""
    first, last = run[0], run[-1]
    mention = RawMention(first.start, last.start + len(last.noun), words[j].noun_end,
                         text[first.start:last.start + len(last.noun)])
    fill_chain(mention, text, words, j, hit, lex)
    state = body_state(words, [k for k in chain if words[k].end <= first.start])
    if mention.country is None and state:
        mention.country, mention.office = state, office_for(mention.office, state)
    mention.known_only = False
    return mention


def nameless_state(word: Word, prefix: str, chain: list[int], words: list[Word], hit: tuple[str, str],
                   lex) -> tuple[str, str] | None:
    """(state, office) of a title standing alone with its particle, no name and no state in the words before it:
    a state written into the title's own word ('칠레대사는'; '주한칠레대사는', 'Chile's ambassador in Korea': the host
    after 주 is not the envoy's state), or the head of a body of the report's home state (offices.yaml `agency`:
    '해양경찰청장은'; '합참의장은', '경찰청장은': the general title's office in the home state, when that office heads
    a listed body there). None for a generic title ('청장은': whose?)."""
    if not (word.particle or word.has_verb) or any(chain_country(words[k]) or is_org_word(words[k].noun) for k in chain):
        return None
    offices = kb().offices
    if prefix:
        code = prefix_state(prefix)
        return (code, office_for(hit[1], code)) if code and not offices[hit[1]].generic else None
    if acted_on_abroad(word, words, lex):
        return None
    return home_agency(hit[1], lex)


def acted_on_abroad(word: Word, words: list[Word], lex) -> bool:
    """(kooffices52) A bare agency head's title as the object ('가봉 경찰이 [검찰총장을] 체포했다') after another state's
    name in the sentence, none of the home state's: the sentence tells that state's affairs, so the title is no
    holder of the home state's agency (read so, Gabon's police arrested Korea's prosecutor general); it stays a
    title of no state, and the act's readers give it the state the sentence names. As the subject ('검찰총장은 가봉
    법무장관과 만났다') or with the home state named, the home agency's reading stands."""
    if word.particle not in OBJECT_PARTICLES:
        return False
    home = lex["dateline_home"]
    named = {chain_country(w) for w in words if w.end <= word.start} - {None}
    return bool(named) and home not in named


def home_agency(office: str | None, lex) -> tuple[str, str] | None:
    """(home state, office) where `office` heads a body of the report's home state (offices.yaml `agency`), itself
    or as the home state's office of its class ('경찰청장' -> kor_police_commissioner): '해양경찰청장은', and '김철수
    경찰청장은', a Korean name with that title and no state. None for a generic title or another state's office."""
    home = lex["dateline_home"]
    offices = kb().offices
    if office not in offices:
        return None
    office = office if offices[office].agency else office_for(office, home)
    entry = offices.get(office)
    if entry is None or entry.generic or not entry.agency or entry.country != home:
        return None
    return home, office


def prefix_state(prefix: str) -> str | None:
    """The state a title's own word names before the title: the whole prefix a state's name ('칠레' of '칠레대사'), or
    the state after a posting's host ('주한칠레': in Korea, Chile's). A posting alone ('주칠레', to Chile) names the
    envoy's host, not his state: None."""
    if prefix.startswith(POSTED) and len(prefix) > len(POSTED) + 1 and country_of_word(prefix[len(POSTED):len(POSTED) + 1]):
        prefix = prefix[len(POSTED) + 1:]
    elif prefix.startswith(POSTED):
        return None
    code = country_of_word(prefix) if len(prefix) > 1 else None
    return code if code and country_in(prefix) == code else None


POSTED = "주"  # '주한', '주미': posted in (a state's one-syllable form after it)
