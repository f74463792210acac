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


def test_gazetteer_does_not_depend_on_the_python_hash_seed(tmp_path):
    # the surfaces of a city come from Python sets; which spelling survives must not follow set order
    import hashlib
    import subprocess
    import sys

    script = (
        "import hashlib, polars as pl\n"
        "from ingest.extract import reference as ref\n"
        "cities = ref._cities(ref.DEFAULT_REFERENCE_DIR)\n"
        "print(hashlib.sha256(cities.sort(cities.columns).write_csv().encode()).hexdigest())\n"
    )
    digests = set()
    for seed in ("1", "2"):
        out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                             env={"PYTHONHASHSEED": seed, "PATH": "", "HOME": str(tmp_path)},
                             cwd=ref.DEFAULT_REFERENCE_DIR.parents[1])
        digests.add(out.stdout.strip())
    assert len(digests) == 1 and hashlib.sha256().hexdigest() not in digests
