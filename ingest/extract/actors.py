"""Actor mentions: people (from title patterns), countries, armed groups, organisations.

Works on the prepared sentence frame (see ingest.extract.prepare_sentences): article_id, sentence_index,
text (whitespace-normalised sentence), sentence_start, published_at, writer_country, evidence.
Offsets in the returned frame (`start`, `end`) are relative to the sentence.
"""

import re

import polars as pl

from ingest.extract.reference import Reference
from ingest.extract.text import alternation, find_all, lowered

MENTION_COLUMNS = ["article_id", "sentence_index", "start", "end", "mention_text", "actor_key", "actor_name",
                   "actor_kind", "country_code", "sector", "role_title"]

_NAME_TOKEN = r"\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*\.?"
_PARTICLE = r"(?:bin|bint|ibn|al|el|de|da|del|der|van|von|du|la|le|di|dos|ben)"
# Arabic family names with a lowercase article: "Abdel Fattah el-Sisi", "Mohammed Shia al-Sudani"
_ARTICLE_NAME = r"(?:al|el|ad|ash|as|at|az|ar|an)-\p{Lu}?[\p{L}'’]+"
# (two particles: "Ursula von der Leyen", "Rafael de la Cruz")
_NAME = rf"{_NAME_TOKEN}(?: (?:(?:{_PARTICLE} ){{0,2}}{_NAME_TOKEN}|{_ARTICLE_NAME})){{0,4}}(?:,? Jr\.)?"
_KIND_RANK = {"person": 4, "armed_group": 4, "organization": 3, "country": 1}
# military ranks before a name are no part of it: "spokesman Rear Admiral Daniel Hagari", "Maj. Gen. Pat Ryder"
_RANKS = (r"(?:Rear|Vice) Admiral|Admiral|Adm\.|(?:Lieutenant|Major|Brigadier) General|(?:Lt|Maj|Brig)\. Gen\.|Gen\."
          r"|General|Lieutenant Colonel|Lt\. Col\.|Colonel|Col\.|Maj\.|Captain|Capt\.|Lt\.|Sergeant|Sgt\.|Cmdr\."
          r"|Field Marshal")


def normalise_name(expr: pl.Expr) -> pl.Expr:
    """Cross-article identity of a name: lowercase, no diacritics or initials, "Al Kadhimi" = "al-kadhimi"."""
    n = expr.str.normalize("NFKD").str.replace_all(r"\p{M}", "").str.to_lowercase()
    n = n.str.replace_all(r"[’‘`]", "'").str.replace_all(r",? jr\.?$", "").str.replace_all(r"(?-u:\b)\p{L}\.\s*", "")
    n = n.str.replace_all(r"(?-u:\b)(?:al|el)[- ]", "al-")
    return n.str.replace_all(r"\s+", " ").str.strip_chars(" .,'")


def _country_lookup(reference: Reference, surface: str, prefix: str) -> pl.DataFrame:
    return reference.countries.select(
        pl.col("surface").alias(surface), pl.col("country_code").alias(f"{prefix}_code")
    )


