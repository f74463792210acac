"""The office-holder dictionary (dbt_project/seeds/ref_office_holders.csv) is data the extractor trusts:
"President Aoun" is whoever held that title on the publication date, so a bad code, date or overlap
silently names the wrong person. These checks read the CSV as the extractor does."""

import csv
import datetime as dt
from pathlib import Path

import polars as pl
import pycountry
import pytest

from ingest.extract.actors import normalise_name

SEEDS = Path(__file__).resolve().parents[3] / "dbt_project" / "seeds"
HOLDERS = SEEDS / "ref_office_holders.csv"
HEADER = ["name", "aliases", "role_title", "country_code", "sector", "held_from", "held_until"]
SECTORS = {"GOV", "MIL", "REL", "IGO"}
OPEN_END = dt.date(9999, 12, 31)

# Two people with one title in one country at once, for real. Rows with no country are international
# organisations: the file has no organisation column, so their titles overlap across organisations.
CO_HOLDERS = {
    frozenset({"Nicolas Maduro", "Juan Guaido"}),  # Venezuela: rival claims to the presidency, 2019-2023
    frozenset({"Abdul Hamid Dbeibah", "Fathi Bashagha"}),  # Libya: rival governments, 2022-2023
    frozenset({"Jean-Claude Juncker", "Donald Tusk"}),  # EU: Commission and European Council presidents
    frozenset({"Ursula von der Leyen", "Charles Michel"}),
    frozenset({"Ursula von der Leyen", "Antonio Costa"}),
}

# Title + last word of a name, both in office at once: the extractor's surname match ("President Morales")
# takes the first name alphabetically, so each pair here is a known ambiguity (a fix would use the mention's
# country). Regnal numbers are harmless: "King Felipe VI" is found by its full alias before any surname.
KNOWN_SURNAME_COLLISIONS = {
    ("morales", "president"): {"Evo Morales", "Jimmy Morales"},  # BOL, GTM until 2019
    ("orban", "prime minister"): {"Ludovic Orban", "Viktor Orban"},  # ROU 2019-2020; "Orbán" alone is Viktor
    ("nguema", "president"): {"Brice Clotaire Oligui Nguema", "Teodoro Obiang Nguema Mbasogo"},
    ("abdullah", "king"): {"Abdullah II", "Abdullah of Pahang"},  # "King Abdullah" is Jordan's (sorts first)
    ("ii", "queen"): {"Elizabeth II", "Margrethe II"},
    ("iii", "king"): {"Charles III", "Letsie III", "Mswati III"},
    ("v", "king"): {"Harald V", "Muhammad V"},
    ("vi", "king"): {"Felipe VI", "Mohammed VI", "Tupou VI"},
    ("x", "king"): {"Frederik X", "Maha Vajiralongkorn"},  # "Rama X"
}

# Foreign ministers the dictionary must cover without a gap from 2018 on (the brief's list).
G20_MEMBERS = ("ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR")
G20_MEMBERS += ("MEX", "RUS", "SAU", "ZAF", "TUR", "GBR", "USA")
REGION_WATCH = ("IRN", "ISR", "IRQ", "ARE", "QAT", "EGY", "JOR", "UKR")
FOREIGN_MINISTERS = {
    **dict.fromkeys(G20_MEMBERS + REGION_WATCH, "Foreign Minister"),
    "USA": "Secretary of State",
    "GBR": "Foreign Secretary",
}
COVERAGE_FROM, COVERAGE_TO = dt.date(2018, 1, 1), dt.date(2026, 11, 28)
LONGEST_VACANCY = dt.timedelta(days=45)  # caretaker weeks between a resignation and a successor


@pytest.fixture(scope="module")
def raw_rows() -> list[dict[str, str]]:
    with HOLDERS.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == HEADER
        return list(reader)


@pytest.fixture(scope="module")
def holders(raw_rows) -> pl.DataFrame:
    frame = pl.DataFrame(raw_rows, schema={c: pl.String for c in HEADER})
    return frame.with_row_index("row").with_columns(
        pl.col("held_from").str.to_date("%Y-%m-%d"),
        pl.when(pl.col("held_until") != "").then(pl.col("held_until")).str.to_date("%Y-%m-%d"),
    )


@pytest.fixture(scope="module")
def aliases(holders) -> pl.DataFrame:
    """One row per spelling, keyed like the extractor's full-name and surname lookups."""
    spelled = holders.with_columns(
        alias=pl.concat_list("name", pl.col("aliases").fill_null("").str.split("|"))
    )
    spelled = spelled.explode("alias").filter(pl.col("alias") != "")
    key = normalise_name(pl.col("alias"))
    return spelled.with_columns(
        key=key, surname=key.str.split(" ").list.last(), title=pl.col("role_title").str.to_lowercase()
    )


def _overlapping_pairs(frame: pl.DataFrame, on: list[str]) -> pl.DataFrame:
    terms = frame.with_columns(_until=pl.col("held_until").fill_null(OPEN_END))
    pairs = terms.join(terms, on=on, nulls_equal=True, suffix="_other")
    return pairs.filter(
        pl.col("name") < pl.col("name_other"),
        pl.col("held_from") < pl.col("_until_other"),
        pl.col("held_from_other") < pl.col("_until"),
    )


def test_header_and_every_row_has_seven_fields():
    with HOLDERS.open(newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0] == HEADER
    assert [i for i, row in enumerate(rows) if len(row) != len(HEADER)] == []
    assert len(rows) > 800  # a world-leaders list, not a handful of examples


