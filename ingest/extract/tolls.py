"""Casualty counts of incidents: killed and wounded, from number words and vague quantities
(ref_quantity_words.csv), named victims and parts to be summed, bound to the nearest trigger word."""

import polars as pl

from ingest.extract.anchors import bind_to_incidents
from ingest.extract.reference import Reference
from ingest.extract.text import CASE_ODD, NAME_TITLE, PERSON_NAME, alternation, find_all, find_matches

# an aside between a toll and its verb ("Seven aid workers, including three Britons, were killed")
_TOLL_ASIDE = (r", (?:(?:including|among them|most of them|many of them|all of them|half of them|\d+ of them|mostly"
               r"|among whom) [^;.:,]{1,60}(?:, [^;.:,]{1,40}){0,3}"
               # a list in apposition: "Four cyclists, two Americans, a Swiss and a Dutch national, were killed"
               r"|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+) [^;.:,\d]+(?:, [^;.:,\d]+)?"
               r" and [^;.:,\d]+),")
# words that end a noun phrase: "a" counts a toll only up to them ("a bomb exploded near a school where ...")
_NOT_A_NOUN_PHRASE = (r"(?-u:\b)(?:in|at|on|near|from|to|by|with|who|which|that|where|when|after|while|as|exploded|went|hit"
                      r"|struck|ripped|tore|blew|attacked|killing|said)(?-u:\b)")
# a toll told as a figure that was revised or stated: "the death toll from Friday's bombing ... rose to 128",
# "officials raised the toll to 57", "put the death toll at 40"; a revision outranks the first count
TOLL_REVISED = (r"(?:death )?toll(?: [^.;:]{0,160}?)? (?:rose|rises|has risen|had risen|risen|climbed|climbs|has climbed"
                 r"|jumped|reached|has reached|increased|stood|stands|was raised|has been raised) (?:to|at)"
                 r"|(?:raised|raises|raising|put|puts|putting|revised|lifted|updated) the (?:death )?toll"
                 r"(?: [^.;:]{0,80}?)? (?:to|at)")


def number_pattern(reference: Reference, articles: bool = True) -> str:
    """A toll's number phrase; without `articles`, "a"/"an" alone are no number."""
    words = alternation([w for w in reference.quantity_words["word"].to_list() if articles or w not in ("a", "an")])
    qualifier = r"(?i:at least|more than|over|nearly|almost|about|around|approximately|some|up to|as many as|another|roughly|all)"
    # "an Israeli couple": the collective noun is the count
    collective = r"(?i:an?) \p{Lu}[\p{L}\-]* (?i:couple|dozen)"
    return rf"(?:{qualifier} )?(?:{collective}|\d{{1,3}}(?:,\d{{3}})+|\d+|(?i:(?:{words})(?:-(?:{words}))?))"


def parse_quantity(frame: pl.DataFrame, text_col: str, prefix: str, reference: Reference) -> pl.DataFrame:
    """Add <prefix>_min / <prefix>_max from a number phrase per the gold rules ("up to N" -> max only)."""
    text = pl.col(text_col).str.to_lowercase()
    qualifier = text.str.extract(r"^(at least|more than|over|nearly|almost|about|around|approximately|some|up to|as many as|another|roughly|all) ")
    number = text.str.replace(r"^(?:at least|more than|over|nearly|almost|about|around|approximately|some|up to|as many as|another|roughly|all) ", "")
    number = number.str.replace(r"^an? \S+ (couple|dozen)$", "$1")
    words = reference.quantity_words
    lookup = dict(zip(words["word"].to_list(), words["value"].to_list()))
    parts = number.str.split("-")
    word_value = parts.list.eval(pl.element().replace_strict(lookup, default=None, return_dtype=pl.Int32)).list.sum()
    all_known = parts.list.eval(pl.element().is_in(list(lookup))).list.all()
    digits = number.str.replace_all(",", "").str.to_integer(strict=False).cast(pl.Int32)
    value = pl.coalesce(digits, pl.when(all_known).then(word_value))
    # "all 176 people on board" is the whole count
    exact = qualifier.is_null() | (qualifier == "all")
    return frame.with_columns(
        pl.when(qualifier.is_in(["up to", "as many as"])).then(None).otherwise(value).alias(f"{prefix}_min"),
        pl.when(exact | qualifier.is_in(["up to", "as many as"])).then(value).otherwise(None).alias(f"{prefix}_max"),
    )