def _people(sentences: pl.DataFrame, reference: Reference, bodies: pl.DataFrame | None = None) -> pl.DataFrame:
    cp = reference.country_pattern
    title = reference.role_title_pattern
    hon = reference.honorific_pattern
    # Two stages keep the regex engine on its fast path: first the title phrase up to the name's first
    # capital, then the name itself, anchored, on a short slice of text next to it.
    # "Coordinating Minister for Maritime Affairs and Investment X": modifiers before the title and the portfolio
    # after it belong to the role, so the name starts after them; so does whom they serve, with "the" ("Advisor to
    # the Prime Minister X" is the adviser; "Adviser to President X" names the president)
    # Modifiers before a title ("Coordinating Minister") are read after the match, from the text before it: a group
    # at the front of title_first costs its regex a quarter of its time. After ", " they are in the pattern, any
    # case ("incoming National Security Advisor").
    before_title = rf"((?:(?:{reference.title_modifier_pattern}) )+)$"
    any_case_mod = rf"(?P<mod>(?:(?i:{reference.title_modifier_pattern}) )*)"
    pw = reference.portfolio_pattern
    portfolio = rf"(?P<portfolio>(?: (?:of|for) (?:the )?(?:{pw})(?:(?:,| and| &| of| of the| for)? (?:{pw}))*)?)"
    # The country before the title ("Iraqi President", "Japan's Prime Minister") is read after the match, from
    # the text before it: an optional country alternation in front of the title keeps the engine off its
    # literal fast path.
    title_first = (
        rf"(?:[Tt]he )?(?P<title>(?-u:\b)(?i:{title}))"
        rf"{portfolio}(?P<serves> to the (?i:{title})(?: of (?:[Tt]he )?(?P<sc>{cp}))?)?"
        rf"(?: (?P<prep>of|to|for) (?:[Tt]he )?(?P<tc>{cp}))?,? (?:(?:{hon}) )*\p{{Lu}}"
    )
    # (a whole word: "UNITA commander" is no Italian commander)
    country_before_title = rf"(?:^|[^\p{{L}}])(?P<words>(?P<cp>{cp})(?:'s|’s)?(?: \([A-Z]{{2,6}}\))? )$"
    name_after = rf"^(?P<name>{_NAME})(?: of (?:[Tt]he )?(?P<oc>{cp}))?"
    # "X, Chief Diplomatic Advisor to the President of Spain": serving another country's leader makes it theirs
    name_first = (
        rf", (?:the )?(?:(?P<cp>{cp})(?:'s|’s)? )?{any_case_mod}(?P<title>(?-u:\b)(?i:{title}))(?-u:\b){portfolio}"
        rf"(?: (?P<prep>of|to|for) (?:the )?(?P<tc>{cp}))?"
    )
    # read after the mention, so the leader's own name stays a mention of its own
    serves = rf"^ to (?:the )?(?i:{title})(?: {_NAME})? of (?:the )?({cp})"
    name_before = rf"(?:(?:{hon}) )*(?P<name>{_NAME})$"
    roles = reference.titles.filter(pl.col("title_kind") == "role")["title"].to_list()
    base = sentences.select("article_id", "sentence_index", "text", "published_at").filter(
        pl.col("text").str.contains_any(roles, ascii_case_insensitive=True))  # cheap: no title, no person
    keep = ["article_id", "sentence_index", "text", "published_at", "mention_text", "mention_text_start",
            "mention_text_end", "_name_start", "cp", "mod", "title", "portfolio", "prep", "tc", "bc", "sc", "serves", "name", "oc"]

    anchors = find_all(base, title_first, match_col="anchor")
    anchors = anchors.with_columns(_g=pl.col("anchor").str.extract_groups(title_first)).unnest("_g")
    name_start = pl.col("anchor_end") - 1
    tail = pl.col("text").str.slice(name_start, 120)
    anchors = anchors.with_columns(_n=tail.str.extract_groups(name_after), _whole=tail.str.extract(name_after, 0))
    # A "name" that is itself a titled phrase belongs to the next title's match: after a country ("with the
    # President, Canadian Prime Minister Justin Trudeau") or after "counterpart" ("his Chinese counterpart, Foreign
    # Minister Wang Yi"). "Supreme Leader Ayatollah Ali Khamenei" keeps its name.
    titled_phrase = rf"^(?:(?P<country>{cp})(?:'s|’s)? )?(?P<first_title>(?i:{title})) \p{{Lu}}"
    anchors = anchors.unnest("_n").filter(pl.col("name").is_not_null())
    starts_titled = pl.col("name").str.extract_groups(titled_phrase)
    anchors = anchors.filter(
        ~(pl.col("name").str.count_matches(" ") >= 2)
        | starts_titled.struct.field("first_title").is_null()
        | (starts_titled.struct.field("country").is_null() & (pl.col("title").str.to_lowercase() != "counterpart"))
    ).with_columns(bc=pl.lit(None, pl.String))
    head_text = pl.col("text").str.slice(pl.col("anchor_start") - pl.min_horizontal(pl.col("anchor_start"), pl.lit(60)),
                                         pl.min_horizontal(pl.col("anchor_start"), pl.lit(60)))
    country_before = head_text.str.extract_groups(country_before_title)
    anchors = anchors.with_columns(_country_words=country_before.struct.field("words"),
                                   cp=country_before.struct.field("cp"))
    # (no country before the title: a modifier would have stood between them)
    anchors = anchors.with_columns(mod=pl.when(pl.col("cp").is_null()).then(head_text.str.extract(before_title, 1)))
    anchors = anchors.with_columns(anchor_start=pl.col("anchor_start") - pl.col("_country_words").str.len_chars()
                                   .fill_null(0) - pl.col("mod").str.len_chars().fill_null(0))
    title_first_rows = anchors.with_columns(
        mention_text_start=pl.col("anchor_start"),
        mention_text_end=name_start + pl.col("_whole").str.len_chars(),
        _name_start=name_start,
    ).with_columns(
        mention_text=pl.col("text").str.slice(pl.col("mention_text_start"),
                                              pl.col("mention_text_end") - pl.col("mention_text_start"))
    )

    appositives = find_all(base, name_first, match_col="anchor")
    appositives = appositives.with_columns(_g=pl.col("anchor").str.extract_groups(name_first)).unnest("_g")
    head = pl.col("text").str.slice(0, pl.col("anchor_start"))
    window = head.str.slice(pl.max_horizontal(pl.col("anchor_start") - 120, pl.lit(0)))
    name_before_window = window.str.extract_groups(rf"(?P<_whole>{name_before})")  # one pass for both
    appositives = appositives.with_columns(_whole=name_before_window.struct.field("_whole"),
                                           name=name_before_window.struct.field("name"),
                                           oc=pl.lit(None, pl.String), sc=pl.lit(None, pl.String),
                                           serves=pl.lit(None, pl.String),
                                           bc=pl.col("text").str.slice(pl.col("anchor_end"), 160).str.extract(serves, 1),
                                           ).filter(pl.col("name").is_not_null())
    # "with Chief Adviser Muhammad Yunus, head of ...": the title before the name is not part of it
    leading_titles = rf"^(?:(?:(?i:{reference.title_modifier_pattern}|{title})) )+"
    appositives = appositives.with_columns(name=pl.col("name").str.replace(leading_titles, "")).filter(
        pl.col("name").str.contains(r"^\p{Lu}"))
    # "Baghdad, President Salih ...": a title followed by a name belongs to that name
    following = pl.col("text").str.slice(pl.col("anchor_end"), 2)
    appositives = appositives.filter(~following.str.contains(r"^ \p{Lu}") | pl.col("tc").is_not_null())
    name_first_rows = appositives.with_columns(
        mention_text_start=pl.col("anchor_start") - pl.col("_whole").str.len_chars(),
        mention_text_end=pl.col("anchor_end"),
        _name_start=pl.col("anchor_start") - pl.col("name").str.len_chars(),
    ).with_columns(
        mention_text=pl.col("text").str.slice(pl.col("mention_text_start"),
                                              pl.col("mention_text_end") - pl.col("mention_text_start"))
    )
    frames = [title_first_rows.select(keep), name_first_rows.select(keep)]
    if bodies is not None:
        # "Hamas spokesman X" is read by both: the body's reading ("Hamas spokesman") replaces the title's
        by_body = _body_people(sentences, bodies, reference)
        spans = ["article_id", "sentence_index", "mention_text_start", "mention_text_end"]
        frames = [f.join(by_body.select(spans).unique(), on=spans, how="anti") for f in frames] + [by_body]
    people = pl.concat(frames, how="diagonal_relaxed").rename(
        {"mention_text_start": "start", "mention_text_end": "end"})
    # names lose honorifics and ranks left inside them and a sentence-final full stop
    honorific_prefix = rf"^(?:(?:{hon}|{_RANKS}) )+"
    # a sentence-final full stop is not part of the mention ("Foreign Minister Fuad Hussein.")
    final_stop = pl.col("mention_text").str.contains(r"\p{L}{2,}\.$")
    people = people.with_columns(
        mention_text=pl.when(final_stop).then(pl.col("mention_text").str.slice(0, pl.col("mention_text").str.len_chars() - 1)).otherwise(pl.col("mention_text")),
        end=pl.when(final_stop).then(pl.col("end") - 1).otherwise(pl.col("end")),
        _name_start=pl.col("_name_start") + pl.col("name").str.extract(f"({honorific_prefix})", 1)
        .str.len_chars().fill_null(0),
        name=pl.col("name").str.replace(honorific_prefix, "").str.replace(r"(\p{L}{2,})\.$", "$1")
        .str.replace(r"(?:'s|’s)$", "")
    ).with_columns(_name_end=pl.col("_name_start") + pl.col("name").str.len_chars())
    stop = reference.name_stopwords["token"].implode()
    # a name that is a country or a well-known town is no person (small towns share many people's names)
    towns = reference.cities.filter(pl.col("major") & ~pl.col("alternate"))["surface"]
    places = pl.concat([reference.countries["surface"], towns]).implode()
    # nor is a group or a body: "a spokesman for the Pakistani Taliban said" speaks for the group, names nobody
    bodies = pl.concat([reference.media_outlets["name"], reference.armed_groups["alias"],
                        reference.international_organizations["alias"]]).implode()
    # "a spokesman for the Afghan Taliban Zabihullah Mujahid": the name starts after the group (read by _body_people)
    group_first = rf"^(?:{reference.armed_group_pattern}|{alternation(reference.international_organizations['alias'].to_list())}) "
    people = people.filter(
        ~pl.col("name").str.split(" ").list.eval(pl.element().str.strip_chars(".,").is_in(stop)).list.any(),
        ~pl.col("name").is_in(places),
        ~pl.col("name").is_in(bodies),
        ~(pl.col("prep").is_not_null() & pl.col("name").str.contains(group_first)),
        ~pl.col("name").str.contains(rf"^(?:{_RANKS})$"),  # "the NATO Secretary General's optimism"
    )
    people = (
        people.join(_country_lookup(reference, "cp", "cp"), on="cp", how="left")
        .join(_country_lookup(reference, "tc", "tc"), on="tc", how="left")
        .join(_country_lookup(reference, "oc", "oc"), on="oc", how="left")
        .join(_country_lookup(reference, "bc", "bc"), on="bc", how="left")
        .join(_country_lookup(reference, "sc", "sc"), on="sc", how="left")
    )
    title_lower = pl.col("title").str.to_lowercase()
    sectors = reference.titles.filter(pl.col("title_kind") == "role").select(
        pl.col("title").alias("_title_lower"), "sector"
    )
    people = people.with_columns(_title_lower=title_lower).join(sectors, on="_title_lower", how="left")
    if "body_sector" in people.columns:
        people = people.with_columns(sector=pl.coalesce("body_sector", "sector", "body_fill"))
    # "US ambassador to Iraq": "to Iraq" is where they serve, the demonym is their own country
    own_country = pl.coalesce(
        pl.col("oc_code"), pl.when(pl.col("prep") == "of").then(pl.col("tc_code")), pl.col("bc_code"),
        pl.col("sc_code"), pl.col("cp_code"), pl.col("body_code"),
    )
    # the role as written, modifiers and portfolio included: "Coordinating Minister for Maritime Affairs"
    written = pl.concat_str([pl.col("mod").fill_null(""), pl.col("title"), pl.col("portfolio").fill_null(""),
                             pl.col("serves").fill_null("")])
    role_title = pl.concat_str(
        [pl.col("cp").fill_null(""), written,
         pl.when(pl.col("prep").is_not_null()).then(pl.format("{} {}", "prep", "tc")).otherwise(pl.lit(""))],
        separator=" ",
    ).str.strip_chars()
    people = people.with_columns(
        country_code=own_country,
        role_title=pl.when(pl.col("cp").is_not_null() | pl.col("prep").is_not_null()).then(role_title)
        .otherwise(written.str.slice(0, 1).str.to_uppercase() + written.str.slice(1)),
        _key=normalise_name(pl.col("name")),
    )
    return people


