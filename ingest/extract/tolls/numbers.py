"""Numbers and vague quantities (ref_quantity_words.csv): the number pattern, a quantity read as a least and a
most count, and the parts of a list summed into one toll ("two soldiers, a policeman and a civilian")."""

import polars as pl

from ingest.extract.reference import Reference
from ingest.extract.text import NAME_TITLE, PERSON_NAME, alternation
from ingest.extract.tolls._common import _KIN, _ONE_PERSON, _VICTIM_TITLE, _ends_in_a_verb


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
                    # ("killing three people, the bombers included, and wounding four": the aside of those counted)
                    r"|, (?:the |both |all )?[^;.:,\s]+(?: [^;.:,\s]+){0,2} included(?:,|$)"
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
    # ("shot dead the head of the local office, a 50-year-old Togolese, and took away a colleague": an age and a
    # description between commas before "and" tell the person before again)
    # ("killing two aid workers, a Chilean and a Dutch woman, and seven villagers": the two told one by one between
    # commas, closed by ", and", are the two again)
    single = r"(?:an?|the|one) [^,;.:]{1,50}"
    parts = rows.select("_row", pl.col(list_col).str.replace(
        rf"^((?:(?i:the) )?(?i:two|2) [^,;.:]+), {single} and {single}(, and )", "$1$2").str.replace(
        rf"^((?:(?i:the) )?(?i:three|3) [^,;.:]+), {single}, {single},? and {single}(, and )", "$1$2").str.replace_all(
        r", an? \d{1,3}-year-old [^,;.:]{1,40}(, and )", "$1").str.replace_all(_COUNTLESS_ASIDE, ",").str.replace_all(
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
    # ("seven policemen and a number of the attackers": "a number of" is no count)
    quantity = pl.when(body.str.contains(r"^(?i:an?) (?:\p{Ll}+ )?number of ")).then(None).otherwise(quantity)
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
        # ("the 16-year-old daughter of an officer": an age among the words)
        r"^(?i:the|another) (?:[\p{L}\-]+ |(?:19|20)\d\d |\d{1,3}-(?:year|month|week)-old ){0,2}[\p{Ll}\-]+"
        r"(?: (?:of|in|at|from) .+)?$")
                 & ~head.str.contains(
                     # (whole words: "the grandmother" is one, "the other" none)
                     r"(?:s|men|(?-u:\b)(?:children|people|police|staff|family|crew|personnel|rest|other|same|building|house"
                     # (but the bomber listed with the dead of his blast is one of the toll, as the gold sets sum
                     # him: "killing three passers-by and the bomber" is four)
                     r"|attacker|gunman|assailant|shooter|perpetrator|hijacker|suspect|killer|bulk|majority"
                     r"|remainder|most|many|all|some|none|half|third|quarter|number|whole|entire|body|group|unit|patrol"
                     r"|convoy|team|squad|platoon|company|battalion|village|town|city|area|region|province|district))$"))
    # ... and so is "the" and a title of someone's office ("the mayor of X, his wife and their driver")
    one = one | (pl.col("_q").is_null() & pl.col("_part").str.contains(
        rf"^(?i:the) (?:[\p{{L}}\-]+ ){{0,2}}{_VICTIM_TITLE}(?: (?i:of|in|for) .*)?$"))
    # the attacker's own death told in the list of the dead is part of that stated toll (the gold README: attackers
    # count when part of the stated toll): "killing himself and 12 worshippers" is 13, "killing three passers-by and
    # the bomber" four, "killing themselves and five soldiers" at least seven; alone it counts no one ("killing
    # himself and wounding three"; see below)
    reflexive = pl.col("_part").str.contains(r"^(?i:himself|herself|themselves)(?-u:\b)")
    plural_reflexive = pl.col("_part").str.contains(r"^(?i:themselves)(?-u:\b)")
    the_attacker = pl.col("_q").is_null() & pl.col("_part").str.contains(
        r"^(?i:the) (?:suicide |lone |car |truck )?(?:bomber|attacker|gunman|assailant|shooter|hijacker)$")
    # ("killing at least 15 people, himself included": an aside of a count, no one more)
    aside_reflexive = reflexive & pl.col("_part").str.contains(r"^\S+ (?:included|among them|among the dead|too)(?-u:\b)")
    own = (reflexive & ~aside_reflexive) | the_attacker
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
    # animals listed with the dead are no toll of people ("killing two troopers and seven horses")
    animal = pl.col("_part").str.contains(
        r"^(?:\S+ ){0,3}(?i:animals?|cattle|cows?|sheep|goats?|livestock|camels?|horses?|mules?|donkeys?|dogs?|chickens"
        r"|buffalo(?:es)?|oxen|pigs?|poultry)$")
    parts = parts.with_columns([pl.when(animal).then(pl.lit(0, pl.Int32)).when(own).then(pl.when(plural_reflexive).then(pl.lit(2 if b == "min" else None, pl.Int32))
                                                  .otherwise(pl.lit(1, pl.Int32)))
                                .when(apposed | apposed_office | group_aside | aside_reflexive).then(pl.lit(0, pl.Int32)).when(one | name).then(pl.lit(1, pl.Int32))
                                .when(pair).then(pl.lit(2, pl.Int32))
                                .when(description | share).then(pl.lit(0, pl.Int32))
                                .otherwise(f"_v_{b}").alias(f"_v_{b}") for b in ("min", "max")] + [own.alias("_own")])
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
    # ("a Chilean with UNICEF and a Dutch woman with the WFP": a national's employer told after)
    # ("two embassy officials, the labour attache and the press attache": offices told one by one)
    national = pl.col("_part").str.contains(
        r"^(?i:an?|one) \p{Lu}[\p{L}\-]*(?: (?:national|citizen|man|woman))?(?: (?:with|of|from|for) [^,]+)?$"
        r"|^the (?:[\p{Ll}\-]+ ){0,3}[\p{Ll}\-]*[^s\W]$"
        # ("four teachers, two Britons of Somali origin and two Kenyans": nationals in the plural)
        r"|^\S+ \p{Lu}[\p{Ll}\-]+[^s\W]s(?: (?:of|with|from|for) [^,]+)?$"
        # ("three soldiers, a sergeant and two privates": ranks told one by one)
        r"|^\S+ (?:[\p{Ll}\-]+ )?(?:sergeant|private|corporal|lieutenant|captain|conscript|recruit|cadet)s?$")
    later = pl.col("_v_min").sum().over("_row") - pl.col("_v_min").cum_sum().over("_row")
    later_national = national.cast(pl.Int32).sum().over("_row") - national.cast(pl.Int32).cum_sum().over("_row")
    later_parts = pl.len().over("_row") - pl.int_range(1, pl.len() + 1).over("_row")
    # ("14 civilians, two women and 12 children": people told by their parts, after a count of people)
    people = pl.col("_part").str.contains(r"^(?:\S+ ){1,3}(?:people|persons|men|civilians|victims|individuals)$")
    # ("kill 15 militants in the region, 11 near X and four near Y": the count told again place by place)
    placed = pl.col("_part").str.contains(r"^[^\s\p{Lu}]+ (?:near|in|at|around|outside|inside) (?:the )?\p{Lu}\S*(?: \p{Lu}\S*){0,2}$")
    later_placed = placed.cast(pl.Int32).sum().over("_row") - placed.cast(pl.Int32).cum_sum().over("_row")
    restated = (pl.col("_v_min") >= 2) & (later == pl.col("_v_min")) & (later_parts >= 2) & (
        (later_national == later_parts) | (later_placed == later_parts) | people)
    counted = counted.with_columns(_restated=restated.cum_sum().over("_row")).filter(
        (pl.col("_restated") == 0) | (pl.col("_restated").shift(1).over("_row").fill_null(0) == 0))
    # (the attacker alone, or with no one else counted, is no toll: "killing himself and wounding three")
    victims = pl.when(pl.col("_own")).then(0).otherwise(pl.col("_v_min")).sum().over("_row")
    counted = counted.with_columns([pl.when(pl.col("_own") & (victims == 0)).then(pl.lit(0, pl.Int32)).otherwise(f"_v_{b}")
                                    .alias(f"_v_{b}") for b in ("min", "max")])
    # "at least 20 soldiers and two civilians": at least 22, no maximum
    sums = counted.group_by("_row").agg(
        pl.col("_v_min").sum().cast(pl.Int32).alias(f"{prefix}_min"),
        pl.when(pl.col("_v_max").is_null().any()).then(None).otherwise(pl.col("_v_max").sum()).cast(pl.Int32)
        .alias(f"{prefix}_max"))
    return rows.join(sums, on="_row", how="left").drop("_row")
