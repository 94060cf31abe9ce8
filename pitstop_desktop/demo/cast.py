"""Who is in the demo: the staff with their shifts and lunches, the clients, the seed and the demo clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from pitstop_desktop.domain.codes import TabCode
from pitstop_desktop.services.settings import DEMO_PASSWORD

SEED = 7367  # FAQ 7367: the SLA article; any constant would do
PASSWORD = DEMO_PASSWORD
DAY_START = time(7, 30)
DEMO_CLOCK = time(14, 30)


def demo_moment(day: date, timezone: str = "America/Sao_Paulo") -> datetime:
    """The demo clock: 14:30 local time of ``day``."""
    return datetime.combine(day, DEMO_CLOCK, tzinfo=ZoneInfo(timezone))


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


def parse_time(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def _person(login: str, name: str, role: str, site: str, tabs: str, shift: str, lunch: str,
            shows_up: bool = True) -> DemoPerson:
    start, end = shift.split("-")
    lunch_start, lunch_end = lunch.split("-")
    return DemoPerson(login, name, role, site, tuple(t for t in tabs.split() if t),
                      (parse_time(start), parse_time(end)), (parse_time(lunch_start), parse_time(lunch_end)),
                      shows_up)


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
# The consulting team (issue 12, second seed): three consultants, each the consultant of a few consulting clients.
# Kept apart from STAFF on purpose: the day's plan draws its random stream over STAFF, and the day (its OC numbers,
# times and people) must stay exactly as the tests, the README and the screenshots know it. They serve no tab (the
# help desk never offers them an OC); demo/consulting.py fills their weeks. At the demo clock (14:30) Beatriz is
# in a task, Gustavo on the phone with a client and Larissa at lunch.
CONSULTANTS: tuple[DemoPerson, ...] = (
    _person("beatriz.fonseca", "Beatriz Fonseca", "technician", "matriz", "", "08:00-17:00", "12:00-13:00"),
    _person("gustavo.pereira", "Gustavo Pereira", "technician", "matriz", "", "08:30-17:30", "12:30-13:30"),
    _person("larissa.monteiro", "Larissa Monteiro", "technician", "matriz", "", "09:00-18:00", "14:00-15:00"),
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
