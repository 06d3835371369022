"""The production server keeps its access log (traffic data) unless told otherwise."""

import runpy
from pathlib import Path

CONF = Path(__file__).resolve().parents[2] / "gunicorn.conf.py"


def test_the_access_log_is_on_by_default(monkeypatch):
    monkeypatch.delenv("GUNICORN_ACCESSLOG", raising=False)
    config = runpy.run_path(str(CONF))
    assert config["accesslog"] == "-"
    assert "x-forwarded-for" in config["access_log_format"]


def test_it_can_go_to_a_file_or_be_turned_off(monkeypatch):
    monkeypatch.setenv("GUNICORN_ACCESSLOG", "/var/log/most/access.log")
    assert runpy.run_path(str(CONF))["accesslog"] == "/var/log/most/access.log"
    monkeypatch.setenv("GUNICORN_ACCESSLOG", "off")
    assert runpy.run_path(str(CONF))["accesslog"] is None