def casualties(sentences: pl.DataFrame, reference: Reference) -> pl.DataFrame:
    """Every stated toll: article_id, sentence_index, kind (killed/wounded), n_min, n_max, c_start, c_end.

    Parts are summed when no total is given ("two police officers and two militants are killed" -> 4).
    """
    num = number_pattern(reference)
    num_no_article = number_pattern(reference, articles=False)
    quoted = r"[\"“”]?"
    # words between the number and the verb; no digits, so "Seven are killed and 50 injured" stays two tolls
    # any word but "and": "mosques are bombed and a muezzin is killed" is two subjects ("and" joins parts below)
    word = r"(?:[\p{L}--a][\p{L}'’.\-]*|a[[\p{L}'’.\-]--n][\p{L}'’.\-]*|an[[\p{L}'’.\-]--d][\p{L}'’.\-]*|and[\p{L}'’.\-]+|an?)"
    # an aside between a toll and its verb is no part of it: "Seven aid workers, including three Britons and a Pole,
    # were killed", "at least 28 people, among them the 10 attackers, died"
    filler = rf"(?:,? [\"“”]?(?:{word}|\d+-year-old)[\"“”]?|{_TOLL_ASIDE}){{0,16}}?,?"
    be = r"(?: (?:were|are|was|is|have been|has been|had been|being|reportedly|also|all|been|later|confirmed))*"
    # the toll regexes are costly: only sentences with a casualty word (an Aho-Corasick scan) go through them
    casualty_words = ["kill", "dead", "died", "slain", "murder", "lost their lives", "perish", "death toll", "claim",
                      "wound", "injur", "hurt", "casualt", "fatalit", "no one", "nobody", "toll", "left", "leaving", "leave",
                      "to death", "gunned", "gunning", "massacr", "execut", " other", "assassinat", "behead"]
    base = sentences.select("article_id", "sentence_index", "text").filter(
        pl.col("text").str.contains_any(casualty_words, ascii_case_insensitive=True))
    out = []
    for kind, passive, active, kind_words, passive_words in (
        ("killed", r"(?:killed|dead|died|slain|murdered|lost their lives|perished)",
         (rf"(?i:kill(?:s|ed|ing)?|claim(?:s|ed|ing) the lives of|{TOLL_REVISED}|death toll (?:\w+ )?(?:to|at|of)|left|leaving|leave"
         r"|shoot(?:s|ing)? dead|shot dead|gunn(?:ed|ing) down|massacr(?:ed|ing)|murder(?:ed|ing)|execut(?:ed|ing)"
         r"|(?:shot and )?(?:stabb(?:ed|ing)|hack(?:ed|ing)|beat(?:en|ing)?|burn(?:ed|t|ing)))"),
         ["kill", "dead", "died", "slain", "murder", "lost their lives", "perish", "claim", "death toll", "left", "leav",
          "gunned", "gunning", "massacr", "execut", "to death", "toll"],
         ["killed", "dead", "died", "slain", "murdered", "lost their lives", "perished"]),
        ("wounded", r"(?:wounded|injured|hurt)",
         r"(?i:wound(?:s|ed|ing)?|injur(?:es|ed|ing|e)|hurt(?:ing)?)", ["wound", "injur", "hurt"],
         ["wounded", "injured", "hurt"]),
    ):
        # only sentences with this kind's words; a case-blind regex also reads the Kelvin sign as k, long s as s
        kind_base = base.filter(pl.col("text").str.contains_any([*kind_words, *CASE_ODD], ascii_case_insensitive=True))
        parts = rf"(?-u:\b)(?P<q>{num})(?P<rest>(?: [\p{{L}}'’.\-]+){{1,4}} and (?:{num})){filler}{be} {passive}(?-u:\b)"
        # "a"/"an" reads only a short noun phrase before the verb: a long match from it would hide the toll after it
        # ("A bomb exploded near a school where nine children died")
        after = rf"(?-u:\b){quoted}(?P<q>{num_no_article}){quoted}{filler}{be} {passive}(?-u:\b)"
        after_article = rf"(?-u:\b)(?P<q>(?i:an?))(?: [\p{{L}}'’.\-]+){{1,4}}?,?{be} {passive}(?-u:\b)"
        before = rf"(?-u:\b){active} {quoted}(?P<q>{num}){quoted}(?-u:\b)"
        # "killing 14 soldiers and their interpreter", "killed 20 hostages, most of them foreigners, and two police
        # officers": parts after an active verb (the largest reading of a toll wins, see tolls)
        second_part = rf"(?:{num}|(?:their|his|her|its) [\p{{L}}\-]+(?: [\p{{L}}\-]+)?)"
        active_parts = (rf"(?-u:\b){active} (?P<q>{num})(?P<rest>(?: [\p{{L}}'’.\-]+){{1,4}}(?:, [^,;.]{{1,40}},)?"
                        rf" (?:and|as well as) {second_part})(?-u:\b)")
        taken = []
        # the passive tolls end in one of the (case-sensitive) passive words: a literal scan keeps the rest away
        passive_base = kind_base.filter(pl.col("text").str.contains_any(passive_words))
        for pattern in (parts, after, after_article, before, active_parts):
            if pattern in (parts, after):
                # no prefilter by the pattern itself: these two cost more to compile than to run
                found = find_all(passive_base, pattern, match_col="m")
            else:
                found = find_matches(passive_base if pattern == after_article else kind_base, pattern, "m")
            # every group at once, right after the search: polars keeps only 32 compiled patterns per thread, so a
            # later use of a costly pattern compiles it again ("q" is group 1, "rest" group 2)
            # a year is a date, not a toll ("In December 2019, a US airstrike killed dozens"); "feared dead" is a fear
            found = found.with_columns(pl.col("m").str.extract_groups(pattern).alias("_groups")).unnest("_groups").filter(
                ~pl.col("q").str.contains(r"^(?:19|20)\d\d$"),
                ~pl.col("m").str.contains(r"(?i:(?-u:\b)(?:feared|presumed|missing|believed)(?: to (?:be|have))? (?:dead|died|killed))"))
            if pattern in (before, active_parts) and kind == "killed":
                # "leaving 10 people dead" is a toll, "leaving one wounded" is not; "stabbed 36 people" only "to death"
                found = found.filter(~pl.col("m").str.contains(r"^(?i:left|leaving|leave) ") | pl.col("text").str.slice(
                    pl.col("m_end"), 30).str.contains(r"^(?: [\p{L}\-]+){0,3} dead"))
                found = found.filter(~pl.col("m").str.contains(r"^(?i:(?:shot and )?(?:stab|hack|beat|burn))") | pl.col("text").str.slice(
                    pl.col("m_end"), 40).str.contains(r"^(?: [\p{L}\-,]+){0,4} to death"))
            if pattern not in (before, active_parts):
                after_verb = pl.col("text").str.slice(pl.col("m_end"), 25)
                # "Two bombs killed 42 people": an active verb, the number after it is the toll;
                # "42 people and wounded 65": the verb belongs to another subject
                found = found.filter(~after_verb.str.contains(rf"^ {quoted}(?:{num})(?-u:\b)"),
                                     ~pl.col("m").str.contains(rf" and{be} {passive}$"))
            # "a"/"an" is a count only next to its noun phrase ("a policeman was killed", "a U.S. civilian contractor
            # was killed"), not across a clause ("an Israeli couple are murdered": the couple is the count; "a bomb
            # exploded near a school where three children died")
            words = pl.col("m").str.slice(pl.col("q").str.len_chars()).str.replace(rf"{be} {passive}$", "").str.replace_all(
                _TOLL_ASIDE, "")
            noun_words = words.str.replace_all(rf"(?i: and (?:{num}))(?-u:\b)", "") if pattern == parts else words
            found = found.filter(
                ~pl.col("q").str.to_lowercase().is_in(["a", "an"]) | (
                    (noun_words.str.count_matches(r" \p{Ll}") <= 3) & ~noun_words.str.contains(_NOT_A_NOUN_PHRASE)),
                # "... bombed in central Iraq and a muezzin is killed": the toll of the second subject
                (pattern in (parts, active_parts)) | ~words.str.contains(rf"(?i:(?-u:\b)and (?:{num}))(?-u:\b)"))
            found = parse_quantity(found, "q", "n", reference)
            # "Between 60 and 80 people were killed": the range's low end is the minimum
            low = pl.col("text").str.slice(0, pl.col("m_start")).str.extract(rf"(?i:between) ({num_no_article}) and $", 1)
            found = parse_quantity(found.with_columns(_low=low), "_low", "_low", reference).with_columns(
                n_min=pl.coalesce("_low_min", "n_min")).drop("_low", "_low_min", "_low_max")
            # "at least nine other people": the one named before is dead too
            other = (pl.col("text").str.slice(pl.col("m_end"), 7).str.contains(r"^ other(?-u:\b)")
                     | pl.col("m").str.contains(rf"^{quoted}(?:{num}){quoted} other(?-u:\b)"))
            found = found.with_columns([pl.when(other).then(pl.col(c) + 1).otherwise(pl.col(c)).alias(c)
                                        for c in ("n_min", "n_max")])
            if pattern == active_parts:
                # "raised the toll to 57 dead, ..., and 119 wounded": the first part is a whole toll, the second
                # another kind
                found = found.filter(
                    ~pl.col("rest").str.contains(
                        r"(?-u:\b)(?:dead|killed|died|wounded|injured|hurt)(?-u:\b).* (?:and|as well as) "),
                    ~pl.col("text").str.slice(pl.col("m_end"), 40).str.contains(
                        r"^(?: [\p{L}\-]+){0,3} (?:were |are )?(?:wounded|injured|hurt)(?-u:\b)"))
                q2 = pl.col("m").str.extract(rf" (?:and|as well as) ({second_part})$", 1)
                singular = q2.str.contains(r"^(?:their|his|her|its) ") & ~q2.str.contains(r"s$")
                found = parse_quantity(found.with_columns(q2=q2), "q2", "n2", reference).with_columns(
                    n2_min=pl.when(singular).then(pl.lit(1, pl.Int32)).otherwise("n2_min"),
                    n2_max=pl.when(singular).then(pl.lit(1, pl.Int32)).otherwise("n2_max"))
                found = found.with_columns(n_min=pl.col("n_min") + pl.col("n2_min"), n_max=pl.col("n_max") + pl.col("n2_max"))
            if pattern == parts:
                # the parts are nouns: "two militants are killed and 5 wounded" is not 7 wounded
                found = found.filter(~pl.col("rest").str.contains(
                    r"(?-u:\b)(?:are|is|were|was|been|killed|dead|died|wounded|injured|hurt)(?-u:\b)"))
                second = found.with_columns(q2=pl.col("rest").str.extract(rf" and ({num})$", 1))
                second = parse_quantity(second, "q2", "n2", reference)
                found = second.with_columns(n_min=pl.col("n_min") + pl.col("n2_min"),
                                            n_max=pl.col("n_max") + pl.col("n2_max"))
            found = found.select("article_id", "sentence_index", pl.lit(kind).alias("kind"), "n_min", "n_max",
                                 pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"))
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
    out.append(_named_and_other_victims(base, num, reference))
    # "No one on board was hurt": nobody died either
    none_pattern = (r"(?i:(?-u:\b)no (?:casualties|deaths|fatalities)|(?-u:\b)(?:nobody|no one|none)(?: [a-z]+){0,3} (?:was|were)"
                    r" (?:killed|hurt|harmed|injured|wounded)|(?-u:\b)(?:nobody|no one) died)")
    nothing = find_matches(base, none_pattern, "m").select(
        "article_id", "sentence_index", pl.lit("killed").alias("kind"), pl.lit(0, pl.Int32).alias("n_min"),
        pl.lit(0, pl.Int32).alias("n_max"), pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"))
    return pl.concat([*out, nothing], how="vertical_relaxed")
# "his wife", "her driver" killed with a named victim: one more ("X was killed along with his wife")
_COMPANION = (r"^(?:,? [^,;]{3,90},)? (?:and|along with|together with|with) (?:his|her) (?:[\p{Ll}\-]+ )?"
              r"(?:wife|husband|son|daughter|brother|sister|father|mother|driver|bodyguard|guard|aide|nephew|niece|child)(?-u:\b)")
# a named person killed: "Anna X, a journalist, was shot dead", "former prime minister X was killed"; the name at
# the start, after a comma or after a lowercase title word (not "A United States Navy SEAL is killed")
_NAMED_VICTIM = (rf"(?:^|, |(?-u:\b)\p{{Ll}}{{4,}} |{NAME_TITLE}){PERSON_NAME},? (?:[^,;]{{3,90}}, )?(?:(?:was|is|has been|had been) (?:shot dead"
                 r"|shot and killed|killed|assassinated|murdered|stabbed to death|gunned down|beheaded)|died|dies)(?-u:\b)")
# ... or the object of a killing verb: "killed al Qaeda leader X", "Israel killed X, a senior commander"
_VICTIM_TITLE = (r"(?:leader|commander|chief|general|founder|head|spokesman|minister|president|journalist|cleric|scientist"
                 r"|official|governor|mayor|judge|lawyer|activist|politician|lawmaker|envoy|ambassador|deputy)")
NAMED_OBJECT = (rf"(?-u:\b)(?:killed|kills|killing|assassinated|assassinates|shot dead|murdered) (?:(?:the |an? )?(?:[\p{{L}}\-]+ ){{0,3}}"
                 rf"{_VICTIM_TITLE} (?:{NAME_TITLE})?{PERSON_NAME}(?-u:\b)|(?:\d+-year-old )?{PERSON_NAME},)")
# aimed at a named person, dead or not: "shot 15-year-old Malala Yousafzai", "fired missiles at Hamas founder Sheikh
# Ahmed Yassin"
AIMED_AT_NAMED = (rf"(?-u:\b)(?:shot|stabbed|fired (?:[\p{{Ll}}\-]+ ){{0,2}}at|targeted|attacked) (?:(?:the |an? )?(?:[\p{{L}}\-]+ ){{0,3}}"
                   rf"{_VICTIM_TITLE} (?:{NAME_TITLE})?{PERSON_NAME}(?-u:\b)|\d+-year-old {PERSON_NAME}(?-u:\b))")
# a named person attacked, dead or not, makes the attack an assassination ("police chief X was wounded when gunmen
# ambushed his car", "X was shot several times", "X died after being attacked")
NAMED_TARGET = (rf"(?:^|, |(?-u:\b)\p{{Ll}}{{4,}} |{NAME_TITLE}){PERSON_NAME},? (?:[^,;]{{3,90}}, )?(?:(?:was|is|has been|had been) (?:shot|killed"
                 r"|assassinated|murdered|stabbed|gunned down|beheaded|wounded|injured|attacked|targeted)|died|dies|escaped|survived)(?-u:\b)")


def _named_and_other_victims(base: pl.DataFrame, num: str, reference: Reference) -> pl.DataFrame:
    """Killed tolls told by names: "Anna X, a journalist, was shot dead" -> 1; "killed commander X, militia leader Y
    and eight other people" -> 10 (each listed victim, an appositive name excepted: "the ambassador, J. Smith, and
    three other Americans" -> 4)."""
    named = pl.concat([find_matches(base, _NAMED_VICTIM, "m"), find_matches(base, NAMED_OBJECT, "m")])
    # "... was killed along with his wife": two
    companion = pl.col("text").str.slice(pl.col("m_end") - pl.col("m").str.ends_with(",").cast(pl.Int64), 140).str.contains(
        _COMPANION).cast(pl.Int32)
    named = named.select(
        "article_id", "sentence_index", pl.lit("killed").alias("kind"), (1 + companion).alias("n_min"),
        (1 + companion).alias("n_max"), pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"))
    listed = rf"(?i:kill(?:s|ed|ing)?|shot dead|shooting dead) (?P<list>[^;]{{3,160}}?),? and (?P<q>{num}) other(?-u:\b)"
    found = find_matches(base, listed, "m").with_columns(
        pl.col("m").str.extract_groups(listed).alias("_g")).unnest("_g")
    found = parse_quantity(found, "q", "n", reference)
    # a segment of capitalised words only, after one ending in a lowercase word, is an appositive name
    segments = pl.col("list").str.split(", ")
    counted = segments.list.eval(
        ~(pl.element().str.contains(r"^(?:\p{Lu}[\p{L}'’\.\-]*\s?)+$")
          & pl.element().shift(1).str.contains(r"\p{Ll}+$").fill_null(False))).list.sum()
    found = found.with_columns(n_min=pl.col("n_min") + counted.cast(pl.Int32),
                               n_max=pl.col("n_max") + counted.cast(pl.Int32))
    return pl.concat([named, found.select(
        "article_id", "sentence_index", pl.lit("killed").alias("kind"), "n_min", "n_max",
        pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"))], how="vertical_relaxed")


def tolls(incidents: pl.DataFrame, casualties: pl.DataFrame, anchors: pl.DataFrame) -> pl.DataFrame:
    """Per incident (by _iid): killed_min/max, wounded_min/max; the largest toll bound to it."""
    bound = bind_to_incidents(casualties, anchors, incidents, "c_start", "c_end")
    # the largest reading, its bounds together: "X was killed ... at least 20 other people died" is (21, null),
    # not at least 21 and at most 1
    per = bound.sort(pl.coalesce("n_min", "n_max"), "n_max", descending=True, nulls_last=True).group_by(
        "_iid", "kind").agg(pl.col("n_min").first(), pl.col("n_max").first())
    killed = per.filter(pl.col("kind") == "killed").select(
        "_iid", pl.col("n_min").alias("killed_min"), pl.col("n_max").alias("killed_max"))
    wounded = per.filter(pl.col("kind") == "wounded").select(
        "_iid", pl.col("n_min").alias("wounded_min"), pl.col("n_max").alias("wounded_max"))
    return killed.join(wounded, on="_iid", how="full", coalesce=True)
