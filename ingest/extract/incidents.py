"""Incident mentions: trigger words (ref_incident_triggers.csv) per sentence, with status, date, casualties,
place and perpetrator. One incident per (sentence, type, status); a following sentence that only adds a
toll or a claim ("The Taliban claimed responsibility for the attack.") fills the previous incident."""

import polars as pl

from ingest.extract.dates import nearest_date
from ingest.extract.places import region_mentions
from ingest.extract.reference import Reference
from ingest.extract.text import alternation, find_all


def _find_matches(frame: pl.DataFrame, pattern: str, match_col: str) -> pl.DataFrame:
    """`find_all` on the rows that match at all (the toll and name patterns match few sentences: find_all's
    extraction then runs on those only), and no regex at all on an empty frame."""
    if frame.is_empty():  # nothing to compile the pattern for
        return find_all(frame, pattern, match_col=match_col)
    found = find_all(frame.filter(pl.col("text").str.contains(pattern)), pattern, match_col=match_col)
    # find_all orders its new columns differently for an empty frame: keep the order of a non-empty one
    return found.select(*frame.columns, f"{match_col}_start", match_col, f"{match_col}_end")

EXPLOSIVE_FAMILY = ["suicide_bombing", "car_bomb", "ied", "bombing"]
GENERIC_PRIORITY = 10
# trigger rows of this priority or less are words that attribute an attack ("blamed", "suspect"): they fill the
# incident told just before, never one of their own
ATTRIBUTION_PRIORITY = 2
# the order of incidents within an article: total, because there is one incident per (sentence, type, status)
INCIDENT_ORDER = ("article_id", "sentence_index", "trigger_start", "trigger_end", "incident_type", "status")

# A cue just before the trigger changes what the words report. The cues are matched on lowercased,
# whitespace-normalised text with ASCII classes: (?i) and Unicode \w/\s make these `$`-anchored searches ~80x slower.
_PLANNED_CUE = (r"(?:planning|plotting|preparing|plans? to|plans? for|plots? to|plotted|intend(?:s|ed)? to|prepared|foiled|thwarted"
                r"|averted|disrupted|conspir(?:ed|acy|ing) to|authori[sz](?:ed|es|ing)"
                # "a plot by members of a militia group to kidnap"
                r"|(?:plots?|plans?|conspiracy) by (?:[^ ]+ +){1,8}?to) +(?:[^ ]+ +){0,4}$")
_THREATENED_CUE = (r"(?:(?:threaten(?:s|ed|ing)?|vow(?:s|ed)?|warn(?:s|ed)?) +(?:[^ ]+ +){0,5}"
                   # a call for attacks: "urged the group's supporters, in an audio message, to carry out attacks"
                   r"|(?:urg(?:ed|es|ing)|call(?:ed|s|ing) on|exhort(?:ed|s|ing)|incit(?:ed|es|ing)) +(?:[^ ]+ +){1,14}?to +(?:carry +out|launch|stage|mount|step +up) +(?:[^ ]+ +){0,2}"
                   r"|(?:could|would|will|may) +(?:[^ ]+ +){0,3})$")
# ... or just after it: "an attack is highly likely", "air strikes in Iraq, if needed"
_THREATENED_AFTER = (r"^(?: (?:is|are|was|were|remains?) (?:\S+ )?(?:likely|possible|imminent|expected|probable)"
                     r"|[^.;]{0,50}(?-u:\b)if (?:needed|necessary|required))")
# ... or shows the words refer to an attack told elsewhere, not a new one
_REFERENCE_CUE = (
    r"(?:revenge for|retaliation for|response to|opposition to|opposed to|condemn[a-z]*|denounc[a-z]*"
    r"|appall?[a-z]* (?:by|at)|outrag[a-z]* (?:by|at|over)|horrifi[a-z]* (?:by|at)|shock[a-z]* (?:by|at)|since|cyber"
    r"|accountable for|anniversary of|wake of|remember[a-z]*|mourn[a-z]*|memorial|fear(?:s|ed)? of|risk of|threat of"
    r"|prevent[a-z]*|protect[a-z]* (?:against|from)|defend[a-z]* against|counter[a-z]*"
    r"|test(?:-fir[a-z]*|-launch[a-z]*|ed|s|ing)?"
    # a truce "halting air strikes and cross-border attacks"
    r"|halt(?:s|ed|ing)?|end(?:s|ed|ing)? to|cessation of|suspend(?:s|ed|ing)?) +(?:[^ ]+ +){0,4}$"
    # an inquiry names the attack it is about ("investigate the bombing"), not what it found ("an investigation
    # found that rebels killed ...")
    r"|investigat[a-z]* +(?:(?:into|of|the|this|that|these|those|a|an|last|recent|deadly|[a-z]+'s) +){0,3}$"
)
# Sentences that tell of an attack without it happening now: a court's verdict on it ("was sentenced for killing
# 51 people") tells no incident anywhere in the sentence; a commemoration ("marked the anniversary of the
# bombings, in which 191 people were killed") none after its word
_JUDICIAL_SENTENCE = (r"(?i:(?-u:\b)(?:sentenc(?:ed|es|ing)|convict(?:ed|s|ing|ions?)|acquit(?:ted|s)|found (?:\S+ )?guilty"
                      r"|pleaded (?:not )?guilty|verdict|(?:stood|stand|stands|went on|goes on|on) trial|extradited)(?-u:\b))")
_COMMEMORATION_BEFORE = (r"(?i:(?-u:\b)(?:anniversary|commemorat[a-z]*|wreath|remembrance|memorial (?:to|for|service|ceremony)"
                         r"|remember(?:s|ed|ing)?|fell silent|minute'?s silence|moment of silence"
                         r"|mourning|tribute to|(?:years?|months?) since)(?-u:\b))")
# an attack named as a known past event: "after the Manchester Arena bombing", "since the 2015 Paris attacks"
_NAMED_PAST_EVENT_BEFORE = (r"(?-u:\b)(?:after|since|following|like|before|of|for|over) the (?:(?:19|20)\d\d )?\p{Lu}[\p{L}\-]*"
                            r"(?: [\p{Lu}\d][\p{L}\-]*)*(?: [\p{Ll}\-]+)? $")
# an explosion that was an accident, and generic words ("killed", "dead") about a disaster or an accident
_ACCIDENT_SENTENCE = (r"(?i:(?-u:\b)(?:accident[a-z]*|gas (?:leak|cylinder|tank|explosion|pipeline)|ammonium nitrate|industrial"
                      r"|hazardous|chemicals|chemical (?:warehouse|factory|storage)"
                      r"|boiler|fireworks (?:factory|warehouse)|chemical plant|refinery fire|coal mine|miners|mining"
                      r"|mine (?:disaster|fire|collapse))(?-u:\b))")
# a listing as a terrorist organisation names attacks to describe the group, not to tell one
_DESIGNATION_SENTENCE = (r"(?i:(?-u:\b)(?:designat(?:e|ed|es|ing|ion)(?-u:\b)[^.;]{0,160}terror[a-z]*|terrorists? list|list of (?:[^.;]{0,40})?terror[a-z]*|terror list"
                         r"|sanctions? list|blacklist(?:ed|s)?)(?-u:\b))")
# a kidnapping told to say its victims are free ("the schoolgirls kidnapped by X in 2014 were freed on Saturday")
_RELEASED_AFTER = r"^\S+ (?:by [^.;]{0,80}? )?(?:in (?:19|20)\d\d )?(?:were|was|have been|has been|had been) (?:freed|released|rescued|set free)"
# a war's toll ("ending a war that began in 2003 and killed 4,500 soldiers")
_WAR_BEFORE = r"(?i:(?-u:\b)(?:war|conflict|insurgency|occupation) (?:that|which) [^.;]{0,80}$)"
_DISASTER_SENTENCE = (r"(?i:(?-u:\b)(?:earthquakes?|quakes?|flood(?:s|ing|waters?)?|(?:tropical|winter|snow|sand|ice) ?storms?|hurricanes?|cyclones?|typhoons?"
                      r"|tornado(?:es)?|landslides?|mudslides?|tsunamis?|wildfires?|avalanches?|eruptions?|droughts?|heatwaves?"
                      r"|collaps(?:ed|e|es|ing)|crash(?:ed|es)?|derail(?:ed|ment)|capsiz(?:ed|es)|sank|stampede|crush|epidemic"
                      r"|outbreak|ceasefire|cease-fire|truce|peace (?:talks|deal|agreement|process)|armistice)(?-u:\b))")
# "test-fired a missile that flew for 39 minutes": the second missile word is the test too
_WEAPON_TEST_SENTENCE = (r"(?i:test-(?:fir|launch)[a-z]*|(?-u:\b)(?:missile|weapons?|rocket) tests?(?-u:\b)|(?-u:\b)tested (?:an? |the |its )?(?:[a-z\-]+ ){0,3}(?:missile|rocket)"
                         # exercises, and launches told by where they flew or fell, not what they hit
                         r"|live-fire|(?-u:\b)(?:military |naval )?(?:exercises|drills|war games)(?-u:\b)"
                         r"|(?-u:\b)(?:fired|launched) (?:an? |the |two |three |several )?(?:[a-z\-]+ ){0,3}missiles? (?:over|into the (?:sea|pacific|ocean))"
                         r"|(?-u:\b)(?:landed|fell) in(?:to)? (?:its|the|their) (?:[a-z]+ ){0,3}(?:zone|waters|sea|pacific|ocean))")
_NOT_AN_ATTACK_AFTER = r"^\s*(?i:down(?-u:\b)|tests?|test-fire|launch(?:es|ers?)?(?-u:\b)|defen[cs]e|systems?|programs?|programmes?|shield|technology|sales?|deals?|stockpile|capabilit|sirens?|alerts?|alarms?|shelters?|warnings?|drills?|exercises?)"
# a that-clause reported by someone: the group standing at its start is who they say did it
_REPORTED_THAT = (r"(?i:(?-u:\b)(?:informed|told|warned|alleged|alleges|allege|charged|charges|accused|said|says|say"
                  r"|claimed|claims|reported|reports|believes?|believed|suspects?|suspected)(?-u:\b)[^.;:]{0,80}?"
                  r"(?-u:\b)that\s+(?:the\s+)?)$")
# words that attribute an attack to someone: a sentence with only these fills the incident before it ("Police
# suspect the Zetas cartel."), it never tells an incident of its own
_ATTACKER_WORD = r"^(?i:gunm[ae]n|armed men|stormed)$"
_ARSON_WORD = r"(?i:alight|ablaze|on fire|set fire|arson|torched|firebomb)"
# taking hostages is a kidnapping on its own ("seized the ship and took its crew hostage"), part of an assault told
# with it ("Gunmen stormed the hotel and took 170 guests hostage")
_HOSTAGE_WORD = r"^(?i:(?:took|taking|seiz)\S* )"
_ATTRIBUTING_VERB = r"(?:blamed|blames|blame|accused|accuses|accuse|said|says|denied|denies|condemned|suspects?|suspected)"
# between an attributing verb and the name: "blamed the militant group al-Shabaab", "suspect fighters linked to"
_DESCRIPTOR = (r"(?:\s+(?:the|an?))?(?:\s+[\p{Ll}\-]+|\s+\p{Lu}[\p{L}\-]*(?:ian|ist|ese|i|n)|\s+(?:Islamist|Iran-backed|Sunni|Shia|Shiite|Maoist|jihadist)"
               # "blamed the Pakistan-based group X", "blamed two militant groups, X and Y"
               r"|\s+\p{Lu}[\p{L}]*-(?:based|backed|linked|aligned)){0,4},?\s+")
