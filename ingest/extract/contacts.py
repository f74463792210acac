"""Diplomatic contacts: trigger words (ref_contact_triggers.csv), initiator = the person before the verb,
counterparts = the people after it. A phone call with two counterparts ("phoned President X and Prime
Minister Y") is two calls; a meeting keeps all its participants."""

import polars as pl

from ingest.extract.dates import nearest_date
from ingest.extract.incidents import any_trigger_pattern
from ingest.extract.reference import Reference
from ingest.extract.text import contains_lowered, find_all

_GENERIC_CALL_PRIORITY = 40
_BESIDE = 40  # characters: a specific contact word this close to "spoke" says what the speaking was
# between two coordinated subjects: "Joseph R. Biden, Jr. and President X", "the President and Prime Minister X"
# ... and what stands before the second one's title, lowercase too: "US envoy A and Taliban deputy leader B",
# "Foreign Minister A and rebel commander B"
_COORDINATED_GAP = (r"^(?:,? Jr)?\.?,? and (?:(?:the|his|her) )?(?:\p{Lu}[\p{L}\-]*\.? )*"
                    r"(?:\p{Ll}[\p{L}\-]* ){0,3}(?:\p{Lu}[\p{L}\-]*\.? )*$")
# A cue before the contact's words says it has not happened yet: "will meet", "plans to visit", "is scheduled to
# hold talks", "looks forward to meeting", "invited X to visit", "agreed to meet again", "an upcoming visit".
# Matched on lowercased text; up to two words may stand between the cue and the trigger ("will also travel to").
_PLANNED_BEFORE = (
    r"(?:(?-u:\b)(?:will|shall|would|is to|are to|going to|(?:plan(?:s|ned|ning)?|hop(?:e|es|ed|ing)|intend(?:s|ed|ing)?|aim(?:s|ed|ing)?"
    r"|expect(?:s|ed|ing)?|want(?:s|ed|ing)?|wish(?:es|ed|ing)?|agree(?:s|d|ing)?) to"
    r"|(?:scheduled|set|due|slated|poised|ready|eager) to|look(?:s|ed|ing)? forward to|invit(?:ed|es|ing|ation)(?: [^.;]{0,80})? to"
    r"|upcoming|planned|forthcoming|future|next|proposed|prospective|possible|potential)|['’]ll) (?:[a-z\-]+ ){0,2}$"
)
_PLANNED_AFTER = (
    r"^(?: [^.;]{0,60})? (?:next (?:week|month|year)|later this (?:week|month|year)|in the coming (?:days|weeks|months)"
    r"|in the near future|tomorrow)(?-u:\b)"
)
# the same future cue anywhere shortly before ("are headed to Anchorage later this week to meet with ...")
_PLANNED_TIME_BEFORE = (r"(?-u:\b)(?:next (?:week|month|year)|later (?:this|today|tonight)|tomorrow"
                        r"|in the coming (?:days|weeks|months))(?-u:\b)[^.;]{0,80}$")
# verbs in their base form, which the trigger CSV lists for plans ("will meet", "plans to host")
_TENSELESS = r"^(?i:meet|host|speak|hold talks|travel to)$"
# what makes a base-form verb no present tense: "to meet", "did not meet", "cannot meet", "let them meet", "I meet"
_NOT_PRESENT = (r"(?:(?-u:\b)(?i:to|not|never|did|do|does|can|cannot|could|may|might|must|should|would|will|shall|let|I|we"
                r"|you|they|them|him|her|us|and|or)|n['’]t)(?: [a-z]+)?,? $")
_FOR_TALKS = r"^(?: [^.;,]{0,50})? for (?:[\w\-]+ ){0,4}(?:talks|negotiations)(?-u:\b)"
_IN_APPOSITION = r", (?:the|a|an|his|her|their) [^,;]{0,50}$"
_BEGUN_IN = r"^(?:resume|open|beg|start|reconvene)[a-z]* in "
# a state the talks are about is their side where no other is named: "Six-party talks on North Korea's programme",
# "Syria peace talks"
_TALKS_ABOUT = r"(?i:talks (?:on|over|about) (?:the )?)$"
_NO_DEAL = (r"(?-u:\b)(?:end|ends|ended|ending|broke up|breaks up|collapsed|collapses|closed|closes|concluded|concludes)"
            r"(?: [^.;]{0,40}?)? without (?:an? |any )?(?:[a-z\-]+ )?(?:agreement|deal|accord|declaration|breakthrough|statement)")
# ... but only a contact not told in the past: "met today to discuss next week's summit" happened
_PAST_TRIGGER = r"(?:ed|met|spoke|held)(?-u:\b)"
_IN_PERSON = (r"(?i:on the (?:margins|sidelines) of|in[- ]person|face[- ]to[- ]face)"
              r"|at the [^.;]{0,60}(?:Summit|summit|Conference|G7|G20|G-7|G-20|General Assembly|White House|Oval Office)")
# "X, Foreign Policy Advisor to President Y": Y is named to say whom X serves, and takes no part
_SERVED_BY_APPOSITIVE = (r"(?i:(?:advis[eo]r|aide|assistant|envoy|spokes(?:man|woman|person)|counsel+or|representative"
                         r"|secretary|chief of staff) to (?:the )?)$")
