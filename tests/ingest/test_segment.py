"""split_sentences: paragraphs, sentence ends, abbreviations, and exact character offsets."""

import polars as pl
import pytest

from ingest import schemas
from ingest.segment import choose_mark, split_sentences


def articles(*texts: str | None) -> pl.DataFrame:
    return pl.DataFrame(
        {"article_id": [f"a{i}" for i in range(len(texts))], "text": list(texts)},
        schema={"article_id": pl.String, "text": pl.String},
    )


def sentences_of(text: str) -> list[str]:
    return split_sentences(articles(text))["sentence_text"].to_list()


def assert_offsets_exact(frame: pl.DataFrame, sentences: pl.DataFrame) -> None:
    texts = dict(zip(frame["article_id"], frame["text"], strict=True))
    for article_id, start, end, sentence in sentences.select(
        "article_id", "char_start", "char_end", "sentence_text"
    ).iter_rows():
        assert texts[article_id][start:end] == sentence


def test_schema_is_the_contract():
    assert split_sentences(articles("One. Two.")).schema == schemas.SENTENCES


def test_null_and_empty_text_give_no_sentences():
    result = split_sentences(articles(None, "", " \n \n"))
    assert result.height == 0
    assert result.schema == schemas.SENTENCES


def test_empty_frame():
    assert split_sentences(articles()).height == 0


def test_splits_on_end_punctuation_followed_by_capital_quote_or_digit():
    assert sentences_of('It ended. "Then?" he asked! 3 died. Fine') == [
        "It ended.",
        '"Then?" he asked!',
        "3 died.",
        "Fine",
    ]


def test_no_split_before_lower_case():
    assert sentences_of("The talks ended approx. five hours later.") == [
        "The talks ended approx. five hours later."
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr. Smith met Dr. Jones.",
        "Gen. Lt. Col. Sgt. Adams spoke.",
        "U.S. Secretary of State Mike Pompeo phoned.",
        "The U.N. Security Council met.",
        "J. Smith and J. K. Rowling came.",
        "It happened on Jan. 5 and Feb. 6 in St. Louis.",
        "He lives at No. 10 Downing Street.",
        "Iraq vs. Iran was the match.",
        "Several, e.g. Iraq, i.e. Baghdad, said so.",
        "They met at 10 a.m. Monday and left at 2 p.m. Tuesday.",
        "The rate rose to 3.5 percent.",
        "Sen. Elizabeth Warren spoke.",
    ],
)
def test_abbreviations_initials_and_decimals_do_not_end_a_sentence(sentence):
    assert sentences_of(f"{sentence} Next sentence.") == [sentence, "Next sentence."]


def test_closing_quote_stays_with_its_sentence():
    assert sentences_of('He said "no." The meeting ended.') == ['He said "no."', "The meeting ended."]


def test_paragraphs_are_lines_and_sentence_index_runs_across_the_article():
    result = split_sentences(articles("First. Second.\n\nThird.\nFourth. Fifth."))
    assert result.select("paragraph_index", "sentence_index", "sentence_text").rows() == [
        (0, 0, "First."),
        (0, 1, "Second."),
        (1, 2, "Third."),
        (2, 3, "Fourth."),
        (2, 4, "Fifth."),
    ]


def test_offsets_are_character_offsets_with_non_ascii_text():
    # "’", "é", "—" and the emoji are several bytes in UTF-8 but one character in Python.
    frame = articles(
        "The New Arab’s service said so. Café owners — all of them 😀 — left.\nÉmile Zola spoke. End.",
        "Ünïcödé only. Ça va? Oui.",
    )
    result = split_sentences(frame)
    assert result.filter(pl.col("article_id") == "a0")["sentence_text"].to_list() == [
        "The New Arab’s service said so.",
        "Café owners — all of them 😀 — left.",
        "Émile Zola spoke.",
        "End.",
    ]
    assert_offsets_exact(frame, result)


def test_offsets_exact_with_untrimmed_lines_and_odd_whitespace():
    frame = articles("  Leading space. Two  spaces.  \n\t\n   Tabbed\tline.   Last one.  ")
    result = split_sentences(frame)
    assert result["sentence_text"].to_list() == [
        "Leading space.",
        "Two  spaces.",
        "Tabbed\tline.",
        "Last one.",
    ]
    assert_offsets_exact(frame, result)


def test_offsets_exact_when_the_text_contains_the_boundary_mark():
    frame = articles("Odd\x1fchar. Next one. Last\x1e.")
    assert choose_mark(frame["text"]) not in frame["text"][0]
    result = split_sentences(frame)
    assert result.height == 3
    assert_offsets_exact(frame, result)


def test_one_article_per_id_in_input_order():
    result = split_sentences(articles("B one. B two.", "A one."))
    assert result["article_id"].to_list() == ["a0", "a0", "a1"]
    assert result.filter(pl.col("article_id") == "a1")["sentence_index"].to_list() == [0]
