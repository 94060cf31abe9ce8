"""The stable codes of DOMAIN.md, shared by the CLI, the database and the tests."""

from __future__ import annotations

from enum import StrEnum


class TabCode(StrEnum):
    N1_RAPIDA = "n1_rapida"
    N1_BLIP_MATRIZ = "n1_blip_matriz"
    N1_BLIP_FILIAIS = "n1_blip_filiais"
    N1_FILIAIS = "n1_filiais"
    ESPECIALISTAS = "especialistas"
    APOIO_N1 = "apoio_n1"
    N2 = "n2"


class SlaCode(StrEnum):
    IS = "IS"
    URGENTE = "URGENTE"
    H2 = "2H"
    H4 = "4H"
    H24 = "24H"
    H72 = "72H"
    D10 = "10D"


class Channel(StrEnum):
    PHONE = "phone"
    BLIP = "blip"
    SKYPE = "skype"
    EMAIL = "email"
    PORTAL = "portal"


class Kind(StrEnum):
    QUESTION = "question"
    ERROR = "error"
    INSTALLATION = "installation"
    TRAINING = "training"
    CONFIGURATION = "configuration"
    OTHER = "other"


class Role(StrEnum):
    ATTENDANT = "attendant"
    TECHNICIAN = "technician"
    MANAGER = "manager"
    APOIO = "apoio"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Status(StrEnum):
    OPEN = "open"
    OFFERED = "offered"
    IN_PROGRESS = "in_progress"
    AWAITING_APPROVAL = "awaiting_approval"
    CLOSED = "closed"


class Site(StrEnum):
    MATRIZ = "matriz"
    FILIAL = "filial"


class SlaClock(StrEnum):
    BUSINESS = "business"
    CALENDAR = "calendar"


class SlaState(StrEnum):
    ON_TRACK = "on_track"
    WARNING = "warning"
    BREACHED = "breached"
    MET = "met"
    MISSED = "missed"


class EscalationTarget(StrEnum):
    ESPECIALISTAS = "especialistas"
    N2 = "n2"


class EscalationReason(StrEnum):
    LONG_IN_LINE = "long_in_line"
    NOT_SOLVABLE_N1 = "not_solvable_n1"


class EscalationStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    CANCELLED = "cancelled"


class OfferAnswer(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


class PresenceKind(StrEnum):
    LOGIN = "login"
    LUNCH = "lunch"
    BACK = "back"
    LOGOUT = "logout"


class ApoioReason(StrEnum):
    """Why an OC entered the APOIO queue (R5, R7)."""

    NO_ANSWER = "no_answer"
    EVERYONE_REFUSED = "everyone_refused"
    N2_APPROVED = "n2_approved"
    SENT_BY_ATTENDANT = "sent_by_attendant"


MANAGEMENT_ROLES = frozenset({Role.MANAGER, Role.SUPERVISOR, Role.APOIO, Role.ADMIN})
GATED_TABS = frozenset({TabCode.ESPECIALISTAS, TabCode.N2})
FAQ_COMPLEMENTARY = "7347"
FAQ_APPOINTMENT = "7037"
FAQ_SLA = "7367"


DEFAULT_ROLES_PREFIX = "pitstop_"  # the office server's role names start with it unless init-roles is told otherwise