# right before a country: it is the place visited
_VISITED = r"(?i:(?-u:\b)(?:visit(?:ed|s|ing)?|visit to|trip to|arriv(?:ed|es) in|land(?:ed|s) in|travel(?:l?ed|s)? to|toured) (?:the )?)$"
# ... or right after the city visited: "visits Bethlehem in the West Bank", "arrived in Kyiv, Ukraine"
_VISITED_VIA_CITY = (r"(?-u:\b)(?i:visit(?:ed|s|ing)?|visit to|trip to|arriv(?:ed|es) in|land(?:ed|s) in|travel(?:l?ed|s)? to|toured)"
                     r" \p{Lu}[\p{L}'’\-]*(?: \p{Lu}[\p{L}'’\-]*){0,2}(?:,| in) (?:the )?$")
# bodies that may be a side: officials and delegations anywhere, governments and armies only at talks or signings
_PARTY_BODIES = r":(?:officials|delegation|factions|government|army|military|armed forces|world powers|members)$"
_BODY_MEETS = (r"^,? (?:(?:also|again|has|have|had|will|then|on [A-Z][a-z]+) )?(?:holds?|held|holding|convene[sd]?"
               r"|convening|met|meets)(?-u:\b)")
# (a host only of talks: summits and World Cups are "hosted by" their country too)
_BROKER = (r"(?:brokered|mediated|facilitated|sponsored|(?:talks|negotiations)(?: [^.;,]{0,30})? hosted) by (?:the )?"
           r"(?:(?:\p{Lu}[\p{L}\-'’.]*,? ){1,3}(?:and )?(?:the )?)?$")
_AT_THE_TABLE_ONLY = r":(?:government|army|military|armed forces)$"
# states and bodies that sign or reach an accord are its sides: the subjects coordinated right before the verb
# ("Russia and Ukraine sign", "Representatives of Ukraine, Russia, the OSCE and the separatists sign", "Iran and six
# world powers reach") and those after "with" or "between" following it ("sign a pact with Japan and the UN")
_ACCORD_VERB = (r"(?:sign|signs|signed|reach|reaches|reached|agree|agrees|agreed|conclude|concludes|concluded"
                r"|(?:held|hold|holds|open|opens|opened|resume|resumes|resumed) (?:[a-z\-]+ ){0,2}talks|talks|negotiations)")
_ACCORD_SUBJECT = (rf"^(?:(?:,| and|, and) (?:the )?[\p{{L}}\-'’.]+(?: [\p{{L}}\-'’.]+){{0,3}}){{0,4}} {_ACCORD_VERB}"
                   r"(?-u:\b)")
_ACCORD_PARTNER = (rf"(?-u:\b){_ACCORD_VERB}(?-u:\b)[^.;]{{0,60}} (?:with|between) (?:the )?"
                   r"(?:[^.;]{0,50}(?:,|and) (?:the )?)?$")
# "the two", "both leaders" right before the contact's words (a few words between: "the two held their first
# meeting"), but not "the two countries signed"
_BOTH_OF_THEM = (r"(?i:(?-u:\b)(?:the two|both)(?: (?:leaders|men|women|presidents|premiers|prime ministers|ministers"
                 r"|heads of state|statesmen))?(?: [a-z]+){0,3} )$")
_BOTH_OF_THESE_THINGS = r"(?i:(?:the two|both) (?:countries|nations|states|governments|armies|companies|sides|groups))"
# a phrase before the main clause that tells the contact: "In a phone call with", "During talks with", "After talks"
_FRONTED = r"^(?:In|During|At|After|Following|Over)(?: [a-z\-]+){0,4}$"
_TOPIC = r"(?i:to discuss|discussed|discussing|to talk about|talked about|to review|reviewed|to coordinate on|talked about|spoke about|about) ([^;.]{3,120}?)(?:[;.]|, (?:and |while |where |as )|$)"


def _text_before(position: pl.Expr, width: int) -> pl.Expr:
    """Up to `width` characters of the sentence before `position`."""
    return pl.col("text").str.slice(position - pl.min_horizontal(position, pl.lit(width)),
                                    pl.min_horizontal(position, pl.lit(width)))


