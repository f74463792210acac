"""Casualty counts of incidents: killed and wounded, from number words and vague quantities
(ref_quantity_words.csv), named victims and parts to be summed, bound to the nearest trigger word."""

import polars as pl

from ingest.extract.reference import Reference
from ingest.extract.text import (
    CASE_ODD,
    NAME_TITLE,
    PERSON_NAME,
    PERSON_NAME_NICKNAMED,
    alternation,
    find_all,
    find_matches,
    guarded,
)

# an aside between a toll and its verb ("Seven aid workers, including three Britons, were killed")
# ("Fourteen marines, 10 of whom are later beheaded, are killed": a share of the toll told aside)
_TOLL_ASIDE = (r", (?:(?:including|among them|most of them|many of them|all of them|half of them|\d+ of them|mostly"
               r"|[^\s,;:.]+ of whom"
               # ("nine people, at least five of them policemen, ...": a share told with its qualifier)
               r"|(?:at least|more than|about|some|nearly|almost|over|up to|as many as) [^\s,;:.]+ of them"
               # parts joined by "along with" are read and added below ("Thirty troops, along with seven commandos,
               # were killed")
               r"|among whom|along with|together with) [^;.:,]{1,60}(?:, [^;.:,]{1,40}){0,3}"
               # a list in apposition: "Four cyclists, two Americans, a Swiss and a Dutch national, were killed"
               r"|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+) [^;.:,\d]+(?:, [^;.:,\d]+)?"
               r" and [^;.:,\d]+"
               # ("At least 26 people, women and children among them, are killed": the share told before its "among")
               r"|[^\s;.:,\d]+(?: and [^\s;.:,\d]+)? among (?:them|the dead)),")
# ("Five aid workers - a Belgian, a Norwegian and two Afghans - are killed": an aside between dashes)
_DASH_ASIDE = r" [\-—–] [^;.:0-9\-—–]{1,100}? [\-—–]"
# words that end a noun phrase: "a" counts a toll only up to them ("a bomb exploded near a school where ...")
# what a person was doing, told right after the noun ("a soldier serving with ...", "an engineer working for ...")
_SUBJECT_PARTICIPLE = (r" (?:serving|working|travell?ing|living|stationed|deployed|posted|assigned|employed|volunteering"
                       r"|riding|driving|walking|returning|waiting|standing|sitting|guarding|patrolling|reporting"
                       # ("a policeman and a woman passing by were killed", "a boy playing nearby")
                       r"|passing|playing|shopping|praying"
                       # who a person was, told by a participle ("an officer linked to Hezbollah", "people believed to
                       # be militants")
                       r"|linked|tied|close|loyal|affiliated|attached|belonging|allied|believed|thought|suspected"
                       # ("a British engineer held by kidnappers since last year was killed")
                       r"|held|kidnapped|abducted|seized|captured"
                       # ("a radio commentator who had accused officials of graft was shot dead": a relative clause)
                       r"|who had|who has|who)")
# the span of a series after an ordinal's noun: "a third journalist in a month"
_IN_A_SPAN = (r" in (?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|a|one|the same|as many) )?"
              r"(?:days?|weeks?|months?|years?)")
# (a whole word after a space: not the "by" of "a passer-by")
_NOT_A_NOUN_PHRASE = (r"(?:^| )(?:in|at|on|near|from|to|by|with|who|which|that|where|when|after|while|as|exploded|went|hit"
                      r"|struck|ripped|tore|blew|attacked|killing|said)(?-u:\b)")
# a toll told as a figure that was revised or stated: "the death toll from Friday's bombing ... rose to 128",
# "officials raised the toll to 57", "put the death toll at 40"; a revision outranks the first count
TOLL_REVISED = (r"(?:death )?toll(?: [^.;:]{0,160}?)? (?:rose|rises|has risen|had risen|risen|climbed|climbs|has climbed"
                 r"|jumped|reached|has reached|increased|stood|stands|was raised|has been raised) (?:to|at)"
                 r"|(?:raised|raises|raising|put|puts|putting|revised|lifted|updated) the (?:(?:death )?toll"
                 r"|number of (?:the )?(?:dead|deaths|fatalities|people killed))(?: [^.;:]{0,80}?)? (?:to|at)"
                 # ("the army put the dead at 12")
                 r"|(?:put|puts|putting|placed|places) the dead at"
                 # ("X was killed ... Iran's envoy says 78 people have been killed": a whole count reported after)
                 r"|(?:say|says|said|report|reports|reported|confirm|confirms|confirmed)(?: that)?"
                 r" (?:(?:at least|more than|over|nearly|about|around|some) )?\d[\d,]* (?:people|persons|civilians)"
                 r" (?:have been|had been|were|are|has been) killed"
                 # (a whole count of this event: not "... killed in a separate attack", "... in the city this month")
                 r"(?:[.,;]|$| and | in (?:the|that|this|Monday's|Friday's) (?:\S+ )?(?:attack|blast|bombing|strikes?|raids?"
                 r"|explosion|shooting|assault|ambush)s?(?:[.,;]|$| and ))")


# a capitalised word before a figure that is no name: "In Kabul 5 soldiers", "On Monday 12 people"
_NAME_BEFORE_COUNT = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|In|On|At|By|Since|After|Before|But"
                      r"|And|Overall|Altogether|Elsewhere|Meanwhile|Then|Today|Yesterday) $")


def number_pattern(reference: Reference, articles: bool = True) -> str:
    """A toll's number phrase; without `articles`, "a"/"an" alone are no number."""
    words = alternation([w for w in reference.quantity_words["word"].to_list() if articles or w not in ("a", "an")])
    qualifier = r"(?i:at least|more than|well over|just over|well above|over|nearly|almost|close to|about|around|approximately|some|upwards of|upward of|in excess of|up to|as many as|another|roughly|all|above|past|beyond)"
    # "an Israeli couple": the collective noun is the count
    collective = r"(?i:an?) \p{Lu}[\p{L}\-]* (?i:couple|dozen)"
    return rf"(?:{qualifier} )?(?:{collective}|\d{{1,3}}(?:,\d{{3}})+|\d+|(?i:(?:{words})(?:-(?:{words}))?))"


def parse_quantity(frame: pl.DataFrame, text_col: str, prefix: str, reference: Reference) -> pl.DataFrame:
    """Add <prefix>_min / <prefix>_max from a number phrase per the gold rules ("up to N" -> max only)."""
    text = pl.col(text_col).str.to_lowercase()
    qualifier = text.str.extract(r"^(at least|more than|well over|just over|well above|over|nearly|almost|close to|about|around|approximately|some|upwards of|upward of|in excess of|up to|as many as|another|roughly|all|above|past|beyond) ")
    number = text.str.replace(r"^(?:at least|more than|well over|just over|well above|over|nearly|almost|close to|about|around|approximately|some|upwards of|upward of|in excess of|up to|as many as|another|roughly|all|above|past|beyond) ", "")
    number = number.str.replace(r"^an? \S+ (couple|dozen)$", "$1")
    words = reference.quantity_words
    lookup = dict(zip(words["word"].to_list(), words["value"].to_list()))
    parts = number.str.split("-")
    word_value = parts.list.eval(pl.element().replace_strict(lookup, default=None, return_dtype=pl.Int32)).list.sum()
    all_known = parts.list.eval(pl.element().is_in(list(lookup))).list.all()
    digits = number.str.replace_all(",", "").str.to_integer(strict=False).cast(pl.Int32)
    value = pl.coalesce(digits, pl.when(all_known).then(word_value))
    # "all 176 people on board" is the whole count; a vague quantity ("dozens", "several") is a least count only
    exact = (qualifier.is_null() | qualifier.is_in(["all", "another"])) & ~number.str.contains(
        r"^(?:dozens|several|(?:a )?few|(?:a )?handful|scores|hundreds|thousands)$")
    return frame.with_columns(
        pl.when(qualifier.is_in(["up to", "as many as"])).then(None).otherwise(value).alias(f"{prefix}_min"),
        pl.when(exact | qualifier.is_in(["up to", "as many as"])).then(value).otherwise(None).alias(f"{prefix}_max"),
    )


# who a victim belongs to: "his", "their", "the governor's", "Muammar Gaddafi's"
# (a name, or a description after an article: not "took Hersh's hand")
_POSSESSOR = (r"(?:(?i:their|his|her|its)|(?i:the|an?) (?:[\p{L}\-]+ ){0,2}[\p{L}\-]+['’]s"
              r"|(?:\p{Lu}[\p{L}\-]* ){0,2}\p{Lu}[\p{L}\-]*['’]s)")
# the small words inside a name: "Saif al-Arab", "Theo van Gogh"
_NAME_PARTICLE = r"(?:al-|el-|ad-|ed-|ud-|as-|ash-|bin |ibn |bint |de |van |von |da |di |du |le |la )"
# where one part of a list ends and the next begins: "a woman, her three daughters and a neighbour"
_PART_SEPARATOR = r",? (?:and|as well as|along with|together with) |, "
# the asides of a list that count no one of their own ("20 hostages, most of them foreigners, and two officers")
_COUNTLESS_ASIDE = (r", (?:including|among them|among whom) [^;.:,]{1,60}(?:, [^;.:,]{1,60}){0,4}? and [^;.:,]{1,60}(?:,|$)"
                    # ("nine people, including a journalist, his wife and two of their children": the aside's own list)
                    r"|, (?:including|among them|most of them|many of them|all of them|half of them|\d+ of them|mostly"
                    r"|[^\s,;:.]+ of whom|(?:at least|more than|about|some|nearly|almost|over|up to|as many as) [^\s,;:.]+ of them"
                    r"|among whom) [^;.:,]{1,60},"
                    # ("killing four people, the bomber among them, and ...", "26 people including a Canadian and two
                    # Americans": the aside that closes the list)
                    r"|, (?:the |an? )?[^;.:,]{1,50} among (?:them|whom)(?:,|$)|,? (?:including|among them|among whom) [^;.:]{1,100}$"
                    # ("killing seven people, at least four of them soldiers": a share that closes the list)
                    r"|, (?:(?:at least|more than|about|some|nearly|almost|over|up to|as many as) )?[^\s,;:.]+ of (?:them|whom)"
                    r" [^;.:,]{1,60}$"
                    # ("killed twelve villagers - eight men and four women - in a raid")
                    r"| [\-—–] [^;.:\-—–]{1,100}?(?: [\-—–]|$)")


# words that open a clause, not a name: "In Kirkuk, five soldiers were killed"
_CLAUSE_OPENER = (r"^(?:In|On|At|By|From|Near|Since|After|Before|During|Outside|Inside|Across|Along|Around|Meanwhile"
                  r"|Elsewhere|Separately|Earlier|Later|Also|However|Overall|Then|There|When|While|The|This|That|Last"
                  r"|Next|Early|Late)(?-u:\b)")
_CLAUSE_WORD = r"(?-u:\b)(?:are|is|was|were|been|be|has|have|had|said|says)(?-u:\b)"
# a part that ends in its own verb is a clause, not a count of the dead ("hundreds of inmates escaped and 20 guards
# were killed", "dozens fled and ...", "ten are missing and ...")
_ENDS_IN_A_VERB = (r"(?-u:\b)(?:\p{Ll}{2,}ed|fled|flee|flees|ran|run|runs|went|fought|hid|escape|escapes|survive|survives"
                   r"|remain|remains|missing|unharmed|unhurt|alive|safe|free)$")


def _ends_in_a_verb(part: pl.Expr) -> pl.Expr:
    # ("One hundred and eighty people": a number word, no verb)
    return part.str.contains(_ENDS_IN_A_VERB) & ~part.str.contains(r"(?i:hundred)$")
# ("a second contractor" is an ordinal, no time)
_TIME_PART = (r"(?i:(?-u:\b)(?:seconds|minutes?|hours?|days?|weeks?|months?|years?|later|earlier|ago|morning|evening"
              r"|night|afternoon)(?-u:\b))")


def sum_parts(frame: pl.DataFrame, list_col: str, prefix: str, num: str, reference: Reference,
              from_end: bool = False) -> pl.DataFrame:
    """Add <prefix>_min / <prefix>_max: the sum of a list of parts, each a number phrase ("three daughters", "one of
    his bodyguards") or one possessed person ("her husband"). The list ends at the first part that is neither
    ("seven soldiers and gendarmes", "killing 3 soldiers, destroying 2 tanks and 5 houses"); null when the first
    part is no count. A name counts one and a description right after it none ("Colonel X, commander of a battalion,
    his wife and ..."). `from_end` reads the list from its last part back (a list before a toll)."""
    rows = frame.with_row_index("_row")
    parts = rows.select("_row", pl.col(list_col).str.replace_all(_COUNTLESS_ASIDE, ",").str.replace_all(
        _PART_SEPARATOR, "\x1f").str.split("\x1f").alias("_part")).explode("_part")
    possessive = rf"^{_POSSESSOR} "
    # ("It's", "There's": a contraction, no possessor)
    contraction = pl.col("_part").str.contains(
        r"^(?i:it|that|there|here|what|who|he|she|let|this|where|how|everyone|nobody|one)['’]s ")
    # "their six-year-old son": an age is no count
    # (and after an article: "the two-year-old girl" is one girl, not two)
    body = pl.when(contraction).then(pl.col("_part")).otherwise(pl.col("_part").str.replace(possessive, "")).str.replace(
        r"^((?i:the|an?) )?\S+-(?:year|month|week)-old ", "$1")
    # "at and around a shopping centre": a qualifier before a bare article is a preposition, no count
    # ("the three people inside", "the 12 passengers": the article before a number counts them all)
    quantity = body.str.extract(rf"^(?:(?i:the) )?({num})(?-u:\b)", 1)
    # ("the 2019 champion": a year after "the" is no count)
    quantity = pl.when(body.str.contains(r"^(?i:the) (?:19|20)\d\d(?-u:\b)")).then(None).otherwise(quantity)
    quantity = pl.when(quantity.str.contains(r"^(?i:\S+ )+an?$")).then(None).otherwise(quantity)
    parts = parse_quantity(parts.with_columns(_q=quantity), "_q", "_v", reference)
    # "her husband" is one; "their children" is no count
    # ("his youngest son" is one, "his eldest sons" none: no plural among the first words)
    # ("her communications director" is one: a plural before another noun is its attribute)
    one = pl.col("_q").is_null() & pl.col("_part").str.contains(possessive) & ~contraction & ~body.str.contains(
        r"^(?:\S+ ){0,2}(?:\S+[^s\W]s|children|people|men|women|police|staff|family|crew|relatives)"
        r"(?:$|[^\p{L}\-]*$|[^\p{L}\- ]| [^\p{Ll}]| \p{Ll}+ing(?-u:\b)| (?:of|in|at|on|from|who|whom|and|as|near|inside|outside"
        r"|during|with|were|are|was|is|had|have|died|killed)(?-u:\b))")
    # "killing him and four police officers" ("shooting dead another who resisted": one more)
    one = one | pl.col("_part").is_in(["him", "her"]) | pl.col("_part").str.contains(r"^(?i:another)$")
    # "his driver and bodyguard", "her secretary and police escort": the possessive shared by a bare companion after it
    elided = pl.col("_q").is_null() & ~one & pl.col("_part").str.contains(
        rf"^(?:[\p{{Ll}}\-]+ ){{0,2}}{_KIN}(?:$| (?:in|at|on|near|outside|inside|during|when|as|after|while|before)(?-u:\b))") & (
        one & pl.col("_part").str.contains(possessive)).shift(1).over("_row").fill_null(False)
    one = one | elided
    # "killing five tourists and the Bulgarian driver": "the" and a singular noun is one more victim (not the attacker,
    # whose death is no part of the toll, nor "the rest" or "the building")
    # ... also with its "of" ("the teenage daughter of one of them", "the father of the bride"; not "the rest of the
    # patrol", "the bulk of the unit")
    # ("the girl in her care", "the guard at the gate": a place or a charge after the noun)
    head = pl.col("_part").str.replace(r" (?:of|in|at|from) .*$", "")
    # ("killing a teacher and another villager": "another" and a singular noun too)
    one = one | (pl.col("_q").is_null() & pl.col("_part").str.contains(
        r"^(?i:the|another) (?:[\p{L}\-]+ |(?:19|20)\d\d ){0,2}[\p{Ll}\-]+(?: (?:of|in|at|from) .+)?$")
                 & ~head.str.contains(
                     # (whole words: "the grandmother" is one, "the other" none)
                     r"(?:s|men|(?-u:\b)(?:children|people|police|staff|family|crew|personnel|rest|other|same|building|house"
                     r"|bomber|attacker|gunman|assailant|shooter|perpetrator|hijacker|suspect|killer|bulk|majority"
                     r"|remainder|most|many|all|some|none|half|third|quarter|number|whole|entire|body|group|unit|patrol"
                     r"|convoy|team|squad|platoon|company|battalion|village|town|city|area|region|province|district))$"))
    # ... and so is "the" and a title of someone's office ("the mayor of X, his wife and their driver")
    one = one | (pl.col("_q").is_null() & pl.col("_part").str.contains(
        rf"^(?i:the) (?:[\p{{L}}\-]+ ){{0,2}}{_VICTIM_TITLE}(?: (?i:of|in|for) .*)?$"))
    # the attacker's own death is no part of the toll, and ends no list ("killing himself and 12 worshippers")
    reflexive = pl.col("_part").str.contains(r"^(?i:himself|herself|themselves)(?-u:\b)")
    # a name: capitalised words only, not a clause opener ("In Kirkuk", "On Monday")
    name = pl.col("_part").str.contains(rf"^(?:\p{{Lu}}[\p{{L}}'’.\-]*)(?: {_NAME_PARTICLE}?\p{{Lu}}[\p{{L}}'’.\-]*){{1,4}}$") & ~pl.col(
        "_part").str.contains(_CLAUSE_OPENER)
    # ... and so is a name after a title in lowercase words ("regional president X", "army chief of staff Y")
    # ("Presidential adviser X", "former MP Y": a capitalised word before, an abbreviated title, an adviser)
    name = name | pl.col("_part").str.contains(
        rf"^(?:\p{{Lu}}[\p{{Ll}}\-]+ )?(?:\p{{Ll}}[\p{{L}}\-]* ){{0,3}}(?:(?:{_VICTIM_TITLE}|(?i:adviser|advisor|aide))(?: of staff)? "
        rf"|{NAME_TITLE}){PERSON_NAME}$")
    # ... but a name right after one described person is that person ("his youngest son, Saif al-Arab, and three of
    # his grandchildren", "a police officer, Omar Said, and two others")
    single = (one | pl.col("_q").str.to_lowercase().is_in(["a", "an", "one"])) & ~name
    apposed = name & single.shift(1).over("_row").fill_null(False)
    # ... and names right after a count that number as many are that count told again ("shoots dead two judges, X and
    # Y", "killing three commanders, X, Y and Z, and three other people")
    run = (~name).cum_sum().over("_row")
    names_in_run = name.cast(pl.Int32).sum().over("_row", run)
    apposed = apposed | (name & (names_in_run >= 2) & (names_in_run == pl.col("_v_min").first().over("_row", run)))
    # ... and so is a description or an age after a name ("X, 45, and two others")
    # (not a count in words: "X, Y and three of his grandchildren")
    description = pl.col("_part").str.contains(r"^(?:(?:an? |the )?\p{Ll}|\d{1,3}$)") & name.shift(1).over(
        "_row").fill_null(False) & (pl.col("_q").is_null() | pl.col("_q").str.to_lowercase().is_in(["a", "an"])
                                    | pl.col("_part").str.contains(r"^\d{1,3}$"))
    # "two of them children": a share of a part counted already
    share = pl.col("_part").str.contains(r"^(?:\S+ ){1,2}of (?:them|whom)(?-u:\b)")
    # ("X, the chief of the police force, his wife and a bodyguard": "the" and an office after a name is that name)
    apposed_office = description & pl.col("_part").str.starts_with("the ")
    # "his parents and brother": a pair by its noun is two (not "9 pupils and their parents")
    pair = pl.col("_q").is_null() & pl.col("_part").str.contains(r"^(?i:his|her) ") & body.str.contains(
        r"^(?:\p{Ll}+ )?(?:grand)?parents$")
    # "a security official of the X Units, a Yazidi militia affiliated with the PKK, and his bodyguard": a body of
    # people told aside after a part is that part's group, no one more
    group_aside = pl.col("_part").str.contains(
        r"^(?:an?|the) (?:[\p{L}\-]+ ){0,3}(?:militia|group|movement|organi[sz]ation|faction|party|brigade|network"
        r"|coalition|alliance|wing|front|outfit|company|firm|agency|ministry|union|association|force)"
        r"(?:$| (?:affiliated|linked|based|backed|allied|loyal|of|in|that|which|with|known|fighting|from|led|close)(?-u:\b))"
    ) & (pl.int_range(pl.len()).over("_row") > 0)
    parts = parts.with_columns([pl.when(apposed | reflexive | apposed_office | group_aside).then(pl.lit(0, pl.Int32)).when(one | name).then(pl.lit(1, pl.Int32))
                                .when(pair).then(pl.lit(2, pl.Int32))
                                .when(description | share).then(pl.lit(0, pl.Int32))
                                .otherwise(f"_v_{b}").alias(f"_v_{b}") for b in ("min", "max")])
    # a time ("Two days later, ...") is no part, nor a clause before a toll ("Two mosques are bombed in Iraq and a
    # muezzin is killed"; the last part of a list after a verb may run on: "two visitors who had come for visas")
    # ("four police officers two days before the vote" is four: a time only at a part's head voids it)
    # ("wounding six people, and a second blast hits X": a weapon or a blast at a part's head is no one)
    parts = parts.with_columns([pl.when(pl.col("_part").str.replace_all(r"\S+-(?:year|month|week)-old", "").str.contains(
        rf"^(?:\S+ ){{0,2}}{_TIME_PART}")
                                        | pl.col("_part").str.contains(
                                            r"^(?:\S+ ){0,2}(?i:blasts?|bombs?|explosions?|attacks?|rockets?|shells?|missiles?"
                                            r"|grenades?|devices?|strikes?)(?:$| (?:\p{Ll}+(?:s|ed)|hit|went|struck|blew|tore) )")
                                        | (pl.lit(from_end) & (pl.col("_part").str.contains(_CLAUSE_WORD)
                                                                | _ends_in_a_verb(pl.col("_part")))))
                                .then(None).otherwise(f"_v_{b}")
                                .alias(f"_v_{b}") for b in ("min", "max")])
    # ("killing 13 soldiers and foreign civilians as well as four Afghans": a bare plural after a count is in that
    # count, and the list goes on)
    bare = (~pl.lit(from_end) & pl.col("_v_min").is_null() & pl.col("_v_min").shift(1).over("_row").is_not_null()
            & pl.col("_part").str.contains(r"^(?:[\p{Ll}\-]+ ){0,2}[\p{Ll}\-]+(?:s|men|children|people|police|personnel)$")
            & ~pl.col("_part").str.contains(r"(?-u:\b)(?:\p{Ll}+(?:ing|ed)|the|an?|his|her|their|its|others?|them|those"
                                             r"|these|all|both|many|some|most|several|more|rest)(?-u:\b)"))
    # ("kills at least two insurgents and commander driving in a car": a bare singular title after a count is one more)
    bare_one = (~pl.lit(from_end) & pl.col("_v_min").is_null() & pl.col("_v_min").shift(1).over("_row").is_not_null()
                & pl.col("_part").str.contains(rf"^(?:{_VICTIM_TITLE}|(?i:{_ONE_PERSON}))(?: \p{{Ll}}+ing(?: .*)?)?$")
                & ~pl.col("_part").str.contains(r"^\p{Lu}"))
    parts = parts.with_columns([pl.when(bare).then(pl.lit(0, pl.Int32)).when(bare_one).then(pl.lit(1, pl.Int32))
                                .otherwise(f"_v_{b}").alias(f"_v_{b}") for b in ("min", "max")])
    counted = parts.filter(pl.col("_v_min").is_null().cum_sum(reverse=from_end).over("_row") == 0)
    # "two NATO soldiers, an American and a Romanian": single nationals after a count that add up to it are that
    # count told again ("two soldiers, a policeman and a civilian" are four)
    national = pl.col("_part").str.contains(r"^(?i:an?|one) \p{Lu}[\p{L}\-]*(?: (?:national|citizen|man|woman))?$")
    later = pl.col("_v_min").sum().over("_row") - pl.col("_v_min").cum_sum().over("_row")
    later_national = national.cast(pl.Int32).sum().over("_row") - national.cast(pl.Int32).cum_sum().over("_row")
    later_parts = pl.len().over("_row") - pl.int_range(1, pl.len() + 1).over("_row")
    # ("14 civilians, two women and 12 children": people told by their parts, after a count of people)
    people = pl.col("_part").str.contains(r"^(?:\S+ ){1,3}(?:people|persons|civilians|victims|individuals)$")
    restated = (pl.col("_v_min") >= 2) & (later == pl.col("_v_min")) & (later_parts >= 2) & (
        (later_national == later_parts) | people)
    counted = counted.with_columns(_restated=restated.cum_sum().over("_row")).filter(
        (pl.col("_restated") == 0) | (pl.col("_restated").shift(1).over("_row").fill_null(0) == 0))
    # "at least 20 soldiers and two civilians": at least 22, no maximum
    sums = counted.group_by("_row").agg(
        pl.col("_v_min").sum().cast(pl.Int32).alias(f"{prefix}_min"),
        pl.when(pl.col("_v_max").is_null().any()).then(None).otherwise(pl.col("_v_max").sum()).cast(pl.Int32)
        .alias(f"{prefix}_max"))
    return rows.join(sums, on="_row", how="left").drop("_row")


# "seven guards lose their lives", "a policeman lost his life"
_LIVES_LOST = ["lost their lives", "lose their lives", "lost his life", "lost her life", "loses his life", "loses her life"]
# "line up and shoot 35 men": an execution
_LINED_UP = ["line up and shoot", "lines up and shoots", "lined up and shot", "lining up and shooting", "them up and shot",
             "them up and shoot"]
# "four people die", "X dies in hospital" as literals: not "studies", "diesel" or "diet"
_DIE_WORDS = [" die ", " die,", " die.", " die;", " dies ", " dies,", " dies."]
# the hurt told by their care, as literals (not "hospital" alone, nor "stab" in "establish" or "stability")
_CARE_WORDS = ["to hospital", "to a hospital", "to the hospital", "to hospitals", "hospitalised", "hospitalized",
               "treated for", "treated in hospital for"]
_KNIFE_WORDS = ["stabs", "stabbed", "stabbing", " stab ", "slashes", "slashed", "slashing", "knifes", "knifed", "knifing"]
# a toll revised, or one that rose past a mark ("the death toll rises above 100", "the toll passed 50": more than)
# ("the number of dead has reached 40": a toll by another name)
_TOLL_CHANGE = (r"(?:(?:death )?toll|number of (?:the )?(?:dead|deaths|fatalities|victims|people killed))(?: [^.;:]{0,160}?)?"
                r" (?:(?:rose|rises|has risen|had risen|risen|climbed|climbs|has climbed"
                r"|jumped|reached|has reached|increased|stood|stands|was raised|has been raised) (?:to|at)|(?:rose|rises"
                r"|has risen|had risen|climbed|climbs|has climbed|jumped|passed|passes|has passed|topped|tops|has topped"
                r"|exceeded|exceeds|has exceeded|surpassed|surpasses|has surpassed"
                # ("the death toll has reached 40")
                r"|reached|reaches|has reached|had reached))"
                # ("a second blast ... brings the toll to at least 26": a later blast's toll is the whole)
                r"|(?:raised|raises|raising|put|puts|putting|revised|lifted|updated|brings|brought|bringing|bring"
                # ("bringing the known toll from the fighting to at least 66")
                r"|pushes|pushed|pushing|takes|took|taking) the (?:(?:(?:known|overall|official|confirmed|total) )?"
                r"(?:death )?toll|number of (?:the )?(?:dead|deaths"
                # ("local media put the number of dead at nine": a toll by another name)
                r"|fatalities|people killed))"
                r"(?: [^.;:]{0,80}?)? (?:to|at)|(?:put|puts|putting|placed|places) the dead at")