def _body_people(sentences: pl.DataFrame, bodies: pl.DataFrame, reference: Reference) -> pl.DataFrame:
    """People titled by a group or body rather than a country, read around the body's mentions (few rows, so cheap):
    "a spokesman for the Taliban, Zabihullah Mujahid," and "Yahya Saree, a spokesman for the Houthis," (the name
    alone is the span: the group stays a mention of its own), "a senior Hamas official, Osama Hamdan" and "Egyptian
    intelligence chief Abbas Kamel" (a country's body gives its country)."""
    title = reference.role_title_pattern
    hon = reference.honorific_pattern
    cp = reference.country_pattern
    mods = reference.title_modifier_pattern
    # the title, "of/for/to the" and a word that may lead the body ("the Afghan Taliban")
    served = (rf"(?P<mod>(?:(?i:{mods}) )*)(?P<title>(?-u:\b)(?i:{title}))"
              r"(?P<rest> (?:of|for|to) (?:the )?(?:\p{Lu}\p{L}+ )?)")
    before = rf"(?:^|[^\p{{L}}])(?:(?P<cp>{cp})(?:'s|’s)? )?{served}$"
    after = rf"^(?P<pre>(?: group)?,? (?:(?:{hon}|{_RANKS}) )*)(?P<name>{_NAME})"
    name_then_title = rf"(?P<name>{_NAME})(?P<gap>, (?:(?:a|an|the|its|their) )?{served})$"
    body_then_title = (rf"^(?P<poss>(?:'s|’s)? )(?P<mod>(?:(?i:{mods}) )*)(?P<title>(?i:{title}|official|chief|negotiator))"
                       rf"(?-u:\b)(?P<pre>,? (?:(?:{hon}|{_RANKS}) )*)(?P<name>{_NAME})")
    rows = bodies.join(sentences.select("article_id", "sentence_index", "text", "published_at"),
                       on=["article_id", "sentence_index"])
    head = pl.col("text").str.slice(pl.max_horizontal(pl.col("start") - 150, pl.lit(0)),
                                    pl.min_horizontal(pl.col("start"), pl.lit(150)))
    tail = pl.col("text").str.slice(pl.col("end"), 120)
    rows = rows.with_columns(_a=head.str.extract_groups(before), _a_tail=tail.str.extract_groups(after),
                             _b=head.str.extract_groups(name_then_title), _c=tail.str.extract_groups(body_then_title))
    body_code = pl.when(pl.col("actor_kind") == "organization").then(pl.col("country_code"))
    no_country = {c: pl.lit(None, pl.String) for c in ("prep", "tc", "bc", "sc", "serves", "oc")}
    # "a spokesman for the Taliban, Zabihullah Mujahid": a comma, or a name of two words and more
    a = rows.filter(pl.col("_a").struct.field("title").is_not_null() & pl.col("_a_tail").struct.field("name")
                    .is_not_null()).with_columns(
        _name_start=pl.col("end") + pl.col("_a_tail").struct.field("pre").str.len_chars(),
        name=pl.col("_a_tail").struct.field("name"),
        cp=pl.col("_a").struct.field("cp"), mod=pl.col("_a").struct.field("mod"),
        title=pl.col("_a").struct.field("title"),
        portfolio=pl.col("_a").struct.field("rest") + pl.col("mention_text"),
    ).filter(pl.col("_a_tail").struct.field("pre").str.contains(",")
             # (in a list without commas, "X, Secretary-General of the United Nations Y Z" the title is X's)
             | (pl.col("name").str.contains(" ") & pl.col("_b").struct.field("name").is_null()))
    b = rows.filter(pl.col("_b").struct.field("name").is_not_null()).with_columns(
        _name_start=pl.col("start") - pl.col("_b").struct.field("gap").str.len_chars()
        - pl.col("_b").struct.field("name").str.len_chars(),
        name=pl.col("_b").struct.field("name"), cp=pl.lit(None, pl.String), mod=pl.col("_b").struct.field("mod"),
        title=pl.col("_b").struct.field("title"),
        portfolio=pl.col("_b").struct.field("rest") + pl.col("mention_text"),
    )
    named_alone = pl.concat([a, b]).with_columns(mention_text_start=pl.col("_name_start"),
                                                 mention_text_end=pl.col("_name_start") + pl.col("name").str.len_chars())
    # "Hamas official Osama Hamdan": the span runs from the title, like "Hamas spokesman X"
    c = rows.filter(pl.col("_c").struct.field("name").is_not_null()).with_columns(
        mention_text_start=pl.col("end") + pl.col("_c").struct.field("poss").str.len_chars(),
        _name_start=pl.col("end") + pl.col("_c").struct.field("poss").str.len_chars()
        + pl.col("_c").struct.field("mod").str.len_chars() + pl.col("_c").struct.field("title").str.len_chars()
        + pl.col("_c").struct.field("pre").str.len_chars(),
        name=pl.col("_c").struct.field("name"), cp=pl.lit(None, pl.String),
        mod=pl.col("mention_text") + pl.col("_c").struct.field("poss") + pl.col("_c").struct.field("mod"),
        title=pl.col("_c").struct.field("title"), portfolio=pl.lit(None, pl.String),
    ).with_columns(mention_text_end=pl.col("_name_start") + pl.col("name").str.len_chars())
    # whom they speak for gives the sector: a group's or an international body's ("IAEA chief X", "UN envoy X")
    # (a state's body only fills a title without one: "Mossad chief X")
    body_sector = pl.when(pl.col("sector").is_in(["IGO", "MILITIA"])).then(pl.col("sector"))
    found = pl.concat([named_alone, c], how="diagonal_relaxed").with_columns(
        body_code=body_code, body_sector=body_sector, body_fill=pl.col("sector"), **no_country)
    # no word of the name may be a title word: "the leader of Hamas Political Bureau" names nobody
    banned = pl.concat([reference.titles["title"].str.to_lowercase().str.split(" ").explode(),
                        reference.title_words["word"].str.to_lowercase()]).unique().implode()
    found = found.filter(~pl.col("name").str.split(" ").list.eval(pl.element().str.to_lowercase().is_in(banned))
                         .list.any())
    return found.with_columns(
        mention_text=pl.col("text").str.slice(pl.col("mention_text_start"),
                                              pl.col("mention_text_end") - pl.col("mention_text_start")),
    ).select("article_id", "sentence_index", "text", "published_at", "mention_text", "mention_text_start",
             "mention_text_end", "_name_start", "cp", "mod", "title", "portfolio", "prep", "tc", "bc", "sc", "serves",
             "name", "oc", "body_code", "body_sector", "body_fill")


def _office_holder_actors(sentences: pl.DataFrame, reference: Reference) -> pl.DataFrame:
    """"The President spoke today with ..." in a readout: the writer's own head of state or government."""
    pattern = r"(?-u:\b)[Tt]he (?P<title>Vice President|President|Secretary of State|Prime Minister)(?-u:\b)"
    base = sentences.filter(pl.col("writer_country").is_not_null()).select(
        "article_id", "sentence_index", "text", "published_at", "writer_country"
    ).filter(pl.col("text").str.contains_any(["President", "Secretary of State", "Prime Minister"]))
    found = find_all(base, pattern, match_col="mention_text")
    found = found.with_columns(title=pl.col("mention_text").str.extract(pattern, 1))
    after = pl.col("text").str.slice(pl.col("mention_text_end"), 4)
    found = found.filter(~after.str.contains(r"^(?: of| \p{Lu}|'s \p{Lu}|, \p{Lu})"))
    holders = reference.office_holders.filter(pl.col("alias") == pl.col("name")).select(
        pl.col("name"), pl.col("role_title").alias("title"), pl.col("country_code").alias("writer_country"),
        "sector", "held_from", "held_until",
    )
    joined = found.join(holders, on=["title", "writer_country"], how="inner").filter(
        (pl.col("published_at") >= pl.col("held_from"))
        & (pl.col("held_until").is_null() | (pl.col("published_at") < pl.col("held_until")))
    )
    return joined.select(
        "article_id", "sentence_index",
        pl.col("mention_text_start").alias("start"), pl.col("mention_text_end").alias("end"), "mention_text",
        pl.format("person:{}", normalise_name(pl.col("name"))).alias("actor_key"),
        pl.col("name").alias("actor_name"), pl.lit("person").alias("actor_kind"),
        pl.col("writer_country").alias("country_code"), "sector", pl.col("title").alias("role_title"),
    )


def _dictionary_people(sentences: pl.DataFrame, reference: Reference) -> pl.DataFrame:
    """Office holders named without a title ("Today, Jake Sullivan spoke with ..."): a full name or alias from the
    dictionary is the person; their role holds only while they held it."""
    # a title + name alias ("King Abdullah") is found with its title; "Queen Elizabeth Hospital" is no person
    roles = reference.titles.filter(pl.col("title_kind") == "role")["title"]
    holders = reference.office_holders.filter(
        pl.col("alias").str.contains(" "),
        ~pl.col("alias").str.to_lowercase().str.split(" ").list.first().is_in(roles.implode()),
    )
    if holders.is_empty():
        return pl.DataFrame(schema={c: pl.String for c in MENTION_COLUMNS} | {"start": pl.Int64, "end": pl.Int64,
                                                                              "sentence_index": pl.Int32})
    aliases = holders["alias"].unique().to_list()
    base = sentences.select("article_id", "sentence_index", "text", "published_at").filter(
        pl.col("text").str.contains(alternation(aliases)))
    pattern = rf"(?-u:\b)(?:{alternation(aliases)})(?-u:\b)"
    found = find_all(base, pattern, match_col="mention_text")
    # a name running on into more capitals names something else: "the Joe Biden Foundation"
    found = found.filter(~pl.col("text").str.slice(pl.col("mention_text_end"), 2).str.contains(r"^ \p{Lu}"))
    rows = found.join(holders, left_on="mention_text", right_on="alias")
    in_office = (pl.col("published_at") >= pl.col("held_from")) & (
        pl.col("held_until").is_null() | (pl.col("published_at") < pl.col("held_until")))
    # one row per mention: the term in office at publication first, else the latest term
    rows = rows.with_columns(_in_office=in_office.fill_null(False)).sort(
        ["article_id", "sentence_index", "mention_text_start", "_in_office", "held_from", "role_title", "name",
         "country_code", "sector"],  # (to the last column: two holders sharing an alias must not swap between runs)
        descending=[False, False, False, True, True, False, False, False, False], nulls_last=True,
    ).unique(["article_id", "sentence_index", "mention_text_start"], keep="first", maintain_order=True)
    return rows.select(
        "article_id", "sentence_index", pl.col("mention_text_start").alias("start"),
        pl.col("mention_text_end").alias("end"), "mention_text",
        pl.format("person:{}", normalise_name(pl.col("name"))).alias("actor_key"), pl.col("name").alias("actor_name"),
        pl.lit("person").alias("actor_kind"), "country_code",
        pl.when("_in_office").then(pl.col("sector")).alias("sector"),
        pl.when("_in_office").then(pl.col("role_title")).alias("role_title"),
    )


