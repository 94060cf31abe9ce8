"""The demo day: a realistic, deterministic day of the help desk, built only through the public use cases.

``load_demo`` first plans the whole day in plain Python (one ``random.Random`` with a fixed seed, so the same day
always gives the same people, clients, OC numbers, texts and times), then plays the plan through the services in
time order, each call with ``at=`` set to the moment it happens between 07:30 and 14:30 local time. The audit
trail and the change feed are therefore the real ones, and every step respects the manual: offers go only to
people who serve the tab and are logged in and back from lunch at that moment (R4); a refusal that leaves nobody
available sends the OC to APOIO by itself (R5); managers decide on other people's escalations (R6–R8); N2 goes
through APOIO (R7); bookings take free slots (R10); closings carry a FAQ code (R11).

The demo clock stops at 14:30: at that moment some people are at lunch, some have ended their day, two never
logged in, one leaves within 15 minutes, and the board has OCs in every status and SLA class, some of them
breached. Staff, clients and rosters are administrator records without a time of their own (``add_staff``,
``add_client`` and ``set_roster`` take no ``at=``), so their audit events carry the real time of loading.
"""

from __future__ import annotations

import itertools
import random
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, select, update

from pitstop_desktop.db import Database
from pitstop_desktop.db.orm import (
    ApoioItemRow,
    AuditRow,
    BookingRow,
    ChangeRow,
    ClientRow,
    CounterRow,
    EscalationRow,
    OccurrenceRow,
    OfferRow,
    PresenceRow,
    RosterRow,
    SeatHeartbeatRow,
    SignInFailureRow,
    StaffRow,
    StaffTabRow,
    TabRow,
)
from pitstop_desktop.domain import vocabulary
from pitstop_desktop.domain.availability import PresenceEvent, PresenceState, RosterDay, availability, presence_state
from pitstop_desktop.domain.calendar import BusinessCalendar
from pitstop_desktop.domain.changes import Entity
from pitstop_desktop.domain.codes import (
    FAQ_APPOINTMENT,
    EscalationReason,
    EscalationTarget,
    PresenceKind,
    Role,
    SlaState,
    TabCode,
)
from pitstop_desktop.domain.errors import BadValue, Conflict, Field, NotPermitted, PitstopError
from pitstop_desktop.domain.slots import free_slots
from pitstop_desktop.domain.tabs import DEFAULT_TABS, Entry, OcFacts, TabRule, check_tab_accepts
from pitstop_desktop.services import apoio, escalations, occurrences, offers, people, presence
from pitstop_desktop.services.settings import DEMO_DAY, demo_day, set_setting
from pitstop_desktop.services.unit_of_work import ADMIN, UnitOfWork, run, tab_rule, utcnow

SEED = 7367  # FAQ 7367: the SLA article; any constant would do
PASSWORD = "pitstop"
DAY_START = time(7, 30)
DEMO_CLOCK = time(14, 30)

# Rows the demo owns; removed by ``reset`` in this order (children before parents). Tabs, SLA classes, the
# business calendar and the counters are configuration and stay.
DATA_TABLES = (AuditRow, ChangeRow, BookingRow, ApoioItemRow, EscalationRow, OfferRow, OccurrenceRow, PresenceRow,
               SeatHeartbeatRow, RosterRow, StaffTabRow, StaffRow, ClientRow, SignInFailureRow)


# ---------------------------------------------------------------------------------------------------------------
# The cast


@dataclass(frozen=True)
class DemoPerson:
    login: str
    name: str
    role: str
    site: str
    tabs: tuple[str, ...]
    shift: tuple[time, time]
    lunch: tuple[time, time] | None
    shows_up: bool = True


