"""The client search the consulting forms share (start a contact, schedule a meeting): type, pick a client, and the
worker says where its call goes (``route_call``) and who its contact persons are."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLineEdit, QListView

from pitstop_desktop.models.clients import ClientSearchModel
from pitstop_desktop.services import intake
from pitstop_desktop.services.consulting_records import CallRouting, ContactPersonRecord
from pitstop_desktop.views import messages as msg
from pitstop_desktop.views.consulting import actions
from pitstop_desktop.views.workspace import Workspace


class ClientChoiceDialog(QDialog):
    """A dialog whose ``search`` picks a client from ``matches``; the subclass builds those widgets and says what a
    chosen client (:meth:`_set_client`) and its routing (:meth:`_routed`) change in it."""

    ctx: Workspace
    index: intake.ClientIndex | None
    client: intake.ClientEntry | None
    search: QLineEdit
    matches: QListView
    matches_model: ClientSearchModel

    def _search(self, text: str) -> None:
        if self.index is None:
            return
        self.matches_model.set_entries(self.index.search(text, limit=30) if text.strip() else [])
        self._matches_changed()
        if self.client is not None and text != self.client.name:
            self._set_client(None)

    def _pick_row(self, row: int) -> None:
        entry = self.matches_model.entry_at(row)
        if entry is not None:
            self.pick_client(entry.code)

    def pick_client(self, code: str) -> None:
        """Choose the client ``code`` (as picking it in the list does) and ask where its call goes."""
        entry = next((e for e in self.matches_model.entries() if e.code == code), None)
        if entry is None and self.index is not None:
            entry = next((e for e in self.index.search(code, limit=5) if e.code == code), None)
        if entry is None:
            return
        self._set_client(entry)
        self.search.setText(entry.name)
        self.matches_model.set_entries([])
        self._matches_changed()
        db = self.ctx.db

        def work() -> tuple[CallRouting, list[ContactPersonRecord]]:
            routing = actions.route_call(db, entry.code)
            persons = actions.find_persons(db, entry.code) if routing.action != "ura" else []
            return routing, persons

        msg.submit(self, self.ctx.runner, work, self._routed, self._route_failed)

    def _matches_changed(self) -> None:
        """The list of matches was refilled (or emptied); a form may show it only while it has something."""

    def _set_client(self, entry: intake.ClientEntry | None) -> None:
        raise NotImplementedError

    def _routed(self, result: tuple[CallRouting, list[ContactPersonRecord]]) -> None:
        raise NotImplementedError

    def _route_failed(self, error: BaseException) -> None:
        raise NotImplementedError