def _title_key(title: pl.Expr) -> pl.Expr:
    """"Secretary-General" and "secretary general" are one title."""
    return title.str.to_lowercase().str.replace_all("-", " ")


def _resolve_people(people: pl.DataFrame, reference: Reference) -> pl.DataFrame:
    """Fill country and canonical name: coordination, the office-holder dictionary, then the article."""
    # "Iraqi President Barham Salih and Prime Minister Mustafa Al-Kadhimi": the second shares the country
    # every column in the order: two mentions at one start must not swap between runs
    flat = [c for c, dtype in people.schema.items() if not dtype.is_nested()]
    people = people.sort(["article_id", "sentence_index", "start", "end", *flat], nulls_last=True)
    # sorted by sentence: a plain shift with a same-sentence check is cheaper than a shift over a window
    same_sentence = (pl.col("article_id").shift(1) == pl.col("article_id")) & (
        pl.col("sentence_index").shift(1) == pl.col("sentence_index")
    )
    prev_end = pl.when(same_sentence).then(pl.col("end").shift(1))
    prev_country = pl.when(same_sentence).then(pl.col("country_code").shift(1))
    joined_by_and = (pl.col("start") - prev_end).is_between(1, 6) & pl.col("mention_text").is_not_null()
    people = people.with_columns(
        country_code=pl.coalesce(pl.col("country_code"), pl.when(joined_by_and).then(prev_country))
    )
    holders = reference.office_holders.with_columns(
        _alias_key=normalise_name(pl.col("alias")),
        _holder_title=_title_key(pl.col("role_title")),
    )
    by_full_name = holders.select("_alias_key", pl.col("name").alias("_h1_name"),
                                  pl.col("country_code").alias("_h1_country")).sort(
        "_alias_key", "_h1_name", "_h1_country", nulls_last=True).unique("_alias_key", keep="first", maintain_order=True)
    people = people.join(by_full_name, left_on="_key", right_on="_alias_key", how="left")
    # "President Biden": family name + title + in office at publication. The family name is the last word, or
    # the first in family-first order ("President Lee" = Lee Jae-myung). A family name several holders share
    # ("Al Saud", "Aoun") needs the given name too when the mention has one: "King Abdulaziz Al Saud" is not
    # King Salman.
    words = pl.col("_alias_key").str.split(" ")
    by_surname = pl.concat([
        holders.with_columns(_surname=words.list.last(), _given=words.list.first()),
        holders.filter(words.list.len() > 1).with_columns(_surname=words.list.first(), _given=pl.lit(None, pl.String)),
    ]).with_columns(_shared=pl.col("name").n_unique().over("_surname") > 1).select(
        "_surname", "_given", "_shared", "_holder_title", "held_from", "held_until",
        pl.col("name").alias("_h2_name"), pl.col("country_code").alias("_h2_country"),
    )
    people = people.with_row_index("_pid")
    mention_words = pl.col("_key").str.split(" ")
    surname_hits = (
        people.select("_pid", "_title_lower", "published_at", "country_code", _surname=mention_words.list.last(),
                      _mention_given=pl.when(mention_words.list.len() > 1).then(mention_words.list.first()))
        .with_columns(_title_lower=_title_key(pl.col("_title_lower")))
        .join(by_surname, left_on=["_surname", "_title_lower"], right_on=["_surname", "_holder_title"])
        .filter(pl.col("published_at").is_null() | (
            (pl.col("published_at") >= pl.col("held_from"))
            & (pl.col("held_until").is_null() | (pl.col("published_at") < pl.col("held_until")))
        ))
        .filter(~pl.col("_shared") | pl.col("_mention_given").is_null() | (pl.col("_mention_given") == pl.col("_given")))
        # the mention's own country decides between namesakes ("President Morales" of Bolivia or Guatemala);
        # without one, namesakes in office together leave the mention unresolved
        .filter(pl.col("country_code").is_null() | pl.col("_h2_country").is_null()
                | (pl.col("country_code") == pl.col("_h2_country")))
        .filter(pl.col("_h2_name").n_unique().over("_pid") == 1)
        .sort("_pid", "_h2_name", "_h2_country", nulls_last=True)
        .unique("_pid", keep="first", maintain_order=True)
        .select("_pid", "_h2_name", "_h2_country")
    )
    people = people.join(surname_hits, on="_pid", how="left")
    holder_name = pl.coalesce("_h1_name", "_h2_name")
    holder_country = pl.coalesce("_h1_country", "_h2_country")
    people = people.with_columns(
        actor_name=pl.coalesce(holder_name, pl.col("name")),
        country_code=pl.when(holder_country.is_not_null() & (pl.col("country_code").is_null()
                                                              | (pl.col("country_code") == holder_country)))
        .then(holder_country).otherwise(pl.col("country_code")),
    )
    return people.with_columns(actor_key=pl.format("person:{}", normalise_name(pl.col("actor_name"))))


def _surname_mentions(sentences: pl.DataFrame, people: pl.DataFrame) -> pl.DataFrame:
    """A later bare "Al-Kadhimi" or "Tueller" is the person named in full earlier in the same article."""
    full = (
        people.filter(pl.col("actor_name").str.contains(" "))
        .with_columns(surname=pl.col("name").str.split(" ").list.last())
        .filter(pl.col("surname").str.len_chars() >= 3)
        .sort("sentence_index", "start", "end", "actor_key", "actor_name", "country_code", "sector", "role_title",
              nulls_last=True)
        .unique(["article_id", "surname"], keep="first", maintain_order=True)
        .select("article_id", "surname", "actor_key", "actor_name", "country_code", "sector", "role_title")
    )
    candidates = sentences.select("article_id", "sentence_index", "text").join(full, on="article_id")
    candidates = candidates.filter(pl.col("text").str.contains(pl.col("surname"), literal=True))
    pieces = pl.col("text").str.split(pl.col("surname"))
    hits = (
        candidates.with_columns(
            _cum=pieces.list.eval(pl.element().str.len_chars().cast(pl.Int64).cum_sum()),
            _n=pieces.list.len() - 1,
        )
        .with_columns(_k=pl.int_ranges(0, pl.col("_n")))
        .explode("_k")
        .with_columns(
            start=pl.col("_cum").list.get(pl.col("_k")) + pl.col("_k") * pl.col("surname").str.len_chars()
        )
        .with_columns(end=pl.col("start") + pl.col("surname").str.len_chars())
    )
    # whole words only
    before = pl.col("text").str.slice(pl.col("start") - 1, 1)
    after = pl.col("text").str.slice(pl.col("end"), 1)
    hits = hits.filter(
        (pl.col("start") == 0) | ~before.str.contains(r"[\p{L}\-]"), ~after.str.contains(r"^[\p{L}\-]")
    )
    return hits.select(
        "article_id", "sentence_index", "start", "end", pl.col("surname").alias("mention_text"), "actor_key",
        "actor_name", pl.lit("person").alias("actor_kind"), "country_code", "sector", "role_title",
    )


def _countries(sentences: pl.DataFrame, reference: Reference) -> pl.DataFrame:
    base = sentences.select("article_id", "sentence_index", "text")
    # a surface ending in a period ("U.S.", "U.K.") has no word boundary after it: tried first, without one, so
    # "U.S. warplanes" is not cut to "U.S"
    surfaces = reference.countries["surface"].to_list()
    dotted = alternation([x for x in surfaces if x.endswith(".")])
    pattern = rf"(?-u:\b)(?:{reference.country_pattern})(?-u:\b)"
    if dotted:
        pattern = rf"(?-u:\b)(?:(?:{dotted})|(?:{reference.country_pattern})(?-u:\b))"
    found = find_all(base, pattern, match_col="mention_text")
    found = found.join(reference.countries, left_on="mention_text", right_on="surface", how="inner")
    found = _codes_in_context(found)
    return found.select(
        "article_id", "sentence_index", pl.col("mention_text_start").alias("start"),
        pl.col("mention_text_end").alias("end"), "mention_text",
        pl.format("country:{}", "country_code").alias("actor_key"), pl.col("country_name").alias("actor_name"),
        pl.lit("country").alias("actor_kind"), "country_code", pl.lit("GOV").alias("sector"),
        pl.lit(None, pl.String).alias("role_title"),
    )


