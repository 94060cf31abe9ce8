"""Tabs (R3, with the R6/R7 gates), the other manual rules, time parsing, errors and network shares."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from pitstop_desktop.db.netshare import NETWORK_FILESYSTEMS, is_network_path
from pitstop_desktop.domain import codes
from pitstop_desktop.domain.codes import (
    GATED_TABS,
    MANAGEMENT_ROLES,
    Channel,
    Kind,
    Role,
    SlaCode,
    Status,
    TabCode,
)
from pitstop_desktop.domain.errors import (
    BadValue,
    Conflict,
    DatabaseUnavailable,
    Field,
    NotFound,
    NotPermitted,
    PitstopError,
    RuleViolation,
)
from pitstop_desktop.domain.rules import (
    check_apoio_role,
    check_complementary_target,
    check_decider,
    check_escalation_request,
    check_faq,
    check_open,
    everyone_refused,
)
from pitstop_desktop.domain.tabs import DEFAULT_TABS, Entry, OcFacts, check_tab_accepts
from pitstop_desktop.domain.timeparse import parse_date, parse_hhmm, parse_hhmm_range, parse_moment

SP = ZoneInfo("America/Sao_Paulo")
TABS = {t.code: t for t in DEFAULT_TABS}
REGISTER, FORWARD, ESCALATION, APOIO = Entry.REGISTER, Entry.FORWARD, Entry.ESCALATION, Entry.APOIO
NON_MANAGEMENT = [Role.ATTENDANT.value, Role.TECHNICIAN.value]
MANAGEMENT = [r.value for r in (Role.MANAGER, Role.SUPERVISOR, Role.APOIO, Role.ADMIN)]


def oc(
    tab: str | None = "apoio_n1",
    channel: str = "phone",
    kind: str = "question",
    sla: str = "4H",
    opened_by: frozenset[str] = frozenset(),
) -> OcFacts:
    return OcFacts(tab=tab, channel=channel, kind=kind, sla=sla, opened_by_tabs=opened_by)


# --------------------------------------------------------------------------- codes


def test_stable_codes_match_domain() -> None:
    assert [t.value for t in TabCode] == [
        "n1_rapida", "n1_blip_matriz", "n1_blip_filiais", "n1_filiais", "especialistas", "apoio_n1", "n2",
    ]
    assert [s.value for s in SlaCode] == ["IS", "URGENTE", "2H", "4H", "24H", "72H", "10D"]
    assert {c.value for c in Channel} == {"phone", "blip", "skype", "email", "portal"}
    assert {k.value for k in Kind} == {
        "question", "error", "installation", "training", "configuration", "other",
    }
    assert {s.value for s in Status} == {"open", "offered", "in_progress", "awaiting_approval", "closed"}
    assert {"especialistas", "n2"} == GATED_TABS
    assert {"manager", "supervisor", "apoio", "admin"} == MANAGEMENT_ROLES
    assert (codes.FAQ_COMPLEMENTARY, codes.FAQ_APPOINTMENT, codes.FAQ_SLA) == ("7347", "7037", "7367")


def test_default_tabs() -> None:
    assert [t.code for t in DEFAULT_TABS] == [t.value for t in TabCode]
    assert [t.position for t in DEFAULT_TABS] == [1, 2, 3, 4, 5, 6, 7]
    assert {t.code for t in DEFAULT_TABS if t.gated} == GATED_TABS
    assert TABS["n1_rapida"].name == "N1 - Rápida"
    assert TABS["n1_blip_filiais"].only_channel == "blip"


# --------------------------------------------------------------------------- R3 acceptance


@pytest.mark.parametrize(
    ("tab", "facts", "entry", "role"),
    [
        ("n1_rapida", oc(tab=None), REGISTER, "attendant"),
        ("n1_rapida", oc(tab=None), REGISTER, "technician"),  # the management gate is only for forwards
        ("n1_rapida", oc(tab="n1_filiais", opened_by=frozenset({"n1_rapida"})), FORWARD, "attendant"),
        ("n1_blip_matriz", oc(tab="n1_rapida"), FORWARD, "attendant"),
        ("n1_blip_matriz", oc(tab=None, channel="blip", kind="error", sla="IS"), REGISTER, "attendant"),
        ("n1_blip_filiais", oc(tab="n1_rapida", channel="blip"), FORWARD, "attendant"),
        ("n1_blip_filiais", oc(tab=None, channel="blip", kind="installation"), REGISTER, "technician"),
        ("n1_filiais", oc(tab="n1_rapida", kind="installation", sla="4H"), FORWARD, "attendant"),
        ("n1_filiais", oc(tab="n1_rapida", kind="training", sla="72H"), FORWARD, "attendant"),
        ("n1_filiais", oc(tab=None, kind="configuration", sla="10D", channel="email"), REGISTER, "attendant"),
        ("apoio_n1", oc(tab="n1_rapida", kind="installation", sla="IS"), FORWARD, "attendant"),
        ("apoio_n1", oc(tab="n1_filiais"), APOIO, "attendant"),
        ("apoio_n1", oc(tab=None, channel="skype"), REGISTER, "attendant"),
        ("especialistas", oc(tab="n1_rapida"), ESCALATION, "manager"),
        ("especialistas", oc(tab="n1_rapida", kind="installation", sla="IS"), ESCALATION, "manager"),
        ("n2", oc(tab="apoio_n1"), APOIO, "apoio"),
        ("n2", oc(tab="apoio_n1", kind="installation", sla="URGENTE", channel="blip"), APOIO, "apoio"),
    ],
)
def test_tab_accepts(tab: str, facts: OcFacts, entry: Entry, role: str) -> None:
    assert check_tab_accepts(TABS[tab], facts, entry, role) is None


@pytest.mark.parametrize("role", MANAGEMENT)
def test_n1_rapida_accepts_forwards_from_management(role: str) -> None:
    check_tab_accepts(TABS["n1_rapida"], oc(tab="n1_filiais"), FORWARD, role)


@pytest.mark.parametrize("role", NON_MANAGEMENT)
@pytest.mark.parametrize("opened_by", [frozenset(), frozenset({"n1_filiais", "apoio_n1"})])
def test_n1_rapida_refuses_forward_from_other_sectors(role: str, opened_by: frozenset[str]) -> None:
    with pytest.raises(NotPermitted) as info:
        check_tab_accepts(TABS["n1_rapida"], oc(tab="n1_filiais", opened_by=opened_by), FORWARD, role)
    message = str(info.value)
    assert message.startswith("R3:")
    assert "N1 - Rápida" in message
    assert f"Seu papel: {role}" in message
    assert info.value.exit_code == 6


@pytest.mark.parametrize("role", NON_MANAGEMENT)
def test_n1_rapida_takes_registrations_from_the_matriz_only(role: str) -> None:
    """Issue 9 (R3): a branch person registers in a branch tab; management forwards to N1 - Rápida."""
    with pytest.raises(RuleViolation) as info:
        check_tab_accepts(TABS["n1_rapida"], oc(tab=None), REGISTER, role, actor_site="filial")
    assert (info.value.code, info.value.field, info.value.exit_code) == ("R3.site_only", Field.TAB, 3)
    assert str(info.value).startswith("R3: N1 - Rápida só recebe ligações registradas por quem trabalha na matriz")
    check_tab_accepts(TABS["n1_rapida"], oc(tab=None), REGISTER, role, actor_site="matriz")
    check_tab_accepts(TABS["n1_filiais"], oc(tab=None), REGISTER, role, actor_site="matriz")  # no such rule there
    check_tab_accepts(TABS["n1_blip_matriz"], oc(tab=None), REGISTER, role, actor_site="filial")


@pytest.mark.parametrize("role", MANAGEMENT)
def test_management_registers_in_n1_rapida_from_any_site(role: str) -> None:
    check_tab_accepts(TABS["n1_rapida"], oc(tab=None), REGISTER, role, actor_site="filial")


@pytest.mark.parametrize(
    ("tab", "facts", "entry", "fragment"),
    [
        # blip-only tab
        ("n1_blip_filiais", oc(tab="n1_rapida", channel="phone"), FORWARD, "canal blip"),
        ("n1_blip_filiais", oc(tab=None, channel="email"), REGISTER, "canal blip"),
        ("n1_blip_filiais", oc(tab="n1_filiais", channel="skype"), APOIO, "canal blip"),
        # installations excluded from n1_blip_matriz
        ("n1_blip_matriz", oc(tab="n1_rapida", kind="installation"), FORWARD, "installation"),
        ("n1_blip_matriz", oc(tab=None, channel="blip", kind="installation"), REGISTER, "installation"),
        # IS / URGENTE excluded from n1_filiais
        ("n1_filiais", oc(tab="n1_rapida", sla="IS"), FORWARD, "SLA IS"),
        ("n1_filiais", oc(tab="n1_rapida", sla="URGENTE"), FORWARD, "SLA URGENTE"),
        ("n1_filiais", oc(tab=None, kind="installation", sla="URGENTE"), REGISTER, "SLA URGENTE"),
        # forwarding to the tab the OC is already in
        ("n1_blip_matriz", oc(tab="n1_blip_matriz"), FORWARD, "já está na aba N1 - Blip Matriz"),
        ("apoio_n1", oc(tab="apoio_n1"), FORWARD, "já está na aba APOIO N1"),
        ("especialistas", oc(tab="especialistas"), FORWARD, "já está na aba Especialistas"),
    ],
)
def test_tab_refuses_r3(tab: str, facts: OcFacts, entry: Entry, fragment: str) -> None:
    with pytest.raises(RuleViolation) as info:
        check_tab_accepts(TABS[tab], facts, entry, "manager")
    assert info.value.rule == "R3"
    assert str(info.value).startswith("R3:")
    assert fragment in str(info.value)
    assert info.value.exit_code == 3


@pytest.mark.parametrize(
    ("tab", "rule"),
    [("especialistas", "R6"), ("n2", "R7")],
)
@pytest.mark.parametrize("entry", [REGISTER, FORWARD])
@pytest.mark.parametrize("role", ["attendant", "manager", "apoio", "admin"])
def test_gated_tabs_refuse_register_and_forward(tab: str, rule: str, entry: Entry, role: str) -> None:
    with pytest.raises(RuleViolation) as info:
        check_tab_accepts(TABS[tab], oc(tab="n1_rapida"), entry, role)
    assert info.value.rule == rule
    assert (info.value.code, info.value.field) == (f"{rule}.gated", Field.TAB)
    assert str(info.value).startswith(f"{rule}:")


# --------------------------------------------------------------------------- R11, R2


@pytest.mark.parametrize("status", ["open", "offered", "in_progress", "awaiting_approval"])
def test_check_open_passes_for_open_statuses(status: str) -> None:
    assert check_open(7, status, "forward") is None
    assert check_complementary_target(7, status) is None


def test_check_open_refuses_closed() -> None:
    with pytest.raises(RuleViolation) as info:
        check_open(42, Status.CLOSED, "forward")
    assert info.value.rule == "R11"
    assert (info.value.code, info.value.params) == ("R11.closed", {"number": 42, "action": "forward"})
    assert str(info.value).startswith("R11:")
    assert "OC 42" in str(info.value)
    assert "encaminhada" in str(info.value)
    assert "(R1)" in str(info.value)


def test_complementary_target_must_be_open() -> None:
    with pytest.raises(RuleViolation) as info:
        check_complementary_target(42, "closed")
    assert info.value.rule == "R2"
    assert str(info.value).startswith("R2:")
    assert "OC 42" in str(info.value)


@pytest.mark.parametrize(("code", "expected"), [("7347", "7347"), (" 7037 ", "7037"), ("1", "1")])
def test_check_faq_accepts_digits(code: str, expected: str) -> None:
    assert check_faq(code) == expected


@pytest.mark.parametrize("code", [None, "", "   ", "\t\n"])
def test_check_faq_requires_a_code(code: str | None) -> None:
    with pytest.raises(RuleViolation) as info:
        check_faq(code)
    assert info.value.rule == "R11"
    assert str(info.value).startswith("R11:")


@pytest.mark.parametrize("code", ["73a", "FAQ7347", "7347.0", "-7347", "73 47", "+7347"])
def test_check_faq_refuses_non_digits(code: str) -> None:
    with pytest.raises(BadValue) as info:
        check_faq(code)
    assert info.value.exit_code == 2
    assert "FAQ" in str(info.value)


def test_check_faq_refuses_superscript_digits() -> None:
    with pytest.raises(BadValue):
        check_faq("7³47")


# --------------------------------------------------------------------------- R5


ANA, BRUNO, CARLA = 1, 2, 3  # staff ids


@pytest.mark.parametrize(
    ("available", "refused", "expected"),
    [
        ([ANA, BRUNO], [ANA, BRUNO], True),
        ([ANA, BRUNO], [BRUNO, ANA], True),
        ([ANA, BRUNO], [ANA], False),
        ([ANA], [ANA, CARLA], True),  # someone who left after refusing still counts
        ([], [ANA], True),  # everyone who refused went away: nobody left to accept
        ([], [], False),  # nobody refused yet
        ([ANA], [], False),
    ],
)
def test_everyone_refused(available: list[int], refused: list[int], expected: bool) -> None:
    assert everyone_refused(available, refused) is expected


# --------------------------------------------------------------------------- R6, R7


@pytest.mark.parametrize(
    ("status", "tab", "target", "reason"),
    [
        ("open", "n1_rapida", "especialistas", "long_in_line"),
        ("in_progress", "n1_filiais", "especialistas", "not_solvable_n1"),
        ("offered", "n1_rapida", "n2", "not_solvable_n1"),
        ("in_progress", "especialistas", "n2", "long_in_line"),
        ("open", "apoio_n1", "n2", "not_solvable_n1"),
    ],
)
def test_escalation_request_accepted(status: str, tab: str, target: str, reason: str) -> None:
    assert check_escalation_request(5, status, tab, target, reason) is None


@pytest.mark.parametrize(
    ("status", "tab", "target", "reason", "rule", "fragment"),
    [
        ("closed", "n1_rapida", "especialistas", "long_in_line", "R11", "encerrada"),
        ("closed", "n1_rapida", "n2", None, "R11", "encerrada"),  # closed is checked first
        ("open", "n1_rapida", "especialistas", None, "R6", "motivo"),
        ("open", "n1_rapida", "especialistas", "", "R6", "motivo"),
        ("open", "n1_rapida", "n2", None, "R7", "motivo"),
        ("awaiting_approval", "n1_rapida", "especialistas", "long_in_line", "R6", "aguarda"),
        ("awaiting_approval", "n1_rapida", "n2", "long_in_line", "R7", "aguarda"),
        ("open", "especialistas", "especialistas", "long_in_line", "R6", "já está na aba especialistas"),
        ("open", "n2", "n2", "not_solvable_n1", "R7", "já está na aba n2"),
        ("open", "n2", "especialistas", "not_solvable_n1", "R6", "já está no N2"),
    ],
)
def test_escalation_request_refused(
    status: str, tab: str, target: str, reason: str | None, rule: str, fragment: str
) -> None:
    with pytest.raises(RuleViolation) as info:
        check_escalation_request(5, status, tab, target, reason)
    assert info.value.rule == rule
    assert str(info.value).startswith(f"{rule}:")
    assert fragment in str(info.value)


# --------------------------------------------------------------------------- R8 and roles


@pytest.mark.parametrize("role", ["manager", "admin"])
def test_check_decider_allows_another_manager(role: str) -> None:
    assert check_decider("gestor2", role, "atendente1") is None


@pytest.mark.parametrize("role", ["manager", "admin"])
def test_check_decider_four_eyes(role: str) -> None:
    with pytest.raises(RuleViolation) as info:
        check_decider("gestor1", role, "gestor1")
    assert info.value.rule == "R8"
    assert str(info.value).startswith("R8:")


@pytest.mark.parametrize("role", ["attendant", "technician", "apoio", "supervisor"])
@pytest.mark.parametrize("requester", ["someone_else", "me"])
def test_check_decider_refuses_non_managers(role: str, requester: str) -> None:
    with pytest.raises(NotPermitted) as info:
        check_decider("me", role, requester)
    assert info.value.exit_code == 6
    assert role in str(info.value)


@pytest.mark.parametrize("role", ["apoio", "admin"])
def test_check_apoio_role_allows(role: str) -> None:
    assert check_apoio_role(role, "claim_apoio") is None


@pytest.mark.parametrize("role", ["attendant", "technician", "manager", "supervisor"])
def test_check_apoio_role_refuses(role: str) -> None:
    with pytest.raises(NotPermitted) as info:
        check_apoio_role(role, "forward_apoio")
    assert info.value.code == "permission.apoio_only"
    assert "encaminhar itens do APOIO" in str(info.value)
    assert role in str(info.value)
    assert info.value.exit_code == 6


# --------------------------------------------------------------------------- timeparse


@pytest.mark.parametrize(
    "text",
    [
        "2026-11-24T09:30",  # no offset: read in the calendar zone
        " 2026-11-24T09:30 ",
        "2026-11-24 09:30",
        "2026-11-24T09:30-03:00",
        "2026-11-24T12:30Z",
        "2026-11-24T12:30:00+00:00",
        "2026-11-24T13:30+01:00",
    ],
)
def test_parse_moment(text: str) -> None:
    moment = parse_moment(text, SP)
    assert moment == datetime(2026, 11, 24, 12, 30, tzinfo=UTC)
    assert moment.tzinfo == UTC


def test_parse_moment_uses_the_given_zone() -> None:
    assert parse_moment("2026-11-24T09:30", ZoneInfo("UTC")) == datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
    assert parse_moment("2026-11-24", SP) == datetime(2026, 11, 24, 3, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "text", ["", "  ", "amanhã", "24/11/2026 09:30", "2026-13-01T10:00", "2026-11-24T25:00", "09:30"]
)
def test_parse_moment_bad(text: str) -> None:
    with pytest.raises(BadValue) as info:
        parse_moment(text, SP)
    assert info.value.exit_code == 2
    assert "ISO-8601" in str(info.value)


@pytest.mark.parametrize(
    ("text", "expected"), [("2026-11-20", date(2026, 11, 20)), (" 2024-02-29 ", date(2024, 2, 29))]
)
def test_parse_date(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["", "2026-02-30", "2025-02-29", "20/11/2026", "2026-11", "hoje"])
def test_parse_date_bad(text: str) -> None:
    with pytest.raises(BadValue) as info:
        parse_date(text)
    assert "AAAA-MM-DD" in str(info.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("08:00", time(8)), (" 9:05 ", time(9, 5)), ("23:59", time(23, 59)), ("00:00", time(0))],
)
def test_parse_hhmm(text: str, expected: time) -> None:
    assert parse_hhmm(text) == expected


@pytest.mark.parametrize("text", ["", "24:00", "12:60", "0800", "8h", "12:30:00", "ab:cd", "-1:30", "12:"])
def test_parse_hhmm_bad(text: str) -> None:
    with pytest.raises(BadValue) as info:
        parse_hhmm(text)
    assert "HH:MM" in str(info.value)
    assert info.value.exit_code == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("08:00-12:00", (time(8), time(12))),
        (" 13:00 - 17:30 ", (time(13), time(17, 30))),
        ("00:00-23:59", (time(0), time(23, 59))),
    ],
)
def test_parse_hhmm_range(text: str, expected: tuple[time, time]) -> None:
    assert parse_hhmm_range(text) == expected


@pytest.mark.parametrize(
    "text", ["12:00-08:00", "08:00-08:00", "08:00", "08:00-12:00-13:00", "08:00-25:00", "", "-"]
)
def test_parse_hhmm_range_bad(text: str) -> None:
    with pytest.raises(BadValue):
        parse_hhmm_range(text)


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (BadValue("value.summary_empty"), 2),
        (RuleViolation("R3.kind_excluded", tab="N1", kind="installation"), 3),
        (NotFound("not_found.occurrence", number=9), 4),
        (Conflict("R9.left_apoio", number=9), 5),
        (NotPermitted("permission.bad_credentials"), 6),
        (DatabaseUnavailable("database.unavailable", url="sqlite://", reason="x"), 1),
        (PitstopError("database.timeout", step="staff"), 1),
    ],
)
def test_exit_codes(error: PitstopError, code: int) -> None:
    assert error.exit_code == code
    assert type(error).exit_code == code
    assert isinstance(error, PitstopError)


def test_errors_are_data() -> None:
    error = RuleViolation("R5.already_in_apoio", number=9)
    assert (error.code, error.rule, error.field, error.params) == ("R5.already_in_apoio", "R5", None, {"number": 9})
    assert str(error) == error.message == "R5: a OC 9 já está na fila do APOIO; aguarde um APOIO assumir."
    taken = Conflict("R10.slot_taken", field=Field.SLOT, time="10:00", name="Ana", login="ana", number=8)
    assert (taken.rule, taken.field, taken.exit_code) == ("R10", Field.SLOT, 5)
    missing = NotFound("not_found.client", field=Field.CLIENT, code="C9")
    assert missing.rule is None and missing.params == {"code": "C9"}
    assert missing.message == "cliente desconhecido: 'C9'"
    assert NotPermitted("R3.management_only", tab="N1", role="attendant").rule == "R3"


# --------------------------------------------------------------------------- netshare

MOUNTS = "\n".join(
    [
        "/dev/sda1 / ext4 rw,relatime 0 0",
        "proc /proc proc rw 0 0",
        "server:/export /mnt/nas nfs4 rw,vers=4.2 0 0",
        "//fileserver/share /mnt/smb cifs rw 0 0",
        "/dev/sdb1 /mnt/nas/local ext4 rw 0 0",
        "user@host: /home/u/remote fuse.sshfs rw 0 0",
        "srv:/x /mnt/with\\040space nfs rw 0 0",
        "srv:/y /mnt/upper NFS rw 0 0",
        "garbage-line",
        "",
    ]
)


@pytest.mark.parametrize(
    "path",
    [r"\\fileserver\share\pitstop.db", "//fileserver/share/pitstop.db", r"\\?\UNC\server\share\x.db"],
)
def test_unc_paths_are_network(path: str) -> None:
    assert is_network_path(path, mounts_text="") is True


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/mnt/nas/pitstop.db", True),
        ("/mnt/nas", True),
        ("/mnt/nas/sub/dir/pitstop.db", True),
        ("/mnt/smb/pitstop.db", True),
        ("/home/u/remote/pitstop.db", True),
        ("/mnt/with space/pitstop.db", True),
        ("/mnt/upper/pitstop.db", True),  # fs type compared case-insensitively
        ("/mnt/nas/local/pitstop.db", False),  # the longest mount point wins: a local disk inside
        ("/mnt/nasty/pitstop.db", False),  # /mnt/nas is not a prefix of /mnt/nasty
        ("/home/user/pitstop.db", False),  # local ext4 root
        ("/var/lib/pitstop/pitstop.db", False),
    ],
)
def test_mounts(path: str, expected: bool) -> None:
    assert is_network_path(path, mounts_text=MOUNTS) is expected
    assert is_network_path(Path(path), mounts_text=MOUNTS) is expected


def test_empty_mounts_means_local() -> None:
    assert is_network_path("/mnt/nas/pitstop.db", mounts_text="") is False


def test_relative_path_is_resolved_against_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    mounts = f"/dev/sda1 / ext4 rw 0 0\nsrv:/e {tmp_path} nfs rw 0 0\n"
    assert is_network_path("pitstop.db", mounts_text=mounts) is True
    assert is_network_path("pitstop.db", mounts_text="/dev/sda1 / ext4 rw 0 0\n") is False


@pytest.mark.parametrize("fstype", ["nfs", "cifs", "smb3", "fuse.sshfs", "9p", "glusterfs"])
def test_known_network_filesystems(fstype: str) -> None:
    assert fstype in NETWORK_FILESYSTEMS
    assert is_network_path("/data/pitstop.db", mounts_text=f"x /data {fstype} rw 0 0") is True


@pytest.mark.parametrize("fstype", ["ext4", "xfs", "btrfs", "tmpfs", "overlay", "ntfs"])
def test_local_filesystems(fstype: str) -> None:
    assert is_network_path("/data/pitstop.db", mounts_text=f"x /data {fstype} rw 0 0") is False
