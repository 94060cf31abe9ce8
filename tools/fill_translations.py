"""Pre-fill the unfinished messages of pitstop_en.ts with the English translations kept below.

Run it after every ``pyside6-lupdate`` (which adds new source strings as unfinished), then compile with
lrelease (``make translations`` does all three)::

    .venv/bin/pyside6-lupdate pitstop_desktop/views/*.py pitstop_desktop/views/*/*.py pitstop_desktop/models/*.py \\
        pitstop_desktop/domain/*.py -ts pitstop_desktop/resources/i18n/pitstop_en.ts
    .venv/bin/python tools/fill_translations.py
    .venv/bin/pyside6-lrelease pitstop_desktop/resources/i18n/pitstop_en.ts \\
        -qm pitstop_desktop/resources/i18n/pitstop_en.qm

The .ts file is the source of truth, edited with Qt Linguist. This script only fills a message that is
unfinished (``type="unfinished"``) or empty; a finished translation — a translator's edit — is never
overwritten, even when the dictionaries below say something else. To change a finished translation, change it
in Linguist. Unfinished strings with no entry here stay unfinished and are listed; the exit status is 1 then, so
a new string is not forgotten.

It also adds the messages lupdate cannot see (:data:`EXTRA`): lupdate only reads literal ``tr()`` /
``translate()`` / ``QT_TRANSLATE_NOOP`` calls, so a wrapper such as ``_t("OC")`` in ``models/board.py``
never reaches the .ts, and the module-level ``messages.tr()`` is filed under an empty context while it looks
strings up under ``"pitstop"``. The desk's words (``domain/vocabulary.py``) are marked with
``QT_TRANSLATE_NOOP("pitstop", …)``, so lupdate sees them.

The file is written back in lupdate's own layout (4-space indent, ``&apos;``/``&quot;`` escapes, contexts in
name order) so a later lupdate run produces a small diff.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "pitstop_desktop" / "resources" / "i18n" / "pitstop_en.ts"
LANGUAGE, SOURCE_LANGUAGE = "en", "pt_BR"

# Messages lupdate cannot collect, by the context they are looked up under at run time.
EXTRA: dict[str, tuple[str, ...]] = {
    # models/board.py: _t(text) = QCoreApplication.translate("BoardModel", text)
    "BoardModel": (
        "OC", "Cliente", "Resumo", "Canal", "Tipo", "SLA", "Tempo restante", "Status", "Técnico", "Aberta em",
        "Na aba há",
        'Sinais',
        '%1 · agendada %2',
        'Oferecida a %1 há %2, sem resposta (R5): abra a OC e use “Enviar ao APOIO…”.',
        '%1 encerrou o dia (logout) com esta OC em atendimento: encaminhe-a ou ofereça-a a outra pessoa.',
        'Demora excessiva em linha: na aba há %1 (limite da aba: %2).',
        '%1 está sem sinal (as janelas pararam de responder) com esta OC em atendimento.',
    ),
    # views/presence_bar.py: _tr(text) = QCoreApplication.translate("PresenceBar", text)
    "PresenceBar": (
        "Você ainda tem %1 OC(s) em atendimento. O que fazer com elas?", "Manter comigo", "Devolver às abas",
        "Enviar ao APOIO", "Iniciar o seu dia agora (login)?",
    ),
    # views/messages.py: tr(text) = QCoreApplication.translate("pitstop", text); lupdate files these under ""
    "pitstop": (
        "O banco de dados não respondeu; nada foi alterado. Tente de novo em instantes.",
        "Erro inesperado (%1): %2",
    ),
    # report-window: models/weekly_report.py and views/report/pdf.py say _t(text) = translate(context, text)
    "WeeklyReport": (
        "Equipe",
        "dom",
        "qua",
        "qui",
        "seg",
        "sex",
        "sáb",
        "ter",
        "Horas executadas por tipo de tarefa",
        "Pessoa",
        "Tarefas",
        "Tempo executado",
        "Tipo de tarefa",
        "Gerar relatório das tarefas visando tempo em que a tarefa foi executada na semana anterior.",
        "Nenhuma tarefa encerrada nesta semana.",
        "Agendados realizados",
        "Acionados",
        "Não realizados",
        "Cancelados",
        "Contatos por pessoa",
        "Tempo em contatos",
        "Gerar relatório dos contatos tanto agendados com status realizado e contato acionados.",
        "Nenhum contato nesta semana.",
        "Horas agendadas × realizadas por pessoa",
        "Agendadas",
        "Realizadas",
        "Diferença",
        "Realizado",
        "Confrontar as horas agendadas na semana anterior com as realizadas.",
        "Nada agendado nem realizado nesta semana.",
        "Plano de trabalho",
        "Atendeu",
        "Plano",
        "não",
        "sim",
        "Plano de trabalho × realizado (equipe)",
        "Itens do plano atendidos",
        "Identificar se as horas elencadas no plano de trabalho atendeu.",
        "Sem plano de trabalho para esta semana.",
        "Agendado",
        "Falta agendar",
        "Plano de trabalho × agendado (equipe)",
        "Agendar todas as tarefas da semana separado conforme o tempo do plano de trabalho.",
        "Semana %1.",
        "Sem plano de trabalho para a próxima semana.",
        "Dia",
        "Horário",
        "Protocolo",
        "Tarefa",
        "Gerar relatório dos agendamentos das tarefas da semana.",
        "Nenhuma tarefa agendada para a próxima semana.",
        "Capacidade",
        "Demanda",
        "Demanda × capacidade (horas)",
        "Horas",
        "OCs que chegaram",
        "OCs concluídas",
        "Horas de demanda",
        "Tempo médio em atendimento",  # demand-capacity: point 7's mean time an OC was held in attendance
        "Capacidade (escala menos almoço)",
        "Demanda / capacidade",
        "OCs abertas no fim da semana",
        "Dias para zerar o acumulado",
        "Indicador",
        "Valor",
        "Medir demanda versus capacidade.",
        "ANS por aba",
        "ANS por classe de SLA",
        "ANS",
        "Aba",
        "Classe",
        "ANS da semana",
        "Meta",
        "Classe ou aba",
        "Concluídas",
        "No prazo",
        "Por",
        "Gerar indicador da ANS. (Atendimentos concluídos no prazo)",
        "Nenhuma OC concluída nesta semana.",
        "Volume: OCs abertas e concluídas",
        "Abertas",
        "ANS (%)",
        "Tempo médio para resolver (horas)",
        "Tempo médio",
        "OCs abertas",
        "Segunda-feira",
        "Semana",
        "Tempo médio para resolver",
        "Gerar indicador de evolução do atendimento.",
        "Sem semanas anteriores para comparar.",
        "Comunicar conclusão: tempo por pessoa",
        "Tempo",
        "%1 tarefa(s)",
        "Quantidade",
        "Tarefas Comunicar conclusão",
        "Tempo total",
        "Apresentar números de tarefas de acompanhamento do Suporte. (Quantidade e tempo das tarefas comunicar "
        "conclusão)",
        "Nenhuma tarefa Comunicar conclusão nesta semana.",
    ),
    "WeeklyReportPdf": (
        "Relatório semanal da gerência %1",
        "Relatório semanal da gerência · %1",
        "Página %1 de %2",
        "Relatório semanal da gerência",
        "Semana %1: %2 a %3 · planejamento da semana %4",
        "Gerado em %1",
    ),
    # consulting-week: views/consulting/blocks.py: _tr(text) = QCoreApplication.translate("ConsultingWeek", text)
    "ConsultingWeek": (
        "prot. %1", "Tarefa: %1", "Situação: %1", "Responsável: %1", "Protocolo %1",
        "Arraste para outro horário, dia ou pessoa.", "%1 · %2", "Contato por %1 com %2 (%3)", "Consultor: %1",
        "Falando com: %1", "%1 agendadas de %2 planejadas", "%1 agendadas · sem plano", "%1: %2 de %3",
        "%1: %2 (fora do plano)", "Plano de trabalho de %1 na semana",
        # consulting-meetings: a meeting block's room and pauta
        "Sala: %1, %2–%3", "Pauta:",
    ),
}
EXTRA_NOTE = "added by fill_translations.py: lupdate does not see this call"

# Portuguese source → English, for every context unless CONTEXTUAL says otherwise.
# A tuple is a plural (numerus) translation: English has two forms, one and other.
EN: dict[str, str | tuple[str, ...]] = {
    # durations, SLA time left (domain/vocabulary.py), generic errors (views/messages.py)
    "%1 s": "%1 s",
    "%1 min": "%1 min",
    "%1 h %2 min": "%1 h %2 min",
    "%1 d %2 h": "%1 d %2 h",
    "restam %1": "%1 left",
    "estourado há %1": "breached %1 ago",
    "O banco de dados não respondeu; nada foi alterado. Tente de novo em instantes.":
        "The database did not respond; nothing was changed. Try again in a moment.",
    "Erro inesperado (%1): %2": "Unexpected error (%1): %2",
    # code labels (domain/vocabulary.py)
    "aberta": "open",
    "oferecida": "offered",
    "em atendimento": "in progress",
    "encerrada": "closed",
    "no prazo": "on track",
    "estourado": "breached",
    "cumprido": "met",
    "não cumprido": "missed",
    "atendente": "attendant",
    "técnico": "technician",
    "gestor técnico": "technical manager",
    "APOIO da gestão": "management APOIO",
    "supervisor": "supervisor",
    "administrador": "administrator",
    "Especialistas": "Especialistas",  # the tab's name, which stays in Portuguese like "APOIO N1"
    "N2": "N2",
    "longo em linha ou acesso remoto": "long on the line or remote access",
    "não solucionável no N1": "not solvable at N1",
    "pendente": "pending",
    "aprovado": "approved",
    "rejeitado": "rejected",
    "cancelado": "cancelled",
    "ninguém respondeu": "nobody answered",
    "todos recusaram": "everyone refused",
    "N2 aprovado": "N2 approved",
    "enviado pelo atendente": "sent by the attendant",
    "registrada": "registered",
    "aceita": "accepted",
    "recusada": "refused",
    "encaminhada": "forwarded",
    "ligação complementar": "follow-up call",
    "escalonamento pedido": "escalation requested",
    "escalonamento aprovado": "escalation approved",
    "escalonamento rejeitado": "escalation rejected",
    "enviada ao APOIO": "sent to APOIO",
    "assumida pelo APOIO": "claimed by APOIO",
    "agendada (FAQ 7037)": "booked (FAQ 7037)",
    "dúvida": "question",
    "erro": "error",
    "instalação": "installation",
    "treinamento": "training",
    "configuração": "configuration",
    "outro": "other",
    "telefone": "phone",
    "Blip": "Blip",
    "Skype": "Skype",
    "e-mail": "email",
    "portal": "portal",
    "disponível": "available",
    "no almoço": "at lunch",
    "fora": "offline",
    "logado": "logged in",
    "login": "login",
    "saída para o almoço": "out to lunch",
    "volta do almoço": "back from lunch",
    "logout": "logout",
    "IS": "IS",
    "Urgente": "Urgent",
    "2 Horas": "2 hours",
    "4 Horas": "4 hours",
    "24 Horas": "24 hours",
    "72 Horas": "72 hours",
    "10 Dias": "10 days",
    "horas úteis": "business hours",
    "horas corridas": "calendar hours",
    "o código FAQ": "the FAQ code",
    "o motivo": "the reason",
    "o resumo": "the summary",
    "a aba": "the tab",
    "o horário": "the time slot",
    "o técnico": "the technician",
    # board (models/board.py, views/board.py)
    "OC": "OC",
    "Cliente": "Customer",
    "Resumo": "Summary",
    "Canal": "Channel",
    "Tipo": "Type",
    "SLA": "SLA",
    "Tempo restante": "Time left",
    "Status": "Status",
    "Técnico": "Technician",
    "Aberta em": "Opened at",
    "Na aba há": "In tab for",
    "Aberta": "Open",
    "Telefone": "Phone",
    "Filtrar por número, cliente, resumo ou técnico…": "Filter by number, customer, summary or technician…",
    "Só em risco": "At risk only",
    "Só sem técnico": "Unassigned only",
    "Todas as classes de SLA": "All SLA classes",
    "{name} ({total} · {risk} em risco)": "{name} ({total} · {risk} at risk)",
    # SLA gauges and trend (views/gauges.py)
    "{day}: ANS {ans} ({met} de {total} no prazo)": "{day}: SLA met {ans} ({met} of {total} on time)",
    "meta {value}": "target {value}",
    "{days} dias: ANS {ans} ({met} de {total} no prazo)": "{days} days: SLA met {ans} ({met} of {total} on time)",
    "Nenhuma OC encerrada nos últimos {days} dias": "No OCs closed in the last {days} days",
    "Não foi possível atualizar os indicadores: {error}": "Could not update the indicators: {error}",
    "ANS diário — últimos {days} dias": "Daily SLA compliance — last {days} days",
    "abertas": "open",
    "estourados": "breached",
    "ANS hoje": "SLA met today",
    "{name} ({code}): {open} abertas, {warning} perto de vencer, {breached} estourados.":
        "{name} ({code}): {open} open, {warning} due soon, {breached} breached.",
    "Hoje: {met} de {total} encerradas no prazo ({ans}).": "Today: {met} of {total} closed on time ({ans}).",
    "Nenhuma OC desta classe encerrada hoje.": "No OCs of this class closed today.",
    "Clique para filtrar a Agenda por esta classe.": "Click to filter the Agenda by this class.",
    "SLA {name}": "SLA {name}",
    # wallboard (views/wallboard.py)
    "Tempo": "Time",
    "Aba": "Tab",
    "Nenhuma OC em risco agora": "No OCs at risk right now",
    "sem técnico": "no technician",
    "+ {count} OCs em risco fora da tela": "+ {count} more OCs at risk off screen",
    "Perto de vencer e estourados: {count}  ·  {breached} estourados":
        "Due soon and breached: {count}  ·  {breached} breached",
    "ANS hoje {ans}  ({met} de {total})": "SLA met today {ans}  ({met} of {total})",
    "ANS hoje —": "SLA met today —",
    "Pit Stop — painel de SLA": "Pit Stop — SLA wallboard",
    "Pit Stop · SLA agora": "Pit Stop · SLA now",
    "Perto de vencer e estourados": "Due soon and breached",
    # APOIO queue (views/queues/apoio.py)
    "Fila do APOIO N1": "APOIO N1 queue",
    "Motivo": "Reason",
    "Esperando": "Waiting",
    "Sem resposta há %1 (R5): aceite ou recuse agora; quem ofereceu já pode enviá-la ao APOIO.":
        "No answer for %1 (R5): accept or refuse now; whoever offered it may already send it to APOIO.",
    "devolvida à aba": "handed back to the tab",
    "Hoje: %1": "Today: %1",
    "Hoje: dia não iniciado": "Today: day not started",
    "Você ainda tem %1 OC(s) em atendimento. O que fazer com elas?":
        "You still hold %1 OC(s). What should happen to them?",
    "Manter comigo": "Keep them",
    "Devolver às abas": "Hand them back to their tabs",
    "Iniciar o seu dia agora (login)?": "Start your day now (login)?",
    "Assumida por": "Claimed by",
    "Nota": "Note",
    "&Assumir": "&Claim",
    "Assumir o &próximo": "Claim ne&xt",
    "Encaminhar ao &N2": "Forward to N&2",  # Alt+N is "&Note or reason:" in the approvals dock
    "na a&ba": "in &tab",
    "&Oferecer a técnico…": "&Offer to technician…",
    "Só o APOIO da gestão (Zenaide, Fernanda, Janne) assume e encaminha itens desta fila; aqui você acompanha.":
        "Only management APOIO (Zenaide, Fernanda, Janne) claims and forwards items in this queue; "
        "here you can follow along.",
    "ninguém": "nobody",
    "você": "you",
    " às %1": " at %1",
    "na fila desde %1": "in the queue since %1",
    "%1 na fila, %2 livre(s)": "%1 in the queue, %2 unclaimed",
    "Você assumiu a OC %1.": "You claimed OC %1.",
    "OC %1 encaminhada ao N2.": "OC %1 forwarded to N2.",
    "OC %1 saiu do APOIO para %2 e foi oferecida a %3.": "OC %1 left APOIO for %2 and was offered to %3.",
    # escalation approvals (views/queues/approvals.py)
    "Escalonamentos aguardando um gestor": "Escalations awaiting a manager",
    "Pedido por": "Requested by",
    "Destino": "Target",
    "Nota do pedido": "Request note",
    "&Nota ou motivo:": "&Note or reason:",
    "nota da aprovação (opcional) ou motivo da rejeição (obrigatório)":
        "approval note (optional) or rejection reason (required)",
    "&Aprovar": "&Approve",
    "&Rejeitar": "&Reject",
    "Só um gestor técnico aprova ou rejeita escalonamentos (R6, R7); aqui você acompanha a fila.":
        "Only a technical manager approves or rejects escalations (R6, R7); here you can follow the queue.",
    "Minhas solicitações": "My requests",
    "Pedido às": "Requested at",
    "Situação": "Status",
    "Decidido por": "Decided by",
    "Decisão": "Decision",
    "Você não tem pedidos de escalonamento; quando pedir, a decisão do gestor aparece aqui.":
        "You have no escalation requests; when you make one, the manager's decision shows up here.",
    "%1 (você)": "%1 (you)",
    "pedido às %1": "requested at %1",
    "%n pendente(s)": ("%n pending", "%n pending"),
    "decidido às %1": "decided at %1",
    "Escalonamento da OC %1 para N2 aprovado; a OC segue pelo APOIO N1 (R7).":
        "Escalation of OC %1 to N2 approved; the OC goes through APOIO N1 (R7).",
    "Escalonamento da OC %1 para Especialistas aprovado; a OC vai para Especialistas (R6).":
        "Escalation of OC %1 to Especialistas approved; the OC goes to Especialistas (R6).",
    "Informe o motivo da rejeição no campo «Nota ou motivo»; ele fica no histórico da OC (R6).":
        "Enter the rejection reason in the “Note or reason” field; it is kept in the OC's history (R6).",
    "Escalonamento da OC %1 rejeitado; a OC continua onde estava.":
        "Escalation of OC %1 rejected; the OC stays where it was.",
    # main window (views/main_window.py)
    "Pit Stop | Agenda — {name} ({role})": "Pit Stop | Agenda — {name} ({role})",
    "Técnicos hoje": "Technicians today",
    "Aprovações": "Approvals",
    "Meus escalonamentos": "My escalations",
    "Fila do APOIO": "APOIO queue",
    "Conectado": "Connected",
    "&Arquivo": "&File",
    "Sair": "Quit",
    "&Exibir": "&View",
    "Modo painel (tela cheia)": "Wallboard mode (full screen)",
    "Atualizar tudo": "Refresh all",
    "Idioma (ao reiniciar)": "Language (on restart)",
    "O idioma muda na próxima vez que o console abrir.": "The language changes the next time the console opens.",
    "Sem conexão com o banco — tentando de novo… ({0})": "No connection to the database — retrying… ({0})",
    "SLA estourado": "SLA breached",
    "OC {0} estourou o SLA.": "OC {0} breached its SLA.",
    "SLA perto de vencer": "SLA due soon",
    "OC {0} está perto de vencer o SLA.": "The SLA of OC {0} is due soon.",
    "Pit Stop | Agenda": "Pit Stop | Agenda",
    "Escalonamento aguardando": "Escalation waiting",
    "{0} pedido(s) de escalonamento aguardam sua validação.": "{0} escalation request(s) awaiting your approval.",
    "Novo item no APOIO": "New item in APOIO",
    "{0} OC(s) entraram na fila do APOIO.": "{0} OC(s) entered the APOIO queue.",
    # occurrence dialog (views/occurrence_dialog.py)
    "OC %1": "OC %1",
    "Canal e tipo": "Channel and type",
    "Vínculo": "Link",
    "Escalonamento": "Escalation",
    "Encerramento": "Closed",
    "&Histórico": "&History",
    "Quando": "When",
    "Quem": "Who",
    "Ação": "Action",
    "Detalhe": "Detail",
    "&Oferecer…": "&Offer…",
    "&Encaminhar…": "&Forward…",
    "E&scalonar…": "&Escalate…",
    "Enviar ao &APOIO…": "Send to &APOIO…",
    "Encer&rar…": "&Close OC…",
    "Fechar": "Close",
    "Cancelar": "Cancel",
    "Encaminhar para outra aba (R3)": "Forward to another tab (R3)",
    "Encaminhar": "Forward",
    "opcional: por que vai para essa aba": "optional: why it goes to that tab",
    "Aba de &destino:": "&Destination tab:",
    "&Nota:": "&Note:",
    "Pedir escalonamento — um gestor valida (R6, R7)": "Request escalation — a manager approves (R6, R7)",
    "Pedir escalonamento": "Request escalation",
    "opcional: o que o gestor precisa saber": "optional: what the manager needs to know",
    "&Destino:": "&Target:",
    "&Motivo:": "&Reason:",
    "Enviar ao APOIO da gestão (R5)": "Send to management APOIO (R5)",
    "Enviar ao APOIO": "Send to APOIO",
    "obrigatório: por que o APOIO precisa assumir": "required: why APOIO needs to take over",
    "Encerrar com código FAQ (R11)": "Close with FAQ code (R11)",
    "Encerrar a OC": "Close the OC",
    "ex.: 7347": "e.g. 7347",
    "opcional: como foi resolvida": "optional: how it was solved",
    "Código &FAQ:": "FA&Q code:",
    "Não foi possível ler a OC.": "Could not read the OC.",
    "OC %1 — %2": "OC %1 — %2",
    "%1 · %2 · vence %3": "%1 · %2 · due %3",
    "oferecida a %1, aguardando resposta": "offered to %1, awaiting a reply",
    "%1 por %2": "%1 by %2",
    "ligação complementar à <a href='%1'>OC %1</a> (R2)": "follow-up call to <a href='%1'>OC %1</a> (R2)",
    "nenhum": "none",
    "pedido para %1 (%2) por %3 às %4 — aguarda um gestor": "requested for %1 (%2) by %3 at %4 — awaiting a manager",
    "%1 com FAQ %2": "%1 with FAQ %2",
    "OC encerrada: nada mais a fazer (R11).": "OC closed: nothing more to do (R11).",
    "Aguardando a validação de um gestor.": "Awaiting a manager's approval.",
    "Seu papel não tem ações sobre esta OC.": "Your role has no actions on this OC.",
    "Escolha a aba de destino.": "Choose the destination tab.",
    "OC %1 encaminhada para %2.": "OC %1 forwarded to %2.",
    "Escalonamento da OC %1 para %2 pedido; aguarda a validação de um gestor.":
        "Escalation of OC %1 to %2 requested; awaiting a manager's approval.",
    "OC %1 enviada ao APOIO.": "OC %1 sent to APOIO.",
    "OC %1 encerrada com FAQ %2.": "OC %1 closed with FAQ %2.",
    "OC %1 oferecida a %2; aguardando o aceite.": "OC %1 offered to %2; awaiting acceptance.",
    # offer picker (views/offer_picker.py)
    "Oferecer a OC %1": "Offer OC %1",
    "R4: ofereça a quem atende a aba, está logado e não está no almoço. Enter ou duplo clique oferece.":
        "R4: offer to someone who serves the tab, is logged in and is not at lunch. "
        "Enter or double-click offers.",
    "Nome": "Name",
    "Estado": "Status",
    "Login às": "Logged in at",
    "Almoço": "Lunch",
    "Trabalho atual": "Current work",
    "Avisos": "Warnings",
    "&Oferecer": "&Offer",
    "Tirar a OC %1 do APOIO e oferecer a quem atende %2":
        "Take OC %1 out of APOIO and offer it to someone who serves %2",
    "Oferecer a OC %1 a quem atende %2": "Offer OC %1 to someone who serves %2",
    "%1 de %2 disponíveis agora": "%1 of %2 available now",
    "Ninguém atende %1. Peça a um administrador para ajustar as abas.":
        "Nobody serves %1. Ask an administrator to adjust the tabs.",
    "livre": "free",
    "já está com a oferta desta OC": "already has the offer for this OC",
    "recusou esta OC": "refused this OC",
    "sem escala hoje": "not scheduled today",
    " · turno até %1": " · shift until %1",
    "&Oferecer mesmo assim": "&Offer anyway",
    "%1: %2. Oferecer mesmo assim? Pressione Enter de novo ou «Oferecer mesmo assim».":
        "%1: %2. Offer anyway? Press Enter again or “Offer anyway”.",
    # sign-in (views/sign_in.py)
    "Pit Stop — entrar": "Pit Stop — sign in",
    "<h2>Pit Stop | Agenda</h2>Entre com seu login e senha.":
        "<h2>Pit Stop | Agenda</h2>Sign in with your login and password.",
    "Login": "Login",
    "Senha": "Password",
    "Entrar": "Sign in",
    # issue 8: changing my own password, dated history entries
    "Trocar minha senha": "Change my password",
    "Trocar minha senha…": "Change my password…",
    "&Nova senha": "&New password",
    "&Repita a nova senha": "&Repeat the new password",
    "Trocar": "Change",
    "Senha de %1 (%2)": "Password of %1 (%2)",
    "As duas senhas não conferem.": "The two passwords do not match.",
    "Senha trocada.": "Password changed.",
    # issue 9: the technician's seat (Minha agenda)
    "Pit Stop - Minha agenda — %1": "Pit Stop - My agenda — %1",
    "Pit Stop - Minha agenda": "Pit Stop - My agenda",
    "&Almoço": "&Lunch",
    "&Voltei": "&Back",
    "&Encerrar o dia": "&End the day",
    "motivo, para recusar": "reason, to refuse",
    "A&ceitar": "A&ccept",
    "&Recusar": "&Refuse",
    "Meus agendamentos (hoje e esta semana)": "My appointments (today and this week)",
    "&Som quando chega uma oferta": "&Sound when an offer arrives",
    "Ofertas para mim (%1)": "Offers for me (%1)",
    "Minhas OCs (%1)": "My OCs (%1)",
    "hoje: %1": "today: %1",
    "hoje: dia não iniciado": "today: day not started",
    "Nova oferta para você": "A new offer for you",
    "OC %1 — %2: %3": "OC %1 — %2: %3",
    "Escolha a oferta a aceitar.": "Choose the offer to accept.",
    "Escolha a oferta a recusar.": "Choose the offer to refuse.",
    "Diga o motivo da recusa no campo ao lado; ele fica no histórico da OC.":
        "Give the reason for refusing in the field beside it; it stays in the OC's history.",
    "Você recusou a OC %1.": "You refused OC %1.",
    "Registrado: %1.": "Recorded: %1.",
    "A OC está com %1: só quem a atende ou a gestão age sobre ela (R9).":
        "The OC is with %1: only whoever handles it or management acts on it (R9).",
    "%1 (datado)": "%1 (dated)",
    "Informe login e senha.": "Enter your login and password.",
    "Não foi possível falar com o banco: {0}": "Could not reach the database: {0}",
    # technicians' timeline (views/timeline.py)
    "Pessoa": "Person",
    "Escala de {day}": "Schedule for {day}",
    "Turno previsto": "Planned shift",
    "Almoço previsto": "Planned lunch",
    "Logado": "Logged in",
    "Agendamento": "Appointment",
    "perto de vencer": "due soon",
    "encerrada / repassada": "closed / handed over",
    "Gestão": "Management",
    "saindo em breve": "leaving soon",
    "sem SLA": "no SLA",
    "aguardando gestor": "awaiting manager",
    "Agendamento (FAQ 7037): OC {number}, {start}–{end}": "Appointment (FAQ 7037): OC {number}, {start}–{end}",
    "OC {number}": "OC {number}",
    "SLA {code}: {state}": "SLA {code}: {state}",
    "Situação atual: {status}": "Current status: {status}",
    "Com {name} desde {start}": "With {name} since {start}",
    "Com {name} das {start} às {end}, quando foi encerrada": "With {name} from {start} to {end}, when it was closed",
    "Com {name} das {start} às {end}, quando foi repassada":
        "With {name} from {start} to {end}, when it was handed over",
    "Atendimento agendado (FAQ 7037)": "Scheduled appointment (FAQ 7037)",
    "Clique para abrir a OC no quadro.": "Click to open the OC on the board.",
    "Estado: {state}": "Status: {state}",
    "Turno: {start}–{end}": "Shift: {start}–{end}",
    "Almoço previsto: {start}–{end}": "Planned lunch: {start}–{end}",
    "Almoço real: {start}–{end}": "Actual lunch: {start}–{end}",
    "agora": "now",
    "Login: {time}": "Login: {time}",
    "Logout: {time}": "Logout: {time}",
    "Ainda não fez login.": "Not logged in yet.",
    "Com as OCs: {numbers}": "Working on OCs: {numbers}",
    "Ninguém na escala de hoje.": "Nobody on today's schedule.",
    "{people} pessoa(s) · {available} disponível(is)": "{people} person(s) · {available} available",
    "Agendada {number}": "Booked {number}",
    "Filial": "Branch",
    "Não foi possível carregar a linha do tempo: {error}": "Could not load the timeline: {error}",
    # call intake (views/intake/); accelerators: C R H T L B W P S A F O N
    "Pit Stop | Registro de ligações — %1": "Pit Stop | Call intake — %1",
    "Enter escolhe o cliente · Ctrl+Enter salva · Ctrl+N próxima ligação · F3 buscar cliente · F4 agendar horário "
    "· Ctrl+E encaminhar · Ctrl+Shift+A acionar APOIO · F5 atualizar":
        "Enter picks the customer · Ctrl+Enter saves · Ctrl+N next call · F3 find customer · F4 book a slot "
        "· Ctrl+E forward · Ctrl+Shift+A call APOIO · F5 refresh",
    "Conectando…": "Connecting…",
    "&Cliente": "&Customer",
    "código, nome ou telefone do cliente": "customer code, name or phone",
    "Código": "Code",
    "Nenhum cliente escolhido": "No customer chosen",
    "OCs do cliente": "Customer's OCs",
    "Idade": "Age",
    "Enter numa OC aberta: a ligação é complementar a ela (R2)":
        "Enter on an open OC: the call is a follow-up to it (R2)",
    "OCs que registrei hoje": "OCs I registered today",
    "Hora": "Time",
    "Delete numa ligação recusada pelo servidor a retira da lista":
        "Delete on a call refused by the server removes it from the list",
    "Nova ligação": "New call",
    "&Resumo da ligação": "Call summa&ry",
    "o que o cliente relatou (obrigatório)": "what the customer reported (required)",
    "Ca&nal": "C&hannel",
    "&Tipo": "&Type",
    "S&LA": "S&LA",
    "A&ba": "Ta&b",
    "Co&mplementar à OC": "Follo&w-up to OC",
    "Escolher horário… (F4)": "Choose a slot… (F4)",
    "sem agendamento": "no appointment",
    "Sem horário": "No slot",
    "A&gendamento": "A&ppointment",
    "&Salvar  (Ctrl+Enter)": "&Save  (Ctrl+Enter)",
    "Encaminhar para a &aba": "Forward to t&ab",
    "&Encaminhar…  (Ctrl+E)": "&Forward…  (Ctrl+E)",
    "Acionar APOI&O  (Ctrl+Shift+A)": "Call APOI&O  (Ctrl+Shift+A)",
    "&Próxima ligação  (Enter · Ctrl+N)": "&Next call  (Enter · Ctrl+N)",
    "carregando os clientes…": "loading customers…",
    "não foi possível carregar os clientes — tentando de novo…": "could not load the customers — retrying…",
    "consultoria": "consulting",
    "%1 clientes — digite para filtrar": "%1 customers — type to filter",
    "Nenhum cliente encontrado": "No customer found",
    "Os primeiros %1 — continue digitando": "The first %1 — keep typing",
    "%1 encontrado(s) — Enter escolhe": "%1 found — Enter picks",
    "Nenhum cliente com «%1». Confira o código, o nome ou o telefone.":
        "No customer matches “%1”. Check the code, name or phone.",
    "Digite o código, o nome ou o telefone do cliente.": "Type the customer's code, name or phone.",
    "Cliente desconhecido: %1": "Unknown customer: %1",
    "sem telefone": "no phone",
    "cliente da consultoria": "consulting customer",
    "OCs do cliente — carregando…": "Customer's OCs — loading…",
    "OCs do cliente — indisponíveis agora": "Customer's OCs — unavailable right now",
    "OCs do cliente: %1 aberta(s)": "Customer's OCs: %1 open",
    "Abertas (%1)": "Open (%1)",
    "Últimas encerradas (%1)": "Recently closed (%1)",
    "enc. %1": "closed %1",
    "com %1": "with %1",
    "— não: é um assunto novo —": "— no: it is a new issue —",
    "O cliente tem OC aberta: se a ligação só complementa uma delas, escolha-a aqui (R2).":
        "The customer has an open OC: if the call only follows up on one of them, choose it here (R2).",
    "Sem OCs abertas: a ligação é uma OC nova (R1).": "No open OCs: the call is a new OC (R1).",
    "Ao salvar, a nova OC fica vinculada à OC %1 e é encerrada com FAQ 7347 (R2).":
        "On saving, the new OC is linked to OC %1 and closed with FAQ 7347 (R2).",
    "Ctrl+N passa para a próxima ligação sem registrar nada.":
        "Ctrl+N moves to the next call without registering anything.",
    "Tocando: %1. Termine esta ligação (Ctrl+Enter) e use Ctrl+N para atendê-la.":
        "Ringing: %1. Finish this call (Ctrl+Enter) and use Ctrl+N to answer it.",
    "%1 clientes com o telefone %2: escolha com ↑↓ e Enter.": "%1 customers with phone %2: choose with ↑↓ and Enter.",
    "Nenhum cliente com o telefone %1; busque pelo nome ou código.":
        "No customer with phone %1; search by name or code.",
    "%1 com %2 (FAQ 7037)": "%1 with %2 (FAQ 7037)",
    "Escolha o cliente: digite código, nome ou telefone e Enter.":
        "Choose the customer: type a code, name or phone and press Enter.",
    "Descreva a ligação no resumo.": "Describe the call in the summary.",
    "Salvando…": "Saving…",
    "Agendar precisa do servidor ao vivo: só o banco garante o horário, e ele não responde agora. Tente de novo "
    "quando a conexão voltar, ou tire o horário («Sem horário») para guardar a ligação na caixa de saída.":
        "Booking needs the live server: only the database can guarantee the slot, and it is not responding right "
        "now. Try again when the connection is back, or remove the slot (“No slot”) to keep the call in the outbox.",
    "A ligação NÃO foi salva: %1": "The call was NOT saved: %1",
    "Ligação guardada neste computador": "Call kept on this computer",
    "Sem conexão com o banco: ela será enviada sozinha quando o banco voltar, e o número aparece aqui e em "
    "«OCs que registrei hoje».":
        "No connection to the database: it will be sent automatically when the database is back, and its number "
        "will appear here and in “OCs I registered today”.",
    "OC registrada": "OC registered",
    "Número copiado para a área de transferência (Ctrl+V).": "Number copied to the clipboard (Ctrl+V).",
    "Complementar à OC %1: vinculada e encerrada com FAQ 7347 (R2).":
        "Follow-up to OC %1: linked and closed with FAQ 7347 (R2).",
    "Agendada (FAQ 7037): %1 com %2.": "Booked (FAQ 7037): %1 with %2.",
    "Encaminhar e acionar o APOIO precisam do servidor ao vivo; a ligação ainda está pendente de sincronização.":
        "Forwarding and calling APOIO need the live server; the call is still pending sync.",
    "OC complementar, já encerrada (FAQ 7347): nada a encaminhar.":
        "Follow-up OC, already closed (FAQ 7347): nothing to forward.",
    "OC agendada com %1: já tem responsável.": "OC booked with %1: it already has an owner.",
    "A OC já está no APOIO N1.": "The OC is already in APOIO N1.",
    "Encaminhar mostra quem atende a aba (login, almoço, trabalho atual), disponíveis primeiro. Se ninguém atende, "
    "Acionar APOIO (R5).":
        "Forward shows who serves the tab (login, lunch, current work), available people first. If nobody serves "
        "it, Call APOIO (R5).",
    "O servidor não responde: encaminhar e acionar o APOIO precisam do banco ao vivo. A OC está salva; tente de "
    "novo quando a conexão voltar.":
        "The server is not responding: forwarding and calling APOIO need the live database. The OC is saved; try "
        "again when the connection is back.",
    "OC %1 oferecida a %2.": "OC %1 offered to %2.",
    "Aviso (R4): %1": "Warning (R4): %1",
    "ninguém atendeu; acionado no registro de ligações": "nobody answered; called from call intake",
    "OC %1 enviada ao APOIO N1 (R5).": "OC %1 sent to APOIO N1 (R5).",
    "pendente de sincronização": "pending sync",
    "recusada pelo servidor: %1 (Delete retira)": "refused by the server: %1 (Delete removes it)",
    "complementar à OC %1": "follow-up to OC %1",
    "OCs que registrei hoje (%1)": "OCs I registered today (%1)",
    "%1 pendente(s)": "%1 pending",
    "caixa de saída local indisponível": "local outbox unavailable",
    "pendente de sincronização: %1": "pending sync: %1",
    "Ligações guardadas neste computador; são enviadas sozinhas quando o banco responder.":
        "Calls kept on this computer; they are sent automatically when the database responds.",
    "O servidor recusou esta ligação: %1": "The server refused this call: %1",
    "%1 ligação(ões) pendente(s) recusada(s) pelo servidor; veja «OCs que registrei hoje».":
        "%1 pending call(s) refused by the server; see “OCs I registered today”.",
    "%1 ligação(ões) pendente(s) enviada(s) ao banco.": "%1 pending call(s) sent to the database.",
    "OC registrada ao sincronizar": "OC registered on sync",
    "Conectado ao banco": "Connected to the database",
    "Sem conexão com o banco — as ligações ficam na caixa de saída deste computador":
        "No connection to the database — calls stay in this computer's outbox",
    "Ligações pendentes": "Pending calls",
    "%1 ligação(ões) ainda não chegaram ao banco (pendentes de sincronização). Elas ficam guardadas neste "
    "computador e são enviadas na próxima vez que a janela de registro abrir. Sair mesmo assim?":
        "%1 call(s) have not reached the database yet (pending sync). They are kept on this computer and sent the "
        "next time the call intake window opens. Quit anyway?",
    "Continuar aberta": "Keep open",
    # appointment slot picker (views/slot_picker.py)
    "Agendamento técnico (FAQ 7037)": "Technical appointment (FAQ 7037)",
    "&Dia": "&Day",
    "&Aba": "&Tab",
    "Horários livres: escala menos almoço menos o que já está agendado. Enter escolhe; o horário é reservado ao "
    "salvar a ligação.":
        "Free slots: the schedule minus lunch minus what is already booked. Enter picks; the slot is reserved when "
        "the call is saved.",
    "Horário": "Time",
    "&Escolher": "&Choose",
    "%1 horários livres": "%1 free slots",
    "Nenhum horário livre neste dia e aba (ninguém na escala, ou tudo já agendado).":
        "No free slots on this day and tab (nobody scheduled, or everything already booked).",
    # issue 9: the roster editor (models/roster.py, views/roster/, views/main_window.py)
    "Escala da semana…": "Weekly schedule…",
    "seg": "Mon",
    "ter": "Tue",
    "qua": "Wed",
    "qui": "Thu",
    "sex": "Fri",
    "sáb": "Sat",
    "dom": "Sun",
    "almoço": "lunch",
    "aberto (exceção)": "open (exception)",
    "fechado (exceção)": "closed (exception)",
    "feriado": "holiday",
    "fechado": "closed",
    "fora da escala": "not scheduled",
    "Dias selecionados": "Selected days",
    "I&nício": "&Start",
    "&Fim": "&End",
    "Início do al&moço": "Lunch s&tart",
    "Fim do almo&ço": "Lunch e&nd",
    "Deixe o almoço vazio para um turno sem almoço.": "Leave lunch empty for a shift without lunch.",
    "A&plicar": "A&pply",
    "&Limpar": "C&lear",
    "Tira os dias selecionados da escala (Delete na grade).":
        "Takes the selected days off the schedule (Delete in the grid).",
    "%n dia(s) selecionado(s).": ("%n day selected.", "%n days selected."),
    "Selecione dias na grade (arraste, Shift ou Ctrl + clique).":
        "Select days in the grid (drag, Shift or Ctrl + click).",
    "Importação de escala": "Schedule import",
    "Fechar relatório": "Close report",
    "%1: %2 linha(s) aplicada(s) — %3 dia(s) definido(s), %4 limpo(s).":
        "%1: %2 line(s) applied — %3 day(s) set, %4 cleared.",
    "%n linha(s) recusada(s); corrija-as e importe o arquivo de novo.":
        ("%n line refused; fix it and import the file again.", "%n lines refused; fix them and import the file "
                                                                "again."),
    "linha %1: %2": "line %1: %2",
    "Escala da semana — Pit Stop": "Weekly schedule — Pit Stop",
    "◀ Semana anterior": "◀ Previous week",
    "Próxima semana ▶": "Next week ▶",
    "Esta semana": "This week",
    "&Copiar semana anterior": "&Copy previous week",
    "Esta semana fica igual à anterior para as pessoas da aba; os feriados desta semana ficam como estão.":
        "This week becomes the same as the previous one for the tab's people; this week's holidays stay as they are.",
    "Semana &habitual": "&Usual week",
    "Dá às pessoas selecionadas a semana habitual delas: a última semana sem feriado em que trabalharam todos os "
    "dias úteis.":
        "Gives the selected people their usual week: the last week without a holiday in which they worked every "
        "business day.",
    "&Importar CSV…": "&Import CSV…",
    "Um arquivo login;date;start;end;lunch_start;lunch_end, um dia por linha; início e fim vazios tiram o dia da "
    "escala.":
        "A login;date;start;end;lunch_start;lunch_end file, one day per line; an empty start and end take the day "
        "off the schedule.",
    "Escala da semana": "Weekly schedule",
    "Todas as abas": "All tabs",
    "Semana %1 · %2 a %3": "Week %1 · %2 to %3",
    "Feriados e exceções do calendário: %1": "Calendar holidays and exceptions: %1",
    "%1 de %2 pessoas na escala desta semana": "%1 of %2 people scheduled this week",
    "Selecione um ou mais dias na grade.": "Select one or more days in the grid.",
    "A semana %1 já tem escala. Copiar a semana %2 substitui a escala das pessoas da aba por a da semana anterior "
    "(os feriados desta semana ficam como estão). Continuar?":
        "Week %1 already has a schedule. Copying week %2 replaces the schedule of the tab's people with the previous "
        "week's (this week's holidays stay as they are). Continue?",
    "Selecione a pessoa (qualquer dia da linha dela) para aplicar a semana habitual.":
        "Select the person (any day of their row) to apply their usual week.",
    "Importar escala (CSV)": "Import schedule (CSV)",
    "CSV (*.csv *.txt);;Todos os arquivos (*)": "CSV (*.csv *.txt);;All files (*)",
    "%1 dia(s) definido(s), %2 dia(s) limpo(s).": "%1 day(s) set, %2 day(s) cleared.",
    "Copiada a semana %1: %2": "Copied week %1: %2",
    "Dias fechados no calendário ficaram como estavam: %1.": "Days the calendar closes stayed as they were: %1.",
    "%1: semana habitual %2 aplicada (%3 dia(s) definido(s), %4 limpo(s)).":
        "%1: usual week %2 applied (%3 day(s) set, %4 cleared).",
    # issue 9: the desk's signals (board, picker, OC dialog, timeline, wallboard)
    "Sinais": "Signals",
    "%1 · agendada %2": "%1 · booked %2",
    "Oferecida a %1 há %2, sem resposta (R5): abra a OC e use “Enviar ao APOIO…”.":
        "Offered to %1 %2 ago, no answer (R5): open the OC and use “Send to APOIO…”.",
    "Demora excessiva em linha: na aba há %1 (limite da aba: %2).":
        "Waiting too long in line: in this tab for %1 (the tab's limit: %2).",
    "%1 encerrou o dia (logout) com esta OC em atendimento: encaminhe-a ou ofereça-a a outra pessoa.":
        "%1 left for the day (logged out) with this OC in progress: forward it or offer it to someone else.",
    "%1 está sem sinal (as janelas pararam de responder) com esta OC em atendimento.":
        "%1 has no signal (their windows stopped answering) with this OC in progress.",
    "⚠ Encerrou o dia com OCs em atendimento: {numbers}. Encaminhe-as ou ofereça-as a outra pessoa.":
        "⚠ Left for the day with OCs in progress: {numbers}. Forward them or offer them to someone else.",
    "⚠ Sem sinal com OCs em atendimento: {numbers}.": "⚠ No signal with OCs in progress: {numbers}.",
    "oferecida a %1 há %2, sem resposta (R5): pode enviar ao APOIO":
        "offered to %1 %2 ago, no answer (R5): you may send it to APOIO",
    "sem resposta: oferecida a %1 há %2 (R5)": "no answer: offered to %1 %2 ago (R5)",
    "⚠ sem resposta há %1 (R5): ofereça a outra pessoa ou envie ao APOIO":
        "⚠ no answer for %1 (R5): offer it to someone else or send it to APOIO",
    "A oferta a %1 está sem resposta há %2 (R5): ofereça a outra pessoa ou envie a OC ao APOIO.":
        "The offer to %1 has had no answer for %2 (R5): offer it to someone else or send the OC to APOIO.",
    "{count} com demora excessiva em linha": "{count} waiting too long in line",
    # issue 9: cancel and move an appointment (views/booking_form.py, views/agenda/window.py)
    "&Desmarcar": "&Cancel appointment",
    "Re&marcar…": "Re&schedule…",
    "%1, %2 às %3–%4": "%1, %2 at %3–%4",
    "Agendamento da OC %1 desmarcado; o horário está livre de novo e a OC continua com o técnico.":
        "Appointment of OC %1 cancelled; the slot is free again and the OC stays with the technician.",
    "Agendamento da OC %1 remarcado para %2 com %3.": "Appointment of OC %1 moved to %2 with %3.",
    "Remarcar a OC %1 (FAQ 7037)": "Reschedule OC %1 (FAQ 7037)",
    "Escolha o novo horário: Enter remarca o agendamento da OC %1 para ele. Outro técnico só com quem atende a OC "
    "ou a gestão (R9).":
        "Choose the new time: Enter moves OC %1's appointment to it. Another technician only by whoever handles "
        "the OC or by management (R9).",
    "Já começou ou a OC está encerrada: fica como registro (R10).":
        "Already begun or the OC is closed: it stays as the record (R10).",
    # issue 9: the seat tells the first person their offer was withdrawn
    "Oferta retirada": "Offer withdrawn",
    "A oferta da OC %1 foi retirada.": "The offer of OC %1 was withdrawn.",
    # issue 9: presence correction (views/presence_correction.py, views/main_window.py, views/timeline/widget.py)
    "Corrigir presença": "Correct presence",
    "Corrigir presença…": "Correct presence…",
    "Registra um evento de presença que aconteceu hoje (%1) e não foi marcado, com o motivo. Fica no registro de "
    "auditoria com o seu nome.":
        "Records a presence event that happened today (%1) and was not marked, with the reason. It stays in the "
        "audit trail with your name.",
    "&Pessoa:": "&Person:",
    "&Evento:": "&Event:",
    "&Hora (hoje):": "&Time (today):",
    "obrigatório: por que a presença é corrigida": "required: why the presence is corrected",
    "&Corrigir": "&Correct",
    "Escolha a pessoa.": "Choose the person.",
    "Presença de %1 corrigida: %2 às %3.": "Presence of %1 corrected: %2 at %3.",
    # issue 11 — signing in (views/sign_in.py: remember on this computer, Windows sign-in, the demo's people)
    "Lembrar neste computador": "Remember on this computer",
    "Entrar com a conta do Windows": "Sign in with the Windows account",
    "O servidor do escritório reconhece a conta com que você entrou neste computador; não é preciso digitar a "
    "senha.":
        "The office server recognises the account you signed in to this computer with; there is no password to "
        "type.",
    "Banco de demonstração": "Demo database",
    "Este é o banco de demonstração: escolha quem você quer ser. A senha de todas as pessoas é %1.":
        "This is the demo database: choose who you want to be. Everyone's password is %1.",
    "escolha uma pessoa…": "choose a person…",
    "&Pessoa": "&Person",
    "%1 — %2 (%3)": "%1 — %2 (%3)",
    "senha: %1": "password: %1",
    "Este computador não tem um cofre de senhas disponível (Gerenciador de Credenciais do Windows, Secret Service "
    "ou KWallet): a senha não pode ser lembrada aqui.":
        "This computer has no password store available (Windows Credential Manager, Secret Service or KWallet): "
        "the password cannot be remembered here.",
    "Guarda a senha no cofre de senhas do sistema (no Windows, o Gerenciador de Credenciais), nunca num arquivo. "
    "Desmarque ao entrar para esquecê-la.":
        "Keeps the password in the system's password store (on Windows, the Credential Manager), never in a file. "
        "Untick it when signing in to forget it.",
    # issue 11 — operations: the unexpected-error dialog (views/crash.py)
    "Pit Stop — erro inesperado": "Pit Stop — unexpected error",
    "O Pit Stop encontrou um erro inesperado: %1.": "Pit Stop ran into an unexpected error: %1.",
    "O relatório completo foi salvo em:": "The full report was saved in:",
    "Não foi possível salvar o relatório (%1); use «Copiar o relatório» para guardá-lo.":
        "The report could not be saved (%1); use «Copy report» to keep it.",
    "A janela não pôde abrir e o Pit Stop vai fechar. Envie o relatório a quem cuida do Pit Stop no escritório.":
        "The window could not open and Pit Stop will close. Send the report to whoever looks after Pit Stop at "
        "the office.",
    "O Pit Stop continua aberto: o que já foi gravado no banco e as ligações guardadas na caixa de saída não se "
    "perdem. Se algo parecer errado, feche a janela e abra de novo.":
        "Pit Stop is still open: what was already saved in the database and the calls kept in the outbox are not "
        "lost. If something looks wrong, close the window and open it again.",
    "Abrir a &pasta": "Open &folder",
    "&Copiar o relatório": "&Copy report",
    "&Detalhes": "&Details",
    "&Fechar": "Cl&ose",
    "Aconteceram mais %1 erro(s) inesperado(s) depois deste; estão no log.":
        "%1 more unexpected error(s) happened after this one; they are in the log.",
    # issue 11 — first run, settings dialog, seat config (views/setup/, views/settings_dialog.py,
    # views/seat_config.py, views/main_window.py)
    "Bem-vindo ao Pit Stop": "Welcome to Pit Stop",
    "Onde ficam os dados da Agenda deste computador?": "Where does this computer keep the Agenda's data?",
    "Só &este computador": "&This computer only",
    "O &servidor do escritório": "The office &server",
    "Os dados ficam num arquivo neste computador. Bom para conhecer o Pit Stop (com um dia de demonstração) ou "
    "para quem trabalha sozinho.":
        "The data stays in a file on this computer. Good for getting to know Pit Stop (with a demo day) or for "
        "someone working alone.",
    "Todos os computadores do escritório usam o mesmo banco PostgreSQL, e cada pessoa entra com o seu próprio "
    "login. Tenha à mão o nome do servidor e do banco (o administrador sabe).":
        "Every computer in the office uses the same PostgreSQL database, and each person signs in with their own "
        "login. Have the server's and the database's names at hand (the administrator knows them).",
    "Só este computador": "This computer only",
    "Os dados ficam no arquivo %1.": "The data stays in the file %1.",
    "Começar com o &dia de demonstração": "Start with the &demo day",
    "Um dia inteiro de uma central de atendimento: a equipe, clientes, OCs em todas as situações, escalonamentos "
    "e a fila do APOIO. A senha de todas as pessoas da demonstração é «pitstop». Sem ele, você cria o primeiro "
    "administrador na próxima página.":
        "A whole day of a help desk: the staff, clients, OCs in every state, escalations and the APOIO queue. "
        "Every demo person's password is «pitstop». Without it, you create the first administrator on the next "
        "page.",
    "O servidor do escritório": "The office server",
    "O endereço do banco PostgreSQL do escritório, e um teste com o seu login.":
        "The address of the office's PostgreSQL database, and a test with your login.",
    "O primeiro administrador": "The first administrator",
    "Quem entra primeiro no Pit Stop e cadastra as outras pessoas.":
        "Who signs in to Pit Stop first and adds everyone else.",
    "ex.: ana.souza": "e.g. ana.souza",
    "&Login": "&Login",
    "&Nome": "&Name",
    "&Senha": "&Password",
    "&Repita a senha": "&Repeat the password",
    "A senha precisa ter pelo menos %1 caracteres. Depois, cadastre as outras pessoas com «pitstop staff add» "
    "(veja o README).":
        "The password needs at least %1 characters. Then add everyone else with «pitstop staff add» (see the "
        "README).",
    "Preparando": "Setting up",
    "Um momento: o banco está sendo preparado.": "One moment: the database is being set up.",
    "Este computador está configurado.": "This computer is set up.",
    "O banco não foi preparado.": "The database was not set up.",
    "Pit Stop — primeira execução": "Pit Stop — first run",
    "< &Voltar": "< &Back",
    "&Avançar >": "&Next >",
    "&Concluir": "&Finish",
    "Gravando as configurações…": "Saving the settings…",
    "Preparando o banco %1: criando as tabelas, os papéis do servidor e o primeiro administrador…":
        "Setting up the database %1: creating the tables, the server's roles and the first administrator…",
    "Criando o banco deste computador com o dia de demonstração (leva alguns segundos)…":
        "Creating this computer's database with the demo day (it takes a few seconds)…",
    "Criando o banco deste computador e o primeiro administrador…":
        "Creating this computer's database and the first administrator…",
    "Pronto": "Done",
    "Este computador usa o banco %1. Ao concluir, entre com o seu login e senha do Pit Stop.":
        "This computer uses the database %1. When you finish, sign in with your Pit Stop login and password.",
    "O dia de demonstração está pronto. Ao concluir, entre com uma pessoa da demonstração (por exemplo fernanda, "
    "ou patricia.nogueira) e a senha «pitstop».":
        "The demo day is ready. When you finish, sign in as a demo person (for instance fernanda, or "
        "patricia.nogueira) with the password «pitstop».",
    "O banco deste computador está pronto. Ao concluir, entre com o login e a senha do administrador que você "
    "criou.":
        "This computer's database is ready. When you finish, sign in with the login and password of the "
        "administrator you created.",
    "As configurações ficam em %1; mude-as depois em Arquivo → Configurações…":
        "The settings are kept in %1; change them later under File → Settings…",
    "Não foi possível concluir": "Could not finish",
    "Nada foi gravado nas configurações deste computador. Volte, corrija e tente de novo.":
        "Nothing was written to this computer's settings. Go back, correct it and try again.",
    "ex.: servidor-pitstop ou 10.0.0.5": "e.g. pitstop-server or 10.0.0.5",
    "Sou o administrador: entro com o login de manutenção do servidor, para preparar um banco novo":
        "I am the administrator: I sign in with the server's maintenance login, to set up a new database",
    "&Testar conexão": "&Test connection",
    "Para testar, entre com o seu login e senha do Pit Stop. A senha serve só para o teste: ela não fica gravada "
    "neste computador.":
        "To test, enter your Pit Stop login and password. The password is used for the test only: it is not "
        "kept on this computer.",
    "Se&rvidor": "Se&rver",
    "&Porta": "&Port",
    "Ba&nco": "Data&base",
    "Sen&ha": "Pass&word",
    "Informe o nome ou o endereço do servidor.": "Enter the server's name or address.",
    "Informe o nome do banco.": "Enter the database's name.",
    "Informe o seu login para testar.": "Enter your login to test.",
    "Testando…": "Testing…",
    "Conectando a %1…": "Connecting to %1…",
    "Conexão certa: %1 é um banco do Pit Stop (PostgreSQL %2).":
        "Connection works: %1 is a Pit Stop database (PostgreSQL %2).",
    "O banco %1 está vazio: o administrador precisa prepará-lo antes (marque «Sou o administrador» e entre com o "
    "login de manutenção do servidor).":
        "The database %1 is empty: the administrator must set it up first (tick «I am the administrator» and sign "
        "in with the server's maintenance login).",
    "O banco %1 está vazio, mas o login %2 não pode criar os papéis do Pit Stop: entre com o login de manutenção "
    "do servidor (superusuário, ou dono do banco com CREATEROLE).":
        "The database %1 is empty, but the login %2 cannot create Pit Stop's roles: sign in with the server's "
        "maintenance login (a superuser, or the database's owner with CREATEROLE).",
    "O banco %1 está vazio e este login pode prepará-lo: na próxima página, crie o primeiro administrador do Pit "
    "Stop.":
        "The database %1 is empty and this login can set it up: on the next page, create Pit Stop's first "
        "administrator.",
    "Não foi possível falar com o servidor %1 na porta %2: confira o nome e a porta, se o servidor está ligado e "
    "se a rede (ou o firewall) deixa passar. Detalhe: %3":
        "Could not reach the server %1 on port %2: check the name and the port, that the server is running and "
        "that the network (or the firewall) lets it through. Detail: %3",
    "O servidor recusou o login ou a senha: confira os dois.":
        "The server refused the login or the password: check both.",
    "O servidor não deixa este login entrar a partir deste computador: peça ao administrador do servidor que o "
    "libere (pg_hba.conf). Detalhe: %1":
        "The server does not let this login in from this computer: ask the server's administrator to allow it "
        "(pg_hba.conf). Detail: %1",
    "O servidor respondeu, mas não tem um banco chamado %1: confira o nome do banco.":
        "The server answered, but it has no database called %1: check the database's name.",
    "O servidor é um PostgreSQL %1; o Pit Stop precisa do PostgreSQL %2 ou mais novo.":
        "The server runs PostgreSQL %1; Pit Stop needs PostgreSQL %2 or newer.",
    "O banco %1 tem tabelas de outro programa: não é um banco do Pit Stop. Escolha outro banco, ou peça um banco "
    "novo e vazio.":
        "The database %1 holds another program's tables: it is not a Pit Stop database. Choose another "
        "database, or ask for a new, empty one.",
    "O banco %1 é de uma versão anterior do Pit Stop: um administrador precisa atualizá-lo (pitstop db upgrade) "
    "antes.":
        "The database %1 is from an earlier Pit Stop version: an administrator must upgrade it (pitstop db "
        "upgrade) first.",
    "O banco %1 foi atualizado por um Pit Stop mais novo: instale o Pit Stop %2 ou mais novo.":
        "The database %1 was upgraded by a newer Pit Stop: install Pit Stop %2 or newer.",
    "O banco %1 foi atualizado por um Pit Stop mais novo: instale a versão mais recente do Pit Stop.":
        "The database %1 was upgraded by a newer Pit Stop: install the latest Pit Stop.",
    "O servidor recusou a conexão: %1": "The server refused the connection: %1",
    "Configurações deste computador": "This computer's settings",
    "&Salvar": "&Save",
    "Banco de dados": "Database",
    "Janelas": "Windows",
    "Painel (F11)": "Wallboard (F11)",
    "Arquivo: %1": "File: %1",
    "Em uso agora: %1 (de %2: enquanto estiver definido, vale no lugar do que está abaixo).":
        "In use now: %1 (from %2: while it is set, it stands instead of what is below).",
    "Em uso agora: %1.": "In use now: %1.",
    "Uma mudança vale na próxima vez que o Pit Stop abrir.": "A change applies the next time Pit Stop opens.",
    "Só este &computador (SQLite)": "This &computer only (SQLite)",
    "O servidor do &escritório (PostgreSQL)": "The &office server (PostgreSQL)",
    "Escolher…": "Choose…",
    "Arquivo": "File",
    "vazio: cada pessoa entra com o seu login": "empty: each person signs in with their own login",
    "Oferecer a entrada com a conta do Windows (SSPI/Kerberos)": "Offer signing in with the Windows account "
                                                                 "(SSPI/Kerberos)",
    "Login fixo": "Fixed login",
    "Só onde o servidor aceita a conta do Windows (SSPI/Kerberos):":
        "Only where the server accepts the Windows account (SSPI/Kerberos):",
    "Avisos na bandeja do sistema (escalonamentos, APOIO, SLA, ofertas)":
        "Notifications in the system tray (escalations, APOIO, SLA, offers)",
    "&Idioma (ao reiniciar)": "&Language (after a restart)",
    "Automático: um monitor que não seja o do console": "Automatic: a monitor other than the console's",
    "Monitor %1: %2 (%3×%4)": "Monitor %1: %2 (%3×%4)",
    "Monitor %1 (não conectado agora)": "Monitor %1 (not connected now)",
    "Abrir o painel junto com o console": "Open the wallboard with the console",
    "as que couberem": "as many as fit",
    "&Monitor": "&Monitor",
    "OCs em &risco listadas, no máximo": "OCs at &risk listed, at most",
    "o arquivo %1": "the file %1",
    "o servidor %1, banco %2": "the server %1, database %2",
    "O arquivo do banco": "The database file",
    "Banco SQLite (*.db);;Todos os arquivos (*)": "SQLite database (*.db);;All files (*)",
    "Teste a conexão com o novo servidor antes de salvar.": "Test the connection to the new server before saving.",
    "Não foi possível gravar as configurações: %1": "Could not save the settings: %1",
    "Configurações…": "Settings…",
    "Configurações gravadas.": "Settings saved.",
    "Pit Stop — configurações": "Pit Stop — settings",
    "O arquivo de configuração deste computador tem problemas; o Pit Stop usa os valores padrão no lugar deles.":
        "This computer's settings file has problems; Pit Stop uses the default values instead.",
}

# --- Refusals: the catalogue of domain/refusals.py (context "refusals") and the words it puts in its sentences.
# Kept apart from EN above and merged into it here.
REFUSALS_EN: dict[str, str | tuple[str, ...]] = {
    # issue 9: the desk's signals (each tab's long-wait threshold, an admin's setting)
    "limite de espera inválido: {minutes} minutos (de 0, sem limite, a {limit}).":
        "invalid waiting limit: {minutes} minutes (from 0, no limit, to {limit}).",
    "só um administrador muda {what}; seu papel: {role}.": "only an administrator changes {what}; your role: {role}.",
    # issue 9: a real office day (shift over, no signal, presence corrections, seats)
    "o turno de {name} terminou às {time} e ele(a) ainda não fez logout; quem passou do turno não recebe OCs "
    "novas: ofereça a outro técnico disponível.":
        "{name}'s shift ended at {time} and they have not logged out; someone past their shift gets no new OCs: "
        "offer it to another available technician.",
    "{name} está sem sinal: nenhuma janela do Pit Stop dele(a) responde desde {time} (há mais de {minutes} min); "
    "confirme se está no posto ou ofereça a outro técnico disponível.":
        "{name} has no signal: none of their Pit Stop windows has answered since {time} (over {minutes} min); "
        "check that they are at their desk or offer it to another available technician.",
    "um evento {event} de {login} às {time} deixaria o dia fora de ordem (login, almoço, volta, logout); confira "
    "os eventos já registrados nesse dia.":
        "a {event} event for {login} at {time} would put the day out of order (login, lunch, back, logout); check "
        "the events already recorded that day.",
    "uma correção registra o que já aconteceu; {time} ainda não chegou.":
        "a correction records what already happened; {time} has not come yet.",
    "informe o motivo da correção de presença.": "give the reason for the presence correction.",
    "identificador de estação inválido: '{seat}' (de 1 a {limit} letras sem acento, dígitos, ponto, - ou _)":
        "invalid seat id: '{seat}' (1 to {limit} unaccented letters, digits, dot, - or _)",
    "cada pessoa registra a própria presença; a de {login} só a gestão registra ou corrige. Seu papel: {role}.":
        "each person records their own presence; only management records or corrects {login}'s. Your role: "
        "{role}.",
    # issue 9: offers replaced, appointments ahead, cancelled and moved, the loose rules
    "a FAQ 7347 encerra só ligações complementares, e a OC {number} não é uma; encerre-a com o código FAQ do "
    "atendimento.":
        "FAQ 7347 closes complementary calls only, and OC {number} is not one; close it with the FAQ code of the "
        "service given.",
    "{tab} só recebe ligações registradas por quem trabalha na {site}; registre na aba do seu setor e peça à "
    "gestão (gestor, supervisor ou apoio) que a encaminhe.":
        "{tab} only takes calls registered by people of the {site}; register it in your own sector's tab and ask "
        "management (manager, supervisor or APOIO) to forward it.",
    "{name} não é técnico(a) e não recebe agendamentos; escolha um técnico da aba.":
        "{name} is not a technician and takes no appointments; choose a technician of the tab.",
    "{name} não atende a aba {tab}; agende com um técnico que atende essa aba.":
        "{name} does not serve the {tab} tab; book a technician who serves it.",
    "o agendamento da OC {number} com {name} começou às {time} e fica como registro; ele não é mais cancelado nem "
    "remarcado: encerre a OC ou encaminhe-a.":
        "OC {number}'s appointment with {name} began at {time} and stays as the record; it can no longer be "
        "cancelled or moved: close the OC or forward it.",
    "a OC {number} não tem agendamento": "OC {number} has no appointment",
    "a OC {number} já está oferecida a {name} ({login}) desde {time}; para oferecê-la a outra pessoa, confirme a "
    "troca: a oferta a {name} é retirada e fica registrada no histórico.":
        "OC {number} is already offered to {name} ({login}) since {time}; to offer it to someone else, confirm the "
        "change: the offer to {name} is withdrawn, and the history records it.",
    "a oferta da OC {number} foi retirada: {name} ({login}) ofereceu a OC a outra pessoa às {time}.":
        "the offer of OC {number} was withdrawn: {name} ({login}) offered the OC to someone else at {time}.",
    "passar o agendamento dela a outro técnico": "move its appointment to another technician",
    "desmarcada": "unbooked",
    "remarcada": "rescheduled",
    # issue 9: the week's roster
    "semana inválida: '{text}' (use AAAA-Www, ex.: 2026-W49)": "invalid week: '{text}' (use YYYY-Www, e.g. 2026-W49)",
    "informe o início e o fim do almoço, ou nenhum dos dois.": "give both the start and the end of lunch, or neither.",
    "o fim do almoço vem depois do início.": "lunch ends after it starts.",
    "informe o início e o fim do turno, ou nenhum dos dois para limpar o dia.":
        "give both the start and the end of the shift, or neither to clear the day.",
    "informe o login.": "give the login.",
    "a linha tem {count} campos; use {columns} (o almoço pode ficar vazio).":
        "the line has {count} fields; use {columns} (lunch may be empty).",
    "{login} em {day} já está na linha {line} deste arquivo; vale a primeira.":
        "{login} on {day} is already on line {line} of this file; the first one stands.",
    "o arquivo passa de {limit} linhas; divida-o em arquivos menores.":
        "the file has more than {limit} lines; split it into smaller files.",
    "a semana de origem e a de destino são a mesma ({week}); escolha outra semana.":
        "the source and target weeks are the same ({week}); choose another week.",
    "não há semana completa de {login} na escala nas {weeks} semanas antes de {week}; monte a escala à mão ou "
    "copie outra semana.":
        "there is no fully scheduled week of {login} in the {weeks} weeks before {week}; plan the schedule by hand "
        "or copy another week.",
    "só a gestão (gestor técnico, supervisor ou administrador) muda a escala; seu papel: {role}.":
        "only management (technical manager, supervisor or administrator) changes the schedule; your role: {role}.",
    # issue 8: the server guards the rules
    "o login '{login}' daria o login do banco {role}, que é um papel do próprio Pit Stop; escolha outro login.":
        "login '{login}' would make the database login {role}, which is one of Pit Stop's own roles; choose "
        "another login.",
    "o servidor recusou: {reason}": "the server refused: {reason}",
    "a senha precisa ter de {minimum} a {maximum} caracteres.":
        "a password has {minimum} to {maximum} characters.",
    "cada pessoa troca a própria senha; a de {login} só um administrador troca.":
        "each person changes their own password; only an administrator changes {login}'s.",
    "a OC {number} já tem um evento em {last}; uma ação não pode ser datada antes dele ({at}). Registre-a com "
    "uma hora posterior.":
        "OC {number} already has an event at {last}; an action cannot be dated before it ({at}). Record it with "
        "a later time.",
    "a OC {number} foi aberta em {opened}; ela não pode ser encerrada antes disso ({at}).":
        "OC {number} was opened at {opened}; it cannot be closed before that ({at}).",
    "o servidor não deixa o login {session} agir como {login}; entre com o login de {login} (só um "
    "administrador pode agir por outra pessoa).":
        "the server does not let login {session} act as {login}; sign in with {login}'s login (only an "
        "administrator may act for someone else).",
    "só um administrador pode datar uma ação; o servidor usa o relógio dele. Repita sem a hora.":
        "only an administrator may date an action; the server uses its own clock. Repeat it without the time.",
    # issue 8: database roles
    "os papéis do banco são do servidor do escritório (PostgreSQL); {url} é um arquivo SQLite, que não tem papéis "
    "nem logins.":
        "database roles belong to the office server (PostgreSQL); {url} is an SQLite file, which has no roles or "
        "logins.",
    "prefixo de papel inválido: '{prefix}'; use de 1 a 16 letras minúsculas, dígitos ou _, começando por uma letra "
    "(por exemplo ps_).":
        "invalid role prefix: '{prefix}'; use 1 to 16 lower-case letters, digits or _, starting with a letter "
        "(for example ps_).",
    "o login '{login}' é longo demais para virar um login do banco; com o prefixo deste servidor, use no máximo "
    "{limit} bytes.":
        "login '{login}' is too long to become a database login; with this server's prefix, use at most {limit} "
        "bytes.",
    # issue 8: demo reset confirmation, sign-in lockout
    "o banco {database} tem dados e não é um banco de demonstração; recomeçar a demonstração apagaria a equipe, "
    "as OCs e a auditoria. Só um administrador pode confirmar, com o nome do banco.":
        "database {database} holds data and is not a demo database; restarting the demo would delete its staff, "
        "OCs and audit trail. Only an administrator can confirm it, with the database's name.",
    "tentativas demais com senha errada: este login está bloqueado até {until}; tente de novo depois disso ou "
    "peça ajuda a um administrador.":
        "too many attempts with a wrong password: this login is locked until {until}; try again after that or "
        "ask an administrator for help.",
    # issue 8: outbox database identity, request ids, retries
    "o id de requisição {request_id} já registrou a OC {number}, de outra ligação; esta não foi registrada: use um "
    "id novo.":
        "request id {request_id} already registered OC {number}, for another call; this one was not registered: use "
        "a new id.",
    "esta ligação foi tomada para outro banco; este banco não a registra.":
        "this call was taken for another database; this database does not register it.",
    "guardada para outro banco ({server}); espera até esta janela abrir aquele banco.":
        "kept for another database ({server}); it waits until this window opens that database.",
    "tomada por {login}; espera {login} entrar para ser enviada em seu nome.":
        "taken by {login}; it waits for {login} to sign in to be sent in their name.",
    "guardada por uma versão anterior, sem dizer para qual banco; confira se a OC existe e registre de novo se "
    "preciso.":
        "kept by an earlier version, without saying for which database; check whether the OC exists and register "
        "it again if needed.",
    # issue 8: limits (domain/limits.py)
    "data fora do intervalo aceito: '{text}' (de {earliest} a {latest})":
        "date out of the accepted range: '{text}' ({earliest} to {latest})",
    "{subject} passa do limite de {limit} caracteres.": "{subject} is longer than the limit of {limit} characters.",
    "{subject} contém um caractere nulo (NUL), que o banco não aceita; digite o texto de novo.":
        "{subject} contains a null character (NUL), which the database does not accept; type the text again.",
    "login inválido: '{login}' (use de 2 a {limit} letras minúsculas sem acento, dígitos, ponto, hífen ou "
    "sublinhado, começando por letra ou dígito)":
        "invalid login: '{login}' (use 2 to {limit} lower-case letters without accents, digits, dot, hyphen or "
        "underscore, starting with a letter or digit)",
    "o login": "the login",
    "o nome": "the name",
    "o código do cliente": "the client code",
    "o nome do cliente": "the client's name",
    "o telefone": "the phone",
    "o código FAQ": "the FAQ code",
    "o id do pedido": "the request id",
    "o resumo": "the summary",
    "a observação": "the note",
    "o motivo": "the reason",
    # issue 8: an owned OC is handed on only by its owner or management
    "a OC {number} está com {name} ({login}); só quem a atende ou a gestão pode {task}.":
        "OC {number} is with {name} ({login}); only whoever works on it or management may {task}.",
    "encaminhá-la": "forward it",
    "pedir o escalonamento dela": "ask for its escalation",
    "enviá-la ao APOIO": "send it to APOIO",
    "oferecê-la a outra pessoa": "offer it to someone else",
    # issue 8: schema upgrades by an administrator, stalled seats
    "o banco {url} está no esquema {revision} e este Pit Stop usa o {head}: peça a um administrador que atualize "
    "o banco.":
        "the database {url} is at schema {revision} and this Pit Stop uses {head}: ask an administrator to upgrade "
        "the database.",
    "o banco {url} foi atualizado por um Pit Stop mais novo (esquema {revision}): este banco precisa do Pit Stop "
    "{needs} ou mais novo; instale-o.":
        "the database {url} was upgraded by a newer Pit Stop (schema {revision}): this database needs Pit Stop "
        "{needs} or newer; install it.",
    "o banco {url} foi atualizado por um Pit Stop mais novo (esquema {revision}): instale a versão mais recente "
    "do Pit Stop.":
        "the database {url} was upgraded by a newer Pit Stop (schema {revision}): install the latest Pit Stop.",
    "a ligação com o banco caiu no meio da gravação ({reason}); ela pode ter sido salva ou não. Confira antes de "
    "seguir: repetir a mesma ação é seguro, ela não é feita duas vezes.":
        "the connection to the database dropped in the middle of saving ({reason}); it may or may not have been "
        "saved. Check before going on: repeating the same action is safe, it is not done twice.",
    "o banco está ocupado: outra estação segura o mesmo registro há mais de {seconds} s; nada foi gravado, tente "
    "de novo em instantes.":
        "the database is busy: another seat has held the same record for more than {seconds} s; nothing was "
        "saved, try again in a moment.",
    "aguardando o banco…": "waiting for the database…",
    "a OC {number} já está encerrada; registre a ligação como uma nova OC sem vínculo (R1).":
        "OC {number} is already closed; register the call as a new OC without a link (R1).",
    "a OC {number} é de outro cliente; a ligação complementar se vincula a uma OC aberta do mesmo cliente.":
        "OC {number} belongs to another customer; a complementary call is linked to an open OC of the same customer.",
    "a OC já está na aba {tab}; escolha outra aba.": "the OC is already in {tab}; choose another tab.",
    "{tab} só aceita OCs do canal {required_channel}; esta é do canal {channel}.":
        "{tab} only takes OCs from the {required_channel} channel; this one came by {channel}.",
    "{tab} não aceita OCs do tipo {kind}; escolha outra aba.":
        "{tab} does not take OCs of type {kind}; choose another tab.",
    "{tab} atende demandas de baixa prioridade e não aceita SLA {sla}; escolha uma aba N1 de atendimento rápido.":
        "{tab} handles low-priority requests and does not take SLA {sla}; choose a fast-service N1 tab.",
    "{tab} não recebe OCs de outros setores, a menos que a gestão encaminhe (gestor, supervisor ou apoio); peça a um "
    "deles. Seu papel: {role}.":
        "{tab} does not take OCs from other sectors unless management forwards them (manager, supervisor or APOIO); "
        "ask one of them. Your role: {role}.",
    "{name} não atende a aba {tab}; ofereça a quem atende essa aba.":
        "{name} does not work {tab}; offer it to someone who works that tab.",
    "{name} não está logado(a); verifique o horário de login e ofereça a outro técnico disponível.":
        "{name} is not logged in; check the login time and offer it to another available technician.",
    "{name} está no almoço; ofereça a outro técnico disponível ou aguarde a volta.":
        "{name} is at lunch; offer it to another available technician or wait until they are back.",
    "a OC {number} não está oferecida a ninguém; ela precisa ser oferecida a você antes de {task}.":
        "OC {number} is not offered to anyone; it must be offered to you before you can {task} it.",
    "a OC {number} já está na fila do APOIO; aguarde um APOIO assumir.":
        "OC {number} is already in the APOIO queue; wait for someone from APOIO to claim it.",
    "{tab} só recebe OCs depois que um gestor aprova o escalonamento; peça o escalonamento.":
        "{tab} only takes OCs after a manager approves the escalation; request the escalation.",
    "N2 só recebe OCs encaminhadas pelo APOIO depois de um escalonamento aprovado; peça o escalonamento.":
        "N2 only takes OCs forwarded by APOIO after an approved escalation; request the escalation.",
    "a OC {number} aguarda a validação de um gestor e não pode ser {action} agora; aguarde a decisão.":
        "OC {number} is waiting for a manager's decision and cannot be {action} now; wait for the decision.",
    "a OC {number} já aguarda a validação de um gestor; aguarde a decisão.":
        "OC {number} is already waiting for a manager's decision; wait for it.",
    "a OC {number} já está na aba {target}.": "OC {number} is already in {target}.",
    "a OC {number} já está no N2; não volta para Especialistas por escalonamento.":
        "OC {number} is already in N2; it does not go back to Especialistas by escalation.",
    "o escalonamento exige um motivo.": "an escalation needs a reason.",
    "a OC {number} não tem escalonamento aprovado para {tab}; peça a validação de um gestor.":
        "OC {number} has no approved escalation to {tab}; ask a manager to approve one.",
    "quem pediu o escalonamento não pode decidir sobre ele; peça a outro gestor.":
        "whoever requested the escalation cannot decide on it; ask another manager.",
    "o escalonamento {id} já foi decidido ({escalation_status}).":
        "escalation {id} has already been decided ({escalation_status}).",
    "o escalonamento {id} já foi decidido ({escalation_status}) por {name} ({login}).":
        "escalation {id} has already been decided ({escalation_status}) by {name} ({login}).",
    "a OC {number} já está com {name} ({login}).": "OC {number} is already with {name} ({login}).",
    "a OC {number} já tem responsável.": "OC {number} already has an owner.",
    "a OC {number} já está com {name} ({login}); encaminhe ou encerre antes de oferecer de novo.":
        "OC {number} is already with {name} ({login}); forward or close it before offering it again.",
    "a OC {number} já foi assumida por {name} ({login}).": "OC {number} has already been taken by {name} ({login}).",
    "a OC {number} já foi assumida por {name} ({login}) às {time}.":
        "OC {number} was already claimed by {name} ({login}) at {time}.",
    "a OC {number} já saiu da fila do APOIO.": "OC {number} has already left the APOIO queue.",
    "a OC {number} foi alterada agora há pouco por outra pessoa; atualize e tente de novo.":
        "OC {number} was changed a moment ago by someone else; refresh and try again.",
    "a OC {number} foi alterada agora há pouco por {login} ({change}); atualize e tente de novo.":
        "OC {number} was changed a moment ago by {login} ({change}); refresh and try again.",
    "{time} não é um horário livre de {name}; escolha um horário livre.":
        "{time} is not a free slot of {name}; choose a free slot.",
    "o horário acabou de ser reservado por outra pessoa; escolha outro.":
        "the slot was just booked by someone else; choose another one.",
    "o horário das {time} já foi reservado por {name} ({login}) na OC {number}; escolha outro horário.":
        "the {time} slot was already booked by {name} ({login}) on OC {number}; choose another slot.",
    "a OC {number} está encerrada e não pode ser {action}; uma nova ligação gera uma nova OC (R1).":
        "OC {number} is closed and cannot be {action}; a new call makes a new OC (R1).",
    "encerrar exige um código FAQ; informe o código FAQ.": "closing needs a FAQ code; enter the FAQ code.",
    "código FAQ inválido: '{faq}' (use só números, ex.: 7347)": "invalid FAQ code: '{faq}' (digits only, e.g. 7347)",
    "canal desconhecido: '{value}'": "unknown channel: '{value}'",
    "tipo desconhecido: '{value}'": "unknown type: '{value}'",
    "status desconhecido: '{value}'": "unknown status: '{value}'",
    "classe de SLA desconhecida: '{value}'": "unknown SLA class: '{value}'",
    "destino de escalonamento inválido: '{value}'": "invalid escalation target: '{value}'",
    "motivo inválido: '{value}'": "invalid reason: '{value}'",
    "o resumo da ligação está vazio; descreva o contato.": "the call summary is empty; describe the contact.",
    "o resumo passa de {max} caracteres.": "the summary is longer than {max} characters.",
    "um agendamento precisa de horário e técnico juntos.": "an appointment needs a slot and a technician together.",
    "{login} não atende nenhuma aba; informe a aba.": "{login} works no tab; choose the tab.",
    "informe a OC ou a aba para listar quem pode recebê-la.": "give the OC or the tab to list who can take it.",
    "informe o motivo da rejeição.": "give the reason for the rejection.",
    "informe o motivo da recusa.": "give the reason for refusing.",
    "informe o motivo para acionar o APOIO.": "give the reason for calling APOIO.",
    "a OC {number} já está no APOIO N1; escolha a aba de destino.":
        "OC {number} is already in APOIO N1; choose the destination tab.",
    "informe login e nome.": "enter the login and the name.",
    "papel ou local inválido: '{given_role}'/'{given_site}'": "invalid role or site: '{given_role}'/'{given_site}'",
    "informe código e nome do cliente.": "enter the customer's code and name.",
    "o fim do turno vem depois do início.": "the shift must end after it starts.",
    "o almoço precisa ficar dentro do turno.": "lunch must be within the shift.",
    "evento de presença inválido: '{event}'": "invalid presence event: '{event}'",
    "{login} está {state}; o evento {event} não cabe agora.": "{login} is {state}; the event {event} does not fit now.",
    "o horário agendado sem fuso horário; use um horário com fuso.":
        "the appointment time has no time zone; use a time with a zone.",
    "o horário da ligação sem fuso horário; use um horário com fuso.":
        "the call time has no time zone; use a time with a zone.",
    "a duração do horário de agendamento precisa ser positiva (recebido {minutes}).":
        "the appointment slot length must be positive (got {minutes}).",
    "hora inválida: '{text}' (use ISO-8601, ex.: 2026-11-24T09:30-03:00)":
        "invalid time: '{text}' (use ISO-8601, e.g. 2026-11-24T09:30-03:00)",
    "data inválida: '{text}' (use AAAA-MM-DD)": "invalid date: '{text}' (use YYYY-MM-DD)",
    "horário inválido: '{text}' (use HH:MM)": "invalid time of day: '{text}' (use HH:MM)",
    "intervalo inválido: '{text}' (use HH:MM-HH:MM)": "invalid range: '{text}' (use HH:MM-HH:MM)",
    "intervalo inválido: '{text}' (o fim vem depois do início)":
        "invalid range: '{text}' (the end comes after the start)",
    "URL de banco inválida: '{url}' (ex.: sqlite:///C:/pitstop.db ou postgresql://usuario@servidor/pitstop)":
        "invalid database URL: '{url}' (e.g. sqlite:///C:/pitstop.db or postgresql://user@server/pitstop)",
    "banco não suportado: {driver} (use sqlite:/// ou postgresql://)":
        "unsupported database: {driver} (use sqlite:/// or postgresql://)",
    "o arquivo SQLite {path} está numa pasta de rede; o SQLite não funciona com segurança em compartilhamentos de "
    "rede. Use uma pasta local ou um servidor PostgreSQL.":
        "the SQLite file {path} is in a network folder; SQLite is not safe on network shares. Use a local folder or "
        "a PostgreSQL server.",
    "o calendário não tem dia útil no último ano; confira os dias de trabalho.":
        "the calendar has no working day in the last year; check the working days.",
    "{day} não é dia útil no calendário (fim de semana); escolha um dia útil, por exemplo {previous}.":
        "{day} is not a working day in the calendar (weekend); choose a working day, for example {previous}.",
    "{day} não é dia útil no calendário (feriado: {holiday}); escolha um dia útil, por exemplo {previous}.":
        "{day} is not a working day in the calendar (holiday: {holiday}); choose a working day, for example "
        "{previous}.",
    "{day} não é dia útil no calendário (fechado no calendário); escolha um dia útil, por exemplo {previous}.":
        "{day} is not a working day in the calendar (closed in the calendar); choose a working day, for example "
        "{previous}.",
    "pessoa desconhecida: '{login}'": "unknown person: '{login}'",
    "cliente desconhecido: '{code}'": "unknown customer: '{code}'",
    "aba desconhecida: '{code}'": "unknown tab: '{code}'",
    "OC {number} não existe": "OC {number} does not exist",
    "escalonamento {id} não existe": "escalation {id} does not exist",
    "o banco não tem calendário; atualize o banco.": "the database has no calendar; upgrade the database.",
    "{login} não está na escala de {day}.": "{login} is not on the roster on {day}.",
    "a OC {number} não está na fila do APOIO": "OC {number} is not in the APOIO queue",
    "a fila do APOIO não tem itens livres": "the APOIO queue has no free items",
    "o login '{login}' já existe.": "the login '{login}' already exists.",
    "o cliente '{code}' já existe.": "the customer '{code}' already exists.",
    "o banco já tem dados; apague-os antes de carregar a demonstração":
        "the database already has data; clear it before loading the demo",
    "só um gestor técnico aprova ou rejeita escalonamentos; seu papel: {role}.":
        "only a technical manager approves or rejects escalations; your role: {role}.",
    "só o APOIO da gestão (Zenaide, Fernanda, Janne) pode {task}; seu papel: {role}.":
        "only management's APOIO (Zenaide, Fernanda, Janne) can {task}; your role: {role}.",
    "a OC {number} está na fila do APOIO; quem a encaminha é o APOIO da gestão.":
        "OC {number} is in the APOIO queue; management's APOIO forwards it.",
    "a OC {number} está com {name}; só quem a atende ou a gestão pode encerrá-la.":
        "OC {number} is with {name}; only whoever works on it or management can close it.",
    "a OC {number} foi oferecida a {name}, não a você.": "OC {number} was offered to {name}, not to you.",
    "login ou senha incorretos.": "wrong login or password.",
    "entrar sem senha só é possível no banco de demonstração; entre com login e senha.":
        "signing in without a password only works on the demo database; sign in with your login and password.",
    "não foi possível abrir o banco {url}: {reason}": "could not open the database {url}: {reason}",
    "o banco não respondeu a tempo ({step})": "the database did not answer in time ({step})",
    "não foi possível abrir a caixa de saída local {path}: {reason}":
        "could not open the local outbox {path}: {reason}",
    "a caixa de saída local {path} foi criada por uma versão mais nova do Pit Stop (formato {version}); atualize o "
    "programa.":
        "the local outbox {path} was created by a newer version of Pit Stop (format {version}); update the program.",
    "a caixa de saída local já foi fechada.": "the local outbox is already closed.",
    "não foi possível gravar na caixa de saída local {path}: {reason}":
        "could not write to the local outbox {path}: {reason}",
    "não foi possível ler a caixa de saída local {path}: {reason}": "could not read the local outbox {path}: {reason}",
    "agendar precisa do servidor ao vivo: só o banco garante o horário, e ele não responde agora ({reason}). Tente "
    "de novo quando a conexão voltar, ou tire o horário («Sem horário») para guardar a ligação na caixa de saída.":
        "booking needs the live server: only the database can guarantee the slot, and it is not responding right "
        "now ({reason}). Try again when the connection is back, or remove the slot (“No slot”) to keep the call in "
        "the outbox.",
    "o banco não respondeu.": "the database did not answer.",
    "a ligação NÃO foi salva: o banco não responde ({reason}) e a caixa de saída local falhou ({problem}).":
        "the call was NOT saved: the database does not answer ({reason}) and the local outbox failed ({problem}).",
    "escalonada": "escalated",
    "encerrada de novo": "closed again",
    "assumida": "claimed",
    "aceitar": "accept",
    "recusar": "refuse",
    "assumir itens da fila do APOIO": "claim items from the APOIO queue",
    "encaminhar itens do APOIO": "forward APOIO items",
    "política de SLA": "SLA policy",
    "equipe": "staff",
    # issue 11 — signing in (Windows sign-in, services/accounts.py)
    "a entrada com a conta do Windows não está habilitada neste computador: ela só vale no servidor do escritório, "
    "com um login de banco para cada pessoa. Entre com login e senha.":
        "signing in with the Windows account is not enabled on this computer: it only works on the office server, "
        "with a database login for each person. Sign in with login and password.",
    "o servidor não aceitou a conta do Windows deste computador como {login}. Entre com login e senha, ou peça a um "
    "administrador para liberar a entrada pelo Windows no servidor.":
        "the server did not accept this computer's Windows account as {login}. Sign in with login and password, or "
        "ask an administrator to allow Windows sign-in on the server.",
    "não foi possível saber a conta do Windows deste computador; digite o seu login.":
        "could not tell this computer's Windows account; type your login.",
    # issue 11 — seat config (domain/refusals.py: the settings file's problems and what each setting takes)
    "o arquivo de configuração {path} não pôde ser lido (linha {line}, coluna {column}: {reason}); valem as "
    "configurações padrão.":
        "the settings file {path} could not be read (line {line}, column {column}: {reason}); the default settings "
        "stand.",
    "o arquivo de configuração {path} não pôde ser aberto ({reason}); valem as configurações padrão.":
        "the settings file {path} could not be opened ({reason}); the default settings stand.",
    "{path}, linha {line}: {key} não é uma configuração do Pit Stop e foi ignorada.":
        "{path}, line {line}: {key} is not a Pit Stop setting and was ignored.",
    "{path}, linha {line}: {key} = {value} não serve ({expected}); vale o padrão, {default}.":
        "{path}, line {line}: {key} = {value} does not fit ({expected}); the default stands, {default}.",
    "configuração desconhecida: '{key}'; as configurações são: {known}.":
        "unknown setting: '{key}'; the settings are: {known}.",
    "'{value}' não serve para {key}: use {expected}.": "'{value}' does not fit {key}: use {expected}.",
    "pt_BR ou en": "pt_BR or en",
    "true ou false": "true or false",
    "sqlite ou postgres": "sqlite or postgres",
    "o caminho de um arquivo": "a file's path",
    "o nome ou o endereço do servidor, sem espaços": "the server's name or address, without spaces",
    "um número de 1 a 65535": "a number from 1 to 65535",
    "um nome de banco de 1 a 63 caracteres": "a database name of 1 to 63 characters",
    "um login de até 63 caracteres, ou nada": "a login of up to 63 characters, or nothing",
    "0 (automático) ou o número do monitor, até 16": "0 (automatic) or the monitor's number, up to 16",
    "0 (as que couberem) ou um número até 50": "0 (as many as fit) or a number up to 50",
    # consulting-services — refusals of contacts, tasks, the work plan and rooms (domain/refusals.py)
    "{name} ({code}) não é cliente da consultoria: transfira para a URA e explique o procedimento (processo da "
    "consultoria 1.1.2); nenhum contato foi registrado.":
        "{name} ({code}) is not a consulting client: transfer to the IVR and explain the procedure (consulting "
        "process 1.1.2); no contact was recorded.",
    "a OC {number} não é do cliente {code}; informe um protocolo deste cliente.":
        "OC {number} is not client {code}'s; give a protocol of this client.",
    "{name} já tem o contato {id} ({code}) em andamento desde {since}; encerre-o primeiro (regra 2 da equipe: um "
    "contato por vez, encerrado na hora em que termina).":
        "{name} already has contact {id} ({code}) running since {since}; stop it first (team rule 2: one contact "
        "at a time, stopped when it ends).",
    "o contato {id} está {contact_status}; isso não se faz com ele agora.":
        "contact {id} is {contact_status}; that cannot be done with it now.",
    "o contato {id} não é um Skype em espera («um momento»); agende a conferência como um novo contato.":
        "contact {id} is not a waiting Skype contact («one moment»); schedule the conference as a new contact.",
    "{name} já tem a tarefa {id} ({title}) em andamento desde {since}; encerre-a primeiro (regra 1 da equipe: uma "
    "tarefa por vez).":
        "{name} already has task {id} ({title}) running since {since}; stop it first (team rule 1: one task at a "
        "time).",
    "a tarefa {id} está {task_status}; isso não se faz com ela agora.":
        "task {id} is {task_status}; that cannot be done with it now.",
    "a reserva {id} já começou ({start}) e fica como registro; não pode ser cancelada.":
        "booking {id} has already begun ({start}) and stays as the record; it cannot be cancelled.",
    "tempo inválido: '{value}'; escreva como 6h, 90min, 1h30 ou em minutos.":
        "invalid time: '{value}'; write it as 6h, 90min, 1h30 or in minutes.",
    "{minutes} minutos não cabem numa semana (de 0, que tira a linha, a {limit}).":
        "{minutes} minutes do not fit in a week (from 0, which removes the line, to {limit}).",
    "tipo de tarefa desconhecido: '{value}'": "unknown task type: '{value}'",
    "'{value}' não é um desfecho de contato agendado: use done, missed ou cancelled.":
        "'{value}' is not an outcome of a scheduled contact: use done, missed or cancelled.",
    "informe o início e o fim.": "give the start and the end.",
    "o horário {time} não diz o fuso horário; informe-o com o fuso.":
        "the time {time} has no time zone; give it with its zone.",
    "endereço de e-mail inválido: '{value}'": "invalid e-mail address: '{value}'",
    "informe o nome de quem entrou em contato.": "give the name of who got in touch.",
    "informe código e nome da sala.": "give the room's code and name.",
    "contato {id} não existe": "contact {id} does not exist",
    "tarefa {id} não existe": "task {id} does not exist",
    "sala desconhecida: '{code}' (as salas: {known})": "unknown room: '{code}' (the rooms: {known})",
    "reserva de sala {id} não existe": "room booking {id} does not exist",
    "o e-mail da Consultoria, que vai em cópia em toda resposta, não está configurado; peça à gestão para "
    "configurá-lo.":
        "the Consultoria mailbox, copied on every reply, is not set; ask management to set it.",
    "{name} já é contato do cliente {code}.": "{name} is already a contact of client {code}.",
    "a sala '{code}' já existe.": "room '{code}' already exists.",
    "{room} já está reservada por {name} ({login}) de {start} a {end} ({title}); escolha outro horário ou "
    "outra sala.":
        "{room} is already booked by {name} ({login}) from {start} to {end} ({title}); choose another time or "
        "another room.",
    "{room} acabou de ser reservada por outra pessoa nesse horário; escolha outro.":
        "{room} was just booked by someone else at that time; choose another.",
    "o contato {id} foi alterado por outra pessoa enquanto isso; confira como ficou e tente de novo.":
        "contact {id} was changed by someone else meanwhile; see how it is now and try again.",
    "a tarefa {id} foi alterada por outra pessoa enquanto isso; confira como ficou e tente de novo.":
        "task {id} was changed by someone else meanwhile; see how it is now and try again.",
    "cada pessoa registra os próprios contatos e tarefas; os de {login} são dele(a) ou da gestão; seu papel: {role}.":
        "each person records their own contacts and tasks; {login}'s are theirs or management's; your role: {role}.",
    "só a gestão (gestor técnico, supervisor ou administrador) define o plano de trabalho, as salas, o consultor de "
    "um cliente e o e-mail da Consultoria; seu papel: {role}.":
        "only management (technical manager, supervisor or administrator) sets the work plan, the rooms, a client's "
        "consultant and the Consultoria mailbox; your role: {role}.",
    "{login} está desativado(a) e não registra contatos nem tarefas.":
        "{login} is disabled and records no contacts or tasks.",
    "o e-mail": "the e-mail",
    "o Skype": "the Skype name",
    "o código da sala": "the room's code",
    # weekly-report: the weekly report's exports
    "o relatório em PDF não está disponível nesta instalação; exporte em XLSX ou CSV.":
        "the PDF report is not available in this installation; export it as XLSX or CSV.",
    # consulting-meetings — the work plan's cells in hours
    "tempo inválido: '{value}'; escreva em horas (6, 1:30 ou 1,5) ou com a unidade (6h, 90min).":
        "invalid time: '{value}'; write it in hours (6, 1:30 or 1.5) or with the unit (6h, 90min).",
}
# Words of domain/vocabulary.py (context "pitstop") that no window had used before lupdate started scanning it.
VOCABULARY_EN: dict[str, str | tuple[str, ...]] = {
    # issue 9: the desk's signals on an OC (domain/signals.py)
    "sem resposta": "no answer",
    "demora excessiva em linha": "waiting too long in line",
    "técnico encerrou o dia": "technician left for the day",
    "técnico sem sinal": "technician has no signal",
    # issue 9: why someone cannot take an OC now (the picker's and the timeline's states)
    "turno encerrado": "shift over",
    "sem sinal": "no signal",
    # issue 8: an owned OC is handed on only by its owner or management
    "horário liberado (FAQ 7037)": "slot freed (FAQ 7037)",
    # issue 9: offers replaced, appointments cancelled and moved, the sites
    "agendamento cancelado (FAQ 7037)": "appointment cancelled (FAQ 7037)",
    "agendamento remarcado (FAQ 7037)": "appointment moved (FAQ 7037)",
    "oferta retirada": "offer withdrawn",
    "Matriz": "head office",
    "filial": "branch",
    "IS": "IS",
    "Urgente": "Urgent",
    "2 horas": "2 hours",
    "4 horas": "4 hours",
    "24 horas": "24 hours",
    "72 horas": "72 hours",
    "10 dias": "10 days",
    "ninguém respondeu": "nobody answered",
    # the manager's decision in the OC window (views/escalation_decision.py)
    "Decisão do gestor": "Manager's decision",
    "No&ta ou motivo:": "No&te or reason:",
    "nota da aprovação (opcional) ou motivo da rejeição (obrigatório)":
        "approval note (optional) or rejection reason (required)",
    "Apro&var": "Appro&ve",
    "Re&jeitar": "Re&ject",
    "Escalonamento da OC %1 para N2 aprovado; a OC segue pelo APOIO N1 (R7).":
        "Escalation of OC %1 to N2 approved; the OC goes through APOIO N1 (R7).",
    "Escalonamento da OC %1 para Especialistas aprovado; a OC vai para Especialistas (R6).":
        "Escalation of OC %1 to Especialistas approved; the OC goes to Especialistas (R6).",
    "Informe o motivo da rejeição no campo «Nota ou motivo»; ele fica no histórico da OC (R6).":
        "Give the reason for the rejection in «Note or reason»; it stays in the OC's history (R6).",
    "Escalonamento da OC %1 rejeitado; a OC continua onde estava.":
        "Escalation of OC %1 rejected; the OC stays where it was.",
    "{name} (carregando…)": "{name} (loading…)",
    # the wallboard's queues line
    "%1 aprovação(ões) pendente(s)  ·  APOIO: %2 na fila, %3 livre(s)":
        "%1 approval(s) pending  ·  APOIO: %2 in the queue, %3 free",
    # issue 12 — the consulting team's words (domain/vocabulary.py, domain/refusals.py)
    "semana inválida: '{value}'; escreva a semana ISO como 2026-W47.":
        "invalid week: '{value}'; write the ISO week as 2026-W47.",
    "o fim ({end}) precisa vir depois do início ({start}).": "the end ({end}) must come after the start ({start}).",
    "as salas são reservadas em blocos de {minutes} min; {time} não começa um bloco.":
        "rooms are booked in blocks of {minutes} min; {time} does not start a block.",
    "reunião": "meeting",
    "conferência": "conference",
    "agendado": "scheduled",
    "em andamento": "running",
    "realizado": "done",
    "não realizado": "missed",
    "planejada": "planned",
    "concluída": "done",
    "cancelada": "cancelled",
    "GIN - Gerência de Incidente": "GIN - Incident management",
    "AS-Monitoramento At. Suporte": "AS - Support monitoring",
    "AC-Manutenção At. Consultoria": "AC - Consulting maintenance",
    "AC-Realizar pós Consultoria": "AC - Post-consulting",
    "AT-Realizar Conferência": "AT - Conference",
    "DR-Documentar": "DR - Document",
    "DR-Revisar": "DR - Review",
    "RE-Participar Reunião": "RE - Meeting",
    "AC-Gravar Vídeo": "AC - Record video",
    "Base de Conhecimento": "Knowledge base",
    "AC-Identificar Bug": "AC - Identify bug",
    "AC-Entregar Solicitação": "AC - Deliver request",
    "ATI": "ATI",
    "Teste": "Test",
    "Análise": "Analysis",
    "Responder e-mail": "Reply to e-mail",
    "Enviar documento para aprovação": "Send document for approval",
    "Cobrar aprovação": "Chase approval",
    "Encerrar atendimento": "Close the attendance",
    "Comunicar conclusão": "Communicate conclusion",
    "AT-Verificar E-mail": "AT - Check e-mail",
    "AT-Atender Skype": "AT - Skype duty",
    # weekly-report: the ten points of the weekly report (domain/vocabulary.py WEEKLY_REPORT_SECTIONS)
    "1. Tempo executado por tarefa": "1. Time executed per task",
    "2. Contatos agendados e acionados": "2. Contacts scheduled and triggered",
    "3. Horas agendadas × realizadas": "3. Hours scheduled × realized",
    "4. Plano de trabalho atendido": "4. Work plan met",
    "5. Plano de trabalho da próxima semana": "5. Next week's work plan",
    "6. Tarefas agendadas da próxima semana": "6. Next week's scheduled tasks",
    "7. Demanda × capacidade": "7. Demand × capacity",
    "8. ANS: concluídas no prazo": "8. SLA compliance: concluded on time",
    "9. Evolução do atendimento": "9. Evolution of the service",
    "10. Comunicar conclusão": "10. Communicate conclusion",
    # report-window: the weekly management report's window, charts and PDF (issue 12)
    "Equipe": "Team",
    "Horas executadas por tipo de tarefa": "Hours executed per task type",
    "Tarefas": "Tasks",
    "Tempo executado": "Time executed",
    "Tipo de tarefa": "Task type",
    "Gerar relatório das tarefas visando tempo em que a tarefa foi executada na semana anterior.":
        "Report the tasks by the time they were executed in the previous week.",
    "Nenhuma tarefa encerrada nesta semana.": "No task was finished this week.",
    "Agendados realizados": "Scheduled, done",
    "Acionados": "Triggered",
    "Não realizados": "Missed",
    "Cancelados": "Cancelled",
    "Contatos por pessoa": "Contacts per person",
    "Tempo em contatos": "Time in contacts",
    "Gerar relatório dos contatos tanto agendados com status realizado e contato acionados.":
        "Report the contacts, both the scheduled ones that were done and the triggered ones.",
    "Nenhum contato nesta semana.": "No contact this week.",
    "Horas agendadas × realizadas por pessoa": "Hours scheduled × realized per person",
    "Agendadas": "Scheduled",
    "Realizadas": "Realized",
    "Diferença": "Difference",
    "Realizado": "Realized",
    "Confrontar as horas agendadas na semana anterior com as realizadas.":
        "Compare the hours scheduled in the previous week with the hours realized.",
    "Nada agendado nem realizado nesta semana.": "Nothing scheduled or realized this week.",
    "Plano de trabalho": "Work plan",
    "Atendeu": "Met",
    "Plano": "Plan",
    "não": "no",
    "sim": "yes",
    "Plano de trabalho × realizado (equipe)": "Work plan × realized (team)",
    "Itens do plano atendidos": "Plan lines met",
    "Identificar se as horas elencadas no plano de trabalho atendeu.":
        "Find out whether the work plan's hours were met.",
    "Sem plano de trabalho para esta semana.": "No work plan for this week.",
    "Agendado": "Scheduled",
    "Falta agendar": "Left to schedule",
    "Plano de trabalho × agendado (equipe)": "Work plan × scheduled (team)",
    "Agendar todas as tarefas da semana separado conforme o tempo do plano de trabalho.":
        "Schedule all the week's tasks, split as the work plan's time says.",
    "Semana %1.": "Week %1.",
    "Sem plano de trabalho para a próxima semana.": "No work plan for next week.",
    "Dia": "Day",
    "Protocolo": "Protocol",
    "Tarefa": "Task",
    "Gerar relatório dos agendamentos das tarefas da semana.": "Report the week's scheduled tasks.",
    "Nenhuma tarefa agendada para a próxima semana.": "No task scheduled for next week.",
    "Capacidade": "Capacity",
    "Demanda": "Demand",
    "Demanda × capacidade (horas)": "Demand × capacity (hours)",
    "Horas": "Hours",
    "OCs que chegaram": "OCs that came in",
    "OCs concluídas": "OCs concluded",
    "Horas de demanda": "Hours of demand",
    "Capacidade (escala menos almoço)": "Capacity (roster minus lunch)",
    "Demanda / capacidade": "Demand / capacity",
    "OCs abertas no fim da semana": "OCs open at the week's end",
    "Dias para zerar o acumulado": "Days to clear the backlog",
    "Indicador": "Indicator",
    "Valor": "Value",
    "Medir demanda versus capacidade.": "Measure demand against capacity.",
    "ANS por aba": "SLA per tab",
    "ANS por classe de SLA": "SLA per SLA class",
    "ANS": "SLA",
    "Classe": "Class",
    "ANS da semana": "The week's SLA",
    "Meta": "Target",
    "Classe ou aba": "Class or tab",
    "Concluídas": "Concluded",
    "No prazo": "On time",
    "Por": "By",
    "Gerar indicador da ANS. (Atendimentos concluídos no prazo)":
        "Produce the SLA indicator (attendances concluded on time).",
    "Nenhuma OC concluída nesta semana.": "No OC was concluded this week.",
    "Volume: OCs abertas e concluídas": "Volume: OCs opened and concluded",
    "Abertas": "Opened",
    "ANS (%)": "SLA (%)",
    "Tempo médio para resolver (horas)": "Mean time to resolve (hours)",
    "Tempo médio": "Mean time",
    "OCs abertas": "OCs opened",
    "Segunda-feira": "Monday",
    "Semana": "Week",
    "Tempo médio para resolver": "Mean time to resolve",
    "Gerar indicador de evolução do atendimento.": "Produce the evolution indicator of the attendance.",
    "Sem semanas anteriores para comparar.": "No earlier weeks to compare with.",
    "Comunicar conclusão: tempo por pessoa": "Communicate conclusion: time per person",
    "%1 tarefa(s)": "%1 task(s)",
    "Quantidade": "Count",
    "Tarefas Comunicar conclusão": "Communicate conclusion tasks",
    "Tempo total": "Total time",
    "Apresentar números de tarefas de acompanhamento do Suporte. (Quantidade e tempo das tarefas comunicar conclusão)":
        "Present the figures of Support's follow-up tasks (count and time of the communicate conclusion tasks).",
    "Nenhuma tarefa Comunicar conclusão nesta semana.": "No Communicate conclusion task this week.",
    "Relatório semanal da gerência %1": "Weekly management report %1",
    "Relatório semanal da gerência · %1": "Weekly management report · %1",
    "Página %1 de %2": "Page %1 of %2",
    "Relatório semanal da gerência": "Weekly management report",
    "Semana %1: %2 a %3 · planejamento da semana %4": "Week %1: %2 to %3 · planning week %4",
    "Gerado em %1": "Generated on %1",
    "Relatório semanal da gerência — Pit Stop": "Weekly management report — Pit Stop",
    "&Semana": "&Week",
    "Semana ISO, como 2026-W47; Enter mostra o relatório dela.":
        "ISO week, such as 2026-W47; Enter shows its report.",
    "Exportar &CSV…": "Export &CSV…",
    "Exportar &XLSX…": "Export &XLSX…",
    "Exportar &PDF…": "Export &PDF…",
    "Abrir a pasta": "Open the folder",
    "Pontos do relatório": "The report's points",
    "%1 a %2": "%1 to %2",
    "Calculando o relatório da semana %1…": "Computing the report of week %1…",
    "Cancelando…": "Cancelling…",
    "Relatório cancelado.": "Report cancelled.",
    "Relatório semanal da gerência %1 — Pit Stop": "Weekly management report %1 — Pit Stop",
    "gerado em %1": "generated on %1",
    "Salvo em %1": "Saved to %1",
    "Não foi possível gravar o arquivo: %1": "Could not write the file: %1",
    "CSV (*.csv)": "CSV (*.csv)",
    "Planilha do Excel (*.xlsx)": "Excel workbook (*.xlsx)",
    "PDF (*.pdf)": "PDF (*.pdf)",
    "Salvar o relatório semanal": "Save the weekly report",
    "&Relatórios": "&Reports",
    "Relatório semanal da gerência…": "Weekly management report…",
    # consulting-week: Agenda da consultoria (views/consulting/, models/consulting_palette.py, the Consultoria menu)
    "Agenda da consultoria — Pit Stop": "Consulting agenda — Pit Stop",
    "&Nova tarefa…": "&New task…",
    "&Tipos de tarefa (arraste para a semana)": "&Task types (drag onto the week)",
    "Tipos de tarefa": "Task types",
    "Equipe: %1 h agendadas de %2 h planejadas": "Team: %1 h scheduled of %2 h planned",
    "Contato encerrado às %1 (%2).": "Contact ended at %1 (%2).",
    "Tarefa %1 concluída às %2.": "Task %1 done at %2.",
    "E-mail registrado como contato com %1; o programa de e-mail foi aberto.":
        "E-mail recorded as a contact with %1; the mail program was opened.",
    "%1 espera um momento: 10 minutos a partir de agora.": "%1 is waiting a moment: 10 minutes from now.",
    "Contato com %1 iniciado às %2.": "Contact with %1 started at %2.",
    "Tarefa %1 iniciada às %2.": "Task %1 started at %2.",
    "%1 agendada para %2, %3.": "%1 scheduled for %2, %3.",
    "%1 passou para %2, %3.": "%1 moved to %2, %3.",
    "Conferência com %1 agendada para %2.": "Conference with %1 scheduled for %2.",
    "Iniciar agora": "Start now",
    "Cancelar tarefa": "Cancel task",
    "Tarefa %1 cancelada.": "Task %1 cancelled.",
    "Parar agora": "Stop now",
    "Iniciar contato agora": "Start the contact now",
    "Semana da consultoria": "Consulting week",
    "Ninguém na equipe da consultoria nesta semana.": "Nobody in the consulting team this week.",
    "Skype · %1 pediu um momento": "Skype · %1 was asked to wait a moment",
    "Atender": "Attend",
    "Agendar conferência…": "Schedule a conference…",
    "resta %1": "%1 left",
    "10 minutos se passaram (%1)": "10 minutes have passed (%1)",
    "■ &Parar": "■ &Stop",
    "Encerra agora: o horário é este momento (Ctrl+Shift+P).": "Ends it now: the time is this moment (Ctrl+Shift+P).",
    "Iniciar &contato…": "Start &contact…",
    "O cliente ligou ou chamou no Skype agora (Ctrl+Shift+C).":
        "The client called or sent a Skype message now (Ctrl+Shift+C).",
    "Iniciar &tarefa…": "Start &task…",
    "Começa agora uma tarefa: teste, análise, documentação… (Ctrl+Shift+T).":
        "Starts a task now: test, analysis, documentation… (Ctrl+Shift+T).",
    "Responder &e-mail…": "Reply to &e-mail…",
    "Registra o contato e abre o e-mail com a Consultoria em cópia e o protocolo no assunto.":
        "Records the contact and opens the e-mail with the Consultoria mailbox in copy and the protocol in the "
        "subject.",
    "Contato por %1": "Contact by %1",
    "protocolo %1": "protocol %1",
    "(e a tarefa %1)": "(and the task %1)",
    "Tarefa %1": "Task %1",
    "Nada em andamento. Inicie o contato quando o cliente chamar, e a tarefa quando começar.":
        "Nothing running. Start the contact when the client calls, and the task when you begin it.",
    "%1 não é cliente da consultoria: transfira para a URA. Nenhum contato é registrado.":
        "%1 is not a consulting client: transfer to the IVR. No contact is recorded.",
    "Protocolo %1 é de %2: transferir.": "Protocol %1 belongs to %2: transfer.",
    "%1 não está disponível: registre para ela (protocolo %2).":
        "%1 is not available: record it for them (protocol %2).",
    "Cliente da consultoria de %1, sem protocolo aberto: atenda.":
        "Consulting client of %1, no open protocol: attend it.",
    "Cliente da consultoria: atenda.": "Consulting client: attend it.",
    "Iniciar contato": "Start contact",
    "&Canal": "C&hannel",
    "código, nome ou telefone do provedor": "the provider's code, name or phone",
    "&Cliente (provedor)": "&Client (provider)",
    "quem está falando": "who is speaking",
    "A&dicionar": "A&dd",
    "Cadastra esta pessoa no cliente agora.": "Adds this person to the client now.",
    "número da OC": "OC number",
    "P&rotocolo": "P&rotocol",
    "&Assunto": "&Subject",
    "Responder e abrir o e-mail": "Reply and open the e-mail",
    "Pedir um &momento": "Ask for a &moment",
    "O cliente do Skype espera até 10 minutos; depois, agende uma conferência.":
        "The Skype client waits up to 10 minutes; then schedule a conference.",
    "Escolha o cliente e digite o nome da pessoa.": "Choose the client and type the person's name.",
    "%1 cadastrada no cliente.": "%1 added to the client.",
    "O protocolo é o número da OC, só algarismos.": "The protocol is the OC number, digits only.",
    "Nova tarefa": "New task",
    "Iniciar tarefa": "Start task",
    "o que será feito": "what will be done",
    "&Descrição": "&Description",
    "número da OC (opcional)": "OC number (optional)",
    "D&ia": "D&ay",
    "até": "to",
    "&Das": "&From",
    "Agendar": "Schedule",
    "O fim vem depois do início.": "The end comes after the start.",
    "Agendar conferência": "Schedule a conference",
    "%1 esperou 10 minutos sem resposta pelo Skype. Agende uma conferência (AT-Realizar Conferência).":
        "%1 waited 10 minutes on Skype without an answer. Schedule a conference (AT - Hold a conference).",
    "&Até": "&To",
    "Agora não": "Not now",
    "prot. %1": "prot. %1",
    "Tarefa: %1": "Task: %1",
    "Situação: %1": "Status: %1",
    "Responsável: %1": "Owner: %1",
    "Protocolo %1": "Protocol %1",
    "Arraste para outro horário, dia ou pessoa.": "Drag to another time, day or person.",
    "%1 · %2": "%1 · %2",
    "Contato por %1 com %2 (%3)": "Contact by %1 with %2 (%3)",
    "Consultor: %1": "Consultant: %1",
    "Falando com: %1": "Speaking with: %1",
    "%1 agendadas de %2 planejadas": "%1 scheduled of %2 planned",
    "%1 agendadas · sem plano": "%1 scheduled · no plan",
    "%1: %2 de %3": "%1: %2 of %3",
    "%1: %2 (fora do plano)": "%1: %2 (outside the plan)",
    "Plano de trabalho de %1 na semana": "%1's work plan for the week",
    "%1 · %2 no plano": "%1 · %2 in the plan",
    "Arraste para o dia e a pessoa para agendar uma tarefa de %1.":
        "Drag onto the day and the person to schedule a task of %1.",
    "&Consultoria": "&Consulting",
    "Agenda da consultoria…": "Consulting agenda…",
    # consulting-meetings: meetings with rooms and pauta, the Salas tab, the work plan editor
    # (views/consulting/meeting_form.py, rooms_panel.py, plan_editor.py, window.py; models/work_plan.py)
    "o título da reunião (e da reserva da sala)": "the meeting's title (and the room booking's)",
    "C&onsultor(a)": "C&onsultant",
    "Sem sala": "No room",
    "&Sala": "&Room",
    "a pauta: os assuntos, um por linha": "the agenda: the topics, one per line",
    "Pa&uta": "A&genda",
    "Horários da sala": "The room's times",
    "Horários da sala no dia": "The room's times that day",
    "Reunião realizada": "Meeting held",
    "&Começou às": "&Began at",
    "&Terminou às": "&Ended at",
    "Registrar como realizada": "Record as held",
    "Remarcar reunião": "Reschedule meeting",
    "Agendar reunião": "Schedule a meeting",
    "quem participa pelo cliente (cadastrado ao salvar)": "who attends for the client (added when saved)",
    "Cada pessoa agenda as próprias reuniões; a gestão agenda as de qualquer um.":
        "Each person schedules their own meetings; management schedules anyone's.",
    "Remarcar": "Reschedule",
    "A sala e a pauta acompanham a reunião; mude o dia, o horário ou quem a conduz.":
        "The room and the agenda go with the meeting; change the day, the time or who holds it.",
    "Nenhuma sala cadastrada; a gestão cadastra as salas (pitstop room add).":
        "No room registered; management adds the rooms (pitstop room add).",
    "Clique num horário livre para começar a reunião nele.": "Click a free time to start the meeting there.",
    "Escolha uma sala para ver os horários livres e ocupados do dia.":
        "Choose a room to see the day's free and taken times.",
    "Escolha o cliente da consultoria na lista.": "Choose the consulting client in the list.",
    "%1  livre": "%1  free",
    "%1  esta reunião": "%1  this meeting",
    "%1 com %2: informe o horário exato em que começou e terminou (regra 3 da equipe).":
        "%1 with %2: give the exact time it began and ended (the team's rule 3).",
    "%1 em %2": "%1 on %2",
    "Reservada por %1: %2": "Booked by %1: %2",
    "%1  ocupada: %2 · %3": "%1  taken: %2 · %3",
    "Tipo de tarefa a acrescentar": "Task type to add",
    "&Acrescentar coluna": "&Add column",
    "&Copiar da semana anterior": "&Copy from the previous week",
    "&Salvar alterações": "&Save changes",
    "Copiar da semana anterior": "Copy from the previous week",
    "Há células alteradas e não salvas. Fechar sem salvar?":
        "Some cells were changed and not saved. Close without saving?",
    "Digite as horas de cada célula: 6, 1:30, 1,5 ou 90min; vazio ou 0 tira a linha.":
        "Type each cell's hours: 6, 1:30, 1.5 or 90min; empty or 0 removes the line.",
    "Só a gestão (gestor técnico, supervisor ou administrador) altera o plano; aqui ele é só para consulta.":
        "Only management (technical manager, supervisor or administrator) changes the plan; here it is read-only.",
    "Plano de trabalho · semana %1": "Work plan · week %1",
    "O plano desta semana passa a ser o da semana %1 (as linhas que lá não existem saem).":
        "This week's plan becomes week %1's (lines that do not exist there go away).",
    "&Salvar alterações (%1)": "&Save changes (%1)",
    "%1 célula(s) do plano salvas.": "%1 plan cell(s) saved.",
    "O plano da semana %1 será substituído pelo da semana %2, e as alterações não salvas se perdem. Copiar?":
        "Week %1's plan will be replaced by week %2's, and unsaved changes are lost. Copy?",
    "Plano da semana %1 copiado: %2 linha(s).": "Plan of week %1 copied: %2 line(s).",
    "Horas planejadas por pessoa e tipo de tarefa, semana %1 (%2 a %3)":
        "Planned hours per person and task type, week %1 (%2 to %3)",
    "Nenhuma sala reservada nesta semana. Reserve uma em “Agendar reunião…”.":
        "No room booked this week. Book one with “Schedule a meeting…”.",
    "Reservas de sala da semana": "The week's room bookings",
    "Sala": "Room",
    "Título": "Title",
    "Reservada por": "Booked by",
    "Reunião": "Meeting",
    "Pauta": "Agenda",
    "%1 com %2 · %3": "%1 with %2 · %3",
    "%1 · sem escala": "%1 · not on the roster",
    "Total / escala": "Total / roster",
    "Horas planejadas da pessoa na semana, e as da escala sem o almoço.":
        "The person's planned hours in the week, and the roster's without lunch.",
    "%1 de %2": "%1 of %2",
    "Escala da semana, sem o almoço: %1.": "The week's roster, without lunch: %1.",
    "%1 não está na escala desta semana.": "%1 is not on this week's roster.",
    "O plano passa da escala.": "The plan exceeds the roster.",
    "Alterado (era %1); ainda não salvo.": "Changed (was %1); not saved yet.",
    "Agendar &reunião…": "Schedule a &meeting…",
    "Uma reunião ou conferência com o cliente, com sala e pauta (Ctrl+R).":
        "A meeting or conference with the client, with room and agenda (Ctrl+R).",
    "&Plano de trabalho…": "&Work plan…",
    "Salas": "Rooms",
    "Remarcar…": "Reschedule…",
    "Realizado…": "Held…",
    "Não realizado": "Not held",
    "As horas planejadas de cada pessoa por tipo de tarefa nesta semana.":
        "Each person's planned hours per task type this week.",
    "O plano de trabalho da semana (só a gestão o altera).": "The week's work plan (only management changes it).",
    "Salas (%1)": "Rooms (%1)",
    "%1 com %2 cancelada.": "%1 with %2 cancelled.",
    "%1 com %2 registrada como não realizada.": "%1 with %2 recorded as not held.",
    "%1 com %2 agendada para %3.": "%1 with %2 scheduled for %3.",
    "%1 com %2 remarcada para %3.": "%1 with %2 moved to %3.",
    "%1 com %2 cancelada; a sala %3 foi liberada.": "%1 with %2 cancelled; room %3 is free again.",
    "%1 com %2 registrada como realizada, das %3 às %4.": "%1 with %2 recorded as held, from %3 to %4.",
    "Pauta:": "Agenda:",
    "Sala: %1, %2–%3": "Room: %1, %2–%3",
    # demand-capacity: point 7's mean time in attendance (acceptance to closure, business clock)
    "Tempo médio em atendimento": "Mean time in attendance",
}
EN |= REFUSALS_EN | VOCABULARY_EN

# Where the same Portuguese word needs a different English one.
CONTEXTUAL: dict[tuple[str, str], str | tuple[str, ...]] = {
    ("OccurrenceDialog", "Aberta"): "Opened",  # a field caption; its value is "14:05 by Cláudia"
    ("TimelineCanvas", "em atendimento"): "busy",  # a person's state, not an OC's status
}

PLACEHOLDER = re.compile(r"%n|%L?\d+|\{\w*\}|</?[a-zA-Z][^>]*>")


def placeholders(text: str) -> list[str]:
    """``%1``, ``%n``, ``{name}`` and HTML tags, sorted: what a translation must keep."""
    return sorted(PLACEHOLDER.findall(text))


def translation_for(context: str, source: str) -> str | tuple[str, ...] | None:
    return CONTEXTUAL.get((context, source), EN.get(source))


def _problems() -> list[str]:
    """Translations in the dictionaries that lose or invent a placeholder."""
    wrong = []
    entries = [(None, s, t) for s, t in EN.items()] + [(c, s, t) for (c, s), t in CONTEXTUAL.items()]
    for context, source, text in entries:
        for form in (text,) if isinstance(text, str) else text:
            if placeholders(form) != placeholders(source):
                wrong.append(f"{context or '*'}: {source!r} → {form!r}")
    return wrong


def _add_extra(root: ET.Element) -> int:
    """Add (or revive, if a later lupdate marked them vanished) the messages lupdate cannot see."""
    added = 0
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    for name, sources in EXTRA.items():
        context = contexts.get(name)
        if context is None:
            context = ET.Element("context")
            ET.SubElement(context, "name").text = name
            after = [i for i, c in enumerate(root) if c.tag == "context" and (c.findtext("name") or "") < name]
            root.insert(after[-1] + 1 if after else 0, context)
            contexts[name] = context
        present = {m.findtext("source"): m for m in context.iter("message")}
        for source in sources:
            message = present.get(source)
            if message is None:
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = source
                ET.SubElement(message, "extracomment").text = EXTRA_NOTE
                ET.SubElement(message, "translation", type="unfinished")
                added += 1
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "vanished":  # lupdate: it was finished
                translation.attrib.pop("type")
            elif translation is not None and translation.get("type") == "obsolete":  # it was unfinished
                translation.set("type", "unfinished")
    return added


def is_finished(message: ET.Element) -> bool:
    """A translation someone finished (in Qt Linguist, or an earlier run): not unfinished, no empty form."""
    translation = message.find("translation")
    if translation is None or translation.get("type") is not None:  # unfinished, vanished or obsolete
        return False
    if message.get("numerus") == "yes":
        forms = [form.text or "" for form in translation.iter("numerusform")]
    else:
        forms = [translation.text or ""]
    return bool(forms) and all(form.strip() for form in forms)


def fill(root: ET.Element) -> tuple[int, int, list[str]]:
    """Add the EXTRA messages and pre-fill the unfinished or empty ones we know; returns (added, filled, missing).

    A finished translation is left exactly as it is: the .ts, not this script, has the last word.
    """
    root.set("language", LANGUAGE)
    root.set("sourcelanguage", SOURCE_LANGUAGE)
    added = _add_extra(root)
    filled, missing = 0, []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation", type="unfinished")
            if translation.get("type") in ("vanished", "obsolete"):
                continue  # gone from the sources; lupdate -no-obsolete drops it
            if is_finished(message):
                continue  # a translator's (or an earlier run's) work: never overwritten
            text = translation_for(name, source)
            if text is None:
                missing.append(f"{name or '<empty>'}: {source!r}")
                continue
            if message.get("numerus") == "yes":
                forms = (text,) * 2 if isinstance(text, str) else text
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text if isinstance(text, str) else text[0]
            translation.attrib.pop("type", None)
            filled += 1
    return added, filled, missing


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("'", "&apos;").replace('"', "&quot;"))


def _write_element(element: ET.Element, depth: int, out: list[str]) -> None:
    indent = "    " * max(0, depth - 1)  # lupdate: <context> at column 0, its children at 4
    attrs = "".join(f' {k}="{_escape(v)}"' for k, v in element.attrib.items())
    children = list(element)
    if children:
        out.append(f"{indent}<{element.tag}{attrs}>\n")
        for child in children:
            _write_element(child, depth + 1, out)
        out.append(f"{indent}</{element.tag}>\n")
    elif element.tag == "location":
        out.append(f"{indent}<{element.tag}{attrs}/>\n")
    else:
        out.append(f"{indent}<{element.tag}{attrs}>{_escape(element.text or '')}</{element.tag}>\n")


def dumps(root: ET.Element) -> str:
    out = ['<?xml version="1.0" encoding="utf-8"?>\n', "<!DOCTYPE TS>\n"]
    _write_element(root, 0, out)
    return "".join(out)


def main(path: Path = TS) -> int:
    wrong = _problems()
    if wrong:
        print("placeholders differ:\n  " + "\n  ".join(wrong), file=sys.stderr)
        return 2
    root = ET.parse(path).getroot()
    added, filled, missing = fill(root)
    path.write_text(dumps(root), encoding="utf-8")
    print(f"{path.name}: {filled} pre-filled, {added} added for lupdate-invisible calls, {len(missing)} missing")
    for line in missing:
        print(f"  missing: {line}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else TS))