def _codes_in_context(found: pl.DataFrame) -> pl.DataFrame:
    """A bare ISO code ("EST" in "3:15 P.M. EST", "ATF", "MMR" vaccines, "ISR" for reconnaissance) is mostly another
    acronym: it names its country only in an article that names the country otherwise, and not where the article
    spells it out as something else ("reconnaissance (ISR)"; "Federated States of Micronesia (FSM)" is its own).
    "USA" and the codes that are aliases ("PRC", "ROK") need no context."""
    is_code = (pl.col("mention_text") == pl.col("country_code")) & (pl.col("mention_text") != "USA")
    found = found.with_columns(_code=is_code)
    codes = found.filter("_code")
    if codes.is_empty():
        return found.drop("_code")
    named = found.filter(~pl.col("_code")).select("article_id", "country_code").unique()
    in_brackets = (pl.col("text").str.slice(pl.col("mention_text_start") - 1, 1) == "(") & (
        pl.col("text").str.slice(pl.col("mention_text_end"), 1) == ")")
    own_name_before = found.filter(~pl.col("_code")).select(
        "article_id", "sentence_index", "country_code", (pl.col("mention_text_end") + 2).alias("mention_text_start"))
    spelled_otherwise = codes.filter(in_brackets).join(
        own_name_before, on=["article_id", "sentence_index", "country_code", "mention_text_start"], how="anti"
    ).select("article_id", "country_code").unique()
    # (a time zone after a clock time: "3:15 P.M. EST")
    after_time = pl.col("text").str.slice(pl.max_horizontal(pl.col("mention_text_start") - 6, pl.lit(0)),
                                          pl.min_horizontal(pl.col("mention_text_start"), pl.lit(6))
                                          ).str.contains(r"(?:\d|[AaPp]\.?[Mm]\.?) $")
    codes = codes.join(named, on=["article_id", "country_code"], how="semi").join(
        spelled_otherwise, on=["article_id", "country_code"], how="anti").filter(~after_time)
    return pl.concat([found.filter(~pl.col("_code")), codes]).drop("_code")


# a case variant ending in a common noun is that noun, not the group: "Lebanese forces", "an Islamic state"
_GENERIC_HEAD = (r"(?:state|forces?|army|guards?|jihad|front|movement|party|brigades?|path|struggle|province|council"
                 r"|committees|organi[sz]ation|emirate|den|network|alliance|union|resistance)")


def _named_groups(base: pl.DataFrame, reference: Reference) -> pl.DataFrame:
    """Armed groups by alias. Aliases with a lowercase word are matched case-blind ("Wagner group", "al-shabaab",
    "islamic state"); acronyms ("IS", "LeT", "ETA") only as written."""
    aliases = reference.armed_groups.select("alias", "name", "country_code", "sector")
    blind = aliases.filter(pl.col("alias").str.contains(r"\p{Ll}{3}"))
    exact = aliases.filter(~pl.col("alias").str.contains(r"\p{Ll}{3}"))
    blind_lower = blind.with_columns(_key=pl.col("alias").str.to_lowercase())
    closed = [a for a in blind_lower["_key"].unique().to_list() if not re.match(r".*\w$", a)]
    words = [a for a in blind_lower["_key"].unique().to_list() if re.match(r".*\w$", a)]
    blind_pattern = rf"(?-u:\b)(?:(?:{alternation(closed)})|(?:{alternation(words)})(?-u:\b))"
    exact_closed = [a for a in exact["alias"].to_list() if not re.match(r".*\w$", a)]
    exact_words = [a for a in exact["alias"].to_list() if re.match(r".*\w$", a)]
    exact_pattern = rf"(?-u:\b)(?:{alternation(exact_words)})(?-u:\b)"
    if exact_closed:
        exact_pattern = rf"(?-u:\b)(?:(?:{alternation(exact_closed)})|(?:{alternation(exact_words)})(?-u:\b))"
    # one regex picks the few sentences that may name a group (cheaper than an Aho-Corasick scan, or two regexes)
    maybe = base.filter(pl.col("text").str.contains(
        rf"(?-u:\b)(?:(?i:{alternation(blind_lower['_key'].unique().to_list())})|{alternation(exact['alias'].to_list())})"))
    low = find_all(maybe.with_columns(_low=lowered(pl.col("text"))), blind_pattern, text_col="_low",
                   match_col="_key").drop("_low")
    low = low.with_columns(mention_text=pl.col("text").str.slice(pl.col("_key_start"),
                                                                  pl.col("_key_end") - pl.col("_key_start")))
    table = blind_lower.select("_key", "name", "country_code", "sector").unique("_key", keep="first")
    variant = ~pl.col("mention_text").is_in(blind["alias"].implode())
    before = pl.col("text").str.slice(pl.max_horizontal(pl.col("_key_start") - 4, pl.lit(0)),
                                      pl.min_horizontal(pl.col("_key_start"), pl.lit(4)))
    common_noun = (before.str.contains(r"(?i:(?:^|[^\p{L}])an? )$")
                   | pl.col("mention_text").str.contains(rf"^\p{{Lu}}.* {_GENERIC_HEAD}$"))
    low = low.join(table, on="_key", how="inner").filter(~(variant & common_noun)).rename(
        {"_key_start": "mention_text_start", "_key_end": "mention_text_end"}).drop("_key")
    as_written = find_all(maybe, exact_pattern,
                          match_col="mention_text").join(exact, left_on="mention_text", right_on="alias", how="inner")
    return pl.concat([low, as_written], how="diagonal_relaxed")


def _armed_groups(sentences: pl.DataFrame, reference: Reference) -> pl.DataFrame:
    base = sentences.select("article_id", "sentence_index", "text")
    named = _named_groups(base, reference)
    # a short capitalised alias inside capitalised text is a word: "THIS IS NOT A DRILL" names no "IS"
    shouting = (pl.col("text").str.slice(pl.col("mention_text_start") - pl.min_horizontal(
        pl.col("mention_text_start"), pl.lit(12)), pl.min_horizontal(pl.col("mention_text_start"), pl.lit(12)))
        .str.contains(r"\p{Lu}{2,} $")
        | pl.col("text").str.slice(pl.col("mention_text_end"), 12).str.contains(r"^ \p{Lu}{2,}(?:$|[^\p{L}])"))
    named = named.filter(~((pl.col("mention_text").str.len_chars() <= 3) & shouting))
    named = named.select(
        "article_id", "sentence_index", pl.col("mention_text_start").alias("start"),
        pl.col("mention_text_end").alias("end"), "mention_text",
        pl.format("armed_group:{}", normalise_name(pl.col("name"))).alias("actor_key"),
        pl.col("name").alias("actor_name"), pl.lit("armed_group").alias("actor_kind"), "country_code", "sector",
        pl.lit(None, pl.String).alias("role_title"),
    )
    # unnamed sponsored groups: "pro-Iran militias", "Iranian sponsored militias", "Iran-backed militias"
    cp = reference.country_pattern
    generic = (
        rf"(?-u:\b)(?:[Pp]ro-(?P<c1>{cp})(?:ian)?|(?P<c2>{cp})[- ](?:backed|sponsored|aligned|supported|allied))"
        r" (?:[Ss]hiite |Shia |Shi'ite )?(?:(?:militant|armed|rebel) )?(?:militias?|militiamen|groups?|factions?|fighters|proxies|rebels|separatists"
        r"|insurgents|militants|paramilitar(?:y|ies)|forces)(?-u:\b)"
    )
    # (a literal alternation runs on the regex engine's literal prefilter: cheaper than str.contains_any)
    sponsored = base.filter(pl.col("text").str.contains(r"(?i:pro-|backed|sponsored|aligned|supported|allied)"))
    found = find_all(sponsored, generic, match_col="mention_text")
    found = found.with_columns(_g=pl.col("mention_text").str.extract_groups(generic)).unnest("_g").with_columns(
        sponsor=pl.coalesce("c1", "c2")
    )
    found = found.join(reference.countries, left_on="sponsor", right_on="surface", how="inner")
    # rebels, separatists, insurgents and militants keep their word; every other armed band is "militias"
    own_word = pl.col("mention_text").str.extract(r"(rebel|separatist|insurgent|militant)s?$", 1)
    found = found.with_columns(_kind=pl.coalesce(own_word + "s", pl.lit("militias")))
    generic_groups = found.select(
        "article_id", "sentence_index", pl.col("mention_text_start").alias("start"),
        pl.col("mention_text_end").alias("end"), "mention_text",
        pl.format("armed_group:pro-{} {}", pl.col("country_name").str.to_lowercase(), "_kind").alias("actor_key"),
        pl.format("pro-{} {}", "country_name", "_kind").alias("actor_name"), pl.lit("armed_group").alias("actor_kind"),
        pl.lit(None, pl.String).alias("country_code"), pl.lit("MILITIA").alias("sector"),
        pl.lit(None, pl.String).alias("role_title"),
    )
    return pl.concat([named, generic_groups])


