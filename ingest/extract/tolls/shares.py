"""Tolls told in shares and added clauses: a pronoun that dies later ("He died of his wounds"), a fatal share
of a count ("two of them fatally"), and a second clause that adds to a toll ("..., while two attackers died")."""

import polars as pl

from ingest.extract.reference import Reference
from ingest.extract.text import find_matches
from ingest.extract.tolls._common import _ATTACKER_SUBJECT, _THE_ATTACKERS
from ingest.extract.tolls.numbers import parse_quantity

# one person's death told by a pronoun in a sentence of its own: "A man stabbed X in the street. She died of her
# wounds." (not "He died for his country", "She dies in the film")
_PRONOUN_DEATH = (r"^(?:He|She) (?:later |subsequently |eventually |then |soon )?(?:died|dies|succumbed|succumbs)"
                  r"(?:$|[,.;]| (?:of|from|in|on|at|after|before|hours|days|shortly|later|to|while|the)(?-u:\b))")

# a force firing on the man who then died: he was the attacker it met, not a victim of the attack
_FORCE_FIRED = (r"(?i:(?-u:\b)(?:police|policemen|officers|soldiers|troops|security forces|guards|gendarmes|agents)"
                r"(?: [\p{L}\-]+){0,2} (?:shot|shoot|shoots|opened fire|open fire|fired|wounded|wound|wounds|killed|gunned))")


