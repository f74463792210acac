"""Configuration errors are one line and name the setting."""

import pytest

from orchestration.settings import PROJECT_ROOT, SettingError, Settings


def _settings(tmp_path, **overrides) -> Settings:
    values = {
        "landing_dir": PROJECT_ROOT / "data" / "sample",
        "warehouse_path": tmp_path / "pub" / "sitrep.duckdb",
        "work_dir": tmp_path / "work",
        "reference_dir": PROJECT_ROOT / "dbt_project" / "seeds",
    }
    return Settings(**{**values, **overrides})


def test_defaults_point_into_the_project(monkeypatch):
    for name in ("SITREP_LANDING_DIR", "SITREP_WAREHOUSE", "SITREP_WORK_DIR", "SITREP_REFERENCE_DIR"):
        monkeypatch.delenv(name, raising=False)
    settings = Settings.from_env()
    assert settings.landing_dir == PROJECT_ROOT / "data" / "sample"
    assert settings.warehouse_path == PROJECT_ROOT / "warehouse" / "sitrep.duckdb"
    assert settings.work_warehouse_path.parent == PROJECT_ROOT / ".sitrep"


def test_environment_overrides_defaults(monkeypatch, tmp_path):
    monkeypatch.setenv("SITREP_WAREHOUSE", str(tmp_path / "w.duckdb"))
    assert Settings.from_env().warehouse_path == tmp_path / "w.duckdb"


def test_a_valid_configuration_creates_the_folders_it_writes(tmp_path):
    _settings(tmp_path).validate()
    assert (tmp_path / "pub").is_dir() and (tmp_path / "work").is_dir()


@pytest.mark.parametrize(
    ("override", "setting"),
    [
        ({"landing_dir": "missing"}, "SITREP_LANDING_DIR"),
        ({"reference_dir": "missing"}, "SITREP_REFERENCE_DIR"),
        ({"warehouse_path": "is_a_dir"}, "SITREP_WAREHOUSE"),
        ({"warehouse_path": "a_file/sub/sitrep.duckdb"}, "SITREP_WAREHOUSE"),
        ({"work_dir": "a_file/work"}, "SITREP_WORK_DIR"),
    ],
)
def test_a_bad_setting_gives_one_line_naming_it(tmp_path, override, setting):
    (tmp_path / "is_a_dir").mkdir()
    (tmp_path / "a_file").write_text("not a folder")  # unwritable as a parent, even for root
    ((name, relative),) = override.items()
    with pytest.raises(SettingError) as raised:
        _settings(tmp_path, **{name: tmp_path / relative}).validate()
    message = str(raised.value)
    assert message.startswith(setting + ":") and "\n" not in message


@pytest.mark.parametrize("value", ["lots", "-3", "0"])
def test_a_bad_size_limit_names_the_setting(monkeypatch, value):
    monkeypatch.setenv("SITREP_MAX_ARTICLE_MB", value)
    with pytest.raises(SettingError, match=r"^SITREP_MAX_ARTICLE_MB: "):
        Settings.from_env()


def test_the_size_limit_is_read_in_megabytes(monkeypatch):
    monkeypatch.setenv("SITREP_MAX_ARTICLE_MB", "0.5")
    assert Settings.from_env().max_article_bytes == 500_000
