"""The parser: a table of commands (and groups of actions) with their arguments, built by one small loop."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pitstop_desktop.cli.context import _Parser
from pitstop_desktop.domain.codes import (
    DEFAULT_ROLES_PREFIX,
    Channel,
    EscalationReason,
    EscalationTarget,
    Kind,
    Role,
    Site,
)
from pitstop_desktop.domain.consulting import ContactChannel, ContactStatus, TaskStatus, TaskType


def _id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(f"id inválido: {text!r}")
    return value


# The parser: a table of commands (and groups of actions) with their arguments, built by one small loop

Handler = str  # "module:function" in this package, imported only when the command runs (`--help` stays fast)


def _minutes(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"minutos inválidos: {text!r}") from None


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"quantidade inválida: {text!r}")
    return value


def _number(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"número de OC inválido: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"número de OC inválido: {text!r}")
    return value


class Arg:
    """One ``add_argument`` call, written down for later: its names and options exactly as argparse takes them."""

    __slots__ = ("names", "options")

    def __init__(self, *names: str, **options: Any) -> None:
        self.names = names
        self.options = options


@dataclass(frozen=True)
class Command:
    """``pitstop NAME`` (or ``pitstop GROUP NAME``): its help line, its arguments in order, what runs it."""

    name: str
    help: str
    handler: Handler
    args: tuple[Arg, ...] = ()


@dataclass(frozen=True)
class Group:
    """``pitstop NAME ACTION``: a command made of actions, one of which is required."""

    name: str
    help: str
    actions: tuple[Command, ...]


# Arguments several commands share; a command lists them before its own, so they come first in its help
ACTING = (Arg("--as", dest="actor", metavar="LOGIN", required=True, help="quem age (seu papel vale)"),
          Arg("--at", metavar="ISO-8601", help="quando aconteceu (padrão: agora)"))
LISTING = (Arg("--json", action="store_true", help="saída em JSON"),)
WHEN = (Arg("--at", metavar="ISO-8601", help="o momento de referência (padrão: agora)"),)
NUMBER = Arg("number", type=_number)
# consulting-services
ID = Arg("id", type=_id, metavar="ID")
CONTACT_ARGS = (Arg("--person", metavar="NOME", help="quem entrou em contato (cadastrado na hora se for novo)"),
                Arg("--protocol", type=_number, metavar="N", help="a OC (protocolo) do cliente"),
                Arg("--subject", help="o assunto"))
SPAN = (Arg("--week", metavar="AAAA-Www", help="semana ISO, ex.: 2026-W48"),
        Arg("--from", dest="from_", metavar="ISO-8601"), Arg("--to", metavar="ISO-8601"))
SPAN_REQUIRED = (Arg("--start", required=True, metavar="ISO-8601"), Arg("--end", required=True, metavar="ISO-8601"))

ROOT_ARGS = (
    Arg("--db", metavar="URL", help="URL do banco (senão PITSTOP_DATABASE_URL, senão o arquivo de configuração, "
                                    "senão o SQLite local na pasta de dados do usuário)"),
    Arg("--no-setup", action="store_true",
        help="sem o assistente de primeira execução: abre o SQLite local (com o dia de demonstração na primeira "
             "vez)"),
    Arg("--as", dest="console_as", metavar="LOGIN",
        help="abre o console como esta pessoa, sem senha (só no banco de demonstração)"),
    Arg("--self-test", action="store_true",
        help="verifica a instalação (banco temporário, migrações, todas as janelas sem tela, gráfico, traduções) "
             "e sai: 0 se tudo certo, 1 dizendo o que falhou"),
)

COMMANDS: tuple[Command | Group, ...] = (
    Group("db", "o banco de dados", (
        Command("upgrade", "aplica as migrações", "admin:cmd_db_upgrade"),
        Command("init-roles", "cria os papéis do servidor PostgreSQL (dono, grupos, um login por pessoa) e os "
                "privilégios", "admin:cmd_db_init_roles", (
                    Arg("--prefix", default=DEFAULT_ROLES_PREFIX,
                        help=f"início do nome de cada papel (padrão: {DEFAULT_ROLES_PREFIX})"),
                )),
        Command("backup", "copia o banco SQLite para ARQUIVO, mesmo com o Pit Stop aberto (no PostgreSQL: mostra "
                "o comando do pg_dump)", "backup:cmd_db_backup", (
                    Arg("file", metavar="ARQUIVO"),
                    Arg("--force", action="store_true", help="substitui ARQUIVO se ele já existir"),
                )),
        Command("restore", "põe no lugar do banco SQLite a cópia ARQUIVO (o banco atual fica guardado ao lado)",
                "backup:cmd_db_restore", (
                    Arg("file", metavar="ARQUIVO"),
                    Arg("--yes", action="store_true", help="confirma sem perguntar (para scripts)"),
                )),
    )),
    Command("demo", "carrega um dia de demonstração realista e determinístico, o mês antes dele e oito semanas da "
                    "equipe de consultoria", "admin:cmd_demo", (
        Arg("--reset", action="store_true", help="apaga os dados e recomeça"),
        Arg("--confirm", metavar="NOME_DO_BANCO",
            help="com --reset num banco que não é de demonstração: o nome do banco (PostgreSQL) ou do arquivo "
                 "(SQLite), para confirmar que tudo será apagado"),
        Arg("--date", metavar="AAAA-MM-DD", help="o dia (padrão: o último dia útil)"),
    )),
    Group("staff", "equipe", (
        Command("add", "cadastra uma pessoa", "people:cmd_staff_add", (
            Arg("login"),
            Arg("--name", required=True),
            Arg("--role", required=True, choices=[r.value for r in Role]),
            Arg("--tab", action="append", metavar="TAB", help="aba atendida (repita para várias)"),
            Arg("--site", default=Site.MATRIZ.value, choices=[x.value for x in Site]),
            Arg("--password-stdin", action="store_true", help="lê a senha da entrada padrão"),
        )),
        Command("list", "lista a equipe", "people:cmd_staff_list", LISTING),
        Command("password", "troca a senha (a sua; um administrador troca a de qualquer pessoa)",
                "people:cmd_staff_password", (
                    Arg("login"),
                    Arg("--as", dest="actor", metavar="LOGIN", help="quem troca (padrão: a própria pessoa)"),
                    Arg("--password-stdin", action="store_true", help="lê a nova senha da entrada padrão"),
                )),
        Command("disable", "desativa uma pessoa: não entra mais nem recebe OCs (o histórico fica)",
                "people:cmd_staff_disable", (Arg("login"),)),
        Command("enable", "reativa uma pessoa desativada", "people:cmd_staff_enable", (Arg("login"),)),
        Command("consulting-team",
                "mostra ou define quem atende pela consultoria (dica da URA na janela de registro)",
                "people:cmd_staff_consulting_team", (
                    *LISTING,
                    Arg("logins", nargs="*", metavar="LOGIN", help="a equipe inteira; sem logins, só mostra"),
                    Arg("--clear", action="store_true", help="esvazia a equipe"),
                )),
    )),
    Group("client", "clientes", (
        Command("add", "cadastra um cliente", "people:cmd_client_add", (
            Arg("code"),
            Arg("--name", required=True),
            Arg("--phone"),
            Arg("--consulting", action="store_true", help="cliente da consultoria"),
        )),
        Command("list", "lista os clientes", "people:cmd_client_list", LISTING),
        Command("consultant", "mostra ou define (gestão) o consultor de um cliente da consultoria",
                "consulting:cmd_client_consultant", (
                    *LISTING,
                    Arg("client", metavar="CODE"),
                    Arg("login", nargs="?", metavar="LOGIN"),
                    Arg("--clear", action="store_true", help="o cliente fica sem consultor"),
                    Arg("--as", dest="actor", metavar="LOGIN", help="quem define (gestão)"),
                    Arg("--at", metavar="ISO-8601", help="quando aconteceu (padrão: agora)"),
                )),
    )),
    Group("roster", "escala", (
        Command("set", "define turno e almoço de uma pessoa num dia", "people:cmd_roster_set", (
            Arg("login"),
            Arg("--date", required=True, metavar="AAAA-MM-DD"),
            Arg("--start", required=True, metavar="HH:MM"),
            Arg("--end", required=True, metavar="HH:MM"),
            Arg("--lunch", metavar="HH:MM-HH:MM"),
        )),
        Command("week", "a escala de uma semana (pessoa × dia), com feriados e exceções do calendário",
                "people:cmd_roster_week", (
                    *LISTING,
                    Arg("--week", required=True, metavar="AAAA-Www", help="semana ISO, ex.: 2026-W49"),
                    Arg("--tab", help="só quem atende esta aba"),
                )),
        Command("copy", "copia a escala de uma semana para outra (gestão)", "people:cmd_roster_copy", (
            *ACTING,
            Arg("--from-week", required=True, metavar="AAAA-Www"),
            Arg("--to-week", required=True, metavar="AAAA-Www"),
            Arg("--tab", help="só quem atende esta aba"),
        )),
        Command("usual", "aplica a semana habitual de uma pessoa (a última semana completa dela) (gestão)",
                "people:cmd_roster_usual", (
                    *ACTING,
                    Arg("login"),
                    Arg("--week", required=True, metavar="AAAA-Www"),
                )),
        Command("import", "importa um CSV login;date;start;end;lunch_start;lunch_end (gestão); as linhas recusadas "
                "vão para stderr", "people:cmd_roster_import", (
                    *ACTING,
                    Arg("file", metavar="ARQUIVO", help="o CSV (- lê da entrada padrão)"),
                )),
    )),
    Group("tab", "abas", (
        Command("long-wait", "define em quantos minutos numa aba uma OC tem demora excessiva em linha "
                "(administrador; 0: sem limite)", "people:cmd_tab_long_wait", (
                    *ACTING,
                    Arg("tab", metavar="ABA"),
                    Arg("minutes", type=_minutes, metavar="MINUTOS"),
                )),
        Command("long-waits", "o limite de espera de cada aba", "people:cmd_tab_long_waits", LISTING),
    )),
    Command("presence", "registra login, almoço, volta ou logout (a sua, de outra pessoa, ou uma correção da gestão)",
            "people:cmd_presence", (
                Arg("words", nargs="+", metavar="[LOGIN] EVENTO | correct LOGIN",
                    help="EVENTO (login, lunch, back, logout) com --as: a sua presença, agora; LOGIN EVENTO: a de "
                         "outra pessoa (sem --as: o administrador da conexão; com --as: a gestão); correct LOGIN: "
                         "a gestão corrige com --kind, --at e --reason"),
                Arg("--as", dest="actor", metavar="LOGIN", help="quem registra (seu papel vale)"),
                Arg("--at", metavar="ISO-8601",
                    help="quando aconteceu (padrão: agora); numa correção, a hora do evento corrigido"),
                Arg("--kind", metavar="EVENTO", help="correção: o evento (login, lunch, back, logout)"),
                Arg("--reason", help="correção: o motivo (fica no evento e na auditoria)"),
            )),
    Group("oc", "ocorrências", (
        Command("new", "registra uma ligação (R1)", "work:cmd_oc_new", (
            *ACTING, *LISTING,
            Arg("--client", required=True, metavar="CODE"),
            Arg("--channel", required=True, choices=[x.value for x in Channel]),
            Arg("--summary", required=True),
            Arg("--kind", default=Kind.QUESTION.value, choices=[x.value for x in Kind]),
            Arg("--sla", default="24H", metavar="CLASS", help="IS, URGENTE, 2H, 4H, 24H, 72H, 10D"),
            Arg("--tab", metavar="TAB", help="padrão: a primeira aba de quem registra"),
            Arg("--complementary-of", type=_number, metavar="N", help="ligação complementar à OC N (R2)"),
            Arg("--slot", metavar="ISO-8601", help="horário agendado (FAQ 7037, R10)"),
            Arg("--technician", metavar="LOGIN", help="técnico do horário agendado"),
            Arg("--request-id", metavar="ID", help="id do cliente para reenvio idempotente"),
        )),
        Command("show", "mostra uma OC com o histórico", "work:cmd_oc_show", (*LISTING, *WHEN, NUMBER)),
        Command("list", "lista OCs, em ordem de número, à medida que são lidas", "work:cmd_oc_list", (
            *LISTING, *WHEN,
            Arg("--tab"),
            Arg("--status"),
            Arg("--client", metavar="CODE"),
            Arg("--since", metavar="ISO-8601", help="só as abertas a partir deste momento"),
            Arg("--limit", type=_count, metavar="N", help="no máximo N OCs"),
        )),
        Command("forward", "encaminha para outra aba (R3)", "work:cmd_oc_forward", (
            *ACTING, *LISTING, NUMBER,
            Arg("--tab", required=True),
            Arg("--note"),
        )),
        Command("offer", "oferece a um técnico (R4)", "work:cmd_oc_offer", (
            *ACTING, *LISTING, NUMBER,
            Arg("--to", required=True, metavar="LOGIN"),
            Arg("--replace", action="store_true",
                help="retira a oferta que ainda espera resposta (quem a tinha fica sabendo pelo histórico)"),
        )),
        Command("accept", "aceita a OC oferecida a você (R9)", "work:cmd_oc_accept", (*ACTING, *LISTING, NUMBER)),
        Command("refuse", "recusa a OC oferecida a você (R5)", "work:cmd_oc_refuse", (
            *ACTING, *LISTING, NUMBER,
            Arg("--reason", required=True),
        )),
        Command("escalate", "pede escalonamento (R6, R7)", "work:cmd_oc_escalate", (
            *ACTING, *LISTING, NUMBER,
            Arg("--to", required=True, choices=[t.value for t in EscalationTarget]),
            Arg("--reason", required=True, choices=[r.value for r in EscalationReason]),
            Arg("--note"),
        )),
        Command("close", "encerra com código FAQ (R11)", "work:cmd_oc_close", (
            *ACTING, *LISTING, NUMBER,
            Arg("--faq", required=True, metavar="CODE"),
            Arg("--note"),
        )),
    )),
    Group("escalation", "escalonamentos", (
        Command("list", "lista escalonamentos", "work:cmd_escalation_list", (
            *LISTING,
            Arg("--pending", action="store_true", help="só os pendentes"),
        )),
        Command("approve", "aprova (gestor, R8)", "work:cmd_escalation_approve", (
            *ACTING,
            Arg("id", type=_number),
            Arg("--note"),
        )),
        Command("reject", "rejeita com motivo (gestor, R8)", "work:cmd_escalation_reject", (
            *ACTING,
            Arg("id", type=_number),
            Arg("--reason", required=True),
        )),
    )),
    Group("apoio", "a fila do APOIO", (
        Command("list", "itens abertos da fila", "work:cmd_apoio_list", LISTING),
        Command("claim", "assume um item (R9); sem N, o mais antigo", "work:cmd_apoio_claim", (
            *ACTING, *LISTING,
            Arg("number", type=_number, nargs="?"),
        )),
        Command("send", "aciona o APOIO quando ninguém atende (R5)", "work:cmd_apoio_send", (
            *ACTING, *LISTING, NUMBER,
            Arg("--reason", required=True),
        )),
        Command("forward", "encaminha um item (N2: R7)", "work:cmd_apoio_forward", (
            *ACTING, *LISTING, NUMBER,
            Arg("--tab", required=True),
            Arg("--to", metavar="LOGIN", help="e oferece a este técnico (R4)"),
        )),
    )),
    Group("offers", "ofertas", (
        Command("mine", "as ofertas que esperam a sua resposta (R4)", "work:cmd_offers_mine", (
            Arg("--as", dest="actor", metavar="LOGIN", required=True, help="de quem são as ofertas"),
            *WHEN, *LISTING,
        )),
    )),
    Group("booking", "agendamentos (FAQ 7037, R10)", (
        Command("cancel", "cancela o agendamento da OC N antes do horário", "work:cmd_booking_cancel", (
            *ACTING, *LISTING, NUMBER,
        )),
        Command("move", "remarca o agendamento da OC N para outro horário livre", "work:cmd_booking_move", (
            *ACTING, *LISTING, NUMBER,
            Arg("--slot", required=True, metavar="ISO-8601", help="o novo horário"),
            Arg("--technician", required=True, metavar="LOGIN", help="o técnico do novo horário (R10)"),
        )),
    )),
    Command("slots", "horários livres para agendamento (R10)", "work:cmd_slots", (
        *LISTING, *WHEN,
        Arg("--date", required=True, metavar="AAAA-MM-DD"),
        Arg("--tab"),
        Arg("--technician", metavar="LOGIN"),
    )),
    Command("agenda", "minha agenda: ofertas para mim, minhas OCs e agendamentos (técnicos e atendentes)",
            "windows:cmd_agenda", (
                Arg("--as", dest="agenda_as", metavar="LOGIN",
                    help="abre a agenda desta pessoa, sem senha (só no banco de demonstração)"),
            )),
    Command("consulting", "agenda da consultoria: a semana da equipe, contatos e tarefas (consultores e gestão)",
            "windows:cmd_consulting", (
                Arg("--as", dest="consulting_as", metavar="LOGIN",
                    help="abre a agenda da consultoria desta pessoa, sem senha (só no banco de demonstração)"),
            )),
    Command("intake", "a janela de registro de ligações (atendentes)", "windows:cmd_intake", (
        Arg("--caller", metavar="TELEFONE",
            help="pré-seleciona o cliente deste telefone; com uma janela já aberta, a ligação vai para ela "
                 "(para a central telefônica)"),
        Arg("--as", dest="intake_as", metavar="LOGIN",
            help="abre como esta pessoa, sem senha (só no banco de demonstração)"),
    )),
    Command("config", "as configurações deste computador (banco, idioma, avisos, painel): sem ação, mostra cada "
            "uma e de onde vem; set CHAVE VALOR muda; unset CHAVE volta ao padrão", "config:cmd_config", (
                Arg("action", nargs="?", default="show", choices=("show", "set", "unset"), metavar="AÇÃO",
                    help="show (padrão), set ou unset"),
                Arg("key", nargs="?", metavar="CHAVE", help="ex.: database.host, language, wallboard.monitor"),
                Arg("value", nargs="?", metavar="VALOR"),
                *LISTING,
            )),
    Command("screenshots", "renderiza as telas do dia de demonstração em PNG", "windows:cmd_screenshots", (
        Arg("--out", required=True, metavar="DIR"),
    )),
    # consulting-services — the consulting team (issue 12; cli/consulting.py)
    Group("contact", "contatos da consultoria (telefone, Skype, e-mail, reunião, conferência)", (
        Command("start", "começa um contato agora (regra 2: na hora em que o cliente liga); com ID, um contato "
                "agendado", "consulting:cmd_contact_start", (
                    *ACTING, *LISTING,
                    Arg("id", type=_id, nargs="?", metavar="ID", help="um contato agendado ou um Skype em espera"),
                    Arg("--client", metavar="CODE"),
                    Arg("--channel", default=ContactChannel.PHONE.value, choices=[c.value for c in ContactChannel]),
                    *CONTACT_ARGS,
                    Arg("--consultant", metavar="LOGIN", help="de quem é o contato (padrão: quem age)"),
                )),
        Command("stop", "encerra o contato agora (regra 2)", "consulting:cmd_contact_stop",
                (*ACTING, *LISTING, ID)),
        Command("schedule", "agenda um contato (regra 3: reunião, conferência), com sala se quiser",
                "consulting:cmd_contact_schedule", (
                    *ACTING, *LISTING,
                    Arg("--client", required=True, metavar="CODE"),
                    Arg("--channel", default=ContactChannel.MEETING.value,
                        choices=[c.value for c in ContactChannel]),
                    *SPAN_REQUIRED, *CONTACT_ARGS,
                    Arg("--consultant", metavar="LOGIN", help="de quem é o contato (padrão: quem age)"),
                    Arg("--room", metavar="SALA", help="reserva esta sala no mesmo horário"),
                    Arg("--agenda", metavar="PAUTA", help="a pauta da reunião"),
                )),
        Command("move", "remarca um contato agendado (e a sala dele)", "consulting:cmd_contact_move", (
            *ACTING, *LISTING, ID, *SPAN_REQUIRED,
            Arg("--consultant", metavar="LOGIN", help="passa o contato a outra pessoa"),
            Arg("--version", type=_id, help="a versão vista (recusa se alguém mudou o contato)"),
        )),
        Command("done", "um contato agendado aconteceu (regra 3: com os horários exatos; padrão: os previstos)",
                "consulting:cmd_contact_done", (
                    *ACTING, *LISTING, ID,
                    Arg("--started", metavar="ISO-8601", help="quando começou de fato"),
                    Arg("--ended", metavar="ISO-8601", help="quando terminou de fato"),
                )),
        Command("missed", "um contato agendado não aconteceu", "consulting:cmd_contact_missed",
                (*ACTING, *LISTING, ID)),
        Command("cancel", "cancela um contato agendado (a sala fica livre)", "consulting:cmd_contact_cancel",
                (*ACTING, *LISTING, ID)),
        Command("wait", "Skype: «um momento» — o cliente espera até 10 minutos", "consulting:cmd_contact_wait", (
            *ACTING, *LISTING,
            Arg("--client", required=True, metavar="CODE"),
            *CONTACT_ARGS,
        )),
        Command("conference", "Skype em espera sem atendimento: cancela a espera e agenda uma conferência",
                "consulting:cmd_contact_conference", (*ACTING, *LISTING, ID, *SPAN_REQUIRED)),
        Command("reply", "responde um e-mail: registra o contato e mostra o link mailto: (cópia para a Consultoria, "
                "protocolo no assunto)", "consulting:cmd_contact_reply", (
                    *ACTING, *LISTING,
                    Arg("--client", required=True, metavar="CODE"),
                    *CONTACT_ARGS,
                )),
        Command("route", "para onde vai a ligação de um cliente (URA, consultor, atender)",
                "consulting:cmd_contact_route", (*LISTING, *WHEN, Arg("client", metavar="CODE"))),
        Command("list", "lista contatos", "consulting:cmd_contact_list", (
            *LISTING, *SPAN,
            Arg("--consultant", metavar="LOGIN"),
            Arg("--client", metavar="CODE"),
            Arg("--status", choices=[s.value for s in ContactStatus]),
        )),
        Command("mailbox", "mostra ou define (gestão) o e-mail da Consultoria, em cópia em toda resposta",
                "consulting:cmd_contact_mailbox", (
                    *LISTING,
                    Arg("address", nargs="?", metavar="ENDEREÇO"),
                    Arg("--clear", action="store_true", help="tira o endereço"),
                    Arg("--as", dest="actor", metavar="LOGIN", help="quem define (gestão)"),
                    Arg("--at", metavar="ISO-8601", help="quando aconteceu (padrão: agora)"),
                )),
    )),
    Group("contact-person", "as pessoas que entram em contato por um cliente da consultoria", (
        Command("add", "cadastra uma pessoa de um cliente da consultoria", "consulting:cmd_contact_person_add", (
            *ACTING, *LISTING,
            Arg("client", metavar="CODE"),
            Arg("name", metavar="NOME"),
            Arg("--phone"),
            Arg("--email"),
            Arg("--skype"),
        )),
        Command("find", "procura pessoas de um cliente (nome, telefone, e-mail, Skype; sem acentos)",
                "consulting:cmd_contact_person_find", (
                    *LISTING,
                    Arg("client", metavar="CODE"),
                    Arg("text", nargs="?", metavar="TEXTO"),
                    Arg("--limit", type=_count, default=20, metavar="N"),
                )),
    )),
    Group("task", "tarefas da consultoria", (
        Command("add", "cria uma tarefa (planejada com --start/--end, ou só listada)", "consulting:cmd_task_add", (
            *ACTING, *LISTING,
            Arg("--type", required=True, choices=[t.value for t in TaskType]),
            Arg("--owner", metavar="LOGIN", help="de quem é a tarefa (padrão: quem age)"),
            Arg("--title"),
            Arg("--protocol", type=_number, metavar="N", help="a OC"),
            Arg("--start", metavar="ISO-8601"),
            Arg("--end", metavar="ISO-8601"),
            Arg("--contact", type=_id, metavar="ID", help="o contato de onde veio"),
        )),
        Command("start", "começa a tarefa agora (uma por vez)", "consulting:cmd_task_start", (*ACTING, *LISTING, ID)),
        Command("stop", "encerra a tarefa agora", "consulting:cmd_task_stop", (*ACTING, *LISTING, ID)),
        Command("cancel", "cancela uma tarefa não começada", "consulting:cmd_task_cancel", (*ACTING, *LISTING, ID)),
        Command("move", "planeja a tarefa em outro horário (ou para outra pessoa)", "consulting:cmd_task_move", (
            *ACTING, *LISTING, ID, *SPAN_REQUIRED,
            Arg("--owner", metavar="LOGIN"),
            Arg("--version", type=_id, help="a versão vista (recusa se alguém mudou a tarefa)"),
        )),
        Command("list", "lista tarefas", "consulting:cmd_task_list", (
            *LISTING, *SPAN,
            Arg("--owner", metavar="LOGIN"),
            Arg("--type", choices=[t.value for t in TaskType]),
            Arg("--status", choices=[s.value for s in TaskStatus]),
        )),
    )),
    Group("plan", "o plano de trabalho: horas por pessoa, semana e tipo de tarefa", (
        Command("set", "define as horas de um tipo de tarefa de uma pessoa na semana (gestão; 0 tira a linha)",
                "consulting:cmd_plan_set", (
                    *ACTING, *LISTING,
                    Arg("login", metavar="LOGIN"),
                    Arg("task_type", metavar="TIPO", choices=[t.value for t in TaskType]),
                    Arg("time", metavar="TEMPO", help="6h, 90min, 1h30 ou minutos"),
                    Arg("--week", required=True, metavar="AAAA-Www"),
                )),
        Command("show", "o plano de uma semana", "consulting:cmd_plan_show", (
            *LISTING,
            Arg("--week", required=True, metavar="AAAA-Www"),
            Arg("--login", metavar="LOGIN", help="só esta pessoa"),
        )),
        Command("copy", "copia o plano de uma semana para outra (gestão)", "consulting:cmd_plan_copy", (
            *ACTING, *LISTING,
            Arg("--from-week", required=True, metavar="AAAA-Www"),
            Arg("--to-week", required=True, metavar="AAAA-Www"),
        )),
    )),
    Group("room", "salas de reunião", (
        Command("add", "cadastra uma sala (gestão)", "consulting:cmd_room_add", (
            *ACTING, *LISTING,
            Arg("code", metavar="CÓDIGO"),
            Arg("--name", required=True),
        )),
        Command("rooms", "as salas", "consulting:cmd_room_rooms", LISTING),
        Command("book", "reserva uma sala (em blocos de 30 min) com a pauta", "consulting:cmd_room_book", (
            *ACTING, *LISTING,
            Arg("room", metavar="SALA"),
            *SPAN_REQUIRED,
            Arg("--title", required=True),
            Arg("--agenda", metavar="PAUTA"),
        )),
        Command("list", "as reservas (padrão: esta semana)", "consulting:cmd_room_list", (
            *LISTING, *SPAN,
            Arg("--room", metavar="SALA"),
        )),
        Command("cancel", "cancela uma reserva antes do horário", "consulting:cmd_room_cancel",
                (*ACTING, *LISTING, ID)),
    )),
    Group("report", "relatórios da gerência", (
        Command("weekly", "o relatório semanal da gerência (os dez pontos da consultoria) de uma semana ISO: texto, "
                "CSV, XLSX ou PDF", "report:cmd_report_weekly", (
                    *LISTING, *WHEN,
                    Arg("--week", metavar="AAAA-Www",
                        help="a semana revisada, ex.: 2026-W47 (padrão: a semana anterior à de --at)"),
                    Arg("--format", default="text", choices=("text", "csv", "xlsx", "pdf"),
                        help="text (padrão: um resumo legível), csv (Excel em português), xlsx ou pdf"),
                    Arg("--out", metavar="ARQUIVO", help="grava neste arquivo (xlsx e pdf exigem; sem ele, text e "
                                                         "csv vão para a saída padrão)"),
                    Arg("--weeks", type=_count, default=8, metavar="N",
                        help="semanas na evolução (ponto 9), a revisada inclusive (padrão: 8)"),
                )),
    )),
    Group("sla", "SLA (FAQ 7367)", (
        Command("classes", "as classes de SLA", "work:cmd_sla_classes", LISTING),
    )),
)


def build_parser() -> argparse.ArgumentParser:
    """``pitstop`` (the console) and every command of :data:`COMMANDS`."""
    parser = _Parser(prog="pitstop", description="Pit Stop Desktop: a Agenda do help desk.")
    _add_arguments(parser, ROOT_ARGS)
    parser.add_argument("--version", action="version", version=f"pitstop {_version()}")
    parser.set_defaults(func="windows:cmd_console")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for entry in COMMANDS:
        sub = commands.add_parser(entry.name, help=entry.help)
        if isinstance(entry, Group):
            actions = sub.add_subparsers(dest=f"{entry.name}_command", required=True, metavar="ACTION",
                                         parser_class=_Parser)
            for command in entry.actions:
                _add_command(actions.add_parser(command.name, help=command.help), command)
        else:
            _add_command(sub, entry)
    return parser


def _add_command(parser: argparse.ArgumentParser, command: Command) -> None:
    _add_arguments(parser, command.args)
    parser.set_defaults(func=command.handler)


def _add_arguments(parser: argparse.ArgumentParser, args: Sequence[Arg]) -> None:
    for arg in args:
        parser.add_argument(*arg.names, **arg.options)


def _version() -> str:
    from pitstop_desktop import __version__

    return __version__
