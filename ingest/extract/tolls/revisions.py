"""Revised, put and claimed tolls: "the toll rose to 12", "officials put the toll at 9", a count claimed by a
group, a first report, a monitor's or another source's count, and a count over a span of time (background)."""

import polars as pl

from ingest.extract.text import guarded

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
# a qualifier a reading may open on ("about 300 were killed")
_QUALIFIER = r"(?:(?:at least|about|some|around|nearly|more than|only) )?"
# a claimant's own count told after the first stated toll: "Police say three soldiers are killed; the group, claiming
# the attack, says it killed 11" (another source's count, as a monitor's)
# ("..., although the group claims to have killed seven soldiers")
_CLAIMED_COUNT = (r"(?i:(?-u:\b)(?:(?:says?|said|claims?|claimed|claiming) (?:that )?(?:it|they|its fighters|its men)"
                  r" (?:had |has |have )?|(?:claims?|claimed|claiming) to have )$)")


# a count first reported, told before its correction ("sources first reported five dead and 30 injured", "correcting
# early reports of two dead", "initial reports said 12 people had died")
_FIRST_REPORT = (r"(?i:(?-u:\b)(?:(?:first|initially|originally|earlier) (?:reported|said|gave|counted|announced|put)"
                 # ("Early reports had put the toll at five": the reading opens on "put")
                 r"|(?:early|earlier|initial|first|preliminary|original) (?:reports?|figures?|counts?|tolls?)"
                 r"(?: (?:had|have|has))?(?: (?:of|said|put|gave|spoke of))?)(?: that)?"
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
    # (another source's own count of the dead in a clause of its own after a toll of its sentence: "Officials put the
    # toll at 28, while the army says 22 were killed", "Police put the toll at 14, but residents say 42 bodies were
    # counted"; a count of the dead only, not of a side: "..., while the army said 12 militants died" is another part)
    said = (pl.col("kind") == "killed") & guarded(text, ["say", "said", "report", "count"]).str.slice(
        0, pl.col("c_start")).str.contains(
        r"(?i:(?-u:\b)(?:says?|said|reports?|reported|counts?|counted)(?: that)? (?:(?:at least|about|some|around|nearly"
        r"|more than|only) )?$)") & text.str.slice(pl.col("c_start"), pl.col("c_end") - pl.col("c_start")).str.contains(
        # (the reading may open on its qualifier: "while residents say about 300 were killed")
        rf"^{_QUALIFIER}[^\s,]+(?: (?:people|persons|bodies|dead|victims))?(?: (?:were|are|had been|have been|was))?"
        r"(?: killed| dead| died| had died| have died)?$") & text.str.slice(pl.col("c_start"), 80).str.contains(
        rf"^{_QUALIFIER}[^\s,]+ (?:people|persons|bodies|dead|victims|were killed|are dead|were dead|had been killed|have been killed"
        r"|died|had died|have died)(?-u:\b)")
    monitor = put | claimed | counted | said
    # ("Five soldiers were killed ..., and an earlier attack in the same area killed nine": that attack's toll)
    earlier = guarded(text, ["earlier", "previous", "prior"]).str.slice(0, pl.col("c_start")).str.contains(
        r"(?i:(?-u:\b)(?:an?|the) (?:earlier|previous|prior) [^,;.]{0,60}? $)") & text.str.slice(
        pl.col("c_start"), 10).str.contains(r"^(?:killed|kills|left|wounded|injured) ")
    # ("..., on a day when roadside bombs also killed a Canadian soldier": the day's other event, not this one)
    same_day = guarded(text, ["day when", "day that", "day on which", "same day"]).str.slice(0, pl.col("c_start")).str.contains(
        r"(?i:(?-u:\b)on (?:a|the same) day (?:when|that|on which) [^,;.]{0,80}? $)")
    span = span | earlier | same_day
    flagged = keyed.filter(span.fill_null(False) | monitor.fill_null(False))
    # (a count said by another source is an alternative only in a clause set against the toll: "..., while the army says
    # 22 were killed"; "...; the army says five people died" is left as told)
    flagged = flagged.filter(~(said & ~(put | claimed | counted)).fill_null(False) | pl.col("text").str.slice(
        0, pl.col("c_start")).str.contains(r"(?-u:\b)(?:while|whereas|but) [^,;.]{1,60}? $"))
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
    # (a claimant's boast is a high bound only, never a toll of its own: "the group claims to have killed dozens of
    # soldiers" with no other count leaves the least unknown)
    boast_rows = keyed.filter((claimed & text.str.slice(0, pl.col("c_start")).str.contains(
        r"(?i:(?-u:\b)claim(?:s|ed|ing)? to have $)")).fill_null(False))["_r"]
    boast = pl.col("_r").is_in(boast_rows.implode())
    return found.with_row_index("_r").filter(~pl.col("_r").is_in(span_rows.implode())).with_columns(
        alt=pl.col("_r").is_in(monitor_rows.implode()) | boast, put=pl.col("_r").is_in(put_rows.implode()),
        n_min=pl.when(boast).then(None).otherwise("n_min")).drop("_r")