def _t(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def _person(login: str, name: str, role: str, site: str, tabs: str, shift: str, lunch: str,
            shows_up: bool = True) -> DemoPerson:
    start, end = shift.split("-")
    lunch_start, lunch_end = lunch.split("-")
    return DemoPerson(login, name, role, site, tuple(t for t in tabs.split() if t), (_t(start), _t(end)),
                      (_t(lunch_start), _t(lunch_end)), shows_up)


R, BM, BF, F = (TabCode.N1_RAPIDA.value, TabCode.N1_BLIP_MATRIZ.value, TabCode.N1_BLIP_FILIAIS.value,
                TabCode.N1_FILIAIS.value)
ESP, AP, N2 = TabCode.ESPECIALISTAS.value, TabCode.APOIO_N1.value, TabCode.N2.value

STAFF: tuple[DemoPerson, ...] = (
    # management
    _person("ricardo.almeida", "Ricardo Almeida", "manager", "matriz", "", "08:00-17:00", "12:00-13:00"),
    _person("patricia.nogueira", "Patrícia Nogueira", "manager", "matriz", "", "07:30-16:30", "11:30-12:30"),
    _person("marcos.teixeira", "Marcos Teixeira", "manager", "filial", "", "09:00-18:00", "13:00-14:00"),
    _person("claudia.moraes", "Cláudia Moraes", "supervisor", "matriz", "", "07:30-16:30", "12:00-13:00"),
    _person("anderson.lima", "Anderson Lima", "supervisor", "filial", "", "08:00-17:00", "12:30-13:30"),
    # APOIO da gestão
    _person("zenaide", "Zenaide Oliveira", "apoio", "matriz", AP, "07:30-16:30", "11:30-12:30"),
    _person("fernanda", "Fernanda Castro", "apoio", "matriz", AP, "08:00-17:00", "12:00-13:00"),
    _person("janne", "Janne Ribeiro", "apoio", "matriz", AP, "10:00-19:00", "14:00-15:00"),
    # Matriz attendants (N1 - Rápida and Blip Matriz)
    _person("ana.souza", "Ana Paula Souza", "attendant", "matriz", R, "07:30-13:50", "10:30-10:50"),
    _person("bruno.carvalho", "Bruno Carvalho", "attendant", "matriz", f"{R} {BM}", "08:00-17:00", "12:00-13:00"),
    _person("camila.rocha", "Camila Rocha", "attendant", "matriz", BM, "08:20-14:40", "11:20-11:40"),
    _person("diego.martins", "Diego Martins", "attendant", "matriz", R, "09:00-18:00", "13:45-14:45"),
    _person("eduarda.pires", "Eduarda Pires", "attendant", "matriz", f"{BM} {R}", "07:30-16:30", "11:30-12:30"),
    # Matriz N1 technicians
    _person("felipe.gomes", "Felipe Gomes", "technician", "matriz", R, "07:30-16:30", "11:00-12:00"),
    _person("gabriela.santos", "Gabriela Santos", "technician", "matriz", f"{R} {BM}", "08:00-17:00",
            "12:00-13:00"),
    _person("henrique.barbosa", "Henrique Barbosa", "technician", "matriz", R, "08:00-17:00", "12:30-13:30"),
    _person("isabela.freitas", "Isabela Freitas", "technician", "matriz", BM, "07:30-16:30", "11:30-12:30"),
    _person("joao.vieira", "João Pedro Vieira", "technician", "matriz", R, "08:00-17:00", "12:00-13:00",
            shows_up=False),
    # Especialistas
    _person("leonardo.cunha", "Leonardo Cunha", "technician", "matriz", ESP, "08:00-17:00", "12:00-13:00"),
    _person("mariana.lopes", "Mariana Lopes", "technician", "matriz", ESP, "09:00-18:00", "13:00-14:00"),
    _person("nelson.batista", "Nelson Batista", "technician", "matriz", ESP, "07:30-16:30", "11:30-12:30"),
    _person("otavio.ramos", "Otávio Ramos", "technician", "matriz", ESP, "10:00-19:00", "14:15-15:15"),
    # N2
    _person("paulo.dias", "Paulo Henrique Dias", "technician", "matriz", N2, "08:00-17:00", "12:00-13:00"),
    _person("renata.azevedo", "Renata Azevedo", "technician", "matriz", N2, "09:00-18:00", "13:00-14:00"),
    _person("sergio.mendes", "Sérgio Mendes", "technician", "matriz", N2, "07:30-13:30", "10:30-10:50"),
    # branch attendants (Blip Filiais)
    _person("tatiane.melo", "Tatiane Melo", "attendant", "filial", BF, "08:00-17:00", "12:00-13:00"),
    _person("ubiratan.costa", "Ubiratan Costa", "attendant", "filial", BF, "08:00-14:20", "11:00-11:20"),
    _person("vanessa.duarte", "Vanessa Duarte", "attendant", "filial", BF, "09:00-18:00", "14:00-15:00"),
    _person("wesley.farias", "Wesley Farias", "attendant", "filial", BF, "10:00-16:20", "14:40-15:00"),
    # branch technicians (N1 - Filiais)
    _person("yasmin.araujo", "Yasmin Araújo", "technician", "filial", F, "08:00-17:00", "12:00-13:00"),
    _person("rafael.moreira", "Rafael Moreira", "technician", "filial", f"{F} {BF}", "07:30-16:30",
            "11:30-12:30"),
    _person("luana.cardoso", "Luana Cardoso", "technician", "filial", F, "08:00-17:00", "12:30-13:30"),
    _person("thiago.nunes", "Thiago Nunes", "technician", "filial", F, "09:00-18:00", "13:00-14:00"),
    _person("kleber.prado", "Kléber Prado", "technician", "filial", F, "15:00-21:00", "18:00-18:30",
            shows_up=False),
)
APOIO_TEAM = ("zenaide", "fernanda", "janne")
# A real office day (issue 9): one person stays logged in after the shift ("turno encerrado"), and one window goes
# quiet ("sem sinal"). Neither changes the plan: nobody is offered work past their shift or without signal.
FORGOT_LOGOUT = "sergio.mendes"  # shift 07:30–13:30, no logout recorded
LOST_SIGNAL = ("paulo.dias", time(14, 21))  # his window's last heartbeat; everyone else's within the last minute

# Who takes calls into each N1 tab (attendants first; technicians register what they receive directly).
INTAKE: dict[str, tuple[str, ...]] = {
    R: ("ana.souza", "bruno.carvalho", "diego.martins", "eduarda.pires", "felipe.gomes", "gabriela.santos",
        "henrique.barbosa"),
    BM: ("camila.rocha", "bruno.carvalho", "eduarda.pires", "isabela.freitas", "gabriela.santos"),
    BF: ("tatiane.melo", "ubiratan.costa", "vanessa.duarte", "wesley.farias", "rafael.moreira"),
    F: ("tatiane.melo", "ubiratan.costa", "vanessa.duarte", "wesley.farias", "yasmin.araujo", "luana.cardoso",
        "thiago.nunes", "rafael.moreira"),
}
INTAKE_WEIGHTS = {R: 34, BM: 22, BF: 18, F: 26}
BRANCH_ATTENDANTS = ("tatiane.melo", "ubiratan.costa", "vanessa.duarte", "wesley.farias")
# Technicians whose free time is sold as appointments (FAQ 7037); Kléber's evening shift is all future.
BOOKABLE = ("yasmin.araujo", "felipe.gomes", "luana.cardoso", "kleber.prado", "thiago.nunes", "henrique.barbosa",
            "rafael.moreira", "gabriela.santos")

CLIENTS: tuple[tuple[str, str, bool], ...] = (
    ("Mercado Bom Preço Ltda", "11", False),
    ("Supermercado Estrela do Norte Ltda", "11", True),
    ("Farmácia Santa Luzia ME", "11", False),
    ("Drogaria Vida Nova Ltda", "19", False),
    ("Auto Peças Irmãos Rossi Ltda", "19", False),
    ("Padaria e Confeitaria Pão Dourado", "11", False),
    ("Atacadão União Distribuidora S.A.", "16", True),
    ("Materiais de Construção Constrular Ltda", "16", False),
    ("Restaurante Sabor Mineiro Ltda", "31", False),
    ("Distribuidora de Bebidas Gelada Ltda", "31", False),
    ("Posto Avenida Combustíveis Ltda", "41", False),
    ("Clínica Odontológica Sorriso Ltda", "11", False),
    ("Papelaria Universitária ME", "19", False),
    ("Ótica Visão Clara Ltda", "11", False),
    ("Pet Shop Amigo Fiel ME", "41", False),
    ("Frigorífico Boi Gordo Ltda", "16", False),
    ("Hortifruti Verde Vale Ltda", "19", False),
    ("Confecções Aurora Ltda", "11", False),
    ("Calçados Passo Firme Ltda", "51", False),
    ("Livraria Saber & Cia Ltda", "11", False),
    ("Agropecuária Campo Bom Ltda", "16", False),
    ("Transportadora Rota Sul Ltda", "51", True),
    ("Escola Pequeno Príncipe Ltda", "41", False),
    ("Hotel Serra Azul Ltda", "31", True),
    ("Academia Corpo em Forma ME", "11", False),
    ("Móveis Casa Nova Ltda", "19", False),
    ("Eletrônicos Conecta Ltda", "11", False),
    ("Lanchonete Ponto Certo ME", "16", False),
    ("Laboratório Análise Vida Ltda", "11", True),
    ("Exata Contabilidade e Assessoria Ltda", "11", True),
    ("Polinorte Indústria de Plásticos S.A.", "19", True),
    ("Cooperativa Agrícola Vale do Rio", "16", True),
    ("Sorveteria Gelato Mio Ltda", "41", False),
    ("Floricultura Jardim Encantado ME", "11", False),
    ("Madeireira Pinheiro Ltda", "41", False),
    ("Cerâmica São Jorge Ltda", "31", False),
)

# ---------------------------------------------------------------------------------------------------------------
# What the calls are about


SUMMARIES: dict[str, tuple[str, ...]] = {
    "question": (
        "Cliente pergunta como emitir carta de correção da NF-e {nf} no ERP.",
        "Dúvida sobre como cadastrar produto novo com código de barras no PDV.",
        "Usuária pergunta como gerar o arquivo do SPED Fiscal de {month}.",
        "Cliente quer saber como cancelar um cupom emitido por engano no caixa {pdv}.",
        "Dúvida sobre alíquota de ICMS para produto com substituição tributária.",
        "Pergunta como tirar o relatório de vendas por operador no fechamento de caixa.",
        "Cliente pergunta como inutilizar numeração de NFC-e pulada na série {serie}.",
        "Dúvida sobre a geração do arquivo de remessa de boletos para o banco.",
        "Cliente pergunta como lançar devolução de mercadoria com nota de entrada.",
        "Dúvida sobre o cálculo de comissão dos vendedores no relatório mensal.",
        "Usuário pergunta como ajustar o estoque depois do inventário de {month}.",
        "Cliente quer saber como reimprimir o DANFE da NF-e {nf}.",
    ),
    "error": (
        "PDV do caixa {pdv} trava ao finalizar venda no cartão; TEF não responde.",
        "Rejeição 539 (duplicidade de NF-e) ao transmitir a nota {nf}.",
        "Impressora fiscal não imprime o cupom; luz de erro piscando após troca de bobina.",
        "SAT fiscal do caixa {pdv} retorna 'equipamento não ativado'.",
        "ERP mostra erro de conexão com o banco de dados ao abrir no servidor.",
        "Backup automático não rodou esta noite; aviso de falha no servidor.",
        "Certificado digital A1 vencido: NF-e rejeitada com erro 280.",
        "Balança não comunica com o PDV; preço do item pesado não carrega.",
        "Pinpad desconectado: vendas no débito bloqueadas no caixa {pdv}.",
        "NFC-e rejeitada (778: NCM inexistente) no item {item} da venda.",
        "Leitor de código de barras parou de ler depois da atualização do Windows.",
        "Estoque ficou negativo após importar XML de compra; quantidades duplicadas.",
        "Erro ao fechar o caixa {pdv}: diferença no valor da sangria.",
        "Sistema lento em todos os terminais desde a manhã; suspeita de rede.",
    ),
    "installation": (
        "Instalação do PDV em terminal novo do caixa {pdv}.",
        "Instalar e configurar impressora térmica não fiscal na retaguarda.",
        "Instalação do módulo de NFC-e na loja recém-aberta.",
        "Reinstalação do ERP depois da troca do servidor.",
        "Instalar token do certificado A3 e drivers no computador do financeiro.",
    ),
    "training": (
        "Treinamento de operador de caixa novo no PDV (abertura, sangria e fechamento).",
        "Treinamento do módulo financeiro: contas a pagar e conciliação bancária.",
        "Treinamento de emissão de NF-e de transferência entre filiais.",
        "Treinamento de inventário com coletor de dados.",
    ),
    "configuration": (
        "Configurar backup em nuvem diário às 22h no servidor do cliente.",
        "Ajustar a tabela de preços de atacado para clientes cadastrados.",
        "Configurar PIX como forma de pagamento no PDV.",
        "Configurar série e numeração da NF-e após mudança de CNPJ da filial.",
        "Cadastrar impressora de pedidos da cozinha (comanda).",
        "Liberar acesso ao ERP para usuário novo com perfil de vendedor.",
    ),
    "other": (
        "Cliente pede segunda via do contrato de suporte e dados de faturamento.",
        "Pede visita técnica para avaliar a rede da loja.",
        "Retorno sobre o orçamento do módulo de e-commerce.",
        "Cliente avisa que trocou o responsável pela TI; atualizar contato.",
    ),
}
COMPLEMENTS = (
    "Cliente ligou de novo sobre a OC {parent}: pede previsão de retorno.",
    "Retorno do cliente sobre a OC {parent}: o erro voltou a acontecer.",
    "Complemento da OC {parent}: cliente enviou print do erro por e-mail.",
    "Cliente confirma horário para o acesso remoto da OC {parent}.",
    "Complemento da OC {parent}: responsável só volta depois das 15h.",
    "Cliente liga para saber se a OC {parent} já tem técnico.",
)
MONTHS = ("setembro", "outubro", "novembro")
FAQ_BY_KIND = {
    "question": ("7012", "7045", "7101"), "error": ("7210", "7233", "7288"), "installation": ("7305", "7318"),
    "training": ("7402", "7415"), "configuration": ("7510", "7524"), "other": ("7600",),
}
KINDS: dict[str, dict[str, int]] = {
    R: {"question": 40, "error": 35, "configuration": 12, "other": 8, "installation": 3, "training": 2},
    BM: {"question": 45, "error": 35, "configuration": 12, "other": 8},
    BF: {"question": 40, "error": 35, "configuration": 10, "training": 5, "other": 5, "installation": 5},
    F: {"installation": 25, "training": 25, "configuration": 20, "question": 15, "error": 10, "other": 5},
}
CHANNELS: dict[str, dict[str, int]] = {
    R: {"phone": 70, "skype": 12, "email": 10, "portal": 8},
    BM: {"blip": 90, "portal": 10},
    BF: {"blip": 100},
    F: {"phone": 60, "email": 20, "portal": 15, "skype": 5},
}
SLAS = {"IS": 6, "URGENTE": 10, "2H": 18, "4H": 22, "24H": 26, "72H": 10, "10D": 8}
WORK_MINUTES = {"IS": (6, 25), "URGENTE": (8, 45), "2H": (12, 80), "4H": (15, 140), "24H": (15, 170),
                "72H": (25, 220), "10D": (30, 280)}
REFUSALS = (
    "em acesso remoto longo com outro cliente",
    "fora da minha especialidade (fiscal)",
    "saindo para visita técnica agendada",
    "atendendo OC urgente de outro cliente",
    "sem acesso ao ambiente do cliente agora",
    "em treinamento com cliente até o fim da hora",
)
ESCALATION_NOTES = {
    EscalationReason.LONG_IN_LINE.value: "mais de 40 min em linha; o acesso remoto precisa continuar em outro setor",
    EscalationReason.NOT_SOLVABLE_N1.value: "erro na base de dados do cliente; precisa de análise avançada",
}
# Arrivals of ordinary calls by half hour, from 07:30 (quiet start, busy morning, calmer lunch, busy afternoon).
ARRIVALS = (0.5, 1.2, 1.6, 1.8, 1.8, 1.7, 1.5, 1.3, 1.0, 0.8, 0.8, 1.1, 1.4, 1.4)

# The special stories of the day: (story, how many, registration window).
STORIES: tuple[tuple[str, int, str], ...] = (
    ("esc_pending_esp", 4, "09:30-13:20"),
    ("esc_pending_n2", 3, "09:30-13:20"),
    ("esc_esp_then_n2", 1, "08:30-10:00"),
    ("esc_approved_esp", 5, "08:00-12:00"),
    ("esc_esp_refused_all", 1, "11:05-11:35"),
    ("esc_approved_open", 2, "12:40-13:30"),
    ("esc_rejected", 2, "08:30-11:30"),
    ("n2_forwarded", 4, "08:00-11:00"),
    ("n2_waiting", 1, "12:30-13:10"),
    ("n2_unclaimed", 1, "13:15-13:40"),
    ("refused_all", 5, ""),
    ("no_answer", 4, ""),
    ("sent_by_attendant", 4, ""),
    ("refused_then_accepted", 8, "08:00-13:30"),
    ("forwarded", 6, "08:00-12:45"),
    ("booked", 10, "07:40-13:30"),
    ("open_breached", 3, "13:00-13:40"),
    ("open_waiting", 8, "13:50-14:28"),
    ("offered_stale", 4, "13:45-14:12"),
    ("complementary", 15, "08:30-14:25"),
)
# APOIO stories: registration window and what APOIO does with the item by 14:30.
APOIO_STORIES = {
    "refused_all": (("08:40-09:40", "close"), ("10:00-11:00", "forward"), ("11:50-12:20", "forward"),
                    ("12:30-13:15", "claim"), ("13:40-13:55", "none")),
    "no_answer": (("08:30-10:30", "forward"), ("10:30-11:45", "close"), ("12:00-13:10", "claim"),
                  ("13:35-13:50", "none")),
    "sent_by_attendant": (("08:00-10:00", "close"), ("10:00-12:00", "forward"), ("12:00-13:20", "claim"),
                          ("13:50-14:15", "none")),
}
REGULAR_CALLS = 95


# ---------------------------------------------------------------------------------------------------------------
# The plan


@dataclass
class _Runtime:
    db: Database
    numbers: dict[str, int] = field(default_factory=dict)
    escalations: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class PlannedStep:
    """One use-case call of the plan, at its moment; ``label`` describes it (for digests and debugging)."""

    at: datetime
    order: int
    seq: int
    label: str
    call: Callable[[_Runtime, datetime], object]


@dataclass
class _Oc:
    key: str
    by: str
    client: str
    channel: str
    kind: str
    sla: str
    intake: str
    summary: str
    opened_at: datetime
    story: str = ""
    tab: str = ""
    closed_at: datetime | None = None
    parent: _Oc | None = None

    def __post_init__(self) -> None:
        self.tab = self.tab or self.intake


class _Planner:
    """Plans the day against a model of presence that mirrors the services' own rules."""

    def __init__(self, day: date, tz: ZoneInfo, rules: dict[str, TabRule], slot_minutes: int) -> None:
        self.rng = random.Random(SEED)
        self.day, self.tz, self.rules, self.slot_minutes = day, tz, rules, slot_minutes
        self.start, self.end = self.clock(DAY_START), self.clock(DEMO_CLOCK)
        self.people = {p.login: p for p in STAFF}
        self.tab_people = {tab: sorted(p.login for p in STAFF if tab in p.tabs) for tab in rules}
        self.steps: list[PlannedStep] = []
        self.seq = itertools.count()
        self.ocs: list[_Oc] = []
        self.esc_count = itertools.count(1)
        self.busy: dict[str, list[tuple[datetime, datetime]]] = defaultdict(list)
        self.booked: dict[str, list[tuple[datetime, datetime]]] = defaultdict(list)
        self.clients = [f"C{1001 + i}" for i in range(len(CLIENTS))]
        self.client_weights = [3 if consulting else (2 if i < 12 else 1) for i, (_, _, consulting) in
                               enumerate(CLIENTS)]
        self.events: dict[str, list[PresenceEvent]] = {}
        self.story = ""

    # -- time helpers

    def clock(self, moment: time) -> datetime:
        return datetime.combine(self.day, moment, tzinfo=self.tz)

    def secs(self, low: int, high: int) -> timedelta:
        return timedelta(seconds=self.rng.randint(low, high))

    def mins(self, low: float, high: float) -> timedelta:
        return self.secs(int(low * 60), int(high * 60))

    def within(self, window: str) -> datetime:
        low, high = (self.clock(_t(x)) for x in window.split("-"))
        return low + timedelta(seconds=self.rng.randint(0, int((high - low).total_seconds())))

    def add(self, at: datetime, label: str, call: Callable[[_Runtime, datetime], object], order: int = 1) -> bool:
        """Keep a step that happens by the demo clock; later ones are the future and are dropped."""
        if at > self.end:
            return False
        self.steps.append(PlannedStep(at, order, next(self.seq), label, call))
        return True

    # -- presence model (the same rule as the services: the state after the last event at or before t)

    def plan_presence(self) -> None:
        for p in STAFF:
            planned: list[tuple[datetime, PresenceKind]] = []
            if p.shows_up:
                login = self.clock(p.shift[0]) + self.secs(-360, 240)
                if login < self.start:
                    login = self.start + self.secs(0, 200)
                planned.append((login, PresenceKind.LOGIN))
                if p.lunch is not None:
                    planned.append((self.clock(p.lunch[0]) + self.secs(0, 240), PresenceKind.LUNCH))
                    planned.append((self.clock(p.lunch[1]) + self.secs(-60, 180), PresenceKind.BACK))
                planned.append((self.clock(p.shift[1]) + self.secs(0, 180), PresenceKind.LOGOUT))
            kept = [(at, kind) for at, kind in planned if at <= self.end]
            self.events[p.login] = [PresenceEvent(at, kind) for at, kind in kept]
            for at, kind in kept:
                if p.login == FORGOT_LOGOUT and kind == PresenceKind.LOGOUT:
                    continue  # the model keeps it: past the shift he is not offered work either way
                self.add(at, f"presence {p.login} {kind.value}", _presence_call(p.login, kind.value), order=0)

    def logged_in(self, login: str, t: datetime) -> bool:
        """Logged in and not at lunch: enough to act (register, offer, send), not to be offered work."""
        return presence_state(self.events[login], t)[0] == PresenceState.ONLINE

    def available(self, login: str, t: datetime) -> bool:
        """Who may be offered an OC and counts for R5: the services' one definition (domain.availability) —
        logged in, not at lunch, the shift not over."""
        person = self.people[login]
        lunch = (self.clock(person.lunch[0]), self.clock(person.lunch[1])) if person.lunch else (None, None)
        roster = RosterDay(self.clock(person.shift[0]), self.clock(person.shift[1]), *lunch)
        return availability(roster, self.events[login], t).available

    def steady(self, login: str, t0: datetime, t1: datetime) -> bool:
        """Online at ``t0`` and nothing changes until ``t1``."""
        return self.available(login, t0) and not any(t0 < e.at <= t1 for e in self.events[login])

    def available_set(self, tab: str, t: datetime) -> set[str]:
        return {login for login in self.tab_people[tab] if self.available(login, t)}

    def work_end(self, login: str, start: datetime, minutes: float) -> datetime | None:
        """When ``minutes`` of online time of ``login`` have passed since ``start`` (None: not today)."""
        spans: list[tuple[datetime, datetime]] = []
        online_since: datetime | None = None
        for event in self.events[login]:
            if event.kind in (PresenceKind.LOGIN, PresenceKind.BACK):
                online_since = online_since or event.at
            elif online_since is not None:
                spans.append((online_since, event.at))
                online_since = None
        if online_since is not None:
            spans.append((online_since, self.end + timedelta(days=1)))
        remaining = timedelta(seconds=round(minutes * 60))  # whole seconds, like every other stamp
        for low, high in spans:
            low = max(low, start)
            if high <= low:
                continue
            if low + remaining <= high:
                return low + remaining
            remaining -= high - low
        return None

    def load(self, login: str, t: datetime) -> int:
        return sum(1 for a, b in self.busy[login] if a <= t < b)

    # -- choices

    def choice(self, items: Sequence[str]) -> str:
        return items[self.rng.randrange(len(items))]

    def weighted(self, weights: dict[str, int]) -> str:
        keys = list(weights)
        return self.rng.choices(keys, weights=[weights[k] for k in keys])[0]

    def online(self, logins: Sequence[str], t: datetime) -> list[str]:
        return [login for login in logins if self.logged_in(login, t)]

    def pick_target(self, tab: str, t: datetime, exclude: set[str], answer_in: timedelta) -> str | None:
        """Someone who serves ``tab``, is online now and stays so until answering; the least busy first."""
        candidates = [login for login in self.tab_people[tab]
                      if login not in exclude and self.steady(login, t, t + answer_in)]
        if not candidates:
            return None
        ranked = sorted(candidates, key=lambda login: (
            self.load(login, t) + (1 if self.people[login].role == Role.ATTENDANT else 0), self.rng.random()))
        return ranked[0]

    def management(self, t: datetime, roles: tuple[str, ...], site: str | None = None) -> str | None:
        pool = [p.login for p in STAFF if p.role in roles and (site is None or p.site == site)]
        online = self.online(pool, t)
        return self.choice(online) if online else None

    def manager(self, t: datetime) -> str | None:
        return self.management(t, (Role.MANAGER.value,))

    def offerer(self, oc: _Oc, t: datetime, *, outside_tab: bool = False) -> str | None:
        """Who hands the OC over: its registrar, or a supervisor (sometimes by choice, always when needed)."""
        site = "filial" if oc.tab in (BF, F) else "matriz"
        registrar_ok = self.logged_in(oc.by, t) and not (outside_tab and oc.by in self.tab_people[oc.tab])
        if registrar_ok and self.rng.random() < 0.8:
            return oc.by
        return (self.management(t, (Role.SUPERVISOR.value,), site) or self.management(t, (Role.SUPERVISOR.value,))
                or (oc.by if registrar_ok else None) or self.manager(t))

    def apoio_person(self, t: datetime) -> str | None:
        online = self.online(APOIO_TEAM, t)
        return self.choice(online) if online else None

    def fits(self, tab: str, channel: str, kind: str, sla: str) -> bool:
        try:
            check_tab_accepts(self.rules[tab], OcFacts(None, channel, kind, sla), Entry.REGISTER,
                              Role.ATTENDANT.value)
        except PitstopError:
            return False
        return True

    def summary(self, kind: str) -> str:
        text = self.choice(SUMMARIES[kind])
        return text.format(nf=self.rng.randint(10_200, 48_900), pdv=self.rng.randint(1, 8),
                           month=self.choice(MONTHS), serie=self.rng.randint(1, 3), item=self.rng.randint(2, 25))

    def new_oc(
        self, t: datetime, *, tabs: Sequence[str] | None = None, by_pool: Sequence[str] | None = None,
        kinds: Sequence[str] | None = None, channels: Sequence[str] | None = None, slas: Sequence[str] | None = None,
    ) -> _Oc | None:
        """An incoming call at ``t``: a registrar online, a client and what the call is about."""
        if tabs is None:
            first = self.weighted(INTAKE_WEIGHTS)
            tabs = [first, *(tab for tab in INTAKE_WEIGHTS if tab != first)]
        for tab in tabs:
            online = self.online(by_pool or INTAKE[tab], t)
            if not online:
                continue
            attendants = [login for login in online if self.people[login].role == Role.ATTENDANT]
            by = self.choice(attendants or online)
            for _ in range(30):
                kind = self.choice(kinds) if kinds else self.weighted(KINDS[tab])
                channel = self.choice(channels) if channels else self.weighted(CHANNELS[tab])
                sla = self.choice(slas) if slas else self.weighted(SLAS)
                if self.fits(tab, channel, kind, sla):
                    break
            else:
                continue
            client = self.rng.choices(self.clients, weights=self.client_weights)[0]
            oc = _Oc(f"oc{len(self.ocs) + 1}", by, client, channel, kind, sla, tab, self.summary(kind), t,
                     self.story)
            self.ocs.append(oc)
            return oc
        return None

    def work_minutes(self, oc: _Oc, factor: float = 1.0) -> float:
        low, high = WORK_MINUTES[oc.sla]
        minutes = self.rng.uniform(low, high) * factor
        return minutes * 2.5 if self.rng.random() < 0.1 else minutes

    def faq(self, oc: _Oc) -> str:
        return self.choice(FAQ_BY_KIND[oc.kind])

    # -- the use cases, as steps

    def register(self, oc: _Oc, *, slot: datetime | None = None, technician: str | None = None) -> bool:
        parent = oc.parent

        def call(rt: _Runtime, at: datetime) -> object:
            linked = rt.numbers[parent.key] if parent is not None else None
            record = occurrences.register_call(
                rt.db, actor=oc.by, client=oc.client, channel=oc.channel,
                summary=oc.summary.format(parent=linked) if parent is not None else oc.summary, kind=oc.kind,
                sla=oc.sla, tab=oc.intake, complementary_of=linked,
                slot=slot.astimezone(UTC) if slot is not None else None, technician=technician, at=at)
            rt.numbers[oc.key] = record.number
            return record

        extra = f" complementary_of={parent.key}" if parent else ""
        extra += f" slot={slot:%H:%M} {technician}" if slot is not None else ""
        label = (f"register {oc.key} [{oc.story}] by {oc.by} {oc.client} {oc.channel}/{oc.kind}/{oc.sla} "
                 f"{oc.intake}{extra}: {oc.summary}")
        ok = self.add(oc.opened_at, label, call)
        if ok and parent is not None:
            oc.closed_at = oc.opened_at
        return ok

    def offer(self, oc: _Oc, by: str, to: str, at: datetime) -> bool:
        return self.add(at, f"offer {oc.key} by {by} to {to}", lambda rt, when: offers.offer(
            rt.db, rt.numbers[oc.key], actor=by, to=to, at=when))

    def accept(self, oc: _Oc, who: str, at: datetime) -> bool:
        return self.add(at, f"accept {oc.key} by {who}", lambda rt, when: offers.accept(
            rt.db, rt.numbers[oc.key], actor=who, at=when))

    def refuse(self, oc: _Oc, who: str, at: datetime) -> bool:
        reason = self.choice(REFUSALS)
        return self.add(at, f"refuse {oc.key} by {who}: {reason}", lambda rt, when: offers.refuse(
            rt.db, rt.numbers[oc.key], actor=who, reason=reason, at=when))

    def close(self, oc: _Oc, who: str, at: datetime, faq: str | None = None, note: str | None = None) -> bool:
        code = faq or self.faq(oc)
        ok = self.add(at, f"close {oc.key} by {who} FAQ {code}", lambda rt, when: occurrences.close(
            rt.db, rt.numbers[oc.key], actor=who, faq=code, note=note, at=when))
        if ok:
            oc.closed_at = at
        return ok

    def forward(self, oc: _Oc, who: str, tab: str, note: str, at: datetime) -> bool:
        ok = self.add(at, f"forward {oc.key} by {who} to {tab}", lambda rt, when: occurrences.forward(
            rt.db, rt.numbers[oc.key], actor=who, tab=tab, note=note, at=when))
        if ok:
            oc.tab = tab
        return ok

    def escalate(self, oc: _Oc, who: str, target: str, reason: str, at: datetime) -> str | None:
        key = f"esc{next(self.esc_count)}"

        def call(rt: _Runtime, when: datetime) -> object:
            record = escalations.escalate(rt.db, rt.numbers[oc.key], actor=who, target=target, reason=reason,
                                          note=ESCALATION_NOTES[reason], at=when)
            rt.escalations[key] = record.id
            return record

        return key if self.add(at, f"escalate {oc.key} by {who} to {target} ({reason}) as {key}", call) else None

    def approve(self, esc: str, who: str, at: datetime) -> bool:
        note = self.choice(("validado: seguir com o setor indicado", "ok, caso confirmado",
                            "aprovado; priorizar o atendimento"))
        return self.add(at, f"approve {esc} by {who}", lambda rt, when: escalations.approve(
            rt.db, rt.escalations[esc], actor=who, note=note, at=when))

    def reject(self, esc: str, who: str, at: datetime) -> bool:
        reason = self.choice(("procedimento está na FAQ; resolver no N1 seguindo o passo a passo",
                              "falta testar a reinstalação do driver antes de escalonar"))
        return self.add(at, f"reject {esc} by {who}", lambda rt, when: escalations.reject(
            rt.db, rt.escalations[esc], actor=who, reason=reason, at=when))

    def send(self, oc: _Oc, who: str, reason: str, at: datetime) -> bool:
        ok = self.add(at, f"apoio send {oc.key} by {who}: {reason}", lambda rt, when: apoio.send(
            rt.db, rt.numbers[oc.key], actor=who, reason=reason, at=when))
        if ok:
            oc.tab = AP
        return ok

    def claim(self, oc: _Oc, who: str, at: datetime) -> bool:
        return self.add(at, f"apoio claim {oc.key} by {who}", lambda rt, when: apoio.claim(
            rt.db, rt.numbers[oc.key], actor=who, at=when))

    def apoio_forward(self, oc: _Oc, who: str, tab: str, to: str | None, at: datetime) -> bool:
        ok = self.add(at, f"apoio forward {oc.key} by {who} to {tab} offering {to}", lambda rt, when: apoio.forward(
            rt.db, rt.numbers[oc.key], actor=who, tab=tab, to=to, at=when))
        if ok:
            oc.tab = tab
        return ok

    # -- flows shared by the stories

    def offer_accept(self, oc: _Oc, t: datetime, offerer: str, exclude: set[str] | None = None
                     ) -> tuple[str, datetime] | None:
        answer_in = self.secs(30, 300)
        target = self.pick_target(oc.tab, t, {offerer, *(exclude or set())}, answer_in)
        if target is None or not self.offer(oc, offerer, target, t):
            return None
        if not self.accept(oc, target, t + answer_in):
            self.busy[target].append((t, self.end + timedelta(days=1)))
            return None
        return target, t + answer_in

    def work_close(self, oc: _Oc, who: str, start: datetime, minutes: float, faq: str | None = None,
                   note: str | None = None) -> None:
        done = self.work_end(who, start, minutes)
        self.busy[who].append((start, done or self.end + timedelta(days=1)))
        if done is not None:
            self.close(oc, who, done, faq, note)

    def handle(self, oc: _Oc, t: datetime, factor: float = 1.0) -> None:
        """The ordinary path: offer, accept, work, close; with nobody free, look again a little later."""
        for _ in range(4):
            offerer = self.offerer(oc, t)
            got = self.offer_accept(oc, t, offerer) if offerer else None
            if got is not None:
                self.work_close(oc, got[0], got[1], self.work_minutes(oc, factor))
                return
            t += self.mins(8, 20)

    def refusal_chain(self, oc: _Oc, t: datetime, offerer: str) -> tuple[datetime, bool, list[str]]:
        """Offer in turn to everyone available until all refused (R5: the OC goes to APOIO by itself)."""
        refused: list[str] = []
        for _ in range(8):
            if not self.logged_in(offerer, t):
                substitute = self.offerer(oc, t, outside_tab=True)
                if substitute is None:
                    break
                offerer = substitute
            answer_in = self.secs(45, 240)
            target = self.pick_target(oc.tab, t, {offerer, *refused}, answer_in)
            if target is None or not self.offer(oc, offerer, target, t):
                break
            answered = t + answer_in
            if not self.refuse(oc, target, answered):
                break
            refused.append(target)
            if self.available_set(oc.tab, answered) <= set(refused):
                oc.tab = AP
                return answered, True, refused
            t = answered + self.secs(20, 150)
        return t, False, refused

    def apoio_handles(self, oc: _Oc, since: datetime, mode: str, destination: str) -> None:
        """What APOIO does with an item in its queue: nothing yet, claim it, close it or route it."""
        if mode == "none":
            return
        claimed_at = since + self.mins(2, 14)
        who = self.apoio_person(claimed_at)
        if who is None or not self.claim(oc, who, claimed_at):
            return
        if mode == "claim":
            self.busy[who].append((claimed_at, self.end + timedelta(days=1)))
            return
        if mode == "close":
            self.work_close(oc, who, claimed_at, self.rng.uniform(8, 35),
                            note="resolvido pelo APOIO com o cliente na linha")
            return
        routed_at = self.work_end(who, claimed_at, self.rng.uniform(3, 12))
        if routed_at is None:
            return
        answer_in = self.secs(40, 300)
        target = self.pick_target(destination, routed_at, set(), answer_in) if mode != "forward_open" else None
        if not self.apoio_forward(oc, who, destination, target, routed_at) or target is None:
            return
        if self.accept(oc, target, routed_at + answer_in):
            factor = 3.0 if destination in (ESP, N2) else 1.5
            self.work_close(oc, target, routed_at + answer_in, self.work_minutes(oc, factor))

    def take_and_work(self, oc: _Oc, t: datetime) -> tuple[str, datetime]:
        """Someone takes the OC (or its registrar keeps it) and works on it a while; returns who and until when."""
        offerer = self.offerer(oc, t)
        got = self.offer_accept(oc, t, offerer) if offerer else None
        who, since = got if got is not None else (oc.by, t)
        worked = self.work_end(who, since, self.rng.uniform(6, 35))
        return who, worked or since + self.secs(60, 180)

    # -- the stories

    def plan(self) -> list[PlannedStep]:
        self.plan_presence()
        stories: list[tuple[datetime, str, int]] = []
        for name, count, window in STORIES:
            for index in range(count):
                spec = APOIO_STORIES.get(name)
                stories.append((self.within(spec[index][0] if spec else window), name, index))
        total = sum(ARRIVALS)
        for _ in range(REGULAR_CALLS):
            bucket = self.rng.choices(range(len(ARRIVALS)), weights=[w / total for w in ARRIVALS])[0]
            moment = self.start + timedelta(minutes=30 * bucket) + self.secs(0, 1799)
            moment = min(max(moment, self.clock(time(7, 38))), self.clock(time(14, 27)))
            stories.append((moment, "regular", 0))
        stories.sort(key=lambda s: (s[0], s[1], s[2]))
        for moment, name, index in stories:
            self.story = f"{name}#{index}"
            getattr(self, f"story_{name}")(moment, index)
        return sorted(self.steps, key=lambda s: (s.at, s.order, s.seq))

    def story_regular(self, t: datetime, index: int) -> None:
        oc = self.new_oc(t)
        if oc is not None and self.register(oc):
            self.handle(oc, t + self.secs(40, 360))

    def story_open_waiting(self, t: datetime, index: int) -> None:
        oc = self.new_oc(t)
        if oc is not None:
            self.register(oc)

    def story_open_breached(self, t: datetime, index: int) -> None:
        oc = self.new_oc(t, tabs=[R, BM, BF], slas=["IS", "URGENTE"])
        if oc is not None:
            self.register(oc)

    def story_offered_stale(self, t: datetime, index: int) -> None:
        oc = self.new_oc(t, tabs=[R, BM, F, BF][index % 4:] + [R, BM, F, BF][:index % 4])
        if oc is None or not self.register(oc):
            return
        t1 = t + self.secs(60, 300)
        offerer = self.offerer(oc, t1)
        target = self.pick_target(oc.tab, t1, {offerer}, timedelta(0)) if offerer else None
        if offerer and target:
            self.offer(oc, offerer, target, t1)

    def story_refused_then_accepted(self, t: datetime, index: int) -> None:
        oc = self.new_oc(t)
        if oc is None or not self.register(oc):
            return
        t1 = t + self.secs(40, 240)
        offerer = self.offerer(oc, t1)
        answer_in = self.secs(45, 240)
        first = self.pick_target(oc.tab, t1, {offerer} if offerer else set(), answer_in) if offerer else None
        if offerer is None or first is None or not self.offer(oc, offerer, first, t1):
            return
        refused_at = t1 + answer_in
        if not self.refuse(oc, first, refused_at):
            return
        if self.available_set(oc.tab, refused_at) <= {first}:
            oc.tab = AP  # nobody else was there: R5 sent it to APOIO, which picks it up
            self.apoio_handles(oc, refused_at, "close", oc.intake)
            return
        t2 = refused_at + self.secs(20, 120)
        offerer = offerer if self.logged_in(offerer, t2) else self.offerer(oc, t2)
        got = self.offer_accept(oc, t2, offerer, {first}) if offerer else None
        if got is not None:
            self.work_close(oc, got[0], got[1], self.work_minutes(oc))

    def story_refused_all(self, t: datetime, index: int) -> None:
        # Branch attendants register in N1 - Filiais, which they do not serve, so every available branch
        # technician can refuse and R5 moves the OC to APOIO.
        oc = self.new_oc(t, tabs=[F], by_pool=BRANCH_ATTENDANTS)
        if oc is None or not self.register(oc):
            return
        t1 = t + self.secs(40, 200)
        offerer = self.offerer(oc, t1, outside_tab=True)
        if offerer is None:
            return
        moved_at, moved, _ = self.refusal_chain(oc, t1, offerer)
        if moved:
            self.apoio_handles(oc, moved_at, APOIO_STORIES["refused_all"][index][1], F)

    def story_no_answer(self, t: datetime, index: int) -> None:
        oc = self.new_oc(t, tabs=[F, BF, R, BM][index % 4:] + [F, BF, R, BM][:index % 4])
        if oc is None or not self.register(oc):
            return
        t1 = t + self.secs(40, 240)
        offerer = self.offerer(oc, t1)
        target = self.pick_target(oc.tab, t1, {offerer}, timedelta(0)) if offerer else None
        if offerer is None or target is None or not self.offer(oc, offerer, target, t1):
            return
        sent_at = t1 + self.secs(630, 1200)
        sender = oc.by if self.logged_in(oc.by, sent_at) else self.offerer(oc, sent_at)
        if sender and self.send(oc, sender, f"{self.people[target].name} não respondeu à oferta em 10 minutos",
                                sent_at):
            self.apoio_handles(oc, sent_at, APOIO_STORIES["no_answer"][index][1], oc.intake)

    def story_sent_by_attendant(self, t: datetime, index: int) -> None:
        slas = ["IS"] if index == 3 else None
        oc = self.new_oc(t, tabs=[R, BM, BF, F][index % 4:] + [R, BM, BF, F][:index % 4], slas=slas)
        if oc is None or not self.register(oc):
            return
        sent_at = t + self.secs(60, 480)
        sender = oc.by if self.logged_in(oc.by, sent_at) else self.offerer(oc, sent_at)
        reason = self.choice(("nenhum técnico disponível na aba agora", "cliente da consultoria pediu retorno "
                              "da gestão", "cliente irritado; terceira ligação sobre o mesmo problema"))
        if sender and self.send(oc, sender, reason, sent_at):
            self.apoio_handles(oc, sent_at, APOIO_STORIES["sent_by_attendant"][index][1], oc.intake)

    def story_forwarded(self, t: datetime, index: int) -> None:
        if index % 2 == 0:
            oc = self.new_oc(t, tabs=[R], kinds=["installation", "training"], channels=["phone"],
                             slas=["24H", "72H", "10D"])
            destination, note = F, "instalação e treinamento ficam com a equipe das filiais"
        else:
            oc = self.new_oc(t, tabs=[BM], kinds=["question", "error", "configuration"], channels=["blip"],
                             slas=["2H", "4H", "24H"])
            destination, note = BF, "cliente de filial; segue no Blip Filiais"
        if oc is None or not self.register(oc):
            return
        moved_at = t + self.secs(60, 400)
        if not self.logged_in(oc.by, moved_at) or not self.forward(oc, oc.by, destination, note, moved_at):
            return
        self.handle(oc, moved_at + self.secs(60, 300), factor=1.5)

    def story_booked(self, t: datetime, index: int) -> None:
        """FAQ 7037: the call is registered on a free slot of a technician (R10), at least 45 minutes ahead."""
        tech = BOOKABLE[index % len(BOOKABLE)]
        p = self.people[tech]
        lunch = (self.clock(p.lunch[0]), self.clock(p.lunch[1])) if p.lunch else (None, None)
        roster = RosterDay(self.clock(p.shift[0]), self.clock(p.shift[1]), *lunch)
        free = [s for s in free_slots(tech, roster, self.booked[tech], self.slot_minutes)
                if s.start >= t + timedelta(minutes=45)]
        oc = self.new_oc(t, tabs=[F if p.site == "filial" else R], kinds=["installation", "training", "configuration"],
                         channels=["phone", "email"], slas=["24H", "72H", "10D"]) if free else None
        if oc is None:
            return
        slot = free[self.rng.randrange(min(3, len(free)))]
        if not self.register(oc, slot=slot.start, technician=tech):
            return
        self.booked[tech].append((slot.start, slot.end))
        self.busy[tech].append((slot.start, slot.end))
        done = self.work_end(tech, slot.start, self.slot_minutes - self.rng.uniform(5, 20))
        if done is not None and done <= slot.end + timedelta(minutes=20):
            self.close(oc, tech, done, FAQ_APPOINTMENT, "atendimento agendado realizado")

    def story_complementary(self, t: datetime, index: int) -> None:
        parents = [oc for oc in self.ocs if oc.parent is None and oc.opened_at <= t - timedelta(minutes=10)
                   and (oc.closed_at is None or oc.closed_at > t + timedelta(minutes=1))]
        if not parents:
            return
        parent = parents[self.rng.randrange(len(parents))]
        tabs = [tab for tab in INTAKE if tab != parent.intake]
        for tab in [parent.intake, *tabs]:
            channel = parent.channel if self.fits(tab, parent.channel, parent.kind, parent.sla) else "blip"
            if not self.fits(tab, channel, parent.kind, parent.sla):
                continue
            online = [login for login in self.online(INTAKE[tab], t)
                      if self.people[login].role == Role.ATTENDANT] or self.online(INTAKE[tab], t)
            if online:
                oc = _Oc(f"oc{len(self.ocs) + 1}", self.choice(online), parent.client, channel, parent.kind,
                         parent.sla, tab, self.choice(COMPLEMENTS), t, self.story, parent=parent)
                self.ocs.append(oc)
                self.register(oc)
                return

    # escalations

    def escalation_story(self, t: datetime, target: str, decision: str, index: int) -> None:
        oc = self.new_oc(t, kinds=["error", "error", "configuration", "question"],
                         slas=["URGENTE", "2H", "4H", "24H"] if index % 2 == 0 else None)
        if oc is None or not self.register(oc):
            return
        who, asked_at = self.take_and_work(oc, t + self.secs(40, 300))
        reason = (EscalationReason.LONG_IN_LINE if index % 2 == 0 else EscalationReason.NOT_SOLVABLE_N1).value
        esc = self.escalate(oc, who, target, reason, asked_at)
        if esc is None or decision == "pending":
            return
        decided_at = asked_at + self.mins(4, 22)
        manager = self.manager(decided_at)
        if manager is None:
            return
        if decision == "reject":
            if self.reject(esc, manager, decided_at):
                self.work_close(oc, who, decided_at + self.secs(60, 300), self.rng.uniform(10, 40))
            return
        if not self.approve(esc, manager, decided_at):
            return
        if target == N2:
            oc.tab = AP  # R7: approved N2 goes through APOIO
            self.apoio_handles(oc, decided_at, decision, N2)
            return
        oc.tab = ESP
        if decision == "open":
            return
        offered_at = decided_at + self.mins(1, 8)
        if decision == "refused_all":
            moved_at, moved, _ = self.refusal_chain(oc, offered_at, manager)
            if moved:
                self.apoio_handles(oc, moved_at, "forward", ESP)
            return
        got = self.offer_accept(oc, offered_at, manager)
        if got is None:
            return
        specialist, since = got
        if decision == "then_n2":
            asked_again = self.work_end(specialist, since, self.rng.uniform(15, 40))
            if asked_again is not None:
                self.escalate(oc, specialist, N2, EscalationReason.NOT_SOLVABLE_N1.value, asked_again)
            return
        self.work_close(oc, specialist, since, self.work_minutes(oc, 2.0))

    def story_esc_pending_esp(self, t: datetime, index: int) -> None:
        self.escalation_story(t, ESP, "pending", index)

    def story_esc_pending_n2(self, t: datetime, index: int) -> None:
        self.escalation_story(t, N2, "pending", index)

    def story_esc_esp_then_n2(self, t: datetime, index: int) -> None:
        self.escalation_story(t, ESP, "then_n2", index)

    def story_esc_approved_esp(self, t: datetime, index: int) -> None:
        self.escalation_story(t, ESP, "work", index)

    def story_esc_esp_refused_all(self, t: datetime, index: int) -> None:
        self.escalation_story(t, ESP, "refused_all", index)

    def story_esc_approved_open(self, t: datetime, index: int) -> None:
        self.escalation_story(t, ESP, "open", index)

    def story_esc_rejected(self, t: datetime, index: int) -> None:
        self.escalation_story(t, ESP if index % 2 == 0 else N2, "reject", index)

    def story_n2_forwarded(self, t: datetime, index: int) -> None:
        self.escalation_story(t, N2, "forward_open" if index == 3 else "forward", index)

    def story_n2_waiting(self, t: datetime, index: int) -> None:
        self.escalation_story(t, N2, "claim", index)

    def story_n2_unclaimed(self, t: datetime, index: int) -> None:
        self.escalation_story(t, N2, "none", index)


def _presence_call(login: str, kind: str) -> Callable[[_Runtime, datetime], object]:
    return lambda rt, at: people.record_presence(rt.db, login=login, kind=kind, at=at)


def plan_day(day: date, *, timezone: str = "America/Sao_Paulo", rules: Sequence[TabRule] | None = None,
             slot_minutes: int = 60) -> list[PlannedStep]:
    """The timed steps of the demo day (pure: no database). Tab rules default to the seeded ones."""
    by_code = {r.code: r for r in (rules if rules is not None else DEFAULT_TABS)}
    return _Planner(day, ZoneInfo(timezone), by_code, slot_minutes).plan()


# ---------------------------------------------------------------------------------------------------------------
# Loading


def _latest_business_day(calendar: BusinessCalendar, day: date) -> date:
    for _ in range(366):
        if calendar.is_business_day(day):
            return day
        day -= timedelta(days=1)
    raise BadValue("value.no_business_day")


def default_day(db: Database, now: datetime | None = None) -> date:
    """The most recent business day: today in the calendar's zone if it is one, else the one before."""
    calendar = run(db, lambda uow: uow.policy.calendar, write=False)
    return _latest_business_day(calendar, (now or utcnow()).astimezone(calendar.tz).date())


def demo_moment(day: date, timezone: str = "America/Sao_Paulo") -> datetime:
    """The demo clock: 14:30 local time of ``day``."""
    return datetime.combine(day, DEMO_CLOCK, tzinfo=ZoneInfo(timezone))


def has_data(db: Database) -> bool:
    def work(uow: UnitOfWork) -> bool:
        return any(uow.session.scalar(select(row.id).limit(1)) is not None
                   for row in (OccurrenceRow, StaffRow, ClientRow))

    return run(db, work, write=False)


def reset_data(db: Database) -> None:
    """Delete every row of the data tables in one transaction; OC numbers restart at 1, revisions go on."""

    def work(uow: UnitOfWork) -> None:
        for row in DATA_TABLES:
            uow.session.execute(delete(row).execution_options(synchronize_session=False))
        uow.session.execute(update(CounterRow).where(CounterRow.name == "occurrence_number").values(value=0))
        uow.record(ADMIN, Entity.DATABASE, 0, "reset", "pitstop demo --reset: dados apagados")

    run(db, work)


def check_reset_allowed(db: Database, confirm: str | None) -> None:
    """Only a demo database is reset without a question: on any other database with data, ``reset`` would delete
    an office's staff, OCs and audit trail and sign demo people in with a known password. There an administrator
    must confirm by typing the database's name (:attr:`Database.name`); anything else is refused, nothing deleted."""
    if demo_day(db) is None and confirm != db.name:
        raise NotPermitted("permission.demo_reset_confirm", field=Field.DATABASE, database=db.name)


def load_demo(db: Database, *, day: date | None = None, reset: bool = False, confirm: str | None = None) -> str:
    """Fill the database with the demo day and return a one-line summary.

    ``day`` defaults to the most recent business day of the stored calendar (today, if it is one); a day that
    is not a business day is refused with :class:`BadValue`. On a database that already has OCs, staff or
    clients the demo refuses with :class:`Conflict` (``conflict.demo_has_data``) unless ``reset`` is true. A reset
    of a database that is not marked as the demo's is refused with :class:`NotPermitted`
    (``permission.demo_reset_confirm``) unless ``confirm`` is the database's name. Then every row of the data
    tables (OCs, offers, escalations, APOIO items, bookings, audit, change feed, presence, roster, staff, clients,
    sign-in failures) is deleted in one transaction first; tabs, SLA classes and the calendar stay, OC
    numbers restart at 1 and change-feed revisions keep growing.
    Every demo person's password is ``pitstop``.
    """
    policy = run(db, lambda uow: uow.policy, write=False)
    calendar = policy.calendar
    chosen = day or default_day(db)
    if not calendar.is_business_day(chosen):
        previous = _latest_business_day(calendar, chosen - timedelta(days=1))
        holiday = calendar.holiday_name(chosen)
        dates = {"day": chosen.isoformat(), "previous": previous.isoformat()}
        if holiday == "closed":
            raise BadValue("value.demo_closed", field=Field.DATE, **dates)
        if holiday:
            raise BadValue("value.demo_holiday", field=Field.DATE, holiday=holiday, **dates)
        raise BadValue("value.demo_weekend", field=Field.DATE, **dates)
    if has_data(db):
        if not reset:
            raise Conflict("conflict.demo_has_data")
        check_reset_allowed(db, confirm)
        reset_data(db)
        set_setting(db, DEMO_DAY, None)
    rules = run(db, lambda uow: [tab_rule(r) for r in uow.session.scalars(select(TabRow))], write=False)
    steps = plan_day(chosen, timezone=calendar.timezone, rules=rules, slot_minutes=policy.slot_minutes)
    _load_records(db, chosen)
    runtime = _Runtime(db)
    for step in steps:
        step.call(runtime, step.at)
    # every step gave its time, so its events were marked "dated"; but this is a simulated day, not a correction
    # of real ones, and a demo whose every line says "(datado)" would teach people to ignore the mark
    run(db, lambda uow: uow.session.execute(update(AuditRow).values(backfilled=False)))
    _load_seats(db, demo_moment(chosen, calendar.timezone))
    set_setting(db, DEMO_DAY, chosen.isoformat())  # only a demo database lets `pitstop --as` skip sign-in
    return summarize(db, chosen, calendar.timezone)


def _load_seats(db: Database, now: datetime) -> None:
    """A window for everyone logged in at the demo clock, heard within the last minute; LOST_SIGNAL's went quiet.

    Written as rows in one transaction, without change-feed entries: a heartbeat is nobody's act, and the feed
    stays the day's story in time order."""
    jitter = random.Random(SEED + 2)
    lost, quiet_since = LOST_SIGNAL

    def work(uow: UnitOfWork) -> None:
        staff = list(uow.session.scalars(select(StaffRow).order_by(StaffRow.login)))
        avail = presence.availability_of(uow, staff)
        for person in staff:
            if avail[person.id].state == PresenceState.OFFLINE:
                continue
            seen = (datetime.combine(now.date(), quiet_since, tzinfo=now.tzinfo) if person.login == lost
                    else now - timedelta(seconds=jitter.randint(5, 55)))
            uow.session.add(SeatHeartbeatRow(staff_id=person.id, seat=f"demo-{person.login}", last_seen=seen))

    run(db, work, now)


def _load_records(db: Database, day: date) -> None:
    """Clients, staff (one password hash for everyone) and the day's roster."""
    phones = random.Random(SEED + 1)
    for i, (name, ddd, consulting) in enumerate(CLIENTS):
        if i % 3 == 0:
            phone = f"({ddd}) 9{phones.randint(6000, 9999)}-{phones.randint(1000, 9999)}"
        else:
            phone = f"({ddd}) {phones.choice('2345')}{phones.randint(100, 999)}-{phones.randint(1000, 9999)}"
        people.add_client(db, code=f"C{1001 + i}", name=name, phone=phone, consulting=consulting)
    hashed = people.hash_password(PASSWORD)
    for p in STAFF:
        # the hash serves SQLite; an office server with roles gives each login role the password itself
        people.add_staff(db, login=p.login, name=p.name, role=p.role, tabs=p.tabs, site=p.site,
                         password_hash=hashed, password=PASSWORD)
    for p in STAFF:
        people.set_roster(db, login=p.login, day=day, start=p.shift[0], end=p.shift[1], lunch=p.lunch)


def summarize(db: Database, day: date, timezone: str = "America/Sao_Paulo") -> str:
    """One line about the demo day as the board sees it at the demo clock."""
    now = demo_moment(day, timezone)
    records = occurrences.list_occurrences(db, at=now)
    by_status = {status: sum(1 for v in records if v.status == status) for status in vocabulary.STATUS}
    breached = sum(1 for v in records if v.sla_state == SlaState.BREACHED)
    complementary = sum(1 for v in records if v.complementary_of is not None)

    def counts(uow: UnitOfWork) -> tuple[int, int, int]:
        s = uow.session
        return (int(s.scalar(select(func.count()).select_from(StaffRow)) or 0),
                int(s.scalar(select(func.count()).select_from(ClientRow)) or 0),
                int(s.scalar(select(func.count()).select_from(BookingRow)) or 0))

    staff, clients, bookings = run(db, counts, write=False)
    pending = escalations.list_escalations(db, pending_only=True)
    targets = {t.value: sum(1 for e in pending if e.target == t) for t in EscalationTarget}
    items = apoio.list_items(db)
    statuses = ", ".join(f"{vocabulary.label(vocabulary.STATUS, s)}: {by_status[s]}" for s in vocabulary.STATUS)
    return (f"Dia de demonstração {day.isoformat()} (relógio às {DEMO_CLOCK:%H:%M}): {staff} pessoas, "
            f"{clients} clientes, {len(records)} OCs ({statuses}; {complementary} complementares, {breached} com SLA "
            f"estourado), {len(pending)} escalonamentos pendentes ({targets['especialistas']} Especialistas, "
            f"{targets['n2']} N2), {len(items)} itens no APOIO, {bookings} agendamentos. Senha de todos: {PASSWORD}.")


__all__ = ["DEMO_CLOCK", "PASSWORD", "STAFF", "check_reset_allowed", "default_day", "demo_moment", "has_data",
           "load_demo", "plan_day", "reset_data", "summarize"]
