"""Fast-path regex helpers give exactly what the slow, obvious versions give."""

import polars as pl

from ingest.extract.text import contains_lowered, find_all, lowered

CASE_TEXTS = [
    "A bomb went off",
    "BOMBING",
    "BOMB in town",
    "a \u212aILLED man",
    "\u212aills",
    "\u0130STANBUL attack",
    "\u0130 bomb",
    "explo\u017fion",
    "ATTACK\u2019s aftermath",
    "",
    None,
    "Ça explosion",
]


def test_contains_lowered_equals_lowercasing_then_matching():
    frame = pl.DataFrame({"text": CASE_TEXTS})
    pattern = r"(?-u:\b)(?:bombs?|attack|killed|kills|explosions?)(?-u:\b)"
    slow = frame.select(lowered(pl.col("text")).str.contains(pattern)).to_series()
    fast = frame.select(contains_lowered(pl.col("text"), pattern)).to_series()
    assert fast.to_list() == slow.to_list()
    # the odd characters are why the plain case-blind regex alone is not enough: Kelvin-sign "kills", long-s "explosion"
    plain = frame.select(pl.col("text").str.contains(f"(?i:{pattern})")).to_series().to_list()
    assert (plain[4], fast[4]) == (False, True) and (plain[7], fast[7]) == (True, False)


def test_find_all_character_offsets_with_multibyte_text():
    frame = pl.DataFrame(
        {"id": [1, 2, 3, 4], "text": ["Ça va, Iraq and Iraq", "Iraq", "", "naïve Iraq’s Iraq"]}
    )
    found = find_all(frame, r"Iraq", match_col="m")
    assert found.select("id", "m", "m_start", "m_end").rows() == [
        (1, "Iraq", 7, 11),
        (1, "Iraq", 16, 20),
        (2, "Iraq", 0, 4),
        (4, "Iraq", 6, 10),
        (4, "Iraq", 13, 17),
    ]
    for text, start, end in zip(found["text"], found["m_start"], found["m_end"]):
        assert text[start:end] == "Iraq"


def test_find_all_gives_what_python_re_finds():
    # adjacent matches, a match at either end, "$" in the text, nulls and multibyte text
    import re

    texts = ["xx yx", "x", "", None, "ümlaut x$y xx", "Ünïcödé Kabul, Kabul!", "no match here"]
    frame = pl.DataFrame({"id": range(len(texts)), "text": texts})
    for pattern in [r"x", r"Kabul", r"\$y", r"[A-Z]\w+"]:
        found = find_all(frame, pattern, match_col="m").select("id", "m", "m_start", "m_end").rows()
        expected = [
            (row, m.group(), m.start(), m.end())
            for row, text in enumerate(texts)
            if text is not None
            for m in re.finditer(pattern, text)
        ]
        assert found == expected, pattern
    # empty matches follow polars' own regex engine (Python's re finds one more after a non-empty match)
    found = find_all(frame, r"x*", match_col="m")
    assert found["m"].to_list() == frame["text"].str.extract_all(r"x*").explode().drop_nulls().to_list()
    for text, start, end, match in found.select("text", "m_start", "m_end", "m").rows():
        assert text[start:end] == match


def test_top_level_branches_split_only_the_outermost_alternation():
    from ingest.extract.text import top_level_branches

    assert top_level_branches(r"a|b(?:c|d)|[|(]x\|y") == ["a", "b(?:c|d)", r"[|(]x\|y"]
    assert top_level_branches(r"[]|]z|[^]|]w") == ["[]|]z", "[^]|]w"]
    assert top_level_branches(r"(?i:kill|shot) him") == [r"(?i:kill|shot) him"]
    # a flag group without a colon applies to every later alternative: no split
    assert top_level_branches(r"(?i)kill|shot") == [r"(?i)kill|shot"]


def test_contains_any_branch_equals_one_regex():
    from ingest.extract.text import contains_any_branch

    texts = ["Gunmen shot Mayor Ana Ruiz", "the mayor, Ana Ruiz, survives", "no one", "", None, "KILLED him [x]"]
    frame = pl.DataFrame({"text": texts})
    for pattern in [r"(?i:mayor) \p{Lu}\p{Ll}+|survives|(?-u:\b)killed (?:him|her)", r"\[x\]|one$", r"nothing"]:
        whole = frame.select(pl.col("text").str.contains(pattern)).to_series().to_list()
        split = frame.select(contains_any_branch(pl.col("text"), pattern)).to_series().to_list()
        assert split == whole, pattern


def test_person_name_reads_initials_and_particles():
    from ingest.extract.text import PERSON_NAME

    names = ["Peter R. de Vries", "Abu Bakr al-Baghdadi", "Ayman al-Zawahiri", "Mohammed bin Salman",
             "Jean-Marie Le Pen", "Recep Tayyip Erdoğan", "Patrick O'Brien", "Brandon McDonald", "Seán Ó Faoláin",
             "Ahmed ibn Saleh", "Ahmed ould Abdallah", "Maria da Silva", "Luis de la Cruz", "Hans van der Berg",
             "Jean-Pierre du Plessis", "Ursula von der Leyen", "Marc ter Stegen", "Abdel Fattah el-Sisi"]
    found = pl.Series(names).str.extract(f"^({PERSON_NAME})$", 1).to_list()
    assert found == names
    # a lowercase word that is no particle ends the name; one capitalised word is no name
    assert pl.Series(["Peter Smith was shot", "Reuters said"]).str.extract(f"^({PERSON_NAME})", 1).to_list() == [
        "Peter Smith", None]