def casualties(sentences: pl.DataFrame, reference: Reference) -> pl.DataFrame:
    """Every stated toll: article_id, sentence_index, kind (killed/wounded), n_min, n_max, c_start, c_end.

    Parts are summed when no total is given ("two police officers and two militants are killed" -> 4).
    """
    num = number_pattern(reference)
    num_no_article = number_pattern(reference, articles=False)
    quoted = r"[\"“”]?"
    # words between the number and the verb; no digits, so "Seven are killed and 50 injured" stays two tolls
    # any word but "and": "mosques are bombed and a muezzin is killed" is two subjects ("and" joins parts below)
    # (a lean class: a word is anything but spaces, digits, quotes and clause punctuation; the Unicode letter class,
    # copied 16 times in `filler`, made these the costliest patterns to compile)
    letter = r"[^\s\d,;:()\[\]\\\"“”!?—–]"
    word = (rf"(?:[^\s\d,;:()\[\]\\\"“”!?—–a.'’\-]{letter}*|a[^\s\d,;:()\[\]\\\"“”!?—–n]{letter}*"
            rf"|an[^\s\d,;:()\[\]\\\"“”!?—–d]{letter}*|and{letter}+|an?)")
    # an aside between a toll and its verb is no part of it: "Seven aid workers, including three Britons and a Pole,
    # were killed", "at least 28 people, among them the 10 attackers, died"
    # (the aside tried first: "Nine miners, two of whom are later beheaded, are killed" is nine, not the share's verb)
    filler = (rf"(?:{_TOLL_ASIDE}|{_DASH_ASIDE}|,? [\"“”]?(?:{word}|\d+-(?:year|month|week)-old|\d+(?:st|nd|rd|th))[\"“”]?){{0,16}}?,?")
    # (and an adverb: "is seriously injured", "were critically wounded")
    # ("are reported killed", "are said to have been killed": a report of the dead is a toll)
    # ("a third soldier was found dead", "two men were found murdered")
    be = (r"(?: (?:were|are|was|is|have been|has been|had been|being|reportedly|also|all|been|later|confirmed|reported"
          r"|said to have been|found|[a-z]+ly))*")
    # the toll regexes are costly: only sentences with a casualty word (an Aho-Corasick scan) go through them
    casualty_words = ["kill", "dead", "died", "slain", "murder", *_LIVES_LOST, "perish", "death toll", "claim",
                      "wound", "injur", "hurt", "casualt", "fatalit", "no one", "nobody", "toll", "left", "leaving", "leave",
                      "to death", "gunned", "gunning", "gun down", "guns down", "massacr", "executed", "executing", " other", "assassinat",
                      "behead", "lynch", "slaughter", "bodies", "corpses", "lives", "fatally", "death of", "deaths of", "alive",
                      "succumbed", "deaths", "strangl", "throat", *_CARE_WORDS, *_KNIFE_WORDS, "sicken", *_DIE_WORDS,
                      "shot in the", "before dying", " been buried", " were buried", " are buried", " was buried",
                      " have lost ", " has lost ", " had lost ", "severed heads", *_LINED_UP]
    base = sentences.select("article_id", "sentence_index", "text").filter(
        pl.col("text").str.contains_any(casualty_words, ascii_case_insensitive=True))
    out, subject_tolls, subject_readings = [], [], []
    for kind, passive, active, kind_words, passive_words in (
        # (a death verb of people only: "assassinated", "beaten to death"; not "executed", said of plans too)
        # ("A French police officer is shot dead": the verb whole, not left to the words before "dead")
        ("killed", (r"(?:killed|shot dead|dead|died|slain|murdered|lost their lives|lose their lives|(?:lost|loses) (?:his|her) life"
                    r"|perished|die|dies|assassinated|beheaded"
                    r"|gunned down|lynched|massacred|(?:stabbed|beaten|hacked|bludgeoned|burned|burnt|clubbed|stoned|shot|tortured|slashed"
                    # (a crowd's deaths too: "are crushed to death", "were trampled to death")
                    r"|crushed|trampled|strangled|kicked|battered|knifed|bayoneted|suffocated|starved|mauled|axed)"
                    # "was fatally wounded": dead
                    # "were burned alive", "succumbed to their injuries"
                    r" to death|(?:burned|burnt) alive|succumbed to (?:their|his|her) (?:injuries|wounds)"
                    r"|(?:fatally|mortally) (?:wounded|injured|shot|stabbed)|strangled"
                    # "are found with their throats cut"
                    # ("are found bound with their throats cut")
                    r"|(?:found (?:[a-z]+ ){0,2}with|had|have|has) (?:their|his|her) throats? (?:cut|slit))"),
         (rf"(?i:kill(?:s|ed|ing)?|claim(?:s|ed|ing) the lives of|claim(?:s|ed|ing)|cost(?:s|ing)?|{_TOLL_CHANGE}|death toll (?:\w+ )?(?:to|at|of)|left|leaving|leave"
         # (the present too: "gunmen massacre 20 villagers", "militants murder three teachers")
         r"|shoot(?:s|ing)? dead|shot dead|gunn(?:ed|ing) down|guns? down|massacr(?:es|e|ed|ing)|murder(?:s|ed|ing)?|execut(?:ed|ing)"
         r"|slaughter(?:s|ed|ing)?"
         # ("gunmen line up and shoot 35 villagers": an execution)
         r"|lin(?:e|es|ed|ing) (?:them )?up and (?:shoot|shoots|shot|shooting)"
         r"|fatally (?:shot|shooting|shoots|stabbed|stabbing|stabs|wounded|wounding|wounds)"

         # ("shooting and burning to death more than 150 refugees": the manner before the count)
         # (the present too: "rebels hack to death more than 100 people")
         # ("hacked and stoned 14 villagers to death": two manners)
         r"|(?:(?:shot|stabbed|hacked|beat|beaten|stoned|clubbed|bludgeoned|burned|burnt|shoot|stab|hack|stone|club)s? and )?"
         r"(?:stab(?:s|bed|bing)?|hack(?:s|ed|ing)?|beat(?:s|en|ing)?|burn(?:s|ed|t|ing)?|ston(?:es|ed|ing)"
         r"|club(?:s|bed|bing)?|bludgeon(?:s|ed|ing)?|slash(?:es|ed|ing))(?: to death| alive)?"
         # ("militants beheaded a village chief")
         r"|behead(?:s|ed|ing)?|lynch(?:es|ed|ing))"),
         ["kill", "dead", "died", "slain", "murder", *_LIVES_LOST, "perish", "claim", "death toll", "left", "leav",
          "gunned", "gunning", "gun down", "guns down", "massacr", "executed", "executing", "to death", "toll", "bodies", "corpses", "fatally",
          "severed heads",
          "assassinated", "behead", "lynch", "slaughter", "strangl", "throat", "alive", "succumbed", "deaths", *_DIE_WORDS,
          *_LINED_UP],
         ["killed", "dead", "died", "slain", "murdered", *_LIVES_LOST, "perished", "assassinated", "beheaded",
          "gunned down", "lynched", "massacred", "to death", "fatally", "mortally", "alive", "succumbed", "strangled",
          "throat", *_DIE_WORDS]),
        # (the hurt told by their care: "20 others were taken to hospital", "dozens are treated for breathing
        # problems", "Eleven people were hospitalised"; a knife's living victims: "stabs three people", "slashes two
        # policewomen"; "sends 16 people to hospital", kept below only with its "to hospital"; a gas's: "killing six
        # people and sickening dozens of others")
        ("wounded", (r"(?:wounded|injured|hurt|hospitali[sz]ed|(?:taken|rushed|admitted|airlifted) to (?:a |the )?hospitals?"
                     r"|treated (?:in hospital )?for (?:[\p{Ll}\-]+ ){0,2}(?:injuries|wounds|burns|breathing (?:problems"
                     r"|difficulties)|smoke inhalation|gas inhalation))"),
         (r"(?i:wound(?:s|ed|ing)?|injur(?:es|ed|ing|e)|hurt(?:ing)?|stab(?:s|bed|bing)?|slash(?:es|ed|ing)|knif(?:es|ed|ing)"
         r"|sen(?:ds|t|ding)|sicken(?:s|ed|ing))"),
         ["wound", "injur", "hurt", *_CARE_WORDS, *_KNIFE_WORDS, "sicken"],
         ["wounded", "injured", "hurt", *_CARE_WORDS]),
    ):
        # only sentences with this kind's words; a case-blind regex also reads the Kelvin sign as k, long s as s
        # (not "executive", and "lives" only as a toll: "claimed 30 lives", "claiming the lives of", "cost 12 lives";
        # "left"/"leaving" are tolls only with "dead", which is a kind word)
        kind_base = base.filter(pl.col("text").str.contains_any([*kind_words, *CASE_ODD], ascii_case_insensitive=True)
                                | (pl.col("text").str.contains_any(["lives"], ascii_case_insensitive=True) & pl.col(
                                    "text").str.contains(r"(?i:claim|cost)\S* (?:\S+ ){0,4}lives")))
        # the death told by a second verb joined to the first: "A soldier is run down by a car and then hacked to
        # death", "Two farmers were kidnapped and beheaded", "A policeman was abducted on Monday and later shot dead"
        # (after a verb of being only: "Two bombs exploded in a market and killed ..." has another subject)
        chained = (rf" (?:were|are|was|is|have been|has been|had been)(?: [^\s,;:.\d]+){{1,6}}?,? and"
                   rf"(?: then| later| subsequently)?(?: found| shot)? {passive}")
        verb = rf"(?:{be} {passive}|{chained})"
        # ("Six soldiers and their interpreter died": a possessed person is one)
        # ("12 members of the security forces and 77 insurgents")
        # ("Three members of parliament, among them X, and their driver": an aside naming one of the count)
        parts = (rf"(?-u:\b)(?P<q>{num})(?P<rest>(?: [\p{{L}}'’.\-]+){{1,7}}(?:, (?:including|among them) [^;.:,\d]{{1,50}},)?"
                 rf" and (?:{num}|(?i:their|his|her|the)))"
                 rf"{filler}{verb}(?-u:\b)")
        # "a"/"an" reads only a short noun phrase before the verb: a long match from it would hide the toll after it
        # ("A bomb exploded near a school where nine children died")
        after = rf"(?-u:\b){quoted}(?P<q>{num_no_article}){quoted}{filler}{verb}(?-u:\b)"
        # ("a 12-year-old boy was killed")
        # ("A French soldier serving with the UN mission is shot dead": a participle's phrase after the noun)
        after_article = (rf"(?-u:\b)(?P<q>(?i:an?|another))(?: (?:[\p{{L}}'’.\-]+|\d+-(?:year|month|week)-old)){{1,4}}?"
                         # ("an additional superintendent of police is killed": an "of" phrase of the noun)
                         # (or of a named body: "a Swiss staff member of the International Committee of the Red Cross")
                         rf"(?: of (?:the )?(?:[\p{{L}}\-]+(?: [\p{{L}}\-]+)?|\p{{Lu}}[^\s,;:.]*(?: (?:of |for |and )?(?:the )?\p{{Lu}}[^\s,;:.]*){{1,6}}))?"
                         rf"(?:{_SUBJECT_PARTICIPLE}(?: [\p{{L}}'’.\-]+){{1,10}}?)?"
                         # ("A second protester in two days is shot dead": the span of a series)
                         rf"(?:{_IN_A_SPAN})?,?{verb}(?-u:\b)")
        # ("killing the two men inside", "killing a family of five": the number after the article or the group)
        # ("killing a total of 22 mourners")
        # ("killing its three crew members": a possessive before the number)
        # ("killing between nine and 20 people": a range, its low end the count, see below)
        before = (rf"(?-u:\b){active} (?:(?i:the|its|their|his|her) |(?i:an?) (?:[\p{{L}}\-]+ )?(?i:family|group|household|total) of"
                  rf" |(?i:between) )?{quoted}(?P<q>{num}){quoted}(?-u:\b)")
        # "killing 14 soldiers and their interpreter", "killed 20 hostages, most of them foreigners, and two police
        # officers", "killing a woman, her three daughters and a neighbour": parts after an active verb, each a
        # number or one possessed person (the largest reading of a toll wins, see tolls)
        token = rf"(?:\d[\d,]*|{word})"
        part = rf"(?:{_POSSESSOR} )?{token}(?: {token}){{0,4}}"
        # ... or a pronoun for a victim named before: "spray the minister's car with bullets, killing him", "blow up
        # a vehicle carrying legislator X, killing him and four police officers"; a part is told with up to seven
        # words ("killing two British members of a news crew, an American soldier and ..."), and the first may be a
        # possessed person ("had killed the leader's youngest son, X, and three of his grandchildren"), alone too
        # ("then kills his mother and himself")
        # (a lean word class: the Unicode one, 50 times over, passes the regex size limit; "and" inside a part is
        # split off by sum_parts)
        # (an age is a word too: "killing a 10-year-old girl and an 18-year-old woman")
        lean = r"(?:[^\s,;:\d()\"“”]+|\d{1,3}-(?:year|month|week)-old)"
        lean_part = rf"(?:{_POSSESSOR} )?[^\s,;:()\"“”]+(?: [^\s,;:()\"“”]+){{0,5}}"
        # (a possessed person is kin or close: "killing their currency", "executing the agency's plan" are none)
        possessed = rf"{_POSSESSOR}(?: {lean}){{0,2}} {_KIN}(?:s|ren)?(?-u:\b)"
        # ... or an office ("killing the mayor of X, his wife and their driver"), or the attacker himself
        office = rf"(?i:the) (?:{lean} ){{0,2}}{_VICTIM_TITLE}(?: (?i:of|in|for) {lean}(?: {lean}){{0,2}})?"
        # (alone, more offices: "abducting 25 students and killing the vice-principal", "murdered the headmaster")
        office_alone = (rf"(?i:the) (?:{lean} ){{0,2}}(?:{_VICTIM_TITLE}|(?i:(?:vice-)?principal|headmaster|headmistress"
                        rf"|headteacher|teacher|doctor|nurse|pastor|elder|chieftain|warden|magistrate|muezzin|rabbi|deacon"
                        rf"|monk|nun|abbot|sexton|caretaker))"
                        rf"(?: (?i:of|in|for) {lean}(?: {lean}){{0,2}})?"
                        # (one person by a noun of a job, after "the" or a possessor: "kills the driver", "killing the
                        # town hall's night watchman")
                        rf"|(?i:the|its|his|their) (?:{lean} ){{0,3}}(?:{_LONE_PERSON})"
                        # ("abducting eight students and shooting dead another who resisted")
                        rf"|(?i:another)")
        # ("killing a teacher who had joined the strike movement and another villager": a relative clause in the first
        # part)
        active_parts = (rf"(?-u:\b){active} (?P<q>(?P<plist>(?:(?:(?i:the) )?(?:{num})(?: {lean}){{1,7}}"
                        rf"(?: (?:who|whom|whose)(?: {lean}){{1,7}})?|{possessed}|him|her|{office}"
                        # ("killing the driver and 11 passengers": one person by a noun of a doer, first in a list)
                        r"|himself|herself|themselves|(?i:the) (?:[^\s,;:\d()]+ ){0,2}\p{Ll}+(?:er|or|ist|man|woman|ian))"
                        # (a possessed person before the pronoun: "wounds her husband" is not "her")
                        rf"(?:, {lean_part}){{0,4}}(?:, [^,;.]{{1,40}},)?,? (?:and|as well as|along with|together with) {lean_part}|{possessed}"
                        # (an office alone, of the dead only: "murdered the village chief", "killing the governor of
                        # X"; "hurt the president" is mostly a figure of speech)
                        rf"|him|her{'|' + office_alone if kind == 'killed' else ''}))(?-u:\b)")
        # "more than 90 bodies", "the bodies of 30 people": the dead counted
        # ... and "caused 12 deaths", "twelve deaths were reported" (see the filter below)
        # ... and "the severed heads of five men": the dead shown
        bodies = (rf"(?-u:\b)(?:(?P<q>{num_no_article})(?: [\p{{L}}\-]+){{0,2}} (?:bodies|corpses|deaths|severed heads)"
                  rf"|(?:bodies|corpses|remains|severed heads) of (?P<q2>{num_no_article}))(?-u:\b)")
        taken = []
        # the passive tolls end in one of the (case-sensitive) passive words: a literal scan keeps the rest away
        passive_base = kind_base.filter(pl.col("text").str.contains_any(passive_words))
        patterns = (parts, after, after_article, before, active_parts) + ((bodies,) if kind == "killed" else ())
        for pattern in patterns:
            if pattern == parts:
                # parts joined by "and" and a count or a possessive: a lean scan for that pair first keeps most rows
                # away from the costly pattern (it matches a few in a thousand toll sentences)
                # ("and the" only before one of someone's people or an office: "and the son of a commander")
                found = find_all(passive_base.filter(pl.col("text").str.contains(
                    rf" and (?:{num}|(?i:their|his|her))(?-u:\b)") | pl.col("text").str.contains(
                    rf" and (?i:the)(?: \S+){{0,2}}? (?:{_KIN}|{_VICTIM_TITLE})(?-u:\b)")), pattern, match_col="m")
            elif pattern == after:
                # no prefilter by the pattern itself (it costs more to compile than to run), but by its number: a lean
                # scan keeps more than half of the rows away
                found = find_all(passive_base.filter(pl.col("text").str.contains(num_no_article)), pattern,
                                 match_col="m")
            else:
                found = find_matches(passive_base if pattern == after_article else kind_base, pattern, "m")
                if pattern in (before, active_parts):
                    # ("worshippers leaving a church in X, killing six Copts and a guard": a "leaving" of a place took
                    # the span of the toll after it; the search runs again after that word, on those rows only)
                    cut = (pl.col("m_start") + pl.col("m").str.extract(r"^(\S+)", 1).str.len_chars()).cast(pl.Int64)
                    again = found.filter(pl.col("m").str.contains(r"^(?i:left|leaving|leave|leaves) ")).sort(
                        "m_start").unique(["article_id", "sentence_index"], keep="first").select(
                        "article_id", "sentence_index", pl.col("text").alias("_o"), pl.concat_str([
                            pl.col("text").str.slice(0, cut).str.replace_all(r"(?s).", " "),
                            pl.col("text").str.slice(cut)]).alias("text"))
                    if again.height:
                        again = find_all(again, pattern, match_col="m").with_columns(text=pl.col("_o")).select(found.columns)
                        found = pl.concat([found, again]).unique(["article_id", "sentence_index", "m_start"], keep="first",
                                                                 maintain_order=True)
            # every group at once, right after the search: polars keeps only 32 compiled patterns per thread, so a
            # later use of a costly pattern compiles it again ("q" is group 1, "rest" group 2)
            # a year is a date, not a toll ("In December 2019, a US airstrike killed dozens"); "feared dead" is a fear
            found = found.with_columns(pl.col("m").str.extract_groups(pattern).alias("_groups")).unnest("_groups")
            if pattern == active_parts:
                # every part counted; a part that is no count ("wounding 20", "their children") voids the reading
                # the list ends where another verb's clause begins ("killed a teacher and a pupil and wounded two")
                # ... and a killing in sequence after it is a toll added to it ("shoots dead eight people at a bar,
                # then kills his brother and himself")
                cut = r"(?:,? and|,) (?:(?:then|also|later|subsequently) )?(?:wound|injur|hurt|kill|leav|left|shoot|shot|murder)\S*(?: .*)?$"
                sequel = pl.col("plist").str.extract(
                    r"(?:,? and|,) (?:then|also|later|subsequently) (?:kill\S*|murder\S*|(?:shoots?|shot|shooting) dead) (.+)$", 1)
                sequels = sum_parts(found.with_columns(_sequel=sequel).filter(pl.col("_sequel").is_not_null()),
                                    "_sequel", "n", num, reference).filter(pl.col("n_min").is_not_null())
                out.append(sequels.select("article_id", "sentence_index", pl.lit(kind).alias("kind"), "n_min", "n_max",
                                          (pl.col("m_end") - pl.col("_sequel").str.len_chars()).alias("c_start"),
                                          pl.col("m_end").alias("c_end"), backward=pl.lit(False), other=pl.lit(False),
                                          more=pl.lit(False), adds=pl.lit(True), sequel=pl.lit(True)))
                found = found.with_columns(pl.col("plist").str.replace(cut, ""))
                # ("leaving 36 attackers, ten policemen and seven civilians dead": the last part ran on to "dead")
                trail = pl.col("m").str.contains(r"^(?i:left|leaving|leave|leaves) ") & pl.col("plist").str.ends_with(" dead")
                found = found.with_columns(plist=pl.when(trail).then(pl.col("plist").str.slice(0, pl.col("plist").str.len_chars() - 5))
                                           .otherwise("plist"),
                                           m=pl.when(trail).then(pl.col("m").str.slice(0, pl.col("m").str.len_chars() - 5))
                                           .otherwise("m"),
                                           m_end=pl.when(trail).then(pl.col("m_end") - 5).otherwise("m_end"))
                # ("the 2019 champion and ...": a year after "the" is no count, the parts are read below)
                found = found.with_columns(q=pl.when(pl.col("plist").str.contains(r"^(?i:the) (?:19|20)\d\d ")).then(
                    pl.lit("one")).otherwise(pl.coalesce(pl.col("plist").str.extract(rf"^(?:(?i:the) )?({num})", 1),
                                                         pl.lit("one"))))
                # (one by a noun of a job alone too: "police shot dead the driver" is the attacker met by force)
                pronoun = pl.col("plist").str.contains(r"^(?:him|her)(?:$|,| and | as well as )") | pl.col(
                    "plist").str.contains(rf"^(?:(?i:the|its|his|their) .*(?:{_LONE_PERSON})|(?i:another))$")
                found = found.filter(
                    # "her" alone is a victim, not "her husband" (nor "another" before a count: "kills another 15")
                    ~pl.col("plist").is_in(["him", "her", "another", "Another"]) | pl.col("text").str.slice(pl.col("m_end"), 12).str.contains(
                        r"^(?:$|[,.;:]| (?:and|as|while|before|after|in|on|at|with|outside|near|inside|when|instantly|who)(?-u:\b))"),
                    # "police opened fire on the attacker, killing him": the attacker's death is no toll (police
                    # as the subject of a use of force; not "exploded as police experts tried to remove it, killing
                    # her and a bomb-disposal officer", "ambushed a police patrol, killing him")
                    ~pronoun | ~pl.col("text").str.slice(0, pl.col("m_start")).str.extract(r"([^;.]*)$", 1).str.contains(
                        r"(?i:police|officers?|troops|soldiers|guards?|security forces|sniper|marksm[ae]n|agents"
                        r"|bystanders|passers-by|commandos)(?: [\p{L}\-]+){0,3}? (?:open(?:s|ed|ing)? fire|returned|returns?"
                        r"|fired|fires?|firing|shot|shoots?|stormed|storms?|raided|raids?|engaged|confronted|tackled|chased"
                        r"|cornered|surrounded|overpowered|intercepted|pursued|killed|kills?)(?-u:\b)"),
                    # ("before police shot dead the driver": the force the subject of the verb itself)
                    ~pronoun | ~pl.col("text").str.slice(0, pl.col("m_start")).str.contains(
                        r"(?i:police|policemen|officers?|troops|soldiers|guards?|security forces|snipers?|marksm[ae]n|agents"
                        r"|commandos|forces)(?: [\p{L}\-]+){0,2}? $"))
            if pattern == bodies:
                found = found.with_columns(q=pl.coalesce("q", "q2"))
                # deaths counted only as such ("caused 12 deaths", "nine civilian deaths"), not deaths to prevent or
                # of a kind ("will prevent nearly 3,000 premature deaths", "to avoid up to 3,900 deaths annually")
                found = found.filter(~pl.col("m").str.ends_with("deaths") | (
                    pl.col("m").str.contains(r"^\S+(?: \S+)?(?: (?:confirmed|reported|civilian|more|other|new))? deaths$")
                    & ~pl.col("text").str.contains(r"(?i:prevent|avoid|avert|sav(?:e|es|ed|ing) |reduc|premature|annual"
                                                   r"|per year|a year|each year|every year|could|would|projected|expected)")))
            found = found.filter(
                ~pl.col("q").str.contains(r"^(?:19|20)\d\d$"),
                # ("was shot several times and badly wounded": a count of shots, no people)
                ~pl.col("text").str.slice(pl.col("m_start")).str.contains(r"^(?:\S+ ){0,3}?(?i:several|many|two|three|four"
                                                                          r"|five|six|\d+) times(?-u:\b)"),
                # ("blows himself up, killing no one else": the attacker alone died, no toll)
                ~(pl.col("q").str.to_lowercase().is_in(["no", "none", "nobody", "no one", "no-one"])
                  & pl.col("text").str.slice(pl.col("m_end"), 12).str.contains(r"^ (?:else|but|except|other than|besides)(?-u:\b)")),
                ~pl.col("m").str.contains(r"(?i:(?-u:\b)(?:feared|presumed|missing|believed)(?: to (?:be|have))? (?:dead|died|killed))"),
                # ("the 60 still under the rubble are most likely dead", "are probably dead": a guess, no toll)
                ~pl.col("m").str.contains(r"(?i:(?-u:\b)(?:likely|probably|possibly|presumably|thought to be|assumed) dead$)"),
                # "could die", "will die", "to die": no death told, nor "die every year" (a rate)
                ~pl.col("m").str.contains(r"(?i:(?-u:\b)(?:could|would|will|may|might|to|not|never|can|cannot|should|must|n't|did|do|does)(?: \S+)? dies?$)"),
                ~(pl.col("m").str.contains(r"(?-u:\b)dies?$") & pl.col("text").str.slice(pl.col("m_end"), 40).str.contains(
                    r"^(?: \S+){0,3} (?:every|each|a|per) (?:day|year|week|month|hour)|^ (?:annually|yearly|daily)")),
                # "fatally wounding him" is a death
                ~pl.col("text").str.slice(0, pl.col("m_start")).str.ends_with("fatally "),
                # a threat or an aim is no toll: "threatens to kill him", "vowed to kill the hostages", "will kill
                # them", "could injure dozens" (a bare verb after "to" or a modal; not "is said to have killed 40")
                ~(pl.col("m").str.contains(r"^(?i:kill|wound|injure|hurt|leave|shoot|murder|execute|claim|cost|stab|hack|behead|lynch"
                                           r"|beat|burn|massacre|slaughter|gun) ")
                  & pl.col("text").str.slice(0, pl.col("m_start")).str.contains(
                      r"(?i:(?-u:\b)(?:to|will|would|could|may|might|can|cannot|should|must|shall|n't|not|never)"
                      r"(?: [a-z]+ly)? $)")))
            if pattern in (before, active_parts) and kind == "wounded":
                # "sends 16 people to hospital" only with its hospital; "stabbed two people to death" (or "..., killing
                # one") are dead, not hurt (a fatal share is read by _fatal_share)
                after_count = pl.col("text").str.slice(pl.col("m_end"), 70)
                found = found.filter(
                    # ("slashed 20 percent of the budget": no people)
                    ~pl.col("m").str.contains(r"^(?i:sen[dt]|slash|sicken)") | ~after_count.str.contains(
                        r"^ ?(?:%|percent|per cent|million|billion|thousand|dollars|euros|pounds|jobs|points|seats)(?-u:\b)"),
                    ~pl.col("m").str.contains(r"^(?i:sen[dt])") | after_count.str.contains(
                        r"^(?: [\p{L}\-]+){0,4}? to (?:a |the )?(?:local )?hospitals?(?-u:\b)"),
                    ~pl.col("m").str.contains(r"^(?i:stab|slash|knif)") | ~after_count.str.contains(
                        r"^[^;.]*?(?-u:\b)(?:to death|dead|fatally|mortally|killing|kills|killed|died|dies)(?-u:\b)"
                        # ("stabs a guard; the guard shoots him before dying")
                        r"|^[^.]*?(?-u:\b)before dying(?-u:\b)"),
                    # ("A guard dies of stab wounds after an attacker knifes him": the one who died, told before)
                    ~pl.col("m").str.contains(r"^(?i:stab|slash|knif)\S* (?:him|her)$") | ~pl.col("text").str.slice(
                        0, pl.col("m_start")).str.contains(r"(?-u:\b)(?:dies|died|is killed|was killed|killed|dead)(?-u:\b)"),
                    # ("kills and wounds a number of people", "a group of"): no count told
                    ~(pl.col("q").str.to_lowercase().is_in(["a", "an"]) & after_count.str.contains(
                        r"^(?: \p{Ll}+){0,2} (?:number|lot|host|series|group|crowd)(?-u:\b)")))
            if pattern in (before, active_parts, bodies) and kind == "killed":
                # "leaving 10 people dead" is a toll, "leaving one wounded" is not; "stabbed 36 people" only "to death"
                # ("left at least 29 worshippers and police officers dead": a noun list before "dead"; not "leaving
                # 20 wounded and one dead")
                left_dead = pl.col("text").str.slice(pl.col("m_end"), 80).str.extract(r"^((?:,? [\p{L}\-]+){0,7}?) dead", 1)
                found = found.filter(~pl.col("m").str.contains(r"^(?i:left|leaving|leave) ") | (
                    left_dead.is_not_null() & ~left_dead.str.contains(r"(?i:wound|injur|hurt)|(?-u:\b)(?:one|two|three|several|dozens)(?-u:\b)")
                    # ("leaving 15 soldiers dead or wounded": no count of the dead)
                    & ~pl.col("text").str.slice(pl.col("m_end"), 90).str.contains(
                        r"^(?:,? [\p{L}\-]+){0,7}? dead,? (?:or|and/or) (?:\p{Ll}+ly )?(?:wounded|injured|hurt)")))
                found = found.filter(~pl.col("m").str.contains(r"^(?i:(?:\S+ and )?(?:stab|hack|beat|burn|ston|club|bludgeon|slash))")
                                     | pl.col("m").str.contains(r" (?:to death|alive) ") | pl.col("text").str.slice(
                    pl.col("m_end"), 40).str.contains(r"^(?: [\p{L}\-,]+){0,4} (?:to death|alive)"))
                # ("killed a large number of militants", "a handful of": no count told)
                found = found.filter(~(pl.col("q").str.to_lowercase().is_in(["a", "an"]) & pl.col("text").str.slice(
                    pl.col("m_end"), 30).str.contains(r"^(?: \p{Ll}+){0,2} (?:number|lot|host|series|group|crowd)(?-u:\b)")))
                # ("the massacre 20 years ago", "a murder two weeks earlier": a noun and a time, no toll)
                found = found.filter(~pl.col("text").str.slice(pl.col("m_end"), 12).str.contains(
                    r"^ (?:years?|months?|weeks?|days?|hours?|minutes?|decades?)(?-u:\b)"),
                    # ("a death penalty for anyone who murders a police officer": a kind of doer, no event)
                    ~pl.col("text").str.slice(0, pl.col("m_start")).str.contains(
                        r"(?i:(?-u:\b)(?:anyone|anybody|whoever|someone|somebody|those) (?:who )?$)"))
                # "claimed 30 lives", "costing 12 lives" are tolls, "claimed 3 attacks" is not
                lives = pl.col("text").str.slice(pl.col("m_end"), 30).str.contains(r"^(?: [\p{L}\-]+)? lives(?-u:\b)")
                found = found.filter(~pl.col("m").str.contains(r"^(?i:claim|cost)") | pl.col("m").str.contains(
                    r"^(?i:claim[a-z]* the lives of)") | (lives if pattern == before else pl.lit(False)))
            if pattern == after:
                # "No one was killed but three people were injured": the "no" is another clause's, the count after
                # "but" is this verb's
                no_but = pl.col("q").str.to_lowercase().is_in(["no", "none", "nobody", "no one"]) & pl.col("m").str.contains(
                    r" (?:but|while|although|though|however|yet|whereas) ")
                tail = pl.col("m").str.extract(r"^.* (?:but|while|although|though|however|yet|whereas) (.*)$", 1)
                found = found.with_columns(
                    m=pl.when(no_but).then(tail).otherwise("m"),
                    m_start=pl.when(no_but).then(pl.col("m_end") - tail.str.len_chars()).otherwise("m_start"),
                    q=pl.when(no_but).then(tail.str.extract(rf"^{quoted}({num_no_article}){quoted}(?-u:\b)", 1))
                    .otherwise("q")).filter(pl.col("q").is_not_null())
                # "No consulate staff are hurt", "no Americans were injured": a group spared tells no toll of all
                # (nor does "the area was cleared and nobody is hurt" add one to an "a" before it, see parts)
                # ("No soldiers or civilians were killed or injured": both sides named, no one)
                # ("no police officers or bystanders were hurt")
                found = found.filter(~(pl.col("q").str.to_lowercase() == "no") | pl.col("m").str.contains(
                    r"^(?i:no (?:people|persons|one)(?-u:\b)|no (?:\S+ )?\S+ (?:or|and) )"))
                # "Two days later, five soldiers were killed", "two weeks ago when three soldiers were killed": a time
                # before the toll (the toll is the next number)
                timed = pl.col("m").str.extract_groups(
                    r"^(?P<_lead>\S+ (?:\S+ )?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)(?-u:\b)"
                    rf"[^\d]*? )(?P<_q2>{num_no_article})(?-u:\b)")
                found = found.with_columns(timed.alias("_t")).unnest("_t")
                lead = pl.col("_lead").str.len_chars().fill_null(0)
                found = found.with_columns(m=pl.col("m").str.slice(lead), m_start=pl.col("m_start") + lead,
                                           q=pl.coalesce("_q2", "q")).drop("_lead", "_q2")
                # "Two employees of the embassy are among six people killed", "a child was among at least 12 dead":
                # the part is within the whole, the whole is the toll
                among = pl.col("m").str.extract_groups(
                    rf"^(?P<_lead>.*? among (?:(?i:the|those) )?)(?P<_q2>{num_no_article})(?-u:\b)")
                found = found.with_columns(among.alias("_t")).unnest("_t")
                lead = pl.col("_lead").str.len_chars().fill_null(0)
                found = found.with_columns(m=pl.col("m").str.slice(lead), m_start=pl.col("m_start") + lead,
                                           q=pl.coalesce("_q2", "q")).drop("_lead", "_q2")
                # "Two of the four workers kidnapped last week have been found dead": the share before the count is
                # the toll (not "Three of the 10 people killed were children": a bare participle, the whole killed)
                share_before = pl.col("text").str.slice(0, pl.col("m_start")).str.extract(
                    rf"(?:^|[^\p{{L}}\d])((?i:{num_no_article})) of (?i:the|those|these) $", 1)
                found = found.with_columns(q=pl.when(share_before.is_not_null() & pl.col("m").str.contains(
                    r" (?:were|are|was|is|have been|has been|had been)(?: \S+){0,3}$")).then(share_before).otherwise("q"))
                # "shot 10 girls, five of whom died", "wounding 30 people, four of them fatally ... died": the dead are
                # the share; of those shot or stabbed, the rest survived wounded
                share = pl.col("m").str.extract_groups(
                    rf"^(?P<_lead>.*?, )(?P<_share>\S+(?: \S+)?) of (?:whom|them)(?: later| subsequently)?{be} {passive}$")
                found = found.with_columns(share.alias("_sh")).unnest("_sh")
                found = parse_quantity(found, "_share", "_share", reference)
                shared = found.filter(pl.col("_share_min").is_not_null() | pl.col("_share_max").is_not_null())
                if kind == "killed":
                    shot = parse_quantity(shared, "q", "_all", reference).filter(pl.col("text").str.slice(
                        0, pl.col("m_start")).str.contains(r"(?i:(?-u:\b)(?:shot|shoots|shooting|stabbed|stabs|stabbing) $)"))
                    out.append(shot.select(
                        "article_id", "sentence_index", pl.lit("wounded").alias("kind"),
                        (pl.col("_all_min") - pl.col("_share_max")).alias("n_min"),
                        (pl.col("_all_max") - pl.col("_share_max")).alias("n_max"),
                        pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"), backward=pl.lit(False),
                        other=pl.lit(False)))
                lead = pl.col("_lead").str.len_chars().fill_null(0)
                found = found.with_columns(m=pl.col("m").str.slice(lead), m_start=pl.col("m_start") + lead,
                                           q=pl.coalesce("_share", "q"), _shared=lead > 0).drop(
                    "_lead", "_share", "_share_min", "_share_max")
            if pattern not in (before, active_parts, bodies):
                after_verb = pl.col("text").str.slice(pl.col("m_end"), 25)
                before_number = pl.col("text").str.slice(0, pl.col("m_start"))
                found = found.filter(
                    # ("the three attackers were the only dead", "a man is killed by his own bomb", "dies when his
                    # own bomb goes off": only the attacker died)
                    ~pl.col("m").str.contains(r"(?i:attacker|bomber|gunm[ae]n|assailant|shooter|perpetrator|hijacker"
                                              r"|suspect|militant)s? (?:is|was|were|are) the only(?-u:\b)"
                                              r"|^(?i:no|none|nobody|no one)(?: one)? (?:else|but|except|other than|apart from|besides)(?-u:\b)"),
                    # ("are killed near X when a roadside bomb they are burying goes off": a place or a time between)
                    ~pl.col("text").str.slice(pl.col("m_end"), 120).str.contains(
                        r"^(?: [^\s,;.]+){0,6}?,? (?:by|when|as|after) (?:(?:his|her|their) own (?:[\p{L}\-]+ )?(?:bomb|explosive|device|grenade|vest"
                        r"|belt|mine|rocket)s?|(?:the|an?) (?:[\p{L}\-]+ ){0,2}(?:bomb|explosives?|device|grenade|mine)s? (?:he|she|they)"
                        r" (?:was|were|had been|is|are) (?:carrying|planting|making|building|handling|assembling|setting|burying"
                        r"|laying|placing|preparing|transporting))(?-u:\b)"),
                    # ("..., but the only person killed was the man carrying the bomb": a count before it is another
                    # clause's, and the one killed is told after it)
                    ~pl.col("m").str.contains(r"(?i:the only (?:\S+ )?(?:person|one|people|man|woman|victim|fatality"
                                              r"|casualty|death)s? (?:killed|dead|who died|to die)$)"),
                    # "The bomber was the only one killed": the attacker's death is no toll
                    ~before_number.str.contains(r"(?i:attacker|bomber|gunman|assailant|shooter|perpetrator|hijacker"
                                                r"|suspect)s? (?:is|was|were|are) the only $"),
                    # "kills 49 people and wounds 53 ... before being shot dead": 53 is the object of "wounds"
                    # (and "X, a judge who had presided over several trials, is stabbed to death": the object of a
                    # preposition is no subject)
                    ~before_number.str.contains(
                        r"(?:(?i:(?:kill|wound|injur|hurt)[a-z]*)|(?-u:\b)(?:over|in|on|at|into|against|about|than|from)) $"),
                    # ("X, who had defended several leaders in land disputes, is shot dead": the object of a relative
                    # clause is no subject)
                    # ("in which police say six civilians were killed": a report of the toll is no object)
                    ~before_number.str.contains(r"(?-u:\b)(?:who|whom|which)(?: [\p{Ll}\-]+){1,3} $")
                    | before_number.str.contains(r"(?-u:\b)(?:say|says|said|report|reports|reported|confirm|confirms|confirmed) $"),
                    # ("a son of the slain governor", "the widow of a murdered activist": a word of the noun phrase
                    # after an article is no verb of the dead)
                    ~pl.col("m").str.contains(r"(?-u:\b)(?i:the|an?|his|her|their|its) (?:slain|murdered|assassinated|killed|dead"
                                              r"|massacred|beheaded|lynched)$"),
                    # "Journalist X, 29, was shot dead": an age
                    ~(pl.col("m").str.contains(r"^\d{1,3},") & before_number.str.contains(r"\p{L}, $")),
                    # "a reporter for Channel 4 television, is found shot dead": a figure inside a name
                    ~(pl.col("m").str.contains(r"^\d{1,2} \p{Ll}") & before_number.str.contains(
                        r"[^.;:!?\s] \p{Lu}[\p{Ll}\-]+ $") & ~before_number.str.contains(_NAME_BEFORE_COUNT)
                      # ("In Kabul 5 soldiers were killed": a place that opens the sentence)
                      & ~before_number.str.contains(r"^(?:\S+ )?\p{Lu}[\p{Ll}\-]+ $")),
                    # "... two others before a sniper shot him dead", "... before being shot dead": another's death
                    ~(pl.col("m").str.contains(r"(?-u:\b)(?:(?:him|her|them) dead$|(?:before|after|while|until) )")
                      & ~pl.col("m").str.contains(r" of (?:them|us|those) dead$")),
                    # a date ("September 10, leader X was assassinated"), a model ("an AR-15 ... gunned down") or a
                    # span of time ("10 months after X was assassinated") is no count of people
                    ~before_number.str.contains(r"(?:(?:January|February|March|April|May|June|July|August|September"
                                                r"|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.? |\p{L}-)$"),
                    # ("A second protester was shot dead": an ordinal after "a", no span of time)
                    ~pl.col("m").str.slice(pl.col("q").str.len_chars()).str.contains(
                        r"^ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)(?:[ ,;]|$)")
                    | (pl.col("q").str.contains(r"^(?i:an?)$") & pl.col("m").str.slice(pl.col("q").str.len_chars()).str.contains(
                        r"^ second (?:[\p{L}\-]+ )*?(?:is|was|has been|had been) ")),
                    # "to be lynched", "could be killed": no death told ("people believed to be militants are
                    # killed" has a verb of its own after "be")
                    ~pl.col("m").str.contains(
                        r"(?i:(?-u:\b)(?:could|would|will|may|might|to|can|cannot|should|must|n't)(?: \S+)? be(?: \S+){1,4}$)")
                    | pl.col("m").str.contains(r" to be (?:\S+ ){1,3}(?:are|were|is|was|have been|has been|had been) \S+"))
                if kind == "killed":
                    # "300 people were killed or injured": no count of the dead ("No one was killed or injured" is)
                    none = pl.col("q").str.to_lowercase().is_in(["no", "none", "nobody", "no one"])
                    found = found.filter(none | ~(pl.col("m").str.contains(r"(?:killed|dead)$") & after_verb.str.contains(
                        r"^ or (?:injured|wounded|hurt)(?-u:\b)")), none | ~pl.col("m").str.contains(
                        r"(?:injured|wounded|hurt) or (?:killed|dead)$"))
                if kind == "wounded":
                    # "thousands have been killed and wounded": the wounded are not counted apart; "fatally wounded"
                    # are dead
                    found = found.filter(~pl.col("m").str.contains(
                        r"(?:(?:killed|dead|died|murdered),? and(?: then| later| subsequently)?|fatally|mortally)"
                        r" (?:wounded|injured|hurt)$"))
                    # ... nor "killed or wounded" ("No one was killed or injured" is none of either)
                    found = found.filter(pl.col("q").str.to_lowercase().is_in(["no", "none", "nobody", "no one"])
                                         | ~pl.col("m").str.contains(r"(?:killed|dead|died|murdered) or (?:wounded|injured|hurt)$"))
                # "Two bombs killed 42 people": an active verb, the number after it is the toll;
                # "42 people and wounded 65": the verb belongs to another subject
                found = found.filter(~after_verb.str.contains(rf"^ {quoted}(?:{num})(?-u:\b)"),
                                     ~(pl.col("m").str.contains(rf" and{be} {passive}$")
                                       & ~pl.col("m").str.contains(rf"{chained}$")))
                # "Four attackers murdered the village chief", "Two gunmen killed Judge X": a bare verb with an object
                # is active, its subject no toll (not "Two soldiers killed Monday in ...", a headline's passive)
                bare_verb = pl.col("m").str.contains(r"(?-u:\b)(?:killed|murdered|slain|assassinated|beheaded|lynched"
                                                     r"|gunned down|shot dead)$") & ~pl.col("m").str.contains(
                    r"(?-u:\b)(?:were|are|was|is|been|being|be)(?: \S+){1,3}$")
                # ("Two men on a motorcycle shoot dead a judge": a present active verb, its subject the killers)
                found = found.filter(~pl.col("m").str.contains(r"(?-u:\b)(?:shoot|shoots|gun|guns) (?:dead|down)$"))
                found = found.filter(~(bare_verb & after_verb.str.contains(
                    r"^ (?:(?i:the|his|her|their|its|him|them|himself|herself|themselves)(?-u:\b)|\p{Lu}\p{Ll}*(?: \p{Lu}|,? (?:a|an|the)"
                    r" )|\p{Lu}[\p{L}\-]+ \p{Lu})")
                    & ~after_verb.str.contains(r"^ (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January"
                                               r"|February|March|April|May|June|July|August|September|October|November"
                                               r"|December)(?-u:\b)")))
            # "a"/"an" is a count only next to its noun phrase ("a policeman was killed", "a U.S. civilian contractor
            # was killed"), not across a clause ("an Israeli couple are murdered": the couple is the count; "a bomb
            # exploded near a school where three children died")
            words = pl.col("m").str.slice(pl.col("q").str.len_chars()).str.replace(rf"{verb}$", "").str.replace_all(
                _TOLL_ASIDE, "").str.replace_all(_DASH_ASIDE, "").str.replace(rf"{_SUBJECT_PARTICIPLE} .*$", "").str.replace(
                rf"{_IN_A_SPAN}$", "")
            noun_words = words.str.replace_all(rf"(?i: and (?:{num}|their|his|her|the))(?-u:\b)", "") if pattern == parts else words
            found = found.filter(
                (pattern in (before, active_parts)) | ~pl.col("q").str.to_lowercase().is_in(["a", "an", "another"]) | (
                    # (an "of" phrase is part of the noun: "an additional superintendent of police")
                    ((noun_words.str.replace(r" of (?:the )?(?:\p{Lu}\S*(?: (?:of |for |and )?(?:the )?\p{Lu}\S*)+|\S+)", "")
                      if pattern == after_article else noun_words)
                     .str.count_matches(r" \p{Ll}") <= 3)
                    & ~noun_words.str.contains(_NOT_A_NOUN_PHRASE)),
                # "... bombed in central Iraq and a muezzin is killed": the toll of the second subject
                (pattern in (parts, active_parts)) | ~words.str.contains(rf"(?i:(?-u:\b)and (?:{num}))(?-u:\b)"))
            found = parse_quantity(found, "q", "n", reference)
            # ("another soldier was seriously wounded": one more)
            found = found.with_columns([pl.when(pl.col("q").str.to_lowercase() == "another").then(pl.lit(1, pl.Int32))
                                        .otherwise(pl.col(c)).alias(c) for c in ("n_min", "n_max")])
            # "Between 60 and 80 people were killed": the range's low end is the minimum
            low = pl.col("text").str.slice(0, pl.col("m_start")).str.extract(rf"(?i:between) ({num_no_article}) and $", 1)
            found = parse_quantity(found.with_columns(_low=low), "_low", "_low", reference).with_columns(
                n_min=pl.coalesce("_low_min", "n_min")).drop("_low", "_low_min", "_low_max")
            if pattern == before:
                # "killing between nine and 20 people": the low end the least, the high end the most
                ranged = pl.col("m").str.slice(0, pl.col("m").str.len_chars() - pl.col("q").str.len_chars()).str.contains(
                    r" (?i:between) [\"“”]?$")
                high = pl.when(ranged).then(pl.col("text").str.slice(
                    pl.col("m_end")).str.extract(rf"^ and ({num_no_article})(?-u:\b)", 1))
                found = parse_quantity(found.with_columns(_high=high), "_high", "_high", reference).with_columns(
                    n_max=pl.when(pl.col("_high").is_not_null()).then("_high_max").otherwise("n_max")).filter(
                    pl.col("_high").is_not_null() | ~ranged).drop(
                    "_high", "_high_min", "_high_max")
            # "at least nine other people": the one named before is dead too
            other = (pl.col("text").str.slice(pl.col("m_end"), 7).str.contains(r"^ other(?-u:\b)")
                     | pl.col("m").str.contains(rf"^{quoted}(?:{num}){quoted} other(?-u:\b)"))
            if kind == "wounded":
                # "killed a guard and wounded two other people": the others are other than the dead
                other = other & ~pl.col("text").str.slice(0, pl.col("m_start")).str.contains(
                    r"(?i:(?-u:\b)(?:kill|dead|died|dies?(?-u:\b)|slain|shot dead|to death))")
            found = found.with_columns([pl.when(other).then(pl.col(c) + 1).otherwise(pl.col(c)).alias(c)
                                        for c in ("n_min", "n_max")] + [other.alias("other")])
            if pattern == active_parts:
                # "raised the toll to 57 dead, ..., and 119 wounded": the first part is a whole toll, the second
                # another kind
                found = found.filter(
                    ~pl.col("plist").str.contains(r"(?-u:\b)(?:dead|killed|died|wounded|injured|hurt)(?-u:\b)"),
                    ~pl.col("text").str.slice(pl.col("m_end"), 40).str.contains(
                        r"^(?: [\p{L}\-]+){0,3} (?:were |are )?(?:wounded|injured|hurt)(?-u:\b)")
                    | pl.col("text").str.slice(pl.col("m_end"), 40).str.contains(r"^,? and (?:wounded|injured|hurt)(?-u:\b)")
                    # ("killed four policemen ... outside a bank in Benghazi and wounded 12 others": a verb and its count)
                    | pl.col("text").str.slice(pl.col("m_end"), 60).str.contains(
                        r"^(?: [\p{L}\-]+){0,3},? and (?:wounded|injured|hurt) (?:\d|(?i:at least|more than|dozens|scores"
                        r"|several|many|hundreds|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?)(?-u:\b))"))
                # ("killing himself and wounding three" counts no one)
                found = sum_parts(found.drop("n_min", "n_max"), "plist", "n", num, reference).filter(
                    (pl.col("n_min") > 0) | (pl.col("n_max") > 0))
            if pattern == parts:
                # the parts are nouns: "two militants are killed and 5 wounded" is not 7 wounded
                found = found.filter(~pl.col("rest").str.contains(
                    r"(?-u:\b)(?:are|is|were|was|been|killed|dead|died|die|dies|wounded|injured|hurt)(?-u:\b)"),
                    ~_ends_in_a_verb(pl.col("rest").str.replace(rf" and (?:{num}|(?i:their|his|her|the))$", "")))
                # ("a warning call allowed police to clear the area and nobody is hurt": no parts of a toll)
                found = found.filter(~pl.col("rest").str.contains(r" and (?i:no|nobody|none|no one|no-one)$"))
                # "... and their interpreter" is one, "... and their families" none
                after_rest = pl.col("m").str.slice(pl.col("q").str.len_chars() + pl.col("rest").str.len_chars())
                possessed_one = pl.col("rest").str.contains(r" (?i:their|his|her)$") & ~after_rest.str.contains(
                    r"^(?: \S+){0,2} (?:\S+[^s\W]s|children|people|men|women|police|staff|family|crew|relatives)(?-u:\b)")
                # ("Two soldiers and the 13-year-old son of a commander were killed": "the" and one of someone's
                # people is one; "and the attackers", "and the gunman" no part of it)
                the_one = pl.col("rest").str.contains(r" (?i:the)$") & after_rest.str.contains(
                    rf"^(?: (?:[\p{{Ll}}\-]+|\d+-(?:year|month|week)-old)){{0,2}}? (?:{_KIN}|{_VICTIM_TITLE})"
                    r"(?: (?:of|to|in|for) [^,;]{1,60}?)?,?(?: (?:were|are|was|is|have|has|had|also|all|reportedly))")
                second = found.with_columns(q2=pl.coalesce(pl.col("rest").str.extract(rf" and ({num})$", 1),
                                                           pl.when(possessed_one | the_one).then(pl.lit("one"))))
                second = parse_quantity(second, "q2", "n2", reference)
                found = second.with_columns(n_min=pl.col("n_min") + pl.col("n2_min"),
                                            n_max=pl.col("n_max") + pl.col("n2_max")).filter(
                    pl.col("n_min").is_not_null() | pl.col("n_max").is_not_null() | pl.col("n2_min").is_not_null()
                    | pl.col("n2_max").is_not_null())
            # a toll added to one told before: "kills three more", "another 12 were killed" (here or in the sentence
            # before), "kills nine people at two bars, then kills his mother" (the same verb again, in sequence)
            object_first = pattern in (before, active_parts, bodies)
            after_q = (pl.col("text").str.slice(pl.col("m_end"), 6) if pattern == before
                       else pl.col("m").str.slice(pl.col("q").str.len_chars(), 6))
            # (or any toll of a sentence that opens "Also," or "In addition,": dev inc-0150 sums it)
            more = pl.col("q").str.contains(r"^(?i:another)(?: |$)") | (
                # ("..., and two more bodies were found on Monday": more dead found)
                pl.lit(pattern in (before, after, parts) or (kind == "killed" and pattern == bodies))
                & after_q.str.contains(r"^ more(?-u:\b)")) | pl.col(
                "text").str.contains(r"^(?:Also|In addition), ")
            then = pl.lit(object_first) & pl.col("text").str.slice(0, pl.col("m_start")).str.contains(
                r"(?i:(?-u:\b)(?:then|also|later|subsequently) $)")
            # ("an explosion that also killed nine other people": "other" counts the one before already; "officials
            # later raised the toll to 88" is the whole toll revised)
            then = then & ~pl.col("other") & ~pl.col("m").str.contains(r"(?i:(?-u:\b)toll(?-u:\b))")
            found = found.select("article_id", "sentence_index", pl.lit(kind).alias("kind"), "n_min", "n_max",
                                 pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"),
                                 # "..., killing 11 people": a participle tells the toll of the clause before it
                                 backward=pl.lit(pattern in (before, active_parts)) & pl.col("m").str.contains(
                                     r"^\p{L}+ing "), other="other", more=more & ~pl.col("other"), adds=(more | then) & ~pl.col("other"),
                                 # "three of whom died": a share of those told before, no subject with parts of its own
                                 shared=pl.col("_shared") if "_shared" in found.columns else pl.lit(False),
                                 subject=pl.lit(pattern in (parts, after, after_article)))
            # a span already read as parts is not read again as one number
            for earlier in taken if pattern in (after, after_article) else []:
                found = found.join(earlier, on=["article_id", "sentence_index"], how="left").filter(
                    pl.col("_s").is_null() | (pl.col("_e") <= pl.col("c_start")) | (pl.col("_s") >= pl.col("c_end"))
                    # parts read inside an aside of a longer toll ("Seven aid workers, including three Britons and a
                    # Pole, were killed") leave the whole toll standing
                    | (pl.col("_s") > pl.col("c_start"))
                ).drop("_s", "_e").unique()
            taken.append(found.select("article_id", "sentence_index", pl.col("c_start").alias("_s"),
                                      pl.col("c_end").alias("_e")))
            out.append(found)
            # ("A rebel commander was killed together with three of his fighters": "along with" adds to a "a" too)
            if kind == "killed" and pattern in (parts, after, after_article):
                subject_tolls.append(found)
            if pattern in (parts, after, after_article):
                # "X and two other people were killed": the one before is counted already
                # (not a toll of "more": "..., and two more died on Tuesday" lists nothing before it)
                # ("King X, Queen Y and seven other members of the family": two or more before "other", see below)
                subject_readings.append(found.filter(~pl.col("shared"), ~pl.col("more")).select(
                    "article_id", "sentence_index", "kind", "n_min", "n_max", "c_start", "c_end", "other"))
        # "eight women and children died", "Five soldiers and policemen were killed": one count over two nouns joined by
        # "and" (a count or a possessive after "and" is a part of its own, read above)
        # ("dozens of soldiers, policemen and rebels are reported killed": a list of nouns under one count)
        counted_nouns = (rf"(?-u:\b)(?P<q>{num_no_article})(?: [\p{{Ll}}\-]+| \p{{Lu}}[\p{{Ll}}\-]+){{1,2}}"
                         rf"(?:, [\p{{Ll}}\-]+(?: [\p{{Ll}}\-]+)?){{0,3}},? and"
                         rf" (?P<second>\p{{Ll}}[\p{{Ll}}\-]*)(?: [\p{{Ll}}\-]+)?{be} {passive}(?-u:\b)")
        nouns = find_matches(passive_base.filter(pl.col("text").str.contains(" and ", literal=True)), counted_nouns, "m")
        nouns = nouns.with_columns(pl.col("m").str.extract_groups(counted_nouns).alias("_g")).unnest("_g").filter(
            ~pl.col("second").is_in([*reference.quantity_words["word"].to_list(), "the", "their", "his", "her", "its"]),
            # ("abducting six students and shooting dead another": a participle after "and" is a verb, no noun)
            ~pl.col("second").str.contains(r"ing$") | pl.col("second").is_in(["offspring", "siblings"]),
            ~pl.col("m").str.contains(r"(?-u:\b)(?:are|is|were|was|been|killed|dead|died|wounded|injured|hurt) and "),
            ~pl.col("m").str.contains(rf", (?:{num}|the|their|his|her|its)(?-u:\b)"),
            # ("was shot several times and badly wounded": shots, no people)
            ~pl.col("m").str.contains(r"^\S+ times(?-u:\b)"),
            ~pl.col("text").str.slice(0, pl.col("m_start")).str.contains(r"(?i:(?:kill|wound|injur|hurt)[a-z]*) $"))
        nouns = parse_quantity(nouns, "q", "n", reference)
        out.append(nouns.select("article_id", "sentence_index", pl.lit(kind).alias("kind"), "n_min", "n_max",
                                pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"), subject=pl.lit(True)))
    # "Three soldiers were killed when ..., along with a policeman and three schoolgirls": the parts joined by
    # "along with" are added to the toll before them
    along = rf"(?-u:\b)(?:along|together) with (?P<plist>{part}(?:, {part}){{0,3}}(?:,? and {part})?)(?-u:\b)"
    joined = find_matches(base.filter(pl.col("text").str.contains_any(["along with", "together with"])), along, "m")
    joined = joined.with_columns(pl.col("m").str.extract_groups(along).alias("_g")).unnest("_g")
    # ("along with a policeman, the army said": a reporting clause is no part)
    joined = joined.with_columns(pl.col("plist").str.replace(_REPORTING_END, ""))
    # (not the attackers told apart: "four soldiers and a civilian were killed, along with 109 of the insurgents")
    joined = joined.filter(~pl.col("plist").str.contains(
        rf"^(?:{num}) (?:of (?:the|its|their) )?(?:[\p{{Ll}}\-]+ )?(?:attackers?|gunm[ae]n|assailants?|militants?|insurgents?"
        r"|jihadists?|terrorists?|bombers?|hijackers?|fighters)$"))
    joined = sum_parts(joined, "plist", "_add", num, reference).filter(pl.col("_add_min").is_not_null())
    # ... or to the subject it stands in ("Thirty troops, most of them SEALs, along with seven commandos, were killed")
    in_subject = joined.filter(pl.col("text").str.slice(pl.col("m_end"), 40).str.contains(
        rf"^,?{be} (?:killed|dead|died|slain)(?-u:\b)"))
    head = pl.col("text").str.slice(0, pl.col("m_start")).str.extract(
        rf"(?-u:\b)({num_no_article})(?: [^,;\d]+)(?:, [^,;\d]+)?, $", 1)
    in_subject = parse_quantity(in_subject.with_columns(_head=head), "_head", "_h", reference).filter(
        pl.col("_h_min").is_not_null() | pl.col("_h_max").is_not_null()).select(
        "article_id", "sentence_index", pl.lit("killed").alias("kind"),
        (pl.col("_h_min") + pl.col("_add_min")).alias("n_min"), (pl.col("_h_max") + pl.col("_add_max")).alias("n_max"),
        (pl.col("m_start") - pl.col("_head").str.len_chars()).alias("c_start"), pl.col("m_end").alias("c_end"))
    out.append(in_subject)
    added = pl.concat(subject_tolls).join(joined.select(
        "article_id", "sentence_index", "m_start", "m_end", "_add_min", "_add_max"), on=["article_id", "sentence_index"]).filter(
        pl.col("c_start") < pl.col("m_start")).sort("m_start", "c_start").unique(
        ["article_id", "sentence_index", "m_start"], keep="last").select(
        "article_id", "sentence_index", "kind", (pl.col("n_min") + pl.col("_add_min")).alias("n_min"),
        (pl.col("n_max") + pl.col("_add_max")).alias("n_max"), "c_start", pl.max_horizontal("c_end", "m_end").alias("c_end"))
    out.append(added)
    # "Three soldiers, two policemen and a civilian were killed", "Journalist X, his cameraman and their driver
    # were killed": the parts listed before a subject toll are added to it
    readings = pl.concat(subject_readings)
    listed_before = pl.col("text").str.slice(0, pl.col("c_start")).str.extract(
        r"((?:[^,;:()]{1,60}, ){0,4}[^,;:()]{1,60}(?:, |,? and )(?:their |his |her )?)$", 1).str.replace(
        r",? (?:and )?(?:their |his |her )?$", "").str.replace(
        # (not across the word that opens its clause: "..., while army chief X and a general were killed")
        # (nor a reporting clause: "Houthi officials said their prime minister and several of his ministers were killed")
        r"^.*(?-u:\b)(?:while|whereas|where|when|after|before|as|but|though|although|because|said|says|say|told"
        r"|reported|confirmed|announced) ", "").str.replace(
        # (nor a dateline: "KATHMANDU — King X, Queen Y and seven other members ...")
        r"^\p{Lu}[\p{Lu}\s.'’\-]+ [—–] ", "").str.strip_chars_start()
    readings = readings.join(base.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"])
    # not an apposition: "Ten people, eight soldiers and two contractors, were killed", "X, one of the group's
    # commanders, was killed"
    apposition = pl.col("text").str.slice(pl.col("c_start"), pl.col("c_end") - pl.col("c_start")).str.contains(", ") | (
        pl.col("text").str.slice(0, pl.col("c_start")).str.contains(r"\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*)+, $"))
    # (nor a zero: "... clear the area and nobody is hurt" lists no one before it)
    readings = readings.filter(~apposition, pl.col("n_max").fill_null(1) > 0)
    # (not a toll of the other kind: "left nine people dead and 22 injured")
    readings = sum_parts(readings.with_columns(_before=listed_before).filter(pl.col("_before").is_not_null(), ~pl.col(
        "_before").str.contains(r"(?-u:\b)(?:dead|killed|died|dies|die|wounded|injured|hurt)(?-u:\b)")),
                         "_before", "_b", num, reference, from_end=True).filter(
        # (a toll of "other" people counts one told before already: a list of two or more adds the rest)
        pl.col("_b_min") > pl.col("other").cast(pl.Int32))
    out.append(readings.select(
        "article_id", "sentence_index", "kind", (pl.col("n_min") + pl.col("_b_min") - pl.col("other").cast(pl.Int32)).alias("n_min"),
        (pl.col("n_max") + pl.col("_b_max") - pl.col("other").cast(pl.Int32)).alias("n_max"),
        (pl.col("c_start") - pl.col("_before").str.len_chars()).alias("c_start"), "c_end", subject=pl.lit(True)))
    out.append(_named_and_other_victims(base, num, reference))
    # "X is injured and his driver killed", "X escapes unhurt but his bodyguard is shot dead": one possessed companion
    # dead, the subject of its own (or an elided) passive verb
    # ... or hurt: "His wife, who was travelling with him, was injured"
    # ("His security officer and his driver also died": each possessed companion one)
    _MORE_KIN = rf"(?:,|,? and) (?:(?:his|her|their) (?:[\p{{L}}\-]+ ){{0,2}}?)?(?:{_KIN}|officer)(?-u:\b)"
    kin_dead = (rf"(?:^|, |; |(?-u:\b)(?:and|but|while|whereas) )(?i:his|her|their) (?:[\p{{L}}\-]+ ){{0,2}}?(?:{_KIN}|officer)"
                # ("her father and brother were badly wounded": the possessive shared)
                rf"(?P<more>{_MORE_KIN}){{0,3}}"
                r"(?:, (?:who|whom|which) [^,;]{2,80},)?(?: (?:is|was|has been|had been|were|are|have been))?(?: (?:also|later|reportedly|\p{Ll}+ly))?"
                r" (?P<verb>killed|shot dead|dead|died|dies|wounded|injured|hurt|(?:shot|stabbed|hit) and (?:later )?(?:dies|died)"
                # ("her husband is shot in the leg": hurt)
                r"|(?:shot|stabbed) in the (?:legs?|arms?|foot|feet|hands?|shoulder|knees?|thigh|back|stomach|abdomen"
                r"|chest|neck|head|face))(?-u:\b)")
    kin = find_matches(base.filter(pl.col("text").str.contains_any(["his ", "her ", "their "], ascii_case_insensitive=True)),
                       kin_dead, "m")
    kin_count = (1 + pl.col("m").str.count_matches(_MORE_KIN)).cast(pl.Int32)
    # (one shot in the body who died after is read as dead elsewhere)
    kin = kin.filter(~(pl.col("m").str.contains(r" in the \S+$") & pl.col("text").str.slice(pl.col("m_end"), 80).str.contains(
        r"^[^;.]*?(?-u:\b)(?:died|dies|dead|succumbed|killed)(?-u:\b)")))
    out.append(kin.select("article_id", "sentence_index", pl.when(pl.col("m").str.extract(kin_dead, 2).is_in(
        ["wounded", "injured", "hurt"]) | pl.col("m").str.contains(r" in the \S+$")).then(pl.lit("wounded")).otherwise(
        pl.lit("killed")).alias("kind"),
                          kin_count.alias("n_min"), kin_count.alias("n_max"),
                          pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"),
                          # ("X is shot dead; his assistant is also killed": a clause of its own adds, see
                          # _second_clause_adds)
                          subject=pl.col("m").str.starts_with("; ") & pl.col("m").str.contains(" also ", literal=True)))
    # "X is shot dead ...; a young woman standing next to him is also killed": one more, told by a clause of its own
    # with a long subject (the short ones are read above: "a policeman was also killed")
    # ("X, walking with him, is also shot and dies in hospital", "The driver who had brought him also died": a name
    # and its description, "the" before a death told without a verb of being)
    also_one = (r"(?:^|; |, (?:and|while) )(?:(?:(?i:an?|one|another)) (?:[^\s,;:.\d]+ ){1,9}?(?:is|was|were|are|has been"
                r"|had been) also (?P<verb>killed|shot dead|dead|died|dies|wounded|injured|hurt|(?:shot|stabbed|hit|wounded"
                r"|injured) and (?:later )?(?:dies|died))"
                r"|(?:(?i:an?|one|another|the)) (?:[^\s,;:.\d]+ ){1,9}?also (?:died|dies)"
                r"|\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){1,2}, [^;]{1,90}?, (?:is|was) also (?:shot|stabbed|hit|wounded|injured)"
                r" and (?:later )?(?:dies|died))(?-u:\b)")
    also = find_matches(base.filter(pl.col("text").str.contains(" also ", literal=True)), also_one, "m").filter(
        # (not the doers: "The bomber also died")
        ~pl.col("m").str.contains(_THE_ATTACKERS), ~pl.col("m").str.contains(r"(?i:(?-u:\b)(?:suicide|militants?|the rest"
                                                                               r"|the others?)(?-u:\b))"))
    out.append(also.select("article_id", "sentence_index", pl.when(pl.col("m").str.extract(also_one, 1).is_in(
        ["wounded", "injured", "hurt"])).then(pl.lit("wounded")).otherwise(pl.lit("killed")).alias("kind"),
                           pl.lit(1, pl.Int32).alias("n_min"), pl.lit(1, pl.Int32).alias("n_max"),
                           (pl.col("m_start") + pl.col("m").str.len_chars() - pl.col("m").str.replace(r"^(?:; |, \S+ )", "").str.len_chars()).alias("c_start"),
                           pl.col("m_end").alias("c_end"), subject=pl.lit(True)))
    # "A British tourist, his wife and their guide are shot dead": one described person and possessed companions
    chain = (rf"(?:^|, |; |(?-u:\b)(?:and|but|while|when) )(?i:an?|one) (?:[\p{{L}}\-]+ ){{0,2}}?[\p{{L}}\-]+"
             rf"(?P<kin>(?:, (?:his|her|their) (?:[\p{{L}}\-]+ )?{_KIN})*,? and (?:his|her|their) (?:[\p{{L}}\-]+ )?{_KIN})"
             rf"(?: (?:were|are|was|is|have been|has been|had been))(?: (?:all|also|reportedly|\p{{Ll}}+ly))?"
             r" (?:killed|shot dead|dead|died|murdered|stabbed to death|beaten to death|hacked to death|slain)(?-u:\b)")
    chained = find_matches(base.filter(pl.col("text").str.contains_any([" his ", " her ", " their "])), chain, "m")
    # ("an Israeli couple and their infant son": the couple is two)
    head = pl.when(pl.col("m").str.contains(r"^(?:\S+ )?(?i:an?|one) (?:[\p{L}\-]+ ){0,2}?couple,? and ")).then(2).otherwise(1)
    chain_count = (head + pl.col("m").str.extract(chain, 1).str.count_matches(r"(?:,|and) (?:his|her|their) ")).cast(pl.Int32)
    out.append(chained.select("article_id", "sentence_index", pl.lit("killed").alias("kind"),
                              chain_count.alias("n_min"), chain_count.alias("n_max"),
                              pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"), subject=pl.lit(True)))
    # (a person shot and not killed has no casualty word: "X is shot in the head by a sniper")
    out.append(_one_wounded(sentences.select("article_id", "sentence_index", "text")))
    out.append(_survivors(sentences.select("article_id", "sentence_index", "text")))
    out.append(_later_deaths(base))
    # "Gunmen kill the mayor ...; a municipal official hit in the same attack dies on Wednesday": one more dead
    same_attack = find_matches(base.filter(pl.col("text").str.contains_any(["in the same attack", "in the same shooting",
                                                                             "in the same blast", "in the attack"])),
                               _SAME_ATTACK_DIES, "m")
    out.append(same_attack.select("article_id", "sentence_index", pl.lit("killed").alias("kind"),
                                  pl.lit(1, pl.Int32).alias("n_min"), pl.lit(1, pl.Int32).alias("n_max"),
                                  pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"),
                                  more=pl.lit(True), adds=pl.lit(True)))
    out.append(_captives_killed(base, num_no_article, reference))
    out.append(_long_aside(base, num_no_article, reference))
    out.append(_body_found(sentences.select("article_id", "sentence_index", "text")))
    # "the bodies of 58 men and 14 women, most of them migrants, at a ranch": the parts of the dead found are summed
    found_dead = r"(?:bodies|corpses|remains) of (?P<blist>[^;:.]{3,160})"
    bodies = find_matches(base.filter(pl.col("text").str.contains_any(["bodies of", "corpses of", "remains of"])),
                          found_dead, "m").with_columns(pl.col("m").str.extract(found_dead, 1).str.replace(
                              _COMPANION_END, "").str.strip_chars(" ,").alias("blist")).filter(
        pl.col("blist").str.contains(" and ", literal=True))
    bodies = sum_parts(bodies, "blist", "n", num, reference).filter(pl.col("n_min") > 0)
    out.append(bodies.select("article_id", "sentence_index", pl.lit("killed").alias("kind"), "n_min", "n_max",
                             pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end")))
    # "Among the dead were three soldiers and two civilians", "The dead included four soldiers and a journalist": the
    # dead told by their parts (a total told too is larger and wins)
    the_dead = (r"(?i:(?:among )?the (?:dead|fatalities) (?:were|was|are|is|included|include|includes)"
                r"|(?:among )?(?:those|the people) killed (?:were|was|are|is|included|include|includes)) (?P<dlist>[^;:.]{3,160})")
    dead = find_matches(base.filter(pl.col("text").str.contains_any(["the dead", "fatalities", "those killed"],
                                                                    ascii_case_insensitive=True)), the_dead, "m")
    dead = sum_parts(dead.with_columns(pl.col("m").str.extract(the_dead, 1).str.replace(_COMPANION_END, "").str.strip_chars(
        " ,").alias("dlist")), "dlist", "n", num, reference).filter(pl.col("n_min") > 0)
    out.append(dead.select("article_id", "sentence_index", pl.lit("killed").alias("kind"), "n_min", "n_max",
                           pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end")))
    # "cut the throat of the priest", "slit the throats of three shepherds": the dead, one unless counted
    throat = (rf"(?-u:\b)(?i:cut|cuts|cutting|slit|slits|slitting) the throats? of (?P<q>{num_no_article}|the|an?|his|her"
              r"|\p{Lu})(?-u:\b)")
    throats = find_matches(base.filter(pl.col("text").str.contains("throat", literal=True)), throat, "m").with_columns(
        pl.col("m").str.extract(throat, 1).alias("q"))
    throats = parse_quantity(throats, "q", "n", reference).with_columns(
        # ("the throats of the hostages": no count)
        [pl.col(c).fill_null(pl.when(pl.col("q").str.contains(r"^(?:\p{Lu}|the|an?|his|her)$")
                                     & pl.col("m").str.contains("throat of", literal=True)).then(pl.lit(1, pl.Int32)))
         .cast(pl.Int32).alias(c) for c in ("n_min", "n_max")]).filter(pl.col("n_min").is_not_null())
    out.append(throats.select("article_id", "sentence_index", pl.lit("killed").alias("kind"), "n_min", "n_max",
                              pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end")))
    # "Villagers say more than 200 people have been buried": the dead told by their burial (not "buried alive", "buried
    # under the rubble", where some live, nor "buried in 1990")
    burial = (rf"(?-u:\b)(?:(?i:at least|more than|over|nearly|about|some|around) )?(?P<q>{num_no_article})"
              r"(?: [\p{L}\-]+){0,2} (?:have been|had been|were|are|was|has been) buried(?-u:\b)")
    buried = find_matches(base.filter(pl.col("text").str.contains_any(
        [" been buried", " were buried", " are buried", " was buried"])), burial, "m").filter(
        ~pl.col("text").str.slice(pl.col("m_end"), 30).str.contains(
            r"^ (?:alive|under|beneath|in (?:the )?rubble|in (?:19|20)\d\d|(?:\S+ )?(?:years?|months?) ago)")).with_columns(
        pl.col("m").str.extract(burial, 1).alias("q"))
    buried = parse_quantity(buried, "q", "n", reference).filter(pl.col("n_min").is_not_null())
    out.append(buried.select("article_id", "sentence_index", pl.lit("killed").alias("kind"), "n_min",
                             pl.when(pl.col("m").str.contains(r"^(?i:at least|more than|over)")).then(None)
                             .otherwise(pl.col("n_max")).cast(pl.Int32).alias("n_max"),
                             pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"), subject=pl.lit(True)))
    # "'We have lost 15 of our commandos and the driver,' an officer said": a side's own dead told by their loss
    lost = (rf"(?-u:\b)(?:have|has|had) lost (?P<llist>(?:{num_no_article}) (?:of (?:our|its|their|his) )?"
            r"(?:[\p{Ll}\-]+ )?(?:soldiers|men|officers|commandos|troops|policemen|police officers|personnel|fighters"
            r"|comrades|colleagues|guards|members|rangers|marines|sailors|pilots|crew)(?-u:\b)[^;:.'\"’”]{0,80})")
    # (not a span's losses: "the force has lost 15 men this year")
    losses = find_matches(base.filter(pl.col("text").str.contains_any([" have lost ", " has lost ", " had lost "])), lost,
                          "m").filter(
        ~pl.col("m").str.contains(r"(?i:(?-u:\b)(?:this (?:year|month|week)|so far|since|in (?:19|20)\d\d"
                                  r"|last (?:year|month|week)|over the (?:past|last))(?-u:\b))")).with_columns(
        pl.col("m").str.extract(lost, 1).str.replace(_COMPANION_END, "").str.strip_chars(" ,").alias("llist"))
    losses = sum_parts(losses, "llist", "n", num, reference).filter(pl.col("n_min") > 0)
    out.append(losses.select("article_id", "sentence_index", pl.lit("killed").alias("kind"), "n_min", "n_max",
                             pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end")))
    # "The police chief of X district in Y province is killed when ...": one person told by an office, the subject of
    # a singular passive verb of the dead (no verb of its own between: not "the governor of X said a man was killed")
    # ("and the mosque's imam died after inhaling smoke", "its pastor died": a possessor and "died" too)
    office_dead = (r"(?:^|, |; |(?-u:\b)(?:and|but|while|when|after|as) )(?:(?i:the) (?:[\p{L}\-]+ ){0,3}?"
                   r"|(?:(?i:its|their) |(?i:the) [\p{L}\-]+['’]s )(?:[\p{L}\-]+ ){0,2}?)" + _TOLL_TITLE
                   # ("The deputy mayor of X, in the country's north-west, is found dead": a place aside after it)
                   + r"(?P<of> (?:of|in|for) [^,;.:]{2,80}?)?(?:, (?:in|near) [^,;.:]{2,80}?,)?"
                   r" (?:(?:is|was|has been|had been)(?: \p{Ll}+ly)? (?:killed|shot dead"
                   r"|assassinated|murdered|gunned down|(?:stabbed|beaten|hacked) to death|found dead"
                   # ("The general is wounded", "the mayor was seriously wounded": one hurt)
                   r"|(?:also )?(?:wounded|injured|hurt))|(?:later |also )?(?:died|dies|has died))(?-u:\b)")
    office = find_matches(base.filter(pl.col("text").str.contains_any(["The ", "the ", "its ", "Its ", "their ", "Their "]), pl.col("text").str.contains_any(
        [" is killed", " was killed", " been killed", " shot dead", " assassinated", " murdered", " gunned down",
         " to death", " found dead", " wounded", " injured", " hurt", " died", " dies"])), office_dead, "m").with_columns(
        _of=pl.col("m").str.extract(office_dead, 1)).filter(
        ~pl.col("_of").fill_null("").str.contains(r"(?-u:\b)(?:said|says|say|told|and|who|that|which|were|are|was|is|after"
                                                  r"|when|as|while)(?-u:\b)"),
        # (a death of old or of illness: "the former president died in 2010", "its founder died of cancer")
        ~(pl.col("m").str.contains(r"(?:died|dies)$") & pl.col("text").str.slice(pl.col("m_end"), 40).str.contains(
            r"^ (?:in (?:19|20)\d\d|(?:\S+ ){0,2}(?:years?|months?|decades?) (?:ago|later|earlier|before)|of (?:natural"
            r"|old age|cancer|illness|an illness|a heart attack|covid|a stroke))")))
    hurt = pl.col("m").str.contains(r"(?:wounded|injured|hurt)$")
    out.append(office.select("article_id", "sentence_index", pl.when(hurt).then(pl.lit("wounded")).otherwise(pl.lit(
        "killed")).alias("kind"), pl.lit(1, pl.Int32).alias("n_min"),
                             pl.lit(1, pl.Int32).alias("n_max"), pl.col("m_start").alias("c_start"),
                             pl.col("m_end").alias("c_end"), subject=pl.lit(True)))
    # "The army chief of staff was among those killed": one described person among the dead, at least one
    among_dead = (r"(?:^|, |; )(?i:the|an?) (?:[\p{L}\-]+ ){0,4}?(?:" + _TOLL_TITLE + r"|\p{Ll}+(?:er|or|ist|man|woman|ian))"
                  r"(?: of staff)? (?:was|is)(?: also)? among (?:those|the people|the dead|the victims|the fatalities)"
                  r"(?: killed| dead| who died)?(?-u:\b)")
    among = find_matches(base.filter(pl.col("text").str.contains_any([" among those", " among the dead", " among the victims",
                                                                      " among the people", " among the fatalities"])),
                         among_dead, "m")
    out.append(among.select("article_id", "sentence_index", pl.lit("killed").alias("kind"), pl.lit(1, pl.Int32).alias("n_min"),
                            pl.lit(None, pl.Int32).alias("n_max"), pl.col("m_start").alias("c_start"),
                            pl.col("m_end").alias("c_end"), subject=pl.lit(True)))
    # "A gunman killed a film director at a debate in X and a security guard outside the synagogue": two objects of
    # one verb, each with its own place or time, are two victims
    apart = (r"(?-u:\b)(?i:killed|kills|killing|shot dead|stabbed to death) (?i:an?|one) (?:[\p{L}\-]+ ){0,3}?[\p{L}\-]+"
             r" (?:at|in|outside|near|inside|on|during) [^,;.]{3,100}? and (?P<second>(?i:an?|one) (?:[\p{L}\-]+ ){0,3}?"
             r"[\p{L}\-]+) (?:at|in|outside|near|inside|on|during|early|late)(?-u:\b)")
    second = find_matches(base.filter(pl.col("text").str.contains_any(
        ["killed a", "kills a", "killing a", "killed one", "kills one", "killing one", "dead a", "death a"])), apart, "m")
    second = second.with_columns(pl.col("m").str.extract_groups(apart).alias("_g")).unnest("_g").filter(
        # "... and a bomb in Y wounded ...": a weapon or an attacker is no second victim
        ~pl.col("second").str.contains(r"(?i:bomb|blast|explosi|attack|gunm[ae]n|assailant|rocket|missile|grenade|shell"
                                       r"|drone|strike|raid|suspect|police|car|vehicle|truck)"))
    out.append(second.select("article_id", "sentence_index", pl.lit("killed").alias("kind"), pl.lit(2, pl.Int32).alias("n_min"),
                             pl.lit(2, pl.Int32).alias("n_max"), pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"),
                             backward=pl.col("m").str.contains(r"^\p{L}+ing ")))
    # "Nineteen people died in X, and 21 in Y", "nine were killed in one market and six in another": a second count
    # with its own place and its verb left out adds to the first (the sum, larger, wins)
    elided = (rf"(?-u:\b)(?P<q1>{num_no_article})(?: [\p{{L}}\-]+){{0,3}}? (?:(?:were|are|have been|had been) )?"
              r"(?P<k>killed|died|dead|wounded|injured|hurt) (?:in|at|near|outside|inside|on) [^,;.]{2,80}?,? and"
              rf" (?P<q2>{num_no_article}) (?:more |others? )?(?:in|at|near|outside|inside|on)(?-u:\b)")
    elided_rows = find_matches(base.filter(pl.col("text").str.contains_any(
        [" died in ", " killed in ", " died at ", " killed at ", " died near ", " killed near ", " wounded in ",
         " injured in ", " died outside ", " killed outside ", " dead in "])), elided, "m").with_columns(
        pl.col("m").str.extract_groups(elided).alias("_g")).unnest("_g")
    elided_rows = parse_quantity(parse_quantity(elided_rows, "q1", "_a", reference), "q2", "_b", reference).filter(
        pl.col("_a_min").is_not_null(), pl.col("_b_min").is_not_null())
    out.append(elided_rows.select(
        "article_id", "sentence_index",
        pl.when(pl.col("k").is_in(["wounded", "injured", "hurt"])).then(pl.lit("wounded")).otherwise(pl.lit("killed")).alias("kind"),
        (pl.col("_a_min") + pl.col("_b_min")).cast(pl.Int32).alias("n_min"),
        (pl.col("_a_max") + pl.col("_b_max")).cast(pl.Int32).alias("n_max"), pl.col("m_start").alias("c_start"),
        pl.col("m_end").alias("c_end"), subject=pl.lit(True)))
    # "a van carrying four aid workers ..., killing all of them", "an airliner carrying 150 people ..., killing all on
    # board": the whole of the last count told before
    # (not a threat: "threaten to kill all of them")
    everyone = (r"(?-u:\b)(?i:killing|killed|kills) (?:all of them|all (?:those )?(?:on board|aboard)"
                r"|everyone (?:on board|aboard|inside)|all (?:the|its) (?:passengers|occupants))(?-u:\b)")
    whole = find_matches(base.filter(pl.col("text").str.contains_any(
        ["all of them", "on board", "aboard", "everyone inside", "passengers", "occupants"])), everyone, "m").with_columns(
        q=pl.col("text").str.slice(0, pl.col("m_start")).str.extract(
            rf"^.*(?-u:\b)({num_no_article}) (?:[\p{{L}}\-]+ ){{0,3}}?[\p{{L}}\-]+(?: on board| aboard)?(?: [^;\d]{{0,60}})?,? $", 1))
    whole = parse_quantity(whole.filter(pl.col("q").is_not_null()), "q", "n", reference).filter(pl.col("n_min") > 0)
    out.append(whole.select("article_id", "sentence_index", pl.lit("killed").alias("kind"), "n_min", "n_max",
                            pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"), backward=pl.lit(True)))
    # "No one on board was hurt", "causing no injuries", "hurting no one": nobody died either (and an attack without
    # casualties or injuries wounded no one); "no deaths" says nothing of the wounded
    # ("without causing injuries", "without inflicting any casualties")
    # ("causing no damage or injuries", "nobody was reported hurt"; "no immediate reports of casualties" is no zero)
    # (the damage only after a verb of causing: "no damage or casualties are reported" alone keeps a misfire's generic
    # word alive as an incident)
    none_pattern = (r"(?i:(?-u:\b)(?:caus(?:ing|ed|es)|inflict(?:ing|ed)|leaving|left) no (?:material )?damage (?:or|and)"
                    r" (?:casualties|injuries)"
                    r"|(?-u:\b)(?:no|without)(?: (?:causing|inflicting|leaving|any))* (?:casualties|deaths|fatalities|injuries"
                    r"|(?:reports? of )?(?:casualties|injuries))"
                    r"|(?-u:\b)(?:nobody|no one|no-one|none)(?: [a-z]+){0,3} (?:was|were|is|are|has been|have been|had been|got|gets)"
                    r"(?: reported)? (?:killed|hurt|harmed|injured|wounded)|(?-u:\b)(?:nobody|no one|no-one) died"
                    # (both sides named: "no police officers or bystanders were hurt"; "no X or Y were killed" is read as a
                    # toll of the dead)
                    r"|(?-u:\b)no (?:[a-z\-]+ )?[a-z\-]+ (?:or|and) (?:[a-z\-]+ )?[a-z\-]+ (?:were|are|have been|had been)"
                    r"(?: reported)? (?:hurt|harmed|injured|wounded)"
                    # ("wrecks eight buildings but injures nobody")
                    r"|(?-u:\b)(?:hurting|harming|injuring|wounding|killing|hurt|harmed|injured|wounded|killed|hurts|harms"
                    r"|injures|wounds|kills|harm|injure|wound|kill) (?:no one|no-one|nobody|anyone|anybody)(?-u:\b))")
    nothing = find_matches(base, none_pattern, "m").filter(
        # "without hurting anyone" is nothing, "killing anyone" alone is not ("before killing anyone" is)
        ~pl.col("m").str.contains(r"(?i:any(?:one|body))$")
        | pl.col("text").str.slice(0, pl.col("m_start")).str.contains(r"(?i:(?-u:\b)(?:without|not|never) $)"))
    # "All five survived", "Both survived their injuries": no one died (the wounded are not told)
    survived = find_matches(sentences.select("article_id", "sentence_index", "text").filter(
        pl.col("text").str.contains(" survived", literal=True)),
        r"(?:^|, |; |(?-u:\b)and )(?i:all|both)(?: [\p{Ll}\d]+)?(?: of them)? survived(?-u:\b)", "m")
    # "all are freed unhurt", "the 18 crew members were released unharmed": captives or passengers came to no harm
    unhurt_pattern = (r"(?i:(?-u:\b)(?:all|both|everyone|everybody|the (?:\S+ )?(?:hostages|passengers|captives|crew"
                      r"|crew members|pilgrims|children|students|workers|tourists))(?: \S+){0,3}?"
                      r"(?: (?:are|were|was|is|have been|has been|had been|got|get|all|later|safely|eventually))*"
                      # (a release or an escape: captives still held "were unharmed" tell no end of the attack)
                      r" (?:freed|released|rescued|found|escaped|evacuated|returned|emerged|survived|walked out|got out)"
                      r" (?:unhurt|unharmed|uninjured|unscathed)(?-u:\b))")
    unhurt = find_matches(sentences.select("article_id", "sentence_index", "text").filter(
        pl.col("text").str.contains_any(["unhurt", "unharmed", "uninjured", "unscathed"])), unhurt_pattern, "m")
    nothing = pl.concat([nothing, survived.select(nothing.columns), unhurt.select(nothing.columns)])
    # "A man is hurt when a bomb he was making goes off; no one else was hurt": when no death is told, here or in the
    # sentence before, the one else was hurt, not dead, and no one died ("..., then kills himself with a second
    # device. No one else is hurt." tells the attacker's death)
    death = (r"(?i:kill|dead|died|dies|death|suicide|(?:blew|blows|blown|blowing) (?:himself|herself|themselves) up"
             r"|(?:shoots?|shot|shooting) (?:himself|herself)|fatal|succumb)")
    nothing = nothing.join(sentences.select("article_id", (pl.col("sentence_index") + 1).cast(
        nothing.schema["sentence_index"]).alias("sentence_index"), pl.col("text").alias("_prev")),
        on=["article_id", "sentence_index"], how="left").with_columns(
        _hurt_else=pl.col("m").str.contains(r"(?i:(?-u:\b)(?:no one|nobody|no-one) else (?:was|is|has been|were|got|gets)"
                                            r"(?: \p{Ll}+ly)? (?:hurt|injured|wounded|harmed)$)")
        & ~pl.col("text").str.contains(death) & ~pl.col("_prev").fill_null("").str.contains(death))
    # ("police shot dead the gunman; no one else was hurt": the attacker died, no one was wounded, and no toll of the
    # dead is told)
    nothing = pl.concat([nothing.filter(~pl.col("m").str.contains(" survived", literal=True) | pl.lit(kind == "killed")).filter(
        # ("No one but the bomber was killed": only the attacker died)
        pl.lit(kind == "wounded") | pl.col("_hurt_else") | ~pl.col("m").str.contains(
            r"(?i:(?-u:\b)(?:no one|nobody|no-one|none) (?:else|but|except|other than|apart from|besides)(?-u:\b))")).filter(
        # ("blows himself up, killing no one else": the attacker alone died)
        pl.lit(kind == "wounded") | ~(pl.col("m").str.contains(r"(?i:(?:no one|nobody|no-one|none)$)")
                                      & pl.col("text").str.slice(pl.col("m_end"), 20).str.contains(
                                          r"^ (?:else|but|except|other than|apart from|besides)(?-u:\b)"))).filter(
        # ("no one other than the bomber died and no one was hurt": only the attacker died, no toll of the dead)
        pl.lit(kind == "wounded") | ~pl.col("text").str.contains(
            r"(?i:(?-u:\b)(?:no one|nobody|no-one|none) (?:but|except|other than|apart from|besides) (?:the (?:\S+ )?"
            r"(?:bomber|attacker|gunman|assailant)s?|himself|herself|themselves) (?:was |were |is |are )?(?:killed|died|dead))")).filter(
        pl.lit(kind == "killed") | ~pl.col("m").str.contains(r"(?i:deaths|fatalities|killed|killing|died)")).select(
        "article_id", "sentence_index", pl.lit(kind).alias("kind"), pl.lit(0, pl.Int32).alias("n_min"),
        pl.lit(0, pl.Int32).alias("n_max"), pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"),
        # ("hits a field without hurting anyone; jets then strike ...": the clause before is the one unhurt)
        backward=pl.col("m").str.contains(r"^(?i:without|hurting|harming|injuring|wounding|killing|causing)(?-u:\b)")
        | pl.col("text").str.slice(0, pl.col("m_start")).str.contains(r"(?i:(?-u:\b)(?:without|causing|inflicting) $)"))
        for kind in ("killed", "wounded")])
    found = pl.concat([*out, nothing], how="diagonal_relaxed").with_columns(
        [pl.col(c).fill_null(False) for c in ("backward", "other", "more", "adds", "shared", "sequel", "subject")])
    found = _fatal_share(found, base, num, num_no_article, reference)
    # "killing no one but himself": only the attacker died, no toll is told
    found = found.join(base.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"],
                       how="left").filter(~((pl.col("n_max") == 0) & pl.col("text").str.slice(pl.col("c_end"), 40).str.contains(
        r"^,? (?:but|except|other than|apart from|besides) (?:himself|herself|themselves|the (?:bomber|attacker|gunman"
        r"|assailant|attackers|gunmen|bombers|assailants))(?-u:\b)")).fill_null(False)).drop("text")
    found = _second_clause_adds(found, base)
    found = _background_and_monitor(found, base)
    found = _pronoun_death(found, base, sentences)
    # "killing three soldiers on each side": the count told once for each of two sides
    found = found.join(base.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"],
                       how="left").with_columns(_each=guarded(pl.col("text"), [" side"]).str.slice(pl.col("c_end"), 60)
                                                .str.contains(r"^(?: [\p{L}\-]+){0,3}? (?:on|from) (?:each|either|both)"
                                                              r" sides?(?-u:\b)")
                                                .fill_null(False)).with_columns(
        [pl.when(pl.col("_each")).then(pl.col(c) * 2).otherwise(c).alias(c) for c in ("n_min", "n_max")]).drop(
        "text", "_each")
    # a count over weeks or months is a tally, no one event's toll: "a series of attacks that have killed four of its
    # soldiers in the past three weeks"
    found = found.join(base.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"],
                       how="left").filter(~pl.col("text").str.slice(pl.col("c_end"), 70).str.contains(
        r"^(?: [^\s,;.]+){0,4}? (?:in|over|during|within) (?:the )?(?:(?:past|last|previous|preceding) )?(?:(?:two|three"
        r"|four|five|six|seven|eight|nine|ten|several|few|\d+) )?(?:weeks|months|years)(?-u:\b)").fill_null(False)).drop("text")
    # the toll of an earlier event the sentence refers to is not this one's: "jets struck 85 targets in retaliation for
    # a drone attack that killed three soldiers", "a car bomb killed 7, two days after an ambush in which 12 soldiers
    # died", "..., a day after a drone killed a man in X"
    # (where that clause begins: a toll there serves no incident told before it, see _bind_tolls)
    earlier_event = found.join(base.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"],
                               how="left").select(pl.col("text").str.slice(0, pl.col("c_start")).str.extract(
        # ("fired rockets in reply to an Israeli raid that killed three")
        r"^\S.*? ((?i:(?:in retaliation for|in response to|in revenge for|to avenge|in reply to|in answer to|in reprisal for"
        r"|to retaliate for|as revenge for|after|following|since)"
        r" (?:[^,;.:]{1,80}? )?(?:that|which|in which)(?: also| had| has| have)?"
        r"|(?:(?:an?|one|two|three|four|five|six|\d+|several|hours|days|weeks|months|just|only|some|a few) )?"
        r"(?:hours?|days?|weeks?|months?|minutes|moments|shortly) (?:after|since) (?:[^,;.:]{1,60}? )?"
        # ("killing three people; a week earlier a strike on the same district killed 11")
        r"|(?:(?:an?|one|two|three|four|five|six|several|\d+|a few) (?:days?|weeks?|months?|years?) (?:earlier|before|ago)"
        r"|earlier (?:this|that|in the) (?:week|month|year)|last (?:week|month|year)),? (?:[^,;.:]{1,80}? )?) ?)$", 1)
        .str.len_chars())
    # ... and "fire rockets at Israel after an Israeli air strike killed a militant leader": an event told by its own
    # finite verb after "after" (not "..., after a bomb exploded, killing 5": the participle tells today's toll)
    finite_before = found.join(base.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"],
                               how="left").select(pl.when(pl.col("text").str.slice(pl.col("c_start"), 14).str.contains(
        r"^(?:killed|kills|had killed|shot dead|murdered|wounded|injured|left)(?-u:\b)")).then(
        pl.col("text").str.slice(0, pl.col("c_start")).str.extract(
            # (a bare plural subject too: "..., after Israeli troops killed one of its fighters")
            r"^\S.*? ((?i:after|following) (?:(?i:an?|the|its|their|his|her) [^,;.:]{1,60}?"
            r"|(?:\p{Lu}[\p{L}\-]* ){0,2}(?:\p{Ll}[\p{L}\-]*(?:s|men)|police)) )$", 1).str.len_chars()))
    # ... and "a village where some 160 people were massacred in March 2019": a toll dated by a year of its own in a
    # relative clause is that earlier event's
    dated = found.join(base.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"],
                       how="left").select(pl.when(pl.col("text").str.slice(pl.col("c_end"), 40).str.contains(
        # (a year or a month of one, not a day: "in which 30 people were killed on May 5, 2021" is the news)
        r"^(?: [\p{Ll}\-]+){0,2} (?:in|since) (?:(?:early|late|mid-)?(?:January|February|March|April|May|June|July|August"
        r"|September|October|November|December) )?(?:19|20)\d\d(?-u:\b)")).then(
        pl.col("text").str.slice(0, pl.col("c_start")).str.extract(
            r"((?i:where|when|in which|during which|which|that)(?: [^,;.:]{0,60}?)? )$", 1).str.len_chars()))
    earlier_event = pl.coalesce(earlier_event.to_series(), finite_before.to_series(), dated.to_series())
    # ("seized six people after a gunfight in which a guard was killed": the fight the attackers waged is this event)
    in_the_fight = found.join(base.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"],
                              how="left").select(guarded(pl.col("text"), ["in which"]).str.slice(0, pl.col("c_start")).str.contains(
        r"(?i:(?-u:\b)(?:after|following) (?:an?|the) (?:\p{Ll}+ )?(?:gunfight|gun battle|gunbattle|shootout|shoot-out"
        r"|firefight|exchange of fire|struggle|scuffle) in which $)").fill_null(False)).to_series()
    earlier_event = pl.when(in_the_fight).then(None).otherwise(earlier_event)
    # a toll of a war or of a span of time ("The war has killed 10,000 people since 2015") is no one event's
    ongoing = found.join(base.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"],
                         how="left").select(pl.col("text").str.contains(
        r"(?i:(?-u:\b)(?:since|war|wars|conflict|fighting|violence|insurgency|uprising|campaign|so far|this year"
        r"|last year|every|each|a year|a day|annually|total)(?-u:\b))").fill_null(False))
    # the attackers' own dead, apart from the toll: "troops killed two gunmen who had held out inside", "killing two
    # guards and a policeman before all four are shot dead" (see _bind_tolls; a toll that counts them with the victims,
    # "20 people, most of them attackers, are killed", is no such toll, and "Four assailants were killed" alone is
    # read as told)
    keyed_text = found.join(base.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"],
                            how="left")
    own = pl.col("text").str.slice(pl.col("c_start"), pl.col("c_end") - pl.col("c_start"))
    after_toll = pl.col("text").str.slice(pl.col("c_end"), 40)
    # ("Rebels ambushed a patrol, killing 17 policemen. About 15 rebels were also killed": the doers named as the
    # subject of the attack, here or in the sentence before, counted apart)
    doers = (r"(?i:(?-u:\b)(rebels|militants|insurgents|guerrillas|gunmen|attackers|assailants|jihadists|separatists"
             r"|militiamen|fighters|bandits|terrorists|extremists))")
    # (the sentence before from all sentences: "Gunmen attacked a mosque." has no casualty word)
    previous = sentences.join(found.select("article_id").unique(), on="article_id", how="semi")
    keyed_text = keyed_text.join(previous.select("article_id", (pl.col("sentence_index") + 1).cast(pl.Int32).alias(
        "sentence_index"), pl.col("text").alias("_prev")), on=["article_id", "sentence_index"], how="left").join(
        previous.filter(pl.col("sentence_index") == 0).select("article_id", pl.col("text").alias("_first")),
        on="article_id", how="left")
    own_doers = own.str.extract(rf"^(?:\S+ ){{1,3}}?{doers} (?:(?:were|are|had been|have been) )?also(?-u:\b)", 1).str.to_lowercase()
    # ("Fighters drive three explosives-laden vehicles at army posts": a vehicle driven at a target)
    attacking = (rf"{doers}(?: [\p{{L}}\-]+){{0,3}}? (?:ambush|attack|storm|raid|assault|overr[au]n|open(?:ed|s)? fire"
                 r"|fired on|stormed|infiltrat|(?:drive|drove|ram|rammed)(?: [^,;.]{1,60})? (?:at|into) )")
    # (any word of the kind: "Taliban fighters ambushed ... 20 militants were also killed"; in the sentence before or
    # the article's first)
    attacked = (pl.col("_prev").fill_null("").str.contains(attacking)
                | (pl.col("_first").fill_null("").str.contains(attacking) & (pl.col("sentence_index") > 1))
                | pl.col("text").str.slice(0, pl.col("c_start")).str.contains(attacking))
    keyed_text = keyed_text.with_columns(_apart_doers=pl.col("subject") & own_doers.is_not_null() & attacked)
    attackers = keyed_text.select(pl.when(pl.col("subject")).then(
        pl.col("_apart_doers")
        # ("...; both bombers die and one soldier is wounded", "police shoot both attackers dead": the doers told again
        # as a known set)
        | (own.str.contains(rf"^[^\s,]+(?: [\p{{Ll}}\-]+)? {_THE_ATTACKERS}") & ~own.str.contains(r"(?-u:\b)and(?-u:\b)")
           & (own.str.contains(r"^(?i:both|all)(?-u:\b)")
              | pl.col("text").str.slice(0, pl.col("c_start")).str.contains(r"(?i:(?-u:\b)(?:the|all|all of the) $)")))
        | (own.str.contains(r"^(?i:all \S+|both|all of them)(?-u:\b)")
         & pl.col("text").str.slice(0, pl.col("c_start")).str.contains(r"(?-u:\b)(?:before|until|after which) $"))
        # ("..., wounding a guard before police shot both men dead": the force that met them as the subject)
        | (own.str.contains(r"^(?i:all \S+|both|all of them)(?-u:\b)")
           & pl.col("text").str.slice(0, pl.col("c_start")).str.contains(
               r"(?-u:\b)(?:before|until|after which) (?:the )?(?:police|policemen|officers|soldiers|troops|security forces"
               r"|forces|guards|commandos|snipers|marines|gendarmes|an officer|a policeman|a guard|a soldier)"
               r"(?: [\p{L}\-]+){0,2} $"))
        # ("police said the bombers, a newly married couple who died in the blast, ...": the doers told again)
        | pl.col("text").str.slice(0, pl.col("c_start")).str.contains(
            rf"(?i:the|both|two|three) {_THE_ATTACKERS}, (?:an? )?(?:[\p{{Ll}}\-]+ ){{0,3}}$")
        # ("Four gunmen attack a consulate; all four are killed by security forces": the doers counted again, killed by
        # the force that fought them)
        | (own.str.contains(r"^(?i:all \S+|both|all of them)(?-u:\b)")
           & pl.col("text").str.slice(0, pl.col("c_start")).str.contains(_ATTACKER_SUBJECT)
           & after_toll.str.contains(r"^(?: [\p{Ll}\-]+){0,3}? by (?:\S+ ){0,2}(?:security forces|police|policemen|troops"
                                     r"|soldiers|guards|commandos|forces|the army|special forces|marines|gendarmes)(?-u:\b)"))
        # ("Separatists attack an army base, and the military says 20 attackers were killed"; "...; all five gunmen
        # were killed": the doers' own dead told after their attack, a clause of its own)
        | (own.str.contains(rf"^(?i:(?:all|both|at least|more than|over|about|nearly|some|the|another) )?[^\s,]+"
                            rf" (?:of the )?(?:[\p{{Ll}}\-]+ )?{_THE_ATTACKERS}")
           & ~own.str.contains(r"(?-u:\b)and(?-u:\b)")
           & (pl.col("text").str.slice(0, pl.col("c_start")).str.contains(
               r"(?i:(?-u:\b)(?:attack|storm|raid|ambush|assault|open(?:ed|s)? fire|fired on)[a-z]*(?-u:\b)[^;.]*(?:[,;]|(?-u:\b)and) [^,;]*$)")
              # ("X claims attacks on army posts. The army says more than 80 attackers were killed": the sentence
              # before told the attack)
              | pl.col("_prev").fill_null("").str.contains(
                  r"(?i:(?-u:\b)(?:attack|storm|raid|ambush|assault|overr[au]n)[a-z]*(?-u:\b))")))
        # ("Two suspects were killed by police and three arrested": the doers, killed by the force that hunted them)
        | (own.str.contains(r"^(?:[^\s,]+ )?(?:[\p{Ll}\-]+ )?suspects? (?:were|was|are|is|have been|has been|had been)"
                            r"(?: \p{Ll}+ly)? (?:killed|shot dead|shot)$")
           & after_toll.str.contains(r"^ by (?:\S+ ){0,2}(?:police|policemen|officers|troops|soldiers|security forces"
                                     r"|forces|the army|special forces|marines|gendarmes|agents)(?-u:\b)"))
        # ("A suicide bomber was killed when his explosives went off": the bomber alone, the doer)
        | own.str.contains(r"^(?i:an?|the|one) (?:(?:suspected|would-be|female|male|lone|teenage) )?(?:suicide )?bomber"
                           r" (?:was|is|has been|had been)(?-u:\b)")
        # ("Nine militants armed with guns are killed after storming the base": the doers, killed in their attack)
        | (own.str.contains(_ATTACKER_SUBJECT) & ~own.str.contains(r"(?-u:\b)and(?-u:\b)")
           & pl.col("text").str.slice(pl.col("c_end"), 100).str.contains(r"^(?: [^,;.\d]{1,70}?)? (?:after|while|when|as)(?: they)?(?: (?:tried|trying) to)?"
                                     r" (?:storm|attack|raid|assault|overrun|infiltrat|ambush|stormed|attacked|raided)\S*(?-u:\b)")))
        # (an active verb and its number only: "killed two", "shot dead all three")
        # ("security forces kill two of the attackers and capture a third": the doers only, with a share's "of")
        # ("Gunmen attack a police post; troops say they killed 12 suspected Boko Haram fighters", "soldiers shoot dead
        # two militants who attacked a checkpoint": a force's count of the doers of the attack it met)
        .when(own.str.contains(r"^(?i:kill|shoot|shot|gunn)\S*(?: dead| down)? (?:at least |more than |about |some |all )?[^\s,]+$")
              & (after_toll.str.contains(rf"^(?: [\p{{L}}\-]+){{0,3}}? {doers}(?-u:\b)")
                 # ("Three gunmen attacked the parliament; police killed all three")
                 | own.str.contains(r" (?i:all \S+|both|all of them|them all)$"))
              & (pl.col("text").str.slice(0, pl.col("c_start")).str.contains(
                  r"(?i:police|policemen|officers|soldiers|troops|security forces|forces|army|military|commandos|guards"
                  r"|gendarmes|marines)(?: (?:says?|said))?(?: (?:they|it|had|have|has))? $")
                 # ("Security forces end a siege in X after killing two militants who had holed up in a hotel": the
                 # force, the subject of its clause, killed them in the end)
                 | pl.col("text").str.slice(0, pl.col("c_start")).str.contains(
                     r"^(?:[\p{L}\-']+ ){0,2}(?i:police|policemen|soldiers|troops|security forces|forces|commandos"
                     r"|special forces)(?: [^,;.]{1,80})? (?:after|by|while|before) $"))
              & (after_toll.str.contains(rf"^(?: [\p{{L}}\-]+){{0,3}}? {doers} (?:who|which|that) (?:had )?(?:attack|storm|raid"
                                         r"|ambush|assault|open|fired|holed|barricad|took|seiz)")
                 | attacked
                 # ("Four men armed with rifles stormed a hotel; security forces killed all four")
                 | (own.str.contains(r" (?i:all \S+|both|all of them|them all)$")
                    & pl.col("text").str.slice(0, pl.col("c_start")).str.contains(
                        r"(?i:(?-u:\b)(?:attack|storm|raid|ambush|assault)[a-z]*(?-u:\b))")))).then(True)
        .otherwise(own.str.contains(rf"^(?i:kill|shoot|shot|murder|gunn|execut)\S*(?: dead| down)? (?:the |all )?[^\s,]+"
                                    rf" (?:of (?:the|its|their) )?(?:[\p{{Ll}}\-]+ )?{_THE_ATTACKERS}"
                                    r"(?:$|,? and (?:captur|arrest|detain|wound|injur|seiz|free|releas|rescu|report|suffer|los)\S*(?-u:\b))")
                   | own.str.contains(r"^(?i:kill|shoot|shot|murder|gunn|execut)\S*(?: dead| down)? (?:the |all )?[^\s,]+$")
                   & (after_toll.str.contains(rf"^(?: [\p{{Ll}}\-]+){{0,2}}? {_THE_ATTACKERS}")
                      # "Soldiers shot dead a man ... after he set off a small explosion": the force's fire killed the
                      # one who attacked (not "soldiers shot dead a man at a protest")
                      # ("shoot dead a Palestinian who stabbed a soldier": one told by a people's name too)
                      | (own.str.contains(r" (?i:an?)$") & after_toll.str.contains(
                          r"^ (?:man|woman|suspect|youth|\p{Lu}[\p{Ll}\-]+(?: (?:man|woman|youth|teenager))?)(?-u:\b)")
                         & pl.col("text").str.slice(0, pl.col("c_start")).str.contains(
                             r"(?i:police|policemen|officers|soldiers|troops|security forces|guards|gendarmes|commandos"
                             r"|marines)(?: [\p{L}\-]+){0,2} $")
                         & pl.col("text").str.slice(pl.col("c_end"), 120).str.contains(
                             r"^[^;.]*? (?:after|when|as|who|because)(?: (?:he|she|had|was|allegedly|reportedly))?"
                             r"(?: [\p{L}\-]+){0,2} (?:set off|detonated|opened fire|stabbed|attacked|tried|attempted"
                             r"|lunged|fired|rammed|drove|threw|wielded|brandished|carried|was carrying"
                             # ("after he seizes a servicewoman's rifle")
                             r"|seizes|seized|grabs|grabbed|snatches|snatched)(?-u:\b)")))
                   # ("Police shot dead X, an Islamic State sympathiser, after he set off a bomb in a taxi": a named
                   # attacker, killed by the force he met)
                   | (own.str.contains(r"^(?i:shoot|shot|kill|gunn)\S*(?: dead| down)? \p{Lu}")
                      & pl.col("text").str.slice(0, pl.col("c_start")).str.contains(
                          r"(?i:police|policemen|officers|soldiers|troops|security forces|guards|gendarmes|commandos"
                          r"|marines|agents)(?: [\p{L}\-]+){0,2} $")
                      & ~pl.col("text").str.slice(0, pl.col("c_start")).str.contains(_THE_ATTACKERS + r"(?: [\p{L}\-]+)? $")
                      & pl.col("text").str.slice(pl.col("c_end"), 160).str.contains(
                          r"^[^;.]*? (?:after|when|as|because)(?: (?:he|she|had|was|allegedly|reportedly))+"
                          r"(?: [\p{L}\-]+){0,2} (?:set off|detonated|opened fire|stabbed|attacked|tried|attempted"
                          r"|lunged|fired|rammed|drove|threw|wielded|brandished|took)(?-u:\b)")))
        .fill_null(False) | _share_of_doers(own, pl.col("text").str.slice(0, pl.col("c_start")), pl.col("_prev")).fill_null(False)
        # ("A truck loaded with explosives blew up near a compound ... The two people inside the truck died": the bomb's
        # own riders)
        | (own.str.contains(r"^(?:\S+ ){0,2}(?:people|men|persons|occupants|riders|driver|drivers)? ?(?:inside|in|aboard)"
                            r" the (?:truck|car|vehicle|van|lorry)(?-u:\b)")
           & (pl.col("text").str.slice(0, pl.col("c_start")) + " " + pl.col("_prev").fill_null("")).str.contains(
               r"(?i:(?:truck|car|vehicle|van|lorry)s? (?:loaded|packed|laden|rigged|filled|stuffed) with explosives"
               r"|explosives?-(?:laden|packed|filled) (?:truck|car|vehicle|van|lorry)|(?:truck|car|vehicle|van|lorry) bomb)")).fill_null(False)
        # (the same read as a list: "troops shoot dead a Palestinian who stabbed and wounded a soldier")
        | (own.str.contains(r"^(?i:shoot|shot|kill|gunn)\S*(?: dead| down)? (?i:an?) (?:man|woman|suspect|youth|\p{Lu}[\p{Ll}\-]+)"
                            r"(?: (?:man|woman|youth|teenager))? who (?:had )?(?:allegedly )?(?:set off|detonated|opened fire"
                            r"|stabbed|attacked|fired|rammed|threw|lunged)(?-u:\b)")
           & pl.col("text").str.slice(0, pl.col("c_start")).str.contains(
               r"(?i:police|policemen|officers|soldiers|troops|security forces|guards|gendarmes|commandos|marines)"
               r"(?: [\p{L}\-]+){0,2} $")).fill_null(False))
    # (a sentence that tells another time or event, see _bind_tolls)
    other_time = keyed_text.select(pl.col("text").fill_null("").str.contains(_ANOTHER_TIME_OR_EVENT))
    return found.with_columns(earlier_event_from=pl.col("c_start") - earlier_event,
                              ongoing=ongoing.to_series(), attackers=attackers.to_series() | found["_apart"],
                              other_time=other_time.to_series()).drop("_apart")
# one person's death told by a pronoun in a sentence of its own: "A man stabbed X in the street. She died of her
# wounds." (not "He died for his country", "She dies in the film")
_PRONOUN_DEATH = (r"^(?:He|She) (?:later |subsequently |eventually |then |soon )?(?:died|dies|succumbed|succumbs)"
                  r"(?:$|[,.;]| (?:of|from|in|on|at|after|before|hours|days|shortly|later|to|while|the)(?-u:\b))")


def _pronoun_death(found: pl.DataFrame, base: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """ "X was stabbed ... She died of her wounds.": the one wounded the sentence before is one dead (its wounded row
    becomes a killed row); with no one wounded told there, the pronoun's sentence tells one dead."""
    dies = base.filter(pl.col("text").str.starts_with("He ") | pl.col("text").str.starts_with("She ")).filter(
        pl.col("text").str.contains(_PRONOUN_DEATH)).select(
        "article_id", "sentence_index", _len=pl.col("text").str.extract(_PRONOUN_DEATH, 0).str.len_chars())
    if dies.is_empty():
        return found
    # (no toll of the dead of its own in it, nor any before: "Four died at the scene. He died later" is no one more)
    # (not where a death is counted in the pronoun's sentence or the one before)
    counted = found.filter(pl.col("kind") == "killed").select("article_id", "sentence_index").unique()
    dies = dies.join(counted, on=["article_id", "sentence_index"], how="anti").join(
        counted.select("article_id", (pl.col("sentence_index") + 1).cast(dies.schema["sentence_index"])),
        on=["article_id", "sentence_index"], how="anti")
    # (not the attacker shot by the force he met: "Police shot a man who attacked officers with a knife. He died in
    # hospital.")
    dies = dies.join(sentences.select("article_id", (pl.col("sentence_index") + 1).cast(dies.schema["sentence_index"]),
                                      pl.col("text").alias("_prev")), on=["article_id", "sentence_index"], how="left").filter(
        ~pl.col("_prev").fill_null("").str.contains(
            r"(?i:(?-u:\b)(?:police|policemen|officers|soldiers|troops|security forces|guards|gendarmes|agents)"
            r"(?: [\p{L}\-]+){0,2} (?:shot|shoot|shoots|opened fire|open fire|fired|wounded|wound|wounds|killed|gunned))"))
    one_hurt = found.with_row_index("_r").filter(pl.col("kind") == "wounded").with_columns(
        _s=(pl.col("sentence_index") + 1).cast(dies.schema["sentence_index"])).join(
        dies.select("article_id", pl.col("sentence_index").alias("_s")), on=["article_id", "_s"]).group_by(
        "article_id", "_s").agg(pl.col("_r"), pl.col("n_min").max().alias("_n"), pl.len().alias("_k"))
    # (one reading of one person hurt, however many rows tell it)
    became = one_hurt.filter(pl.col("_n") == 1)
    turned = became.explode("_r")["_r"]
    alone = dies.join(became.select("article_id", pl.col("_s").alias("sentence_index")),
                      on=["article_id", "sentence_index"], how="anti")
    found = found.with_row_index("_r").with_columns(
        kind=pl.when(pl.col("_r").is_in(turned.implode())).then(pl.lit("killed")).otherwise("kind")).drop("_r")
    return pl.concat([found, alone.select(
        "article_id", "sentence_index", pl.lit("killed").alias("kind"), pl.lit(1, pl.Int32).alias("n_min"),
        pl.lit(1, pl.Int32).alias("n_max"), pl.lit(0, pl.Int64).alias("c_start"), pl.col("_len").cast(pl.Int64).alias("c_end"))],
        how="diagonal_relaxed").with_columns(
        [pl.col(c).fill_null(False) for c in ("backward", "other", "more", "adds", "shared", "sequel", "subject", "alt",
                                              "put", "_apart")])


# people a "them" may stand for other than the doers ("stormed a bus carrying pilgrims; 12 of them were killed")
_OTHER_PEOPLE = (r"\d|(?i:(?-u:\b)(?:two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|several|many|people"
                 r"|passengers|pilgrims|civilians|hostages|villagers|worshippers|students|children|soldiers|troops|workers"
                 r"|tourists|residents|families|women|men)(?-u:\b))")


def _share_of_doers(own: pl.Expr, before: pl.Expr, previous: pl.Expr) -> pl.Expr:
    """A share of the doers told by "of them" after they opened the sentence, or the one before, as the subject:
    "Suicide attackers try to storm the academy; two of them are shot dead", "Attackers drive a van into a police
    building; police shoot 13 of them dead" (no other people named between them and the share)."""
    doers = rf"^(?:[\p{{L}}\-]+ ){{0,2}}(?:{_ATTACKER_SUBJECT}|(?i:armed|masked|unknown|unidentified) men(?-u:\b))"
    # (the share opens its clause, or the force that met them does: "; troops shot four of them dead"; not the doers'
    # own verb: "separating the workers and shooting 36 of them dead")
    force = (r"(?i:police|policemen|officers|soldiers|troops|security forces|forces|army|guards|commandos|gendarmes"
             r"|marines)(?: \S+){0,2}? (?:shot|shoot|shoots|kill|kills|killed|gunned down) $")
    told = before.str.contains(doers) & ~before.str.replace(doers, "").str.replace(force, "").str.contains(
        _OTHER_PEOPLE) & (before.str.contains(r"(?:[;,]|(?-u:\b)and) $") | before.str.contains(force))
    told_before = (before.str.len_chars() <= 1) & previous.fill_null("").str.contains(doers) & ~previous.fill_null(
        "").str.replace(doers, "").str.contains(_OTHER_PEOPLE)
    return own.str.contains(r"^(?:\S+ ){1,2}of them(?-u:\b)") & (told | told_before)


# "stabs three passers-by, one of them fatally", "wounding 30 people, four of them fatally": the share died, the rest
# were wounded (that count replaces the whole as the wounded toll)
def _fatal_share(found: pl.DataFrame, base: pl.DataFrame, num: str, num_no_article: str,
                 reference: Reference) -> pl.DataFrame:
    pattern = (rf"(?-u:\b)(?i:shoot(?:s|ing)?|shot|stab(?:s|bed|bing)?|wound(?:s|ed|ing)?|injur(?:es|ed|ing)|hit(?:s|ting)?)"
               rf" (?P<all>{num})(?: [\p{{L}}\-]+){{0,3}}, (?P<share>{num_no_article}) of (?:them|whom)"
               r"(?: (?:were|was|are|is))? (?:fatally|mortally)(?-u:\b)")
    shares = find_matches(base.filter(pl.col("text").str.contains_any(["fatally", "mortally"])), pattern, "m")
    shares = shares.with_columns(pl.col("m").str.extract_groups(pattern).alias("_g")).unnest("_g")
    shares = parse_quantity(parse_quantity(shares, "all", "_a", reference), "share", "_s", reference).filter(
        pl.col("_a_min").is_not_null(), pl.col("_s_min").is_not_null(), pl.col("_s_min") <= pl.col("_a_min"))
    if shares.is_empty():
        return found
    spans = shares.select("article_id", "sentence_index", pl.col("m_start").alias("_ms"), pl.col("m_end").alias("_me"))
    inside = found.with_row_index("_r").join(spans, on=["article_id", "sentence_index"]).filter(
        pl.col("c_start") >= pl.col("_ms"), pl.col("c_start") < pl.col("_me"))["_r"].unique()
    new = pl.concat([shares.select("article_id", "sentence_index", pl.lit(kind).alias("kind"), n.alias("n_min"),
                                   n.alias("n_max"), pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"),
                                   backward=pl.col("m").str.contains(r"^\p{L}+ing "))
                     for kind, n in (("killed", pl.col("_s_min")), ("wounded", pl.col("_a_min") - pl.col("_s_min")))])
    return pl.concat([found.with_row_index("_r").filter(~pl.col("_r").is_in(inside.implode())).drop("_r"),
                      new.with_columns(pl.col("n_min").cast(pl.Int32), pl.col("n_max").cast(pl.Int32))],
                     how="diagonal_relaxed").with_columns(
        [pl.col(c).fill_null(False) for c in ("backward", "other", "more", "adds", "shared", "sequel", "subject")])


# a second clause with its own dead: "X and an adviser were shot dead in A, while Y and a general were killed in B"
# (or "..., and" / "; " before a second subject: "two soldiers were killed on Monday, and a third died on Tuesday")
_SECOND_CLAUSE = r"(?:, (?:while|whereas|and)|;) "
# (not the attackers' own deaths: "..., while three gunmen were shot dead by police")
_ATTACKER_SUBJECT = (r"(?i:(?-u:\b)(?:attackers?|gunm[ae]n|assailants?|bombers?|militants?|insurgents?|hijackers?"
                     r"|suspects?|perpetrators?|shooters?|kidnappers?|terrorists?)(?-u:\b))")


# the doers of this attack only
# (a hostage-taking's doers too: "special forces kill five of the hostage-takers")
_THE_ATTACKERS = (r"(?i:(?-u:\b)(?:attackers?|gunm[ae]n|assailants?|bombers?|hijackers?|shooters?|perpetrators?"
                  r"|hostage[ \-]takers?|kidnappers?|captors?)(?-u:\b))")


# a side's own people counted by the side: "hundreds of its members", "dozens of their fighters"
_SIDE_MEMBERS = (r"^(?i:(?:[^\s,;]+ ){1,3}of (?:its|their|the group's|the group’s) (?:own )?(?:members|fighters|militants|men"
                 r"|soldiers|troops|rebels|insurgents|followers|supporters|personnel|forces|ranks|militiamen)(?-u:\b))")


def _second_clause_adds(found: pl.DataFrame, base: pl.DataFrame) -> pl.DataFrame:
    """Marks a subject toll as added to an earlier toll of its kind in the sentence when it is told by a second clause
    ("..., while Y and a retired general were killed") or with "also" ("...; several officials are also hurt")."""
    keyed = found.with_row_index("_r").join(base.select("article_id", "sentence_index", "text"),
                                            on=["article_id", "sentence_index"], how="left")
    own = pl.col("text").str.slice(pl.col("c_start"), pl.col("c_end") - pl.col("c_start"))
    candidates = keyed.filter(pl.col("subject"), ~pl.col("adds"), ~pl.col("other"), ~pl.col("more"), ~pl.col("shared"),
                              # (not a share of those counted: "two of them died", "five of the dead were soldiers")
                              # ("Ten soldiers, seven of them American, are killed; five of the Americans die when ...")
                              ~own.str.contains(r"(?-u:\b)among(?-u:\b)|^(?i:(?:\S+ ){1,2}of (?:them|whom|those|these|the)(?-u:\b))"),
                              ~own.str.contains(_ATTACKER_SUBJECT))
    earlier = found.select("article_id", "sentence_index", "kind", pl.col("c_end").alias("_e"), pl.col("n_min").alias("_n"))
    between = pl.col("text").str.slice(pl.col("_e"), pl.col("c_start") - pl.col("_e"))
    # "three soldiers died ...; two were killed instantly and the third died of his wounds": a bare number smaller
    # than the toll before it, told with how each died, retells its parts ("...; two were killed on Tuesday" adds)
    retold = (own.str.contains(r"^(?:(?i:at least) )?[^\s,]+(?: (?:were|are|was|is|have been|has been|had been))? \S+$")
              & (pl.col("n_min") < pl.col("_n")) & pl.col("text").str.slice(pl.col("_e")).str.contains(
                  r"(?-u:\b)(?:instantly|immediately|on the spot|at the scene|on impact|(?:the|a) (?:other|others|rest"
                  r"|remaining|third|fourth|fifth|last))(?-u:\b)"))
    flagged = candidates.join(earlier, on=["article_id", "sentence_index", "kind"]).filter(
        pl.col("_e") <= pl.col("c_start")).filter(
        between.str.contains(_SECOND_CLAUSE) | own.str.contains(r" also (?:\S+ )?\S+$"),
        ~retold.fill_null(False),
        # ("Ten soldiers are killed in separate attacks across X; five die when ..., and two are killed by ...": a
        # total over several attacks, then its parts)
        ~pl.col("text").str.slice(0, pl.col("c_start")).str.contains(r"(?:killed|dead|died|die) in (?:separate|several|multiple|a series of|a wave of|coordinated"
                              r"|two|three|four|five|six) (?:\S+ )?(?:attacks|incidents|bombings|blasts|explosions|clashes"
                              r"|ambushes|strikes|raids|assaults)(?-u:\b)"),
        # ("...killed a commander; health officials said at least 12 people died": a reported total, not more dead)
        ~(between.str.contains(r"(?-u:\b)(?:say|says|said|report|reports|reported|confirm|confirms|confirmed|according to"
                               r" [^,;]{1,60})(?: that)?,? $") & own.str.contains(r"(?-u:\b)(?:people|persons|in all|in total)(?-u:\b)")))["_r"].unique()
    # "shot dead a colleague and then opened fire on the pilgrims, killing four": a killing told after another by the
    # same doer, in sequence, adds to it
    sequence = keyed.filter(~pl.col("subject"), ~pl.col("adds"), ~pl.col("other"), ~pl.col("more")).join(
        found.filter(~pl.col("subject")).select("article_id", "sentence_index", "kind", pl.col("c_end").alias("_e"),
                                                pl.col("c_start").alias("_s")),
        on=["article_id", "sentence_index", "kind"]).filter(
        pl.col("_e") <= pl.col("c_start"),
        pl.col("text").str.slice(pl.col("_e"), (pl.col("c_start") - pl.col("_e")).clip(0)).str.contains(
            r"^[^;:.]{0,80}?(?:,? and|,) then [^;:.]*$")
        # ("seriously wounding a policeman and hurting two passers-by": a second participle of the kind after a first,
        # more hurt)
        | (own.str.contains(r"^(?:wounding|injuring|hurting|killing|wounded|injured) ")
           & pl.col("text").str.slice(pl.col("_s"), 12).str.contains(r"^(?:wounding|injuring|hurting|killing|wounded"
                                                                     r"|injured) ")
           & pl.col("text").str.slice(pl.col("_e"), (pl.col("c_start") - pl.col("_e")).clip(0)).str.contains(
               r"^(?: [^\s,;:.]+){0,4}?,? and (?:\p{Ll}+ly )?$")))["_r"].unique()
    # "A roadside bomb killed six soldiers, while another bomb in X killed two": a second device or attack told by a
    # clause of its own, its toll added
    second = keyed.filter(~pl.col("subject"), ~pl.col("adds"), ~pl.col("other"), ~pl.col("more")).join(
        found.select("article_id", "sentence_index", "kind", pl.col("c_end").alias("_e")),
        on=["article_id", "sentence_index", "kind"]).filter(
        pl.col("_e") <= pl.col("c_start"),
        own.str.contains(r"^(?:killed|kills|killing|wounded|wounds|injured|injures|left)(?-u:\b)"),
        pl.col("text").str.slice(pl.col("_e"), (pl.col("c_start") - pl.col("_e")).clip(0)).str.contains(
            r"^[^;:.]{0,80}?(?:, (?:while|whereas|and)|;) (?:another|a second|a third|a further) [^,;:.]{1,60}$"))["_r"].unique()
    # "A gunman kills four employees of a shop, after first shooting his former girlfriend dead": a killing told as
    # done first, beside another toll of its kind, adds to it
    done_first = keyed.filter(~pl.col("adds"), ~pl.col("other"), ~pl.col("more"), pl.col("text").str.slice(
        0, pl.col("c_start")).str.contains(r"(?i:(?-u:\b)(?:after|having) first $)")).join(
        found.select("article_id", "sentence_index", "kind", pl.col("c_start").alias("_s"), pl.col("c_end").alias("_e")),
        on=["article_id", "sentence_index", "kind"]).filter(
        (pl.col("_e") <= pl.col("c_start")) | (pl.col("_s") >= pl.col("c_end")))["_r"].unique()
    flagged = pl.concat([flagged, sequence, second, done_first]).unique()
    # the attackers' own dead told apart after the toll ("killing 30 civilians and 14 soldiers; 58 attackers are also
    # reported killed") are no part of it (militants or rebels killed in the fighting that followed are, see above)
    # ... and neither are a side's own losses it tells after the toll of a clash ("clashes killed 40; the group said
    # hundreds of its members were killed")
    side = keyed.filter(pl.col("subject"), own.str.contains(_SIDE_MEMBERS)).join(
        earlier, on=["article_id", "sentence_index", "kind"]).filter(pl.col("_e") <= pl.col("c_start"))["_r"].unique()
    apart = keyed.filter(pl.col("subject"), own.str.contains(_THE_ATTACKERS)).join(
        earlier, on=["article_id", "sentence_index", "kind"]).filter(pl.col("_e") <= pl.col("c_start")).filter(
        between.str.contains(_SECOND_CLAUSE) | own.str.contains(r" also (?:\S+ )?\S+$"))["_r"].unique()
    # (kept, marked as the attackers' own dead: their words anchor no toll, see _bind_tolls)
    return found.with_row_index("_r").with_columns(
        adds=pl.col("adds") | pl.col("_r").is_in(flagged.implode()), _apart=pl.col("_r").is_in(apart.implode())).filter(
        ~pl.col("_r").is_in(side.implode())).drop("_r")


# a count of the span the news falls in, not of this event: "in a year in which eight other reporters have been
# killed", "the latest of dozens of activists murdered this year"
_SPAN_BEFORE = (r"(?i:(?-u:\b)(?:in|during) an? (?:month|year|week|period|decade|span)(?: [^,;.]{0,30}?)?"
                r" (?:in which|when|during which|that (?:has|had) seen)(?: [^,;.]{0,40}?)? $)")
_SPAN_AFTER = r"^(?: [^\s,;.]+){0,3}? (?:so far )?this (?:year|month)(?-u:\b)"
# a monitor's higher count told after the first stated toll: "At least four were killed; a war monitor put the toll
# at six" (the first stated toll stands)
_MONITOR = r"(?i:monitor|observatory|rights group|activists)(?: [^,;.]{0,40}?)? $"
# (or any source named after the first toll's clause: "; a local media office puts the toll at 17", "while officials
# put ...", but not a revision: "officials now put the toll at 40", "later put")
_REVISION_WORDS = r"(?:now|later|since|subsequently|then|again|eventually|finally)"
_REVISION_BEFORE = rf"(?i:(?-u:\b){_REVISION_WORDS} $)"
# a toll another source gives in a sentence of its own ("An army officer puts the death toll at about 30."): not a
# revision of the count told before (incidents: the first stated toll stands), unless it says so ("now put")
# ("the army put the dead at 12")
_PUT_THE_TOLL = (r"(?:(?:put|puts|putting|gave|gives|placed|places) (?:the|its) (?:(?:death )?toll|number of (?:the )?"
                 r"(?:dead|deaths|fatalities|people killed))|(?:put|puts|putting|placed|places) the dead at)")
TOLL_PUT = rf"(?i:(?-u:\b){_PUT_THE_TOLL})"
TOLL_PUT_AS_REVISION = rf"(?i:(?-u:\b){_REVISION_WORDS} {_PUT_THE_TOLL})"
# ("; deputy prefect X, who blames the group, puts the toll at 24": the source with an aside of its own)
_OTHER_SOURCE = (_MONITOR + r"|(?:[;,] |(?-u:\b)(?:while|whereas|but) )(?:(?:the|an?|its|their) )?[^,;.]{1,60}?"
                 r"(?:, (?:who|which|whose|claiming|blaming) [^,;.]{1,60},)? "
                 r"(?:(?:had |has )?(?:earlier|first|initially) )?$")
# a claimant's own count told after the first stated toll: "Police say three soldiers are killed; the group, claiming
# the attack, says it killed 11" (another source's count, as a monitor's)
# ("..., although the group claims to have killed seven soldiers")
_CLAIMED_COUNT = (r"(?i:(?-u:\b)(?:(?:says?|said|claims?|claimed|claiming) (?:that )?(?:it|they|its fighters|its men)"
                  r" (?:had |has |have )?|(?:claims?|claimed|claiming) to have )$)")


# a count first reported, told before its correction ("sources first reported five dead and 30 injured", "correcting
# early reports of two dead", "initial reports said 12 people had died")
_FIRST_REPORT = (r"(?i:(?-u:\b)(?:(?:first|initially|originally|earlier) (?:reported|said|gave|counted|announced|put)"
                 r"|(?:early|earlier|initial|first|preliminary|original) (?:reports?|figures?|counts?|tolls?)"
                 r"(?: (?:of|said|put|gave|spoke of))?)(?: that)?"
                 r"(?: (?:at least|about|some|up to|as many as|more than|nearly))?(?: [^,;.:]{1,40}? and)? $)")


def _background_and_monitor(found: pl.DataFrame, base: pl.DataFrame) -> pl.DataFrame:
    """Drops the tolls of the span the news falls in; marks `alt` another source's count told after a toll of the
    dead (the two conflicting tolls are the toll's bounds, see `tolls`), and `put` a count another source puts in a
    sentence of its own."""
    keyed = found.with_row_index("_r").join(base.select("article_id", "sentence_index", "text"),
                                            on=["article_id", "sentence_index"], how="left")
    text = pl.col("text")
    # (a literal scan first: most sentences hold none of these words)
    words = guarded(text, ["which", "when", "seen", "this year", "this month"])
    before = text.str.slice(0, pl.col("c_start"))
    span = (words.str.contains(r"(?i:which|when|seen)") & before.str.contains(_SPAN_BEFORE)) | (
        words.str.contains(r"(?i:this (?:year|month))") & text.str.slice(pl.col("c_end"), 40).str.contains(_SPAN_AFTER))
    # (any other source's count put after the first: "according to the Red Cross; a government minister earlier put
    # the toll at 20", "..., while a provincial spokesman put the death toll at nine"; not a revision, "now put")
    put = guarded(text, ["put", "gave", "gives", "placed", "places"]).str.contains(
        r"(?i:put|gave|gives|placed|places)") & (pl.col("kind") == "killed") & text.str.slice(
        pl.col("c_start"), 40).str.contains(rf"^(?i:{_PUT_THE_TOLL})")
    # (a claimant's count: "..., says it killed 11")
    claimed = (pl.col("kind") == "killed") & guarded(text, ["it", "they", "its", "to have"]).str.slice(
        0, pl.col("c_start")).str.contains(_CLAIMED_COUNT) & text.str.slice(pl.col("c_start"), 8).str.contains(r"^kill")
    # (another source's own count after a toll of its sentence: "A district official put the dead at 28, while a
    # hospital doctor counted 23 dead")
    counted = (pl.col("kind") == "killed") & guarded(text, ["counted", "counts", "recorded", "records"]).str.slice(
        0, pl.col("c_start")).str.contains(
        r"(?i:(?-u:\b)(?:counted|counts|recorded|records) (?:(?:at least|about|some|around|nearly|more than) )?$)")
    monitor = put | claimed | counted
    # ("Five soldiers were killed ..., and an earlier attack in the same area killed nine": that attack's toll)
    earlier = guarded(text, ["earlier", "previous", "prior"]).str.slice(0, pl.col("c_start")).str.contains(
        r"(?i:(?-u:\b)(?:an?|the) (?:earlier|previous|prior) [^,;.]{0,60}? $)") & text.str.slice(
        pl.col("c_start"), 10).str.contains(r"^(?:killed|kills|left|wounded|injured) ")
    # ("..., on a day when roadside bombs also killed a Canadian soldier": the day's other event, not this one)
    same_day = guarded(text, ["day when", "day that", "day on which", "same day"]).str.slice(0, pl.col("c_start")).str.contains(
        r"(?i:(?-u:\b)on (?:a|the same) day (?:when|that|on which) [^,;.]{0,80}? $)")
    span = span | earlier | same_day
    flagged = keyed.filter(span.fill_null(False) | monitor.fill_null(False))
    monitor_rows = flagged.filter(pl.col("text").str.slice(0, pl.col("c_start")).str.contains(_OTHER_SOURCE)
                                  & ~pl.col("text").str.slice(0, pl.col("c_start")).str.contains(_REVISION_BEFORE)).join(
        found.filter(pl.col("kind") == "killed").select("article_id", "sentence_index", pl.col("c_end").alias("_e")),
        on=["article_id", "sentence_index"]).filter(pl.col("_e") <= pl.col("c_start"))["_r"]
    span_rows = flagged.filter(span.fill_null(False))["_r"]
    # (a count the source first gave, replaced since: "..., according to police, who had first put the toll at 12")
    first_count = text.str.slice(0, pl.col("c_start")).str.contains(
        r"(?i:(?-u:\b)(?:earlier|first|initially|originally) $)")
    superseded = keyed.filter(pl.col("_r").is_in(monitor_rows.implode()) & first_count)["_r"]
    # (a first report corrected since, where the article tells another count of its kind: "Medical sources first
    # reported five dead and 30 injured; the agency later puts the toll at four dead and 14 wounded", "nobody had
    # been killed, correcting early reports of two dead")
    first_report = guarded(text, ["first", "initial", "early", "earlier", "original", "preliminary"]).str.slice(
        0, pl.col("c_start")).str.contains(_FIRST_REPORT)
    corrected = keyed.with_columns(_first=first_report.fill_null(False)).with_columns(
        _others=(~pl.col("_first")).sum().over("article_id", "kind")).filter(
        pl.col("_first") & (pl.col("_others") > 0))["_r"]
    span_rows = pl.concat([span_rows, superseded, corrected])
    # (a put count told with no count of the dead before it in its sentence: "Some local media put the number of dead
    # at nine.", an alternative to the incident's own toll if it has one; "now put" revises, "first put" was revised)
    put_rows = keyed.filter(put.fill_null(False) & ~text.str.slice(0, pl.col("c_start")).str.contains(
        _REVISION_BEFORE) & ~first_count)["_r"]
    return found.with_row_index("_r").filter(~pl.col("_r").is_in(span_rows.implode())).with_columns(
        alt=pl.col("_r").is_in(monitor_rows.implode()), put=pl.col("_r").is_in(put_rows.implode())).drop("_r")


# the people close to a named victim
_KIN = (r"(?:wife|husband|son|daughter|brother|sister|father|mother|driver|bodyguard|guard|aide|nephew|niece|child"
        r"|cousin|uncle|aunt|grandson|granddaughter|grandchild|assistant|secretary|companion|colleague|friend"
        r"|spokesman|deputy|escort|grandmother|grandfather|stepson|stepdaughter|stepfather|stepmother|partner"
        r"|girlfriend|boyfriend|fianc[eé]e?|parent|bodyguard|cameraman|photographer|interpreter|translator|producer"
        r"|guide|host|housekeeper|maid|nanny|neighbou?r|grandchild|infant|baby|toddler|passenger)")
# the people killed with a named victim: "X was killed along with his wife" (one more), "killing leader X and his two
# bodyguards" (two), "X is killed along with his son and eight other people" (nine); after "and"/"with" the list
# opens with a possessed person, "N of his ..." or "N other ..." ("X was killed and five were wounded" adds none),
# after "along with" with any count
# ("X was killed in Moscow on Tuesday along with an aide": "along with" after the place and the day too)
# (the aside is lazy: "killing judge X together with his driver and bodyguard, and wounding ..." is no aside)
_COMPANION = (r"^(?:(?:,? [^,;]{2,90},){0,2}? (?:(?P<loose>along with|together with)|(?P<conn>and|with))"
              # ("killed Judge X, his bodyguard and their driver")
              r"|(?P<comma>,)"
              r"|(?P<loose2> (?:in|at|on|near|outside|inside|during|early|late|last|this|yesterday)(?: [^,;.]{1,80}?)?"
              r" (?:along|together) with)) (?P<clist>[^;:.]{1,160})")
# two people more after a name, each with an article and a noun of a person: "X, a lawyer and a co-defendant"
# (the list's end: not a comma, which closes an aside: "X, a lawyer and a rights activist, was shot")
_TWO_MORE = (r"^(?i:an?) (?:[\p{Ll}\-]+ )?[\p{Ll}\-]*(?:ss|[^s\W]) and (?i:an?|another) (?:[\p{Ll}\-]+ )?[\p{Ll}\-]*(?:ss|[^s\W])"
             r"(?:$|[.;]| (?:and|before|after|as|when|while|in|at|on|inside|outside|near|during)(?-u:\b))")
# ("at least five of his bodyguards": a qualifier before the share)
_COMPANION_OPENING = (r"^(?:(?:his|her|their) |(?:(?:at least|more than|about|some|nearly|up to|as many as) )?\S+"
                      r" (?:other|of (?:his|her|their))(?-u:\b)|(?:\S+ ){1,2}others?(?-u:\b))")
# one person alone by a noun of a job, the object of a killing: "kills the driver", "the town hall's night watchman"
_LONE_PERSON = (r"driver|rider|watchman|night guard|security guard|janitor|doorman|gatekeeper|shepherd|herder|cook|gardener"
                r"|porter|cashier|shopkeeper|pilot|conductor|interpreter|translator|cameraman|photographer|reporter")
# one person by a noun of a person: "is hacked to death with a friend", "killing X and a bystander"
_ONE_PERSON = (rf"(?:{_KIN}|bystander|passer-by|policeman|policewoman|police officer|soldier|civilian|woman|man|boy|girl"
               r"|student|worker|official|journalist|relative|neighbou?r|customer|pedestrian|officer|child|teenager"
               r"|worshipper|shopkeeper|vendor|farmer|guest|member|employee|militant|fighter|commander|activist)")
# ... after "and" a count too ("killing senior diplomat X and two Afghan civilians"; not "and two days later", a time)
_COMPANION_COUNT = (r"^(?:(?:an?|one|another) (?:[\p{L}\-]+ ){0,2}" + _ONE_PERSON + r"(?-u:\b)"
                    r"|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|\d{1,3}) (?:[\p{L}\-]+ ){0,3}"
                    r"[\p{L}\-]+)")
# where a companion list stops: its clause ends ("... and his son when a car bomb explodes"); a list that is the
# subject of its own verb is another clause ("X is killed, ..., and three others are injured")
# (not "at least": "along with at least 20 other people")
_REPORTING_END = r",(?: [^,;]{1,40})? (?:said|says|say|reported|reports|added|told)(?-u:\b).*$"
_COMPANION_END = (_REPORTING_END + r"|(?-u:\b)(?:when|as|after|before|while|who|whom|whose|which|that|where|by|in|on|near|outside|inside"
                  r"|during)(?-u:\b).*$|(?-u:\b)at(?: (?:[^l]|l[^e]|le[^a]).*)?$"
                  # ("killing X and four guards and wounding six": the next verb's clause)
                  r"|,? and (?:(?:then|also|later|\p{Ll}+ly) )?(?:wound|injur|hurt|leav|left)\S*(?: .*)?$")
_COMPANION_CLAUSE = (r"(?-u:\b)(?:were|are|was|is|has|have|had|said|says|say|told|wounded|injured|hurt|died|die)(?-u:\b)")
# a named person killed: "Anna X, a journalist, was shot dead", "former prime minister X was killed"; the name at
# the start, after a comma or after a lowercase title word (not "A United States Navy SEAL is killed")
# the start after a capitalised word too: "Serbian Prime Minister X is shot dead"; "X, 29, was shot dead" (an age);
# "X and one of his bodyguards are killed" (the companion counted below)
# a name with initials too: "Minister C. V. Perera"
_VICTIM_NAME = rf"(?:(?:\p{{Lu}}\. ){{1,3}}\p{{Lu}}[\p{{L}}\-'’]+|{PERSON_NAME})"
# the verbs of a named person's death
# ("is found strangled")
_NAMED_DEATH = (r"(?:shot dead|shot and killed|killed|assassinated|murdered|gunned down|beheaded|lynched|dead|strangled"
                # "is shot and stabbed to death", "was beaten to death"
                r"|(?:(?:shot|stabbed|beaten|hacked|bludgeoned|burned|burnt) and )?(?:stabbed|beaten|hacked|bludgeoned"
                r"|burned|burnt|shot) to death)")
# ("behind the killing of X, the mayor of Y, who was shot dead": after "the killing of" too)
_NAMED_VICTIM = (rf"(?:^|, |[—–:] | - |(?-u:\b)\p{{Ll}}{{4,}} |{NAME_TITLE}|(?-u:\b)\p{{Lu}}[\p{{L}}\-]+ "
                 rf"|(?-u:\b)(?:killing|murder|death|assassination) of ){_VICTIM_NAME}"
                 # "President X of Guinea-Bissau was shot dead"
                 # (a lean class after the capital: the Unicode letter class costs a quarter of the pattern's time)
                 r"(?: of (?:the )?\p{Lu}[^\s,;:.]+(?: \p{Lu}[^\s,;:.]+){0,2})?"
                 # "Journalists X and Y were shot dead", "X, Y and Z were killed": each name one more (a lean class)
                 # ("X and French photographer Y", "... and former military ruler Z": a title before the last name)
                 r"(?P<names>(?:, \p{Lu}[^\s,;:]+(?: \p{Lu}[^\s,;:]+){1,3}){0,3},? and (?:\p{Lu}[^\s,;:]+ )?(?:\p{Ll}[^\s,;:]+ ){0,3}"
                 r"\p{Lu}[^\s,;:]+(?: \p{Lu}[^\s,;:]+){1,3})?"
                 # ("X, his bodyguard and their driver are killed": each possessed companion one more)
                 rf"(?P<with>(?:, (?:his|her|their) (?:[\p{{L}}\-]+ )?{_KIN})*,? and (?:(?P<wq>[\p{{L}}\d]+) of )?(?:his|her|their)"
                 rf" (?:[\p{{L}}\-]+ )?{_KIN}s?)?"
                 # "is found shot dead", "was reportedly killed", "was abducted on Monday and later shot dead"
                 # (an aside with a list of its own: "X, head of Russia's radiological, chemical and biological
                 # protection troops, was killed")
                 # ("the killing of X, the mayor of Y, who was shot dead at her home": a relative clause after the aside;
                 # not right after the name, "led by X, who is killed in the exchange of fire", one of the doers)
                 r"(?:, (?:the|an?|his|her) [^,;]{2,90}, who |,? (?:[^,;]{2,130}(?:, [^,;]{1,90}){0,2}, )?)"
                 # "X, leader of the party, and his bodyguard are killed": the companion after the aside
                 rf"(?P<with2>and (?:(?P<wq2>[\p{{L}}\d]+) of )?(?:his|her) (?:[\p{{Ll}}\-]+ )?{_KIN}s? )?"
                 r"(?:(?:was|is|are|were) among (?:those|the people|the dead|the victims|the fatalities)"
                 r"(?: (?:killed|dead|who died))?|(?:was|is|are|were|has been|have been|had been)"
                 r"(?: (?:found|reportedly|later|allegedly|also))*(?:(?:(?: [^\s,;:.\d]+){1,6}?,? and(?: then| later)?"
                 rf"(?: found)?)? {_NAMED_DEATH}"
                 # "X was shot in the chest outside his home in Cali and died in hospital"
                 # ("is found with a gunshot wound to the head on the terrace of his home near X and dies in hospital")
                 r"|(?: [^\s,;:.\d]+){1,22}?,? and(?: then| later| subsequently)? (?:died|dies))|(?:had |has )?died|dies|die)(?-u:\b)")
# ... or the object of a killing verb: "killed al Qaeda leader X", "Israel killed X, a senior commander"
# (any case: "killed army Lieutenant Colonel X", "fatally shooting former Prime Minister X", "police inspector X")
_VICTIM_TITLE = (r"(?i:leader|commander|chief|general|founder|head|spokesman|minister|president|journalist|cleric|scientist"
                 r"|official|governor|mayor|judge|lawyer|activist|politician|lawmaker|envoy|ambassador|deputy|colonel"
                 r"|major|captain|lieutenant|sergeant|brigadier|admiral|inspector|commissioner|prosecutor|editor|reporter"
                 r"|priest|imam|bishop|senator|councillor|councilor|chairman|secretary|director|businessman|blogger)")
# any word but "of": "the killing of General X" names a past killing, not a toll
_NOT_OF = r"(?:[[\p{L}\-]--o][\p{L}'’\-]*|o[[\p{L}'’\-]--f][\p{L}'’\-]*|of[\p{L}'’\-]+|o)"
NAMED_OBJECT = (rf"(?-u:\b)(?:killed|kills|killing|kill|assassinated|assassinates|shot dead|murdered"
                rf"|fatally (?:shot|shooting|shoots|stabbed|stabbing|stabs)) (?:(?:the |an? )?(?:{_NOT_OF} (?:[\p{{L}}\-]+ ){{0,2}})?"
                 rf"{_VICTIM_TITLE} (?:{NAME_TITLE})?{PERSON_NAME}(?-u:\b)|(?:\d+-(?:year|month|week)-old )?{PERSON_NAME},)")
# (the tolls read more titles than the type does: "killing senior Canadian diplomat X", "gunmen shoot dead Ugandan MP
# X"; a named victim among others is no assassination, but counts)
_TOLL_TITLE = (r"(?:" + _VICTIM_TITLE + r"|(?i:diplomat|legislator|parliamentarian|unionist|presenter|correspondent"
               r"|photographer|cameraman|elder|candidate|ruler|singer|rapper|poet|writer|professor|doctor|teacher"
               r"|campaigner|businesswoman|chieftain|warlord|dissident|critic|magistrate|broadcaster|columnist"
               r"|nun|pastor|rabbi|mufti|chief of staff|hostage|captive|host|anchor|announcer|commentator|muezzin"
               r"|actor|actress|musician|comedian|footballer|entrepreneur))")
# a style before a name ("killing the Rev. X", "shot dead Father Y", "Dr. Z")
_STYLE = r"(?:Rev\.|Revd\.?|Reverend|Fr\.|Father|Pastor|Dr\.|Doctor|Prof\.|Professor|Brother|Sister) "
_NAMED_OBJECT_TOLL = (rf"(?-u:\b)(?:killed|kills|killing|kill|assassinated|assassinates|shot dead|murdered"
                      # ("say they have captured and executed X, a former commander": put to death)
                      rf"|executed|executing"
                      rf"|shoots? dead|shooting dead|gunned down|guns? down|gunning down"
                      # ("attackers hack to death X, a temple priest", "militants behead Canadian hostage X")
                      rf"|(?:hack|hacks|hacked|hacking|stab|stabs|stabbed|stabbing|beat|beats|beaten|beating|stone|stones"
                      rf"|stoned|stoning|club|clubs|clubbed|clubbing|slash|slashes|slashed|slashing) to death|behead|beheads"
                      rf"|beheaded|beheading"
                      rf"|fatally (?:shot|shooting|shoots|stabbed|stabbing|stabs)) (?:(?:the |an? )?(?:{_NOT_OF} (?:[\p{{L}}\-]+ ){{0,2}})?"
                      # (a nickname inside the name: "killing gang leader Emmanuel 'Dread' Wilme")
                      rf"(?:{_TOLL_TITLE} (?:{NAME_TITLE})?|{NAME_TITLE}|{_STYLE}){PERSON_NAME_NICKNAMED}(?-u:\b)"
                      rf"|(?:\d+-(?:year|month|week)-old )?{PERSON_NAME},)")
# aimed at a named person, dead or not: "shot 15-year-old Malala Yousafzai", "fired missiles at Hamas founder Sheikh
# Ahmed Yassin"
AIMED_AT_NAMED = (rf"(?-u:\b)(?:shot|stabbed|fired (?:[\p{{Ll}}\-]+ ){{0,2}}at|targeted|attacked) (?:(?:the |an? )?(?:[\p{{L}}\-]+ ){{0,3}}"
                   rf"{_VICTIM_TITLE} (?:{NAME_TITLE})?{PERSON_NAME}(?-u:\b)|\d+-(?:year|month|week)-old {PERSON_NAME}(?-u:\b))")
# a named person attacked, dead or not, makes the attack an assassination ("police chief X was wounded when gunmen
# ambushed his car", "X was shot several times", "X died after being attacked")
NAMED_TARGET = (rf"(?:^|, |(?-u:\b)\p{{Ll}}{{4,}} |{NAME_TITLE}){PERSON_NAME},? (?:[^,;]{{3,90}}, )?(?:(?:was|is|has been|had been) (?:shot|killed"
                 r"|assassinated|murdered|stabbed|gunned down|beheaded|wounded|injured|attacked|targeted)|died|dies|escaped|survived)(?-u:\b)")
# a companion named after an aside, after a title in lowercase words or none
_COMPANION_NAME = rf"^(?:(?:\p{{Ll}}[\p{{L}}\-]* ){{0,2}}{_TOLL_TITLE} )?{PERSON_NAME}$"
# ... or after any description in lowercase words ("and community representative Y"; not a verb's object: "and
# injuring Y", "and arrested Y", "and then Y")
# ("and Indigenous expert Y": an adjective of a people before the description)
_DESCRIBED_COMPANION = rf"^(?:\p{{Lu}}\p{{Ll}}+ )?(?:\p{{Ll}}[\p{{L}}\-]* ){{1,2}}{PERSON_NAME}$"
_NOT_A_DESCRIPTION = (r"^(?:\p{Ll}+(?:ing|ed|en)|then|later|also|so|thus|police|troops|soldiers|officials"
                      r"|(?:injure|wound|hurt|kidnap|abduct|seize|take|leave|spare|miss|kill|shoot|stab|attack|beat|rob"
                      r"|capture|arrest|free|release|rescue|target|hold|grab|drag)s?) ")


_DESCRIBED_OBJECT = (r"(?-u:\b)(?:killed|kills|killing|shot dead|shooting dead|murdered|assassinated)"
                     rf" ((?:\p{{Ll}}[\p{{L}}\-]* ){{1,3}})(?:{NAME_TITLE})?{PERSON_NAME}(?-u:\b)")
# one person wounded, named or described by a role: "killing X and wounding Y", "President X is lightly wounded
# when ...", "X, a general, is shot in the head by a sniper", "killing the passenger and injuring the driver"
_WOUNDED_ONE_END = r"(?:[,.;]|$| (?:and|in|at|on|as|when|while|who|outside|near|during|by)(?-u:\b))"
_WOUNDED_OBJECT = (rf"(?-u:\b)(?:wounding|injuring|wounded|injured|wounds|injures|wound|injure) (?:(?:(?:the |an? )?(?:[\p{{L}}\-]+ ){{0,3}}?"
                   rf"{_VICTIM_TITLE} )?(?:{NAME_TITLE})?{PERSON_NAME}|the (?:[\p{{Ll}}\-]+ ){{0,2}}?\p{{Ll}}+(?:er|or|ist|man|woman|ian)"
                   # ("wounds the bodyguard of a councillor", "injures the secretary of a judge")
                   rf"|the (?:[\p{{Ll}}\-]+ ){{0,2}}?(?:{_KIN}|secretary|assistant) of (?:an? |the )?(?:[\p{{L}}\-]+ ){{0,3}}?[\p{{L}}\-]+)"
                   rf"{_WOUNDED_ONE_END}")
# ("Senator X and his wife are wounded", "reporter X and cameraman Y were seriously injured": one more)
_WOUNDED_SUBJECT = (rf"(?:^|, |(?-u:\b)\p{{Ll}}{{4,}} |{NAME_TITLE}|(?-u:\b)\p{{Lu}}[\p{{L}}\-]+ ){PERSON_NAME}"
                    rf"(?P<with> and (?:(?:his|her) (?:[\p{{Ll}}\-]+ )?{_KIN}|(?:\p{{Ll}}[\p{{L}}\-]* ){{0,2}}{PERSON_NAME}))?"
                    # ("a bomb fixed to the car of official X, who was wounded")
                    r",? (?:[^,;]{2,90}, )?(?:who )?"
                    r"(?:(?:was|is|has been|had been)(?: (?:\p{Ll}+ly|also|reportedly))* (?:wounded|injured|hurt|shot|stabbed)"
                    r"|(?:were|are|have been)(?: (?:\p{Ll}+ly|also|reportedly))* (?:wounded|injured|hurt))(?-u:\b)")
# "a police officer is killed and another wounded", "one is killed and the other critically wounded"
_WOUNDED_OTHER = (r"(?:(?-u:\b)(?i:another|the other)(?: one)?(?: (?:was|is|has been|had been))?(?: \p{Ll}+ly)?"
                  r" (?:wounded|injured|hurt)"
                  # ... or its object: "killing one Marine and wounding another before they are shot dead"
                  r"|(?-u:\b)(?:wounding|injuring|wounds|injures|wounded|injured) (?i:another|one other|the other)(?: \p{Ll}+)?)"
                  r"(?:[,.;]|$| (?:in|at|on|when|as|by|and|after|before|while|during|near|outside|inside)(?-u:\b))")
# not a thing or the attacker ("injuring the bomber", "hurting the economy")
_NOT_A_WOUNDED_PERSON = (r"(?-u:\b)(?:bomber|attacker|gunman|assailant|shooter|perpetrator|hijacker|suspect|power|order"
                         r"|border|water|number|center|centre|other|matter|rest|sector|interior|exterior|floor|corner"
                         r"|monitor|motor|reactor|generator|transformer|computer|tower|theater|theatre|shelter|container"
                         r"|trailer|helicopter|tractor|harbour|harbor|minister)(?:[,.;]| \S+)?$")


# one person hurt and told alive: "A soldier is stabbed in the neck; he survives", "a teacher was stabbed and survived
# with injuries", "a blogger is attacked with a machete and is in critical condition", "a shopkeeper was badly burned"
_SURVIVOR = (r"(?-u:\b)(?i:an?|one) (?:[^\s,;:.\d]+ ){1,12}?(?:is|was) (?:\p{Ll}+ly )?"
             r"(?:(?:stabbed|shot|attacked|knifed|slashed|hit|beaten|assaulted|set upon)(?-u:\b)[^;.]{0,80}?"
             r"(?:(?:;|,? and|,? but) (?:he|she) (?:survives|survived|is in (?:a )?(?:critical|serious|grave) condition"
             r"|(?:is|was) (?:in|taken to) (?:a )?hospital)"
             r"|,? (?:and|but) (?:survived|survives)(?-u:\b)"
             r"|,? and (?:is|was) (?:in (?:a )?(?:critical|serious|grave|stable) condition|(?:fighting|battling) for (?:his|her) life))"
             r"|(?:badly|seriously|severely|critically) (?:burned|burnt)(?-u:\b))")


_SURVIVED_HURT = (rf"(?:^|; |, |(?-u:\b)(?:and|but|while) )(?:(?i:the|his|her) (?:[\p{{Ll}}\-]+ ){{0,2}}?\p{{Ll}}+[^s\W]|{PERSON_NAME}"
                  r"|(?i:he|she))(?: (?:himself|herself|also))? (?:survived|survives|escaped|escapes)"
                  r" (?:with|despite) (?:(?:minor|light|slight|serious|severe|critical|multiple|gunshot|shrapnel|stab|head"
                  r"|leg|arm) )?(?:wounds|injuries|a (?:\p{Ll}+ )?(?:wound|injury))(?-u:\b)")


# one person shot, then told dead by a pronoun: "X is shot in a car park, and police later say he has died of his
# wounds", "a reporter is shot by two men; she dies in hospital the next day"
_LATER_DEATH = (r"(?-u:\b)(?:is|was) (?:\p{Ll}+ly )?(?:shot|stabbed|wounded|injured|hit|attacked|knifed)(?-u:\b)[^;.]{0,120}?"
                r"(?:;|,? and|,? but)(?: [^;.]{0,40}? (?:say|says|said|reports?|reported|confirms?|confirmed)(?: that)?)?"
                r" (?:he|she) (?:later |subsequently |then )?(?:has |had )?(?:died|dies|succumbed)(?-u:\b)")


def _captives_killed(base: pl.DataFrame, num: str, reference: Reference) -> pl.DataFrame:
    """Captives counted when taken and killed after by a pronoun: "Gunmen who had kidnapped three aid workers killed
    them", "militants abducted 12 truck drivers and later executed them"."""
    # ("pulled 22 villagers off a bus and shot them dead", "pulled off 14 passengers")
    # ("took off 14 soldiers travelling in civilian clothes and executed them")
    pattern = (rf"(?-u:\b)(?:kidnapp(?:ed|ing)|abduct(?:ed|ing)|seiz(?:ed|ing)|captur(?:ed|ing)|(?:took|taken|taking)(?: off| away| out)?"
               rf"|(?:pull|pulls|pulled|pulling|drag|drags|dragged|dragging|haul|hauls|hauled|hauling)(?: off| out)?"
               rf"|(?:round|rounds|rounded|rounding|line|lines|lined|lining) up) (?P<q>{num})"
               r" [^,;.]{1,140}? (?:(?:killed|kills|executed|executes|beheaded|beheads|murdered|murders|shot dead|shoot dead"
               r"|shoots dead) (?:all of )?them|(?:shot|shoots|shoot) them dead)(?-u:\b)")
    rows = base.filter(pl.col("text").str.contains_any([" them"]), pl.col("text").str.contains_any(
        ["kidnap", "abduct", "seiz", "captur", "took", "taken", "pull", "drag", "haul", "round up", "rounded up", "rounds up",
         "rounding up", "lined up", "line up", "lines up", "lining up"],
        ascii_case_insensitive=True))
    found = find_matches(rows, pattern, "m")
    found = parse_quantity(found.with_columns(q=pl.col("m").str.extract(pattern, 1)), "q", "n", reference).filter(
        pl.col("n_min").is_not_null())
    return found.select("article_id", "sentence_index", pl.lit("killed").alias("kind"), "n_min", "n_max",
                        pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"))


# a count whose aside names more than the lean aside of the toll patterns holds (_TOLL_ASIDE: 60 characters, a size
# the 16 copies of `filler` allow): "Ten hostages, among them former governor X and retired colonel Y, are killed"
_LONG_ASIDE = (r"(?:^|, |; |(?-u:\b)(?:and|but|while|when) )(?P<q>{num})(?: [\p{{L}}\-]+){{1,3}}, (?:including|among them|among whom)"
               r" [^;.:]{{61,200}}?, (?:were|are|was|is|have been|has been|had been)(?: (?:later|reportedly|also|\p{{Ll}}+ly))?"
               r" (?P<verb>killed|shot dead|dead|died|slain|murdered|executed|wounded|injured|hurt)(?-u:\b)")


def _long_aside(base: pl.DataFrame, num: str, reference: Reference) -> pl.DataFrame:
    pattern = _LONG_ASIDE.format(num=num)
    rows = base.filter(pl.col("text").str.contains_any([", including ", ", among them ", ", among whom "]))
    found = find_matches(rows, pattern, "m").with_columns(pl.col("m").str.extract_groups(pattern).alias("_g")).unnest("_g")
    found = parse_quantity(found, "q", "n", reference).filter(pl.col("n_min").is_not_null())
    return found.select("article_id", "sentence_index", pl.when(pl.col("verb").is_in(["wounded", "injured", "hurt"])).then(
        pl.lit("wounded")).otherwise(pl.lit("killed")).alias("kind"), "n_min", "n_max",
                        (pl.col("m_start") + pl.col("m").str.len_chars() - pl.col("m").str.replace(
                            r"^(?:, |; |\S+ )", "").str.len_chars()).alias("c_start"),
                        pl.col("m_end").alias("c_end"), subject=pl.lit(True))


# a victim who acts, then dies: "X shoots and wounds his attacker before dying", "the guard fired back before dying of
# his wounds" (one person: a name, "the" and a singular noun, or a pronoun; not the doer)
_SAME_ATTACK_DIES = (r"(?:^|; |, (?:and|while|but) )(?i:an?|one|another) (?:[\p{Ll}\-]+ ){1,4}?(?:hit|wounded|injured|shot|hurt)"
                     r" in the (?:same )?(?:attack|shooting|blast) (?:later |also )?(?:dies|died|has died|succumbed|succumbs)"
                     r"(?-u:\b)")
_DIES_AFTER = (rf"(?:^|; |, (?:and|but) )(?:{PERSON_NAME}|\p{{Lu}}\p{{Ll}}+|(?i:the) (?:[\p{{Ll}}\-]+ ){{0,2}}?\p{{Ll}}+[^s\W]"
               r"|(?i:he|she))(?: [^;.]{1,100}?)? before dying(?-u:\b)")


def _later_deaths(base: pl.DataFrame) -> pl.DataFrame:
    rows = base.filter(pl.col("text").str.contains_any([" died", " dies", " succumbed"]),
                       pl.col("text").str.contains_any(["he ", "she "]))
    found = find_matches(rows, _LATER_DEATH, "m")
    dying = find_matches(base.filter(pl.col("text").str.contains("before dying", literal=True)), _DIES_AFTER, "m").filter(
        ~pl.col("m").str.contains(r"^(?:; |, \S+ )?(?:(?i:the) )?(?:\S+ )?" + _THE_ATTACKERS),
        ~pl.col("m").str.contains(r"^(?:; |, \S+ )?(?i:the )?(?:\S+ )?(?:suspect|bomber|killer)"))
    found = pl.concat([found.select("article_id", "sentence_index", "m_start", "m_end"),
                       dying.select("article_id", "sentence_index", "m_start", "m_end")])
    return found.select("article_id", "sentence_index", pl.lit("killed").alias("kind"), pl.lit(1, pl.Int32).alias("n_min"),
                        pl.lit(1, pl.Int32).alias("n_max"), pl.col("m_start").alias("c_start"),
                        pl.col("m_end").alias("c_end"))


def _survivors(base: pl.DataFrame) -> pl.DataFrame:
    """One person hurt who is told alive (a literal scan first: most toll sentences hold none of these words)."""
    rows = base.filter(pl.col("text").str.contains_any(["surviv", "condition", "for his life", "for her life", "hospital", "burned",
                                                        "burnt"]), pl.col("text").str.contains_any([" is ", " was "]))
    # (not one of a group told before: "police arrested the two men inside, one of whom was badly burned")
    found = find_matches(rows, _SURVIVOR, "m").filter(~pl.col("m").str.contains(_THE_ATTACKERS),
                                                      ~pl.col("m").str.contains(r"^(?i:one) of "))
    # ("The officer survived with wounds", "the mayor escaped with minor injuries": one hurt, told alive)
    hurt = find_matches(base.filter(pl.col("text").str.contains_any(["survive", "escape"]), pl.col("text").str.contains_any(
        [" with ", " despite "])), _SURVIVED_HURT, "m").filter(~pl.col("m").str.contains(_THE_ATTACKERS))
    found = pl.concat([found, hurt])
    return found.select("article_id", "sentence_index", pl.lit("wounded").alias("kind"), pl.lit(1, pl.Int32).alias("n_min"),
                        pl.lit(1, pl.Int32).alias("n_max"), pl.col("m_start").alias("c_start"),
                        pl.col("m_end").alias("c_end"), subject=pl.lit(True))


def _one_wounded(base: pl.DataFrame) -> pl.DataFrame:
    """Wounded tolls of one person told by a name or a role (not one who died: "X was shot and died")."""
    rows = base.filter(pl.col("text").str.contains_any(["wound", "injur", "hurt", " shot ", " stabbed "]))
    objects = find_matches(rows.filter(pl.col("text").str.contains_any(["wounding ", "injuring ", "wounded ", "injured ",
                                                                        "wounds ", "injures ", "wound ", "injure "])), _WOUNDED_OBJECT, "m")
    subjects = find_matches(rows.filter(pl.col("text").str.contains_any(
        [" was ", " is ", " has been ", " had been ", " were ", " are ", " have been "])), _WOUNDED_SUBJECT, "m")
    other = find_matches(rows.filter(pl.col("text").str.contains_any(["another", "other"], ascii_case_insensitive=True)),
                         _WOUNDED_OTHER, "m")
    # ("wounding another": the word "other" names a person here)
    found = pl.concat([objects, subjects, other.with_columns(_other=pl.lit(True))], how="diagonal_relaxed").filter(
        ~pl.col("m").str.contains(r"(?-u:\b)\p{Lu}{2,}(?-u:\b)|[^aiou\s]s(?: \S+|[,.;])?$"),
        pl.col("_other").fill_null(False) | ~pl.col("m").str.contains(_NOT_A_WOUNDED_PERSON),
        # "was shot dead", "was shot in the head and died in hospital" (not another's death: "is injured and his
        # driver killed")
        ~(pl.col("text").str.slice(pl.col("m_end"), 80).str.contains(
            r"^[^;.]{0,80}?(?-u:\b)(?:dead|killed|to death|died|dies|succumbed)(?-u:\b)|^[^;.]{0,80}?; (?:he|she) (?:later )?(?:died|dies)")
          & ~pl.col("text").str.slice(pl.col("m_end"), 80).str.contains(
            r"^(?:[^;.]{0,30}? (?:and|but|while|before|after|until))? (?:his|her|their|an?|the|one|two|three|four|five|\d+|they|he|she)"
            r" (?:\S+ ){0,3}?"
            r"(?:(?:is|was|were|are) )?(?:dead|killed|died)(?-u:\b)")))
    # ("confirms the death of its commander, X, who was wounded on Sunday": the hurt one died)
    # (told just before: not "the killing of X ..., and for a bomb fixed to the car of Y, who was wounded")
    found = found.filter(~pl.col("m").str.contains(", who ", literal=True) | ~pl.col("text").str.slice(
        pl.max_horizontal(pl.col("m_start") - 50, 0), pl.min_horizontal(pl.col("m_start"), 50)).str.contains(r"(?-u:\b)(?:death|killing|assassination|murder|funeral) of|(?-u:\b)(?:died|dies|killed)(?-u:\b)"))
    # (a plural verb only with its pair: "X and his wife are wounded")
    pair = pl.col("m").str.contains(r" (?:were|are|have been)(?: \S+)* (?:wounded|injured|hurt)$")
    with_one = pl.col("m").str.extract_groups(_WOUNDED_SUBJECT).struct.field("with").is_not_null()
    found = found.filter(~pair | with_one)
    n = pl.when(with_one).then(pl.lit(2, pl.Int32)).otherwise(pl.lit(1, pl.Int32))
    return found.select("article_id", "sentence_index", pl.lit("wounded").alias("kind"),
                        n.alias("n_min"), n.alias("n_max"),
                        pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"),
                        backward=pl.col("m").str.contains(r"^\p{L}+ing "),
                        subject=~pl.col("m").str.contains(r"^\p{Ll}+ing "))


_NAMED_OBJECT_ALONE = (rf"(?-u:\b)(?:killing|killed|kills|shot dead|shooting dead|murdered|murdering) {PERSON_NAME}"
                       # "shot dead X and Y outside a mosque": each name one more
                       rf"(?P<more>(?:, {PERSON_NAME}){{0,3}},? and {PERSON_NAME})?"
                       r"(?: and (?:wound|injur|hurt)[a-z]*|[.;]|$| (?:in|at|on|outside|near|inside|during|as|while|when"
                       r"|after|before|late|early|last|yesterday)(?-u:\b))")
_NO_DESCRIPTION = (r"(?-u:\b)(?:in|at|on|near|of|from|to|by|with|for|and|or|but|across|inside|outside|around|throughout"
                   r"|through|via|within|without|upon|about|like|amid|despite|toward|towards|per|up|down|off|out"
                   r"|during|after|before|since|while|when|as|into|over|under|along|against|between|among|because|if"
                   r"|than|so|then|also|later|yesterday|today|last|this|next|that|these|those|the|a|an|his|her|their|its"
                   r"|our|my|your|it|him|them|us|who|which|what|where|one|two|three|four|five|six|seven|eight|nine|ten"
                   r"|eleven|twelve|\p{Ll}+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
                   r"|dozens|scores|hundreds|thousands|several|many|some|all|both|more|most|least|people|civilians"
                   r"|soldiers|troops|was|were|is|are|has|have|had|said|says)(?-u:\b)")


# the victim named between the verb and "to death" or "dead", with an aside: "stabs X, a pregnant woman, to death"
_NAMED_TO_DEATH = (r"(?-u:\b)(?:stab(?:s|bed|bing)?|beat(?:s|ing)?|hack(?:s|ed|ing)?|bludgeon(?:s|ed|ing)?|burn(?:s|ed|t|ing)?"
                   r"|club(?:s|bed|bing)?|ston(?:es|ed|ing)|tortur(?:es|ed|ing)|strangl(?:es|ed|ing)|kick(?:s|ed|ing)?"
                   r"|shoot(?:s|ing)?|shot|gun(?:s|ned|ning)?) "
                   # ("hack the tailor X to death": a described name)
                   r"(?:(?:the|an?) (?:\p{Ll}[\p{L}\-]* ){0,2}?\p{Ll}[\p{L}\-]* )?"
                   # (the small words inside a name too: "Marwa el-Sherbini")
                   rf"(?:{NAME_TITLE})?\p{{Lu}}[\p{{L}}\-'’]+(?: {_NAME_PARTICLE}?\p{{Lu}}[\p{{L}}\-'’]+){{1,3}}"
                   r"(?:, [^,;]{2,60},)? (?:to death|dead)(?-u:\b)")


# "..., killing X, a leader suspected in the 2000 bombing, and five other men": a participle tells the toll of the
# clause before it, not of an event word inside its own list (see _bind_tolls)
_PARTICIPLE = pl.col("m").str.contains(r"^\p{L}+ing ")


# a body found: "The body of X is found near Y", "X's body ... was discovered", "police found the body of a kidnapped
# engineer"
_BODY_FOUND = (r"(?:(?-u:\b)[Tt]he body of (?:[^,;.]{1,80}?|[^,;.]{1,60}, [^,;]{1,60},)"
               r" (?:is|was|has been|had been)(?: \p{Ll}+ly)? (?:found|discovered|recovered|pulled|dumped|retrieved)"
               r"|(?:found|finds|find|discovered|discovers|recovered|recovers|retrieved|retrieves) the body of)(?-u:\b)")
_NOT_A_BODY = (r"^(?i:(?:the body of|(?:\S+ ){1,2}the body of) (?:an? |the )?(?:water|plane|aircraft|jet|ship|vessel|boat|car"
               r"|vehicle|truck|bus|train|lake|river|sea|evidence|work|research|law|literature|knowledge)(?-u:\b))")


def _body_found(sentences: pl.DataFrame) -> pl.DataFrame:
    """One dead told by a body found: "The body of journalist X was found near Y", "police found the body of a
    kidnapped engineer" (not "the body of water", "the body of the plane"); a sentence without a casualty word too."""
    found = find_matches(sentences.filter(pl.col("text").str.contains("body of", literal=True)), _BODY_FOUND, "m").filter(
        ~pl.col("text").str.slice(pl.col("m_start")).str.contains(_NOT_A_BODY))
    return found.select("article_id", "sentence_index", pl.lit("killed").alias("kind"), pl.lit(1, pl.Int32).alias("n_min"),
                        pl.lit(1, pl.Int32).alias("n_max"), pl.col("m_start").alias("c_start"),
                        pl.col("m_end").alias("c_end"), backward=pl.lit(False))


def _named_and_other_victims(base: pl.DataFrame, num: str, reference: Reference) -> pl.DataFrame:
    """Killed tolls told by names: "Anna X, a journalist, was shot dead" -> 1; "killed commander X, militia leader Y
    and eight other people" -> 10 (each listed victim, an appositive name excepted: "the ambassador, J. Smith, and
    three other Americans" -> 4)."""
    # (the pattern's verbs are lowercase literals: a scan for them keeps 60% of the rows away from it)
    subjects = find_matches(base.filter(pl.col("text").str.contains_any(
        ["shot", "killed", "assassinated", "murdered", "gunned down", "beheaded", "lynched", "dead", "strangled", "to death", "died",
         " dies", " die"])), _NAMED_VICTIM, "m")
    subjects = subjects.with_columns(pl.col("m").str.extract_groups(_NAMED_VICTIM).alias("_g")).unnest("_g")
    # "X and one of his bodyguards are killed": the companions counted, one when no number is given
    subjects = parse_quantity(subjects.with_columns(pl.coalesce("wq", "wq2").alias("wq"),
                                                    pl.coalesce("with", "with2").alias("with")),
                              "wq", "_w", reference).with_columns(
        _with=pl.when(pl.col("with").is_null()).then(0).otherwise(pl.coalesce("_w_min", pl.lit(1))
                                                                  + pl.col("with").str.count_matches(", (?:his|her|their) "))
        + pl.col("names").str.count_matches(r", |,? and ").fill_null(0))
    # "Two French journalists working for X, A and B, are found shot dead": a count before the names is the toll
    subjects = parse_quantity(subjects.with_columns(pl.col("m").str.extract(
        r"^(Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten) \p{L}", 1).alias("_lead")), "_lead", "_lead", reference)
    subjects = subjects.with_columns(_with=pl.when(pl.col("_lead_min").is_not_null()).then(pl.col("_lead_min") - 1)
                                     .otherwise("_with"))
    # "killed university football player X", "shot dead human rights defender X": a description in any words before
    # the name (not a clause: "killed in Northern Ireland", "killed two soldiers", "killed last year by Boko Haram")
    described = find_matches(base.filter(pl.col("text").str.contains_any(
        ["killed ", "kills ", "killing ", "shot dead ", "shooting dead ", "murdered ", "assassinated "])),
        _DESCRIBED_OBJECT, "m").with_columns(_desc=pl.col("m").str.extract(_DESCRIBED_OBJECT, 1)).filter(
        ~pl.col("_desc").str.contains(_NO_DESCRIPTION))
    # "stabs X, a pregnant woman, to death", "a mob beat X to death", "shot X dead"
    to_death = find_matches(base.filter(pl.col("text").str.contains_any(["to death", " dead"])), _NAMED_TO_DEATH, "m")
    # "stormed his house and shot him dead", "shot the co-founder of a rights group dead": one person by a pronoun or
    # a singular description between the verb and "dead" (not the attacker: "police shot him dead", "shot the gunman dead")
    pronoun_dead = (r"(?-u:\b)(?:shot|shoots|shooting|shoot|stabbed|stabs|stabbing|beat|beats|beating|hacked|hacks|hacking"
                    r"|clubbed|stoned|strangled|kicked|burned|burnt) (?:him|her|the (?:[\p{Ll}\-]+ ){0,2}?[\p{Ll}\-]*[^s\W]"
                    r"(?: of [^,;.\d]{2,60}?)?"
                    # ("shooting his former girlfriend dead", "shot his estranged wife dead")
                    rf"|(?:his|her) (?:[\p{{Ll}}\-]+ ){{0,2}}?{_KIN}) (?:dead|to death)(?-u:\b)")
    pronoun = find_matches(base.filter(pl.col("text").str.contains_any([" dead", "to death"]),
                                       pl.col("text").str.contains_any([" him ", " her ", " the ", " his "])), pronoun_dead, "m").filter(
        ~pl.col("m").str.contains(r"(?-u:\b)(?:men|women|children|people|police|staff|crew|family|two|three|four|five|six"
                                  r"|seven|eight|nine|ten|both|all|hostage|captive)(?-u:\b)"),
        ~pl.col("m").str.contains(_THE_ATTACKERS), ~pl.col("m").str.contains(r"(?-u:\b)(?:suspect|man|youth)(?-u:\b)"),
        # (the force as the subject: not "tied up his guards and shot him dead")
        ~pl.col("text").str.slice(0, pl.col("m_start")).str.extract(
            r"(?i:(?-u:\b)(?:police|policemen|officers?|soldiers?|troops|forces|guards?|agents|gendarmes|commandos"
            r"|marines|snipers?)((?: [\p{L}\-]+){0,3}) $)", 1).str.contains(r"(?-u:\b)(?:and|or|but)(?-u:\b)").not_().fill_null(False))
    # "X was abducted ... and was later found shot dead": one person seized, then found dead
    seized_dead = (r"(?-u:\b)(?:was|is|has been) (?:abducted|kidnapped|seized|snatched|taken hostage)(?-u:\b)[^;.]{0,140}?"
                   r",? and (?:was |is )?(?:later |then |subsequently )?(?:found )?(?:shot dead|dead|killed|murdered"
                   r"|beheaded|executed)(?-u:\b)")
    seized = find_matches(base.filter(pl.col("text").str.contains_any(["abducted", "kidnapped", "seized", "snatched",
                                                                       "hostage"])), seized_dead, "m")
    # "killing X and wounding Y", "... shot dead X.": a bare name as the whole object (not a group: "killing US
    # Marines.", "killed Afghan Kurds")
    alone = find_matches(base.filter(pl.col("text").str.contains_any(
        ["killing ", "killed ", "kills ", "shot dead ", "shooting dead ", "murdered ", "murdering "])),
        _NAMED_OBJECT_ALONE, "m").filter(~pl.col("m").str.contains(
            r"(?-u:\b)\p{Lu}{2,}(?-u:\b)|[^aiou\s]s(?: and \S+| \S+|[.;])?$")).with_columns(
        pl.col("m").str.extract_groups(_NAMED_OBJECT_ALONE).struct.field("more").str.count_matches(
            r", |,? and ").fill_null(0).alias("_with"))
    named = pl.concat([subjects.select(*base.columns, "m_start", "m", "m_end", "_with"),
                       alone.select(*base.columns, "m_start", "m", "m_end", "_with"),
                       *[frame.select(*base.columns, "m_start", "m", "m_end", _with=pl.lit(0))
                         for frame in (find_matches(base, _NAMED_OBJECT_TOLL, "m"), described, to_death, pronoun, seized)]],
                      how="vertical_relaxed")
    # a threat or an aim names no dead: "threatens to kill X", "vowed to stab X to death"
    # (but "confessed to killing X" tells a killing: a gerund after "to")
    named = named.filter(~pl.col("text").str.slice(0, pl.col("m_start")).str.contains(
        r"(?i:(?-u:\b)(?:to|will|would|could|may|might|can|cannot|should|must|shall|n't|not|never)(?: [a-z]+ly)? $)")
        | (pl.col("m").str.contains(r"^\p{Ll}+ing ") & pl.col("text").str.slice(0, pl.col("m_start")).str.contains(
            r"(?i:(?-u:\b)(?:confess(?:es|ed|ing)?|admit(?:s|ted|ting)?|guilty|convicted|charged|sentenced|jailed)(?: \p{Ll}+)? to $)")))
    # "... was killed along with his wife": two
    after = pl.col("text").str.slice(pl.col("m_end") - pl.col("m").str.ends_with(",").cast(pl.Int64), 200)
    named = named.with_row_index("_n").with_columns(after.str.extract_groups(_COMPANION).alias("_c")).unnest("_c")
    companions = named.filter(pl.col("clist").is_not_null()).with_columns(
        pl.col("clist").str.replace(_COMPANION_END, "").str.strip_chars(" ,"), _raw=pl.col("clist")).filter(
        # (after a bare comma, a list of the possessed: "X, his nephew" alone is X)
        pl.col("loose").is_not_null() | (pl.col("clist").str.contains(_COMPANION_OPENING) & (
            pl.col("comma").is_null() | pl.col("clist").str.contains(r"^(?:his|her|their) [^,;]{2,40},? and ")))
        # ("with a friend", "and two Afghan civilians"; not "with a knife", "and three houses burned")
        | ((pl.col("conn") == "and") & pl.col("clist").str.contains(_COMPANION_COUNT) & ~_ends_in_a_verb(pl.col("clist")))
        # ("killing judge X, a lawyer and a co-defendant": after a bare comma, two people each with an article, the list
        # of the dead goes on; not "X, a lawyer and activist", one person told by two nouns)
        | (pl.col("comma").is_not_null() & pl.col("_raw").str.contains(_TWO_MORE))
        # ("shoot dead X, a legislator of the ruling party, and former legislator Y": a second name after the aside)
        | ((pl.col("conn") == "and") & pl.col("clist").str.contains(_COMPANION_NAME))
        | ((pl.col("conn") == "and") & pl.col("clist").str.contains(_DESCRIBED_COMPANION)
           & ~pl.col("clist").str.contains(_NOT_A_DESCRIPTION))
        | ((pl.col("conn") == "with") & pl.col("clist").str.contains(
            rf"^(?:an?|one|two|three|four|five|six|\d) (?:[\p{{L}}\-]+ ){{0,2}}(?:{_ONE_PERSON}(?:s|ren)?|men|women)(?-u:\b)"))
        # (the place and the day before it tell no other clause: "... in X when a bomb hit his car along with ...")
        | (pl.col("loose2").is_not_null() & ~pl.col("loose2").str.contains(
            r"(?-u:\b)(?:when|as|after|while|who|which|that|where|before|because|and)(?-u:\b)")),
        ~pl.col("clist").str.contains(_COMPANION_CLAUSE))
    # ("kills X, a commander, and another militant": one more)
    companions = companions.with_columns(pl.col("clist").str.replace(r"^another ", "an "))
    companions = companions.with_columns(clist=pl.when(pl.col("clist").str.contains(_COMPANION_NAME) | (
        (pl.col("conn") == "and") & pl.col("clist").str.contains(_DESCRIBED_COMPANION)
        & ~pl.col("clist").str.contains(_NOT_A_DESCRIPTION))).then(
        pl.lit("one")).otherwise("clist"))
    companions = sum_parts(companions.select("_n", "clist"), "clist", "_comp", num, reference).select(
        "_n", "_comp_min", "_comp_max")
    named = named.join(companions, on="_n", how="left")
    count = (1 + pl.col("_comp_min").fill_null(0) + pl.col("_with")).cast(pl.Int32)
    # "X is killed along with at least 20 other people": at least 21, no maximum
    open_count = pl.col("_comp_min").is_not_null() & pl.col("_comp_max").is_null()
    # ("X and Y are among those killed": at least two)
    open_count = open_count | pl.col("m").str.contains(r" among (?:those|the) ")
    named = named.select(
        "article_id", "sentence_index", pl.lit("killed").alias("kind"), count.alias("n_min"),
        pl.when(open_count).then(None).otherwise(count).alias("n_max"), pl.col("m_start").alias("c_start"),
        pl.col("m_end").alias("c_end"), backward=_PARTICIPLE)
    listed = (rf"(?i:kill(?:s|ed|ing)?|shot dead|shooting dead) (?P<list>[^;]{{3,160}}?),? (?:and|along with|together with"
              rf"|as well as) (?P<q>{num}) others?(?-u:\b)")
    found = find_matches(base, listed, "m").with_columns(
        pl.col("m").str.extract_groups(listed).alias("_g")).unnest("_g")
    # (not "killed X, a police officer, and three others were wounded": the others are their own clause's subject)
    found = parse_quantity(found.filter(~pl.col("text").str.slice(pl.col("m_end"), 30).str.contains(
        r"^(?: \S+)? (?:were|are|was|is|have|has|had)(?-u:\b)")), "q", "n", reference)
    # a segment of capitalised words only, after one ending in a lowercase word, is an appositive name
    segments = pl.col("list").str.split(", ")
    # ... and so is a description after a name ("kills X, a critic of the government, and five other people")
    counted = segments.list.eval(
        # ("a suicide bomber killed himself and three others": the attacker is no toll; "killed commander X, who
        # sheltered fighters, along with four others": a relative clause is no one)
        ~(pl.element().str.contains(r"^(?:himself|herself|themselves)$|^(?:who|whom|whose|which|that) ")
          | (pl.element().str.contains(r"^(?:\p{Lu}[\p{L}'’\.\-]*\s?)+$")
           & pl.element().shift(1).str.contains(r"\p{Ll}+$").fill_null(False))
          # ("X, commander of the group's military wing, and 14 other people")
          # (... "X, the group's second-in-command, and 16 other", "X, the Hamas commander, and ...")
          | (pl.element().str.contains(r"^(?:(?:an?|the) |\p{Ll}[\p{L}\-]*(?: \p{Ll}[\p{L}\-]*)? of )")
             & pl.element().shift(1).str.contains(r"\p{Lu}[\p{L}'’\-]+$").fill_null(False))
          # ("killing its deputy head, cleric X, and five other people": a titled name after one described person)
          | (pl.element().str.contains(r"^(?:\p{Ll}[\p{L}\-]* ){1,3}\p{Lu}[\p{L}'’\.\-]*(?: \p{Lu}[\p{L}'’\.\-]*)*$")
             & pl.element().shift(1).str.contains(r"^(?:its|his|her|their|the) [\p{Ll}\- ]+$").fill_null(False)))).list.sum()
    found = found.with_columns(n_min=pl.col("n_min") + counted.cast(pl.Int32),
                               n_max=pl.col("n_max") + counted.cast(pl.Int32))
    # "confirms the death of its commander, X", "the army announced the deaths of two soldiers": a death reported
    # (not "an inquiry into the death of a student": a death only mentioned)
    # ... or shown or claimed: "releases a video showing the beheading of French guide X", "the group claimed the
    # killing of two soldiers", "claims responsibility for the murder of a judge" (not "revenge for the killing of X")
    # ... or condemned: "the government condemns the killing of at least 11 miners"
    reported = (rf"(?i:(?-u:\b)(?:confirm|announc|report|mourn|acknowledg|show|claim|film|condemn|denounc|deplor)[a-z]*"
                rf" (?:responsibility for )?(?:the )?(?P<d>deaths?|killings?|beheadings?|murders?|assassination) of)"
                rf"(?: (?:(?i:the|its|their|his|her) )?(?P<q>{num})(?-u:\b))?")
    deaths = find_matches(base.filter(pl.col("text").str.contains_any(
        ["death of", "deaths of", "killing of", "killings of", "beheading of", "beheadings of", "murder of",
         "murders of", "assassination of"])), reported, "m")
    deaths = parse_quantity(deaths.with_columns(pl.col("m").str.extract_groups(reported).alias("_g")).unnest("_g"),
                            "q", "n", reference).with_columns(
        # a plural without a number is no count; a singular is one
        n_min=pl.when(pl.col("q").is_null()).then(pl.when(~pl.col("d").str.ends_with("s")).then(1)).otherwise("n_min"),
        n_max=pl.when(pl.col("q").is_null()).then(pl.when(~pl.col("d").str.ends_with("s")).then(1)).otherwise("n_max"),
    ).filter(pl.col("n_min").is_not_null() | pl.col("n_max").is_not_null(),
             # (a killing condemned is the news only where the sentence tells no other death after it: "The UN condemns
             # the killing of ten civilians in X, as a drone strike kills another 15 people in Y" is another event's)
             ~pl.col("m").str.contains(r"^(?i:condemn|denounc|deplor)") | ~pl.col("text").str.slice(pl.col("m_end")).str.contains(
                 r"(?-u:\b)(?:kill|kills|killed|killing|dead|died|dies)(?-u:\b)"))
    return pl.concat([named, *[frame.select(
        "article_id", "sentence_index", pl.lit("killed").alias("kind"), pl.col("n_min").cast(pl.Int32),
        pl.col("n_max").cast(pl.Int32), pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"),
        backward=_PARTICIPLE) for frame in (found, deaths)]], how="vertical_relaxed")


def _bind_tolls(casualties: pl.DataFrame, anchors: pl.DataFrame, incidents: pl.DataFrame) -> pl.DataFrame:
    """Each toll serves the incident of the nearest trigger word of its sentence (as `bind_to_incidents`), with two
    exceptions: a participle ("..., killing 11 people, two days after the explosion on the bridge") serves the
    incident word before it (its own verb's incident is a guess by distance), and the toll's own verb, an excluded word ("100 civilians were killed when buildings
    collapsed"), does not hide the incident. A toll in a sentence without any trigger word, or one of "other"
    people ("X was killed ... At least six other people died."), serves the first incident that happened in the
    sentence before too. Adds `_iid`."""
    # the toll of an earlier event told in a clause after this one's word ("jets struck 85 targets in retaliation for
    # a drone attack that killed three soldiers") is none of this one's; alone in its sentence, that event is the
    # sentence's own ("Protests erupted following a strike that killed dozens")
    told_before = casualties.filter(pl.col("earlier_event_from").is_not_null()).join(
        anchors.filter(pl.col("a_iid").is_not_null()), on=["article_id", "sentence_index"]).filter(
        pl.col("a_end") <= pl.col("earlier_event_from")).select("article_id", "sentence_index", "c_start", "c_end",
                                                                 "kind").unique()
    # ... but when the clause before it tells only the attackers' end ("commandos killed two gunmen who had held out
    # inside after an assault that left 29 worshippers dead"), that event is this one
    ended = casualties.filter(pl.col("attackers")).select("article_id", "sentence_index", pl.col("c_end").alias("_ae"))
    told_before = told_before.join(casualties.select("article_id", "sentence_index", "c_start", "c_end", "kind",
                                                     "earlier_event_from"),
                                   on=["article_id", "sentence_index", "c_start", "c_end", "kind"]).join(
        ended, on=["article_id", "sentence_index"], how="left").with_columns(
        _ended=(pl.col("_ae") <= pl.col("earlier_event_from")).fill_null(False)).group_by(
        "article_id", "sentence_index", "c_start", "c_end", "kind").agg(pl.col("_ended").any()).filter(
        ~pl.col("_ended")).drop("_ended")
    keyed = casualties.filter(~pl.col("attackers")).join(
        told_before, on=["article_id", "sentence_index", "c_start", "c_end", "kind"], how="anti").with_row_index("_cand")
    # the words of the attackers' own end ("...; three attackers were shot dead", "before troops shot dead all four
    # attackers") anchor no toll: the victims' toll told beside them goes to the attack (the sentence before's when
    # they are its only words)
    # ... nor do the words of an incident told only by that end ("At least four cadets were killed; two attackers were
    # shot dead": "killed" is the shooting's word by distance), in a sentence after the attack's (alone, "Police shot
    # dead a gunman ...; no one else was hurt", that end is the article's event)
    first = incidents.filter(pl.col("status") == "occurred").group_by("article_id").agg(
        pl.col("sentence_index").min().alias("_first_s"))
    ends = casualties.filter(pl.col("attackers")).join(first, on="article_id").filter(
        pl.col("sentence_index") > pl.col("_first_s")).select(
        "article_id", "sentence_index", pl.col("c_start").alias("_s"), pl.col("c_end").alias("_e"))
    inside = anchors.join(ends, on=["article_id", "sentence_index"]).filter(
        pl.col("a_start") >= pl.col("_s"), pl.col("a_end") <= pl.col("_e")).select(
        "article_id", "sentence_index", "a_start", "a_end").unique()
    ended = incidents.join(ends, on=["article_id", "sentence_index"]).filter(
        pl.col("trigger_start") >= pl.col("_s"),
        pl.col("trigger_start") + pl.col("trigger").str.len_chars() <= pl.col("_e"))["_iid"].unique()
    anchors = anchors.join(inside, on=["article_id", "sentence_index", "a_start", "a_end"], how="anti").filter(
        ~pl.col("a_iid").is_in(ended.implode()).fill_null(False))
    gap = (
        pl.when(pl.col("c_end") <= pl.col("a_start")).then(pl.col("a_start") - pl.col("c_end"))
        .when(pl.col("c_start") >= pl.col("a_end")).then(pl.col("c_start") - pl.col("a_end"))
        .otherwise(0)
    )
    # the verbs of participles ("killing" in "..., killing 9 and wounding 31") are no incident word for another one
    participles = keyed.filter(pl.col("backward")).select("article_id", "sentence_index", "c_start", "c_end")
    toll_verbs = anchors.join(participles, on=["article_id", "sentence_index"]).filter(
        pl.col("a_start") >= pl.col("c_start"), pl.col("a_end") <= pl.col("c_end")).select(
        "article_id", "sentence_index", "a_start", _toll_verb=pl.lit(True)).unique()
    anchors = anchors.join(toll_verbs, on=["article_id", "sentence_index", "a_start"], how="left").with_columns(
        pl.col("_toll_verb").fill_null(False))
    pairs = keyed.select("_cand", "article_id", "sentence_index", "c_start", "c_end", "backward").join(
        anchors, on=["article_id", "sentence_index"]).filter(
        # (an excluded word that overlaps the toll's own verb: "Fighters of the Allied Democratic Forces kill at least
        # 17", where "Forces kill" is a word of no incident)
        ~(pl.col("a_iid").is_null() & (pl.col("a_end") > pl.col("c_start")) & (pl.col("a_start") < pl.col("c_end"))),
        # "..., an attack that killed at least 84 people": an attack word told of elsewhere in the sentence, right
        # before its relative clause, is the told attack and hides no toll
        ~(pl.col("a_iid").is_null() & ~pl.col("backward") & (pl.col("a_end") <= pl.col("c_start"))
          & (pl.col("c_start") - pl.col("a_end") <= len(" which "))))
    plans = incidents.filter(pl.col("status") != "occurred").select(pl.col("_iid").alias("a_iid"), _plan=pl.lit(True))
    nearest = (
        pairs.with_columns(_gap=gap, _behind=pl.col("a_start") < pl.col("c_start"), _side=(
            # a participle: an incident's word before it first, then its own verb, then the rest
            pl.when(~pl.col("backward")).then(0)
            .when((pl.col("a_end") <= pl.col("c_start")) & pl.col("a_iid").is_not_null() & ~pl.col("_toll_verb")).then(0)
            .when(pl.col("a_start") >= pl.col("c_start")).then(pl.when(pl.col("a_end") <= pl.col("c_end")).then(1)
                                                              .otherwise(2))
            .otherwise(2)))
        # (a plan or a threat keeps no toll: "explodes ... after a caller warns the Red Cross; no one is hurt" is the
        # blast's, not the warning's)
        .join(plans, on="a_iid", how="left").with_columns(pl.col("_plan").fill_null(False))
        .sort("_cand", "_side", "_plan", "_gap", "_behind", "a_start", "a_end", "a_iid", nulls_last=True)
        .unique("_cand", keep="first")
        .filter(pl.col("a_iid").is_not_null())
        .select("_cand", pl.col("a_iid").alias("_iid"))
    )
    previous = incidents.filter(pl.col("status") == "occurred").sort("_iid").unique(
        ["article_id", "sentence_index"], keep="first").select(
        "article_id", (pl.col("sentence_index") + 1).cast(pl.Int32).alias("sentence_index"), "_iid")
    # "No one was hurt" opening its sentence, before the clause of another event ("No one was hurt, and Israeli
    # artillery shelled the area"), is the sentence before's (a count of dead there is mostly this event's: "A
    # policeman was killed, SANA said; two of the assailants died")
    opening = keyed.filter(pl.col("c_start") <= 1, pl.col("n_max") == 0).join(
        previous.select("article_id", pl.col("sentence_index").cast(keyed.schema["sentence_index"])),
        on=["article_id", "sentence_index"], how="semi")
    first_word = opening.select("_cand", "article_id", "sentence_index", "c_end").join(
        anchors.filter(pl.col("a_iid").is_not_null()), on=["article_id", "sentence_index"]).filter(
        pl.col("a_start") >= pl.col("c_end")).group_by("_cand").agg(pl.col("a_start").min().alias("_fa"))
    opening = opening.join(first_word, on="_cand").join(
        incidents.select("article_id", "sentence_index", "text").unique(["article_id", "sentence_index"]),
        on=["article_id", "sentence_index"]).filter(pl.col("text").str.slice(
            pl.col("c_end"), pl.col("_fa") - pl.col("c_end")).str.contains(r"^[^,;]{0,40}?(?:, (?:and|while|but)|;) ")
    ).select(keyed.columns)
    nearest = nearest.join(opening.select("_cand"), on="_cand", how="anti")
    # (a zero in a sentence with excluded words only: "Two of them were hurt by their own grenades; no police officers
    # or bystanders were hurt")
    zero_only_excluded = keyed.filter(pl.col("n_max") == 0).join(
        anchors.filter(pl.col("a_iid").is_not_null()).select("article_id", "sentence_index").unique(),
        on=["article_id", "sentence_index"], how="anti")
    # (and a total told after the attack: "Three Afghans are killed and 19 people wounded in all, some of them by shots
    # the troops fired", where the sentence's own word is a part of that attack)
    in_all = keyed.join(incidents.select("article_id", "sentence_index", "text").unique(["article_id", "sentence_index"]),
                        on=["article_id", "sentence_index"]).filter(pl.col("text").str.slice(pl.col("c_end"), 60).str.contains(
        r"^(?: and (?:\S+ ){1,3}(?:wounded|injured|hurt))? (?:in all|in total|altogether|all told)(?:[,.;]|$)")).select(keyed.columns)
    # (and a toll whose own verb is its sentence's only word of an incident, that word's incident dropped as no event:
    # "Missiles were fired at X. Most were intercepted, and one man was killed by falling debris", not in a sentence of
    # another time or event)
    own_word_only = keyed.join(anchors.filter(pl.col("a_iid").is_not_null()).select("article_id", "sentence_index").unique(),
                               on=["article_id", "sentence_index"], how="anti").join(
        anchors.select("article_id", "sentence_index", "a_start", "a_end"), on=["article_id", "sentence_index"]).with_columns(
        _inside=(pl.col("a_start") >= pl.col("c_start")) & (pl.col("a_end") <= pl.col("c_end"))).group_by("_cand").agg(
        pl.col("_inside").all()).filter(pl.col("_inside")).select("_cand").join(keyed, on="_cand").filter(
        ~pl.col("other_time")).select(keyed.columns)
    without_words = pl.concat([keyed.join(anchors.select("article_id", "sentence_index").unique(),
                                          on=["article_id", "sentence_index"], how="anti"), zero_only_excluded, own_word_only,
                               keyed.filter(pl.col("other")), opening, in_all]).unique("_cand")
    # ... and so does a toll of "more" ("A second bomb in Y kills three more"), added to the first (see tolls)
    continued = pl.concat([without_words, keyed.filter(pl.col("more"))]).unique("_cand").with_columns(
        pl.col("sentence_index").cast(pl.Int32)).join(previous, on=["article_id", "sentence_index"]).select("_cand", "_iid")
    nearest = _one_event_participle(keyed, anchors, incidents, nearest)
    bound = pl.concat([nearest, continued]).unique()
    # a toll told first, its cause in the next sentence ("A helicopter crashed at X, killing more than 110 people.
    # Officials said it may have been brought down by a missile."): a toll that serves nothing, in a sentence without
    # an incident, serves the first incident of the next sentence, where that has no toll of its own (see tolls)
    occurred = incidents.filter(pl.col("status") == "occurred")
    # (not a sentence that opens on another time or place: "On Monday a car bomb exploded in Aden")
    next_first = occurred.sort("_iid").unique(["article_id", "sentence_index"], keep="first").filter(
        ~pl.col("text").str.contains(r"^(?:On|In|At|Meanwhile|Elsewhere|Separately|Earlier|Later|Also|Last|Next|Early"
                                     r"|Late|Hours|Days|Weeks|A day|The next|The following|The day|The same)(?-u:\b)")
    ).select("article_id", (pl.col("sentence_index") - 1).cast(pl.Int32).alias("sentence_index"), "_iid")
    forward = keyed.filter(~pl.col("ongoing")).join(bound, on="_cand", how="anti").with_columns(
        pl.col("sentence_index").cast(pl.Int32)).join(
        occurred.select("article_id", pl.col("sentence_index").cast(pl.Int32)).unique(),
        on=["article_id", "sentence_index"], how="anti").join(next_first, on=["article_id", "sentence_index"]).select(
        "_cand", "_iid")
    # "Turkish jets hit 32 targets in Syria. The SDF says the strikes killed 12 civilians.": a toll of a later mention
    # of the same kind of attack with a definite article ("the strikes") is also the first one's, where that one has
    # none (that mention is the first told again, see incidents._fold_definite_references)
    family = pl.when(pl.col("incident_type").is_in(["bombing", "ied", "suicide_bombing", "car_bomb"])).then(
        pl.lit("explosive")).otherwise(pl.col("incident_type"))
    occurred_keyed = occurred.select("_iid", "article_id", "sentence_index", "trigger_start", _family=family)
    first_of_kind = occurred_keyed.sort("article_id", "sentence_index", "trigger_start").unique(
        ["article_id", "_family"], keep="first")
    # (the trigger may hold the article: "were killed in the strikes"; a method-less "the strikes killed" is the
    # article's first incident of any kind)
    definite = occurred.filter(pl.col("text").str.slice(0, pl.col("trigger_start")).str.contains(
        r"(?-u:\b)(?i:the|these|those) (?:[\p{Ll}\-]+ )?$") | pl.col("trigger").str.contains(
        r"(?-u:\b)(?i:the|these|those) (?:[\p{Ll}\-]+ )?[\p{Ll}\-]+$")).select(
        "_iid", "article_id", "sentence_index", _family=family)
    first_any = first_of_kind.sort("article_id", "sentence_index", "trigger_start").unique("article_id", keep="first")
    # ... and so is one of a plural told before ("Russia fires dozens of cruise missiles at Ukraine. A missile hits an
    # apartment block in X, killing two": one of that barrage)
    one_of = occurred.filter(pl.col("text").str.slice(0, pl.col("trigger_start")).str.contains(
        r"(?:^|[^\p{L}])(?i:one|an?|another) (?:[\p{Ll}\-]+ )?$"), ~pl.col("trigger").str.contains(r"(?i:s)$")).select(
        "_iid", "article_id", "sentence_index", _family=family).join(
        first_of_kind.join(occurred.select("_iid", "trigger"), on="_iid").filter(
            pl.col("trigger").str.contains(r"(?i:[^s]s)$")).drop("trigger"), on=["article_id", "_family"])
    # ... and so is a method-less death told by its own verb alone ("Air strikes hit X. The ministry says six
    # civilians are killed; Y says the strikes hit a camp"), not another event's ("Separately, two soldiers died in Y")
    # (a sentence with "also" is added to the first by the incidents' continuation, which this would count twice)
    bare_death = occurred.filter(pl.col("trigger").str.contains(
        r"^(?i:killed|died|dead|slain)$"), ~pl.col("text").str.contains(
        r"(?i:(?-u:\b)(?:separate|separately|elsewhere|meanwhile|another|earlier|ago|previous|last (?:week|month|year)|also))(?-u:\b)")
    ).select("_iid", "article_id", "sentence_index", _family=family)
    # ... and so is the fight that followed it ("Rebels raid a farm and carry off X. A soldier is killed in the
    # shoot-out that follows"), whatever its kind
    sequel = occurred.filter(pl.col("text").str.slice(pl.col("trigger_start") + pl.col("trigger").str.len_chars(), 30)
                             .str.contains(r"^ (?:that|which) (?:follows|followed|ensued|ensues)(?-u:\b)")
                             | pl.col("text").str.slice(0, pl.col("trigger_start")).str.contains(r"(?i:the ensuing )$")).select(
        "_iid", "article_id", "sentence_index", _family=family)
    # (a definite mention of a kind not told before retells the first incident when that told its word: "A rocket is
    # fired at the helicopter carrying President X [an assassination]. The rocket misses and nobody is hurt"; not
    # "Two rockets hit Sderot. The air force strikes two posts in Gaza", another event)
    earlier_kind = definite.join(occurred_keyed.select("article_id", "_family", pl.col("sentence_index").alias("_ks")),
                                 on=["article_id", "_family"]).filter(pl.col("_ks") < pl.col("sentence_index"))
    head_word = pl.col("trigger").str.to_lowercase().str.extract(r"([\p{L}\-]+)$", 1).str.replace(r"s$", "")
    untold = definite.join(earlier_kind.select("_iid").unique(), on="_iid", how="anti").filter(
        pl.col("_family") != "other_violence").join(occurred.select("_iid", _head=head_word), on="_iid").join(
        first_any.join(occurred.select("_iid", pl.col("text").alias("_first_text")), on="_iid").select(
            "article_id", pl.col("_iid").alias("_iid_right"), pl.col("sentence_index").alias("sentence_index_right"),
            "_first_text"), on="article_id").filter(
        pl.col("_head").is_not_null(), pl.col("_first_text").str.to_lowercase().str.contains(pl.col("_head"), literal=True)
    ).drop("_head", "_first_text")
    retold = pl.concat([definite.join(first_of_kind, on=["article_id", "_family"]), one_of, untold,
                        sequel.join(first_any, on="article_id"),
                        bare_death.join(first_any, on="article_id"),
                        definite.filter(pl.col("_family") == "other_violence").join(first_any, on="article_id")],
                       how="diagonal_relaxed").filter(pl.col("sentence_index_right") < pl.col("sentence_index"),
                                                      # (told right after it, as a continuation is)
                                                      pl.col("sentence_index") - pl.col("sentence_index_right") <= 2).select(
        "_iid", pl.col("_iid_right").alias("_first")).unique()
    # ... and so, last, is any incident told right after the first with no sign of another time, place or event
    # ("Gunmen seized a school in X. Officials said several people were shot dead as they stormed it"; "Rebels attacked
    # a school in X. At least 41 were killed and six were abducted"): the dead of the next words are the first's,
    # where the first has none of its own (see tolls; "Jets struck X. Separately, a rocket killed two in Y" lends none)
    # (a "no casualties" told in the clause of a later attack word is that attack's alone: "Two rockets land in X with
    # two casualties. The air force strikes two posts, with no casualties reported")
    near = occurred.filter(~pl.col("text").str.contains(_ANOTHER_TIME_OR_EVENT)).select(
        "_iid", "article_id", "sentence_index", "trigger_start", "text").join(
        first_any.select("article_id", pl.col("_iid").alias("_first"), pl.col("sentence_index").alias("_fs"),
                         pl.col("trigger_start").alias("_ft")), on="article_id").filter(
        (pl.col("_iid") != pl.col("_first")) & (pl.col("sentence_index") - pl.col("_fs") <= 1)
        & ((pl.col("sentence_index") > pl.col("_fs"))
           | ((pl.col("sentence_index") == pl.col("_fs")) & (pl.col("trigger_start") > pl.col("_ft"))))).join(
        retold.select("_iid"), on="_iid", how="anti").select("_iid", "_first", "trigger_start", "text",
                                                             _ns=pl.col("sentence_index"))
    own_zero = (pl.col("n_max") == 0) & (pl.col("sentence_index") == pl.col("_ns")) & (
        pl.col("trigger_start") <= pl.col("c_start")) & ~pl.col("text").str.slice(
        pl.col("trigger_start"), (pl.col("c_start").cast(pl.Int64) - pl.col("trigger_start").cast(pl.Int64)).clip(0)
    ).str.contains(";", literal=True)
    # (but a zero a claimant's count disputes is of the attack told before: "Residents say no one is hurt, although
    # the group claims to have killed seven soldiers")
    disputed = keyed.filter(pl.col("alt"), pl.col("kind") == "killed").select("article_id", "sentence_index").unique().with_columns(
        _disputed=pl.lit(True))
    lent = pl.concat([
        bound.join(retold, on="_iid").select("_cand", pl.col("_first").alias("_iid")),
        bound.join(near, on="_iid").join(keyed.select("_cand", "n_max", "c_start", "article_id", "sentence_index"),
                                         on="_cand").join(disputed, on=["article_id", "sentence_index"], how="left").filter(
            ~own_zero.fill_null(False) | pl.col("_disputed").fill_null(False)).select("_cand", pl.col("_first").alias("_iid"))])
    return keyed.join(pl.concat([bound.with_columns(forward=pl.lit(False)),
                                 pl.concat([forward, lent]).with_columns(forward=pl.lit(True))]),
                      on="_cand").drop("_cand")


# a sentence that tells of another time, place or event than the article's first ("Separately, ...", "Last year a
# bomb killed ...", "In March, ...", "a day earlier", "a similar attack", "the previous week")
_ANOTHER_TIME_OR_EVENT = (r"(?i:(?-u:\b)(?:separate|separately|elsewhere|meanwhile|another|other|earlier|ago|previous|previously"
                          r"|last|since|similar|also|prior|later|next|anniversary|(?:19|20)\d\d|january"
                          r"|february|march|april|june|july|august|september|october|november|december)(?-u:\b)"
                          r"|(?-u:\b)(?:days?|weeks?|months?|years?|hours?) (?:before|after)(?-u:\b)"
                          # (a sequel or a reply: "... when the troops open fire on a market after the blast", "Israeli
                          # aircraft strike back", "Pakistan responds with mortar fire")
                          r"|(?-u:\b)(?:after|following) (?:the|this|that) (?:[\p{L}\-]+ )?(?:blast|attack|explosion|bombing"
                          r"|ambush|raid|strike|assault|shooting|incident)s?(?-u:\b)"
                          r"|(?-u:\b)(?:strike|strikes|struck|hit|hits|fire|fires|fired|shoot|shoots|shot) back(?-u:\b)"
                          r"|(?-u:\b)(?:respond|responds|responded|responding|retaliat[\p{L}]*|reprisals?|in (?:response|reply"
                          r"|return))(?-u:\b))"
                          r"|^(?:On|In|Near|Outside|Hours|Days|Weeks|A day|The next|The day)(?-u:\b)|^At \p{Lu}")
# what parts two events between two attack words: "a car bomb exploded in X, a day after gunmen attacked Y, killing 9"
_ANOTHER_EVENT_BETWEEN = (r"(?i:(?-u:\b)(?:after|before|following|since|ago|while|whereas|but|later|earlier|days?|weeks?|months?"
                          r"|years?|hours?|meanwhile|separately|elsewhere)(?-u:\b)|[;:])")
# a background attack word: "two years after the 2015 bombing of ...", "the anniversary of the attack on ..."
_BACKGROUND_BEFORE = r"(?i:(?-u:\b)(?:after|since|following|before|like|than|anniversary of|days? of)(?: \S+){0,4} $)"


def _one_event_participle(keyed: pl.DataFrame, anchors: pl.DataFrame, incidents: pl.DataFrame,
                          nearest: pl.DataFrame) -> pl.DataFrame:
    """A participle's toll after two methods of one attack joined by "and" ("car bombs and mortar rounds strike X,
    killing 150"; "set off a landmine ... and then open fire on the survivors, killing 24") is the whole attack's:
    it goes to the first method's incident, not the nearest."""
    participles = keyed.filter(pl.col("backward")).select("_cand", "article_id", "sentence_index", "c_start")
    occurred = incidents.filter(pl.col("status") == "occurred").select(pl.col("_iid").alias("a_iid"))
    first = participles.join(anchors.join(occurred, on="a_iid"), on=["article_id", "sentence_index"]).filter(
        pl.col("a_end") <= pl.col("c_start")).sort("_cand", "a_start").unique("_cand", keep="first").join(
        nearest, on="_cand").filter(pl.col("a_iid") != pl.col("_iid"))
    text = incidents.select("article_id", "sentence_index", "text").unique(["article_id", "sentence_index"])
    between = pl.col("text").str.slice(pl.col("a_end"), pl.col("c_start") - pl.col("a_end"))
    window = pl.min_horizontal(pl.col("a_start"), pl.lit(60))
    moved = first.join(text, on=["article_id", "sentence_index"]).filter(
        between.str.contains(" and ", literal=True), ~between.str.contains(_ANOTHER_EVENT_BETWEEN),
        ~pl.col("text").str.slice(pl.col("a_start") - window, window).str.contains(_BACKGROUND_BEFORE),
    ).select("_cand", pl.col("a_iid").alias("_moved"))
    return nearest.join(moved, on="_cand", how="left").select("_cand", pl.coalesce("_moved", "_iid").alias("_iid"))


def tolls(incidents: pl.DataFrame, casualties: pl.DataFrame, anchors: pl.DataFrame) -> pl.DataFrame:
    """Per incident (by _iid): killed_min/max, wounded_min/max; the largest toll bound to it."""
    bound = _bind_tolls(casualties, anchors, incidents)
    # a toll bound forward counts only for an incident with no toll of its kind
    # (... but another source's count put in a sentence of its own is an alternative to that toll: "... killing ten
    # people. Local media put the number of dead at nine.")
    own = bound.filter(~pl.col("forward"), ~pl.col("alt")).select("_iid", "kind").unique()
    bound = pl.concat([bound.filter(~pl.col("forward")),
                       bound.filter(pl.col("forward")).join(own, on=["_iid", "kind"], how="anti"),
                       bound.filter(pl.col("forward"), pl.col("put")).join(own, on=["_iid", "kind"]).with_columns(
                           alt=pl.lit(True))]).drop("forward")
    # two tolls told by two sources ("about 20 soldiers were killed, according to the army; the prefect puts the toll at
    # 24"): the lower is the least, the higher the most
    alt = bound.filter(pl.col("alt")).group_by("_iid", "kind").agg(
        pl.col("n_min").min().alias("_alt_min"), pl.coalesce("n_max", "n_min").max().alias("_alt_max"))
    bound = bound.filter(~pl.col("alt"))
    # a toll of "other" people after a count of the same incident adds to it ("Eleven prisoners are crushed to death
    # ...; three other inmates were shot dead" is 14; "... Two other soldiers died later" adds two): the one counted
    # for the person named before is that count (without one, "X and two other people" stays three)
    bound = bound.with_row_index("_b")
    earlier = bound.filter(~pl.col("other"), ~pl.col("adds")).select(
        "_iid", "kind", pl.col("sentence_index").alias("_es"), pl.col("c_end").alias("_ee"))
    after_a_count = bound.filter(pl.col("other")).join(earlier, on=["_iid", "kind"]).filter(
        (pl.col("_es") < pl.col("sentence_index"))
        | ((pl.col("_es") == pl.col("sentence_index")) & (pl.col("_ee") <= pl.col("c_start"))))["_b"].unique()
    # ... and wounded "others" after the dead of the incident are other than those ("Three soldiers were killed ...
    # Four other soldiers were wounded" is four; the same sentence is read in casualties)
    dead_before = bound.filter(pl.col("kind") == "wounded", pl.col("other")).join(
        bound.filter(pl.col("kind") == "killed", ~pl.col("other")).select(
            "_iid", pl.col("sentence_index").alias("_ks"), pl.col("c_end").alias("_ke")), on="_iid").filter(
        pl.col("_ks") < pl.col("sentence_index"))["_b"].unique()
    continued = pl.col("_b").is_in(after_a_count.implode())
    less = continued | (pl.col("_b").is_in(dead_before.implode()))
    bound = bound.with_columns(
        adds=pl.col("adds") | continued,
        n_min=pl.when(less).then(pl.col("n_min") - 1).otherwise("n_min"),
        n_max=pl.when(less).then(pl.col("n_max") - 1).otherwise("n_max")).drop("_b")
    # the largest reading, its bounds together: "X was killed ... at least 20 other people died" is (21, null),
    # not at least 21 and at most 1
    size = pl.coalesce("n_min", "n_max")
    # (ties: the first and shortest reading, so the same text gives the same toll on every run)
    per = bound.filter(~pl.col("adds")).sort(size, "n_max", "sentence_index", "c_start", "c_end",
                                             descending=[True, True, False, False, False], nulls_last=True).group_by(
        "_iid", "kind").agg(pl.col("n_min").first(), pl.col("n_max").first(), pl.col("article_id").first().alias("_a"),
                            pl.col("sentence_index").first().alias("_s"), pl.col("c_start").first().alias("_cs"),
                            pl.col("c_end").first().alias("_ce"))
    # tolls added to it ("..., then kills his mother", "kills three more"): the largest reading of each sentence, not
    # one inside the first toll's own span
    added = bound.filter(pl.col("adds")).join(per.select("_iid", "kind", "_a", "_s", "_cs", "_ce"), on=["_iid", "kind"],
                                              how="left").filter(
        # (a sequel cut from a list is outside what the list counted)
        pl.col("sequel") | (pl.col("article_id") != pl.col("_a")).fill_null(True)
        | (pl.col("sentence_index") != pl.col("_s")).fill_null(True)
        | (pl.col("c_end") <= pl.col("_cs")) | (pl.col("c_start") >= pl.col("_ce")))
    added = added.sort(size, "n_max", "c_start", "c_end", descending=[True, True, False, False], nulls_last=True).unique(
        ["_iid", "kind", "sentence_index"], keep="first").group_by("_iid", "kind").agg(
        pl.col("n_min").sum().alias("_add_min"),
        pl.when(pl.col("n_max").is_null().any()).then(None).otherwise(pl.col("n_max").sum()).alias("_add_max"),
        pl.col("n_max").is_null().any().alias("_add_open"))
    per = per.join(added, on=["_iid", "kind"], how="full", coalesce=True).select(
        "_iid", "kind",
        pl.when(pl.col("_add_min").is_null()).then(pl.col("n_min"))
        .otherwise(pl.col("n_min").fill_null(0) + pl.col("_add_min")).cast(pl.Int32).alias("n_min"),
        pl.when(pl.col("_add_min").is_null()).then(pl.col("n_max"))
        .when(pl.col("n_min").is_null() & pl.col("n_max").is_null()).then(pl.col("_add_max"))
        .otherwise(pl.col("n_max") + pl.col("_add_max")).cast(pl.Int32).alias("n_max"))
    per = per.join(alt, on=["_iid", "kind"], how="full", coalesce=True).select(
        "_iid", "kind",
        pl.when(pl.col("n_min").is_null()).then(pl.col("_alt_min"))
        .otherwise(pl.min_horizontal("n_min", "_alt_min")).cast(pl.Int32).alias("n_min"),
        pl.when(pl.col("n_min").is_null() & pl.col("n_max").is_null()).then(pl.col("_alt_max"))
        .when(pl.col("_alt_max").is_null()).then(pl.col("n_max"))
        .otherwise(pl.max_horizontal(pl.coalesce("n_max", "n_min"), "_alt_max")).cast(pl.Int32).alias("n_max"))
    killed = per.filter(pl.col("kind") == "killed").select(
        "_iid", pl.col("n_min").alias("killed_min"), pl.col("n_max").alias("killed_max"))
    wounded = per.filter(pl.col("kind") == "wounded").select(
        "_iid", pl.col("n_min").alias("wounded_min"), pl.col("n_max").alias("wounded_max"))
    return killed.join(wounded, on="_iid", how="full", coalesce=True)
