"""The evaluation command scores what it claims to: detection and fields on a tiny written set, the gold's date
rule, and the reviewed contact_date corrections against the shared dev gold."""

import json
from datetime import date, timedelta

import pytest

from ingest import evaluate
from ingest.extract import load_reference
from tests.conftest import SHARED_DIR


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _line(id_: str, text: str, **labels) -> dict:
    fields = {"is_incident": False, "incident_type": None, "city": None, "country": None, "killed_min": None,
              "killed_max": None, "wounded_min": None, "perpetrator": None, "perpetrator_status": None,
              "target": None, "contact_type": None, "participants": None, "note": None}
    return {"id": id_, "date": "2019-03-04", "text": text, "source_path": None, **fields, **labels}


def test_incident_scores_count_hits_misses_and_false_alarms(tmp_path, reference, capsys):
    lines = [
        _line("t-1", "A car bomb kills 12 people in Kirkuk, Iraq. Islamic State claims responsibility.",
              is_incident=True, incident_type="car_bomb", city="Kirkuk", country="Iraq", killed_min=12,
              killed_max=12, perpetrator="Islamic State", perpetrator_status="claimed"),
        # labelled wrong on purpose: the extractor reads 12 killed and Kirkuk
        _line("t-2", "A car bomb kills 12 people in Kirkuk, Iraq.", is_incident=True, incident_type="car_bomb",
              city="Mosul", country="Iraq", killed_min=15, killed_max=15, perpetrator_status="unknown"),
        _line("t-3", "The foreign ministers of Chile and Peru meet in Lima to discuss trade."),
        _line("t-4", "Gunmen kill nine villagers in Zamfara State, Nigeria.", is_incident=False),
    ]
    path = tmp_path / "set.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    result = evaluate.evaluate_incidents(path, reference, label="tiny")
    assert result["precision"] == pytest.approx(2 / 3)  # t-4 is a false alarm by its (wrong) label
    assert result["recall"] == 1.0
    assert result["type"] == 1.0
    assert result["killed_min"] == 0.5 and result["city"] == 0.5
    assert result["perpetrator"] == 1.0
    assert result["_misses"]["killed_min"] == ["t-2"]
    assert "tiny: 4 summaries, 2 gold incidents detected" in capsys.readouterr().out


@pytest.mark.parametrize(("gold", "name", "key", "right"), [
    # a country's forces read under a body of that country: the gold country word names them
    ("Iraqi air force", "Iraq's military", "organization:IRQ:military", True),
    ("Russian military", "Russia's military", "organization:RUS:military", True),
    ("Israel", "Israeli forces", "country:ISR", True),
    # another country's body, a person, or no doer read: misses
    ("Iraqi air force", "Iran's military", "organization:IRN:military", False),
    ("Iraqi forces", "Barham Salih", "person:barham salih", False),
    ("Syrian army", None, None, False),
])
def test_perpetrator_check_takes_a_country_body_by_its_country_code(reference, gold, name, key, right):
    assert evaluate._perpetrator_matches(gold, name, key, reference) is right


def test_gold_contact_date_rule():
    assert evaluate.gold_contact_date("The President spoke today with X.", "2023-05-10") == ("2023-05-10", "today")
    # the latest Monday on or before publication (a Wednesday)
    assert evaluate.gold_contact_date("They met on Monday in Rome.", "2023-05-10") == ("2023-05-08", "weekday")
    assert evaluate.gold_contact_date("They met on Wednesday.", "2023-05-10") == ("2023-05-10", "weekday")
    assert evaluate.gold_contact_date("They met yesterday.", "2023-05-10") == (None, None)


def test_stated_contact_date_reads_every_day_the_opening_gives():
    published = "2023-05-10"  # a Wednesday
    assert evaluate.stated_contact_date("The President spoke this\nafternoon with X.", published) == "2023-05-10"
    assert evaluate.stated_contact_date("They met yesterday in Rome.", published) == "2023-05-09"
    assert evaluate.stated_contact_date("They met on Monday.", published) == "2023-05-08"
    assert evaluate.stated_contact_date("They spoke by phone on May 2 about trade.", published) == "2023-05-02"
    assert evaluate.stated_contact_date("They met on December 30, 2022.", published) == "2022-12-30"
    # a month and day well after publication is last year's; a day or two after is a time-zone lag, kept
    assert evaluate.stated_contact_date("They met on December 30.", "2023-01-04") == "2022-12-30"
    assert evaluate.stated_contact_date("They met on May 11 in Beijing.", published) == "2023-05-11"
    # the first day stated wins; no day stated is null
    assert evaluate.stated_contact_date("Yesterday they spoke; on Monday they will meet.", published) == "2023-05-09"
    assert evaluate.stated_contact_date("The two leaders discussed trade.", published) is None
    assert evaluate.stated_contact_date("They met on February 30.", published) is None


@pytest.mark.skipif(not (SHARED_DIR / "gold").is_dir(), reason="the shared gold sets are not on this machine")
def test_contact_date_corrections_fix_only_null_gold_dates_with_the_day_their_words_give():
    corrections = [json.loads(line) for line in
                   evaluate.CONTACT_DATE_CORRECTIONS.read_text(encoding="utf-8").splitlines()]
    gold, docs = evaluate.contacts_dev_gold(SHARED_DIR / "gold" / "contacts_dev.jsonl",
                                            SHARED_DIR / "corpora" / "whitehouse_briefings.jsonl.gz")
    by_id = {g["id"]: g for g in gold}
    assert corrections and len({c["id"] for c in corrections}) == len(corrections)
    for correction in corrections:
        assert by_id[correction["id"]]["contact_date"] is None, correction["id"]
        published = date.fromisoformat(docs[correction["id"]]["published_at"][:10])
        corrected = date.fromisoformat(correction["corrected_contact_date"])
        assert published - timedelta(days=1) <= corrected <= published, correction["id"]
        # the words the day was read from stand at the start of the body
        first_words = correction["date_words"].split(" (")[0].split(" ... ")[-1]
        assert first_words in " ".join(docs[correction["id"]]["text"][:600].split()), correction["id"]


def test_a_tuning_pool_spans_codes_in_order_of_writing():
    paths = evaluate.tuning_pool("cu-cx")
    assert [p.stem for p in paths] == [f"incidents_heldout_{c}" for c in ("cu", "cv", "cw", "cx")]
    assert [p.stem for p in evaluate.tuning_pool("a-c")] == ["incidents_written_a", "incidents_heldout_b",
                                                             "incidents_heldout_c"]
    assert len(evaluate.tuning_pool("ci")) == 1


@pytest.mark.parametrize("span", ["dn-do", "dp", "a-dr", "ds-dv", "zz-cx", "cx-cu"])
def test_a_tuning_pool_refuses_blind_sets_unknown_codes_and_backward_spans(span):
    with pytest.raises(ValueError):
        evaluate.tuning_pool(span)


def test_the_pool_option_scores_dev_and_the_pool_and_lists_its_misses(capsys):
    evaluate.main(["--shared-dir", str(SHARED_DIR), "--pool", "a", "--show-misses"])
    out = capsys.readouterr().out
    assert "incidents_dev:" in out and "pool a (1 sets):" in out
    assert "contacts_dev" not in out  # the contacts are left out of a tuning run
    with pytest.raises(SystemExit):
        evaluate.main(["--shared-dir", str(SHARED_DIR), "--pool", "do-dr"])