def _organizations(sentences: pl.DataFrame, reference: Reference) -> pl.DataFrame:
    heads = alternation(reference.organization_heads["head"].to_list())
    # "Sudan's government", "the Sudanese army", and "the government of Sudan"
    pattern = (rf"(?-u:\b)(?:(?P<c>{reference.country_pattern})(?:'s|’s)? (?P<head>{heads})"
               rf"|(?P<head2>{heads}) of (?:the )?(?P<c2>{reference.country_pattern}))(?-u:\b)")
    base = sentences.select("article_id", "sentence_index", "text").filter(
        pl.col("text").str.contains(alternation(reference.organization_heads["head"].to_list())))
    found = find_all(base, pattern, match_col="mention_text")
    found = found.with_columns(_g=pl.col("mention_text").str.extract_groups(pattern)).unnest("_g").with_columns(
        c=pl.coalesce("c", "c2"), head=pl.coalesce("head", "head2"))
    return _national_bodies(found, reference, pl.col("mention_text_start"), pl.col("mention_text"))


def _national_bodies(found: pl.DataFrame, reference: Reference, start: pl.Expr, mention_text: pl.Expr) -> pl.DataFrame:
    """Mention rows of a country's body (columns c: the country as written, head: the body's word, mention_text_end):
    keyed by country code and head, named by demonym and head ("American troops")."""
    found = found.join(reference.countries, left_on="c", right_on="surface", how="inner").join(
        reference.organization_heads, on="head", how="inner"
    )
    demonyms = pl.DataFrame(
        {"country_code": list(reference.demonym_by_code), "_demonym": list(reference.demonym_by_code.values())}
    )
    found = found.join(demonyms, on="country_code", how="left")
    head = pl.col("head").str.to_lowercase()
    return found.select(
        "article_id", "sentence_index", start.alias("start"), pl.col("mention_text_end").alias("end"),
        mention_text.alias("mention_text"),
        pl.format("organization:{}:{}", "country_code", head).alias("actor_key"),
        pl.format("{} {}", pl.coalesce("_demonym", "country_name"), head).alias("actor_name"),
        pl.lit("organization").alias("actor_kind"), "country_code", "sector",
        pl.lit(None, pl.String).alias("role_title"),
    )


def _counted_own_forces(sentences: pl.DataFrame, reference: Reference) -> pl.DataFrame:
    """A country's force told by its count after the country: "The US is planning to withdraw its 3,000 troops
    from Iraq" names the American troops as "3,000 troops". Only a country that opens the sentence, with no other
    country before "its", so that "its" cannot point elsewhere."""
    pattern = (rf"^(?:[Tt]he )?(?P<c>{reference.country_pattern}) (?P<between>[^.;:,]{{0,80}}? )?its "
               r"(?P<force>\d{1,3}(?:,\d{3})*(?: more)? (?P<head>troops|soldiers))(?-u:\b)")
    base = sentences.select("article_id", "sentence_index", "text").filter(
        pl.col("text").str.contains(r"its \d", literal=False))
    found = find_all(base, pattern, match_col="mention_text")
    found = found.with_columns(_g=pl.col("mention_text").str.extract_groups(pattern)).unnest("_g")
    found = found.filter(~pl.col("between").fill_null("").str.contains(rf"(?-u:\b)(?:{reference.country_pattern})(?-u:\b)"))
    # the mention is the count and the force alone ("3,000 troops"), at the end of the match
    return _national_bodies(found, reference, pl.col("mention_text_end") - pl.col("force").str.len_chars(),
                            pl.col("force"))


def _international_organizations(sentences: pl.DataFrame, reference: Reference) -> pl.DataFrame:
    """NATO, the UN, peacekeeping missions (ref_international_organizations.csv), and coalitions led by a country
    ("the U.S.-led coalition", "the Saudi-led coalition")."""
    base = sentences.select("article_id", "sentence_index", "text")
    table = reference.international_organizations
    pattern = rf"(?-u:\b)(?:{alternation(table['alias'].to_list())})(?-u:\b)"
    named = find_all(base.filter(pl.col("text").str.contains(alternation(table["alias"].to_list()))), pattern,
                     match_col="mention_text").join(table, left_on="mention_text", right_on="alias", how="inner")
    named = named.select(
        "article_id", "sentence_index", pl.col("mention_text_start").alias("start"),
        pl.col("mention_text_end").alias("end"), "mention_text",
        pl.format("organization:{}", normalise_name(pl.col("name"))).alias("actor_key"),
        pl.col("name").alias("actor_name"), pl.lit("organization").alias("actor_kind"),
        pl.lit(None, pl.String).alias("country_code"), "sector", pl.lit(None, pl.String).alias("role_title"),
    )
    led = rf"(?-u:\b)(?P<c>{reference.country_pattern})-led (?:(?:military|international|multinational|Arab|naval) )?coalition"
    coalitions = find_all(base.filter(pl.col("text").str.contains("-led ", literal=True)), led, match_col="mention_text")
    coalitions = coalitions.with_columns(c=pl.col("mention_text").str.extract(led, 1)).join(
        reference.countries.select(pl.col("surface").alias("c"), "country_code", "country_name"), on="c")
    coalitions = coalitions.select(
        "article_id", "sentence_index", pl.col("mention_text_start").alias("start"),
        pl.col("mention_text_end").alias("end"), "mention_text",
        pl.format("organization:{}:led coalition", "country_code").alias("actor_key"),
        pl.format("{}-led coalition", "country_name").alias("actor_name"), pl.lit("organization").alias("actor_kind"),
        "country_code", pl.lit("MIL").alias("sector"), pl.lit(None, pl.String).alias("role_title"),
    )
    return pl.concat([named, coalitions])


_POWERS = (r"(?-u:\b)(?:(?:the )?(?:two|three|four|five|six|seven|eight|\d) )?(?:(?:world|major|great|global|Western|European)"
           r" )+powers(?-u:\b)")


# People named without a title where they meet, call or visit ("Tony Blair meets Muammar Gaddafi"): a name of two to
# four capitalised words as the sentence's subject, right before a contact verb, and the name right after it. Read
# only at the start of a sentence, where the regex costs almost nothing on the sentences that do not match.
_CONTACT_VERB = (r"(?:meets|met|visits|visited|arrives|arrived|travels|travell?ed|hosts|hosted|receives"
                 r"|received|welcomes|welcomed|phones|phoned"
                 r"|(?:spoke|speaks|talked|talks|held talks|holds talks) (?:by (?:tele)?phone )?with)")
_PLAIN_NAME = (rf"\p{{Lu}}\p{{Ll}}[\p{{L}}'’]*(?:-\p{{L}}[\p{{L}}'’]*)*(?: (?:(?:{_PARTICLE}) )?\p{{Lu}}\p{{Ll}}[\p{{L}}'’]*"
               r"(?:-\p{L}[\p{L}'’]*)*){1,3}")
_UNTITLED_CONTACT = (rf"^(?P<pre>(?:(?:Later|Then|Meanwhile|Earlier|On \p{{Lu}}\p{{Ll}}+|In \p{{Lu}}\p{{Ll}}+), )?)"
                     rf"(?P<a>{_PLAIN_NAME})(?: and (?P<b>{_PLAIN_NAME}))? (?P<verb>{_CONTACT_VERB}|meet|agree[sd]?"
                     rf"|sign(?:s|ed)?)(?:(?P<w> (?:with )?)(?P<c>{_PLAIN_NAME})(?:$|[^\p{{L}}'’\-]))?")


