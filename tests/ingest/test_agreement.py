"""The agreement command: two labellings compared field by field, the extractor against each, blind sets unlisted."""

import pytest

from ingest import agreement
from ingest.extract import load_reference


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _incident(**labels) -> dict:
    line = {"incident_type": "bombing", "city": "Kabul", "country": "Afghanistan", "killed_min": 5,
            "perpetrator": None}
    return {**line, **labels}


def test_labels_agree_field_by_field(reference):
    same = agreement.labels_agree(_incident(), _incident(), reference)
    assert all(same.values())
    differ = agreement.labels_agree(_incident(), _incident(incident_type="ied", city="Kandahar", killed_min=6),
                                    reference)
    assert differ == {"type": False, "killed_min": False, "city": False, "country": True, "perpetrator": True}


def test_cities_agree_when_one_of_several_is_shared_and_perpetrators_under_two_names(reference):
    first, second = _incident(city="Baghdad; Basra", perpetrator="Islamic State"), _incident(
        city="Basra", perpetrator="ISIS fighters")
    assert agreement.labels_agree(first, second, reference)["city"]
    assert agreement.labels_agree(first, second, reference)["perpetrator"]
    assert not agreement.labels_agree(_incident(perpetrator="Taliban"), _incident(perpetrator=None),
                                      reference)["perpetrator"]


def test_second_labellings_cover_whole_sets():
    sets = agreement.labelled_sets()
    assert {"aa", "ac", "ae", "af", "ag", "ah"} <= set(sets)
    for name, (path, _) in sets.items():
        first = [line["id"] for line in agreement._lines(path)]
        second = [line["id"] for line in agreement._lines(agreement.SECOND_LABELS / path.name)]
        assert second == first, name


def test_agreement_of_a_tuning_set_is_measured(reference):
    result = agreement.agreement(["aa"], reference)
    assert result["lines"] == 111 and result["both_incidents"] > 70
    type_agreement = [row["type"] for row in result["rows"]["labellers"]]
    assert 0.8 < sum(type_agreement) / len(type_agreement) < 1.0  # the two labellers do differ on some types
    assert result["detection_f1"]["second vs first"] > 0.95


def test_blind_sets_are_never_listed(reference, monkeypatch):
    # AE-AH were blind when they were relabelled; mark one blind again to check the refusal
    marked = [(path, "blind" if path.name == "incidents_heldout_ae.jsonl" else use)
              for path, use in agreement.WRITTEN_SETS]
    monkeypatch.setattr(agreement, "WRITTEN_SETS", marked)
    with pytest.raises(SystemExit, match="blind"):
        agreement.list_differences("ae", "type", reference)
