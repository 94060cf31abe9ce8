"""A refusal as the command line says it: the CLI's own wording where it differs from the catalogue."""

from __future__ import annotations

from pitstop_desktop.domain.errors import PitstopError
from pitstop_desktop.domain.refusals import render

# Refusals


# The CLI's wording of a refusal where it differs from the catalogue's (domain/refusals.py): the flags to pass,
# the commands that show the valid values, the values to type. Same parameters; the rule ("R7: ") is put in front
# as for any refusal. Codes are shown as they are typed (``seu papel: technician``).
CLI_WORDING: dict[str, str] = {
    "usage.cli": "{text}",
    # weekly-report
    "not_found.pdf_writer": "o relatório em PDF não está disponível nesta instalação; use --format xlsx ou "
                            "--format csv.",
    "permission.backfill": "só um administrador pode datar uma ação (--at); o servidor usa o relógio dele. Repita "
                           "sem --at.",
    "permission.cannot_act_as": "o servidor não deixa o login {session} agir como {login} (--as); conecte com o "
                                "login de {login} (só um administrador pode agir por outra pessoa).",
    "conflict.request_id_reused": "o id de requisição {request_id} já registrou a OC {number}, de outra ligação; "
                                  "esta não foi registrada: use outro --request-id.",
    "R4.not_offered": "a OC {number} não está oferecida a ninguém; ela precisa ser oferecida a você antes de {task} "
                      "(oc offer).",
    "R6.gated": "{tab} só recebe OCs depois que um gestor aprova o escalonamento; peça o escalonamento com "
                "`oc escalate --to especialistas`.",
    "R7.gated": "N2 só recebe OCs encaminhadas pelo APOIO depois de um escalonamento aprovado; peça o escalonamento "
                "com `oc escalate --to n2`.",
    "R6.reason_missing": "o escalonamento exige um motivo: long_in_line ou not_solvable_n1.",
    "R7.reason_missing": "o escalonamento exige um motivo: long_in_line ou not_solvable_n1.",
    "R6.not_approved": "a OC {number} não tem escalonamento aprovado para {tab}; peça a validação de um gestor "
                       "(oc escalate --to {target}).",
    "R7.not_approved": "a OC {number} não tem escalonamento aprovado para {tab}; peça a validação de um gestor "
                       "(oc escalate --to {target}).",
    "R10.not_free": "{time} não é um horário livre de {name}; escolha um horário de `pitstop slots --date {day}`.",
    "R10.not_technician": "{name} não é técnico(a) e não recebe agendamentos; escolha um técnico da aba "
                          "(pitstop slots --tab TAB).",
    "R10.not_in_tab": "{name} não atende a aba {tab}; agende com um técnico que atende essa aba "
                      "(pitstop slots --tab TAB).",
    "conflict.offer_pending": "a OC {number} já está oferecida a {name} ({login}) desde {time}; para oferecê-la a "
                              "outra pessoa, confirme a troca com --replace: a oferta a {name} é retirada e fica "
                              "registrada no histórico.",
    "not_found.booking": "a OC {number} não tem agendamento (veja `pitstop oc show {number}`)",
    "R11.faq_missing": "encerrar exige um código FAQ; informe --faq CODIGO.",
    "value.channel": "canal desconhecido: '{value}' (use {known})",
    "value.kind": "tipo desconhecido: '{value}' (use {known})",
    "value.status": "status desconhecido: '{value}' (use {known})",
    "value.sla": "classe de SLA desconhecida: '{value}' (use {known})",
    "value.escalation_target": "destino de escalonamento inválido: '{value}' (use especialistas ou n2)",
    "value.escalation_reason": "motivo inválido: '{value}' (use long_in_line ou not_solvable_n1)",
    "value.summary_empty": "o resumo da ligação está vazio; descreva o contato em --summary.",
    "value.slot_without_technician": "um agendamento precisa de --slot e --technician juntos.",
    "value.no_tab": "{login} não atende nenhuma aba; informe --tab.",
    "value.rejection_reason": "informe o motivo da rejeição (--reason).",
    "value.refusal_reason": "informe o motivo da recusa (--reason).",
    "value.apoio_reason": "informe o motivo para acionar o APOIO (--reason).",
    "value.role_or_site": "papel ou local inválido: '{given_role}'/'{given_site}' (papéis: {roles}; locais: {sites})",
    "value.presence_event": "evento de presença inválido: '{event}' (use {known})",
    "value.presence_order": "{login} está {state}; o evento {event} não cabe agora (ordem: {known}).",
    "value.presence_correction_reason": "informe o motivo da correção de presença (--reason).",
    "value.network_share": "o arquivo SQLite {path} está numa pasta de rede; o SQLite não funciona com segurança em "
                           "compartilhamentos de rede. Use uma pasta local ou um servidor PostgreSQL "
                           "(--db postgresql://…).",
    "value.roles_need_postgresql": "os papéis do banco são do servidor do escritório (PostgreSQL); {url} é um "
                                   "arquivo SQLite, que não tem papéis nem logins (--db postgresql://…).",
    "not_found.person": "pessoa desconhecida: '{login}' (veja `pitstop staff list`)",
    "not_found.client": "cliente desconhecido: '{code}' (veja `pitstop client list`)",
    "not_found.tab": "aba desconhecida: '{code}' (use {known})",
    "not_found.escalation": "escalonamento {id} não existe (veja `pitstop escalation list`)",
    "not_found.calendar": "o banco não tem calendário; rode `pitstop db upgrade`.",
    "database.needs_upgrade": "o banco {url} está no esquema {revision} e este Pit Stop usa o {head}: um administrador "
                              "precisa rodar `pitstop db upgrade`.",
    "not_found.roster": "{login} não está na escala de {day}; veja `pitstop slots`.",
    "not_found.usual_week": "não há semana completa de {login} na escala nas {weeks} semanas antes de {week}; "
                            "monte a escala com `pitstop roster set` ou copie outra semana (`pitstop roster copy`).",
    "not_found.apoio_item": "a OC {number} não está na fila do APOIO (veja `pitstop apoio list`)",
    "conflict.demo_has_data": "o banco já tem dados; use `pitstop demo --reset` para recomeçar",
    "permission.apoio_queue": "a OC {number} está na fila do APOIO; quem a encaminha é o APOIO da gestão "
                              "(pitstop apoio forward).",
    "permission.demo_reset_confirm": "o banco {database} tem dados e não é um banco de demonstração; "
                                     "`pitstop demo --reset` apagaria a equipe, as OCs e a auditoria. Para apagar "
                                     "mesmo assim, um administrador confirma com o nome do banco: "
                                     "`pitstop demo --reset --confirm {database}`.",
    "permission.demo_only": "`{command} --as` só pula a entrada no banco de demonstração; entre com login e senha "
                            "({command} sem --as).",
}


def refusal_text(error: PitstopError) -> str:
    """A refusal as the command line says it: one line, the rule in front, codes as typed, the CLI's hints."""
    return render(error, raw_codes=True, wording=CLI_WORDING)
