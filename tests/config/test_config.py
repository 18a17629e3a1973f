from pathlib import Path

import pytest

from daejo.config import load_config
from daejo.errors import ConfigError


def test_closest_daejo_toml_wins_and_paths_are_relative_to_it(tmp_path: Path):
    (tmp_path / "pyproject.toml").write_text('[tool.daejo]\nlang = "en"\n', encoding="utf-8")
    sub = tmp_path / "newsroom"
    sub.mkdir()
    (sub / "daejo.toml").write_text('aliases = "data/aliases.yaml"\nfail_on = "warning"\n', encoding="utf-8")
    cfg = load_config(sub)
    assert cfg.source == sub / "daejo.toml"
    assert cfg.aliases == [sub.resolve() / "data/aliases.yaml"]
    assert cfg.fail_on == "warning"
    assert cfg.lang == "ko"  # the outer pyproject is not merged


def test_pyproject_tool_table_is_read(tmp_path: Path):
    (tmp_path / "pyproject.toml").write_text('[tool.daejo]\nignore = ["plan-divergence"]\n', encoding="utf-8")
    inner = tmp_path / "a" / "b"
    inner.mkdir(parents=True)
    cfg = load_config(inner)
    assert cfg.ignore == ["plan-divergence"]
    assert cfg.root == tmp_path.resolve()


def test_pyproject_without_table_is_skipped(tmp_path: Path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    cfg = load_config(tmp_path)
    assert cfg.source is None and cfg.fail_on == "error"


def test_unknown_key_is_an_error_naming_it(tmp_path: Path):
    (tmp_path / "daejo.toml").write_text('fail_on = "error"\nfial_on = "x"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(tmp_path)
    assert "fial_on" in str(err.value) and "daejo.toml" in str(err.value)


def test_invalid_value_and_invalid_toml_name_the_file(tmp_path: Path):
    (tmp_path / "daejo.toml").write_text('fail_on = "sometimes"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="fail_on"):
        load_config(tmp_path)
    (tmp_path / "daejo.toml").write_text('fail_on = \n', encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(tmp_path)
    assert err.value.line == 1
