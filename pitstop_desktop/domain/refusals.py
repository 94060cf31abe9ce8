"""The one catalogue of refusals: each code's sentence, in Portuguese, with named parameters.

Every :class:`~pitstop_desktop.domain.errors.PitstopError` raised in the domain, the database layer, the services
and the windows has its code here. The Portuguese text is the source: the windows translate it with Qt
(``QCoreApplication.translate("refusals", template)``; the English lives in ``resources/i18n/pitstop_en.ts``),
the CLI prints it as it is and adds its own hints (flags, commands to type) from the wording table in
``cli/wording.py``. So nothing here names a flag or a command.

Parameters are written ``{name}``; ``'{name}'`` (in quotes) shows the value as the person typed it, quoted the
way Python quotes it. A parameter that is a code is shown as the desk's word for it in the UI's language
(``seu papel: técnico``) unless ``raw_codes`` asks for the code (the CLI and the logs speak codes, as they are
typed: ``seu papel: technician``). A parameter that is itself a refusal is rendered the same way.
A refusal that cites a rule is shown with the rule in front ("R8: …"): the manual is the desk's shared vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from pitstop_desktop.domain import vocabulary
from pitstop_desktop.domain.errors import PitstopError
from pitstop_desktop.domain.vocabulary import QT_TRANSLATE_NOOP, Translate, as_is

CONTEXT = "refusals"

_R11_CLOSED = QT_TRANSLATE_NOOP(
    "refusals", "a OC {number} está encerrada e não pode ser {action}; uma nova ligação gera uma nova OC (R1).")

TEMPLATES: dict[str, str] = {
    # R2: a complementary call
    "R2.closed_target": QT_TRANSLATE_NOOP(
        "refusals", "a OC {number} já está encerrada; registre a ligação como uma nova OC sem vínculo (R1)."),
    "R2.other_client": QT_TRANSLATE_NOOP(
        "refusals", "a OC {number} é de outro cliente; a ligação complementar se vincula a uma OC aberta do mesmo "
        "cliente."),
    "R2.faq_complementary_only": QT_TRANSLATE_NOOP(
        "refusals", "a FAQ 7347 encerra só ligações complementares, e a OC {number} não é uma; encerre-a com o "
        "código FAQ do atendimento."),
    # R3: what each tab accepts
    "R3.already_in_tab": QT_TRANSLATE_NOOP("refusals", "a OC já está na aba {tab}; escolha outra aba."),
    "R3.channel_only": QT_TRANSLATE_NOOP(
        "refusals", "{tab} só aceita OCs do canal {required_channel}; esta é do canal {channel}."),
    "R3.kind_excluded": QT_TRANSLATE_NOOP("refusals", "{tab} não aceita OCs do tipo {kind}; escolha outra aba."),
    "R3.sla_excluded": QT_TRANSLATE_NOOP(
        "refusals", "{tab} atende demandas de baixa prioridade e não aceita SLA {sla}; escolha uma aba N1 de "
        "atendimento rápido."),
    "R3.management_only": QT_TRANSLATE_NOOP(
        "refusals", "{tab} não recebe OCs de outros setores, a menos que a gestão encaminhe (gestor, supervisor ou "
        "apoio); peça a um deles. Seu papel: {role}."),
    "R3.site_only": QT_TRANSLATE_NOOP(
        "refusals", "{tab} só recebe ligações registradas por quem trabalha na {site}; registre na aba do seu setor "
        "e peça à gestão (gestor, supervisor ou apoio) que a encaminhe."),
    # R4: offers
    "R4.not_in_tab": QT_TRANSLATE_NOOP(
        "refusals", "{name} não atende a aba {tab}; ofereça a quem atende essa aba."),
    "R4.logged_out": QT_TRANSLATE_NOOP(
        "refusals", "{name} não está logado(a); verifique o horário de login e ofereça a outro técnico disponível."),
    "R4.at_lunch": QT_TRANSLATE_NOOP(
        "refusals", "{name} está no almoço; ofereça a outro técnico disponível ou aguarde a volta."),
    "R4.shift_ended": QT_TRANSLATE_NOOP(
        "refusals", "o turno de {name} terminou às {time} e ele(a) ainda não fez logout; quem passou do turno não "
        "recebe OCs novas: ofereça a outro técnico disponível."),
    "R4.no_signal": QT_TRANSLATE_NOOP(
        "refusals", "{name} está sem sinal: nenhuma janela do Pit Stop dele(a) responde desde {time} (há mais de "
        "{minutes} min); confirme se está no posto ou ofereça a outro técnico disponível."),
    "R4.not_offered": QT_TRANSLATE_NOOP(
        "refusals", "a OC {number} não está oferecida a ninguém; ela precisa ser oferecida a você antes de {task}."),
    # R5: the APOIO queue
    "R5.already_in_apoio": QT_TRANSLATE_NOOP(
        "refusals", "a OC {number} já está na fila do APOIO; aguarde um APOIO assumir."),
    # R6 (Especialistas) and R7 (N2): escalations
    "R6.gated": QT_TRANSLATE_NOOP(
        "refusals", "{tab} só recebe OCs depois que um gestor aprova o escalonamento; peça o escalonamento."),
    "R7.gated": QT_TRANSLATE_NOOP(
        "refusals", "N2 só recebe OCs encaminhadas pelo APOIO depois de um escalonamento aprovado; peça o "
        "escalonamento."),
    "R6.awaiting_approval": QT_TRANSLATE_NOOP(
        "refusals", "a OC {number} aguarda a validação de um gestor e não pode ser {action} agora; aguarde a "
        "decisão."),
    "R7.awaiting_approval": QT_TRANSLATE_NOOP(
        "refusals", "a OC {number} aguarda a validação de um gestor e não pode ser {action} agora; aguarde a "
        "decisão."),
    "R6.escalation_pending": QT_TRANSLATE_NOOP(
        "refusals", "a OC {number} já aguarda a validação de um gestor; aguarde a decisão."),
    "R7.escalation_pending": QT_TRANSLATE_NOOP(
        "refusals", "a OC {number} já aguarda a validação de um gestor; aguarde a decisão."),
    "R6.already_in_tab": QT_TRANSLATE_NOOP("refusals", "a OC {number} já está na aba {target}."),
    "R7.already_in_tab": QT_TRANSLATE_NOOP("refusals", "a OC {number} já está na aba {target}."),
    "R6.from_n2": QT_TRANSLATE_NOOP(
        "refusals", "a OC {number} já está no N2; não volta para Especialistas por escalonamento."),
    "R6.reason_missing": QT_TRANSLATE_NOOP("refusals", "o escalonamento exige um motivo."),
    "R7.reason_missing": QT_TRANSLATE_NOOP("refusals", "o escalonamento exige um motivo."),
    "R6.not_approved": QT_TRANSLATE_NOOP(
        "refusals", "a OC {number} não tem escalonamento aprovado para {tab}; peça a validação de um gestor."),
    "R7.not_approved": QT_TRANSLATE_NOOP(
        "refusals", "a OC {number} não tem escalonamento aprovado para {tab}; peça a validação de um gestor."),
    # R8: a manager decides, never on their own request
    "R8.own_request": QT_TRANSLATE_NOOP(
        "refusals", "quem pediu o escalonamento não pode decidir sobre ele; peça a outro gestor."),
    "R8.already_decided": QT_TRANSLATE_NOOP(
        "refusals", "o escalonamento {id} já foi decidido ({escalation_status})."),
    "R8.already_decided_by": QT_TRANSLATE_NOOP(
        "refusals", "o escalonamento {id} já foi decidido ({escalation_status}) por {name} ({login})."),
    # R9: one owner; whoever lost hears who won
    "R9.has_owner": QT_TRANSLATE_NOOP("refusals", "a OC {number} já está com {name} ({login})."),
    "R9.has_some_owner": QT_TRANSLATE_NOOP("refusals", "a OC {number} já tem responsável."),
    "R9.offer_while_assigned": QT_TRANSLATE_NOOP(
        "refusals", "a OC {number} já está com {name} ({login}); encaminhe ou encerre antes de oferecer de novo."),
    "R9.already_accepted": QT_TRANSLATE_NOOP("refusals", "a OC {number} já foi assumida por {name} ({login})."),
    "R9.claimed": QT_TRANSLATE_NOOP("refusals", "a OC {number} já foi assumida por {name} ({login}) às {time}."),
    "R9.left_apoio": QT_TRANSLATE_NOOP("refusals", "a OC {number} já saiu da fila do APOIO."),
    "R9.changed_meanwhile": QT_TRANSLATE_NOOP(
        "refusals", "a OC {number} foi alterada agora há pouco por outra pessoa; atualize e tente de novo."),
    "R9.changed_meanwhile_by": QT_TRANSLATE_NOOP(
        "refusals", "a OC {number} foi alterada agora há pouco por {login} ({change}); atualize e tente de novo."),
    # R10: appointments
    "R10.not_free": QT_TRANSLATE_NOOP(
        "refusals", "{time} não é um horário livre de {name}; escolha um horário livre."),
    "R10.just_taken": QT_TRANSLATE_NOOP(
        "refusals", "o horário acabou de ser reservado por outra pessoa; escolha outro."),
    "R10.slot_taken": QT_TRANSLATE_NOOP(
        "refusals", "o horário das {time} já foi reservado por {name} ({login}) na OC {number}; escolha outro "
        "horário."),
    "R10.not_technician": QT_TRANSLATE_NOOP(
        "refusals", "{name} não é técnico(a) e não recebe agendamentos; escolha um técnico da aba."),
    "R10.not_in_tab": QT_TRANSLATE_NOOP(
        "refusals", "{name} não atende a aba {tab}; agende com um técnico que atende essa aba."),
    "R10.booking_started": QT_TRANSLATE_NOOP(
        "refusals", "o agendamento da OC {number} com {name} começou às {time} e fica como registro; ele não é mais "
        "cancelado nem remarcado: encerre a OC ou encaminhe-a."),
    # R11: closing
    "R11.closed": _R11_CLOSED,
    "R11.faq_missing": QT_TRANSLATE_NOOP("refusals", "encerrar exige um código FAQ; informe o código FAQ."),
    # Values that are missing, malformed or unknown
    "value.faq": QT_TRANSLATE_NOOP("refusals", "código FAQ inválido: '{faq}' (use só números, ex.: 7347)"),
    "value.channel": QT_TRANSLATE_NOOP("refusals", "canal desconhecido: '{value}'"),
    "value.kind": QT_TRANSLATE_NOOP("refusals", "tipo desconhecido: '{value}'"),
    "value.status": QT_TRANSLATE_NOOP("refusals", "status desconhecido: '{value}'"),
    "value.sla": QT_TRANSLATE_NOOP("refusals", "classe de SLA desconhecida: '{value}'"),
    "value.escalation_target": QT_TRANSLATE_NOOP("refusals", "destino de escalonamento inválido: '{value}'"),
    "value.escalation_reason": QT_TRANSLATE_NOOP("refusals", "motivo inválido: '{value}'"),
    "value.summary_empty": QT_TRANSLATE_NOOP(
        "refusals", "o resumo da ligação está vazio; descreva o contato."),
    "value.summary_too_long": QT_TRANSLATE_NOOP("refusals", "o resumo passa de {max} caracteres."),
    "value.slot_without_technician": QT_TRANSLATE_NOOP(
        "refusals", "um agendamento precisa de horário e técnico juntos."),
    "value.no_tab": QT_TRANSLATE_NOOP("refusals", "{login} não atende nenhuma aba; informe a aba."),
    "value.oc_or_tab": QT_TRANSLATE_NOOP("refusals", "informe a OC ou a aba para listar quem pode recebê-la."),
    "value.rejection_reason": QT_TRANSLATE_NOOP("refusals", "informe o motivo da rejeição."),
    "value.refusal_reason": QT_TRANSLATE_NOOP("refusals", "informe o motivo da recusa."),
    "value.apoio_reason": QT_TRANSLATE_NOOP("refusals", "informe o motivo para acionar o APOIO."),
    "value.already_in_apoio_tab": QT_TRANSLATE_NOOP(
        "refusals", "a OC {number} já está no APOIO N1; escolha a aba de destino."),
    "value.login_and_name": QT_TRANSLATE_NOOP("refusals", "informe login e nome."),
    "value.role_or_site": QT_TRANSLATE_NOOP("refusals", "papel ou local inválido: '{given_role}'/'{given_site}'"),
    "value.client_code_and_name": QT_TRANSLATE_NOOP("refusals", "informe código e nome do cliente."),
    "value.shift_order": QT_TRANSLATE_NOOP("refusals", "o fim do turno vem depois do início."),
    "value.lunch_outside_shift": QT_TRANSLATE_NOOP("refusals", "o almoço precisa ficar dentro do turno."),
    # issue 9: the week's roster (domain/roster.py, services/roster.py)
    "value.week": QT_TRANSLATE_NOOP("refusals", "semana inválida: '{text}' (use AAAA-Www, ex.: 2026-W49)"),
    "value.lunch_incomplete": QT_TRANSLATE_NOOP(
        "refusals", "informe o início e o fim do almoço, ou nenhum dos dois."),
    "value.lunch_order": QT_TRANSLATE_NOOP("refusals", "o fim do almoço vem depois do início."),
    "value.shift_incomplete": QT_TRANSLATE_NOOP(
        "refusals", "informe o início e o fim do turno, ou nenhum dos dois para limpar o dia."),
    "value.login_missing": QT_TRANSLATE_NOOP("refusals", "informe o login."),
    "value.csv_fields": QT_TRANSLATE_NOOP(
        "refusals", "a linha tem {count} campos; use {columns} (o almoço pode ficar vazio)."),
    "value.csv_duplicate": QT_TRANSLATE_NOOP(
        "refusals", "{login} em {day} já está na linha {line} deste arquivo; vale a primeira."),
    "value.csv_too_long": QT_TRANSLATE_NOOP(
        "refusals", "o arquivo passa de {limit} linhas; divida-o em arquivos menores."),
    "value.same_week": QT_TRANSLATE_NOOP(
        "refusals", "a semana de origem e a de destino são a mesma ({week}); escolha outra semana."),
    "value.presence_event": QT_TRANSLATE_NOOP("refusals", "evento de presença inválido: '{event}'"),
    "value.presence_order": QT_TRANSLATE_NOOP(
        "refusals", "{login} está {state}; o evento {event} não cabe agora."),
    "value.presence_correction_order": QT_TRANSLATE_NOOP(
        "refusals", "um evento {event} de {login} às {time} deixaria o dia fora de ordem (login, almoço, volta, "
        "logout); confira os eventos já registrados nesse dia."),
    "value.presence_correction_future": QT_TRANSLATE_NOOP(
        "refusals", "uma correção registra o que já aconteceu; {time} ainda não chegou."),
    "value.presence_correction_reason": QT_TRANSLATE_NOOP(
        "refusals", "informe o motivo da correção de presença."),
    "value.seat": QT_TRANSLATE_NOOP(
        "refusals", "identificador de estação inválido: '{seat}' (de 1 a {limit} letras sem acento, dígitos, ponto, "
        "- ou _)"),
    "value.slot_without_zone": QT_TRANSLATE_NOOP(
        "refusals", "o horário agendado sem fuso horário; use um horário com fuso."),
    "value.call_time_without_zone": QT_TRANSLATE_NOOP(
        "refusals", "o horário da ligação sem fuso horário; use um horário com fuso."),
    "value.slot_minutes": QT_TRANSLATE_NOOP(
        "refusals", "a duração do horário de agendamento precisa ser positiva (recebido {minutes})."),
    "value.long_wait_minutes": QT_TRANSLATE_NOOP(
        "refusals", "limite de espera inválido: {minutes} minutos (de 0, sem limite, a {limit})."),
    "value.moment": QT_TRANSLATE_NOOP(
        "refusals", "hora inválida: '{text}' (use ISO-8601, ex.: 2026-11-24T09:30-03:00)"),
    "value.date": QT_TRANSLATE_NOOP("refusals", "data inválida: '{text}' (use AAAA-MM-DD)"),
    # issue 8: limits (domain/limits.py)
    "value.date_range": QT_TRANSLATE_NOOP(
        "refusals", "data fora do intervalo aceito: '{text}' (de {earliest} a {latest})"),
    "value.too_long": QT_TRANSLATE_NOOP("refusals", "{subject} passa do limite de {limit} caracteres."),
    "value.nul_byte": QT_TRANSLATE_NOOP(
        "refusals", "{subject} contém um caractere nulo (NUL), que o banco não aceita; digite o texto de novo."),
    "value.login_format": QT_TRANSLATE_NOOP(
        "refusals", "login inválido: '{login}' (use de 2 a {limit} letras minúsculas sem acento, dígitos, ponto, "
        "hífen ou sublinhado, começando por letra ou dígito)"),
    "value.time": QT_TRANSLATE_NOOP("refusals", "horário inválido: '{text}' (use HH:MM)"),
    "value.time_range": QT_TRANSLATE_NOOP("refusals", "intervalo inválido: '{text}' (use HH:MM-HH:MM)"),
    "value.time_range_order": QT_TRANSLATE_NOOP(
        "refusals", "intervalo inválido: '{text}' (o fim vem depois do início)"),
    "value.database_url": QT_TRANSLATE_NOOP(
        "refusals", "URL de banco inválida: '{url}' (ex.: sqlite:///C:/pitstop.db ou "
        "postgresql://usuario@servidor/pitstop)"),
    "value.database_kind": QT_TRANSLATE_NOOP(
        "refusals", "banco não suportado: {driver} (use sqlite:/// ou postgresql://)"),
    "value.roles_need_postgresql": QT_TRANSLATE_NOOP(
        "refusals", "os papéis do banco são do servidor do escritório (PostgreSQL); {url} é um arquivo SQLite, "
        "que não tem papéis nem logins."),
    "value.role_prefix": QT_TRANSLATE_NOOP(
        "refusals", "prefixo de papel inválido: '{prefix}'; use de 1 a 16 letras minúsculas, dígitos ou _, "
        "começando por uma letra (por exemplo ps_)."),
    "value.db_role_too_long": QT_TRANSLATE_NOOP(
        "refusals", "o login '{login}' é longo demais para virar um login do banco; com o prefixo deste servidor, "
        "use no máximo {limit} bytes."),
    "value.db_role_reserved": QT_TRANSLATE_NOOP(
        "refusals", "o login '{login}' daria o login do banco {role}, que é um papel do próprio Pit Stop; "
        "escolha outro login."),
    "value.server_refused": QT_TRANSLATE_NOOP("refusals", "o servidor recusou: {reason}"),
    "value.password_rules": QT_TRANSLATE_NOOP(
        "refusals", "a senha precisa ter de {minimum} a {maximum} caracteres."),
    "value.before_last_event": QT_TRANSLATE_NOOP(
        "refusals", "a OC {number} já tem um evento em {last}; uma ação não pode ser datada antes dele ({at}). "
        "Registre-a com uma hora posterior."),
    "value.closed_before_opened": QT_TRANSLATE_NOOP(
        "refusals", "a OC {number} foi aberta em {opened}; ela não pode ser encerrada antes disso ({at})."),
    "value.network_share": QT_TRANSLATE_NOOP(
        "refusals", "o arquivo SQLite {path} está numa pasta de rede; o SQLite não funciona com segurança em "
        "compartilhamentos de rede. Use uma pasta local ou um servidor PostgreSQL."),
    "value.no_business_day": QT_TRANSLATE_NOOP(
        "refusals", "o calendário não tem dia útil no último ano; confira os dias de trabalho."),
    "value.demo_weekend": QT_TRANSLATE_NOOP(
        "refusals", "{day} não é dia útil no calendário (fim de semana); escolha um dia útil, por exemplo "
        "{previous}."),
    "value.demo_holiday": QT_TRANSLATE_NOOP(
        "refusals", "{day} não é dia útil no calendário (feriado: {holiday}); escolha um dia útil, por exemplo "
        "{previous}."),
    "value.demo_closed": QT_TRANSLATE_NOOP(
        "refusals", "{day} não é dia útil no calendário (fechado no calendário); escolha um dia útil, por exemplo "
        "{previous}."),
    # Not found
    "not_found.person": QT_TRANSLATE_NOOP("refusals", "pessoa desconhecida: '{login}'"),
    "not_found.client": QT_TRANSLATE_NOOP("refusals", "cliente desconhecido: '{code}'"),
    "not_found.tab": QT_TRANSLATE_NOOP("refusals", "aba desconhecida: '{code}'"),
    "not_found.occurrence": QT_TRANSLATE_NOOP("refusals", "OC {number} não existe"),
    "not_found.escalation": QT_TRANSLATE_NOOP("refusals", "escalonamento {id} não existe"),
    "not_found.calendar": QT_TRANSLATE_NOOP("refusals", "o banco não tem calendário; atualize o banco."),
    "not_found.roster": QT_TRANSLATE_NOOP("refusals", "{login} não está na escala de {day}."),
    "not_found.usual_week": QT_TRANSLATE_NOOP(
        "refusals", "não há semana completa de {login} na escala nas {weeks} semanas antes de {week}; monte a "
        "escala à mão ou copie outra semana."),
    "not_found.apoio_item": QT_TRANSLATE_NOOP("refusals", "a OC {number} não está na fila do APOIO"),
    "not_found.apoio_free": QT_TRANSLATE_NOOP("refusals", "a fila do APOIO não tem itens livres"),
    "not_found.booking": QT_TRANSLATE_NOOP("refusals", "a OC {number} não tem agendamento"),
    # Conflicts that cite no rule
    "conflict.login_exists": QT_TRANSLATE_NOOP("refusals", "o login '{login}' já existe."),
    "conflict.client_exists": QT_TRANSLATE_NOOP("refusals", "o cliente '{code}' já existe."),
    "conflict.demo_has_data": QT_TRANSLATE_NOOP(
        "refusals", "o banco já tem dados; apague-os antes de carregar a demonstração"),
    "conflict.request_id_reused": QT_TRANSLATE_NOOP(
        "refusals", "o id de requisição {request_id} já registrou a OC {number}, de outra ligação; esta não foi "
        "registrada: use um id novo."),
    "conflict.offer_pending": QT_TRANSLATE_NOOP(
        "refusals", "a OC {number} já está oferecida a {name} ({login}) desde {time}; para oferecê-la a outra pessoa, "
        "confirme a troca: a oferta a {name} é retirada e fica registrada no histórico."),
    "conflict.offer_withdrawn": QT_TRANSLATE_NOOP(
        "refusals", "a oferta da OC {number} foi retirada: {name} ({login}) ofereceu a OC a outra pessoa às {time}."),
    # Not permitted
    "permission.manager_only": QT_TRANSLATE_NOOP(
        "refusals", "só um gestor técnico aprova ou rejeita escalonamentos; seu papel: {role}."),
    "permission.apoio_only": QT_TRANSLATE_NOOP(
        "refusals", "só o APOIO da gestão (Zenaide, Fernanda, Janne) pode {task}; seu papel: {role}."),
    "permission.apoio_queue": QT_TRANSLATE_NOOP(
        "refusals", "a OC {number} está na fila do APOIO; quem a encaminha é o APOIO da gestão."),
    "permission.not_owner": QT_TRANSLATE_NOOP(
        "refusals", "a OC {number} está com {name}; só quem a atende ou a gestão pode encerrá-la."),
    "permission.owner_only": QT_TRANSLATE_NOOP(
        "refusals", "a OC {number} está com {name} ({login}); só quem a atende ou a gestão pode {task}."),
    "permission.offered_to_other": QT_TRANSLATE_NOOP(
        "refusals", "a OC {number} foi oferecida a {name}, não a você."),
    "permission.roster_management": QT_TRANSLATE_NOOP(
        "refusals", "só a gestão (gestor técnico, supervisor ou administrador) muda a escala; seu papel: {role}."),
    "permission.admin_only": QT_TRANSLATE_NOOP(
        "refusals", "só um administrador muda {what}; seu papel: {role}."),
    "permission.bad_credentials": QT_TRANSLATE_NOOP("refusals", "login ou senha incorretos."),
    "permission.cannot_act_as": QT_TRANSLATE_NOOP(
        "refusals", "o servidor não deixa o login {session} agir como {login}; entre com o login de {login} "
        "(só um administrador pode agir por outra pessoa)."),
    "permission.backfill": QT_TRANSLATE_NOOP(
        "refusals", "só um administrador pode datar uma ação; o servidor usa o relógio dele. Repita sem a "
        "hora."),
    "permission.server_refused": QT_TRANSLATE_NOOP("refusals", "o servidor recusou: {reason}"),
    "permission.presence_of_other": QT_TRANSLATE_NOOP(
        "refusals", "cada pessoa registra a própria presença; a de {login} só a gestão registra ou corrige. Seu "
        "papel: {role}."),
    "permission.own_password": QT_TRANSLATE_NOOP(
        "refusals", "cada pessoa troca a própria senha; a de {login} só um administrador troca."),
    "permission.sign_in_locked": QT_TRANSLATE_NOOP(
        "refusals", "tentativas demais com senha errada: este login está bloqueado até {until}; tente de novo "
        "depois disso ou peça ajuda a um administrador."),
    "permission.demo_reset_confirm": QT_TRANSLATE_NOOP(
        "refusals", "o banco {database} tem dados e não é um banco de demonstração; recomeçar a demonstração "
        "apagaria a equipe, as OCs e a auditoria. Só um administrador pode confirmar, com o nome do banco."),
    "permission.demo_only": QT_TRANSLATE_NOOP(
        "refusals", "entrar sem senha só é possível no banco de demonstração; entre com login e senha."),
    "permission.windows_sign_in_off": QT_TRANSLATE_NOOP(
        "refusals", "a entrada com a conta do Windows não está habilitada neste computador: ela só vale no servidor "
        "do escritório, com um login de banco para cada pessoa. Entre com login e senha."),
    "permission.windows_sign_in_refused": QT_TRANSLATE_NOOP(
        "refusals", "o servidor não aceitou a conta do Windows deste computador como {login}. Entre com login e "
        "senha, ou peça a um administrador para liberar a entrada pelo Windows no servidor."),
    "value.windows_login_unknown": QT_TRANSLATE_NOOP(
        "refusals", "não foi possível saber a conta do Windows deste computador; digite o seu login."),
    # The database and the local outbox
    "database.unavailable": QT_TRANSLATE_NOOP("refusals", "não foi possível abrir o banco {url}: {reason}"),
    "database.no_answer": QT_TRANSLATE_NOOP("refusals", "o banco não respondeu."),
    "database.timeout": QT_TRANSLATE_NOOP("refusals", "o banco não respondeu a tempo ({step})"),
    "database.needs_upgrade": QT_TRANSLATE_NOOP(
        "refusals", "o banco {url} está no esquema {revision} e este Pit Stop usa o {head}: peça a um "
        "administrador que atualize o banco."),
    "database.newer_schema": QT_TRANSLATE_NOOP(
        "refusals", "o banco {url} foi atualizado por um Pit Stop mais novo (esquema {revision}): este banco precisa "
        "do Pit Stop {needs} ou mais novo; instale-o."),
    "database.newer_schema_unknown": QT_TRANSLATE_NOOP(
        "refusals", "o banco {url} foi atualizado por um Pit Stop mais novo (esquema {revision}): instale a versão "
        "mais recente do Pit Stop."),
    "database.busy": QT_TRANSLATE_NOOP(
        "refusals", "o banco está ocupado: outra estação segura o mesmo registro há mais de {seconds} s; nada foi "
        "gravado, tente de novo em instantes."),
    "database.connection_lost": QT_TRANSLATE_NOOP(
        "refusals", "a ligação com o banco caiu no meio da gravação ({reason}); ela pode ter sido salva ou não. "
        "Confira antes de seguir: repetir a mesma ação é seguro, ela não é feita duas vezes."),
    "outbox.open_failed": QT_TRANSLATE_NOOP(
        "refusals", "não foi possível abrir a caixa de saída local {path}: {reason}"),
    "outbox.newer_format": QT_TRANSLATE_NOOP(
        "refusals", "a caixa de saída local {path} foi criada por uma versão mais nova do Pit Stop (formato "
        "{version}); atualize o programa."),
    "outbox.booking_needs_server": QT_TRANSLATE_NOOP(
        "refusals", "agendar precisa do servidor ao vivo: só o banco garante o horário, e ele não responde agora "
        "({reason}). Tente de novo quando a conexão voltar, ou tire o horário («Sem horário») para guardar a "
        "ligação na caixa de saída."),
    "outbox.closed": QT_TRANSLATE_NOOP("refusals", "a caixa de saída local já foi fechada."),
    "outbox.write_failed": QT_TRANSLATE_NOOP(
        "refusals", "não foi possível gravar na caixa de saída local {path}: {reason}"),
    "outbox.read_failed": QT_TRANSLATE_NOOP(
        "refusals", "não foi possível ler a caixa de saída local {path}: {reason}"),
    "conflict.other_database": QT_TRANSLATE_NOOP(
        "refusals", "esta ligação foi tomada para outro banco; este banco não a registra."),
    "outbox.other_database": QT_TRANSLATE_NOOP(
        "refusals", "guardada para outro banco ({server}); espera até esta janela abrir aquele banco."),
    "outbox.other_person": QT_TRANSLATE_NOOP(
        "refusals", "tomada por {login}; espera {login} entrar para ser enviada em seu nome."),
    "outbox.unknown_database": QT_TRANSLATE_NOOP(
        "refusals", "guardada por uma versão anterior, sem dizer para qual banco; confira se a OC existe e registre "
        "de novo se preciso."),
    "outbox.not_saved": QT_TRANSLATE_NOOP(
        "refusals", "a ligação NÃO foi salva: o banco não responde ({reason}) e a caixa de saída local falhou "
        "({problem})."),
    # issue 11 — the seat's configuration file (config.py)
    "value.config_syntax": QT_TRANSLATE_NOOP(
        "refusals", "o arquivo de configuração {path} não pôde ser lido (linha {line}, coluna {column}: {reason}); "
        "valem as configurações padrão."),
    "value.config_unreadable": QT_TRANSLATE_NOOP(
        "refusals", "o arquivo de configuração {path} não pôde ser aberto ({reason}); valem as configurações padrão."),
    "value.config_unknown_key": QT_TRANSLATE_NOOP(
        "refusals", "{path}, linha {line}: {key} não é uma configuração do Pit Stop e foi ignorada."),
    "value.config_value": QT_TRANSLATE_NOOP(
        "refusals", "{path}, linha {line}: {key} = {value} não serve ({expected}); vale o padrão, {default}."),
    "value.config_no_such_key": QT_TRANSLATE_NOOP(
        "refusals", "configuração desconhecida: '{key}'; as configurações são: {known}."),
    "value.config_bad_value": QT_TRANSLATE_NOOP("refusals", "'{value}' não serve para {key}: use {expected}."),
    # issue 12 — the consulting team (domain/consulting.py)
    "value.week_format": QT_TRANSLATE_NOOP(
        "refusals", "semana inválida: '{value}'; escreva a semana ISO como 2026-W47."),
    "value.end_before_start": QT_TRANSLATE_NOOP("refusals", "o fim ({end}) precisa vir depois do início ({start})."),
    "value.room_slot": QT_TRANSLATE_NOOP(
        "refusals", "as salas são reservadas em blocos de {minutes} min; {time} não começa um bloco."),
    # consulting-services — contacts, tasks, the work plan, rooms (services/contacts.py, tasks.py, work_plan.py,
    # rooms.py); "consulting.*" are the consulting team's process rules (second seed), named in the sentence
    "consulting.not_client": QT_TRANSLATE_NOOP(
        "refusals", "{name} ({code}) não é cliente da consultoria: transfira para a URA e explique o procedimento "
        "(processo da consultoria 1.1.2); nenhum contato foi registrado."),
    "consulting.protocol_other_client": QT_TRANSLATE_NOOP(
        "refusals", "a OC {number} não é do cliente {code}; informe um protocolo deste cliente."),
    "consulting.contact_running": QT_TRANSLATE_NOOP(
        "refusals", "{name} já tem o contato {id} ({code}) em andamento desde {since}; encerre-o primeiro (regra 2 "
        "da equipe: um contato por vez, encerrado na hora em que termina)."),
    "consulting.contact_status": QT_TRANSLATE_NOOP(
        "refusals", "o contato {id} está {contact_status}; isso não se faz com ele agora."),
    "consulting.not_waiting": QT_TRANSLATE_NOOP(
        "refusals", "o contato {id} não é um Skype em espera («um momento»); agende a conferência como um novo "
        "contato."),
    "consulting.task_running": QT_TRANSLATE_NOOP(
        "refusals", "{name} já tem a tarefa {id} ({title}) em andamento desde {since}; encerre-a primeiro (regra 1 "
        "da equipe: uma tarefa por vez)."),
    "consulting.task_status": QT_TRANSLATE_NOOP(
        "refusals", "a tarefa {id} está {task_status}; isso não se faz com ela agora."),
    "consulting.room_booking_begun": QT_TRANSLATE_NOOP(
        "refusals", "a reserva {id} já começou ({start}) e fica como registro; não pode ser cancelada."),
    "value.minutes_format": QT_TRANSLATE_NOOP(
        "refusals", "tempo inválido: '{value}'; escreva como 6h, 90min, 1h30 ou em minutos."),
    "value.plan_minutes": QT_TRANSLATE_NOOP(
        "refusals", "{minutes} minutos não cabem numa semana (de 0, que tira a linha, a {limit})."),
    "value.task_type": QT_TRANSLATE_NOOP("refusals", "tipo de tarefa desconhecido: '{value}'"),
    "value.contact_outcome": QT_TRANSLATE_NOOP(
        "refusals", "'{value}' não é um desfecho de contato agendado: use done, missed ou cancelled."),
    "value.span_incomplete": QT_TRANSLATE_NOOP("refusals", "informe o início e o fim."),
    "value.moment_without_zone": QT_TRANSLATE_NOOP(
        "refusals", "o horário {time} não diz o fuso horário; informe-o com o fuso."),
    "value.email": QT_TRANSLATE_NOOP("refusals", "endereço de e-mail inválido: '{value}'"),
    "value.contact_person_name": QT_TRANSLATE_NOOP("refusals", "informe o nome de quem entrou em contato."),
    "value.room_code_and_name": QT_TRANSLATE_NOOP("refusals", "informe código e nome da sala."),
    "not_found.contact": QT_TRANSLATE_NOOP("refusals", "contato {id} não existe"),
    "not_found.task": QT_TRANSLATE_NOOP("refusals", "tarefa {id} não existe"),
    "not_found.room": QT_TRANSLATE_NOOP("refusals", "sala desconhecida: '{code}' (as salas: {known})"),
    "not_found.room_booking": QT_TRANSLATE_NOOP("refusals", "reserva de sala {id} não existe"),
    "not_found.consulting_mailbox": QT_TRANSLATE_NOOP(
        "refusals", "o e-mail da Consultoria, que vai em cópia em toda resposta, não está configurado; peça à "
        "gestão para configurá-lo."),
    "conflict.contact_person_exists": QT_TRANSLATE_NOOP(
        "refusals", "{name} já é contato do cliente {code}."),
    "conflict.room_exists": QT_TRANSLATE_NOOP("refusals", "a sala '{code}' já existe."),
    "conflict.room_taken": QT_TRANSLATE_NOOP(
        "refusals", "{room} já está reservada por {name} ({login}) de {start} a {end} ({title}); escolha "
        "outro horário ou outra sala."),
    "conflict.room_just_taken": QT_TRANSLATE_NOOP(
        "refusals", "{room} acabou de ser reservada por outra pessoa nesse horário; escolha outro."),
    "conflict.contact_changed": QT_TRANSLATE_NOOP(
        "refusals", "o contato {id} foi alterado por outra pessoa enquanto isso; confira como ficou e tente de novo."),
    "conflict.task_changed": QT_TRANSLATE_NOOP(
        "refusals", "a tarefa {id} foi alterada por outra pessoa enquanto isso; confira como ficou e tente de novo."),
    "permission.consulting_own_only": QT_TRANSLATE_NOOP(
        "refusals", "cada pessoa registra os próprios contatos e tarefas; os de {login} são dele(a) ou da gestão; "
        "seu papel: {role}."),
    "permission.consulting_planning": QT_TRANSLATE_NOOP(
        "refusals", "só a gestão (gestor técnico, supervisor ou administrador) define o plano de trabalho, as salas, "
        "o consultor de um cliente e o e-mail da Consultoria; seu papel: {role}."),
    "permission.consulting_inactive": QT_TRANSLATE_NOOP(
        "refusals", "{login} está desativado(a) e não registra contatos nem tarefas."),
    # weekly-report — the weekly report's exports
    "not_found.pdf_writer": QT_TRANSLATE_NOOP(
        "refusals", "o relatório em PDF não está disponível nesta instalação; exporte em XLSX ou CSV."),
    # consulting-meetings — the work plan's cells in hours (domain/consulting.py parse_plan_hours)
    "value.hours_format": QT_TRANSLATE_NOOP(
        "refusals", "tempo inválido: '{value}'; escreva em horas (6, 1:30 ou 1,5) ou com a unidade (6h, 90min)."),
}

# Parameters that are words of this catalogue (what could not be done to an OC, what a role may do): always
# shown as words, in the UI's language.
ACTION = {  # "a OC 5 … não pode ser {action}"
    "forward": QT_TRANSLATE_NOOP("refusals", "encaminhada"),
    "offer": QT_TRANSLATE_NOOP("refusals", "oferecida"),
    "accept": QT_TRANSLATE_NOOP("refusals", "aceita"),
    "refuse": QT_TRANSLATE_NOOP("refusals", "recusada"),
    "escalate": QT_TRANSLATE_NOOP("refusals", "escalonada"),
    "close": QT_TRANSLATE_NOOP("refusals", "encerrada de novo"),
    "send_to_apoio": QT_TRANSLATE_NOOP("refusals", "enviada ao APOIO"),
    "claim": QT_TRANSLATE_NOOP("refusals", "assumida"),
    "cancel_booking": QT_TRANSLATE_NOOP("refusals", "desmarcada"),
    "move_booking": QT_TRANSLATE_NOOP("refusals", "remarcada"),
}
TASK = {  # "… antes de {task}", "só o APOIO da gestão … pode {task}"
    "accept": QT_TRANSLATE_NOOP("refusals", "aceitar"),
    "refuse": QT_TRANSLATE_NOOP("refusals", "recusar"),
    "claim_apoio": QT_TRANSLATE_NOOP("refusals", "assumir itens da fila do APOIO"),
    "forward_apoio": QT_TRANSLATE_NOOP("refusals", "encaminhar itens do APOIO"),
    "forward": QT_TRANSLATE_NOOP("refusals", "encaminhá-la"),
    "send_to_apoio": QT_TRANSLATE_NOOP("refusals", "enviá-la ao APOIO"),
    "offer": QT_TRANSLATE_NOOP("refusals", "oferecê-la a outra pessoa"),
    "escalate": QT_TRANSLATE_NOOP("refusals", "pedir o escalonamento dela"),
    "move_booking": QT_TRANSLATE_NOOP("refusals", "passar o agendamento dela a outro técnico"),
}
STEP = {  # "o banco não respondeu a tempo ({step})": what the window was loading
    "policy": QT_TRANSLATE_NOOP("refusals", "política de SLA"),
    "settings": QT_TRANSLATE_NOOP("refusals", "configuração"),
    "staff": QT_TRANSLATE_NOOP("refusals", "equipe"),
}
SUBJECT = {  # "{subject} passa do limite de …": which typed text (domain/limits.py)
    "login": QT_TRANSLATE_NOOP("refusals", "o login"),
    "name": QT_TRANSLATE_NOOP("refusals", "o nome"),
    "client_code": QT_TRANSLATE_NOOP("refusals", "o código do cliente"),
    "client_name": QT_TRANSLATE_NOOP("refusals", "o nome do cliente"),
    "phone": QT_TRANSLATE_NOOP("refusals", "o telefone"),
    "faq": QT_TRANSLATE_NOOP("refusals", "o código FAQ"),
    "request_id": QT_TRANSLATE_NOOP("refusals", "o id do pedido"),
    "summary": QT_TRANSLATE_NOOP("refusals", "o resumo"),
    "note": QT_TRANSLATE_NOOP("refusals", "a observação"),
    "reason": QT_TRANSLATE_NOOP("refusals", "o motivo"),
    # consulting-services
    "email_address": QT_TRANSLATE_NOOP("refusals", "o e-mail"),
    "skype_name": QT_TRANSLATE_NOOP("refusals", "o Skype"),
    "room_code": QT_TRANSLATE_NOOP("refusals", "o código da sala"),
}

EXPECTED = {  # "… não serve para {key}: use {expected}": what a setting of the seat's file takes (config.py)
    "language": QT_TRANSLATE_NOOP("refusals", "pt_BR ou en"),
    "bool": QT_TRANSLATE_NOOP("refusals", "true ou false"),
    "database_kind": QT_TRANSLATE_NOOP("refusals", "sqlite ou postgres"),
    "path": QT_TRANSLATE_NOOP("refusals", "o caminho de um arquivo"),
    "host": QT_TRANSLATE_NOOP("refusals", "o nome ou o endereço do servidor, sem espaços"),
    "port": QT_TRANSLATE_NOOP("refusals", "um número de 1 a 65535"),
    "database_name": QT_TRANSLATE_NOOP("refusals", "um nome de banco de 1 a 63 caracteres"),
    "database_user": QT_TRANSLATE_NOOP("refusals", "um login de até 63 caracteres, ou nada"),
    "monitor": QT_TRANSLATE_NOOP("refusals", "0 (automático) ou o número do monitor, até 16"),
    "at_risk_rows": QT_TRANSLATE_NOOP("refusals", "0 (as que couberem) ou um número até 50"),
}

WORDS: dict[str, Mapping[str, str]] = {"action": ACTION, "task": TASK, "step": STEP, "subject": SUBJECT,
                                       "expected": EXPECTED}

# Parameters that are stored codes: the desk's word for them in a window (vocabulary.py, context "pitstop"),
# the code itself on the command line.
LABELS: dict[str, Mapping[str, str]] = {
    "role": vocabulary.ROLE,
    "escalation_status": vocabulary.ESCALATION_STATUS,
    "target": vocabulary.ESCALATION_TARGET,
    "change": vocabulary.HISTORY_ACTION,
    "channel": vocabulary.CHANNEL,
    "required_channel": vocabulary.CHANNEL,
    "kind": vocabulary.KIND,
    "state": vocabulary.PRESENCE,
    "site": vocabulary.SITE,
    # consulting-services
    "contact_status": vocabulary.CONTACT_STATUS,
    "task_status": vocabulary.TASK_STATUS,
}

PLACEHOLDER = re.compile(r"'\{(\w+)\}'|\{(\w+)\}")


def placeholders(template: str) -> set[str]:
    """The parameter names a template uses."""
    return {quoted or plain for quoted, plain in PLACEHOLDER.findall(template)}


def render(
    error: PitstopError,
    translate: Translate = as_is,
    *,
    translate_labels: Translate | None = None,
    raw_codes: bool = False,
    wording: Mapping[str, str] | None = None,
    capitalize: bool = False,
) -> str:
    """``error`` as one sentence: "R8: o escalonamento 3 já foi decidido (aprovado) por Gil (gil)."

    ``translate`` turns the catalogue's Portuguese (context ``refusals``) into the UI's language;
    ``translate_labels`` does the same for the desk's words for codes (context ``pitstop``; default: ``translate``).
    ``raw_codes`` shows coded parameters as they are stored. ``wording`` gives another text for some codes (the
    CLI's, with its flags); ``capitalize`` starts the sentence after the rule with a capital letter, as a window
    shows it. A code missing from the catalogue (a refusal that brought its own sentence) is shown as it is.
    """
    template = (wording or {}).get(error.code)
    if template is None and error.code in TEMPLATES:
        template = translate(TEMPLATES[error.code])
    labels = translate_labels or translate

    def value(name: str, quoted: bool) -> str:
        param = error.params[name]
        if quoted:
            return repr(param) if isinstance(param, str) else f"'{param}'"
        if isinstance(param, PitstopError):
            return render(param, translate, translate_labels=translate_labels, raw_codes=raw_codes,
                          wording=wording)
        if name in WORDS:
            return vocabulary.label(WORDS[name], param, translate)
        if name in LABELS and not raw_codes:
            return vocabulary.label(LABELS[name], param, labels)
        if isinstance(param, tuple | list | set | frozenset):
            return ", ".join(str(p) for p in param)
        return str(param)

    if template is None:  # a refusal that brought its own sentence as its code
        body = error.code
    else:
        body = PLACEHOLDER.sub(lambda m: value(m.group(1) or m.group(2), m.group(1) is not None), template)
    if capitalize:
        body = body[:1].upper() + body[1:]
    rule = error.rule
    return f"{rule}: {body}" if rule else body


def params_of(code: str, wording: Mapping[str, str] | None = None) -> set[str]:
    """Every parameter a refusal with ``code`` needs: the catalogue's and, with ``wording``, the other text's."""
    names = placeholders(TEMPLATES[code])
    if wording is not None and code in wording:
        names |= placeholders(wording[code])
    return names
