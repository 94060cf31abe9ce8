"""The weekly report's PDF (views/report/pdf.py), read back with pypdf: A4 pages, the ten points' titles and
figures as text, a long table broken over pages with its header repeated, "Página n de N" on every page, and a
run without any window or display (as ``pitstop report weekly --format pdf`` from a scheduled job)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pypdf
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pitstop_desktop.domain.vocabulary import WEEKLY_REPORT_SECTIONS
from pitstop_desktop.views.report.pdf import render_weekly_pages, write_weekly_pdf
from tests.weekly_report_sample import empty_report, sample_report

ROOT = Path(__file__).resolve().parents[1]
A4_POINTS = (595, 842)


def _pages(path: Path) -> list[str]:
    """Each page's text, whitespace made single spaces (Qt's PDF puts tabs between words) and ligatures undone
    (the font draws "fi" as one glyph)."""
    return [re.sub(r"\s+", " ", unicodedata.normalize("NFKC", page.extract_text()))
            for page in pypdf.PdfReader(path).pages]


def test_every_point_with_its_figures_and_numbered_pages(qapp: Any, tmp_path: Path) -> None:
    path = tmp_path / "relatorio.pdf"
    pages = write_weekly_pdf(sample_report(), path)
    reader = pypdf.PdfReader(path)
    assert pages == len(reader.pages) >= 5
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width), round(height)) == A4_POINTS
    texts = _pages(path)
    for number, text in enumerate(texts, 1):
        assert f"Página {number} de {pages}" in text
    whole = " ".join(texts)
    assert whole.startswith("Relatório semanal da gerência")
    assert "Semana 2026-W47: 16/11 a 22/11/2026 · planejamento da semana 2026-W48" in whole
    assert "Gerado em 23/11/2026 08:05" in whole  # 11:05 UTC in São Paulo
    titles = list(WEEKLY_REPORT_SECTIONS)  # "1. Tempo executado por tarefa" … "10. Comunicar conclusão"
    positions = [whole.index(title) for title in titles]
    assert positions == sorted(positions)  # in the seed's order
    # figures of the hand-made report, as the tables say them
    assert "Equipe Comunicar conclusão 3 2 h 50 min" in whole  # point 1: the team's row
    assert "Equipe 103 h 00 min 94 h 55 min −8 h 05 min 92%" in whole  # point 3: 6180 vs 5695 minutes
    assert "Dias para zerar o acumulado 0,7" in whole  # point 7
    assert "89% (355/398)" in whole  # point 8: 104+171+80 on time of 120+180+98
    assert "N1 - Rápida 220 205 93%" in whole  # the tab's stored name, not its code
    assert "2026-W47 16/11/2026 380 370 84% 5 h 00 min" in whole  # point 9: the week reviewed, last
    assert "Equipe 16 2 h 50 min 11 min" in whole  # point 10: 170 min over 16 tasks


def test_a_long_table_goes_on_over_pages_with_its_header(qapp: Any, tmp_path: Path) -> None:
    short, long = tmp_path / "curto.pdf", tmp_path / "longo.pdf"
    short_pages = write_weekly_pdf(sample_report(tasks_next_week=3), short)
    long_pages = write_weekly_pdf(sample_report(tasks_next_week=120), long)
    assert long_pages >= short_pages + 2
    texts = _pages(long)
    holding = [i for i, text in enumerate(texts) if "Tarefa agendada" in text]
    assert len(holding) >= 3  # point 6 spans pages
    for i in holding[1:]:  # each continuation starts with the table's header again
        assert "Pessoa Dia Horário Tipo de tarefa Tarefa Protocolo" in texts[i]
    found = {int(n) for n in re.findall(r"Tarefa agendada (\d+)\b", " ".join(texts))}
    assert found == set(range(1, 121))  # no row lost at a page break
    assert all(f"Página {n} de {long_pages}" in texts[n - 1] for n in range(1, long_pages + 1))


def test_an_empty_week_says_so_instead_of_empty_charts(qapp: Any, tmp_path: Path) -> None:
    path = tmp_path / "vazio.pdf"
    pages = write_weekly_pdf(empty_report(), path)
    whole = " ".join(_pages(path))
    assert pages >= 1
    assert "Nenhuma tarefa encerrada nesta semana." in whole
    assert "Nenhuma tarefa agendada para a próxima semana." in whole
    assert "Sem semanas anteriores para comparar." in whole
    assert f"Página {pages} de {pages}" in whole


def test_the_pages_render_as_images_like_the_pdf(qapp: Any, tmp_path: Path) -> None:
    report = sample_report(tasks_next_week=40)
    images = render_weekly_pages(report, dpi=60)
    assert len(images) == write_weekly_pdf(report, tmp_path / "r.pdf")
    first = images[0]
    assert first.width() < first.height()  # portrait
    colours = {first.pixelColor(x, y).name() for x in range(0, first.width(), 7) for y in range(0, first.height(), 7)}
    assert len(colours) > 5  # text and bars, not a blank page


@pytest.mark.parametrize("unwritable", [True])
def test_a_path_that_cannot_be_written_raises_oserror(qapp: Any, tmp_path: Path, unwritable: bool) -> None:
    with pytest.raises(OSError):
        write_weekly_pdf(sample_report(), tmp_path / "nao-existe" / "r.pdf")


def test_it_works_without_a_window_or_a_display(tmp_path: Path) -> None:
    """A fresh interpreter, no QApplication, no DISPLAY and no QT_QPA_PLATFORM: the module makes its own."""
    path = tmp_path / "cron.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT)
    script = ("import sys; from pathlib import Path; from tests.weekly_report_sample import sample_report; "
              "from pitstop_desktop.views.report.pdf import write_weekly_pdf; "
              "print(write_weekly_pdf(sample_report(), Path(sys.argv[1])))")
    done = subprocess.run([sys.executable, "-c", script, str(path)], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) == len(pypdf.PdfReader(path).pages)


# The hand-worked fixture week (tests/services/weekly_fixture.py; its figures and their arithmetic are in
# tests/services/test_weekly_report.py), through the service and into the PDF, on SQLite and PostgreSQL.

from tests.services.weekly_fixture import (  # noqa: E402, F401 (fixture_week_db_url: the db fixture's database)
    GENERATED_AT,
    MONDAY,
    fixture_week_db_url,
)


def test_the_fixture_weeks_figures_in_the_pdf(qapp: Any, db: Any, tmp_path: Path) -> None:
    from pitstop_desktop.services.weekly_report import weekly_report

    path = tmp_path / "fixture.pdf"
    pages = write_weekly_pdf(weekly_report(db, week=MONDAY, at=GENERATED_AT), path)
    texts = _pages(path)
    assert pages == len(texts)
    whole = " ".join(texts)
    assert "Gerado em 23/11/2026 08:00" in whole
    assert "Equipe DR-Documentar 3 3 h 15 min" in whole  # 1: 135 + 60 minutes in three tasks
    assert "Carla Consultora Base de Conhecimento 1 1 h 00 min" in whole  # Sunday 21:00–22:00 local: in the week
    assert "Equipe 2 1 1 3 2 h 52 min" in whole  # 2: done, missed, cancelled, triggered; 97 + 75 minutes
    assert "Equipe 8 h 30 min 9 h 12 min +42 min 108%" in whole  # 3: 510 scheduled, 552 realized
    assert "Equipe Comunicar conclusão 30 min 50 min sim" in whole  # 4: only carla planned it; 10 + 25 + 15
    assert "Davi Consultor Análise 0 min 1 h 00 min 0 min" in whole  # 5: scheduled without a plan
    assert "Reunião com a Beta" in whole and "Domingo à noite" in whole  # 6
    for figure in ("OCs que chegaram 8", "OCs concluídas 6", "Tempo médio em atendimento 4 h 15 min",
                   "Horas de demanda 34 h 00 min", "Capacidade (escala menos almoço) 62 h 00 min",
                   "Demanda / capacidade 55%",
                   "OCs abertas no fim da semana 4", "Dias para zerar o acumulado 2,7"):  # 7
        assert figure in whole
    assert "50% (3/6)" in whole  # 8: the week's ANS
    assert "Classe 2 Horas 3 2 67%" in whole and "Aba N1 - Filiais 2 1 50%" in whole
    assert "2026-W46 09/11/2026 3 1 100% 24 h 00 min" in whole  # 9
    assert "2026-W47 16/11/2026 8 6 50% 21 h 00 min" in whole
    assert "Equipe 4 50 min 13 min" in whole  # 10: 50 minutes over 4 tasks, 12.5 rounded up