def _untitled_people(sentences: pl.DataFrame, reference: Reference) -> pl.DataFrame:
    """People named without a title as the subject or the object of a contact verb at the start of a sentence:
    "Tony Blair meets Muammar Gaddafi in a tent", "Angela Merkel and Emmanuel Macron met in Berlin". No word of the
    name may be a title, a stopword, a place or an outlet's name, so "Human Rights Watch", "Prime Minister" and
    "Buenos Aires" stay out."""
    # (the anchored regex is a cheaper filter than a scan for the verbs: most sentences fail on their first words)
    base = sentences.select("article_id", "sentence_index", "text").filter(
        pl.col("text").str.contains(_UNTITLED_CONTACT))
    found = base.with_columns(_g=pl.col("text").str.extract_groups(_UNTITLED_CONTACT)).unnest("_g").filter(
        pl.col("a").is_not_null())
    # where each name starts (in characters): a after the opening phrase, b after " and ", c after the verb
    length = pl.col
    a_start = length("pre").str.len_chars().cast(pl.Int64)
    b_start = a_start + length("a").str.len_chars() + 5
    verb_start = b_start - 4 + pl.when(pl.col("b").is_not_null()).then(length("b").str.len_chars() + 5).otherwise(0)
    c_start = verb_start + length("verb").str.len_chars() + length("w").str.len_chars().fill_null(0)
    found = pl.concat([
        found.select("article_id", "sentence_index", start=a_start, name=pl.col("a")),
        found.select("article_id", "sentence_index", start=b_start, name=pl.col("b")),
        found.select("article_id", "sentence_index", start=c_start, name=pl.col("c")),
    ]).drop_nulls()
    found = found.with_columns(start=pl.col("start").cast(pl.Int64),
                               end=pl.col("start").cast(pl.Int64) + pl.col("name").str.len_chars())
    words = pl.col("name").str.split(" ")
    banned = pl.concat([
        reference.name_stopwords["token"].str.to_lowercase(),
        reference.titles["title"].str.to_lowercase().str.split(" ").explode(),
        reference.title_words["word"].str.to_lowercase(),
    ]).unique().implode()
    towns = reference.cities.filter(pl.col("major"))["surface"]
    places = pl.concat([reference.countries["surface"], towns]).implode()
    found = found.filter(
        ~words.list.eval(pl.element().str.to_lowercase().is_in(banned)).list.any(),
        ~words.list.eval(pl.element().is_in(places)).list.any(),
        ~pl.col("name").is_in(places),
        ~pl.col("name").is_in(reference.media_outlets["name"].implode()),
        ~pl.col("name").is_in(reference.international_organizations["alias"].implode()),
        ~pl.col("name").is_in(reference.armed_groups["alias"].implode()),
    ).unique(["article_id", "sentence_index", "start"])
    return found.select(
        "article_id", "sentence_index", "start", "end", pl.col("name").alias("mention_text"),
        pl.format("person:{}", normalise_name(pl.col("name"))).alias("actor_key"), pl.col("name").alias("actor_name"),
        pl.lit("person").alias("actor_kind"), pl.lit(None, pl.String).alias("country_code"),
        pl.lit(None, pl.String).alias("sector"), pl.lit(None, pl.String).alias("role_title"),
    )


_MEMBERS = (r"(?:(?:(?:foreign|defen[cs]e|finance|interior|trade|energy|health|economy|environment) )?ministers|leaders"
            r"|heads of (?:state|government)(?: and (?:state|government))?|envoys|ambassadors|delegates|member states)(?-u:\b)")


_MEMBERS_PREFILTER = r"ministers|leaders|heads of|envoys|ambassadors|delegates|member states"


def _unnamed_sides(sentences: pl.DataFrame, reference: Reference) -> pl.DataFrame:
    """Sides of talks named by what they are, not by a name: a country's delegation ("the Russian delegation",
    "Russian and Ukrainian delegations" are two), "six world powers" or "the Western powers", and the members of an
    international body ("NATO leaders", "Arab League foreign ministers")."""
    # literal alternations run on the regex engine's literal prefilter: cheaper here than str.contains_any
    base = sentences.select("article_id", "sentence_index", "text").filter(
        pl.col("text").str.contains(rf"delegation|factions|powers|{_MEMBERS_PREFILTER}"))
    cp = reference.country_pattern
    # (a country's factions are one side: "Afghan factions meeting in Bonn", "Libya's rival factions")
    pattern = (rf"(?-u:\b)(?P<c>{cp})(?:'s|’s)? (?:and (?:the )?(?P<c2>{cp}) )?(?:(?:rival|warring|opposing) )?"
               r"(?P<kind>delegations?|factions)(?-u:\b)")
    found = find_all(base.filter(pl.col("text").str.contains("delegation|factions")), pattern,
                     match_col="mention_text")
    found = found.with_columns(_g=pl.col("mention_text").str.extract_groups(pattern)).unnest("_g")
    # the second of two coordinated countries is a delegation of its own, its span its own name
    second = found.filter(pl.col("c2").is_not_null()).with_columns(
        mention_text_start=pl.col("mention_text_start") + pl.col("mention_text").str.find(
            " and ", literal=True) + 5 + pl.col("mention_text").str.slice(
            pl.col("mention_text").str.find(" and ", literal=True) + 5, 4).str.starts_with("the ").cast(pl.Int64) * 4,
        c=pl.col("c2"))
    found = pl.concat([found.with_columns(mention_text_end=pl.when(pl.col("c2").is_not_null()).then(
        pl.col("mention_text_start") + pl.col("c").str.len_chars()).otherwise(pl.col("mention_text_end"))), second])
    found = found.join(reference.countries, left_on="c", right_on="surface", how="inner")
    demonyms = pl.DataFrame(
        {"country_code": list(reference.demonym_by_code), "_demonym": list(reference.demonym_by_code.values())})
    delegations = found.join(demonyms, on="country_code", how="left").select(
        "article_id", "sentence_index", pl.col("mention_text_start").alias("start"),
        pl.col("mention_text_end").alias("end"),
        pl.col("text").str.slice(pl.col("mention_text_start"), pl.col("mention_text_end") - pl.col("mention_text_start"))
        .alias("mention_text"),
        pl.format("organization:{}:{}", "country_code", pl.when(pl.col("kind") == "factions").then(pl.lit("factions"))
                  .otherwise(pl.lit("delegation"))).alias("actor_key"),
        # the adjective as written ("Turkish"), else the demonym ("Yemen's delegation" is the Yemeni delegation)
        pl.format("{} {}", pl.when(pl.col("c") != pl.col("country_name")).then(pl.col("c"))
                  .otherwise(pl.coalesce("_demonym", "country_name")),
                  pl.when(pl.col("kind") == "factions").then(pl.lit("factions")).otherwise(pl.lit("delegation")))
        .alias("actor_name"),
        pl.lit("organization").alias("actor_kind"), "country_code",
        pl.when(pl.col("kind") == "factions").then(pl.lit(None, pl.String)).otherwise(pl.lit("GOV")).alias("sector"),
        pl.lit(None, pl.String).alias("role_title"),
    )
    powers = find_all(base.filter(pl.col("text").str.contains("powers", literal=True)), _POWERS,
                      match_col="mention_text").select(
        "article_id", "sentence_index", pl.col("mention_text_start").alias("start"),
        pl.col("mention_text_end").alias("end"), "mention_text",
        pl.lit("organization:world powers").alias("actor_key"),
        pl.col("mention_text").str.replace(r"^the ", "").alias("actor_name"), pl.lit("organization").alias("actor_kind"),
        pl.lit(None, pl.String).alias("country_code"), pl.lit("GOV").alias("sector"),
        pl.lit(None, pl.String).alias("role_title"),
    )
    # an international body's members meeting: "NATO leaders", "Arab League foreign ministers", "EU heads of state"
    table = reference.international_organizations
    members = find_all(base.filter(pl.col("text").str.contains(_MEMBERS_PREFILTER)),
                       rf"(?-u:\b)(?:{alternation(table['alias'].to_list())})(?:'s|’s)? {_MEMBERS}",
                       match_col="mention_text")
    members = members.with_columns(alias=pl.col("mention_text").str.replace(rf"(?:'s|’s)? {_MEMBERS}$", "")).join(
        table, on="alias", how="inner").select(
        "article_id", "sentence_index", pl.col("mention_text_start").alias("start"),
        pl.col("mention_text_end").alias("end"), "mention_text",
        pl.format("organization:{}:members", normalise_name(pl.col("name"))).alias("actor_key"),
        pl.col("mention_text").alias("actor_name"), pl.lit("organization").alias("actor_kind"),
        pl.lit(None, pl.String).alias("country_code"), "sector", pl.lit(None, pl.String).alias("role_title"),
    )
    return pl.concat([delegations, powers, members])


