"""The seat's settings file (config.py) and `pitstop config`: read without Qt or SQLAlchemy, each problem named by
line and key with the defaults standing, written with only what differs, and the database's order: --db, then
PITSTOP_DATABASE_URL, then the file, then the default SQLite file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pitstop_desktop import config
from pitstop_desktop.cli import main
from pitstop_desktop.config import DatabaseSettings, SeatConfig, WallboardSettings
from pitstop_desktop.domain.errors import BadValue

ROOT = Path(__file__).resolve().parents[1]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_no_file_means_the_defaults_and_no_problem(seat_config: Path) -> None:
    loaded = config.load()
    assert (loaded.path, loaded.exists, loaded.config, loaded.problems) == (seat_config, False, SeatConfig(), ())
    assert all(loaded.source(key) is config.Source.DEFAULT for key in config.KEYS)
    assert config.resolve_database(None).url is None  # the default SQLite file


def test_a_whole_configuration_round_trips_and_the_file_keeps_only_what_differs(seat_config: Path) -> None:
    chosen = SeatConfig(language="en", notifications=False,
                        database=DatabaseSettings(kind="postgres", host="db.escritorio", port=6543, name="agenda",
                                                  user="PitStop Sala", windows_sign_in=True),
                        wallboard=WallboardSettings(monitor=2, open_on_start=True, at_risk_rows=12))
    assert config.save(chosen) is None
    loaded = config.load()
    assert loaded.config == chosen and loaded.problems == ()
    config.save(SeatConfig())  # the defaults: the file names the database only
    text = seat_config.read_text()
    assert 'kind = "sqlite"' in text and "language" not in text and "port" not in text
    assert config.load().values == {"database.kind": "sqlite"}


def test_a_file_that_does_not_read_says_where_and_the_defaults_stand(seat_config: Path) -> None:
    seat_config.parent.mkdir(parents=True)
    seat_config.write_text('language = "en"\n[database\nhost = "x"\n')
    loaded = config.load()
    assert loaded.config == SeatConfig() and not loaded.readable
    [problem] = loaded.problems
    assert problem.code == "value.config_syntax" and problem.params["line"] == "2"
    assert str(seat_config) in str(problem) and "valem as configurações padrão" in str(problem)


def test_each_wrong_key_is_named_with_its_line_and_the_rest_still_counts(seat_config: Path) -> None:
    seat_config.parent.mkdir(parents=True)
    seat_config.write_text('language = "fr"\nnotifications = false\ncolour = "red"\n\n'
                           '[database]\nkind = "postgres"\nhost = "db1"\nport = 70000\n\n'
                           '[wallboard]\nat_risk_rows = "muitas"\nmonitor = 2\n')
    loaded = config.load()
    problems = {p.params["key"]: (p.code, p.params["line"]) for p in loaded.problems}
    assert problems == {"language": ("value.config_value", 1), "colour": ("value.config_unknown_key", 3),
                        "database.port": ("value.config_value", 8),
                        "wallboard.at_risk_rows": ("value.config_value", 11)}
    port = next(p for p in loaded.problems if p.params["key"] == "database.port")
    assert str(port) == (f"{seat_config}, linha 8: database.port = 70000 não serve (um número de 1 a 65535); vale o "
                         "padrão, 5432.")
    assert loaded.config == SeatConfig(notifications=False, database=DatabaseSettings(kind="postgres", host="db1"),
                                       wallboard=WallboardSettings(monitor=2))


def test_the_database_comes_from_the_flag_then_the_environment_then_the_file(
    seat_config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pitstop_desktop.db import default_database_url, resolve_database_url

    assert resolve_database_url(None) == default_database_url()
    config.save(SeatConfig(database=DatabaseSettings(kind="postgres", host="db1", name="agenda")))
    assert resolve_database_url(None) == "postgresql+psycopg://db1:5432/agenda"
    monkeypatch.setenv("PITSTOP_DATABASE_URL", "sqlite:///from-env.db")
    assert resolve_database_url(None) == "sqlite:///from-env.db"
    assert resolve_database_url("sqlite:///from-cli.db") == "sqlite:///from-cli.db"
    assert config.resolve_database(None).source is config.Source.ENV
    monkeypatch.delenv("PITSTOP_DATABASE_URL")
    config.save(SeatConfig(database=DatabaseSettings(path=str(seat_config.parent / "local.db"))))
    assert resolve_database_url(None) == f"sqlite:///{(seat_config.parent / 'local.db').as_posix()}"


@pytest.mark.parametrize(("settings", "url"), [
    (DatabaseSettings(kind="postgres", host="::1", port=5433, name="pit stop"),
     "postgresql+psycopg://[::1]:5433/pit%20stop"),
    (DatabaseSettings(kind="postgres", host="db", user="ana@corp"), "postgresql+psycopg://ana%40corp@db:5432/pitstop"),
    (DatabaseSettings(kind="sqlite"), None),
])
def test_the_url_of_a_file_never_carries_a_password(settings: DatabaseSettings, url: str | None) -> None:
    assert config.database_url(settings) == url
    if url:
        from sqlalchemy import make_url

        parsed = make_url(url)
        assert (parsed.host, parsed.database, parsed.username or "", parsed.password) == (
            settings.host, settings.name, settings.user, None)


def test_reading_the_file_imports_neither_qt_nor_the_database_layer(tmp_path: Path) -> None:
    code = ("import sys; from pitstop_desktop import config; config.load(); config.resolve_database(None); "
            "from pitstop_desktop.cli import main; main(['config']); main(['config', 'set', 'language', 'en']); "
            "heavy = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy', 'psycopg', 'alembic')]; "
            "sys.exit(f'imported {heavy}' if heavy else 0)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False,
                          env={**os.environ, "PITSTOP_CONFIG": str(tmp_path / "c.toml"), "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    assert 'language = "en"' in (tmp_path / "c.toml").read_text()


# `pitstop config`


def test_show_lists_every_setting_where_it_comes_from_and_the_file(
    seat_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "config")
    assert code == 0
    assert f"arquivo de configuração: {seat_config} (ainda não existe: valem os padrões)" in out
    assert "banco em uso: sqlite:///" in out and "(padrão: o SQLite deste computador)" in out
    assert all(f"\n{key} " in out for key in config.KEYS)
    assert run(capsys, "config", "set", "database.kind", "postgres")[0] == 0
    assert run(capsys, "config", "set", "database.host", "db.escritorio")[0] == 0
    code, out, _ = run(capsys, "config", "show")
    assert "banco em uso: postgresql+psycopg://db.escritorio:5432/pitstop (do arquivo de configuração)" in out
    assert any(line.split() == ["database.host", "db.escritorio", "arquivo"] for line in out.splitlines())
    assert any(line.split() == ["database.port", "5432", "padrão"] for line in out.splitlines())
    code, out, _ = run(capsys, "--db", "postgresql://ana:segredo@outro/x", "config", "--json")
    document = json.loads(out)
    assert document["database"] == {"url": "postgresql://ana:***@outro/x", "source": "cli"}
    assert document["path"] == str(seat_config) and document["exists"] is True
    host = next(s for s in document["settings"] if s["key"] == "database.host")
    assert host == {"key": "database.host", "value": "db.escritorio", "source": "file", "default": "localhost"}


def test_set_checks_each_value_and_unset_goes_back_to_the_default(
    seat_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "config", "set", "wallboard.open_on_start", "sim")[1] == (
        f"wallboard.open_on_start = true (gravado em {seat_config})\n")
    code, out, err = run(capsys, "config", "set", "language", "EN", "--json")
    assert code == 0 and json.loads(out) == {"key": "language", "value": "en", "source": "file",
                                             "path": str(seat_config)}
    assert "o idioma muda na próxima vez" in err
    for argv, message in (
        (("database.port", "99999"), "'99999' não serve para database.port: use um número de 1 a 65535."),
        (("notifications", "talvez"), "'talvez' não serve para notifications: use true ou false."),
        (("database.host", "dois nomes"), "não serve para database.host: use o nome ou o endereço do servidor"),
        (("wallboard.at_risk_rows", "51"), "use 0 (as que couberem) ou um número até 50."),
        (("cor", "azul"), "configuração desconhecida: 'cor'; as configurações são: language, notifications,"),
    ):
        code, out, err = run(capsys, "config", "set", *argv)
        assert (code, out) == (2, ""), argv
        assert message in err, err
    assert run(capsys, "config", "set", "language")[0] == 2  # no value
    assert config.load().config == SeatConfig(language="en", wallboard=WallboardSettings(open_on_start=True))
    assert run(capsys, "config", "unset", "language")[1] == f"language volta ao padrão: pt_BR ({seat_config})\n"
    assert config.load().values == {"wallboard.open_on_start": True}


def test_setting_a_database_key_says_when_the_environment_overrides_it(
    seat_config: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PITSTOP_DATABASE_URL", "sqlite:///x.db")
    code, _out, err = run(capsys, "config", "set", "database.kind", "postgres")
    assert code == 0 and "PITSTOP_DATABASE_URL está definido e vale no lugar do banco do arquivo" in err


def test_writing_over_a_file_that_does_not_read_keeps_it_aside_and_unknown_keys_stay(
    seat_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seat_config.parent.mkdir(parents=True)
    seat_config.write_text("language = \n")
    code, _out, err = run(capsys, "config", "set", "notifications", "false")
    assert code == 0 and "foi guardado em" in err
    assert (seat_config.parent / "pitstop.toml.invalid").read_text() == "language = \n"
    seat_config.write_text('notifications = false\nfuture_option = 3\n[wallboard]\nnew_thing = "x"\n')
    assert run(capsys, "config", "set", "wallboard.monitor", "2")[0] == 0
    text = seat_config.read_text()
    assert "future_option = 3" in text and 'new_thing = "x"' in text and "monitor = 2" in text


def test_other_commands_warn_about_the_file_and_go_on_with_the_defaults(
    seat_config: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    seat_config.parent.mkdir(parents=True)
    seat_config.write_text("[database]\nport = 0\n")
    code, _out, err = run(capsys, "--db", f"sqlite:///{tmp_path / 'x.db'}", "sla", "classes")
    assert code == 0
    assert f"aviso: {seat_config}, linha 2: database.port = 0 não serve" in err


def test_parse_value_names_the_key_and_what_it_takes() -> None:
    assert config.parse_value("wallboard.monitor", " 3 ") == 3
    assert config.parse_value("database.kind", "PostgreSQL") == "postgres"
    with pytest.raises(BadValue) as caught:
        config.parse_value("wallboard.monitor", "-1")
    assert caught.value.params == {"key": "wallboard.monitor", "value": "-1", "expected": "monitor"}
