"""What a CSV import did, shown under the grid: how many lines were applied and each refused line with its number
and reason, so the supervisor fixes those lines in the spreadsheet and imports the file again (lines already
applied change nothing the second time)."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from pitstop_desktop.services.roster import ImportReport
from pitstop_desktop.views import messages as msg


class ImportReportPanel(QGroupBox):
    """Hidden until an import; "Fechar" hides it again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Importação de escala"), parent)
        root = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Fechar relatório"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.hide)
        top.addWidget(self.summary, 1)
        top.addWidget(self.close_button)
        root.addLayout(top)
        self.lines = QListWidget(self)
        self.lines.setMaximumHeight(130)
        root.addWidget(self.lines)
        self.hide()

    def show_report(self, name: str, report: ImportReport) -> None:
        change = report.change
        text = self.tr("%1: %2 linha(s) aplicada(s) — %3 dia(s) definido(s), %4 limpo(s).")
        for number, value in enumerate((name, report.applied, change.set, change.cleared), start=1):
            text = text.replace(f"%{number}", str(value))
        if report.refused:
            text += " " + self.tr("%n linha(s) recusada(s); corrija-as e importe o arquivo de novo.", "",
                                  len(report.refused))
        self.summary.setText(text)
        self.lines.clear()
        for line in report.refused:
            self.lines.addItem(self.tr("linha %1: %2").replace("%1", str(line.number))
                               .replace("%2", msg.error_text(line.error)))
        self.lines.setVisible(bool(report.refused))
        self.show()

    def texts(self) -> list[str]:
        return [self.lines.item(i).text() for i in range(self.lines.count())]