def official_parties(actors: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """Who may take part in a contact: people, and officials standing for their government where no person is named
    ("US officials had informed their Iraqi counterparts"): officials or a delegation of a country, or a country
    named with "counterparts/officials/delegation", armed groups.
    Not "the government" or "the ministry": things are welcomed and received by them, which are no contacts; nor a
    country visited, which is the visit's place (`visited_countries`).
    Adds `_person`."""
    people = actors.filter(pl.col("actor_kind") == "person").with_columns(_person=pl.lit(True))
    # armed groups sit at tables too: "the government and the FARC opened peace talks", "met the Taliban in Doha";
    # a government or an army only at talks or a signing (filtered in `contact_mentions`): "Sudan's army and the RSF
    # sign a ceasefire"
    bodies = actors.filter(
        ((pl.col("actor_kind") == "organization")
         & pl.col("actor_key").str.contains(_PARTY_BODIES))
        | (pl.col("actor_kind") == "armed_group"))
    # (an international body without a country of its own: "the United Nations", "NATO", "the OSCE")
    states = actors.filter((pl.col("actor_kind") == "country")
                           | ((pl.col("actor_kind") == "organization") & pl.col("country_code").is_null()))
    # (a literal alternation first: the regex engine's literal prefilter is cheaper than str.contains_any)
    stated = states.join(sentences.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"])
    # (each reading runs on the few rows its literal prefilter keeps)
    sides = pl.concat([
        stated.filter(pl.col("text").str.contains(r"sign|reach|agree|conclude|[Tt]alks|negotiations")).filter(
            pl.col("text").str.slice(pl.col("end"), 120).str.contains(_ACCORD_SUBJECT)
            | _text_before(pl.col("start"), 120).str.contains(_ACCORD_PARTNER)
            | _text_before(pl.col("start"), 20).str.contains(_TALKS_ABOUT)
            | pl.col("text").str.slice(pl.col("end"), 16).str.contains(r"^(?: peace)? talks(?-u:\b)")),
        # an international body holding a meeting: "The UN Security Council holds an emergency meeting"
        stated.filter(pl.col("actor_kind") == "organization", pl.col("text").str.contains(r"meet|met |held|hold|conven"))
        .filter(pl.col("text").str.slice(pl.col("end"), 40).str.contains(_BODY_MEETS)),
        # the broker or host of talks: "after talks in Beijing brokered by China"
        stated.filter(pl.col("text").str.contains(r"ered by|ated by|ored by|sted by")).filter(
            _text_before(pl.col("start"), 90).str.contains(_BROKER)),
    ]).filter(~_text_before(pl.col("start"), 3).str.contains(r"^in $")).drop("text")  # a place: "meeting in Cairo agree"
    countries = actors.filter(pl.col("actor_kind") == "country").join(
        sentences.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"]).filter(
        pl.col("text").str.slice(pl.col("end"), 30).str.contains(r"^ (?:counterparts?|officials|delegations?)(?-u:\b)")
    ).drop("text")
    others = pl.concat([bodies, countries, sides]).unique(["article_id", "sentence_index", "start", "actor_key"],
                                                          keep="first", maintain_order=True)
    return pl.concat([people, others.with_columns(_person=pl.lit(False))])


def visited_countries(actors: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """(article_id, sentence_index, _visited) of countries a visit goes to ("a visit to Iraq", "arrived in Kyiv,
    Ukraine"): the place of the visit, not a side of it (the host is the person who receives the visitor)."""
    return actors.filter(pl.col("actor_kind") == "country").join(
        sentences.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"]).filter(
        _text_before(pl.col("start"), 40).str.contains(_VISITED)
        | _text_before(pl.col("start"), 80).str.contains(_VISITED_VIA_CITY)
    ).sort("article_id", "sentence_index", "start").unique(["article_id", "sentence_index"], keep="first").select(
        "article_id", "sentence_index", pl.col("actor_name").alias("_visited"))


def contact_status(text: pl.Expr, trigger_start: pl.Expr, trigger_end: pl.Expr) -> pl.Expr:
    """'planned' when a cue around the contact's words puts it in the future ("will meet", "plans to visit",
    "meet again next week"), else 'occurred'."""
    window = pl.min_horizontal(trigger_start, pl.lit(120))
    before = text.str.slice(trigger_start - window, window).str.to_lowercase()
    after = text.str.slice(trigger_end, 80).str.to_lowercase()
    trigger = text.str.slice(trigger_start, trigger_end - trigger_start)
    # (talks told after the main verb came first: "agree to a ceasefire after talks in Moscow")
    planned = (before.str.contains(_PLANNED_BEFORE) & ~trigger.str.contains(r"^(?i:after|following) ")) | (
        (after.str.contains(_PLANNED_AFTER) | before.str.contains(_PLANNED_TIME_BEFORE))
        & ~trigger.str.contains(_PAST_TRIGGER))
    return pl.when(planned.fill_null(False)).then(pl.lit("planned")).otherwise(pl.lit("occurred"))


def _dates_of_the_other_status(contacts: pl.DataFrame, dates: pl.DataFrame) -> pl.DataFrame:
    """(_tid, date_start) of date expressions that belong to a contact of the other status in the sentence: in "met
    X today and agreed to meet Y in Berlin", today is the meeting's, not the plan's."""
    triggers = contacts.select("_tid", "article_id", "sentence_index", "trigger_start", "status").unique("_tid")
    nearest = (
        dates.select("article_id", "sentence_index", "date_start").join(triggers, on=["article_id", "sentence_index"])
        # a date belongs to the verb phrase it stands in: the nearest trigger before it, else the first after it
        .with_columns(_after=pl.col("trigger_start") > pl.col("date_start"),
                      _d=(pl.col("date_start") - pl.col("trigger_start")).abs())
        .sort("article_id", "sentence_index", "date_start", "_after", "_d", "trigger_start", "_tid")
        .unique(["article_id", "sentence_index", "date_start"], keep="first")
        .select("article_id", "sentence_index", "date_start", pl.col("status").alias("_owner_status"))
    )
    return triggers.join(nearest, on=["article_id", "sentence_index"]).filter(
        pl.col("status") != pl.col("_owner_status")).select("_tid", "date_start")


def _dates_after_publication(contacts: pl.DataFrame, dates: pl.DataFrame, published: pl.DataFrame) -> pl.DataFrame:
    """(_tid, date_start) of dates more than a day after publication, which a contact that happened cannot take: in
    "agree at a conference in Annapolis to launch negotiations aimed at a deal by the end of 2008", 2008 is the
    deal's. (A day's grace: "on August 29" in an article of August 28 is another time zone's today.)"""
    occurred = contacts.filter(pl.col("status") == "occurred").select("_tid", "article_id", "sentence_index").unique(
        "_tid").join(published, on="article_id")
    return occurred.join(dates.select("article_id", "sentence_index", "date_start", "date_on"),
                         on=["article_id", "sentence_index"]).filter(
        pl.col("date_on") > pl.col("published_at") + pl.duration(days=1)).select("_tid", "date_start")


def _told_after_another_event(contacts: pl.DataFrame, spans: pl.DataFrame, incident_words: str) -> pl.DataFrame:
    """(_tid, _at) of the date or place spans (starting at `_at`) that stand after the contact's words with an
    incident's words between: in "officials informed their counterparts that militias were planning an operation like
    the 2012 attack in Benghazi", 2012 and Benghazi are the attack's, not the briefing's."""
    pairs = contacts.select("_tid", "article_id", "sentence_index", "trigger_end", "text").unique("_tid").join(
        spans.select("article_id", "sentence_index", "_at").unique(), on=["article_id", "sentence_index"]).filter(
        pl.col("_at") > pl.col("trigger_end"))
    between = pl.col("text").str.slice(pl.col("trigger_end"), pl.col("_at") - pl.col("trigger_end"))
    return pairs.filter(contains_lowered(between, incident_words)).select("_tid", "_at")


def _dates_of_incident_nouns(contacts: pl.DataFrame, dates: pl.DataFrame, incident_words: str) -> pl.DataFrame:
    """(_tid, date_start) of dates that modify an incident noun: "to discuss the 2019 bombing" is the bombing's."""
    pairs = contacts.select("_tid", "article_id", "sentence_index", "text").unique("_tid").join(
        dates.select("article_id", "sentence_index", "date_start", "date_end").unique(),
        on=["article_id", "sentence_index"])
    following = pl.col("text").str.slice(pl.col("date_end"), 40)
    return pairs.filter(contains_lowered(following, rf"^(?:'s)?(?: [a-z\-]+){{0,2}}? {incident_words}")).select(
        "_tid", "date_start")


def resolve_forward_when_planned(contacts: pl.DataFrame) -> pl.DataFrame:
    """A planned contact's yearless day looks ahead: "will speak this Friday", "will meet on Monday, April 11" are the
    first such day on or after publication (dates.py resolves them backwards, right for what happened)."""
    text = pl.col("date_text").fill_null("")
    weekday = text.str.contains(r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")
    yearless_day = (pl.col("date_granularity") == "day") & ~text.str.contains(r"\d{4}") & text.str.contains(r"\d")
    behind = (pl.col("status") == "planned") & (pl.col("date_on") < pl.col("published_at")).fill_null(False)
    return contacts.with_columns(
        date_on=pl.when(behind & weekday).then(pl.col("date_on") + pl.duration(days=7))
        .when(behind & yearless_day).then(pl.col("date_on").dt.offset_by("1y"))
        .otherwise(pl.col("date_on")))


def contact_mentions(sentences: pl.DataFrame, reference: Reference, dates: pl.DataFrame, actors: pl.DataFrame,
                     cities: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(contacts, participants); contacts carry sentence-relative trigger_start/trigger_end."""
    base = sentences.select("article_id", "sentence_index", "text")
    people = official_parties(actors, base)
    visited = visited_countries(actors, base)
    with_people = base.join(people.select("article_id", "sentence_index").unique(), on=["article_id", "sentence_index"])
    rows = []
    for pattern, contact_type, priority in reference.contact_triggers.iter_rows():
        found = find_all(with_people, rf"(?-u:\b)(?:{pattern})(?-u:\b)", match_col="trigger")
        rows.append(found.with_columns(contact_type=pl.lit(contact_type), priority=pl.lit(priority, pl.Int32)))
    triggers = pl.concat(rows).with_row_index("_rid")
    # overlapping words keep the most specific reading: "received a call" is a call, not a reception
    outranked = triggers.select("_rid", "article_id", "sentence_index", "trigger_start", "trigger_end", "priority").join(
        triggers.select("article_id", "sentence_index", pl.col("trigger_start").alias("_os"),
                        pl.col("trigger_end").alias("_oe"), pl.col("priority").alias("_op")),
        on=["article_id", "sentence_index"],
    ).filter(pl.col("_os") < pl.col("trigger_end"), pl.col("_oe") > pl.col("trigger_start"),
             pl.col("_op") > pl.col("priority")).select("_rid").unique()
    triggers = triggers.join(outranked, on="_rid", how="anti").drop("_rid")
    # "spoke today with X at the G7", "on the margins of the NATO Summit": talking where both are is a meeting
    triggers = triggers.with_columns(contact_type=pl.when(
        (pl.col("priority") == _GENERIC_CALL_PRIORITY) & pl.col("text").str.contains(_IN_PERSON))
        .then(pl.lit("meeting")).otherwise(pl.col("contact_type")))
    after = pl.col("text").str.slice(pl.col("trigger_end"), 20)
    trigger_text = pl.col("text").str.slice(pl.col("trigger_start"), pl.col("trigger_end") - pl.col("trigger_start"))
    triggers = triggers.filter(
        # "spoke at a conference", "spoke to reporters": speaking, not a call ("their summit at a castle" stays)
        ~(after.str.contains(r"^ (?:about|to reporters|to the press|at a|in an interview|on behalf|to the timing)")
          & (pl.col("priority") <= _GENERIC_CALL_PRIORITY)),
        # "I won't speak for X", "as called for by President X"; "met for the first time" is a meeting
        ~(after.str.contains(r"^ for(?-u:\b)") & trigger_text.str.contains(r"^(?i:speak|speaks|spoke|called|talked)$")),
        # "talks in Doha hosted by Qatar" are talks: the host is their side (_BROKER), no meeting of its own
        ~(trigger_text.str.starts_with("host")
          & _text_before(pl.col("trigger_start"), 45).str.contains(r"(?:talks|negotiations)(?: [^.;,]{0,30})? $")))
    # "talks on X resume in Geneva": a beginning in a place is a contact only where talks began
    begun_in = trigger_text.str.contains(_BEGUN_IN)
    triggers = pl.concat([triggers.filter(~begun_in), triggers.filter(begun_in).filter(pl.col("text").str.slice(
        pl.col("trigger_start") - pl.min_horizontal(pl.col("trigger_start"), 80),
        pl.min_horizontal(pl.col("trigger_start"), 80)).str.contains(r"(?i:talks|negotiations)"))])
    triggers = triggers.with_columns(status=contact_status(pl.col("text"), pl.col("trigger_start"), pl.col("trigger_end")))
    # a verb without tense ("to meet", "I won't speak for X") tells no contact that happened: only a planned one;
    # after a plural subject it is the present of a summary ("Russian and Ukrainian delegations meet", "the two
    # leaders meet in Geneva")
    # (the regexes below run only on the few rows they concern, each split off first)
    bare = trigger_text.str.contains(_TENSELESS) & (pl.col("status") != "planned")
    tenseless = triggers.filter(bare)
    told_plain = ~pl.col("text").str.slice(pl.col("trigger_start") - pl.min_horizontal(pl.col("trigger_start"), 30),
                                           pl.min_horizontal(pl.col("trigger_start"), 30)).str.contains(_NOT_PRESENT)
    triggers = pl.concat([triggers.filter(~bare), tenseless.filter(told_plain & (pl.col("trigger_start") > 0))])
    # a meeting held for talks is talks: "delegations meet for peace talks", "met in Doha for two days of talks"; so
    # is a summit told by its failed bargain: "the summit ... has ended without an agreement"
    may_be_talks = (pl.col("contact_type") == "meeting") & pl.col("text").str.contains(r"talks|negotiations|without")
    meetings = triggers.filter(may_be_talks)
    meetings = meetings.with_columns(contact_type=pl.when(
        (trigger_text.str.contains(r"^me") & pl.col("text").str.slice(pl.col("trigger_end"), 60).str.contains(_FOR_TALKS))
        | pl.col("text").str.slice(pl.col("trigger_start") - pl.min_horizontal(pl.col("trigger_start"), 30),
                                   230).str.contains(_NO_DEAL))
        .then(pl.lit("talks")).otherwise(pl.col("contact_type")))
    triggers = pl.concat([triggers.filter(~may_be_talks), meetings])
    # "spoke" counts as a call only when nothing more specific is said next to it ("met and spoke with"); a call
    # or visit named further on ("spoke with X about his recent visit to Kyiv") is another event
    generic = triggers.filter(pl.col("priority") <= _GENERIC_CALL_PRIORITY).with_row_index("_gid")
    beside_specific = generic.join(
        triggers.filter(pl.col("priority") > _GENERIC_CALL_PRIORITY).select(
            "article_id", "sentence_index", "status", pl.col("trigger_start").alias("_ss")),
        on=["article_id", "sentence_index", "status"],
    ).filter((pl.col("_ss") - pl.col("trigger_start")).abs() <= _BESIDE).select("_gid").unique()
    triggers = pl.concat([triggers.filter(pl.col("priority") > _GENERIC_CALL_PRIORITY),
                          generic.join(beside_specific, on="_gid", how="anti").drop("_gid")])
    # talks inside a meeting are the meeting
    sentence_types = triggers.group_by("article_id", "sentence_index", "status").agg(
        (pl.col("contact_type") == "meeting").any().alias("_meeting"))
    triggers = triggers.join(sentence_types, on=["article_id", "sentence_index", "status"]).filter(
        (pl.col("contact_type") != "talks") | ~pl.col("_meeting"),
    )
    # the first trigger of each type and status in a sentence ("met today and agreed to meet again" is a meeting
    # and a planned one); sorted on a total key so that _tid is the same every run
    triggers = triggers.sort("article_id", "sentence_index", "trigger_start", "trigger_end", "contact_type").group_by(
        "article_id", "sentence_index", "contact_type", "status", maintain_order=True
    ).agg(pl.col("trigger_start").first(), pl.col("trigger_end").first(), pl.col("text").first())

    # who: the nearest person before the verb starts it; people after it are counterparts
    pairs = triggers.with_row_index("_tid").join(
        people.select("article_id", "sentence_index", "start", "end", "actor_key", "country_code", "_person"),
        on=["article_id", "sentence_index"],
    )
    # a government or an army is a side of talks or of a signed accord; elsewhere it welcomes or receives things
    signing = pl.col("text").str.slice(pl.col("trigger_start"), 4) == "sign"
    pairs = pairs.filter(~pl.col("actor_key").str.contains(_AT_THE_TABLE_ONLY)
                         | (pl.col("contact_type") == "talks") | signing)
    initiators = (
        pairs.filter(pl.col("end") <= pl.col("trigger_start"))
        .sort(["_person", "start", "end", "actor_key"], descending=[True, True, True, False])
        .unique("_tid", keep="first")
        .select("_tid", pl.col("actor_key").alias("initiator_actor_key"))
    )
    # "President A and Prime Minister B met today": coordinated subjects are all participants; the first one
    # (the writer's side in a readout) starts it, the one next to the verb is a counterpart
    before = pairs.filter(pl.col("end") <= pl.col("trigger_start")).select("_tid", "start", "end", "actor_key", "text")
    nearest = before.join(initiators, on="_tid").filter(pl.col("actor_key") == pl.col("initiator_actor_key")).sort(
        "_tid", "start", descending=[False, True]).unique("_tid", keep="first", maintain_order=True).select(
        "_tid", pl.col("start").alias("_p_start"), pl.col("end").alias("_p_end"))
    gap = pl.col("text").str.slice(pl.col("end"), (pl.col("_p_start") - pl.col("end")).clip(0))
    coordinated = (
        before.join(nearest, on="_tid")
        .filter(pl.col("end") <= pl.col("_p_start"), gap.str.contains(_COORDINATED_GAP))
        .sort(["_tid", "start", "actor_key"], descending=[False, True, False])
        .unique("_tid", keep="first", maintain_order=True)
        .select("_tid", pl.col("actor_key").alias("_first_subject"), "_p_start")
    )
    subject_counterparts = coordinated.join(initiators, on="_tid").select(
        "_tid", pl.col("_p_start").alias("start"), pl.col("initiator_actor_key").alias("actor_key"))
    # "A invited B to visit": B makes the visit, A is the other side of it
    inviters = (
        before.join(nearest, on="_tid")
        .filter(pl.col("end") <= pl.col("_p_start"), gap.str.contains(r"(?-u:\b)invit(?:ed|es|ing) $"),
                pl.col("_p_start") - pl.col("end") <= 60)
        .select("_tid", "start", "actor_key")
    )
    subject_counterparts = subject_counterparts.vstack(inviters)
    initiators = initiators.join(coordinated, on="_tid", how="left").select(
        "_tid", pl.coalesce("_first_subject", "initiator_actor_key").alias("initiator_actor_key"))
    # counterparts end where the topic or what was said starts after the contact's words ("informed X that ...")
    up_to_topic = pl.col("text").str.slice(pl.col("trigger_end")).str.extract(
        r"^((?s:.)*?)(?i:(?-u:\b)(?:to discuss|discussed|to talk about|and warned|, where|, to |that)(?-u:\b))", 1)
    counterparts = (
        pairs.with_columns(_topic_start=pl.col("trigger_end") + up_to_topic.str.len_chars())
        .filter(pl.col("start") >= pl.col("trigger_end"))
        .filter(~pl.col("text").str.slice(0, pl.col("start")).str.contains(_SERVED_BY_APPOSITIVE))
        # an owner is no side: "welcomed the Taliban's statement", "met President X's envoy" (a person's span may
        # end before or after the "'s")
        .filter(~pl.col("text").str.slice(pl.col("end") - 2, 5).str.contains(r"^(?:..)?(?:'s|’s) "))
        .filter(pl.col("_topic_start").is_null() | (pl.col("start") < pl.col("_topic_start")))
        .select("_tid", "start", "actor_key")
        .vstack(subject_counterparts)
        .sort("_tid", "start", "actor_key")
        .unique(["_tid", "actor_key"], keep="first", maintain_order=True)
    )
    # "A told B in an hour-long phone call", "A met B's envoy for talks": nobody after the contact's words, so the
    # people just before them are its sides, the first one starting it
    told_before = (
        pairs.filter(pl.col("end") <= pl.col("trigger_start"), pl.col("trigger_start") - pl.col("end") <= 80,
                     pl.col("_person"),
                     # a noun tells the contact itself; after a verb ("X said Y had phoned") the sides are unsaid
                     pl.col("text").str.slice(pl.col("trigger_start"), pl.col("trigger_end") - pl.col("trigger_start"))
                     .str.contains(r"(?i:calls?|talks|meetings?|conversations?|summit|phone|link|conference)$"))
        .join(counterparts.select("_tid").unique(), on="_tid", how="anti")
        .filter(pl.col("actor_key").n_unique().over("_tid") >= 2)
        .sort("_tid", "start", "actor_key")
    )
    first_side = told_before.unique("_tid", keep="first", maintain_order=True).select(
        "_tid", pl.col("actor_key").alias("_first_side"))
    counterparts = counterparts.vstack(told_before.join(first_side, on="_tid").filter(
        pl.col("actor_key") != pl.col("_first_side")).select("_tid", "start", "actor_key"))
    initiators = initiators.join(first_side, on="_tid", how="left").select(
        "_tid", pl.coalesce("_first_side", "initiator_actor_key").alias("initiator_actor_key"))
    # the people a back-reference stands for are the sides: in "A praised B after the two held their first meeting",
    # "... after both leaders spoke by phone", the last two people named before it
    people_before = pairs.filter(pl.col("_person"), pl.col("end") <= pl.col("trigger_start"))
    referred = people_before.filter(pl.col("text").str.contains(r"the two|both")).filter(
        _text_before(pl.col("trigger_start"), 60).str.contains(_BOTH_OF_THEM)
        & ~_text_before(pl.col("trigger_start"), 60).str.contains(_BOTH_OF_THESE_THINGS)
    ).sort("_tid", "start", "actor_key", descending=[False, True, False]).unique(
        ["_tid", "actor_key"], keep="first", maintain_order=True).filter(pl.int_range(pl.len()).over("_tid") < 2)
    referred_first = referred.filter(pl.len().over("_tid") == 2).sort("_tid", "start").unique(
        "_tid", keep="first", maintain_order=True).select("_tid", pl.col("actor_key").alias("_referred_first"))
    counterparts = counterparts.vstack(referred.join(referred_first, on="_tid").filter(
        pl.col("actor_key") != pl.col("_referred_first")).select("_tid", "start", "actor_key"))
    # a contact told in a fronted phrase is the main clause's subject's: in "In a phone call with A, B agrees ...",
    # "During talks with A in Ankara, B said ...", B is A's other side (the first person within a few words after the
    # phrase's comma)
    fronted_end = pl.col("trigger_end") + pl.col("text").str.slice(pl.col("trigger_end")).str.find(", ", literal=True)
    fronted_subject = (
        pairs.filter(pl.col("_person"), pl.col("trigger_start") < 40)
        .filter(pl.col("text").str.slice(0, pl.col("trigger_end")).str.contains(_FRONTED))
        .filter(pl.col("start") > fronted_end, pl.col("start") - fronted_end <= 40)
        .sort("_tid", "start", "actor_key").unique("_tid", keep="first", maintain_order=True)
        .select("_tid", pl.col("actor_key").alias("_fronted_subject"))
    )
    initiators = initiators.join(referred_first, on="_tid", how="full", coalesce=True).join(
        fronted_subject, on="_tid", how="full", coalesce=True).select(
        "_tid", pl.coalesce("_fronted_subject", "_referred_first", "initiator_actor_key").alias("initiator_actor_key"))
    # a visit told in an apposition is the subject's: in "A meets B in Sirte, the first visit to Libya by a ...", A
    # made the visit
    appositive_visits = triggers.with_row_index("_tid").filter(pl.col("contact_type") == "visit").filter(
        pl.col("text").str.slice(pl.col("trigger_start") - pl.min_horizontal(pl.col("trigger_start"), 60),
                                 pl.min_horizontal(pl.col("trigger_start"), 60)).str.contains(_IN_APPOSITION)
    ).select("_tid", "article_id", "sentence_index", "trigger_start").join(
        people.filter(pl.col("_person")).select("article_id", "sentence_index", "start", "actor_key"),
        on=["article_id", "sentence_index"]).filter(pl.col("start") < pl.col("trigger_start")).sort(
        "_tid", "start", "actor_key").unique("_tid", keep="first", maintain_order=True).select(
        "_tid", pl.col("actor_key").alias("_subject"))
    initiators = initiators.join(appositive_visits, on="_tid", how="full", coalesce=True).select(
        "_tid", pl.coalesce("_subject", "initiator_actor_key").alias("initiator_actor_key"))
    contacts = triggers.with_row_index("_tid").join(initiators, on="_tid", how="left")
    counterparts = counterparts.join(contacts.select("_tid", "article_id", "initiator_actor_key"), on="_tid").filter(
        pl.col("initiator_actor_key").is_null() | (pl.col("actor_key") != pl.col("initiator_actor_key"))
    )
    # officials stand for a side only where no person is named: "met President X and Iraqi officials" is X's meeting
    bodies = people.filter(~pl.col("_person")).select("article_id", "actor_key", _body=pl.lit(True)).unique()
    counterparts = counterparts.join(bodies, on=["article_id", "actor_key"], how="left").with_columns(
        _body=pl.col("_body").fill_null(False)).filter(
        ~pl.col("_body") | pl.col("_body").all().over("_tid")).select("_tid", "start", "actor_key")
    # one call per counterpart; other contacts gather all counterparts, and so does a call "between A and B"
    between = pl.col("text").str.slice(pl.col("trigger_end"), 9).str.contains(r"^ between ")
    per_call = counterparts.join(contacts.select("_tid", "contact_type", "text", "trigger_end"), on="_tid").with_columns(
        _split=pl.when((pl.col("contact_type") == "phone_call") & ~between).then(pl.col("start")).otherwise(-1)
    )
    units = per_call.select("_tid", "_split", "actor_key")
    # one side named is a contact too where it needs no other: a visit to a named place ("Pope Francis visits a mosque
    # in Bangui") and the members of a body meeting ("NATO leaders meeting in Lisbon agree ...")
    lone = contacts.join(units.select("_tid").unique(), on="_tid", how="anti").filter(
        pl.col("initiator_actor_key").is_not_null())
    solo = pl.concat([
        # (a visitor is a person or a delegation: "a rocket lands in Sderot" is no visit by the group that fired it)
        lone.filter(pl.col("contact_type") == "visit", pl.col("initiator_actor_key").str.contains(
            r"^person:|:delegation$")).join(
            pl.concat([cities.select("article_id", "sentence_index"), visited.select("article_id", "sentence_index")])
            .unique(), on=["article_id", "sentence_index"], how="semi"),
        # (or an international body: "The Arab League convened an emergency meeting")
        lone.filter(pl.col("contact_type").is_in(["meeting", "talks"]),
                    pl.col("initiator_actor_key").str.contains(r":members$|:factions$|:delegation$|^organization:[^:]+$")),
        # ... and talks with the state they are about ("talks on Cyprus opened in Crans-Montana")
        lone.filter(pl.col("contact_type") == "talks", pl.col("initiator_actor_key").str.starts_with("country:"),
                    trigger_text.str.contains(_BEGUN_IN)),
    ]).with_columns(_split=pl.lit(-1, pl.Int64))
    # the visitor of a visit told alone is the sentence's first person: in "A holds talks with B in Pyongyang, the
    # highest-level American visit to the country" the visit is A's
    subjects = solo.filter(pl.col("contact_type") == "visit").select("_tid", "article_id", "sentence_index").join(
        people.filter(pl.col("_person")).select("article_id", "sentence_index", "start", "actor_key"),
        on=["article_id", "sentence_index"]).sort("_tid", "start", "actor_key").unique(
        "_tid", keep="first", maintain_order=True).select("_tid", pl.col("actor_key").alias("_visitor"))
    solo = solo.join(subjects, on="_tid", how="left").with_columns(
        initiator_actor_key=pl.coalesce("_visitor", "initiator_actor_key")).drop("_visitor")
    contacts = contacts.join(units.select("_tid", "_split").unique(), on="_tid", how="inner")
    contacts = pl.concat([contacts, solo.select(contacts.columns).cast(contacts.schema)])
    published = sentences.select("article_id", "published_at").unique("article_id")
    incident_words = any_trigger_pattern(reference)
    not_theirs = pl.concat([
        _dates_of_the_other_status(contacts, dates),
        _told_after_another_event(contacts, dates.rename({"date_start": "_at"}), incident_words).rename(
            {"_at": "date_start"}),
        _dates_of_incident_nouns(contacts, dates, incident_words),
        _dates_after_publication(contacts, dates, published),
    ]).unique()
    contacts = resolve_forward_when_planned(
        nearest_date(contacts, dates, "trigger_start", not_theirs)
        .join(published, on="article_id", how="left")).drop("published_at")
    topic = pl.col("text").str.slice(pl.col("trigger_end")).str.extract(_TOPIC, 1)
    other_events_places = _told_after_another_event(contacts, cities.rename({"city_start": "_at"}), incident_words)
    place_hits = contacts.select("_tid", "_split", "article_id", "sentence_index", "trigger_start").join(
        cities, on=["article_id", "sentence_index"]).join(
        other_events_places.rename({"_at": "city_start"}), on=["_tid", "city_start"], how="anti").with_columns(
        _d=(pl.col("city_start") - pl.col("trigger_start")).abs()).sort("_d", "city_start", "city_text").unique(["_tid", "_split"],
                                                                                   keep="first")
    contacts = contacts.join(place_hits.select("_tid", "_split", pl.col("city_text").alias("_city")),
                             on=["_tid", "_split"], how="left")
    contacts = contacts.with_columns(
        topic=topic.str.strip_chars(),
        contact_date=pl.col("date_on"),
        place=pl.coalesce(pl.col("text").str.extract(r"(?-u:\b)(?:at|in) the (White House|Oval Office|Kremlin|Elysee Palace|United Nations)"), "_city"),
    )
    # a visit to a country names no city: the country is its place
    contacts = contacts.join(visited, on=["article_id", "sentence_index"], how="left").with_columns(
        place=pl.when(pl.col("contact_type") == "visit").then(pl.coalesce("place", "_visited")).otherwise("place")
    ).drop("_visited").sort("article_id", "sentence_index", "trigger_start", "contact_type", "_split")
    contacts = contacts.with_columns(contact_index=pl.int_range(pl.len(), dtype=pl.Int32).over("article_id"))
    participants = pl.concat([
        contacts.filter(pl.col("initiator_actor_key").is_not_null()).select(
            "article_id", "contact_index", pl.col("initiator_actor_key").alias("actor_key"),
            pl.lit("initiator").alias("participant_role")),
        contacts.select("article_id", "contact_index", "_tid", "_split").join(units, on=["_tid", "_split"]).select(
            "article_id", "contact_index", "actor_key", pl.lit("counterpart").alias("participant_role")),
    ]).unique(["article_id", "contact_index", "actor_key"], keep="first", maintain_order=True).sort(
        "article_id", "contact_index", "participant_role", "actor_key")
    return contacts, participants


def counterpart_countries(contacts: pl.DataFrame, participants: pl.DataFrame, actors: pl.DataFrame,
                          cities: pl.DataFrame) -> pl.DataFrame:
    """(article_id, actor_key, country_code) for counterparts the article gives no country of their own.

    The contact's sentence says where they come from: the country of the city the contact takes place in ("met with
    President X today in Lusaka, Zambia"), else the country named nearest to them in that sentence ("the relationship
    between the United States and Brazil", "German Federal Minister of Defense X"), the initiator's own excepted.
    """
    people = actors.filter(pl.col("actor_kind") == "person")
    known = people.filter(pl.col("country_code").is_not_null()).select("article_id", "actor_key").unique()
    first_country = people.filter(pl.col("country_code").is_not_null()).sort(
        "article_id", "actor_key", "sentence_index", "start").group_by("article_id", "actor_key").agg(
        pl.col("country_code").first().alias("_initiator_country"))
    counterparts = (
        participants.filter(pl.col("participant_role") == "counterpart")
        .join(known, on=["article_id", "actor_key"], how="anti")
        .join(contacts.select("article_id", "contact_index", "sentence_index", "initiator_actor_key", "contact_type"),
              on=["article_id", "contact_index"])
        .join(first_country.rename({"actor_key": "initiator_actor_key"}), on=["article_id", "initiator_actor_key"],
              how="left")
        .join(people.select("article_id", "sentence_index", "actor_key", pl.col("start").alias("_at")),
              on=["article_id", "sentence_index", "actor_key"])
    )
    if counterparts.is_empty():
        return pl.DataFrame(schema={"article_id": pl.String, "actor_key": pl.String, "country_code": pl.String})
    places = pl.concat([
        cities.filter(pl.col("country_code").is_not_null()).select(
            "article_id", "sentence_index", pl.col("city_start").alias("_where"), "country_code",
            pl.lit(0, pl.Int32).alias("_kind")),
        actors.filter(pl.col("actor_kind") == "country", pl.col("country_code").is_not_null()).select(
            "article_id", "sentence_index", pl.col("start").alias("_where"), "country_code",
            pl.lit(1, pl.Int32).alias("_kind")),
    ])
    candidates = counterparts.join(places, on=["article_id", "sentence_index"]).filter(
        pl.col("_initiator_country").is_null() | (pl.col("country_code") != pl.col("_initiator_country")),
        # talks are held on neutral ground ("peace talks in Doha", "in Geneva"): their city says nothing of the sides
        (pl.col("_kind") == 1) | (pl.col("contact_type") != "talks"))
    return (
        candidates.with_columns(_distance=(pl.col("_where") - pl.col("_at")).abs())
        .sort("article_id", "actor_key", "sentence_index", "_kind", "_distance", "_where", "country_code")
        .unique(["article_id", "actor_key"], keep="first", maintain_order=True)
        .select("article_id", "actor_key", "country_code")
    )
