"""The prepared gazetteer is cached as Parquet keyed by a hash of its inputs."""

import shutil

from ingest.extract import reference as ref


def test_gazetteer_cache_round_trip_and_invalidation(tmp_path, monkeypatch):
    monkeypatch.setenv(ref.CACHE_DIR_ENV, str(tmp_path / "cache"))
    seeds = tmp_path / "seeds"
    shutil.copytree(ref.DEFAULT_REFERENCE_DIR, seeds)
    built = ref._cached_cities(seeds)
    files = list((tmp_path / "cache").glob("cities-*.parquet"))
    assert len(files) == 1
    assert ref._cached_cities(seeds).equals(built)  # read back: same rows, same types
    # an edited alias file is a new key: the next load builds again and sees the new alias
    with (seeds / "ref_place_aliases.csv").open("a", encoding="utf-8") as aliases:
        aliases.write("Zzyzx Springs,Zzyzx,USA,35.14,-116.10\n")
    rebuilt = ref._cached_cities(seeds)
    assert len(list((tmp_path / "cache").glob("cities-*.parquet"))) == 2
    assert "Zzyzx Springs" in rebuilt["surface"].to_list()


def test_unwritable_cache_dir_still_loads(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    monkeypatch.setenv(ref.CACHE_DIR_ENV, str(blocker / "cache"))
    cities = ref._cached_cities(ref.DEFAULT_REFERENCE_DIR)
    assert cities.height > 100_000
