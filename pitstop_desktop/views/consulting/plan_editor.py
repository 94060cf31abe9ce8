"""Plano de trabalho (second seed, Gerência: "com base no plano de trabalho"): the hours each person of the team
should give to each task type in the week shown, edited as a table (:class:`~pitstop_desktop.models.work_plan.
WorkPlanModel`).

Management that plans (:data:`Action.PLAN_CONSULTING`) types hours in the cells (``6``, ``1:30``, ``90min``),
adds a column for a task type not yet planned, and saves: only the changed cells are written (``set_plan`` each,
on the worker), then the week is read again. "Copiar da semana anterior" makes this week's plan the previous
week's (``copy_plan``). Everyone else sees the same table read-only; the service refuses them anyway. Each row's
total stands against the person's roster hours of the week without lunch, in red when the plan asks for more.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pitstop_desktop.domain.consulting import week_label
from pitstop_desktop.domain.permissions import Action
from pitstop_desktop.domain.vocabulary import TASK_TYPE
from pitstop_desktop.models.labels import label
from pitstop_desktop.models.work_plan import PlanPerson, WorkPlanModel
from pitstop_desktop.services.consulting_records import PlanLine
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.consulting import actions
from pitstop_desktop.views.workspace import Workspace


class PlanEditor(QDialog):
    """See the module docstring. ``people``: the team's lanes of the week (login, name)."""

    loaded = Signal()  # the week's plan was read and is shown
    saved = Signal(str)  # what was saved or copied, in words
    refused = Signal(str)

    def __init__(self, ctx: Workspace, monday: date, people: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.monday = monday
        self.people = people
        self.may_plan = ctx.can(Action.PLAN_CONSULTING)
        self.setWindowTitle(self.tr("Plano de trabalho · semana %1").replace("%1", week_label(monday)))
        self.model = WorkPlanModel(self, editable=self.may_plan)
        self._build()
        self.model.refused.connect(lambda error: self.banner.show_error(error))
        self.model.dataChanged.connect(lambda *_a: self._changed())
        self.reload()

    def _build(self) -> None:
        root = QVBoxLayout(self)
        first, last = self.monday, self.monday + timedelta(days=6)
        title = msg.heading(self.tr("Horas planejadas por pessoa e tipo de tarefa, semana %1 (%2 a %3)")
                            .replace("%1", week_label(self.monday)).replace("%2", f"{first:%d/%m}")
                            .replace("%3", f"{last:%d/%m/%Y}"), self, scale=1.0)
        title.setWordWrap(True)
        root.addWidget(title)
        note = QLabel(self.tr("Digite as horas de cada célula: 6, 1:30, 1,5 ou 90min; vazio ou 0 tira a linha.")
                      if self.may_plan else
                      self.tr("Só a gestão (gestor técnico, supervisor ou administrador) altera o plano; aqui ele "
                              "é só para consulta."), self)
        note.setWordWrap(True)
        root.addWidget(note)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Plano de trabalho"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(112)  # a type's name is long: elided here, whole in the header's tooltip
        header.setStretchLastSection(True)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        root.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.add_type = QComboBox(self)
        self.add_type.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.add_type.setAccessibleName(self.tr("Tipo de tarefa a acrescentar"))
        self.add_button = QPushButton(self.tr("&Acrescentar coluna"), self)
        self.copy_button = QPushButton(self.tr("&Copiar da semana anterior"), self)
        self.copy_button.setToolTip(self.tr("O plano desta semana passa a ser o da semana %1 (as linhas que lá não "
                                            "existem saem).").replace("%1", week_label(self.monday
                                                                                      - timedelta(weeks=1))))
        self.save_button = QPushButton(self.tr("&Salvar alterações"), self)
        self.close_button = QPushButton(self.tr("&Fechar"), self)
        for widget in (self.add_type, self.add_button):
            row.addWidget(widget)
        row.addStretch(1)
        for widget in (self.copy_button, self.save_button, self.close_button):
            row.addWidget(widget)
        root.addLayout(row)
        self.banner = msg.MessageBanner(self)
        root.addWidget(self.banner)
        for widget in (self.add_type, self.add_button, self.copy_button):
            widget.setEnabled(self.may_plan)
            widget.setVisible(self.may_plan)
        self.save_button.setVisible(self.may_plan)
        self.save_button.setEnabled(False)
        self.save_button.setDefault(self.may_plan)
        self.add_button.clicked.connect(self._add_column)
        self.copy_button.clicked.connect(self.copy_previous)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.resize(1100, 560)

    # Reading

    def reload(self, *, keep_columns: bool = False) -> None:
        db, monday, people = self.ctx.db, self.monday, self.people
        msg.submit(self, self.ctx.runner, lambda: actions.plan_sheet(db, monday, people),
                   lambda result: self._show(result, keep_columns), self._failed)

    def _show(self, result: tuple[list[PlanPerson], list[PlanLine]], keep_columns: bool) -> None:
        people, lines = result
        self.model.set_sheet(people, lines, keep_columns=keep_columns)
        self._fill_add_type()
        self._size_columns()
        self._changed()
        self.loaded.emit()

    def _size_columns(self) -> None:
        """Every type's column the same width (elided headers), the total as wide as it reads."""
        self.table.resizeColumnToContents(self.model.total_column())
        for column in range(1, self.model.columnCount()):
            self.table.setColumnWidth(column, 112)

    def _fill_add_type(self) -> None:
        self.add_type.clear()
        for code in self.model.hidden_types():
            self.add_type.addItem(label(TASK_TYPE, code), code)
        self.add_button.setEnabled(self.may_plan and self.add_type.count() > 0)

    def _add_column(self) -> None:
        code = self.add_type.currentData()
        if code is None:
            return
        column = self.model.add_type(str(code))
        self._fill_add_type()
        self._size_columns()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, column))
            self.table.setFocus()

    def _changed(self) -> None:
        count = len(self.model.changes())
        self.save_button.setEnabled(self.may_plan and count > 0)
        self.save_button.setText(self.tr("&Salvar alterações (%1)").replace("%1", str(count)) if count
                                 else self.tr("&Salvar alterações"))

    # Writing (on the worker)

    def _act(self, work: Callable[[], object], said: Callable[[object], str]) -> None:
        self.banner.clear()
        self.save_button.setEnabled(False)
        self.copy_button.setEnabled(False)

        def done(result: object) -> None:
            text = said(result)
            self.copy_button.setEnabled(self.may_plan)
            self.banner.show_text(text)
            self.reload(keep_columns=True)
            self.saved.emit(text)

        msg.submit(self, self.ctx.runner, work, done, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.banner.show_error(error)
        self.copy_button.setEnabled(self.may_plan)
        self._changed()
        self.refused.emit(msg.error_text(error))

    def save(self) -> None:
        """Only the changed cells, each one ``set_plan``."""
        changes = self.model.changes()
        if not changes:
            return
        db, actor, monday, at = self.ctx.db, self.ctx.user.login, self.monday, self.ctx.clock.stamp()
        self._act(lambda: actions.save_plan(db, actor, monday, changes, at=at),
                  lambda n: self.tr("%1 célula(s) do plano salvas.").replace("%1", str(n)))

    def confirm_copy(self) -> bool:
        """Copying replaces this week's plan: asked first when it has lines or unsaved edits (tests answer)."""
        if not self.model.dirty() and not any(self.model.total(self.model.person(r).login)
                                              for r in range(self.model.rowCount())):
            return True
        answer = QMessageBox.question(
            self, self.tr("Copiar da semana anterior"),
            self.tr("O plano da semana %1 será substituído pelo da semana %2, e as alterações não salvas se "
                    "perdem. Copiar?").replace("%1", week_label(self.monday))
            .replace("%2", week_label(self.monday - timedelta(weeks=1))))
        return answer == QMessageBox.StandardButton.Yes

    def copy_previous(self) -> None:
        if not self.confirm_copy():
            return
        db, actor, at = self.ctx.db, self.ctx.user.login, self.ctx.clock.stamp()
        source, target = self.monday - timedelta(weeks=1), self.monday

        def said(result: object) -> str:
            lines = result if isinstance(result, list) else []
            return self.tr("Plano da semana %1 copiado: %2 linha(s).").replace("%1", week_label(source)) \
                .replace("%2", str(len(lines)))

        self._act(lambda: actions.copy_plan(db, actor, source, target, at=at), said)

    def reject(self) -> None:
        """Fechar, Esc or the window's X: asked first when cells were changed and not saved."""
        if self.model.dirty() and self.may_plan and not self.confirm_discard():
            return
        super().reject()

    def confirm_discard(self) -> bool:
        """Closing with cells not saved (tests answer)."""
        answer = QMessageBox.question(self, self.tr("Plano de trabalho"),
                                      self.tr("Há células alteradas e não salvas. Fechar sem salvar?"))
        return answer == QMessageBox.StandardButton.Yes


__all__ = ["PlanEditor"]