def _pronoun_death(found: pl.DataFrame, base: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """ "X was stabbed ... She died of her wounds.": the one wounded the sentence before is one dead (its wounded row
    becomes a killed row); with no one wounded told there, the pronoun's sentence tells one dead."""
    dies = base.filter(pl.col("text").str.starts_with("He ") | pl.col("text").str.starts_with("She ")).filter(
        pl.col("text").str.contains(_PRONOUN_DEATH)).select(
        "article_id", "sentence_index", _len=pl.col("text").str.extract(_PRONOUN_DEATH, 0).str.len_chars())
    # ("... and shot X as he read the newspaper; he died in hospital hours later": the pronoun's clause after a
    # semicolon, in a sentence with no other count of the dead or the hurt)
    in_clause = find_matches(base.filter(pl.col("text").str.contains_any(["; he ", "; she "])),
                             _PRONOUN_DEATH.replace("^(?:He|She)", "; (?:he|she)"), "m").join(
        found.select("article_id", "sentence_index").unique(), on=["article_id", "sentence_index"], how="anti").filter(
        # (not the attacker shot by the force he met: "Police shot a man who stabbed a guard; he died in hospital")
        ~pl.col("text").str.slice(0, pl.col("m_start")).str.contains(
            _FORCE_FIRED)).select(
        "article_id", "sentence_index", pl.lit("killed").alias("kind"), pl.lit(1, pl.Int32).alias("n_min"),
        pl.lit(1, pl.Int32).alias("n_max"), (pl.col("m_start") + 2).cast(pl.Int64).alias("c_start"),
        pl.col("m_end").cast(pl.Int64).alias("c_end"))
    if dies.is_empty():
        return pl.concat([found, in_clause], how="diagonal_relaxed").with_columns(
            [pl.col(c).fill_null(False) for c in ("backward", "other", "more", "adds", "shared", "sequel", "subject", "alt",
                                                  "put", "_apart")])
    # (no toll of the dead of its own in it, nor any before: "Four died at the scene. He died later" is no one more)
    # (not where a death is counted in the pronoun's sentence or the one before)
    counted = found.filter(pl.col("kind") == "killed").select("article_id", "sentence_index").unique()
    dies = dies.join(counted, on=["article_id", "sentence_index"], how="anti").join(
        counted.select("article_id", (pl.col("sentence_index") + 1).cast(dies.schema["sentence_index"])),
        on=["article_id", "sentence_index"], how="anti")
    # (not the attacker shot by the force he met: "Police shot a man who attacked officers with a knife. He died in
    # hospital.")
    # (the force's fire at one who is no attacker is told as such: "Gendarmes fired at a pupil inside their post. He died
    # of his wounds on Friday.")
    dies = dies.join(sentences.select("article_id", (pl.col("sentence_index") + 1).cast(dies.schema["sentence_index"]),
                                      pl.col("text").alias("_prev")), on=["article_id", "sentence_index"], how="left").filter(
        ~(pl.col("_prev").fill_null("").str.contains(
            _FORCE_FIRED)
          & ~pl.col("_prev").fill_null("").str.contains(
              r"(?i:(?:fired|opened fire|shot) (?:a burst of gunfire |a burst |shots )?(?:at|on) (?:an? |the )?(?:[\p{Ll}\-]+ )?"
              r"(?:pupil|student|schoolboy|schoolgirl|boy|girl|child|teenager|protester|demonstrator|bystander|passer-by"
              r"|journalist|photographer|farmer|worker)(?-u:\b))")))
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
        pl.lit(1, pl.Int32).alias("n_max"), pl.lit(0, pl.Int64).alias("c_start"), pl.col("_len").cast(pl.Int64).alias("c_end")),
        in_clause], how="diagonal_relaxed").with_columns(
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
        # ("cut the throats of seven villagers in X on Monday night and killed three people in Y the next day", "shot
        # dead X and her husband ..., and in a separate attack killed the husband of another worker": the same doer's
        # verb again, its subject left out, in sequence)
        | (own.str.contains(r"^(?:killed|kills|shot dead|shoots dead|murdered|murders|wounded|wounds|injured|injures)(?-u:\b)")
           & pl.col("text").str.slice(pl.col("_e"), (pl.col("c_start") - pl.col("_e")).clip(0)).str.contains(
               r"^[^;:.]{0,160}?(?:,? and|, and,?) (?:in a separate (?:attack|incident|raid|shooting),? )?$"))
        # ("seriously wounding a policeman and hurting two passers-by": a second participle of the kind after a first,
        # more hurt)
        # ("shooting dead the driver and two passengers and killing a fourth person with an axe": the dead too)
        | (own.str.contains(r"^(?:wounding|injuring|hurting|killing|wounded|injured) ")
           & pl.col("text").str.slice(pl.col("_s"), 14).str.contains(r"^(?:wounding|injuring|hurting|killing|wounded"
                                                                     r"|injured|shooting dead|gunning down|stabbing|hacking) ")
           & pl.col("text").str.slice(pl.col("_e"), (pl.col("c_start") - pl.col("_e")).clip(0)).str.contains(
               r"^(?: [^\s,;:.]+){0,4}?,? and (?:\p{Ll}+ly )?$")))["_r"].unique()
    # "A roadside bomb killed six soldiers, while another bomb in X killed two": a second device or attack told by a
    # clause of its own, its toll added
    # ... or each of two told in turn: "two car bombs went off, one killing nine people and the other killing six"
    in_turn = (pl.col("text").str.slice(0, pl.col("_s")).str.contains(r"(?:^|, )(?i:one)(?: of them)?,? $")
               & pl.col("text").str.slice(pl.col("_e"), (pl.col("c_start") - pl.col("_e")).clip(0)).str.contains(
                   r"^[^;:.]{0,80}?(?:,? and|, while|;) the (?:other|second|latter)(?: one)?,? $"))
    second = keyed.filter(~pl.col("subject"), ~pl.col("adds"), ~pl.col("other"), ~pl.col("more")).join(
        found.select("article_id", "sentence_index", "kind", pl.col("c_start").alias("_s"), pl.col("c_end").alias("_e")),
        on=["article_id", "sentence_index", "kind"]).filter(
        pl.col("_e") <= pl.col("c_start"),
        own.str.contains(r"^(?:killed|kills|kill|killing|wounded|wounds|wound|injured|injures|left)(?-u:\b)"),
        in_turn | pl.col("text").str.slice(pl.col("_e"), (pl.col("c_start") - pl.col("_e")).clip(0)).str.contains(
            # (an abbreviation's points are no sentence's end: "two U.S. soldiers")
            r"^(?:\p{Lu}\.|[^;:.]){0,80}?(?:, (?:while|whereas|and)|;) (?:(?:an hour|hours|minutes|moments|shortly|soon) (?:later|after),? )?"
            r"(?:(?:another|a second|a third|a further|further|more) [^,;:.]{1,80}?"
            # ("..., while a separate rocket attack on a U.S. base kills ...")
            r"|an? separate (?:\p{Lu}\.|[^,;:.]){1,100}?"
            # ("..., while in Samarra a car bomb outside the council kills three", "; near X, a blast kills five men": a
            # second scene told by its place and its device)
            r"|(?:(?:in|near|at|outside) [^,;:.]{1,40}?,? )?(?:an?|the) (?:[^\s,;:.]+ ){0,3}(?:bomb|blast|explosion|strike"
            r"|shell|rocket|missile|mine|grenade|drone)s?(?: [^,;:.]{1,60}?)?),? $"),
        # (not another source's count of the same: "; the Pentagon says its strike killed nine fighters")
        ~pl.col("text").str.slice(pl.col("_e"), (pl.col("c_start") - pl.col("_e")).clip(0)).str.contains(
            r"(?-u:\b)(?:say|says|said|claim|claims|claimed|according|reports?|reported|put|puts)(?-u:\b)"))["_r"].unique()
    # "A gunman kills four employees of a shop, after first shooting his former girlfriend dead": a killing told as
    # done first, beside another toll of its kind, adds to it
    done_first = keyed.filter(~pl.col("adds"), ~pl.col("other"), ~pl.col("more"), pl.col("text").str.slice(
        0, pl.col("c_start")).str.contains(r"(?i:(?-u:\b)(?:after|having) first $)")).join(
        found.select("article_id", "sentence_index", "kind", pl.col("c_start").alias("_s"), pl.col("c_end").alias("_e")),
        on=["article_id", "sentence_index", "kind"]).filter(
        (pl.col("_e") <= pl.col("c_start")) | (pl.col("_s") >= pl.col("c_end")))["_r"].unique()
    flagged = pl.concat([flagged, sequence, second, done_first]).unique()
    # ("Two bombings killed 11 people on Sunday: a car bomber killed eight ..., and a second bomber killed three": the
    # parts of a total told before a colon are no more dead)
    breakdown = keyed.join(earlier, on=["article_id", "sentence_index", "kind"]).filter(
        pl.col("_e") <= pl.col("c_start"), pl.col("_n") > pl.col("n_min"),
        pl.col("text").str.slice(pl.col("_e"), (pl.col("c_start") - pl.col("_e")).clip(0)).str.contains(
            r"^[^;:.]{0,80}: "))["_r"].unique()
    flagged = flagged.filter(~flagged.is_in(breakdown.implode()))
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