# a group saying it did it: "al-Shabab said on Twitter that it was behind the attack", "Hamas's armed wing said it had
# launched", "The Taliban said their fighters had brought it down", "the coalition acknowledged that its aircraft"
_SELF_CLAIM_AFTER = (r"^(?:(?:'s|’s)(?: [\p{Ll}\-]+){1,2}| (?:militants|fighters|group|militia|rebels|insurgents|leader"
                     r"(?: \p{Lu}[\p{L}\-]+){1,3}|spokesman))? (?:(?:has|have|had|later|also) )*(?:said|says|say|admitted|admits"
                     r"|acknowledged|acknowledges|confirmed|confirms|announced)(?: [^.;,]{0,30}?)? (?:that )?(?:it|they|its|their) ")
# a group named as what someone joined or follows, or as whose member was hit, is no perpetrator
_AFFILIATION_BEFORE = (r"(?i:(?-u:\b)(?:join|joined|joining|allegiance to|loyal to|inspired by|sympathi[sz]ers? (?:of|with)"
                       # "TAK, a radical offshoot of the PKK": the parent of the doer
                       r"|supporters? of|(?:offshoot|splinter|breakaway|faction|branch|wing|affiliate|off-shoot)"
                       r"(?: group| faction)? of)\s+(?:the\s+)?$)")
_VICTIMS_GROUP_BEFORE = (r"(?i:(?-u:\b)(?:killed|assassinated|targeted|shot dead|killing)\s[^.;]{0,80}(?:commander|leader|chief|founder"
                         r"|head|member|official)s?\s+of\s+(?:the\s+)?$)")
_SPONSOR_AFTER = r"^(?:-| )(?:backed|sponsored|aligned|allied|supported|funded|led|affiliated|linked|controlled|based)(?-u:\b)"
# "The Islamic State's West Africa branch, ISWAP, claims": the branch named after it did it
_GROUP_BRANCH_NAMED = r"^(?:'s|’s) (?:\p{Lu}[\p{L}\-]* ){0,3}(?:branch|affiliate|wing|province|franchise), \p{Lu}"
_NO_CLAIM = r"(?i:(?-u:\b)no (?:group|one|organi[sz]ation) (?:has |had )?(?:yet |immediately )?(?:claimed|said))"
_ATTRIBUTION_SENTENCE = r"(?i:claim\w*|blam\w+|accus\w+|suspect\w*|suspicion|responsib\w+|carried out|(?:was|were) behind)"
_GROUP_AS_OWNER = (r"^(?:'s|’s)? (?:targets?|positions?|strongholds?|members?|bases?|posts?|compounds?|hideouts?"
                   r"|facilities|facility|commanders?|leaders?|officials?|supporters?|territory|areas?)(?-u:\b)")
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
_TOLL_REVISED = (r"(?:death )?toll(?: [^.;:]{0,160}?)? (?:rose|rises|has risen|had risen|risen|climbed|climbs|has climbed"
                 r"|jumped|reached|has reached|increased|stood|stands|was raised|has been raised) (?:to|at)"
                 r"|(?:raised|raises|raising|put|puts|putting|revised|lifted|updated) the (?:death )?toll"
                 r"(?: [^.;:]{0,80}?)? (?:to|at)")
_REPORTED_ON_DAY = (r"(?-u:\b)(?:said|says|reported|announced|confirmed|told reporters) (?:on |late on |early on )?"
                    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: that)? ")
_ONGOING_CUE = r"(?i:continued|continuing|ongoing|string of|series of|spate of|wave of|repeated|recent months|recent weeks|campaign of|frequent|regular)"


def _number_pattern(reference: Reference, articles: bool = True) -> str:
    """A toll's number phrase; without `articles`, "a"/"an" alone are no number."""
    words = alternation([w for w in reference.quantity_words["word"].to_list() if articles or w not in ("a", "an")])
    qualifier = r"(?i:at least|more than|over|nearly|almost|about|around|approximately|some|up to|as many as|another|roughly|all)"
    # "an Israeli couple": the collective noun is the count
    collective = r"(?i:an?) \p{Lu}[\p{L}\-]* (?i:couple|dozen)"
    return rf"(?:{qualifier} )?(?:{collective}|\d{{1,3}}(?:,\d{{3}})+|\d+|(?i:(?:{words})(?:-(?:{words}))?))"


def _parse_quantity(frame: pl.DataFrame, text_col: str, prefix: str, reference: Reference) -> pl.DataFrame:
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