def _drop_nested(mentions: pl.DataFrame) -> pl.DataFrame:
    """Keep the longest mention where spans overlap ("Iraqi" inside "Iraqi President Barham Salih")."""
    # most mentions overlap no other: only the rest need the pairwise comparison below
    over = ["article_id", "sentence_index"]
    by_start = mentions.sort(*over, "start", "end")
    # windows without `over` (slow on 500k rows): sentences are runs of the sorted frame, numbered by _run;
    # _run * 2^32 + end grows from run to run, so its running max is the furthest end reached within the run
    new_run = (pl.col("article_id") != pl.col("article_id").shift(1)) | (
        pl.col("sentence_index") != pl.col("sentence_index").shift(1))
    by_start = by_start.with_columns(_run=new_run.fill_null(True).cum_sum().cast(pl.Int64))
    reach_key = (pl.col("_run") * 2**32 + pl.col("end")).cum_max().shift(1)
    reach = pl.when(reach_key // 2**32 == pl.col("_run")).then(reach_key % 2**32)  # before, same sentence
    next_start = pl.when(pl.col("_run").shift(-1) == pl.col("_run")).then(pl.col("start").shift(-1))
    overlapping = (reach > pl.col("start")).fill_null(False) | (next_start < pl.col("end")).fill_null(False)
    flagged = by_start.with_columns(_overlaps=overlapping).drop("_run")
    alone = flagged.filter(~pl.col("_overlaps")).drop("_overlaps")
    mentions = flagged.filter(pl.col("_overlaps")).drop("_overlaps")
    # a content order first: the row index breaks ties, so it must not depend on join order
    ranked = _in_content_order(mentions).with_row_index("_mid").with_columns(
        _len=pl.col("end") - pl.col("start"),
        _rank=pl.col("actor_kind").replace_strict(_KIND_RANK, default=0, return_dtype=pl.Int32),
    )
    pairs = ranked.select("_mid", "article_id", "sentence_index", "start", "end", "_len", "_rank").join(
        ranked.select("article_id", "sentence_index", pl.col("_mid").alias("_other"), pl.col("start").alias("_os"),
                      pl.col("end").alias("_oe"), pl.col("_len").alias("_olen"), pl.col("_rank").alias("_orank")),
        on=["article_id", "sentence_index"],
    )
    beaten = pairs.filter(
        (pl.col("_other") != pl.col("_mid"))
        & (pl.col("_os") < pl.col("end")) & (pl.col("_oe") > pl.col("start"))
        & ((pl.col("_olen") > pl.col("_len"))
           | ((pl.col("_olen") == pl.col("_len")) & (pl.col("_orank") > pl.col("_rank")))
           | ((pl.col("_olen") == pl.col("_len")) & (pl.col("_orank") == pl.col("_rank"))
              & (pl.col("_other") < pl.col("_mid"))))
    ).select("_mid").unique()
    kept = ranked.join(beaten, on="_mid", how="anti").drop("_mid", "_len", "_rank")
    return pl.concat([alone, kept], how="vertical_relaxed")


def actor_mentions(sentences: pl.DataFrame, reference: Reference) -> pl.DataFrame:
    """All actor mentions with sentence-relative offsets; columns MENTION_COLUMNS, then name_start, name_end
    and name_text: for a titled person the name alone ("Mustafa Al-Kadhimi" in "Iraqi Prime Minister Mustafa
    Al-Kadhimi"), for every other mention the same as start, end and mention_text."""
    groups = _armed_groups(sentences, reference)
    organizations = pl.concat([_organizations(sentences, reference), _counted_own_forces(sentences, reference)])
    international = _international_organizations(sentences, reference)
    countries = _countries(sentences, reference)
    # a government named by its seat speaks through people too: "Mossad chief X", "Kremlin spokesman X"
    seats = countries.filter(pl.col("mention_text").is_in(
        reference.countries.filter(pl.col("surface_kind") == "capital")["surface"].implode())).with_columns(
        actor_kind=pl.lit("organization"))
    bodies = pl.concat([groups, organizations, international, seats]).select(
        "article_id", "sentence_index", "start", "end", "mention_text", "actor_kind", "country_code", "sector")
    people = _people(sentences, reference, bodies)
    people = _resolve_people(people.with_columns(end=pl.col("end")), reference)
    person_mentions = people.select(
        "article_id", "sentence_index", "start", "end", "mention_text", "actor_key", "actor_name",
        pl.lit("person").alias("actor_kind"), "country_code", "sector", "role_title",
        "_name_start", "_name_end", pl.col("name").alias("_name_text"),
    )
    # the span of a titled person is the whole phrase ("Iraqi President Barham Salih") until nested
    # mentions are settled, so the demonym inside it is no country mention of its own; then it is the name
    mentions = pl.concat(
        [
            person_mentions,
            _office_holder_actors(sentences, reference),
            _dictionary_people(sentences, reference),
            groups,
            organizations,
            international,
            _unnamed_sides(sentences, reference),
            _untitled_people(sentences, reference),
            countries,
        ],
        how="diagonal_relaxed",
    )
    mentions = _drop_nested(mentions)
    surnames = _surname_mentions(sentences, people)
    mentions = pl.concat([mentions, surnames], how="diagonal_relaxed")
    mentions = _drop_nested(mentions)
    media = reference.media_outlets["name"].str.to_lowercase().implode()
    mentions = mentions.filter(
        ~pl.col("mention_text").str.to_lowercase().is_in(media), ~pl.col("actor_name").str.to_lowercase().is_in(media)
    )
    # the mention as published is the name as written, its title only in role_title; start/end keep the
    # whole phrase, which binding to events and coordination ("President A of X and Prime Minister B") read
    mentions = mentions.with_columns(
        name_start=pl.coalesce("_name_start", "start"),
        name_end=pl.coalesce("_name_end", "end"),
        name_text=pl.coalesce("_name_text", "mention_text"),
    ).drop("_name_start", "_name_end", "_name_text")
    # a person's country, sector and role, once known anywhere in the article, hold for every mention
    fill = ["country_code", "sector", "role_title"]
    mentions = _in_content_order(mentions).with_columns(
        [pl.col(c).fill_null(pl.col(c).drop_nulls().first().over("article_id", "actor_key")) for c in fill]
    )
    return mentions.select(*MENTION_COLUMNS, "name_start", "name_end", "name_text")


def _in_content_order(mentions: pl.DataFrame) -> pl.DataFrame:
    """Mentions sorted by all their MENTION_COLUMNS, then the name inside a titled phrase: an order that does not
    depend on join or input order. The title parse and the dictionary alias "Crown Prince Hussein" give the same
    span and MENTION_COLUMNS; only the name columns tell them apart, and the parse (with its name) comes first."""
    name_columns = [c for c in ("_name_start", "_name_end", "_name_text") if c in mentions.columns]
    return mentions.sort([*MENTION_COLUMNS, *name_columns], nulls_last=True)


_LOCATED = r"(?i:(?-u:\b)(?:in|inside|across|throughout|near|(?:north|south|east|west)(?:east|west)?ern)\s+(?:the\s+)?)$"


def sponsored_groups_where_they_operate(actors: pl.DataFrame, sentences: pl.DataFrame, cities: pl.DataFrame,
                                        reference: Reference) -> pl.DataFrame:
    """Unnamed sponsored groups ("Iran-backed militias") take the country where they operate, not the sponsor's:
    the country the article places most events in (its cities, "in <country>"), the sponsor's excepted; their
    own sentences break ties. One actor per article, so every mention gets the same country."""
    generic = pl.col("actor_key").str.starts_with("armed_group:pro-") & pl.col("country_code").is_null()
    if actors.filter(generic).is_empty():
        return actors
    sponsors = reference.countries.select(
        pl.format("armed_group:pro-{}", pl.col("country_name").str.to_lowercase()).alias("_prefix"),
        pl.col("country_code").alias("_sponsor")).sort("_prefix", "_sponsor").unique(
        "_prefix", keep="first", maintain_order=True)
    sponsors = actors.filter(generic).select("actor_key").unique().with_columns(
        _prefix=pl.col("actor_key").str.replace(r" \S+$", "")).join(sponsors, on="_prefix").drop("_prefix")
    located = actors.filter(pl.col("actor_kind") == "country").join(
        sentences.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"]
    ).filter(pl.col("text").str.slice(0, pl.col("start")).str.contains(_LOCATED))
    places = pl.concat([
        located.select("article_id", "sentence_index", "country_code"),
        cities.select("article_id", "sentence_index", "country_code"),
    ]).drop_nulls()
    groups = actors.filter(generic).join(sponsors, on="actor_key", how="left")
    own_sentences = groups.select("article_id", "actor_key", "sentence_index").unique().with_columns(_own=pl.lit(True))
    candidates = groups.select("article_id", "actor_key", "_sponsor").unique().join(places, on="article_id").filter(
        pl.col("_sponsor").is_null() | (pl.col("country_code") != pl.col("_sponsor"))
    ).join(own_sentences, on=["article_id", "actor_key", "sentence_index"], how="left")
    best = (
        candidates.group_by("article_id", "actor_key", "country_code")
        .agg(pl.len().alias("_n"), pl.col("_own").any().fill_null(False))
        .sort(["_n", "_own", "country_code"], descending=[True, True, False])
        .unique(["article_id", "actor_key"], keep="first")
        .select("article_id", "actor_key", pl.col("country_code").alias("_place"))
    )
    return (
        actors.join(best, on=["article_id", "actor_key"], how="left")
        .with_columns(country_code=pl.when(generic).then(pl.col("_place")).otherwise(pl.col("country_code")))
        .drop("_place")
    )