def test_names_and_aliases_are_clean(raw_rows):
    problems = []
    for row in raw_rows:
        spellings = [row["name"], *row["aliases"].split("|")] if row["aliases"] else [row["name"]]
        if any(s != s.strip() or s == "" or "  " in s for s in spellings):
            problems.append(("blank or padded spelling", row["name"], row["aliases"]))
        if len(set(spellings)) != len(spellings):
            problems.append(("repeated spelling", row["name"], row["aliases"]))
    assert problems == []


def test_country_codes_are_iso_alpha3_and_only_organisations_have_none(raw_rows):
    valid = {c.alpha_3 for c in pycountry.countries}
    organisation = [r for r in raw_rows if r["country_code"] == "" and r["sector"] == "IGO"]
    bad = [
        (r["name"], r["country_code"])
        for r in raw_rows
        if r["country_code"] not in valid and r not in organisation
    ]
    assert bad == []


def test_sectors_are_known(raw_rows):
    assert {r["sector"] for r in raw_rows} <= SECTORS


def test_dates_parse_and_terms_run_forward(raw_rows):
    problems = []
    for r in raw_rows:
        try:
            start = dt.date.fromisoformat(r["held_from"])
            end = dt.date.fromisoformat(r["held_until"]) if r["held_until"] else None
        except ValueError as error:
            problems.append((r["name"], str(error)))
            continue
        if end is not None and not start < end:
            problems.append((r["name"], f"{start} is not before {end}"))
    assert problems == []


def test_one_holder_per_title_and_country_at_a_time(holders):
    pairs = _overlapping_pairs(holders, ["role_title", "country_code"])
    unexpected = [
        (r["role_title"], r["country_code"], r["name"], r["name_other"])
        for r in pairs.iter_rows(named=True)
        if frozenset({r["name"], r["name_other"]}) not in CO_HOLDERS
    ]
    assert unexpected == []


def test_listed_co_holders_really_overlap(holders):
    """An allowance that no longer matches the data is stale and would hide a future mistake."""
    pairs = _overlapping_pairs(holders, ["role_title", "country_code"])
    found = {frozenset({a, b}) for a, b in pairs.select("name", "name_other").iter_rows()}
    assert CO_HOLDERS - found == set()


def test_every_role_title_is_a_known_title():
    titles = pl.read_csv(SEEDS / "ref_role_titles.csv", infer_schema=False)
    roles = set(titles.filter(pl.col("title_kind") == "role")["title"].str.to_lowercase())
    used = set(pl.read_csv(HOLDERS, infer_schema=False)["role_title"].str.to_lowercase())
    missing = sorted(used - roles)
    assert missing == [], f"add these to ref_role_titles.csv (title,sector,role): {missing}"


def test_a_spelling_names_one_person(aliases):
    """The extractor maps a full name or alias to the first holder it finds; two people must not share one."""
    shared = aliases.group_by("key").agg(pl.col("name").unique().sort()).filter(pl.col("name").list.len() > 1)
    assert shared.rows() == []


def test_surname_and_title_collisions_are_the_known_ones(aliases):
    terms = aliases.select("name", "surname", "title", "held_from", "held_until").unique()
    pairs = _overlapping_pairs(terms, ["surname", "title"])
    found: dict[tuple[str, str], set[str]] = {}
    for r in pairs.iter_rows(named=True):
        found.setdefault((r["surname"], r["title"]), set()).update({r["name"], r["name_other"]})
    assert found == KNOWN_SURNAME_COLLISIONS


@pytest.mark.parametrize(("country_code", "role_title"), sorted(FOREIGN_MINISTERS.items()))
def test_foreign_ministers_are_covered_without_gaps(holders, country_code, role_title):
    terms = holders.filter(pl.col("country_code") == country_code, pl.col("role_title") == role_title).sort(
        "held_from"
    )
    covered_until = COVERAGE_FROM
    gaps = []
    for start, end in terms.select("held_from", "held_until").iter_rows():
        if start - covered_until > LONGEST_VACANCY:
            gaps.append((covered_until, start))
        covered_until = max(covered_until, end or COVERAGE_TO)
    if COVERAGE_TO - covered_until > LONGEST_VACANCY:
        gaps.append((covered_until, COVERAGE_TO))
    assert gaps == []


@pytest.mark.parametrize(
    ("text", "published", "actor_name", "country_code"),
    [
        ("Prime Minister Modi spoke.", dt.date(2024, 5, 1), "Narendra Modi", "IND"),
        ("Indian Prime Minister Narendra Modi spoke.", dt.date(2024, 5, 1), "Narendra Modi", "IND"),
        ("President Erdoğan spoke.", dt.date(2023, 3, 1), "Recep Tayyip Erdogan", "TUR"),
        ("His Majesty King Abdullah II spoke.", dt.date(2022, 3, 1), "Abdullah II", "JOR"),
        ("King Salman spoke.", dt.date(2021, 3, 1), "Salman bin Abdulaziz", "SAU"),
        ("President Aoun spoke.", dt.date(2020, 3, 1), "Michel Aoun", "LBN"),  # same title and surname,
        ("President Aoun spoke.", dt.date(2025, 3, 1), "Joseph Aoun", "LBN"),  # different person by date
        ("Chinese President Xi spoke.", dt.date(2024, 3, 1), "Xi Jinping", "CHN"),
        ("Foreign Minister Araqchi spoke.", dt.date(2025, 3, 1), "Abbas Araghchi", "IRN"),
        ("Prime Minister Orbán spoke.", dt.date(2020, 3, 1), "Viktor Orban", "HUN"),
    ],
)
def test_the_extractor_resolves_titled_mentions_through_the_dictionary(
    run, text, published, actor_name, country_code
):
    people = run([("a", text, published)]).actor_mentions.filter(pl.col("actor_kind") == "person")
    assert people.select("actor_name", "country_code").rows() == [(actor_name, country_code)]