def _casualties(sentences: pl.DataFrame, reference: Reference) -> pl.DataFrame:
    """Every stated toll: article_id, sentence_index, kind (killed/wounded), n_min, n_max, c_start, c_end.

    Parts are summed when no total is given ("two police officers and two militants are killed" -> 4).
    """
    num = _number_pattern(reference)
    num_no_article = _number_pattern(reference, articles=False)
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
         (rf"(?i:kill(?:s|ed|ing)?|claim(?:s|ed|ing) the lives of|{_TOLL_REVISED}|death toll (?:\w+ )?(?:to|at|of)|left|leaving|leave"
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
        kind_base = base.filter(pl.col("text").str.contains_any([*kind_words, *_CASE_ODD], ascii_case_insensitive=True))
        parts = rf"(?-u:\b)(?P<q>{num})(?P<rest>(?: [\p{{L}}'’.\-]+){{1,4}} and (?:{num})){filler}{be} {passive}(?-u:\b)"
        # "a"/"an" reads only a short noun phrase before the verb: a long match from it would hide the toll after it
        # ("A bomb exploded near a school where nine children died")
        after = rf"(?-u:\b){quoted}(?P<q>{num_no_article}){quoted}{filler}{be} {passive}(?-u:\b)"
        after_article = rf"(?-u:\b)(?P<q>(?i:an?))(?: [\p{{L}}'’.\-]+){{1,4}}?,?{be} {passive}(?-u:\b)"
        before = rf"(?-u:\b){active} {quoted}(?P<q>{num}){quoted}(?-u:\b)"
        # "killing 14 soldiers and their interpreter", "killed 20 hostages, most of them foreigners, and two police
        # officers": parts after an active verb (the largest reading of a toll wins, see _tolls)
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
                found = _find_matches(passive_base if pattern == after_article else kind_base, pattern, "m")
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
            found = _parse_quantity(found, "q", "n", reference)
            # "Between 60 and 80 people were killed": the range's low end is the minimum
            low = pl.col("text").str.slice(0, pl.col("m_start")).str.extract(rf"(?i:between) ({num_no_article}) and $", 1)
            found = _parse_quantity(found.with_columns(_low=low), "_low", "_low", reference).with_columns(
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
                found = _parse_quantity(found.with_columns(q2=q2), "q2", "n2", reference).with_columns(
                    n2_min=pl.when(singular).then(pl.lit(1, pl.Int32)).otherwise("n2_min"),
                    n2_max=pl.when(singular).then(pl.lit(1, pl.Int32)).otherwise("n2_max"))
                found = found.with_columns(n_min=pl.col("n_min") + pl.col("n2_min"), n_max=pl.col("n_max") + pl.col("n2_max"))
            if pattern == parts:
                # the parts are nouns: "two militants are killed and 5 wounded" is not 7 wounded
                found = found.filter(~pl.col("rest").str.contains(
                    r"(?-u:\b)(?:are|is|were|was|been|killed|dead|died|wounded|injured|hurt)(?-u:\b)"))
                second = found.with_columns(q2=pl.col("rest").str.extract(rf" and ({num})$", 1))
                second = _parse_quantity(second, "q2", "n2", reference)
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
    nothing = _find_matches(base, none_pattern, "m").select(
        "article_id", "sentence_index", pl.lit("killed").alias("kind"), pl.lit(0, pl.Int32).alias("n_min"),
        pl.lit(0, pl.Int32).alias("n_max"), pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"))
    return pl.concat([*out, nothing], how="vertical_relaxed")


_NAME = r"\p{Lu}[\p{L}\-'’]+(?: (?:al-|bin |de |van |\p{Lu}\. )?\p{Lu}[\p{L}\-'’]+){1,3}"
# "his wife", "her driver" killed with a named victim: one more ("X was killed along with his wife")
_COMPANION = (r"^(?:,? [^,;]{3,90},)? (?:and|along with|together with|with) (?:his|her) (?:[\p{Ll}\-]+ )?"
              r"(?:wife|husband|son|daughter|brother|sister|father|mother|driver|bodyguard|guard|aide|nephew|niece|child)(?-u:\b)")


# a capitalised title right before a name: "Conservative MP Sir David Amess died"
_NAME_TITLE = r"(?-u:\b)(?:MP|Sir|Dame|Senator|Sen\.|Rep\.|Congressman|Congresswoman|Governor|Mayor|Judge|Bishop|Sheikh|Imam|Rabbi) "
# a named person killed: "Anna X, a journalist, was shot dead", "former prime minister X was killed"; the name at
# the start, after a comma or after a lowercase title word (not "A United States Navy SEAL is killed")
_NAMED_VICTIM = (rf"(?:^|, |(?-u:\b)\p{{Ll}}{{4,}} |{_NAME_TITLE}){_NAME},? (?:[^,;]{{3,90}}, )?(?:(?:was|is|has been|had been) (?:shot dead"
                 r"|shot and killed|killed|assassinated|murdered|stabbed to death|gunned down|beheaded)|died|dies)(?-u:\b)")
# ... or the object of a killing verb: "killed al Qaeda leader X", "Israel killed X, a senior commander"
_VICTIM_TITLE = (r"(?:leader|commander|chief|general|founder|head|spokesman|minister|president|journalist|cleric|scientist"
                 r"|official|governor|mayor|judge|lawyer|activist|politician|lawmaker|envoy|ambassador|deputy)")
_NAMED_OBJECT = (rf"(?-u:\b)(?:killed|kills|killing|assassinated|assassinates|shot dead|murdered) (?:(?:the |an? )?(?:[\p{{L}}\-]+ ){{0,3}}"
                 rf"{_VICTIM_TITLE} (?:{_NAME_TITLE})?{_NAME}(?-u:\b)|(?:\d+-year-old )?{_NAME},)")
# aimed at a named person, dead or not: "shot 15-year-old Malala Yousafzai", "fired missiles at Hamas founder Sheikh
# Ahmed Yassin"
_AIMED_AT_NAMED = (rf"(?-u:\b)(?:shot|stabbed|fired (?:[\p{{Ll}}\-]+ ){{0,2}}at|targeted|attacked) (?:(?:the |an? )?(?:[\p{{L}}\-]+ ){{0,3}}"
                   rf"{_VICTIM_TITLE} (?:{_NAME_TITLE})?{_NAME}(?-u:\b)|\d+-year-old {_NAME}(?-u:\b))")
# a named person attacked, dead or not, makes the attack an assassination ("police chief X was wounded when gunmen
# ambushed his car", "X was shot several times", "X died after being attacked")
_NAMED_TARGET = (rf"(?:^|, |(?-u:\b)\p{{Ll}}{{4,}} |{_NAME_TITLE}){_NAME},? (?:[^,;]{{3,90}}, )?(?:(?:was|is|has been|had been) (?:shot|killed"
                 r"|assassinated|murdered|stabbed|gunned down|beheaded|wounded|injured|attacked|targeted)|died|dies|escaped|survived)(?-u:\b)")


def _named_and_other_victims(base: pl.DataFrame, num: str, reference: Reference) -> pl.DataFrame:
    """Killed tolls told by names: "Anna X, a journalist, was shot dead" -> 1; "killed commander X, militia leader Y
    and eight other people" -> 10 (each listed victim, an appositive name excepted: "the ambassador, J. Smith, and
    three other Americans" -> 4)."""
    named = pl.concat([_find_matches(base, _NAMED_VICTIM, "m"), _find_matches(base, _NAMED_OBJECT, "m")])
    # "... was killed along with his wife": two
    companion = pl.col("text").str.slice(pl.col("m_end") - pl.col("m").str.ends_with(",").cast(pl.Int64), 140).str.contains(
        _COMPANION).cast(pl.Int32)
    named = named.select(
        "article_id", "sentence_index", pl.lit("killed").alias("kind"), (1 + companion).alias("n_min"),
        (1 + companion).alias("n_max"), pl.col("m_start").alias("c_start"), pl.col("m_end").alias("c_end"))
    listed = rf"(?i:kill(?:s|ed|ing)?|shot dead|shooting dead) (?P<list>[^;]{{3,160}}?),? and (?P<q>{num}) other(?-u:\b)"
    found = _find_matches(base, listed, "m").with_columns(
        pl.col("m").str.extract_groups(listed).alias("_g")).unnest("_g")
    found = _parse_quantity(found, "q", "n", reference)
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


def _tolls(incidents: pl.DataFrame, casualties: pl.DataFrame, anchors: pl.DataFrame) -> pl.DataFrame:
    """Per incident (by _iid): killed_min/max, wounded_min/max; the largest toll bound to it."""
    bound = _bind_to_incidents(casualties, anchors, incidents, "c_start", "c_end")
    # the largest reading, its bounds together: "X was killed ... at least 20 other people died" is (21, null),
    # not at least 21 and at most 1
    per = bound.sort(pl.coalesce("n_min", "n_max"), "n_max", descending=True, nulls_last=True).group_by(
        "_iid", "kind").agg(pl.col("n_min").first(), pl.col("n_max").first())
    killed = per.filter(pl.col("kind") == "killed").select(
        "_iid", pl.col("n_min").alias("killed_min"), pl.col("n_max").alias("killed_max"))
    wounded = per.filter(pl.col("kind") == "wounded").select(
        "_iid", pl.col("n_min").alias("wounded_min"), pl.col("n_max").alias("wounded_max"))
    return killed.join(wounded, on="_iid", how="full", coalesce=True)


def lowered(text: pl.Expr) -> pl.Expr:
    """Lowercase text for case-blind matching with plain (fast) regexes; where lowercasing would change the
    length (rare Unicode letters) the text stays as it is, so character offsets stay valid."""
    lower = text.str.to_lowercase()
    return pl.when(lower.str.len_chars() == text.str.len_chars()).then(lower).otherwise(text)


# The only characters for which a case-blind regex on the text and a plain one on `lowered` text can disagree
# (for an ASCII pattern): İ lowercases to two characters, the Kelvin sign to an ASCII "k", and the long s and the
# Kelvin sign are case variants of ASCII letters for the regex engine.
_CASE_ODD = ["\u0130", "\u212a", "\u017f"]


def contains_lowered(text: pl.Expr, pattern: str) -> pl.Expr:
    """`lowered(text).str.contains(pattern)` for a lowercase pattern, without lowercasing every text: a
    case-blind regex gives the same answer except on texts with the characters of `_CASE_ODD`, which alone
    take the lowercase path."""
    if not pattern.isascii():
        return lowered(text).str.contains(pattern)
    odd = text.str.contains_any(_CASE_ODD)
    exact = lowered(pl.when(odd).then(text)).str.contains(pattern)
    return pl.when(odd).then(exact).otherwise(text.str.contains(f"(?i:{pattern})"))


def _trigger_table(reference: Reference) -> pl.DataFrame:
    """The trigger patterns, lowercased, strongest first (the order of the combined alternation)."""
    return reference.incident_triggers.with_columns(pl.col("pattern").str.to_lowercase()).sort(
        "priority", descending=True, maintain_order=True).with_row_index("_pattern")


def _triggers(sentences: pl.DataFrame, reference: Reference) -> pl.DataFrame:
    # One pass of one alternation, strongest pattern first: at each position the most specific words win
    # ("suicide car bomb" before "car bomb" before "bomb"); each match is then mapped back to its pattern.
    table = _trigger_table(reference)
    combined = "|".join(f"(?:{p})" for p in table["pattern"])
    base = sentences.select("article_id", "sentence_index", lowered(pl.col("text")).alias("text"))
    found = find_all(base, rf"(?-u:\b)(?:{combined})(?-u:\b)", match_col="trigger").drop("text")
    which = pl.lit(None, pl.UInt32)
    for index, pattern in reversed(list(zip(table["_pattern"], table["pattern"]))):
        which = pl.when(pl.col("trigger").str.contains(f"^(?:{pattern})$")).then(pl.lit(index, pl.UInt32)).otherwise(which)
    triggers = found.with_columns(_pattern=which).join(table.drop("pattern"), on="_pattern").drop("_pattern").with_columns(
        pl.col("priority").cast(pl.Int32))
    triggers = triggers.join(sentences.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"])
    triggers = triggers.with_columns(trigger=pl.col("text").str.slice(pl.col("trigger_start"),
                                                                      pl.col("trigger_end") - pl.col("trigger_start")))
    # a word matched by a stronger trigger ("suicide car bomb") is not also a weaker one ("bomb")
    stronger = triggers.join(
        triggers.select("article_id", "sentence_index", pl.col("trigger_start").alias("_s"),
                        pl.col("trigger_end").alias("_e"), pl.col("priority").alias("_p")),
        on=["article_id", "sentence_index"],
    ).filter((pl.col("_s") < pl.col("trigger_end")) & (pl.col("_e") > pl.col("trigger_start"))
             & (pl.col("_p") > pl.col("priority"))).select("article_id", "sentence_index", "trigger_start",
                                                           "priority").unique()
    triggers = triggers.join(stronger, on=["article_id", "sentence_index", "trigger_start", "priority"], how="anti")
    # "attack(s)" right after a weapon word is that weapon's attack ("rocket attacks on the embassy"), not another
    weapon_noun = triggers.join(
        triggers.select("article_id", "sentence_index", pl.col("trigger_end").alias("_e")),
        on=["article_id", "sentence_index"],
    ).filter(pl.col("trigger").str.contains(r"^(?i:attacks?)(?-u:\b)"),
             pl.col("_e").is_between(pl.col("trigger_start") - 1, pl.col("trigger_start"))).select(
        "article_id", "sentence_index", "trigger_start").unique()
    triggers = triggers.join(weapon_noun, on=["article_id", "sentence_index", "trigger_start"], how="anti")
    # cues stand within a few words of the trigger: a short window keeps the `$`-anchored searches linear
    window = pl.min_horizontal(pl.col("trigger_start"), pl.lit(120))
    before = lowered(pl.col("text").str.slice(pl.col("trigger_start") - window, window))
    after = pl.col("text").str.slice(pl.col("trigger_end"), 30)
    triggers = triggers.with_columns(
        status=pl.when(before.str.contains(_PLANNED_CUE)).then(pl.lit("planned"))
        .when(before.str.contains(_THREATENED_CUE)
              | pl.col("text").str.slice(pl.col("trigger_end"), 60).str.contains(_THREATENED_AFTER)).then(pl.lit("threatened"))
        .otherwise(pl.lit("occurred")),
        # an attribution word ("investigators suspect") names no attack of its own to refer to
        _reference=(before.str.contains(_REFERENCE_CUE) | after.str.contains(_NOT_AN_ATTACK_AFTER)
                    | _told_elsewhere(pl.col("text"), pl.col("trigger_start"), pl.col("priority"), pl.col("incident_type")))
        & (pl.col("priority") > ATTRIBUTION_PRIORITY),
    )
    # an excluded trigger still anchors the words around it: "militias were planning an operation" binds
    # the militias to the plan, not to a real attack later in the sentence
    return triggers.with_columns(
        _excluded=pl.col("_reference") | (pl.col("requires_cue") & (pl.col("status") == "occurred")))


def _retype(incidents: pl.DataFrame) -> pl.DataFrame:
    """Types the words of one sentence decide together. "Gunmen" says who attacked, not how: beside another specific
    type ("Gunmen abducted 100 girls") it is that type's attack. A named person killed ("Former prime minister X was
    killed when a bomb struck his motorcade") is an assassination, whatever the weapon."""
    specific = (pl.col("priority") > GENERIC_PRIORITY) & (pl.col("status") == "occurred")
    over = ("article_id", "sentence_index", "status")
    # "Gunmen seized 40 villagers": who attacked is no other method, the seizure is the attack
    other_than_hostages = (specific & ~pl.col("_hostage_only") & ~pl.col("_gunmen_only")).sum().over(*over)
    incidents = incidents.filter(~(pl.col("_hostage_only") & specific & (other_than_hostages > 0)))
    other_specific = (specific & ~pl.col("_attacker_only")).sum().over(*over)
    # setting a building on fire is part of an attack told with another method ("stormed the consulate and set it
    # on fire"), the attack itself when it is the only method ("Gunmen set the casino alight")
    main_method = (specific & ~pl.col("_attacker_only") & ~pl.col("_arson_only")).sum().over(*over)
    incidents = incidents.filter(~(pl.col("_attacker_only") & specific & (other_specific > 0)),
                                 ~(pl.col("_arson_only") & specific & (main_method > 0))).drop(
        "_attacker_only", "_arson_only", "_hostage_only", "_gunmen_only")
    named_victim = (pl.col("text").str.contains(_NAMED_TARGET) | pl.col("text").str.contains(_NAMED_OBJECT)
                    | pl.col("text").str.contains(_AIMED_AT_NAMED)) & (
        pl.col("status") == "occurred") & pl.col(
        "incident_type").is_in(["shooting_armed_assault", "other_violence", "rocket_mortar_missile", *EXPLOSIVE_FAMILY])
    return (incidents.with_columns(
        incident_type=pl.when(named_victim).then(pl.lit("assassination")).otherwise("incident_type"),
        priority=pl.when(named_victim).then(pl.max_horizontal("priority", pl.lit(GENERIC_PRIORITY + 1))).otherwise("priority"))
        .sort("trigger_start", "trigger_end", "trigger")
        .group_by("article_id", "sentence_index", "incident_type", "status", maintain_order=True)
        .agg(pl.col("trigger_start").first(), pl.col("trigger_end").first(), pl.col("trigger").first(),
             pl.col("priority").max(), pl.col("_n_triggers").sum(), pl.col("text").first()))


def _told_elsewhere(text: pl.Expr, trigger_start: pl.Expr, priority: pl.Expr, incident_type: pl.Expr) -> pl.Expr:
    """The sentence shows the trigger word is no attack happening now (see the cues above)."""
    before = text.str.slice(0, trigger_start)
    # a weapon or an attacker makes it an attack ("a mortar round ... crashed through the roof")
    weapon = text.str.contains(r"(?i:(?-u:\b)(?:bomb[a-z]*|attack[a-z]*|suicide|militants?|gunm[ae]n|mortars?|rockets?|missiles?|shells?|grenades?)(?-u:\b))")
    # an accidental explosion: neither it nor the deaths it caused are an attack
    accident = text.str.contains(_ACCIDENT_SENTENCE) & text.str.contains(r"(?i:(?-u:\b)(?:blasts?|explo[a-z]+|fire)(?-u:\b))") & (
        ~weapon)
    return (
        text.str.contains(_JUDICIAL_SENTENCE)
        | text.str.contains(_DESIGNATION_SENTENCE)
        | ((incident_type == "kidnapping") & text.str.slice(trigger_start, 160).str.contains(_RELEASED_AFTER))
        | ((priority <= GENERIC_PRIORITY) & before.str.contains(_WAR_BEFORE))
        | before.str.contains(_COMMEMORATION_BEFORE)
        # ... a noun naming the event ("the Manchester Arena bombing"), not a verb ("members of the ADF hacked")
        | (before.str.contains(_NAMED_PAST_EVENT_BEFORE)
           & ~text.str.slice(trigger_start, 40).str.contains(r"^\S*(?:ed|death)(?-u:\b)"))
        | accident
        | ((priority <= GENERIC_PRIORITY) & text.str.contains(_DISASTER_SENTENCE) & ~weapon)
        | ((incident_type == "rocket_mortar_missile") & text.str.contains(_WEAPON_TEST_SENTENCE))
    )


def _bind_to_incidents(candidates: pl.DataFrame, anchors: pl.DataFrame, incidents: pl.DataFrame,
                       start: str, end: str) -> pl.DataFrame:
    """Each candidate span (a group, a toll, a city) belongs to the nearest trigger word of its sentence and serves
    the incident that word belongs to (`a_iid`; none for an excluded word). Adds `_iid`."""
    keyed = candidates.with_row_index("_cand")
    gap = (
        pl.when(pl.col(end) <= pl.col("a_start")).then(pl.col("a_start") - pl.col(end))
        .when(pl.col(start) >= pl.col("a_end")).then(pl.col(start) - pl.col("a_end"))
        .otherwise(0)
    )
    nearest = (
        keyed.select("_cand", "article_id", "sentence_index", start, end)
        .join(anchors, on=["article_id", "sentence_index"])
        .with_columns(_gap=gap, _behind=pl.col("a_start") < pl.col(start))
        .sort("_cand", "_gap", "_behind", "a_start", "a_end", "a_iid", nulls_last=True)
        .unique("_cand", keep="first")
        .filter(pl.col("a_iid").is_not_null())
        .select("_cand", pl.col("a_iid").alias("_iid"))
    )
    return keyed.join(nearest, on="_cand").drop("_cand")


def _anchors(all_triggers: pl.DataFrame, incidents: pl.DataFrame) -> pl.DataFrame:
    """Every trigger word with the incident it belongs to: its own, else (a generic word beside a specific one,
    a weaker explosive word) the nearest incident of the same status in its sentence; excluded words none."""
    # a cue-less "strike" is no event word at all ("a rocket strike on Baghdad Airport"): not an anchor
    words = all_triggers.filter(~pl.col("requires_cue") | (pl.col("status") != "occurred")).select(
        "article_id", "sentence_index", pl.col("trigger_start").alias("a_start"), pl.col("trigger_end").alias("a_end"),
        pl.col("status").alias("a_status"), pl.col("incident_type").alias("a_type"), "_excluded",
    ).with_row_index("_word")
    owners = (
        words.filter(~pl.col("_excluded"))
        .join(incidents.select("_iid", "article_id", "sentence_index", pl.col("status").alias("a_status"),
                               pl.col("incident_type").alias("_type"), "trigger_start"),
              on=["article_id", "sentence_index", "a_status"])
        .with_columns(_own=pl.col("_type") == pl.col("a_type"),
                      _d=(pl.col("trigger_start") - pl.col("a_start")).abs())
        .sort("_word", "_own", "_d", "_iid", descending=[False, True, False, False])
        .unique("_word", keep="first")
        .select("_word", pl.col("_iid").alias("a_iid"))
    )
    return words.join(owners, on="_word", how="left").select(
        "article_id", "sentence_index", "a_start", "a_end", "a_iid")


def _perpetrators(incidents: pl.DataFrame, actors: pl.DataFrame, sentences: pl.DataFrame,
                  anchors: pl.DataFrame) -> pl.DataFrame:
    """Per incident (by _iid): perpetrator_name, perpetrator_actor_key, perpetrator_status."""
    known = actors.filter(pl.col("actor_kind").is_in(["armed_group", "country", "organization"]))
    # groups and people the dictionary does not know, named where the text says what they are
    named = _named_in_text(sentences)
    # a dictionary group wins over the same words read from context; a country inside a name read from context is
    # part of it ("Communist Party of India (Maoist)")
    pairs = named.join(known.select("article_id", "sentence_index", "actor_kind", pl.col("start").alias("_s"),
                                    pl.col("end").alias("_e")), on=["article_id", "sentence_index"], suffix="_known").filter(
        (pl.col("_s") < pl.col("end")) & (pl.col("_e") > pl.col("start")))
    group_pairs = pairs.filter(pl.col("actor_kind_known") == "armed_group")
    named = named.join(group_pairs.select("article_id", "sentence_index", "start").unique(),
                       on=["article_id", "sentence_index", "start"], how="anti")
    inside = pairs.filter(pl.col("actor_kind_known") != "armed_group").join(
        named.select("article_id", "sentence_index", "start"), on=["article_id", "sentence_index", "start"]).select(
        "article_id", "sentence_index", pl.col("_s").alias("start")).unique()
    known = known.join(inside, on=["article_id", "sentence_index", "start"], how="anti")
    candidates = pl.concat([known.with_columns(_preset=pl.lit(None, pl.String)), named], how="diagonal_relaxed").join(
        sentences.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"]
    )
    candidates = _bind_to_incidents(candidates, anchors, incidents, "start", "end")
    before = pl.col("text").str.slice(0, pl.col("start"))
    after = pl.col("text").str.slice(pl.col("end"), 60)
    is_group = pl.col("actor_kind") == "armed_group"
    # not the doer: the target ("airstrikes on suspected Hamas positions"), a place ("in Somalia"), or someone
    # who only reacts ("Hamas praises the attack")
    # "blamed the attack on X", "suspicion falls on X": the accused, not the target
    blamed_on = before.str.contains(r"(?i:(?-u:\b)(?:blam\w+|pinned|suspicion (?:falls?|fell|rests?))(?:\s+[^\s,.;:]+){0,5}\s+on\s+(?:the\s+)?)$")
    # ("South Korea's spy agency said it believed North Korea was behind it" is no claim)
    self_claim = after.str.contains(_SELF_CLAIM_AFTER) & ~after.str.contains(
        r"(?-u:\b)(?:it|they) (?:believed|believes|believe|suspects?|suspected|thought|thinks|think|was not|were not|did not|had no|has no)(?-u:\b)") | after.str.contains(
        r"^ (?:leader|spokesman|chief)(?: \p{Lu}[\p{L}\-]+){0,3} (?:has |had )?(?:claimed|claims)(?-u:\b)")
    candidates = candidates.filter(
        ~before.str.contains(_AFFILIATION_BEFORE), ~before.str.contains(_VICTIMS_GROUP_BEFORE),
        # a country as a group's base or sponsor ("the Pakistan-based group") is not who did it
        # (a "Saudi-led coalition" is led by its country: that one stays)
        (pl.col("actor_kind") != "country") | ~after.str.contains(_SPONSOR_AFTER) | after.str.contains(r"^-led(?-u:\b)"),
        ~(is_group & after.str.contains(_GROUP_BRANCH_NAMED)),
        blamed_on | ~before.str.contains(r"(?i:(?-u:\b)(?:on|against|targeting|targeted|at)\s+(?:the\s+)?(?:suspected\s+|alleged\s+)?)$")
        | before.str.contains(r"(?i:finger at\s+(?:the\s+)?)$"),
        (pl.col("actor_kind") != "country") | ~before.str.contains(
            r"(?i:(?-u:\b)(?:in|inside|near|across|into|throughout|of)\s+(?:the\s+)?)$"),
        ~after.str.contains(r"^ (?i:praise[sd]?|hail(?:s|ed)|welcome[sd]?|condemn(?:s|ed)|denie[sd]|den(?:y|ies))(?-u:\b)"),
        # the speaker of an accusation is not who did it: "Hezbollah blamed Israel"
        ~after.str.contains(rf"^ (?:(?:has|have|had|also|later|quickly) )*{_ATTRIBUTING_VERB}(?-u:\b)")
        | after.str.contains(r"^ (?:accused|blamed) (?:of|for)(?-u:\b)") | self_claim,
        # a group named as the owner of a place or people hit: "a Hezbollah stronghold", "Hamas targets"
        ~(is_group & after.str.contains(_GROUP_AS_OWNER)) | self_claim,
    )
    status = (
        # "X (TAK), an offshoot of Y, claimed", "X and another group jointly claimed"
        pl.when(after.str.contains(r"^(?: \([^)]{1,15}\))?(?:, [^,;.]{3,60},| and [^,;.]{3,60}?)?(?: (?:militants|fighters|insurgents|forces|group|has|have|had|also|reportedly|later|jointly))* (?i:claim(?:s|ed)?|took|takes|has claimed)(?-u:\b)")
                & ~before.str.contains(r"(?i:(?-u:\b)no|(?-u:\b)not)\s+(?:\S+\s+){0,1}$") | self_claim)
        .then(pl.lit("claimed"))
        .when(_attributed(before, r"accus\w+|blam(?:e|ed|es|ing)|pinned \S+ on|pointed (?:the |a )?finger at"
                                  r"|held (?:\S+ )?responsible") | blamed_on
              # "US officials had informed their Iraqi counterparts that Iran-backed militias were planning ...":
              # someone else's word, not the writer's. Groups only: a country opening a that-clause is mostly the
              # subject of a statement ("said that the U.S. believes ..."), no perpetrator
              | (is_group & before.str.contains(_REPORTED_THAT))
              | after.str.contains(r"^ (?:(?:was|were|is|are|have been|has been|had been) (?:\S+ )?(?:accused|blamed)|(?:accused|blamed) (?:of|for))(?-u:\b)"))
        .then(pl.lit("accused"))
        .when(before.str.contains(r"(?i:suspected|alleged|believed)\s+(?:\S+\s+){0,1}$")
              # "missiles believed to have been fired by a U.S. drone"
              | before.str.contains(r"(?i:believed|suspected|thought) to have been \S+ by (?:the |an? )?$")
              | _attributed(before, r"suspects?|suspected|believed to (?:be|belong to|have been)(?: (?:part|members?) of)?"
                                   r"|suspicion (?:falls?|fell|rests?) on|linked to|tied to|leading suspect")
              | after.str.contains(r"^(?: \S+)? (?:(?:is|are|was|were) )?(?:suspected|believed|thought)(?-u:\b)"))
        .then(pl.lit("suspected"))
        # "planted by the banned X"
        .when(before.str.contains(r"(?-u:\b)by (?:the |an? )?(?:[\p{Ll}\-]+ ){0,2}$"))
        .then(pl.lit("stated"))
        .when(is_group & ~before.str.contains(r"(?i:against|on|targeting|with|between|from|targeted)\s+(?:the\s+)?(?:\S+\s+)?$"))
        .then(pl.lit("stated"))
        .when(is_group).then(pl.lit("stated_weak"))
    )
    # a country or force right before the weapon: "a US airstrike", "Israeli Air Force planes hit"
    candidates = candidates.join(incidents.select("_iid", "trigger_start"), on="_iid", how="left").with_columns(
        _gap=pl.col("trigger_start") - pl.col("end")
    )
    gap_text = pl.col("text").str.slice(pl.col("end"), pl.col("_gap").clip(0, 40))
    # victims are no subjects: "Three Turkish troops ... are killed following clashes"
    gap_text_long = pl.col("text").str.slice(pl.col("end"), pl.col("_gap").clip(0, 120))
    # "The Israeli Air Force bombs ...": the force's name runs into the trigger words
    overlapping = (pl.col("_gap") < 0) & (pl.col("start") < pl.col("trigger_start"))
    # "Turkish security forces backed up by tanks launch an operation": a force as the subject
    force_noun = r"(?:forces|troops|army|military|police|soldiers|navy|air force|Air Force|Army)"
    force_subject = ~is_group & pl.col("_gap").is_between(0, 120) & (
        after.str.contains(rf"^ (?:(?:security|armed|government|special|regular|federal|coalition) )?{force_noun}(?-u:\b)")
        | pl.col("mention_text").str.contains(rf"(?-u:\b){force_noun}$")
    ) & ~gap_text_long.str.contains(r"(?-u:\b)(?:are|were|was|is|have been|had been|has been) \p{L}+ed(?-u:\b)")
    adjacent_ok = overlapping | force_subject | pl.col("_gap").is_between(0, 20) & gap_text.str.contains(
        r"^(?:[ \-](?:drone|air|naval|military|army|planes?|jets?|warplanes?|forces|troops|police|MQ-\d+))*[ \-]?$")
    subject_ok = ~is_group & pl.col("_gap").is_between(0, 40) & gap_text.str.contains(
        r"^ (?:(?:has|have|had|also|reportedly|then|later) )*(?:launch\w*|carr(?:y|ies|ied) out|conduct\w*|fir(?:e|es|ed)|shell\w*|bomb(?:s|ed)?|strikes?|struck|hits?|attack\w*|assassinat\w*|kill\w*|shoots?|shot)(?-u:\b)")
    # "The United States killed ...": a country opening the sentence as the subject of a killing verb
    # ... also opening a reported clause ("Biden said that the United States had killed ...")
    killer = ~is_group & before.str.contains(r"(?:^|(?-u:\b)that )(?:[Tt]he )?$") & after.str.contains(
        r"^ (?:(?:has|have|had|also|reportedly) )*(?:killed|kills|assassinated|bombed|shelled|struck)(?-u:\b)")
    # "a Palestinian gunman", "a Saudi-born militant": a description of the attacker, no perpetrator
    described = (pl.col("actor_kind") == "country") & after.str.contains(_DESCRIBED_ATTACKER)
    candidates = candidates.filter(~described).with_columns(
        status=pl.coalesce("_preset", status, pl.when(adjacent_ok | subject_ok | killer).then(pl.lit("stated")))
    ).filter(pl.col("status").is_not_null(),
             # "No group claimed the attack, but X and Y operate in the area": named, not said to have done it
             ~(pl.col("status").str.starts_with("stated") & pl.col("text").str.contains(_NO_CLAIM)))
    rank = pl.col("status").replace_strict(
        {"claimed": 0, "accused": 1, "suspected": 2, "stated": 3, "stated_weak": 4}, return_dtype=pl.Int32)
    # at equal strength an armed group before a country or an organisation: "US officials had informed ... that
    # Iran-backed militias were planning" reports both, and the militias are who it is about
    # a named group before an unnamed one ("the Iran-backed militia Kataib Hezbollah")
    unnamed = pl.col("actor_key").str.starts_with("armed_group:pro-").fill_null(False)
    best = candidates.with_columns(_rank=rank, _not_group=~is_group, _unnamed=unnamed).sort(
        "_rank", "_not_group", "_unnamed", "start", "end", "actor_key", nulls_last=True).unique("_iid", keep="first")
    return best.select(
        "_iid", pl.col("mention_text").alias("perpetrator_name"),
        pl.col("actor_key").alias("perpetrator_actor_key"),
        pl.col("status").str.replace("stated_weak", "stated").alias("perpetrator_status"),
    )


def _background(day: pl.Expr, published: pl.Expr) -> pl.Expr:
    """A date a month or more before publication: an older event told as background."""
    return (day < published.dt.offset_by("-1mo")).fill_null(False)


_GROUP_NAME = (r"(?:(?:al|an|ar|as|el)-)?\p{Lu}[\p{L}'’\-]*(?: (?:(?:al|an|ar|as|el|wal)-|(?:of|of the|de|la|wa|and) )?"
               r"\p{Lu}[\p{L}'’\-]*){0,5}(?: \(\p{Lu}[\p{L}]*\))?")
_GROUP_NOUN = r"(?:group|militia|movement|network|organi[sz]ation|faction|outfit|cartel|gang)"
_ATTACKER_NOUN = (r"(?:officer|sergeant|soldier|gunman|man|woman|student|teenager|militant|attacker|assailant|policeman"
                  r"|guard|veteran|driver|commander|leader|chief|cleric)")
# a group noun that says the group is armed: "the jihadist group X", "the X armed group", "the X drug cartel"
_ARMED_NOUN = (r"(?:(?:armed|militant|rebel|jihadist|Islamist|terrorist|extremist|insurgent|separatist|paramilitary|guerrilla"
               r"|drug|criminal|Maoist) (?:[\p{Ll}\-]+ )?(?:group|movement|network|organi[sz]ation|faction|outfit|cell)"
               r"|militia|cartel|gang)")
_ARMED_WORDS = ["armed", "militant", "rebel", "jihadist", "islamist", "terrorist", "extremist", "insurgent", "separatist",
                "paramilitary", "guerrilla", "drug", "criminal", "maoist", "militia", "cartel", "gang"]
_GROUP_NOUNS = ["group", "militia", "movement", "network", "organisation", "organization", "faction", "outfit", "cartel",
                "gang"]
# (pattern, preset status, words a sentence needs for the pattern to be tried: a cheap filter before the regex): the
# preset is the status of a person named by these words; groups take the status of their context
_HEADED_GROUP = (r"(?:\p{Lu}[\p{L}'’\-]* ){1,4}(?:Army|Front|Brigades?|Battalions?|Movement|Mujahideen|Tigers)"
                 r"(?: of (?:the )?\p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*)?)?")
_NAMED_PATTERNS = [
    (rf"(?:{_GROUP_NOUN} calling itself|{_ARMED_NOUN} (?:called|known as|named)) (?:the )?(?P<name>{_GROUP_NAME})", None,
     ["calling itself", "called", "known as", "named"]),
    (rf"(?i:little-known|previously unknown|obscure|shadowy|new) (?:[\p{{Ll}}\-]+ )?{_GROUP_NOUN}, (?P<name>{_GROUP_NAME}),",
     None, ["little-known", "unknown", "obscure", "shadowy", "new"]),
    (rf"(?-u:\b)the (?:(?:[\p{{Ll}}\-]+|\p{{Lu}}\p{{Ll}}+) ){{0,2}}{_ARMED_NOUN} (?P<name>{_GROUP_NAME})", None, _ARMED_WORDS),
    (rf"(?i:rebels|militants|fighters|militiamen|insurgents|gunmen) (?:of|from) the (?P<name>{_GROUP_NAME})", None,
     ["of the", "from the"]),
    (rf"(?-u:\b)the (?P<name>{_GROUP_NAME}) {_ARMED_NOUN}(?-u:\b)", None, _ARMED_WORDS),
    # "blamed a local radical group, Salafia Jihadia"
    (rf"(?i:blam|accus|suspect)[a-z]* an? (?:[\p{{Ll}}\-]+ ){{0,3}}{_GROUP_NOUN}, (?P<name>{_GROUP_NAME})", None,
     ["blam", "accus", "suspect"]),
    # a name headed by an armed body's word, where it claims or is blamed: "The People's Liberation Army of
    # Manipur ... claimed responsibility", "officials blamed the Arakan Army"
    ((rf"(?P<name>{_HEADED_GROUP})(?: \(\p{{Lu}}+\))?(?: and (?:the )?[^.;]{{0,60}}?)? (?:(?:jointly|also|later|has|have|had|quickly) )?"
     rf"(?:claimed|admitted)"), None, ["claimed", "admitted"]),
    (rf"(?i:blam|accus|suspect)[a-z]* (?:the )?(?P<name>{_HEADED_GROUP})", None, ["blam", "accus", "suspect"]),
    (rf"(?i:identified) (?:him|her|the [a-z]+) as (?P<name>{_NAME})", "stated", ["identified"]),
    (rf"(?-u:\b)by an? (?:[\p{{L}}\-]+ ){{0,4}}{_ATTACKER_NOUN}, (?P<name>{_NAME})", "stated", ["by a"]),
    (rf"^An? (?:[\p{{L}}\-]+ ){{0,4}}{_ATTACKER_NOUN}, (?P<name>{_NAME}),", "stated", [", "]),
    (rf"(?i:named) the [a-z]+ as (?P<name>{_NAME})", "suspected", ["named the"]),
    (rf"(?P<name>{_NAME}) (?:was|is|as) the (?:leading |main |prime |chief |key )?suspect", "suspected", ["suspect"]),
    (rf"(?i:blam|accus)[a-z]* (?:the )?(?:[\p{{L}}\-]+ ){{0,4}}(?:commander|leader|chief|militant|cleric) (?P<name>{_NAME})",
     "accused", ["commander", "leader", "chief", "militant", "cleric"]),
]
_DESCRIBED_ATTACKER = (r"^(?:-born)? (?:gunm[ae]n|attackers?|assailants?|(?:suicide )?bombers?|man|woman|men|women|teenagers?"
                       r"|youths?|nationals?|citizens?|militants?|extremists?)(?-u:\b)")


def _named_in_text(sentences: pl.DataFrame) -> pl.DataFrame:
    """Perpetrator candidates named by their context, not the dictionary: "a group calling itself the X", "the
    jihadist group X", "rebels of the X", "the X armed group" (armed groups); "identified the gunman as X", "by an
    off-duty police officer, X", "X was the leading suspect" (people, with the status the words give)."""
    base = sentences.select("article_id", "sentence_index", "text")
    rows = []
    for pattern, preset, words in _NAMED_PATTERNS:
        found = _find_matches(base.filter(pl.col("text").str.contains_any(words, ascii_case_insensitive=True)), pattern,
                              "m")
        if pattern.endswith(f"{_ARMED_NOUN}(?-u:\\b)"):
            # "the Islamist group Boko Haram": the word before the noun describes the name after it
            found = found.filter(~pl.col("text").str.slice(pl.col("m_end"), 5).str.contains(r"^ (?:\p{Lu}|al-|el-)"))
        name = pl.col("m").str.extract(pattern, 1).str.replace(r"^(?:The|A|An) ", "")
        # the name's offset inside the match: the pattern's first group, found again in the match text
        offset = pl.col("m").str.find(name, literal=True)
        rows.append(found.select(
            "article_id", "sentence_index", (pl.col("m_start") + offset).alias("start"),
            (pl.col("m_start") + offset + name.str.len_chars()).alias("end"), name.alias("mention_text"),
            pl.lit("armed_group" if preset is None else "person").alias("actor_kind"),
            pl.lit(None, pl.String).alias("actor_key"), pl.lit(preset, pl.String).alias("_preset")))
    named = pl.concat(rows).drop_nulls("mention_text")
    # a common word opening a sentence or a name ("The", "A") is no group
    return named.filter(~pl.col("mention_text").str.contains(r"^(?:The|A|An|This|That|Its|Their|His|Her)$"),
                        pl.col("mention_text").str.len_chars() > 2).unique(
        ["article_id", "sentence_index", "start"], keep="first", maintain_order=True)


def _attributed(before: pl.Expr, verbs: str) -> pl.Expr:
    """`before` (the text up to a mention) ends in one of `verbs` and a short description of the mention: "blamed
    the Islamist group ", "suspect fighters linked to ". The description holds no preposition: in "accused the army
    of failing to stop ", the army is the accused, not what follows."""
    # the last such verb: "suspect fighters linked to the ..." is read from "linked to"
    tail = before.str.extract(rf"^.*(?i:(?-u:\b)(?:{verbs}))({_DESCRIPTOR})$", 1)
    return tail.is_not_null() & ~tail.str.contains(r"(?-u:\b)(?:of|for|by|in|on|to|from|with|at|after|that)\s")


def _locations(incidents: pl.DataFrame, cities: pl.DataFrame, actors: pl.DataFrame,
               sentences: pl.DataFrame, anchors: pl.DataFrame, regions: pl.DataFrame) -> pl.DataFrame:
    """Per incident (by _iid): place, city, country_code, latitude, longitude.

    A city serves the incident whose trigger word is nearest (see _bind_to_incidents): in "airstrikes on Gaza
    after rocket attacks against Beersheba", Beersheba is where the rockets fell. Among its cities an incident
    prefers one it happened in ("in the centre of Tripoli") over one people came from ("forces from Misrata").
    """
    text = sentences.select("article_id", "sentence_index", "text")
    bound = _bind_to_incidents(cities, anchors, incidents, "city_start", "city_end")
    # a city bound to no incident of the sentence (only to an excluded word) serves none
    city_hits = bound.join(incidents.select("_iid", "trigger_start"), on="_iid").join(
        text, on=["article_id", "sentence_index"])
    before = pl.col("text").str.slice(0, pl.col("city_start"))
    after = pl.col("text").str.slice(pl.col("city_end"), 40)
    # "south of Baghdad" places the event outside the city: country only
    city_hits = city_hits.with_columns(
        # ("outside the gate of Kabul airport" is still Kabul: "outside" only right before the name)
        _outside=before.str.contains(r"(?i:(?:north|south|east|west)(?:east|west)?(?:ern)? of)\s+(?:the\s+)?(?:[\p{L}\-]+\s+){0,3}$")
        | before.str.contains(r"(?i:(?-u:\b)(?:outside|border with)\s+(?:the\s+)?)$"),
        _not_there=before.str.contains(r"(?i:(?-u:\b)(?:from|to|towards?)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\-]*\s+(?:and|or)\s+)?)$"),
        place=pl.when(after.str.contains(r"^ (?:(?:International )?Airport|City)(?-u:\b)")).then(
            pl.concat_str([pl.col("city_text"), after.str.extract(r"^( (?:International )?Airport| City)(?-u:\b)")]))
        .otherwise(pl.col("city_text")),
        _dist=(pl.col("city_start") - pl.col("trigger_start")).abs(),
    ).sort("_outside", "_not_there", "_dist", "city_start", "city_end", "city", "country_code", "latitude", "longitude",
           nulls_last=True)
    # a sentence that tells one attack by two methods ("bomb blasts and shootings ... in Kano") tells one place:
    # an incident of the sentence without a city of its own shares the one its neighbour has
    own_hits = city_hits.select("_iid", "article_id", "sentence_index").unique()
    neighbour = incidents.select("_iid", "status", pl.col("trigger_start").alias("_n_start"),
                                 pl.col("trigger_end").alias("_n_end"))
    shared = incidents.select("_iid", "article_id", "sentence_index", "status", pl.col("trigger_start").alias("_o_start"),
                              pl.col("trigger_end").alias("_o_end")).join(
        own_hits.select("_iid"), on="_iid", how="anti").join(
        city_hits.join(neighbour, on="_iid").drop("_iid", "trigger_start"),
        on=["article_id", "sentence_index", "status"])
    # ... only when the two words are coordinated ("blasts and shootings", "shelling, gunfire and")
    gap = pl.col("text").str.slice(pl.min_horizontal("_o_end", "_n_end"),
                                   pl.max_horizontal("_o_start", "_n_start") - pl.min_horizontal("_o_end", "_n_end"))
    shared = shared.filter(gap.str.len_chars() <= 60, gap.str.contains(r"^[\p{Ll}\-, ]*(?:,? (?:and|or|as well as)|,) [\p{Ll}\- ]*$"),
                           ~gap.str.contains(r"(?-u:\b)(?:after|following|before|when|while|in response|retaliat\w*)(?-u:\b)")).with_columns(
        _shared=pl.lit(True), trigger_start=pl.col("_o_start"))
    city_hits = pl.concat([city_hits.with_columns(_shared=pl.lit(False)), shared.select(city_hits.columns + ["_shared"])],
                          how="vertical_relaxed").sort(
        "_shared", "_outside", "_not_there", "_dist", "city_start", "city_end", "city", "country_code", "latitude",
        "longitude", nulls_last=True)
    best_city = city_hits.unique("_iid", keep="first").select(
        "_iid", pl.when(~pl.col("_outside")).then(pl.col("place")).alias("place"),
        pl.when(~pl.col("_outside")).then(pl.col("city")).alias("city"),
        pl.col("country_code").alias("_city_country"),
        pl.when(~pl.col("_outside")).then(pl.col("latitude")).alias("latitude"),
        pl.when(~pl.col("_outside")).then(pl.col("longitude")).alias("longitude"),
    )
    countries = actors.filter(pl.col("country_code").is_not_null(), pl.col("actor_kind") != "person").join(
        text, on=["article_id", "sentence_index"])
    located = countries.with_columns(
        _in=pl.col("text").str.slice(0, pl.col("start")).str.contains(
            r"(?i:(?-u:\b)(?:in|of|near|across|off|into|at|inside|over|from)\s+(?:the\s+)?(?:[\p{Ll}\-]+\s+){0,2})$"),
        _name=pl.col("actor_kind") == "country",
    ).filter(
        # an organisation's or a group's country is whose it is ("US troops", "Kataeb Hezbollah"), not where
        pl.col("actor_kind") == "country",
        ~_not_a_place(pl.col("text").str.slice(pl.col("end"), 40)))
    # a country or place bound to another incident of the sentence is that one's ("an operation like the 2012
    # attack in the Libyan city of Benghazi": Libya is the 2012 attack's)
    elsewhere = _bound_elsewhere(countries.filter(pl.col("actor_kind") == "country"), anchors, incidents)
    in_sentence = incidents.select("_iid", "article_id", "sentence_index", "perpetrator_actor_key").join(
        located, on=["article_id", "sentence_index"]).filter(
        pl.col("perpetrator_actor_key").is_null() | (pl.col("actor_key") != pl.col("perpetrator_actor_key"))
    ).join(elsewhere, on=["_iid", "article_id", "sentence_index", "start"], how="anti")
    best_country = in_sentence.sort(["_in", "_name", "start", "end", "actor_key"], descending=[True, True, False, False, False]).unique(
        "_iid", keep="first").select("_iid", pl.col("country_code").alias("_sentence_country"))
    # a named region ("Nangarhar province", "Maharashtra's Gadchiroli district") places the event in its country
    best_region = _bind_to_incidents(regions, anchors, incidents, "region_start", "region_end").join(
        incidents.select("_iid", "trigger_start"), on="_iid").with_columns(
        _dist=(pl.col("region_start") - pl.col("trigger_start")).abs()).sort(
        "_dist", "region_start", "country_code").unique("_iid", keep="first").select(
        "_iid", pl.col("country_code").alias("_region_country"))
    published = sentences.select("article_id", "published_at").unique("article_id")
    out = incidents.select("_iid", "article_id", "date_on", "date_granularity").join(best_region, on="_iid", how="left").join(
        published, on="article_id", how="left").join(best_city, on="_iid", how="left").join(
        best_country, on="_iid", how="left")
    # a background event told with its own older date ("In December 2019, ...") need not be where today's are
    background = (pl.col("date_granularity").is_in(["day", "month", "year"])
                  & (pl.col("date_on") < pl.col("published_at").dt.offset_by("-1mo"))).fill_null(False)
    out = out.with_columns(_background=background, _own_country=pl.coalesce("_city_country", "_region_country", "_sentence_country"))
    # failing that, the country the article places its events in (its incident sentences' "in <country>", its
    # current incidents' own places), else the one those sentences name first
    places = pl.concat([
        located.filter(pl.col("_in")).select("article_id", "sentence_index", "country_code"),
        incidents.select("_iid", "sentence_index").join(out.filter(~pl.col("_background")), on="_iid").select(
            "article_id", "sentence_index", pl.col("_own_country").alias("country_code")),
    ]).drop_nulls()
    article_place = places.group_by("article_id", "country_code").agg(
        pl.len().alias("_n"), pl.col("sentence_index").min().alias("_first")).sort(
        ["article_id", "_n", "_first", "country_code"], descending=[False, True, False, False]).unique(
        "article_id", keep="first").select("article_id", pl.col("country_code").alias("_article_place"))
    article_country = located.sort("sentence_index", "start", "end", "actor_key").unique("article_id", keep="first").select(
        "article_id", pl.col("country_code").alias("_article_country"))
    out = out.join(article_place, on="article_id", how="left").join(article_country, on="article_id", how="left")
    context_country = pl.when(~pl.col("_background")).then(pl.coalesce("_article_place", "_article_country"))
    return out.select("_iid", "place", "city", "latitude", "longitude",
                      pl.coalesce("_own_country", context_country).alias("country_code"))


def _not_a_place(after: pl.Expr) -> pl.Expr:
    """A country named as a sponsor ("Iran-backed"), an owner ("American embassy", "US troops") or a speaker
    ("Washington has blamed") says who, not where: `after` is the text following the mention."""
    sponsor = _SPONSOR_AFTER
    owner = (r"^(?:'s|’s)? (?:embassy|embassies|consulate|mission|diplomats?|troops|forces|soldiers|personnel"
             r"|bases?|convoys?|interests|citizens|nationals|officials)(?-u:\b)")
    speaker = (r"^ (?:has |have |had )?(?:accused|blamed|said|says|warned|claimed|condemned|denied|announced"
               r"|threatened|vowed)(?-u:\b)")
    return after.str.contains(sponsor) | after.str.contains(owner) | after.str.contains(speaker)


def _dates_of_other_events(incidents: pl.DataFrame, dates: pl.DataFrame, anchors: pl.DataFrame) -> pl.DataFrame:
    """(_iid, date_start) of date expressions written into another event word's phrase: in "were planning an
    operation similar to the 2012 attack", 2012 is the attack's (or, for an excluded word, no one's), not the plan's."""
    texts = incidents.select("article_id", "sentence_index", "text").unique(["article_id", "sentence_index"])
    in_phrase = dates.select("article_id", "sentence_index", "date_start", "date_end").join(
        texts, on=["article_id", "sentence_index"]).join(anchors, on=["article_id", "sentence_index"]).filter(
        pl.col("a_start") >= pl.col("date_end"), pl.col("a_start") - pl.col("date_end") <= 30,
        # "the 2012 attack", "the December 2019 deadly strikes", "last year's bombing"
        pl.col("text").str.slice(pl.col("date_end"), (pl.col("a_start") - pl.col("date_end")).clip(0)).str.contains(
            r"^(?:'s|’s)?(?: [\p{Ll}\-]+){0,2} $"))
    return incidents.select("_iid", "article_id", "sentence_index").join(
        in_phrase.select("article_id", "sentence_index", "date_start", "a_iid"), on=["article_id", "sentence_index"]
    ).filter(pl.col("a_iid").is_null() | (pl.col("a_iid") != pl.col("_iid"))).select("_iid", "date_start").unique()


def _bound_elsewhere(mentions: pl.DataFrame, anchors: pl.DataFrame, incidents: pl.DataFrame) -> pl.DataFrame:
    """(_iid, article_id, sentence_index, start) of the mentions an incident must not take: those with a trigger
    word of another incident of the sentence between them and the incident's own nearest trigger word
    ("planning an operation like the 2012 attack in the Libyan city of Benghazi": Libya is the 2012 attack's;
    in "bombed a camp in Gaza after rocket attacks against Sderot, Israel", Gaza is still the bombing's)."""
    spans = incidents.select("_iid", "article_id", "sentence_index").join(
        mentions.select("article_id", "sentence_index", "start", "end").unique(), on=["article_id", "sentence_index"])
    if spans.is_empty():
        return spans.select("_iid", "article_id", "sentence_index", "start")
    own = spans.join(anchors.rename({"a_iid": "_iid"}), on=["article_id", "sentence_index", "_iid"]).with_columns(
        _d=pl.when(pl.col("a_end") <= pl.col("start")).then(pl.col("start") - pl.col("a_end"))
        .otherwise(pl.col("a_start") - pl.col("end")).abs()
    ).sort("_iid", "start", "_d", "a_start").unique(["_iid", "start"], keep="first").select(
        "_iid", "article_id", "sentence_index", "start", "end", pl.col("a_start").alias("_own_start"))
    others = anchors.filter(pl.col("a_iid").is_not_null()).select(
        "article_id", "sentence_index", pl.col("a_start").alias("_o_start"), pl.col("a_iid").alias("_o_iid"))
    between = own.join(others, on=["article_id", "sentence_index"]).filter(
        pl.col("_o_iid") != pl.col("_iid"),
        pl.col("_o_start").is_between(pl.min_horizontal("_own_start", "start"),
                                      pl.max_horizontal("_own_start", "start"), closed="none"))
    return between.select("_iid", "article_id", "sentence_index", "start").unique()


def any_trigger_pattern(reference: Reference) -> str:
    """One regex matching any incident trigger in lowercased text (see `lowered`)."""
    return r"(?-u:\b)(?:" + "|".join(f"(?:{p})" for p in _trigger_table(reference)["pattern"]) + r")(?-u:\b)"


def incident_mentions(sentences: pl.DataFrame, reference: Reference, dates: pl.DataFrame, actors: pl.DataFrame,
                      cities: pl.DataFrame) -> pl.DataFrame:
    """Incidents with sentence-relative `trigger_start`/`trigger_end`; schema columns plus those."""
    if "incident_words" in sentences.columns:  # already computed by extract()
        sentences = sentences.filter(pl.col("incident_words"))
    else:
        sentences = sentences.filter(contains_lowered(pl.col("text"), any_trigger_pattern(reference)))
    all_triggers = _triggers(sentences, reference)
    triggers = all_triggers.filter(~pl.col("_excluded"))
    # weapons after "with" are the instruments of one attack ("attack the city with rocket-propelled grenades
    # and suicide bombers"): one incident of the most specific instrument's type
    instrument = pl.col("text").str.slice(0, pl.col("trigger_start")).str.contains(
        r"(?-u:\b)with (?:[^,.;]{0,60} and )?(?:[\p{L}\-]+ ){0,2}$")
    triggers = triggers.join(sentences.select("article_id", "sentence_index", "text"),
                             on=["article_id", "sentence_index"]).with_columns(_instrument=instrument).drop("text")
    # ... and the attack they serve, told just before ("Gunmen attacked a market with grenades")
    first_instrument = pl.col("trigger_start").filter(pl.col("_instrument")).min().over(
        "article_id", "sentence_index", "status")
    triggers = triggers.with_columns(_instrument=pl.col("_instrument") | (
        (pl.col("trigger_end") <= first_instrument) & (first_instrument - pl.col("trigger_end") < 80)).fill_null(False))
    strongest = triggers.filter(pl.col("_instrument")).sort(["priority", "trigger_start", "incident_type"],
                                                             descending=[True, False, False]).unique(
        ["article_id", "sentence_index", "status"], keep="first").select(
        "article_id", "sentence_index", "status", pl.col("incident_type").alias("_i_type"),
        pl.col("priority").alias("_i_priority"))
    triggers = triggers.join(strongest, on=["article_id", "sentence_index", "status"], how="left").with_columns(
        incident_type=pl.when(pl.col("_instrument")).then(pl.col("_i_type")).otherwise(pl.col("incident_type")),
        priority=pl.when(pl.col("_instrument")).then(pl.col("_i_priority")).otherwise(pl.col("priority")),
    ).drop("_i_type", "_i_priority", "_instrument")
    # explosive family: only the most specific type in a sentence counts; generic words only without others
    best_explosive = triggers.filter(pl.col("incident_type").is_in(EXPLOSIVE_FAMILY)).group_by(
        "article_id", "sentence_index", "status").agg(pl.col("priority").max().alias("_best_explosive"))
    has_specific = triggers.filter(pl.col("priority") > GENERIC_PRIORITY).group_by(
        "article_id", "sentence_index", "status").agg(pl.lit(True).alias("_has_specific"))
    triggers = triggers.join(best_explosive, on=["article_id", "sentence_index", "status"], how="left").join(
        has_specific, on=["article_id", "sentence_index", "status"], how="left")
    triggers = triggers.filter(
        ~pl.col("incident_type").is_in(EXPLOSIVE_FAMILY) | (pl.col("priority") == pl.col("_best_explosive")),
        (pl.col("priority") > GENERIC_PRIORITY) | pl.col("_has_specific").is_null(),
    )
    incidents = (
        triggers.sort("trigger_start", "trigger_end", "trigger")
        .group_by("article_id", "sentence_index", "incident_type", "status", maintain_order=True)
        .agg(pl.col("trigger_start").first(), pl.col("trigger_end").first(), pl.col("trigger").first(),
             pl.col("priority").max(), pl.len().alias("_n_triggers"),
             pl.col("trigger").str.contains(_ATTACKER_WORD).all().alias("_attacker_only"),
             pl.col("trigger").str.contains(r"^(?i:gunm[ae]n|armed men)$").all().alias("_gunmen_only"),
             pl.col("trigger").str.contains(_ARSON_WORD).all().alias("_arson_only"),
             pl.col("trigger").str.contains(_HOSTAGE_WORD).all().alias("_hostage_only"))
    )
    incidents = incidents.join(sentences.select("article_id", "sentence_index", "text"),
                               on=["article_id", "sentence_index"])
    incidents = _retype(incidents)
    num = _number_pattern(reference)
    before = pl.col("text").str.slice(0, pl.col("trigger_start"))
    count_text = before.str.extract(rf"(?-u:\b)({num})(?: [\p{{L}}\-]+)? $").str.replace(r"^(?:19|20)\d\d$", "")
    incidents = _parse_quantity(incidents.with_columns(_count=count_text), "_count", "_count", reference)
    incidents = incidents.with_columns(
        attack_count=pl.when(pl.col("_count_min") > 1).then(pl.col("_count_min")).otherwise(1).cast(pl.Int32),
        _ongoing=pl.col("text").str.contains(_ONGOING_CUE),
        _plural=pl.col("trigger").str.contains(r"(?:s|es)$") & ~pl.col("trigger").str.contains(r"(?i:ss$|ies$)"),
    ).drop("_count", "_count_min", "_count_max")
    # one incident per (sentence, type, status): this order is total, so _iid does not depend on join order
    incidents = incidents.sort(*INCIDENT_ORDER).with_row_index("_iid")
    # where each trigger word stands and which incident it belongs to: tolls, groups and places bind to them
    anchors = _anchors(all_triggers, incidents)
    incidents = nearest_date(incidents, dates, "trigger_start", _dates_of_other_events(incidents, dates, anchors))
    incidents = incidents.join(_tolls(incidents, _casualties(sentences, reference), anchors), on="_iid", how="left")
    # casualties belong to what happened, not to a plan
    incidents = incidents.with_columns(
        [pl.when(pl.col("status") == "occurred").then(pl.col(c)).alias(c)
         for c in ("killed_min", "killed_max", "wounded_min", "wounded_max")]
    )
    perps = _perpetrators(incidents, actors, sentences, anchors)
    incidents = incidents.join(perps, on="_iid", how="left")
    # continuation: a generic-only sentence right after an incident adds its toll or claim to it
    generic = (pl.col("priority") <= GENERIC_PRIORITY) & (pl.col("status") == "occurred")
    # the target: the first occurred incident of the nearest earlier sentence (specific or itself generic)
    earlier = incidents.filter(pl.col("status") == "occurred").sort("_iid").unique(
        ["article_id", "sentence_index"], keep="first").select(
        "article_id", pl.col("sentence_index").alias("_prev_sentence"), pl.col("_iid").alias("_target"))
    # a sentence with an event word of its own ("The IAF strikes two posts") tells a new event
    own_event = all_triggers.filter(pl.col("requires_cue") & (pl.col("status") == "occurred")
                                    & ~pl.col("_reference")).select("article_id", "sentence_index").unique()
    generic_rows = incidents.filter(generic).join(
        own_event.with_columns(_own_event=pl.lit(True)), on=["article_id", "sentence_index"], how="left"
    ).join(sentences.select("article_id", "published_at").unique("article_id"), on="article_id", how="left"
           ).sort("sentence_index")
    target_dates = incidents.select(pl.col("_iid").alias("_target"), pl.col("date_on").alias("_target_date"))
    generic_rows = generic_rows.join_asof(  # both sides sorted by sentence_index
        earlier.sort("_prev_sentence"), left_on="sentence_index", right_on="_prev_sentence", by="article_id",
        strategy="backward", allow_exact_matches=False, check_sortedness=False,
    ).join(target_dates, on="_target", how="left").with_columns(
        # ... as does one with a date of its own ("the 2012 attack")
        _is_continuation=pl.col("_target").is_not_null() & pl.col("_own_event").is_null()
        & (pl.col("sentence_index") - pl.col("_prev_sentence") <= 2)
        # ... but a claim or a blame told on its own day ("claimed responsibility on Thursday") is still about it
        & (pl.col("date_on").is_null() | (pl.col("date_on") == pl.col("_target_date")).fill_null(False)
           | (pl.col("text").str.contains(_ATTRIBUTION_SENTENCE) & ~_background(pl.col("date_on"), pl.col("published_at")))
           # ... or a later report's own day: "the ministry said on Friday that 36 militants were killed"
           | (pl.col("text").str.contains(_REPORTED_ON_DAY) & ~_background(pl.col("date_on"), pl.col("published_at")))))
    # a chain of such sentences fills the first incident, not a sentence that was itself folded in
    folded = generic_rows.filter(pl.col("_is_continuation")).select(pl.col("_iid").alias("_target"),
                                                                     pl.col("_target").alias("_up"))
    generic_rows = generic_rows.join(folded, on="_target", how="left").with_columns(
        _target=pl.coalesce("_up", "_target")).drop("_up")
    fill_cols = ["killed_min", "killed_max", "wounded_min", "wounded_max", "perpetrator_name",
                 "perpetrator_actor_key", "perpetrator_status"]
    continuation = generic_rows.filter(pl.col("_is_continuation")).sort("_iid").group_by("_target").agg(
        [pl.col(c).drop_nulls().first().alias(f"_c_{c}") for c in fill_cols]
        + [pl.col("text").str.contains(r"(?i:(?-u:\b)no (?:group|one|organi[sz]ation)(?-u:\b).*(?-u:\b)claim|identity .* unknown)").any().alias("_c_unknown"),
           pl.col("text").str.contains(r"(?-u:\b)also(?-u:\b)").any().alias("_c_also"),
           pl.col("text").str.contains(_TOLL_REVISED).any().alias("_c_revised")]
    )
    # "At least 17 insurgents were also killed": another part of the same toll
    added = [pl.when(pl.col("_c_also")).then(pl.col(c) + pl.col(f"_c_{c}")).alias(c)
             for c in ("killed_min", "killed_max", "wounded_min", "wounded_max")]
    # "By evening the ministry had raised the toll to 57": the revised count replaces the first one
    is_revised = (pl.col("_c_revised") & pl.col("_c_killed_min").is_not_null()).fill_null(False)
    incidents = incidents.join(continuation, left_on="_iid", right_on="_target", how="left").with_columns(
        [pl.coalesce(*([a] if c in ("killed_min", "killed_max", "wounded_min", "wounded_max") else []), c, f"_c_{c}").alias(c)
         for c, a in zip(fill_cols, added + [None] * 3)]
    ).with_columns([pl.when(is_revised).then(pl.col(f"_c_{c}")).otherwise(c).alias(c) for c in ("killed_min", "killed_max")])
    # an explicit claim, accusation or suspicion that follows outranks a plain mention in the incident's sentence
    # ("pagers carried by Hezbollah members exploded ... Hezbollah blamed Israel.")
    outranked = (pl.col("_c_perpetrator_status").is_in(["claimed", "accused", "suspected"])
                 & pl.col("perpetrator_status").is_in(["stated"])).fill_null(False)
    incidents = incidents.with_columns(
        [pl.when(outranked).then(pl.col(f"_c_{c}")).otherwise(pl.col(c)).alias(c)
         for c in ("perpetrator_name", "perpetrator_actor_key", "perpetrator_status")])
    # attribution words alone ("Police suspect ...") never tell an incident
    standalone_generic = generic_rows.filter(~pl.col("_is_continuation"), pl.col("priority") > ATTRIBUTION_PRIORITY)["_iid"]
    incidents = incidents.filter(~generic | pl.col("_iid").is_in(standalone_generic.implode()))
    named_countries = actors.filter(pl.col("country_code").is_not_null()).select("article_id", "country_code")
    incident_sentences = sentences.join(incidents.select("article_id", "sentence_index").unique(),
                                        on=["article_id", "sentence_index"], how="semi")
    regions = region_mentions(incident_sentences, reference, named_countries)
    locations = _locations(incidents, cities, actors, sentences, anchors, regions)
    incidents = incidents.join(locations, on="_iid", how="left")
    # a generic word alone ("the attacks") is an incident only with a toll, a date or a place
    incidents = incidents.filter(
        ~generic | pl.col("killed_min").is_not_null() | pl.col("wounded_min").is_not_null()
        | pl.col("killed_max").is_not_null() | pl.col("city").is_not_null()
        | (pl.col("date_granularity") == "day")
    )
    incidents = incidents.with_columns(
        perpetrator_status=pl.coalesce("perpetrator_status", pl.lit("unknown")),
        date_granularity=pl.when(pl.col("_ongoing") | (pl.col("_plural") & (pl.col("date_granularity") == "unknown")
                                                        & (pl.col("status") == "occurred")))
        .then(pl.lit("ongoing")).otherwise(pl.col("date_granularity")),
    ).with_columns(
        occurred_on=pl.when(pl.col("date_granularity") == "ongoing").then(None).otherwise(pl.col("date_on")),
        occurred_until=pl.when(pl.col("date_granularity") == "ongoing").then(None).otherwise(pl.col("date_until")),
        target=_target(pl.col("text").str.slice(pl.col("trigger_end")), pl.col("trigger")),
    )
    return _fold_definite_references(incidents).sort(*INCIDENT_ORDER)


def _target(after: pl.Expr, trigger: pl.Expr) -> pl.Expr:
    """What was attacked, from the text after the trigger: "attacks on the embassy", else the object of a killing
    verb: "assassinated Iranian General X near ...", "a US airstrike killed dozens of militiamen from ... group"."""
    end = r"(?:,|\.|;| in | near | on | at | after | during | while | killing| wounding| which| who| where|$)"
    aimed = after.str.extract(
        rf"^\S*\s+(?:\S+\s+){{0,3}}?(?:on|against|targeting|at|targeted) ((?:the |an? )?[^,.;]{{3,60}}?){end}")
    victim = after.str.extract(
        rf"^(?:\S*\s+(?:killed|killing|kills|kidnapped|abducted|assassinated|targeted|hit|struck))?\s+"
        rf"((?:the |an? )?[^,.;]{{3,80}}?){end}")
    # "an operation on a scale similar to ...": a measure, not a target
    aimed = pl.when(aimed.str.contains(r"^(?i:(?:a|the) (?:scale|level|par|basis)(?-u:\b))")).then(None).otherwise(aimed)
    is_verb = after.str.contains(r"^\S*\s+(?:killed|killing|kills|kidnapped|abducted|assassinated|targeted|hit|struck) ") | (
        trigger.str.contains(r"^(?i:assassinated|kidnapped|abducted|shot dead|shot and killed|murdered)$")
        & after.str.contains(r"^ [\p{L}\d]") & ~after.str.contains(
            r"^ (?:in|on|at|near|by|with|after|during|while|when|and|or|as|for|last|this|yesterday|today|earlier|later"
            r"|outside|inside|overnight)(?-u:\b)"))
    return pl.coalesce(aimed, pl.when(is_verb).then(victim))


def _fold_definite_references(incidents: pl.DataFrame) -> pl.DataFrame:
    """"The US accused militias of launching the rocket attacks": a later, undated mention with a definite article
    of an incident type the article has told before is that incident again. It is dropped and lends its attribution to
    the earliest occurred incident of that type (same city or none): an explicit claim, accusation or suspicion
    outranks a plain "attacks by X", and fills an incident that names no perpetrator."""
    lowered_before = lowered(pl.col("text").str.slice(0, pl.col("trigger_start")))
    keyed = incidents.with_row_index("_row").with_columns(
        _definite=lowered_before.str.contains(r"(?-u:\b)(?:the|these|those|such) (?:[a-z\-]+ )?$"),
        # "IS claimed the bombing", "accused Syria of being behind the assassination": the attack told before,
        # whatever word names it now
        _attributed=lowered_before.str.contains(
            r"(?-u:\b)(?:claim(?:s|ed|ing)?|behind|carr(?:y|ies|ied|ying) out|responsib[a-z]+ for|blam[a-z]+ for"
            r"|suspected of|accused of) (?:the|this|that|these|those) (?:[a-z\-]+ )?$"))
    # "the blasts" after a suicide bombing is that bombing: the explosive types are one family here
    keyed = keyed.with_columns(_family=pl.when(pl.col("incident_type").is_in(EXPLOSIVE_FAMILY)).then(pl.lit("explosive"))
                               .otherwise(pl.col("incident_type")))
    occurred = keyed.filter(pl.col("status") == "occurred")
    ordered = occurred.sort("sentence_index", "trigger_start")
    target_cols = [pl.col("_row").alias("_target"), pl.col("sentence_index").alias("_t_sentence"),
                   pl.col("city").alias("_t_city"), pl.col("perpetrator_actor_key").alias("_t_key"),
                   pl.col("perpetrator_status").alias("_t_status")]
    first = ordered.unique(["article_id", "_family"], keep="first").select("article_id", "_family", *target_cols)
    first_any = ordered.unique("article_id", keep="first").select("article_id", *target_cols)
    folds = pl.concat([
        occurred.filter(~pl.col("_attributed")).join(first, on=["article_id", "_family"]),
        occurred.filter(pl.col("_attributed")).join(first_any, on="article_id"),
    ], how="diagonal_relaxed").filter(
        pl.col("_definite"), pl.col("date_on").is_null(), pl.col("sentence_index") > pl.col("_t_sentence"),
        pl.col("city").is_null() | pl.col("_t_city").is_null() | (pl.col("city") == pl.col("_t_city")),
        # a different perpetrator makes it another incident
        pl.col("perpetrator_actor_key").is_null() | pl.col("_t_key").is_null()
        | (pl.col("perpetrator_actor_key") == pl.col("_t_key")))
    if folds.is_empty():
        return incidents
    strong = pl.col("perpetrator_status").is_in(["claimed", "accused", "suspected"])
    lent = folds.filter(pl.col("perpetrator_name").is_not_null(),
                        strong | (pl.col("_t_status") == "unknown")).sort("_target", "sentence_index").unique(
        "_target", keep="first").select(
        "_target", pl.col("perpetrator_name").alias("_l_name"), pl.col("perpetrator_actor_key").alias("_l_key"),
        pl.col("perpetrator_status").alias("_l_status"))
    takes = (pl.col("_l_status").is_not_null()
             & (pl.col("perpetrator_status").is_in(["unknown", "stated"]) | pl.col("perpetrator_status").is_null()))
    return (
        keyed.join(folds.select("_row"), on="_row", how="anti")
        .join(lent, left_on="_row", right_on="_target", how="left")
        .with_columns(
            perpetrator_name=pl.when(takes & pl.col("perpetrator_name").is_null()).then("_l_name")
            .otherwise("perpetrator_name"),
            perpetrator_actor_key=pl.when(takes & pl.col("perpetrator_actor_key").is_null()).then("_l_key")
            .otherwise("perpetrator_actor_key"),
            perpetrator_status=pl.when(takes).then("_l_status").otherwise("perpetrator_status"),
        )
        .drop("_row", "_definite", "_attributed", "_family", "_l_name", "_l_key", "_l_status")
    )
