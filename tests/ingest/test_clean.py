"""Unit tests of the cleaning expressions on tiny inline frames, nulls and empty strings included."""

import polars as pl
import pytest

from ingest.clean import (
    clean_text,
    clean_text_column,
    clean_title,
    collapse_blank_lines,
    drop_furniture,
    normalise_characters,
    strip_markup,
    tidy_lines,
    unwrap_lines,
)


def apply(expression_of, values: list[str | None]) -> list[str | None]:
    return (
        pl.DataFrame({"text": values}, schema={"text": pl.String})
        .select(expression_of(pl.col("text")))["text"]
        .to_list()
    )


def cleaned(*values: str | None) -> list[str | None]:
    """clean_text through both entry points, which must agree."""
    frame = pl.DataFrame({"text": list(values)}, schema={"text": pl.String})
    by_expression = frame.select(clean_text(pl.col("text")))["text"].to_list()
    by_column = clean_text_column(frame)["text"].to_list()
    assert by_expression == by_column
    return by_column


def test_null_and_empty_text_pass_through():
    assert cleaned(None, "", "   \n \n") == [None, "", ""]


def test_windows_and_old_mac_line_endings_become_newlines():
    assert apply(normalise_characters, ["a\r\nb\rc\u2029d"]) == ["a\nb\nc\nd"]


def test_byte_order_marks_and_control_characters_are_removed():
    assert apply(normalise_characters, ["\ufeffHello\x00 w\x1forld\u200b"]) == ["Hello world"]


def test_odd_spaces_and_entities_are_normalised():
    assert apply(normalise_characters, ["a\u00a0b\tc &amp; d &rsquo;"]) == ["a b c & d ’"]


@pytest.mark.parametrize(
    "line",
    [
        "|",
        "  |  ",
        "***",
        "— • —",
        "Read also: Pro-Iran militias reassert dominance over Mustafa al-Kadhimi",
        "READ MORE: Iraq news",
        "Read more",
        "See also: the timeline",
        "Follow us on Facebook, Twitter and Instagram to stay connected",
        "Subscribe to our newsletter",
        "Sign up for the morning briefing",
        "Related: Iraq",
    ],
)
def test_page_furniture_lines_are_dropped(line):
    assert cleaned(f"First sentence.\n{line}\nLast sentence.") == ["First sentence.\nLast sentence."]


@pytest.mark.parametrize(
    "line",
    [
        "The minister said readers should read also the annex.",
        "Follow-up talks are planned for June.",
        "Subscribers to the service received the alert.",
        'He said: "Read the report."',
        "3,000",
    ],
)
def test_ordinary_lines_are_kept(line):
    assert cleaned(f"First sentence.\n{line}") == [f"First sentence.\n{line}"]


def test_blank_runs_collapse_and_ends_are_trimmed():
    assert apply(collapse_blank_lines, ["\n\nA.\n\n\n\nB.\n\n"]) == ["A.\nB."]


def test_lines_are_trimmed_and_space_runs_collapsed():
    assert apply(tidy_lines, ["  a   b  \n  c"]) == ["a b\nc"]


def test_drop_furniture_keeps_the_line_break():
    assert apply(drop_furniture, ["a\n|\nb"]) == ["a\n\nb"]


def test_markup_is_stripped_but_link_text_kept():
    html = "<figure><img\nsrc='x.jpg' /></figure>The <b>bold</b> [deal](https://x.com/a) is **done**.<script>var a=1;</script>"
    assert apply(lambda text: strip_markup(normalise_characters(text)), [html]) == ["The bold deal is done."]


def test_markdown_links_with_parentheses_and_emphasis_inside():
    text = "-   **CFPB**\n    [**used**](https://x.org/a_(b)%20c) its [**slush\n    fund**](https://x.com/1) well.\n\nNext."
    assert cleaned(text) == ["CFPB used its slush fund well.\nNext."]


def test_markdown_headings_and_bullets_lose_their_markers():
    assert apply(strip_markup, ["### Heading\n-   item one\n> quoted"]) == ["Heading\nitem one\nquoted"]


def test_hard_wrapped_paragraphs_are_joined():
    wrapped = "The President spoke today with\nPrime Minister Kishida of Japan.\n\nThey discussed\ntrade and the\nsummit."
    assert cleaned(wrapped) == [
        "The President spoke today with Prime Minister Kishida of Japan.\nThey discussed trade and the summit."
    ]


def test_lines_without_blank_line_separators_are_never_joined():
    # The one-paragraph-per-line style: a line without final punctuation is still a paragraph.
    text = "Baghdad airport hit\nA rocket struck a house."
    assert cleaned(text) == [text]


def test_one_paragraph_text_wrapped_at_72_columns_is_joined():
    # no blank line anywhere, but every line is of wrapping width: the name must not be cut in two
    wrapped = (
        "The Foreign Minister met this morning with Prime Minister Lena Maria\n"
        "Holm of Sweden to review cooperation on energy and regional security.\n"
        "The two ministers also discussed the situation in the Baltic Sea and\n"
        "agreed to stay in close touch."
    )
    joined = (
        "The Foreign Minister met this morning with Prime Minister Lena Maria Holm of Sweden to review "
        "cooperation on energy and regional security.\nThe two ministers also discussed the situation in the "
        "Baltic Sea and agreed to stay in close touch."
    )
    assert cleaned(wrapped) == [joined]


def test_paragraph_per_line_text_with_long_lines_is_not_joined():
    # lines much longer than a wrapping width are paragraphs, even the one without final punctuation
    first = "Iraqi officials said a rocket struck near the airport of the capital on Monday evening, " * 2
    text = f"{first.strip()}\nNo group has claimed the attack, which came a day after a drone strike on a convoy."
    assert cleaned(text) == [text]


def test_unwrap_keeps_breaks_after_sentence_ends():
    assert apply(unwrap_lines, ["One.\nTwo\nthree."]) == ["One.\nTwo three."]


def test_unwrap_joins_a_name_cut_after_its_middle_initial():
    assert apply(unwrap_lines, ["He met President Ana B.\nSousa of Peru.\nThe talks ended at 5 P.\nM."]) == [
        "He met President Ana B. Sousa of Peru.\nThe talks ended at 5 P.\nM."]


def test_seed_style_furniture_between_paragraphs():
    text = 'He said "in all fields".\n|\n|\nAmerican officials said.\nRead also: X\nAn official told AFP.'
    assert cleaned(text) == ['He said "in all fields".\nAmerican officials said.\nAn official told AFP.']


def test_clean_title():
    assert apply(clean_title, [None, "", "  ", " A  <b>title</b>\n"]) == [None, None, None, "A title"]


def test_unwrap_joins_a_line_cut_after_a_title_or_other_abbreviation():
    assert apply(unwrap_lines, ["He met Advisor Dr.\nAna Ruiz before the St.\nPatrick's Day parade. It rained.\nThen"]) == [
        "He met Advisor Dr. Ana Ruiz before the St. Patrick's Day parade. It rained.\nThen"]


def test_unwrap_joins_a_line_cut_after_a_closing_bracket_but_not_after_a_closed_sentence():
    assert apply(unwrap_lines, ["She met Republic of Chile (RoC)\nMinister Ana Soto [in person]\nin Lima (today.)\nThen"]) == [
        "She met Republic of Chile (RoC) Minister Ana Soto [in person] in Lima (today.)\nThen"]
