"""The assembly that binds each toll read in a sentence to its incident (the nearest trigger word, or the
incident told just before), and the final killed and wounded counts of each incident."""

import polars as pl

from ingest.extract.tolls._common import _ANOTHER_TIME_OR_EVENT


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
    # (... or with no word but its own, which opens its sentence: "There were no casualties", where "no casualties" is
    # itself an incident word; not "The air force strikes two posts, with no casualties reported")
    own_text = incidents.select("article_id", "sentence_index", "text").unique(["article_id", "sentence_index"])
    zero = keyed.filter(pl.col("n_max") == 0).join(own_text, on=["article_id", "sentence_index"], how="left")
    opens = pl.col("text").fill_null("").str.slice(0, pl.col("c_start")).str.contains(
        r"^(?:[Tt]here (?:were|was|are|is|have been|has been|had been) )?$")
    other_word = zero.join(anchors.filter(pl.col("a_iid").is_not_null()), on=["article_id", "sentence_index"]).filter(
        ~opens | (pl.col("a_start") < pl.col("c_start")) | (pl.col("a_end") > pl.col("c_end"))).select("_cand")
    zero_only_excluded = zero.join(other_word, on="_cand", how="anti").select(keyed.columns)
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
    # (not one after a count of its kind in its own sentence, which it adds to: "Four officers died at the scene and one
    # more died later" goes where those four go)
    based = keyed.filter(pl.col("more")).join(keyed.filter(~pl.col("more"), ~pl.col("other")).select(
        "article_id", "sentence_index", "kind", pl.col("c_end").alias("_be")), on=["article_id", "sentence_index", "kind"]
    ).filter(pl.col("_be") <= pl.col("c_start")).select("_cand").unique()
    continued = pl.concat([without_words, keyed.filter(pl.col("more")).join(based, on="_cand", how="anti")]).unique(
        "_cand").with_columns(
        pl.col("sentence_index").cast(pl.Int32)).join(previous, on=["article_id", "sentence_index"]).select("_cand", "_iid")
    nearest = _one_event_participle(keyed, anchors, incidents, nearest)
    # "stabs three men to death in his flat, then shoots dead three more people near the campus": a toll of "more"
    # serves the incident of the toll before it in its sentence, not the nearest word of its own verb
    prior = keyed.filter(~pl.col("more"), ~pl.col("adds"), ~pl.col("other")).join(nearest, on="_cand").select(
        "article_id", "sentence_index", "kind", pl.col("c_start").alias("_ps"), pl.col("c_end").alias("_pe"),
        pl.col("_iid").alias("_piid"))
    redirect = keyed.filter(pl.col("more"), ~pl.col("other")).select(
        "_cand", "article_id", "sentence_index", "kind", "c_start").join(
        prior, on=["article_id", "sentence_index", "kind"]).filter(pl.col("_pe") <= pl.col("c_start")).sort(
        "_cand", "_ps").group_by("_cand").agg(pl.col("_piid").last())
    nearest = nearest.join(redirect, on="_cand", how="left").select(
        "_cand", pl.coalesce("_piid", "_iid").alias("_iid"))
    # a toll that adds to the one before it in its sentence serves that one's incident too ("killing seven soldiers; an
    # hour later a second mine and ambush hit troops nearby, killing a soldier": the line's toll is eight), and still its
    # own word's (the second scene keeps its toll)
    also = keyed.filter(pl.col("adds"), ~pl.col("more"), ~pl.col("other")).select(
        "_cand", "article_id", "sentence_index", "kind", "c_start").join(
        prior, on=["article_id", "sentence_index", "kind"]).filter(pl.col("_pe") <= pl.col("c_start")).sort(
        "_cand", "_ps").group_by("_cand").agg(pl.col("_piid").last()).select("_cand", pl.col("_piid").alias("_iid"))
    bound = pl.concat([nearest, continued, also]).unique()
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
    # (... unless the later word is of the first's own kind, its detail: "Masked men blow up a pipeline. Two bombs
    # were planted and there were no casualties")
    near = occurred_keyed.join(occurred.select("_iid", "text"), on="_iid").filter(
        ~pl.col("text").str.contains(_ANOTHER_TIME_OR_EVENT)).join(
        first_any.select("article_id", pl.col("_iid").alias("_first"), pl.col("sentence_index").alias("_fs"),
                         pl.col("trigger_start").alias("_ft"), pl.col("_family").alias("_ff")), on="article_id").filter(
        (pl.col("_iid") != pl.col("_first")) & (pl.col("sentence_index") - pl.col("_fs") <= 1)
        & ((pl.col("sentence_index") > pl.col("_fs"))
           | ((pl.col("sentence_index") == pl.col("_fs")) & (pl.col("trigger_start") > pl.col("_ft"))))).join(
        retold.select("_iid"), on="_iid", how="anti").select("_iid", "_first", "trigger_start", "text",
                                                             _ns=pl.col("sentence_index"),
                                                             _same_kind=pl.col("_family") == pl.col("_ff"))
    own_zero = (pl.col("n_max") == 0) & ~pl.col("_same_kind") & (pl.col("sentence_index") == pl.col("_ns")) & (
        pl.col("trigger_start") <= pl.col("c_start")) & ~pl.col("text").str.slice(
        pl.col("trigger_start"), (pl.col("c_start").cast(pl.Int64) - pl.col("trigger_start").cast(pl.Int64)).clip(0)
    ).str.contains(";", literal=True)
    # (but a zero a claimant's count disputes is of the attack told before: "Residents say no one is hurt, although
    # the group claims to have killed seven soldiers")
    disputed = keyed.filter(pl.col("alt"), pl.col("kind") == "killed").select("article_id", "sentence_index").unique().with_columns(
        _disputed=pl.lit(True))
    # (never the toll of an earlier event its clause tells: "The army confirms the raids, which follow a rocket that
    # killed a farm worker" lends the first strikes nothing)
    earlier_told = keyed.filter(pl.col("earlier_event_from").is_not_null()).select("_cand")
    lent = pl.concat([
        bound.join(retold, on="_iid").select("_cand", pl.col("_first").alias("_iid")),
        bound.join(near, on="_iid").join(keyed.select("_cand", "n_max", "c_start", "article_id", "sentence_index"),
                                         on="_cand").join(disputed, on=["article_id", "sentence_index"], how="left").filter(
            ~own_zero.fill_null(False) | pl.col("_disputed").fill_null(False)).select("_cand", pl.col("_first").alias("_iid"))]
    ).join(earlier_told, on="_cand", how="anti")
    return keyed.join(pl.concat([bound.with_columns(forward=pl.lit(False)),
                                 pl.concat([forward, lent]).with_columns(forward=pl.lit(True))]),
                      on="_cand").drop("_cand")
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
