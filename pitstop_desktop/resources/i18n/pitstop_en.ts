<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="pt_BR">
<context>
    <name></name>
    <message>
        <location filename="../../views/messages.py" line="117"/>
        <source>O banco de dados não respondeu; nada foi alterado. Tente de novo em instantes.</source>
        <translation>The database did not respond; nothing was changed. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="119"/>
        <source>Erro inesperado (%1): %2</source>
        <translation>Unexpected error (%1): %2</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../views/setup/wizard.py" line="143"/>
        <source>O primeiro administrador</source>
        <translation>The first administrator</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="144"/>
        <source>Quem entra primeiro no Pit Stop e cadastra as outras pessoas.</source>
        <translation>Who signs in to Pit Stop first and adds everyone else.</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="146"/>
        <source>ex.: ana.souza</source>
        <translation>e.g. ana.souza</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="154"/>
        <source>&amp;Login</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="155"/>
        <source>&amp;Nome</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="156"/>
        <source>&amp;Senha</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="157"/>
        <source>&amp;Repita a senha</source>
        <translation>&amp;Repeat the password</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="159"/>
        <source>A senha precisa ter pelo menos %1 caracteres. Depois, cadastre as outras pessoas com «pitstop staff add» (veja o README).</source>
        <translation>The password needs at least %1 characters. Then add everyone else with «pitstop staff add» (see the README).</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="183"/>
        <source>As duas senhas não conferem.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>AgendaWindow</name>
    <message>
        <location filename="../../views/agenda/window.py" line="125"/>
        <source>Pit Stop - Minha agenda — %1</source>
        <translation>Pit Stop - My agenda — %1</translation>
    </message>
    <message>
        <source>&amp;Almoço</source>
        <translation type="vanished">&amp;Lunch</translation>
    </message>
    <message>
        <source>&amp;Voltei</source>
        <translation type="vanished">&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Encerrar o dia</source>
        <translation type="vanished">&amp;End the day</translation>
    </message>
    <message>
        <location filename="../../views/agenda/window.py" line="153"/>
        <source>Sem resposta há %1 (R5): aceite ou recuse agora; quem ofereceu já pode enviá-la ao APOIO.</source>
        <translation>No answer for %1 (R5): accept or refuse now; whoever offered it may already send it to APOIO.</translation>
    </message>
    <message>
        <location filename="../../views/agenda/window.py" line="159"/>
        <location filename="../../views/agenda/window.py" line="183"/>
        <location filename="../../views/agenda/window.py" line="195"/>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../views/agenda/window.py" line="160"/>
        <location filename="../../views/agenda/window.py" line="184"/>
        <location filename="../../views/agenda/window.py" line="196"/>
        <source>Resumo</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../views/agenda/window.py" line="162"/>
        <source>Esperando</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../views/agenda/window.py" line="168"/>
        <source>motivo, para recusar</source>
        <translation>reason, to refuse</translation>
    </message>
    <message>
        <location filename="../../views/agenda/window.py" line="169"/>
        <source>A&amp;ceitar</source>
        <translation>A&amp;ccept</translation>
    </message>
    <message>
        <location filename="../../views/agenda/window.py" line="170"/>
        <source>&amp;Recusar</source>
        <translation>&amp;Refuse</translation>
    </message>
    <message>
        <location filename="../../views/agenda/window.py" line="190"/>
        <source>Meus agendamentos (hoje e esta semana)</source>
        <translation>My appointments (today and this week)</translation>
    </message>
    <message>
        <location filename="../../views/agenda/window.py" line="193"/>
        <source>Quando</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../views/agenda/window.py" line="206"/>
        <source>&amp;Desmarcar</source>
        <translation>&amp;Cancel appointment</translation>
    </message>
    <message>
        <location filename="../../views/agenda/window.py" line="207"/>
        <source>Re&amp;marcar…</source>
        <translation>Re&amp;schedule…</translation>
    </message>
    <message>
        <location filename="../../views/agenda/window.py" line="218"/>
        <source>&amp;Som quando chega uma oferta</source>
        <translation>&amp;Sound when an offer arrives</translation>
    </message>
    <message>
        <location filename="../../views/agenda/window.py" line="270"/>
        <source>Ofertas para mim (%1)</source>
        <translation>Offers for me (%1)</translation>
    </message>
    <message>
        <location filename="../../views/agenda/window.py" line="271"/>
        <source>Minhas OCs (%1)</source>
        <translation>My OCs (%1)</translation>
    </message>
    <message>
        <location filename="../../views/agenda/window.py" line="295"/>
        <source>Oferta retirada</source>
        <translation>Offer withdrawn</translation>
    </message>
    <message>
        <location filename="../../views/agenda/window.py" line="295"/>
        <source>A oferta da OC %1 foi retirada.</source>
        <translation>The offer of OC %1 was withdrawn.</translation>
    </message>
    <message>
        <source>hoje: %1</source>
        <translation type="vanished">today: %1</translation>
    </message>
    <message>
        <source>hoje: dia não iniciado</source>
        <translation type="vanished">today: day not started</translation>
    </message>
    <message>
        <location filename="../../views/agenda/window.py" line="298"/>
        <source>Nova oferta para você</source>
        <translation>A new offer for you</translation>
    </message>
    <message>
        <location filename="../../views/agenda/window.py" line="299"/>
        <source>OC %1 — %2: %3</source>
        <translation>OC %1 — %2: %3</translation>
    </message>
    <message>
        <location filename="../../views/agenda/window.py" line="314"/>
        <source>Pit Stop - Minha agenda</source>
        <translation>Pit Stop - My agenda</translation>
    </message>
    <message>
        <location filename="../../views/agenda/window.py" line="333"/>
        <source>Escolha a oferta a aceitar.</source>
        <translation>Choose the offer to accept.</translation>
    </message>
    <message>
        <location filename="../../views/agenda/window.py" line="338"/>
        <source>Você assumiu a OC %1.</source>
        <translation>You took OC %1.</translation>
    </message>
    <message>
        <location filename="../../views/agenda/window.py" line="344"/>
        <source>Escolha a oferta a recusar.</source>
        <translation>Choose the offer to refuse.</translation>
    </message>
    <message>
        <location filename="../../views/agenda/window.py" line="347"/>
        <source>Diga o motivo da recusa no campo ao lado; ele fica no histórico da OC.</source>
        <translation>Give the reason for refusing in the field beside it; it stays in the OC&apos;s history.</translation>
    </message>
    <message>
        <location filename="../../views/agenda/window.py" line="354"/>
        <source>Você recusou a OC %1.</source>
        <translation>You refused OC %1.</translation>
    </message>
    <message>
        <source>Registrado: %1.</source>
        <translation type="vanished">Recorded: %1.</translation>
    </message>
</context>
<context>
    <name>AnsTrendChart</name>
    <message>
        <location filename="../../views/trend_chart.py" line="99"/>
        <source>{day}: ANS {ans} ({met} de {total} no prazo)</source>
        <translation>{day}: SLA met {ans} ({met} of {total} on time)</translation>
    </message>
    <message>
        <location filename="../../views/trend_chart.py" line="103"/>
        <source>meta {value}</source>
        <translation>target {value}</translation>
    </message>
</context>
<context>
    <name>ApoioPanel</name>
    <message>
        <location filename="../../views/queues/apoio.py" line="78"/>
        <source>Fila do APOIO N1</source>
        <translation>APOIO N1 queue</translation>
    </message>
    <message>
        <location filename="../../views/queues/apoio.py" line="117"/>
        <source>OC</source>
        <translation>OC</translation>
    </message>
    <message>
        <location filename="../../views/queues/apoio.py" line="121"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../views/queues/apoio.py" line="119"/>
        <source>Esperando</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../views/queues/apoio.py" line="122"/>
        <source>Assumida por</source>
        <translation>Claimed by</translation>
    </message>
    <message>
        <location filename="../../views/queues/apoio.py" line="123"/>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../views/queues/apoio.py" line="89"/>
        <source>&amp;Assumir</source>
        <translation>&amp;Claim</translation>
    </message>
    <message>
        <location filename="../../views/queues/apoio.py" line="90"/>
        <source>Assumir o &amp;próximo</source>
        <translation>Claim ne&amp;xt</translation>
    </message>
    <message>
        <location filename="../../views/queues/apoio.py" line="91"/>
        <source>Encaminhar ao &amp;N2</source>
        <translation>Forward to N&amp;2</translation>
    </message>
    <message>
        <location filename="../../views/queues/apoio.py" line="94"/>
        <source>na a&amp;ba</source>
        <translation>in &amp;tab</translation>
    </message>
    <message>
        <location filename="../../views/queues/apoio.py" line="96"/>
        <source>&amp;Oferecer a técnico…</source>
        <translation>&amp;Offer to technician…</translation>
    </message>
    <message>
        <location filename="../../views/queues/apoio.py" line="111"/>
        <source>Só o APOIO da gestão (Zenaide, Fernanda, Janne) assume e encaminha itens desta fila; aqui você acompanha.</source>
        <translation>Only management APOIO (Zenaide, Fernanda, Janne) claims and forwards items in this queue; here you can follow along.</translation>
    </message>
    <message>
        <location filename="../../views/queues/apoio.py" line="162"/>
        <source>ninguém</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location filename="../../views/queues/apoio.py" line="164"/>
        <source>você</source>
        <translation>you</translation>
    </message>
    <message>
        <location filename="../../views/queues/apoio.py" line="168"/>
        <source> às %1</source>
        <translation> at %1</translation>
    </message>
    <message>
        <location filename="../../views/queues/apoio.py" line="115"/>
        <source>na fila desde %1</source>
        <translation>in the queue since %1</translation>
    </message>
    <message>
        <location filename="../../views/queues/apoio.py" line="175"/>
        <source>%1 na fila, %2 livre(s)</source>
        <translation>%1 in the queue, %2 unclaimed</translation>
    </message>
    <message>
        <location filename="../../views/queues/apoio.py" line="218"/>
        <location filename="../../views/queues/apoio.py" line="232"/>
        <source>Você assumiu a OC %1.</source>
        <translation>You claimed OC %1.</translation>
    </message>
    <message>
        <location filename="../../views/queues/apoio.py" line="247"/>
        <source>OC %1 encaminhada ao N2.</source>
        <translation>OC %1 forwarded to N2.</translation>
    </message>
    <message>
        <location filename="../../views/queues/apoio.py" line="270"/>
        <source>OC %1 saiu do APOIO para %2 e foi oferecida a %3.</source>
        <translation>OC %1 left APOIO for %2 and was offered to %3.</translation>
    </message>
</context>
<context>
    <name>AppointmentBox</name>
    <message>
        <location filename="../../views/booking_form.py" line="121"/>
        <source>Agendamento técnico (FAQ 7037)</source>
        <translation>Technical appointment (FAQ 7037)</translation>
    </message>
    <message>
        <location filename="../../views/booking_form.py" line="134"/>
        <source>&amp;Desmarcar</source>
        <translation>&amp;Cancel appointment</translation>
    </message>
    <message>
        <location filename="../../views/booking_form.py" line="135"/>
        <source>Re&amp;marcar…</source>
        <translation>Re&amp;schedule…</translation>
    </message>
    <message>
        <location filename="../../views/booking_form.py" line="168"/>
        <source>%1, %2 às %3–%4</source>
        <translation>%1, %2 at %3–%4</translation>
    </message>
    <message>
        <location filename="../../views/booking_form.py" line="174"/>
        <source>Já começou ou a OC está encerrada: fica como registro (R10).</source>
        <translation>Already begun or the OC is closed: it stays as the record (R10).</translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message>
        <location filename="../../views/queues/approvals.py" line="91"/>
        <source>Escalonamentos aguardando um gestor</source>
        <translation>Escalations awaiting a manager</translation>
    </message>
    <message>
        <location filename="../../views/queues/approvals.py" line="137"/>
        <location filename="../../views/queues/approvals.py" line="155"/>
        <source>OC</source>
        <translation>OC</translation>
    </message>
    <message>
        <location filename="../../views/queues/approvals.py" line="141"/>
        <source>Pedido por</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../views/queues/approvals.py" line="142"/>
        <location filename="../../views/queues/approvals.py" line="156"/>
        <source>Destino</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../views/queues/approvals.py" line="143"/>
        <location filename="../../views/queues/approvals.py" line="157"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../views/queues/approvals.py" line="139"/>
        <source>Esperando</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../views/queues/approvals.py" line="144"/>
        <source>Nota do pedido</source>
        <translation>Request note</translation>
    </message>
    <message>
        <location filename="../../views/queues/approvals.py" line="102"/>
        <source>&amp;Nota ou motivo:</source>
        <translation>&amp;Note or reason:</translation>
    </message>
    <message>
        <location filename="../../views/queues/approvals.py" line="104"/>
        <source>nota da aprovação (opcional) ou motivo da rejeição (obrigatório)</source>
        <translation>approval note (optional) or rejection reason (required)</translation>
    </message>
    <message>
        <location filename="../../views/queues/approvals.py" line="106"/>
        <source>&amp;Aprovar</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location filename="../../views/queues/approvals.py" line="107"/>
        <source>&amp;Rejeitar</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <location filename="../../views/queues/approvals.py" line="116"/>
        <source>Só um gestor técnico aprova ou rejeita escalonamentos (R6, R7); aqui você acompanha a fila.</source>
        <translation>Only a technical manager approves or rejects escalations (R6, R7); here you can follow the queue.</translation>
    </message>
    <message>
        <location filename="../../views/queues/approvals.py" line="125"/>
        <source>Minhas solicitações</source>
        <translation>My requests</translation>
    </message>
    <message>
        <location filename="../../views/queues/approvals.py" line="158"/>
        <source>Pedido às</source>
        <translation>Requested at</translation>
    </message>
    <message>
        <location filename="../../views/queues/approvals.py" line="159"/>
        <source>Situação</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/queues/approvals.py" line="160"/>
        <source>Decidido por</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../views/queues/approvals.py" line="161"/>
        <source>Decisão</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../views/queues/approvals.py" line="129"/>
        <source>Você não tem pedidos de escalonamento; quando pedir, a decisão do gestor aparece aqui.</source>
        <translation>You have no escalation requests; when you make one, the manager&apos;s decision shows up here.</translation>
    </message>
    <message>
        <location filename="../../views/queues/approvals.py" line="194"/>
        <source>%1 (você)</source>
        <translation>%1 (you)</translation>
    </message>
    <message>
        <location filename="../../views/queues/approvals.py" line="135"/>
        <source>pedido às %1</source>
        <translation>requested at %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/queues/approvals.py" line="197"/>
        <source>%n pendente(s)</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/queues/approvals.py" line="148"/>
        <source>decidido às %1</source>
        <translation>decided at %1</translation>
    </message>
    <message>
        <location filename="../../views/queues/approvals.py" line="228"/>
        <source>Escalonamento da OC %1 para N2 aprovado; a OC segue pelo APOIO N1 (R7).</source>
        <translation>Escalation of OC %1 to N2 approved; the OC goes through APOIO N1 (R7).</translation>
    </message>
    <message>
        <location filename="../../views/queues/approvals.py" line="230"/>
        <source>Escalonamento da OC %1 para Especialistas aprovado; a OC vai para Especialistas (R6).</source>
        <translation>Escalation of OC %1 to Especialistas approved; the OC goes to Especialistas (R6).</translation>
    </message>
    <message>
        <location filename="../../views/queues/approvals.py" line="245"/>
        <source>Informe o motivo da rejeição no campo «Nota ou motivo»; ele fica no histórico da OC (R6).</source>
        <translation>Enter the rejection reason in the “Note or reason” field; it is kept in the OC&apos;s history (R6).</translation>
    </message>
    <message>
        <location filename="../../views/queues/approvals.py" line="254"/>
        <source>Escalonamento da OC %1 rejeitado; a OC continua onde estava.</source>
        <translation>Escalation of OC %1 rejected; the OC stays where it was.</translation>
    </message>
</context>
<context>
    <name>AtRiskList</name>
    <message>
        <location filename="../../views/wallboard.py" line="106"/>
        <source>Tempo</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../views/wallboard.py" line="107"/>
        <source>OC</source>
        <translation>OC</translation>
    </message>
    <message>
        <location filename="../../views/wallboard.py" line="108"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../views/wallboard.py" line="109"/>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../views/wallboard.py" line="110"/>
        <source>Aba</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../views/wallboard.py" line="111"/>
        <source>Técnico</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location filename="../../views/wallboard.py" line="133"/>
        <source>Nenhuma OC em risco agora</source>
        <translation>No OCs at risk right now</translation>
    </message>
    <message>
        <location filename="../../views/wallboard.py" line="166"/>
        <source>sem técnico</source>
        <translation>no technician</translation>
    </message>
    <message>
        <location filename="../../views/wallboard.py" line="181"/>
        <source>+ {count} OCs em risco fora da tela</source>
        <translation>+ {count} more OCs at risk off screen</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>OC</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>OC</translation>
    </message>
    <message>
        <source>Cliente</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Resumo</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Canal</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Tipo</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>SLA</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Tempo restante</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Técnico</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Aberta em</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Opened at</translation>
    </message>
    <message>
        <source>Na aba há</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>In tab for</translation>
    </message>
    <message>
        <source>Sinais</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Signals</translation>
    </message>
    <message>
        <source>%1 · agendada %2</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>%1 · booked %2</translation>
    </message>
    <message>
        <source>Oferecida a %1 há %2, sem resposta (R5): abra a OC e use “Enviar ao APOIO…”.</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Offered to %1 %2 ago, no answer (R5): open the OC and use “Send to APOIO…”.</translation>
    </message>
    <message>
        <source>%1 encerrou o dia (logout) com esta OC em atendimento: encaminhe-a ou ofereça-a a outra pessoa.</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>%1 left for the day (logged out) with this OC in progress: forward it or offer it to someone else.</translation>
    </message>
    <message>
        <source>Demora excessiva em linha: na aba há %1 (limite da aba: %2).</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Waiting too long in line: in this tab for %1 (the tab&apos;s limit: %2).</translation>
    </message>
    <message>
        <source>%1 está sem sinal (as janelas pararam de responder) com esta OC em atendimento.</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>%1 has no signal (their windows stopped answering) with this OC in progress.</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <location filename="../../views/board.py" line="212"/>
        <source>Filtrar por número, cliente, resumo ou técnico…</source>
        <translation>Filter by number, customer, summary or technician…</translation>
    </message>
    <message>
        <location filename="../../views/board.py" line="214"/>
        <source>Só em risco</source>
        <translation>At risk only</translation>
    </message>
    <message>
        <location filename="../../views/board.py" line="215"/>
        <source>Só sem técnico</source>
        <translation>Unassigned only</translation>
    </message>
    <message>
        <location filename="../../views/board.py" line="217"/>
        <source>Todas as classes de SLA</source>
        <translation>All SLA classes</translation>
    </message>
    <message>
        <location filename="../../views/board.py" line="564"/>
        <source>{name} (carregando…)</source>
        <translation>{name} (loading…)</translation>
    </message>
    <message>
        <location filename="../../views/board.py" line="566"/>
        <source>{name} ({total} · {risk} em risco)</source>
        <translation>{name} ({total} · {risk} at risk)</translation>
    </message>
</context>
<context>
    <name>BookingActions</name>
    <message>
        <location filename="../../views/booking_form.py" line="58"/>
        <source>Agendamento da OC %1 desmarcado; o horário está livre de novo e a OC continua com o técnico.</source>
        <translation>Appointment of OC %1 cancelled; the slot is free again and the OC stays with the technician.</translation>
    </message>
    <message>
        <location filename="../../views/booking_form.py" line="71"/>
        <source>Remarcar a OC %1 (FAQ 7037)</source>
        <translation>Reschedule OC %1 (FAQ 7037)</translation>
    </message>
    <message>
        <location filename="../../views/booking_form.py" line="72"/>
        <source>Escolha o novo horário: Enter remarca o agendamento da OC %1 para ele. Outro técnico só com quem atende a OC ou a gestão (R9).</source>
        <translation>Choose the new time: Enter moves OC %1&apos;s appointment to it. Another technician only by whoever handles the OC or by management (R9).</translation>
    </message>
    <message>
        <location filename="../../views/booking_form.py" line="90"/>
        <source>Agendamento da OC %1 remarcado para %2 com %3.</source>
        <translation>Appointment of OC %1 moved to %2 with %3.</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../views/setup/wizard.py" line="77"/>
        <source>Bem-vindo ao Pit Stop</source>
        <translation>Welcome to Pit Stop</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="78"/>
        <source>Onde ficam os dados da Agenda deste computador?</source>
        <translation>Where does this computer keep the Agenda&apos;s data?</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="79"/>
        <source>Só &amp;este computador</source>
        <translation>&amp;This computer only</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="80"/>
        <source>O &amp;servidor do escritório</source>
        <translation>The office &amp;server</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="87"/>
        <source>Os dados ficam num arquivo neste computador. Bom para conhecer o Pit Stop (com um dia de demonstração) ou para quem trabalha sozinho.</source>
        <translation>The data stays in a file on this computer. Good for getting to know Pit Stop (with a demo day) or for someone working alone.</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="90"/>
        <source>Todos os computadores do escritório usam o mesmo banco PostgreSQL, e cada pessoa entra com o seu próprio login. Tenha à mão o nome do servidor e do banco (o administrador sabe).</source>
        <translation>Every computer in the office uses the same PostgreSQL database, and each person signs in with their own login. Have the server&apos;s and the database&apos;s names at hand (the administrator knows them).</translation>
    </message>
</context>
<context>
    <name>ChosenClient</name>
    <message>
        <location filename="../../views/intake/client.py" line="67"/>
        <source>OCs do cliente: %1 aberta(s)</source>
        <translation>Customer&apos;s OCs: %1 open</translation>
    </message>
    <message>
        <location filename="../../views/intake/client.py" line="76"/>
        <source>OCs do cliente — indisponíveis agora</source>
        <translation>Customer&apos;s OCs — unavailable right now</translation>
    </message>
    <message>
        <location filename="../../views/intake/client.py" line="85"/>
        <source>Abertas (%1)</source>
        <translation>Open (%1)</translation>
    </message>
    <message>
        <location filename="../../views/intake/client.py" line="86"/>
        <source>Últimas encerradas (%1)</source>
        <translation>Recently closed (%1)</translation>
    </message>
    <message>
        <location filename="../../views/intake/client.py" line="99"/>
        <source>enc. %1</source>
        <translation>closed %1</translation>
    </message>
    <message>
        <location filename="../../views/intake/client.py" line="112"/>
        <source>com %1</source>
        <translation>with %1</translation>
    </message>
    <message>
        <location filename="../../views/intake/client.py" line="130"/>
        <source>— não: é um assunto novo —</source>
        <translation>— no: it is a new issue —</translation>
    </message>
    <message>
        <location filename="../../views/intake/client.py" line="143"/>
        <location filename="../../views/intake/client.py" line="160"/>
        <source>O cliente tem OC aberta: se a ligação só complementa uma delas, escolha-a aqui (R2).</source>
        <translation>The customer has an open OC: if the call only follows up on one of them, choose it here (R2).</translation>
    </message>
    <message>
        <location filename="../../views/intake/client.py" line="146"/>
        <source>Sem OCs abertas: a ligação é uma OC nova (R1).</source>
        <translation>No open OCs: the call is a new OC (R1).</translation>
    </message>
    <message>
        <location filename="../../views/intake/client.py" line="156"/>
        <source>Ao salvar, a nova OC fica vinculada à OC %1 e é encerrada com FAQ 7347 (R2).</source>
        <translation>On saving, the new OC is linked to OC %1 and closed with FAQ 7347 (R2).</translation>
    </message>
    <message>
        <location filename="../../views/intake/client.py" line="177"/>
        <source>Ctrl+N passa para a próxima ligação sem registrar nada.</source>
        <translation>Ctrl+N moves to the next call without registering anything.</translation>
    </message>
</context>
<context>
    <name>ClientSearchModel</name>
    <message>
        <location filename="../../models/clients.py" line="31"/>
        <source>Código</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../models/clients.py" line="32"/>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../models/clients.py" line="33"/>
        <source>Telefone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../models/clients.py" line="36"/>
        <source>consultoria</source>
        <translation>consulting</translation>
    </message>
</context>
<context>
    <name>ConferenceDialog</name>
    <message>
        <location filename="../../views/consulting/forms.py" line="401"/>
        <location filename="../../views/consulting/forms.py" line="423"/>
        <source>Agendar conferência</source>
        <translation>Schedule a conference</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="403"/>
        <source>%1 esperou 10 minutos sem resposta pelo Skype. Agende uma conferência (AT-Realizar Conferência).</source>
        <translation>%1 waited 10 minutes on Skype without an answer. Schedule a conference (AT - Hold a conference).</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="418"/>
        <source>D&amp;ia</source>
        <translation>D&amp;ay</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="419"/>
        <source>&amp;Das</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="420"/>
        <source>&amp;Até</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="424"/>
        <source>Agora não</source>
        <translation>Not now</translation>
    </message>
</context>
<context>
    <name>ConsultingWeek</name>
    <message>
        <source>prot. %1</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>prot. %1</translation>
    </message>
    <message>
        <source>Tarefa: %1</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Task: %1</translation>
    </message>
    <message>
        <source>Situação: %1</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Responsável: %1</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Owner: %1</translation>
    </message>
    <message>
        <source>Protocolo %1</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Protocol %1</translation>
    </message>
    <message>
        <source>Arraste para outro horário, dia ou pessoa.</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Drag to another time, day or person.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Contato por %1 com %2 (%3)</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Contact by %1 with %2 (%3)</translation>
    </message>
    <message>
        <source>Consultor: %1</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Consultant: %1</translation>
    </message>
    <message>
        <source>Falando com: %1</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Speaking with: %1</translation>
    </message>
    <message>
        <source>%1 agendadas de %2 planejadas</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>%1 scheduled of %2 planned</translation>
    </message>
    <message>
        <source>%1 agendadas · sem plano</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>%1 scheduled · no plan</translation>
    </message>
    <message>
        <source>%1: %2 de %3</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>%1: %2 of %3</translation>
    </message>
    <message>
        <source>%1: %2 (fora do plano)</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>%1: %2 (outside the plan)</translation>
    </message>
    <message>
        <source>Plano de trabalho de %1 na semana</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>%1&apos;s work plan for the week</translation>
    </message>
    <message>
        <source>Sala: %1, %2–%3</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Room: %1, %2–%3</translation>
    </message>
    <message>
        <source>Pauta:</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Agenda:</translation>
    </message>
</context>
<context>
    <name>ConsultingWeekWindow</name>
    <message>
        <location filename="../../views/consulting/window.py" line="91"/>
        <source>Agenda da consultoria — Pit Stop</source>
        <translation>Consulting agenda — Pit Stop</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="127"/>
        <source>◀ Semana anterior</source>
        <translation>◀ Previous week</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="130"/>
        <source>Próxima semana ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="132"/>
        <source>Esta semana</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="133"/>
        <source>&amp;Nova tarefa…</source>
        <translation>&amp;New task…</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="135"/>
        <source>Agendar &amp;reunião…</source>
        <translation>Schedule a &amp;meeting…</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="137"/>
        <source>Uma reunião ou conferência com o cliente, com sala e pauta (Ctrl+R).</source>
        <translation>A meeting or conference with the client, with room and agenda (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="139"/>
        <source>&amp;Plano de trabalho…</source>
        <translation>&amp;Work plan…</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="140"/>
        <source>As horas planejadas de cada pessoa por tipo de tarefa nesta semana.</source>
        <translation>Each person&apos;s planned hours per task type this week.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="142"/>
        <source>O plano de trabalho da semana (só a gestão o altera).</source>
        <translation>The week&apos;s work plan (only management changes it).</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="157"/>
        <source>&amp;Tipos de tarefa (arraste para a semana)</source>
        <translation>&amp;Task types (drag onto the week)</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="165"/>
        <source>Tipos de tarefa</source>
        <translation>Task types</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="175"/>
        <source>Semana</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="176"/>
        <location filename="../../views/consulting/window.py" line="252"/>
        <source>Salas</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="239"/>
        <source>Semana %1 · %2 a %3</source>
        <translation>Week %1 · %2 to %3</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="248"/>
        <source>Equipe: %1 h agendadas de %2 h planejadas</source>
        <translation>Team: %1 h scheduled of %2 h planned</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="251"/>
        <source>Salas (%1)</source>
        <translation>Rooms (%1)</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="306"/>
        <source>Contato encerrado às %1 (%2).</source>
        <translation>Contact ended at %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="310"/>
        <source>Tarefa %1 concluída às %2.</source>
        <translation>Task %1 done at %2.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="321"/>
        <source>E-mail registrado como contato com %1; o programa de e-mail foi aberto.</source>
        <translation>E-mail recorded as a contact with %1; the mail program was opened.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="326"/>
        <source>%1 espera um momento: 10 minutos a partir de agora.</source>
        <translation>%1 is waiting a moment: 10 minutes from now.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="331"/>
        <location filename="../../views/consulting/window.py" line="381"/>
        <source>Contato com %1 iniciado às %2.</source>
        <translation>Contact with %1 started at %2.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="341"/>
        <location filename="../../views/consulting/window.py" line="410"/>
        <source>Tarefa %1 iniciada às %2.</source>
        <translation>Task %1 started at %2.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="361"/>
        <source>%1 agendada para %2, %3.</source>
        <translation>%1 scheduled for %2, %3.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="374"/>
        <source>%1 passou para %2, %3.</source>
        <translation>%1 moved to %2, %3.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="391"/>
        <source>Conferência com %1 agendada para %2.</source>
        <translation>Conference with %1 scheduled for %2.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="408"/>
        <source>Iniciar agora</source>
        <translation>Start now</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="412"/>
        <source>Cancelar tarefa</source>
        <translation>Cancel task</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="414"/>
        <source>Tarefa %1 cancelada.</source>
        <translation>Task %1 cancelled.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="416"/>
        <location filename="../../views/consulting/window.py" line="422"/>
        <source>Parar agora</source>
        <translation>Stop now</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="418"/>
        <source>Iniciar contato agora</source>
        <translation>Start the contact now</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="437"/>
        <source>%1 com %2 agendada para %3.</source>
        <translation>%1 with %2 scheduled for %3.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="445"/>
        <source>%1 com %2 remarcada para %3.</source>
        <translation>%1 with %2 moved to %3.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="474"/>
        <source>Remarcar…</source>
        <translation>Reschedule…</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="475"/>
        <source>Realizado…</source>
        <translation>Held…</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="476"/>
        <source>Não realizado</source>
        <translation>Not held</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="477"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="487"/>
        <source>%1 com %2 registrada como realizada, das %3 às %4.</source>
        <translation>%1 with %2 recorded as held, from %3 to %4.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="499"/>
        <source>%1 com %2 registrada como não realizada.</source>
        <translation>%1 with %2 recorded as not held.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="502"/>
        <source>%1 com %2 cancelada; a sala %3 foi liberada.</source>
        <translation>%1 with %2 cancelled; room %3 is free again.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/window.py" line="504"/>
        <source>%1 com %2 cancelada.</source>
        <translation>%1 with %2 cancelled.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../views/consulting/forms.py" line="72"/>
        <source>%1 não é cliente da consultoria: transfira para a URA. Nenhum contato é registrado.</source>
        <translation>%1 is not a consulting client: transfer to the IVR. No contact is recorded.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="75"/>
        <source>Protocolo %1 é de %2: transferir.</source>
        <translation>Protocol %1 belongs to %2: transfer.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="78"/>
        <source>%1 não está disponível: registre para ela (protocolo %2).</source>
        <translation>%1 is not available: record it for them (protocol %2).</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="81"/>
        <source>Cliente da consultoria de %1, sem protocolo aberto: atenda.</source>
        <translation>Consulting client of %1, no open protocol: attend it.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="83"/>
        <source>Cliente da consultoria: atenda.</source>
        <translation>Consulting client: attend it.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="106"/>
        <source>Responder e-mail</source>
        <translation>Reply to e-mail</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="106"/>
        <location filename="../../views/consulting/forms.py" line="160"/>
        <source>Iniciar contato</source>
        <translation>Start contact</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="120"/>
        <source>&amp;Canal</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="122"/>
        <source>código, nome ou telefone do provedor</source>
        <translation>the provider&apos;s code, name or phone</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="123"/>
        <source>&amp;Cliente (provedor)</source>
        <translation>&amp;Client (provider)</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="140"/>
        <source>quem está falando</source>
        <translation>who is speaking</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="141"/>
        <source>A&amp;dicionar</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="143"/>
        <source>Cadastra esta pessoa no cliente agora.</source>
        <translation>Adds this person to the client now.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="146"/>
        <source>&amp;Pessoa</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="148"/>
        <source>número da OC</source>
        <translation>OC number</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="149"/>
        <source>P&amp;rotocolo</source>
        <translation>P&amp;rotocol</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="151"/>
        <source>&amp;Assunto</source>
        <translation>&amp;Subject</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="157"/>
        <source>Responder e abrir o e-mail</source>
        <translation>Reply and open the e-mail</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="161"/>
        <source>Pedir um &amp;momento</source>
        <translation>Ask for a &amp;moment</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="162"/>
        <source>O cliente do Skype espera até 10 minutos; depois, agende uma conferência.</source>
        <translation>The Skype client waits up to 10 minutes; then schedule a conference.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="262"/>
        <source>Escolha o cliente e digite o nome da pessoa.</source>
        <translation>Choose the client and type the person&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="273"/>
        <source>%1 cadastrada no cliente.</source>
        <translation>%1 added to the client.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="284"/>
        <source>O protocolo é o número da OC, só algarismos.</source>
        <translation>The protocol is the OC number, digits only.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../views/crash.py" line="91"/>
        <source>Pit Stop — erro inesperado</source>
        <translation>Pit Stop — unexpected error</translation>
    </message>
    <message>
        <location filename="../../views/crash.py" line="98"/>
        <source>O Pit Stop encontrou um erro inesperado: %1.</source>
        <translation>Pit Stop ran into an unexpected error: %1.</translation>
    </message>
    <message>
        <location filename="../../views/crash.py" line="105"/>
        <source>O relatório completo foi salvo em:</source>
        <translation>The full report was saved in:</translation>
    </message>
    <message>
        <location filename="../../views/crash.py" line="107"/>
        <source>Não foi possível salvar o relatório (%1); use «Copiar o relatório» para guardá-lo.</source>
        <translation>The report could not be saved (%1); use «Copy report» to keep it.</translation>
    </message>
    <message>
        <location filename="../../views/crash.py" line="120"/>
        <source>A janela não pôde abrir e o Pit Stop vai fechar. Envie o relatório a quem cuida do Pit Stop no escritório.</source>
        <translation>The window could not open and Pit Stop will close. Send the report to whoever looks after Pit Stop at the office.</translation>
    </message>
    <message>
        <location filename="../../views/crash.py" line="123"/>
        <source>O Pit Stop continua aberto: o que já foi gravado no banco e as ligações guardadas na caixa de saída não se perdem. Se algo parecer errado, feche a janela e abra de novo.</source>
        <translation>Pit Stop is still open: what was already saved in the database and the calls kept in the outbox are not lost. If something looks wrong, close the window and open it again.</translation>
    </message>
    <message>
        <location filename="../../views/crash.py" line="141"/>
        <source>Abrir a &amp;pasta</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <location filename="../../views/crash.py" line="142"/>
        <source>&amp;Copiar o relatório</source>
        <translation>&amp;Copy report</translation>
    </message>
    <message>
        <location filename="../../views/crash.py" line="143"/>
        <source>&amp;Detalhes</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../../views/crash.py" line="145"/>
        <source>&amp;Fechar</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <location filename="../../views/crash.py" line="194"/>
        <source>Aconteceram mais %1 erro(s) inesperado(s) depois deste; estão no log.</source>
        <translation>%1 more unexpected error(s) happened after this one; they are in the log.</translation>
    </message>
</context>
<context>
    <name>DecisionBox</name>
    <message>
        <location filename="../../views/escalation_decision.py" line="35"/>
        <source>Decisão do gestor</source>
        <translation>Manager&apos;s decision</translation>
    </message>
    <message>
        <location filename="../../views/escalation_decision.py" line="39"/>
        <source>No&amp;ta ou motivo:</source>
        <translation>No&amp;te or reason:</translation>
    </message>
    <message>
        <location filename="../../views/escalation_decision.py" line="41"/>
        <source>nota da aprovação (opcional) ou motivo da rejeição (obrigatório)</source>
        <translation>approval note (optional) or rejection reason (required)</translation>
    </message>
    <message>
        <location filename="../../views/escalation_decision.py" line="43"/>
        <source>Apro&amp;var</source>
        <translation>Appro&amp;ve</translation>
    </message>
    <message>
        <location filename="../../views/escalation_decision.py" line="44"/>
        <source>Re&amp;jeitar</source>
        <translation>Re&amp;ject</translation>
    </message>
    <message>
        <location filename="../../views/escalation_decision.py" line="74"/>
        <source>Escalonamento da OC %1 para N2 aprovado; a OC segue pelo APOIO N1 (R7).</source>
        <translation>Escalation of OC %1 to N2 approved; the OC goes through APOIO N1 (R7).</translation>
    </message>
    <message>
        <location filename="../../views/escalation_decision.py" line="76"/>
        <source>Escalonamento da OC %1 para Especialistas aprovado; a OC vai para Especialistas (R6).</source>
        <translation>Escalation of OC %1 to Especialistas approved; the OC goes to Especialistas (R6).</translation>
    </message>
    <message>
        <location filename="../../views/escalation_decision.py" line="86"/>
        <source>Informe o motivo da rejeição no campo «Nota ou motivo»; ele fica no histórico da OC (R6).</source>
        <translation>Give the reason for the rejection in «Note or reason»; it stays in the OC&apos;s history (R6).</translation>
    </message>
    <message>
        <location filename="../../views/escalation_decision.py" line="92"/>
        <source>Escalonamento da OC %1 rejeitado; a OC continua onde estava.</source>
        <translation>Escalation of OC %1 rejected; the OC stays where it was.</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="510"/>
        <source>Reunião realizada</source>
        <translation>Meeting held</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="512"/>
        <source>%1 com %2: informe o horário exato em que começou e terminou (regra 3 da equipe).</source>
        <translation>%1 with %2: give the exact time it began and ended (the team&apos;s rule 3).</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="527"/>
        <source>D&amp;ia</source>
        <translation>D&amp;ay</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="528"/>
        <source>&amp;Começou às</source>
        <translation>&amp;Began at</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="529"/>
        <source>&amp;Terminou às</source>
        <translation>&amp;Ended at</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="534"/>
        <source>Registrar como realizada</source>
        <translation>Record as held</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="551"/>
        <source>O fim vem depois do início.</source>
        <translation>The end comes after the start.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../views/setup/wizard.py" line="199"/>
        <source>Preparando</source>
        <translation>Setting up</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="200"/>
        <source>Um momento: o banco está sendo preparado.</source>
        <translation>One moment: the database is being set up.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../views/setup/wizard.py" line="235"/>
        <source>Pit Stop — primeira execução</source>
        <translation>Pit Stop — first run</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="238"/>
        <source>&lt; &amp;Voltar</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="239"/>
        <source>&amp;Avançar &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="240"/>
        <source>&amp;Concluir</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="241"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="278"/>
        <source>Gravando as configurações…</source>
        <translation>Saving the settings…</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="281"/>
        <source>Preparando o banco %1: criando as tabelas, os papéis do servidor e o primeiro administrador…</source>
        <translation>Setting up the database %1: creating the tables, the server&apos;s roles and the first administrator…</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="298"/>
        <source>Criando o banco deste computador com o dia de demonstração (leva alguns segundos)…</source>
        <translation>Creating this computer&apos;s database with the demo day (it takes a few seconds)…</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="299"/>
        <source>Criando o banco deste computador e o primeiro administrador…</source>
        <translation>Creating this computer&apos;s database and the first administrator…</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="321"/>
        <source>Pronto</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="322"/>
        <source>Este computador está configurado.</source>
        <translation>This computer is set up.</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="324"/>
        <source>Este computador usa o banco %1. Ao concluir, entre com o seu login e senha do Pit Stop.</source>
        <translation>This computer uses the database %1. When you finish, sign in with your Pit Stop login and password.</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="327"/>
        <source>O dia de demonstração está pronto. Ao concluir, entre com uma pessoa da demonstração (por exemplo fernanda, ou patricia.nogueira) e a senha «pitstop».</source>
        <translation>The demo day is ready. When you finish, sign in as a demo person (for instance fernanda, or patricia.nogueira) with the password «pitstop».</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="330"/>
        <source>O banco deste computador está pronto. Ao concluir, entre com o login e a senha do administrador que você criou.</source>
        <translation>This computer&apos;s database is ready. When you finish, sign in with the login and password of the administrator you created.</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="332"/>
        <source>As configurações ficam em %1; mude-as depois em Arquivo → Configurações…</source>
        <translation>The settings are kept in %1; change them later under File → Settings…</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="342"/>
        <source>Não foi possível concluir</source>
        <translation>Could not finish</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="343"/>
        <source>O banco não foi preparado.</source>
        <translation>The database was not set up.</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="344"/>
        <source>Nada foi gravado nas configurações deste computador. Volte, corrija e tente de novo.</source>
        <translation>Nothing was written to this computer&apos;s settings. Go back, correct it and try again.</translation>
    </message>
</context>
<context>
    <name>GaugePanel</name>
    <message>
        <location filename="../../views/gauges.py" line="280"/>
        <source>{days} dias: ANS {ans} ({met} de {total} no prazo)</source>
        <translation>{days} days: SLA met {ans} ({met} of {total} on time)</translation>
    </message>
    <message>
        <location filename="../../views/gauges.py" line="283"/>
        <source>Nenhuma OC encerrada nos últimos {days} dias</source>
        <translation>No OCs closed in the last {days} days</translation>
    </message>
    <message>
        <location filename="../../views/gauges.py" line="325"/>
        <source>Não foi possível atualizar os indicadores: {error}</source>
        <translation>Could not update the indicators: {error}</translation>
    </message>
    <message>
        <location filename="../../views/gauges.py" line="335"/>
        <source>ANS diário — últimos {days} dias</source>
        <translation>Daily SLA compliance — last {days} days</translation>
    </message>
</context>
<context>
    <name>HandOver</name>
    <message>
        <location filename="../../views/intake/handover.py" line="39"/>
        <source>Encaminhar e acionar o APOIO precisam do servidor ao vivo; a ligação ainda está pendente de sincronização.</source>
        <translation>Forwarding and calling APOIO need the live server; the call is still pending sync.</translation>
    </message>
    <message>
        <location filename="../../views/intake/handover.py" line="42"/>
        <source>OC complementar, já encerrada (FAQ 7347): nada a encaminhar.</source>
        <translation>Follow-up OC, already closed (FAQ 7347): nothing to forward.</translation>
    </message>
    <message>
        <location filename="../../views/intake/handover.py" line="44"/>
        <source>OC agendada com %1: já tem responsável.</source>
        <translation>OC booked with %1: it already has an owner.</translation>
    </message>
    <message>
        <location filename="../../views/intake/handover.py" line="46"/>
        <source>A OC já está no APOIO N1.</source>
        <translation>The OC is already in APOIO N1.</translation>
    </message>
    <message>
        <location filename="../../views/intake/handover.py" line="50"/>
        <source>Encaminhar mostra quem atende a aba (login, almoço, trabalho atual), disponíveis primeiro. Se ninguém atende, Acionar APOIO (R5).</source>
        <translation>Forward shows who serves the tab (login, lunch, current work), available people first. If nobody serves it, Call APOIO (R5).</translation>
    </message>
    <message>
        <location filename="../../views/intake/handover.py" line="63"/>
        <source>O servidor não responde: encaminhar e acionar o APOIO precisam do banco ao vivo. A OC está salva; tente de novo quando a conexão voltar.</source>
        <translation>The server is not responding: forwarding and calling APOIO need the live database. The OC is saved; try again when the connection is back.</translation>
    </message>
    <message>
        <location filename="../../views/intake/handover.py" line="121"/>
        <source>OC %1 oferecida a %2.</source>
        <translation>OC %1 offered to %2.</translation>
    </message>
    <message>
        <location filename="../../views/intake/handover.py" line="123"/>
        <source>Aviso (R4): %1</source>
        <translation>Warning (R4): %1</translation>
    </message>
    <message>
        <location filename="../../views/intake/handover.py" line="136"/>
        <source>ninguém atendeu; acionado no registro de ligações</source>
        <translation>nobody answered; called from call intake</translation>
    </message>
    <message>
        <location filename="../../views/intake/handover.py" line="145"/>
        <source>OC %1 enviada ao APOIO N1 (R5).</source>
        <translation>OC %1 sent to APOIO N1 (R5).</translation>
    </message>
</context>
<context>
    <name>ImportReportPanel</name>
    <message>
        <location filename="../../views/roster/report.py" line="17"/>
        <source>Importação de escala</source>
        <translation>Schedule import</translation>
    </message>
    <message>
        <location filename="../../views/roster/report.py" line="22"/>
        <source>Fechar relatório</source>
        <translation>Close report</translation>
    </message>
    <message>
        <location filename="../../views/roster/report.py" line="35"/>
        <source>%1: %2 linha(s) aplicada(s) — %3 dia(s) definido(s), %4 limpo(s).</source>
        <translation>%1: %2 line(s) applied — %3 day(s) set, %4 cleared.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/roster/report.py" line="39"/>
        <source>%n linha(s) recusada(s); corrija-as e importe o arquivo de novo.</source>
        <translation>
            <numerusform>%n line refused; fix it and import the file again.</numerusform>
            <numerusform>%n lines refused; fix them and import the file again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/roster/report.py" line="44"/>
        <source>linha %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
</context>
<context>
    <name>IntakeController</name>
    <message>
        <location filename="../../views/intake/controller.py" line="150"/>
        <source>carregando os clientes…</source>
        <translation>loading customers…</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="192"/>
        <source>código, nome ou telefone do cliente</source>
        <translation>customer code, name or phone</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="211"/>
        <source>não foi possível carregar os clientes — tentando de novo…</source>
        <translation>could not load the customers — retrying…</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="255"/>
        <source>%1 clientes — digite para filtrar</source>
        <translation>%1 customers — type to filter</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="257"/>
        <source>Nenhum cliente encontrado</source>
        <translation>No customer found</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="259"/>
        <source>Os primeiros %1 — continue digitando</source>
        <translation>The first %1 — keep typing</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="261"/>
        <source>%1 encontrado(s) — Enter escolhe</source>
        <translation>%1 found — Enter picks</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="272"/>
        <source>Nenhum cliente com «%1». Confira o código, o nome ou o telefone.</source>
        <translation>No customer matches “%1”. Check the code, name or phone.</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="273"/>
        <source>Digite o código, o nome ou o telefone do cliente.</source>
        <translation>Type the customer&apos;s code, name or phone.</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="283"/>
        <source>Cliente desconhecido: %1</source>
        <translation>Unknown customer: %1</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="294"/>
        <source>sem telefone</source>
        <translation>no phone</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="296"/>
        <source>cliente da consultoria</source>
        <translation>consulting customer</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="300"/>
        <source>OCs do cliente — carregando…</source>
        <translation>Customer&apos;s OCs — loading…</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="323"/>
        <source>Tocando: %1. Termine esta ligação (Ctrl+Enter) e use Ctrl+N para atendê-la.</source>
        <translation>Ringing: %1. Finish this call (Ctrl+Enter) and use Ctrl+N to answer it.</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="334"/>
        <source>%1 clientes com o telefone %2: escolha com ↑↓ e Enter.</source>
        <translation>%1 customers with phone %2: choose with ↑↓ and Enter.</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="339"/>
        <source>Nenhum cliente com o telefone %1; busque pelo nome ou código.</source>
        <translation>No customer with phone %1; search by name or code.</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="378"/>
        <source>%1 com %2 (FAQ 7037)</source>
        <translation>%1 with %2 (FAQ 7037)</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="399"/>
        <source>Escolha o cliente: digite código, nome ou telefone e Enter.</source>
        <translation>Choose the customer: type a code, name or phone and press Enter.</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="401"/>
        <source>Descreva a ligação no resumo.</source>
        <translation>Describe the call in the summary.</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="425"/>
        <source>Salvando…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="456"/>
        <source>A ligação NÃO foi salva: %1</source>
        <translation>The call was NOT saved: %1</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="479"/>
        <source>Ligação guardada neste computador</source>
        <translation>Call kept on this computer</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="480"/>
        <source>pendente</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="481"/>
        <source>Sem conexão com o banco: ela será enviada sozinha quando o banco voltar, e o número aparece aqui e em «OCs que registrei hoje».</source>
        <translation>No connection to the database: it will be sent automatically when the database is back, and its number will appear here and in “OCs I registered today”.</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="485"/>
        <source>OC registrada</source>
        <translation>OC registered</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="488"/>
        <source>Complementar à OC %1: vinculada e encerrada com FAQ 7347 (R2).</source>
        <translation>Follow-up to OC %1: linked and closed with FAQ 7347 (R2).</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="492"/>
        <source>Agendada (FAQ 7037): %1 com %2.</source>
        <translation>Booked (FAQ 7037): %1 with %2.</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="507"/>
        <source>Número copiado para a área de transferência (Ctrl+V).</source>
        <translation>Number copied to the clipboard (Ctrl+V).</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="533"/>
        <source>Nenhum cliente escolhido</source>
        <translation>No customer chosen</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="535"/>
        <source>OCs do cliente</source>
        <translation>Customer&apos;s OCs</translation>
    </message>
</context>
<context>
    <name>IntakeWindow</name>
    <message>
        <location filename="../../views/intake/window.py" line="60"/>
        <source>Pit Stop | Registro de ligações — %1</source>
        <translation>Pit Stop | Call intake — %1</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="124"/>
        <source>Enter escolhe o cliente · Ctrl+Enter salva · Ctrl+N próxima ligação · F3 buscar cliente · F4 agendar horário · Ctrl+E encaminhar · Ctrl+Shift+A acionar APOIO · F5 atualizar</source>
        <translation>Enter picks the customer · Ctrl+Enter saves · Ctrl+N next call · F3 find customer · F4 book a slot · Ctrl+E forward · Ctrl+Shift+A call APOIO · F5 refresh</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="132"/>
        <source>Conectando…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="139"/>
        <source>aguardando o banco…</source>
        <translation>waiting for the database…</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="172"/>
        <source>&amp;Cliente</source>
        <translation>&amp;Customer</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="175"/>
        <source>código, nome ou telefone do cliente</source>
        <translation>customer code, name or phone</translation>
    </message>
    <message>
        <source>Código</source>
        <translation type="vanished">Code</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="254"/>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Telefone</source>
        <translation type="vanished">Phone</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="208"/>
        <source>Nenhum cliente escolhido</source>
        <translation>No customer chosen</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="226"/>
        <source>OCs do cliente</source>
        <translation>Customer&apos;s OCs</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="231"/>
        <location filename="../../views/intake/window.py" line="254"/>
        <source>OC</source>
        <translation>OC</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="231"/>
        <source>Aba</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="231"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="231"/>
        <source>Idade</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="231"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="237"/>
        <source>Enter numa OC aberta: a ligação é complementar a ela (R2)</source>
        <translation>Enter on an open OC: the call is a follow-up to it (R2)</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="250"/>
        <source>OCs que registrei hoje</source>
        <translation>OCs I registered today</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="254"/>
        <source>Hora</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="254"/>
        <source>Situação</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="260"/>
        <source>Delete numa ligação recusada pelo servidor a retira da lista</source>
        <translation>Delete on a call refused by the server removes it from the list</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="288"/>
        <source>Nova ligação</source>
        <translation>New call</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="291"/>
        <source>&amp;Resumo da ligação</source>
        <translation>Call summa&amp;ry</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="295"/>
        <source>o que o cliente relatou (obrigatório)</source>
        <translation>what the customer reported (required)</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="317"/>
        <source>Ca&amp;nal</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="318"/>
        <source>&amp;Tipo</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="319"/>
        <source>S&amp;LA</source>
        <translation>S&amp;LA</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="320"/>
        <source>A&amp;ba</source>
        <translation>Ta&amp;b</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="326"/>
        <source>Co&amp;mplementar à OC</source>
        <translation>Follo&amp;w-up to OC</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="335"/>
        <source>Escolher horário… (F4)</source>
        <translation>Choose a slot… (F4)</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="337"/>
        <location filename="../../views/intake/window.py" line="556"/>
        <source>sem agendamento</source>
        <translation>no appointment</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="339"/>
        <source>Sem horário</source>
        <translation>No slot</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="346"/>
        <source>A&amp;gendamento</source>
        <translation>A&amp;ppointment</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="355"/>
        <source>&amp;Salvar  (Ctrl+Enter)</source>
        <translation>&amp;Save  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="394"/>
        <source>Encaminhar para a &amp;aba</source>
        <translation>Forward to t&amp;ab</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="398"/>
        <source>&amp;Encaminhar…  (Ctrl+E)</source>
        <translation>&amp;Forward…  (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="400"/>
        <source>Acionar APOI&amp;O  (Ctrl+Shift+A)</source>
        <translation>Call APOI&amp;O  (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="415"/>
        <source>&amp;Próxima ligação  (Enter · Ctrl+N)</source>
        <translation>&amp;Next call  (Enter · Ctrl+N)</translation>
    </message>
    <message>
        <source>carregando os clientes…</source>
        <translation type="vanished">loading customers…</translation>
    </message>
    <message>
        <source>não foi possível carregar os clientes — tentando de novo…</source>
        <translation type="vanished">could not load the customers — retrying…</translation>
    </message>
    <message>
        <source>consultoria</source>
        <translation type="vanished">consulting</translation>
    </message>
    <message>
        <source>%1 clientes — digite para filtrar</source>
        <translation type="vanished">%1 customers — type to filter</translation>
    </message>
    <message>
        <source>Nenhum cliente encontrado</source>
        <translation type="vanished">No customer found</translation>
    </message>
    <message>
        <source>Os primeiros %1 — continue digitando</source>
        <translation type="vanished">The first %1 — keep typing</translation>
    </message>
    <message>
        <source>%1 encontrado(s) — Enter escolhe</source>
        <translation type="vanished">%1 found — Enter picks</translation>
    </message>
    <message>
        <source>Nenhum cliente com «%1». Confira o código, o nome ou o telefone.</source>
        <translation type="vanished">No customer matches “%1”. Check the code, name or phone.</translation>
    </message>
    <message>
        <source>Digite o código, o nome ou o telefone do cliente.</source>
        <translation type="vanished">Type the customer&apos;s code, name or phone.</translation>
    </message>
    <message>
        <source>Cliente desconhecido: %1</source>
        <translation type="vanished">Unknown customer: %1</translation>
    </message>
    <message>
        <source>sem telefone</source>
        <translation type="vanished">no phone</translation>
    </message>
    <message>
        <source>cliente da consultoria</source>
        <translation type="vanished">consulting customer</translation>
    </message>
    <message>
        <source>OCs do cliente — carregando…</source>
        <translation type="vanished">Customer&apos;s OCs — loading…</translation>
    </message>
    <message>
        <source>OCs do cliente — indisponíveis agora</source>
        <translation type="vanished">Customer&apos;s OCs — unavailable right now</translation>
    </message>
    <message>
        <source>OCs do cliente: %1 aberta(s)</source>
        <translation type="vanished">Customer&apos;s OCs: %1 open</translation>
    </message>
    <message>
        <source>Abertas (%1)</source>
        <translation type="vanished">Open (%1)</translation>
    </message>
    <message>
        <source>Últimas encerradas (%1)</source>
        <translation type="vanished">Recently closed (%1)</translation>
    </message>
    <message>
        <source>enc. %1</source>
        <translation type="vanished">closed %1</translation>
    </message>
    <message>
        <source>com %1</source>
        <translation type="vanished">with %1</translation>
    </message>
    <message>
        <source>— não: é um assunto novo —</source>
        <translation type="vanished">— no: it is a new issue —</translation>
    </message>
    <message>
        <source>O cliente tem OC aberta: se a ligação só complementa uma delas, escolha-a aqui (R2).</source>
        <translation type="vanished">The customer has an open OC: if the call only follows up on one of them, choose it here (R2).</translation>
    </message>
    <message>
        <source>Sem OCs abertas: a ligação é uma OC nova (R1).</source>
        <translation type="vanished">No open OCs: the call is a new OC (R1).</translation>
    </message>
    <message>
        <source>Ao salvar, a nova OC fica vinculada à OC %1 e é encerrada com FAQ 7347 (R2).</source>
        <translation type="vanished">On saving, the new OC is linked to OC %1 and closed with FAQ 7347 (R2).</translation>
    </message>
    <message>
        <source>Ctrl+N passa para a próxima ligação sem registrar nada.</source>
        <translation type="vanished">Ctrl+N moves to the next call without registering anything.</translation>
    </message>
    <message>
        <source>Tocando: %1. Termine esta ligação (Ctrl+Enter) e use Ctrl+N para atendê-la.</source>
        <translation type="vanished">Ringing: %1. Finish this call (Ctrl+Enter) and use Ctrl+N to answer it.</translation>
    </message>
    <message>
        <source>%1 clientes com o telefone %2: escolha com ↑↓ e Enter.</source>
        <translation type="vanished">%1 customers with phone %2: choose with ↑↓ and Enter.</translation>
    </message>
    <message>
        <source>Nenhum cliente com o telefone %1; busque pelo nome ou código.</source>
        <translation type="vanished">No customer with phone %1; search by name or code.</translation>
    </message>
    <message>
        <source>%1 com %2 (FAQ 7037)</source>
        <translation type="vanished">%1 with %2 (FAQ 7037)</translation>
    </message>
    <message>
        <source>Escolha o cliente: digite código, nome ou telefone e Enter.</source>
        <translation type="vanished">Choose the customer: type a code, name or phone and press Enter.</translation>
    </message>
    <message>
        <source>Descreva a ligação no resumo.</source>
        <translation type="vanished">Describe the call in the summary.</translation>
    </message>
    <message>
        <source>Salvando…</source>
        <translation type="vanished">Saving…</translation>
    </message>
    <message>
        <source>Agendar precisa do servidor ao vivo: só o banco garante o horário, e ele não responde agora. Tente de novo quando a conexão voltar, ou tire o horário («Sem horário») para guardar a ligação na caixa de saída.</source>
        <translation type="vanished">Booking needs the live server: only the database can guarantee the slot, and it is not responding right now. Try again when the connection is back, or remove the slot (“No slot”) to keep the call in the outbox.</translation>
    </message>
    <message>
        <source>A ligação NÃO foi salva: %1</source>
        <translation type="vanished">The call was NOT saved: %1</translation>
    </message>
    <message>
        <source>Ligação guardada neste computador</source>
        <translation type="vanished">Call kept on this computer</translation>
    </message>
    <message>
        <source>pendente</source>
        <translation type="vanished">pending</translation>
    </message>
    <message>
        <source>Sem conexão com o banco: ela será enviada sozinha quando o banco voltar, e o número aparece aqui e em «OCs que registrei hoje».</source>
        <translation type="vanished">No connection to the database: it will be sent automatically when the database is back, and its number will appear here and in “OCs I registered today”.</translation>
    </message>
    <message>
        <source>OC registrada</source>
        <translation type="vanished">OC registered</translation>
    </message>
    <message>
        <source>Número copiado para a área de transferência (Ctrl+V).</source>
        <translation type="vanished">Number copied to the clipboard (Ctrl+V).</translation>
    </message>
    <message>
        <source>Complementar à OC %1: vinculada e encerrada com FAQ 7347 (R2).</source>
        <translation type="vanished">Follow-up to OC %1: linked and closed with FAQ 7347 (R2).</translation>
    </message>
    <message>
        <source>Agendada (FAQ 7037): %1 com %2.</source>
        <translation type="vanished">Booked (FAQ 7037): %1 with %2.</translation>
    </message>
    <message>
        <source>Encaminhar e acionar o APOIO precisam do servidor ao vivo; a ligação ainda está pendente de sincronização.</source>
        <translation type="vanished">Forwarding and calling APOIO need the live server; the call is still pending sync.</translation>
    </message>
    <message>
        <source>OC complementar, já encerrada (FAQ 7347): nada a encaminhar.</source>
        <translation type="vanished">Follow-up OC, already closed (FAQ 7347): nothing to forward.</translation>
    </message>
    <message>
        <source>OC agendada com %1: já tem responsável.</source>
        <translation type="vanished">OC booked with %1: it already has an owner.</translation>
    </message>
    <message>
        <source>A OC já está no APOIO N1.</source>
        <translation type="vanished">The OC is already in APOIO N1.</translation>
    </message>
    <message>
        <source>Encaminhar mostra quem atende a aba (login, almoço, trabalho atual), disponíveis primeiro. Se ninguém atende, Acionar APOIO (R5).</source>
        <translation type="vanished">Forward shows who serves the tab (login, lunch, current work), available people first. If nobody serves it, Call APOIO (R5).</translation>
    </message>
    <message>
        <source>O servidor não responde: encaminhar e acionar o APOIO precisam do banco ao vivo. A OC está salva; tente de novo quando a conexão voltar.</source>
        <translation type="vanished">The server is not responding: forwarding and calling APOIO need the live database. The OC is saved; try again when the connection is back.</translation>
    </message>
    <message>
        <source>OC %1 oferecida a %2.</source>
        <translation type="vanished">OC %1 offered to %2.</translation>
    </message>
    <message>
        <source>Aviso (R4): %1</source>
        <translation type="vanished">Warning (R4): %1</translation>
    </message>
    <message>
        <source>ninguém atendeu; acionado no registro de ligações</source>
        <translation type="vanished">nobody answered; called from call intake</translation>
    </message>
    <message>
        <source>OC %1 enviada ao APOIO N1 (R5).</source>
        <translation type="vanished">OC %1 sent to APOIO N1 (R5).</translation>
    </message>
    <message>
        <source>pendente de sincronização</source>
        <translation type="vanished">pending sync</translation>
    </message>
    <message>
        <source>recusada pelo servidor: %1 (Delete retira)</source>
        <translation type="vanished">refused by the server: %1 (Delete removes it)</translation>
    </message>
    <message>
        <source>complementar à OC %1</source>
        <translation type="vanished">follow-up to OC %1</translation>
    </message>
    <message>
        <source>OCs que registrei hoje (%1)</source>
        <translation type="vanished">OCs I registered today (%1)</translation>
    </message>
    <message>
        <source>%1 pendente(s)</source>
        <translation type="vanished">%1 pending</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="573"/>
        <source>caixa de saída local indisponível</source>
        <translation>local outbox unavailable</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="577"/>
        <source>pendente de sincronização: %1</source>
        <translation>pending sync: %1</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="578"/>
        <source>Ligações guardadas neste computador; são enviadas sozinhas quando o banco responder.</source>
        <translation>Calls kept on this computer; they are sent automatically when the database responds.</translation>
    </message>
    <message>
        <source>O servidor recusou esta ligação: %1</source>
        <translation type="vanished">The server refused this call: %1</translation>
    </message>
    <message>
        <source>%1 ligação(ões) pendente(s) recusada(s) pelo servidor; veja «OCs que registrei hoje».</source>
        <translation type="vanished">%1 pending call(s) refused by the server; see “OCs I registered today”.</translation>
    </message>
    <message>
        <source>%1 ligação(ões) pendente(s) enviada(s) ao banco.</source>
        <translation type="vanished">%1 pending call(s) sent to the database.</translation>
    </message>
    <message>
        <source>OC registrada ao sincronizar</source>
        <translation type="vanished">OC registered on sync</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="563"/>
        <source>Conectado ao banco</source>
        <translation>Connected to the database</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="566"/>
        <source>Sem conexão com o banco — as ligações ficam na caixa de saída deste computador</source>
        <translation>No connection to the database — calls stay in this computer&apos;s outbox</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="589"/>
        <source>Ligações pendentes</source>
        <translation>Pending calls</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="590"/>
        <source>%1 ligação(ões) ainda não chegaram ao banco (pendentes de sincronização). Elas ficam guardadas neste computador e são enviadas na próxima vez que a janela de registro abrir. Sair mesmo assim?</source>
        <translation>%1 call(s) have not reached the database yet (pending sync). They are kept on this computer and sent the next time the call intake window opens. Quit anyway?</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="595"/>
        <source>Sair</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="596"/>
        <source>Continuar aberta</source>
        <translation>Keep open</translation>
    </message>
</context>
<context>
    <name>LocalPage</name>
    <message>
        <location filename="../../views/setup/wizard.py" line="101"/>
        <source>Só este computador</source>
        <translation>This computer only</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="102"/>
        <source>Os dados ficam no arquivo %1.</source>
        <translation>The data stays in the file %1.</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="103"/>
        <source>Começar com o &amp;dia de demonstração</source>
        <translation>Start with the &amp;demo day</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="108"/>
        <source>Um dia inteiro de uma central de atendimento: a equipe, clientes, OCs em todas as situações, escalonamentos e a fila do APOIO. A senha de todas as pessoas da demonstração é «pitstop». Sem ele, você cria o primeiro administrador na próxima página.</source>
        <translation>A whole day of a help desk: the staff, clients, OCs in every state, escalations and the APOIO queue. Every demo person&apos;s password is «pitstop». Without it, you create the first administrator on the next page.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../views/main_window.py" line="74"/>
        <source>Pit Stop | Agenda — {name} ({role})</source>
        <translation>Pit Stop | Agenda — {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="91"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="92"/>
        <source>Técnicos hoje</source>
        <translation>Technicians today</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="94"/>
        <source>Aprovações</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="94"/>
        <source>Meus escalonamentos</source>
        <translation>My escalations</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="97"/>
        <source>Fila do APOIO</source>
        <translation>APOIO queue</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="103"/>
        <location filename="../../views/main_window.py" line="485"/>
        <source>Conectado</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="110"/>
        <source>aguardando o banco…</source>
        <translation>waiting for the database…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="292"/>
        <source>Senha trocada.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="295"/>
        <source>&amp;Arquivo</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="298"/>
        <source>Escala da semana…</source>
        <translation>Weekly schedule…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="304"/>
        <source>Corrigir presença…</source>
        <translation>Correct presence…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="308"/>
        <source>Trocar minha senha…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="311"/>
        <source>Configurações…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="316"/>
        <source>Sair</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="322"/>
        <source>&amp;Relatórios</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="323"/>
        <source>Relatório semanal da gerência…</source>
        <translation>Weekly management report…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="326"/>
        <source>&amp;Consultoria</source>
        <translation>&amp;Consulting</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="327"/>
        <source>Agenda da consultoria…</source>
        <translation>Consulting agenda…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="330"/>
        <source>&amp;Exibir</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="331"/>
        <source>Modo painel (tela cheia)</source>
        <translation>Wallboard mode (full screen)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="336"/>
        <source>Atualizar tudo</source>
        <translation>Refresh all</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="343"/>
        <source>Idioma (ao reiniciar)</source>
        <translation>Language (on restart)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="419"/>
        <source>Não foi possível gravar as configurações: %1</source>
        <translation>Could not save the settings: %1</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="422"/>
        <source>O idioma muda na próxima vez que o console abrir.</source>
        <translation>The language changes the next time the console opens.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="481"/>
        <source>Sem conexão com o banco — tentando de novo… ({0})</source>
        <translation>No connection to the database — retrying… ({0})</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="508"/>
        <source>SLA estourado</source>
        <translation>SLA breached</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="508"/>
        <source>OC {0} estourou o SLA.</source>
        <translation>OC {0} breached its SLA.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="511"/>
        <source>SLA perto de vencer</source>
        <translation>SLA due soon</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="511"/>
        <source>OC {0} está perto de vencer o SLA.</source>
        <translation>The SLA of OC {0} is due soon.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="525"/>
        <source>Pit Stop | Agenda</source>
        <translation>Pit Stop | Agenda</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="542"/>
        <source>Escalonamento aguardando</source>
        <translation>Escalation waiting</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="543"/>
        <source>{0} pedido(s) de escalonamento aguardam sua validação.</source>
        <translation>{0} escalation request(s) awaiting your approval.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="545"/>
        <source>Novo item no APOIO</source>
        <translation>New item in APOIO</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="546"/>
        <source>{0} OC(s) entraram na fila do APOIO.</source>
        <translation>{0} OC(s) entered the APOIO queue.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="604"/>
        <source>Presença de %1 corrigida: %2 às %3.</source>
        <translation>Presence of %1 corrected: %2 at %3.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="658"/>
        <source>Configurações gravadas.</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="93"/>
        <source>Remarcar reunião</source>
        <translation>Reschedule meeting</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="93"/>
        <source>Agendar reunião</source>
        <translation>Schedule a meeting</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="115"/>
        <source>&amp;Tipo</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="117"/>
        <source>código, nome ou telefone do provedor</source>
        <translation>the provider&apos;s code, name or phone</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="118"/>
        <source>&amp;Cliente (provedor)</source>
        <translation>&amp;Client (provider)</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="137"/>
        <source>quem participa pelo cliente (cadastrado ao salvar)</source>
        <translation>who attends for the client (added when saved)</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="138"/>
        <source>&amp;Pessoa</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="142"/>
        <source>número da OC (opcional)</source>
        <translation>OC number (optional)</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="143"/>
        <source>P&amp;rotocolo</source>
        <translation>P&amp;rotocol</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="147"/>
        <source>o título da reunião (e da reserva da sala)</source>
        <translation>the meeting&apos;s title (and the room booking&apos;s)</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="148"/>
        <source>&amp;Assunto</source>
        <translation>&amp;Subject</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="154"/>
        <source>Cada pessoa agenda as próprias reuniões; a gestão agenda as de qualquer um.</source>
        <translation>Each person schedules their own meetings; management schedules anyone&apos;s.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="156"/>
        <source>C&amp;onsultor(a)</source>
        <translation>C&amp;onsultant</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="162"/>
        <source>D&amp;ia</source>
        <translation>D&amp;ay</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="177"/>
        <source>até</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="180"/>
        <source>&amp;Das</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="186"/>
        <source>Sem sala</source>
        <translation>No room</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="187"/>
        <source>&amp;Sala</source>
        <translation>&amp;Room</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="191"/>
        <source>a pauta: os assuntos, um por linha</source>
        <translation>the agenda: the topics, one per line</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="194"/>
        <source>Pa&amp;uta</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="198"/>
        <location filename="../../views/consulting/meeting_form.py" line="372"/>
        <source>Horários da sala</source>
        <translation>The room&apos;s times</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="201"/>
        <source>Horários da sala no dia</source>
        <translation>The room&apos;s times that day</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="211"/>
        <source>Remarcar</source>
        <translation>Reschedule</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="211"/>
        <source>Agendar</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="248"/>
        <source>A sala e a pauta acompanham a reunião; mude o dia, o horário ou quem a conduz.</source>
        <translation>The room and the agenda go with the meeting; change the day, the time or who holds it.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="285"/>
        <source>Nenhuma sala cadastrada; a gestão cadastra as salas (pitstop room add).</source>
        <translation>No room registered; management adds the rooms (pitstop room add).</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="370"/>
        <source>%1 em %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="378"/>
        <source>Escolha uma sala para ver os horários livres e ocupados do dia.</source>
        <translation>Choose a room to see the day&apos;s free and taken times.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="392"/>
        <source>Clique num horário livre para começar a reunião nele.</source>
        <translation>Click a free time to start the meeting there.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="412"/>
        <source>%1  livre</source>
        <translation>%1  free</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="414"/>
        <source>%1  esta reunião</source>
        <translation>%1  this meeting</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="416"/>
        <source>%1  ocupada: %2 · %3</source>
        <translation>%1  taken: %2 · %3</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="422"/>
        <source>Reservada por %1: %2</source>
        <translation>Booked by %1: %2</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="471"/>
        <source>O protocolo é o número da OC, só algarismos.</source>
        <translation>The protocol is the OC number, digits only.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="475"/>
        <source>O fim vem depois do início.</source>
        <translation>The end comes after the start.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/meeting_form.py" line="486"/>
        <source>Escolha o cliente da consultoria na lista.</source>
        <translation>Choose the consulting client in the list.</translation>
    </message>
</context>
<context>
    <name>OccurrenceDialog</name>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="121"/>
        <location filename="../../views/occurrence_dialog.py" line="134"/>
        <source>OC %1</source>
        <translation>OC %1</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="159"/>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="159"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="160"/>
        <source>Aba</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="160"/>
        <source>Técnico</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="161"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="161"/>
        <source>Aberta</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="162"/>
        <source>Canal e tipo</source>
        <translation>Channel and type</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="162"/>
        <source>Vínculo</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="167"/>
        <source>Escalonamento</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="168"/>
        <source>Encerramento</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="180"/>
        <source>&amp;Histórico</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Quando</source>
        <translation type="vanished">When</translation>
    </message>
    <message>
        <source>Quem</source>
        <translation type="vanished">Who</translation>
    </message>
    <message>
        <source>Ação</source>
        <translation type="vanished">Action</translation>
    </message>
    <message>
        <source>Detalhe</source>
        <translation type="vanished">Detail</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="208"/>
        <source>&amp;Oferecer…</source>
        <translation>&amp;Offer…</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="208"/>
        <source>&amp;Encaminhar…</source>
        <translation>&amp;Forward…</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="209"/>
        <source>E&amp;scalonar…</source>
        <translation>&amp;Escalate…</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="209"/>
        <source>Enviar ao &amp;APOIO…</source>
        <translation>Send to &amp;APOIO…</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="210"/>
        <source>Encer&amp;rar…</source>
        <translation>&amp;Close OC…</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="223"/>
        <source>Fechar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="251"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="288"/>
        <source>Encaminhar para outra aba (R3)</source>
        <translation>Forward to another tab (R3)</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="288"/>
        <source>Encaminhar</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="291"/>
        <source>opcional: por que vai para essa aba</source>
        <translation>optional: why it goes to that tab</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="292"/>
        <source>Aba de &amp;destino:</source>
        <translation>&amp;Destination tab:</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="293"/>
        <location filename="../../views/occurrence_dialog.py" line="310"/>
        <location filename="../../views/occurrence_dialog.py" line="333"/>
        <source>&amp;Nota:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="298"/>
        <source>Pedir escalonamento — um gestor valida (R6, R7)</source>
        <translation>Request escalation — a manager approves (R6, R7)</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="299"/>
        <source>Pedir escalonamento</source>
        <translation>Request escalation</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="307"/>
        <source>opcional: o que o gestor precisa saber</source>
        <translation>optional: what the manager needs to know</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="308"/>
        <source>&amp;Destino:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="309"/>
        <location filename="../../views/occurrence_dialog.py" line="320"/>
        <source>&amp;Motivo:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="316"/>
        <source>Enviar ao APOIO da gestão (R5)</source>
        <translation>Send to management APOIO (R5)</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="317"/>
        <source>Enviar ao APOIO</source>
        <translation>Send to APOIO</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="319"/>
        <source>obrigatório: por que o APOIO precisa assumir</source>
        <translation>required: why APOIO needs to take over</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="325"/>
        <source>Encerrar com código FAQ (R11)</source>
        <translation>Close with FAQ code (R11)</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="325"/>
        <source>Encerrar a OC</source>
        <translation>Close the OC</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="327"/>
        <source>ex.: 7347</source>
        <translation>e.g. 7347</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="331"/>
        <source>opcional: como foi resolvida</source>
        <translation>optional: how it was solved</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="332"/>
        <source>Código &amp;FAQ:</source>
        <translation>FA&amp;Q code:</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="374"/>
        <source>Não foi possível ler a OC.</source>
        <translation>Could not read the OC.</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="384"/>
        <location filename="../../views/occurrence_dialog.py" line="385"/>
        <source>OC %1 — %2</source>
        <translation>OC %1 — %2</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="399"/>
        <source>%1 · %2 · vence %3</source>
        <translation>%1 · %2 · due %3</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="406"/>
        <source>oferecida a %1 há %2, sem resposta (R5): pode enviar ao APOIO</source>
        <translation>offered to %1 %2 ago, no answer (R5): you may send it to APOIO</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="410"/>
        <source>oferecida a %1, aguardando resposta</source>
        <translation>offered to %1, awaiting a reply</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="413"/>
        <source>ninguém</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="414"/>
        <source>%1 por %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="418"/>
        <source>ligação complementar à &lt;a href=&apos;%1&apos;&gt;OC %1&lt;/a&gt; (R2)</source>
        <translation>follow-up call to &lt;a href=&apos;%1&apos;&gt;OC %1&lt;/a&gt; (R2)</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="421"/>
        <source>nenhum</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="425"/>
        <source>pedido para %1 (%2) por %3 às %4 — aguarda um gestor</source>
        <translation>requested for %1 (%2) by %3 at %4 — awaiting a manager</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="435"/>
        <source>%1 com FAQ %2</source>
        <translation>%1 with FAQ %2</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="449"/>
        <source>%1 (datado)</source>
        <translation>%1 (dated)</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="518"/>
        <source>OC encerrada: nada mais a fazer (R11).</source>
        <translation>OC closed: nothing more to do (R11).</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="520"/>
        <source>Aguardando a validação de um gestor.</source>
        <translation>Awaiting a manager&apos;s approval.</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="523"/>
        <source>A OC está com %1: só quem a atende ou a gestão age sobre ela (R9).</source>
        <translation>The OC is with %1: only whoever handles it or management acts on it (R9).</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="526"/>
        <source>Seu papel não tem ações sobre esta OC.</source>
        <translation>Your role has no actions on this OC.</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="590"/>
        <source>sem resposta: oferecida a %1 há %2 (R5)</source>
        <translation>no answer: offered to %1 %2 ago (R5)</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="635"/>
        <source>Escolha a aba de destino.</source>
        <translation>Choose the destination tab.</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="639"/>
        <source>OC %1 encaminhada para %2.</source>
        <translation>OC %1 forwarded to %2.</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="645"/>
        <source>Escalonamento da OC %1 para %2 pedido; aguarda a validação de um gestor.</source>
        <translation>Escalation of OC %1 to %2 requested; awaiting a manager&apos;s approval.</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="650"/>
        <source>OC %1 enviada ao APOIO.</source>
        <translation>OC %1 sent to APOIO.</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="654"/>
        <source>OC %1 encerrada com FAQ %2.</source>
        <translation>OC %1 closed with FAQ %2.</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="675"/>
        <source>OC %1 oferecida a %2; aguardando o aceite.</source>
        <translation>OC %1 offered to %2; awaiting acceptance.</translation>
    </message>
</context>
<context>
    <name>OfferPicker</name>
    <message>
        <location filename="../../views/offer_picker.py" line="128"/>
        <source>Oferecer a OC %1</source>
        <translation>Offer OC %1</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="142"/>
        <source>R4: ofereça a quem atende a aba, está logado e não está no almoço. Enter ou duplo clique oferece.</source>
        <translation>R4: offer to someone who serves the tab, is logged in and is not at lunch. Enter or double-click offers.</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="232"/>
        <source>⚠ sem resposta há %1 (R5): ofereça a outra pessoa ou envie ao APOIO</source>
        <translation>⚠ no answer for %1 (R5): offer it to someone else or send it to APOIO</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="272"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="273"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="274"/>
        <source>Login às</source>
        <translation>Logged in at</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="275"/>
        <source>Almoço</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="276"/>
        <source>Trabalho atual</source>
        <translation>Current work</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="277"/>
        <source>Avisos</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="164"/>
        <location filename="../../views/offer_picker.py" line="316"/>
        <location filename="../../views/offer_picker.py" line="375"/>
        <source>&amp;Oferecer</source>
        <translation>&amp;Offer</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="167"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="191"/>
        <source>Tirar a OC %1 do APOIO e oferecer a quem atende %2</source>
        <translation>Take OC %1 out of APOIO and offer it to someone who serves %2</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="193"/>
        <source>Oferecer a OC %1 a quem atende %2</source>
        <translation>Offer OC %1 to someone who serves %2</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="202"/>
        <source>%1 de %2 disponíveis agora</source>
        <translation>%1 of %2 available now</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="205"/>
        <source>Ninguém atende %1. Peça a um administrador para ajustar as abas.</source>
        <translation>Nobody serves %1. Ask an administrator to adjust the tabs.</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="210"/>
        <source>A oferta a %1 está sem resposta há %2 (R5): ofereça a outra pessoa ou envie a OC ao APOIO.</source>
        <translation>The offer to %1 has had no answer for %2 (R5): offer it to someone else or send the OC to APOIO.</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="229"/>
        <source>OC %1</source>
        <translation>OC %1</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="229"/>
        <source>livre</source>
        <translation>free</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="230"/>
        <source>já está com a oferta desta OC</source>
        <translation>already has the offer for this OC</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="230"/>
        <source>recusou esta OC</source>
        <translation>refused this OC</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="231"/>
        <source>sem escala hoje</source>
        <translation>not scheduled today</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="229"/>
        <source> · turno até %1</source>
        <translation> · shift until %1</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="326"/>
        <location filename="../../views/offer_picker.py" line="369"/>
        <source>&amp;Oferecer mesmo assim</source>
        <translation>&amp;Offer anyway</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="328"/>
        <source>%1: %2. Oferecer mesmo assim? Pressione Enter de novo ou «Oferecer mesmo assim».</source>
        <translation>%1: %2. Offer anyway? Press Enter again or “Offer anyway”.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../views/password_dialog.py" line="19"/>
        <source>Trocar minha senha</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../../views/password_dialog.py" line="26"/>
        <source>&amp;Nova senha</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <location filename="../../views/password_dialog.py" line="27"/>
        <source>&amp;Repita a nova senha</source>
        <translation>&amp;Repeat the new password</translation>
    </message>
    <message>
        <location filename="../../views/password_dialog.py" line="29"/>
        <source>Trocar</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../views/password_dialog.py" line="30"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../views/password_dialog.py" line="34"/>
        <source>Senha de %1 (%2)</source>
        <translation>Password of %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../views/password_dialog.py" line="44"/>
        <source>As duas senhas não conferem.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>PendingSync</name>
    <message>
        <location filename="../../views/intake/sync.py" line="83"/>
        <source>pendente de sincronização</source>
        <translation>pending sync</translation>
    </message>
    <message>
        <location filename="../../views/intake/sync.py" line="88"/>
        <source>recusada pelo servidor: %1 (Delete retira)</source>
        <translation>refused by the server: %1 (Delete removes it)</translation>
    </message>
    <message>
        <location filename="../../views/intake/sync.py" line="98"/>
        <source>complementar à OC %1</source>
        <translation>follow-up to OC %1</translation>
    </message>
    <message>
        <location filename="../../views/intake/sync.py" line="106"/>
        <source>OCs que registrei hoje (%1)</source>
        <translation>OCs I registered today (%1)</translation>
    </message>
    <message>
        <location filename="../../views/intake/sync.py" line="108"/>
        <source>%1 pendente(s)</source>
        <translation>%1 pending</translation>
    </message>
    <message>
        <location filename="../../views/intake/sync.py" line="178"/>
        <source>O servidor recusou esta ligação: %1</source>
        <translation>The server refused this call: %1</translation>
    </message>
    <message>
        <location filename="../../views/intake/sync.py" line="180"/>
        <source>%1 ligação(ões) pendente(s) recusada(s) pelo servidor; veja «OCs que registrei hoje».</source>
        <translation>%1 pending call(s) refused by the server; see “OCs I registered today”.</translation>
    </message>
    <message>
        <location filename="../../views/intake/sync.py" line="183"/>
        <source>%1 ligação(ões) pendente(s) enviada(s) ao banco.</source>
        <translation>%1 pending call(s) sent to the database.</translation>
    </message>
    <message>
        <location filename="../../views/intake/sync.py" line="196"/>
        <source>OC registrada ao sincronizar</source>
        <translation>OC registered on sync</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../views/consulting/plan_editor.py" line="57"/>
        <source>Plano de trabalho · semana %1</source>
        <translation>Work plan · week %1</translation>
    </message>
    <message>
        <location filename="../../views/consulting/plan_editor.py" line="67"/>
        <source>Horas planejadas por pessoa e tipo de tarefa, semana %1 (%2 a %3)</source>
        <translation>Planned hours per person and task type, week %1 (%2 to %3)</translation>
    </message>
    <message>
        <location filename="../../views/consulting/plan_editor.py" line="72"/>
        <source>Digite as horas de cada célula: 6, 1:30, 1,5 ou 90min; vazio ou 0 tira a linha.</source>
        <translation>Type each cell&apos;s hours: 6, 1:30, 1.5 or 90min; empty or 0 removes the line.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/plan_editor.py" line="74"/>
        <source>Só a gestão (gestor técnico, supervisor ou administrador) altera o plano; aqui ele é só para consulta.</source>
        <translation>Only management (technical manager, supervisor or administrator) changes the plan; here it is read-only.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/plan_editor.py" line="80"/>
        <location filename="../../views/consulting/plan_editor.py" line="232"/>
        <source>Plano de trabalho</source>
        <translation>Work plan</translation>
    </message>
    <message>
        <location filename="../../views/consulting/plan_editor.py" line="96"/>
        <source>Tipo de tarefa a acrescentar</source>
        <translation>Task type to add</translation>
    </message>
    <message>
        <location filename="../../views/consulting/plan_editor.py" line="97"/>
        <source>&amp;Acrescentar coluna</source>
        <translation>&amp;Add column</translation>
    </message>
    <message>
        <location filename="../../views/consulting/plan_editor.py" line="98"/>
        <source>&amp;Copiar da semana anterior</source>
        <translation>&amp;Copy from the previous week</translation>
    </message>
    <message>
        <location filename="../../views/consulting/plan_editor.py" line="99"/>
        <source>O plano desta semana passa a ser o da semana %1 (as linhas que lá não existem saem).</source>
        <translation>This week&apos;s plan becomes week %1&apos;s (lines that do not exist there go away).</translation>
    </message>
    <message>
        <location filename="../../views/consulting/plan_editor.py" line="102"/>
        <location filename="../../views/consulting/plan_editor.py" line="166"/>
        <source>&amp;Salvar alterações</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <location filename="../../views/consulting/plan_editor.py" line="103"/>
        <source>&amp;Fechar</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <location filename="../../views/consulting/plan_editor.py" line="165"/>
        <source>&amp;Salvar alterações (%1)</source>
        <translation>&amp;Save changes (%1)</translation>
    </message>
    <message>
        <location filename="../../views/consulting/plan_editor.py" line="197"/>
        <source>%1 célula(s) do plano salvas.</source>
        <translation>%1 plan cell(s) saved.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/plan_editor.py" line="205"/>
        <source>Copiar da semana anterior</source>
        <translation>Copy from the previous week</translation>
    </message>
    <message>
        <location filename="../../views/consulting/plan_editor.py" line="206"/>
        <source>O plano da semana %1 será substituído pelo da semana %2, e as alterações não salvas se perdem. Copiar?</source>
        <translation>Week %1&apos;s plan will be replaced by week %2&apos;s, and unsaved changes are lost. Copy?</translation>
    </message>
    <message>
        <location filename="../../views/consulting/plan_editor.py" line="219"/>
        <source>Plano da semana %1 copiado: %2 linha(s).</source>
        <translation>Plan of week %1 copied: %2 line(s).</translation>
    </message>
    <message>
        <location filename="../../views/consulting/plan_editor.py" line="233"/>
        <source>Há células alteradas e não salvas. Fechar sem salvar?</source>
        <translation>Some cells were changed and not saved. Close without saving?</translation>
    </message>
</context>
<context>
    <name>PresenceBar</name>
    <message>
        <location filename="../../views/presence_bar.py" line="54"/>
        <source>&amp;Almoço</source>
        <translation>&amp;Lunch</translation>
    </message>
    <message>
        <location filename="../../views/presence_bar.py" line="55"/>
        <source>&amp;Voltei</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../views/presence_bar.py" line="56"/>
        <source>&amp;Encerrar o dia</source>
        <translation>&amp;End the day</translation>
    </message>
    <message>
        <location filename="../../views/presence_bar.py" line="113"/>
        <source>Hoje: %1</source>
        <translation>Today: %1</translation>
    </message>
    <message>
        <location filename="../../views/presence_bar.py" line="114"/>
        <source>Hoje: dia não iniciado</source>
        <translation>Today: day not started</translation>
    </message>
    <message>
        <source>Você ainda tem %1 OC(s) em atendimento. O que fazer com elas?</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>You still hold %1 OC(s). What should happen to them?</translation>
    </message>
    <message>
        <source>Manter comigo</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Keep them</translation>
    </message>
    <message>
        <source>Devolver às abas</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Hand them back to their tabs</translation>
    </message>
    <message>
        <source>Enviar ao APOIO</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Send to APOIO</translation>
    </message>
    <message>
        <source>Iniciar o seu dia agora (login)?</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Start your day now (login)?</translation>
    </message>
</context>
<context>
    <name>PresenceCorrectionDialog</name>
    <message>
        <location filename="../../views/presence_correction.py" line="53"/>
        <source>Corrigir presença</source>
        <translation>Correct presence</translation>
    </message>
    <message>
        <location filename="../../views/presence_correction.py" line="59"/>
        <source>Registra um evento de presença que aconteceu hoje (%1) e não foi marcado, com o motivo. Fica no registro de auditoria com o seu nome.</source>
        <translation>Records a presence event that happened today (%1) and was not marked, with the reason. It stays in the audit trail with your name.</translation>
    </message>
    <message>
        <location filename="../../views/presence_correction.py" line="78"/>
        <source>obrigatório: por que a presença é corrigida</source>
        <translation>required: why the presence is corrected</translation>
    </message>
    <message>
        <location filename="../../views/presence_correction.py" line="81"/>
        <source>&amp;Pessoa:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../views/presence_correction.py" line="82"/>
        <source>&amp;Evento:</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <location filename="../../views/presence_correction.py" line="83"/>
        <source>&amp;Hora (hoje):</source>
        <translation>&amp;Time (today):</translation>
    </message>
    <message>
        <location filename="../../views/presence_correction.py" line="84"/>
        <source>&amp;Motivo:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../views/presence_correction.py" line="107"/>
        <source>&amp;Corrigir</source>
        <translation>&amp;Correct</translation>
    </message>
    <message>
        <location filename="../../views/presence_correction.py" line="110"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../views/presence_correction.py" line="161"/>
        <source>Escolha a pessoa.</source>
        <translation>Choose the person.</translation>
    </message>
</context>
<context>
    <name>RoomsPanel</name>
    <message>
        <location filename="../../views/consulting/rooms_panel.py" line="35"/>
        <source>Nenhuma sala reservada nesta semana. Reserve uma em “Agendar reunião…”.</source>
        <translation>No room booked this week. Book one with “Schedule a meeting…”.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/rooms_panel.py" line="39"/>
        <source>Sala</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../views/consulting/rooms_panel.py" line="39"/>
        <source>Dia</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../views/consulting/rooms_panel.py" line="39"/>
        <source>Horário</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../views/consulting/rooms_panel.py" line="40"/>
        <source>Título</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../views/consulting/rooms_panel.py" line="40"/>
        <source>Reservada por</source>
        <translation>Booked by</translation>
    </message>
    <message>
        <location filename="../../views/consulting/rooms_panel.py" line="40"/>
        <source>Reunião</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../views/consulting/rooms_panel.py" line="41"/>
        <source>Pauta</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../views/consulting/rooms_panel.py" line="42"/>
        <source>Reservas de sala da semana</source>
        <translation>The week&apos;s room bookings</translation>
    </message>
    <message>
        <location filename="../../views/consulting/rooms_panel.py" line="54"/>
        <source>seg</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../views/consulting/rooms_panel.py" line="54"/>
        <source>ter</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../views/consulting/rooms_panel.py" line="54"/>
        <source>qua</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../views/consulting/rooms_panel.py" line="54"/>
        <source>qui</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../views/consulting/rooms_panel.py" line="54"/>
        <source>sex</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../views/consulting/rooms_panel.py" line="55"/>
        <source>sáb</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../views/consulting/rooms_panel.py" line="55"/>
        <source>dom</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../views/consulting/rooms_panel.py" line="74"/>
        <source>%1 com %2 · %3</source>
        <translation>%1 with %2 · %3</translation>
    </message>
</context>
<context>
    <name>RosterEditor</name>
    <message>
        <location filename="../../views/roster/window.py" line="92"/>
        <source>Escala da semana — Pit Stop</source>
        <translation>Weekly schedule — Pit Stop</translation>
    </message>
    <message>
        <location filename="../../views/roster/window.py" line="104"/>
        <source>◀ Semana anterior</source>
        <translation>◀ Previous week</translation>
    </message>
    <message>
        <location filename="../../views/roster/window.py" line="107"/>
        <source>Próxima semana ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <location filename="../../views/roster/window.py" line="109"/>
        <source>Esta semana</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../views/roster/window.py" line="110"/>
        <source>A&amp;ba</source>
        <translation>Ta&amp;b</translation>
    </message>
    <message>
        <location filename="../../views/roster/window.py" line="122"/>
        <source>&amp;Copiar semana anterior</source>
        <translation>&amp;Copy previous week</translation>
    </message>
    <message>
        <location filename="../../views/roster/window.py" line="123"/>
        <source>Esta semana fica igual à anterior para as pessoas da aba; os feriados desta semana ficam como estão.</source>
        <translation>This week becomes the same as the previous one for the tab&apos;s people; this week&apos;s holidays stay as they are.</translation>
    </message>
    <message>
        <location filename="../../views/roster/window.py" line="125"/>
        <source>Semana &amp;habitual</source>
        <translation>&amp;Usual week</translation>
    </message>
    <message>
        <location filename="../../views/roster/window.py" line="126"/>
        <source>Dá às pessoas selecionadas a semana habitual delas: a última semana sem feriado em que trabalharam todos os dias úteis.</source>
        <translation>Gives the selected people their usual week: the last week without a holiday in which they worked every business day.</translation>
    </message>
    <message>
        <location filename="../../views/roster/window.py" line="128"/>
        <source>&amp;Importar CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <location filename="../../views/roster/window.py" line="129"/>
        <source>Um arquivo login;date;start;end;lunch_start;lunch_end, um dia por linha; início e fim vazios tiram o dia da escala.</source>
        <translation>A login;date;start;end;lunch_start;lunch_end file, one day per line; an empty start and end take the day off the schedule.</translation>
    </message>
    <message>
        <location filename="../../views/roster/window.py" line="155"/>
        <source>Escala da semana</source>
        <translation>Weekly schedule</translation>
    </message>
    <message>
        <location filename="../../views/roster/window.py" line="262"/>
        <source>Todas as abas</source>
        <translation>All tabs</translation>
    </message>
    <message>
        <location filename="../../views/roster/window.py" line="269"/>
        <source>Semana %1 · %2 a %3</source>
        <translation>Week %1 · %2 to %3</translation>
    </message>
    <message>
        <location filename="../../views/roster/window.py" line="273"/>
        <source>Feriados e exceções do calendário: %1</source>
        <translation>Calendar holidays and exceptions: %1</translation>
    </message>
    <message>
        <location filename="../../views/roster/window.py" line="276"/>
        <source>%1 de %2 pessoas na escala desta semana</source>
        <translation>%1 of %2 people scheduled this week</translation>
    </message>
    <message>
        <location filename="../../views/roster/window.py" line="350"/>
        <source>Selecione um ou mais dias na grade.</source>
        <translation>Select one or more days in the grid.</translation>
    </message>
    <message>
        <location filename="../../views/roster/window.py" line="366"/>
        <source>A semana %1 já tem escala. Copiar a semana %2 substitui a escala das pessoas da aba por a da semana anterior (os feriados desta semana ficam como estão). Continuar?</source>
        <translation>Week %1 already has a schedule. Copying week %2 replaces the schedule of the tab&apos;s people with the previous week&apos;s (this week&apos;s holidays stay as they are). Continue?</translation>
    </message>
    <message>
        <location filename="../../views/roster/window.py" line="377"/>
        <source>Selecione a pessoa (qualquer dia da linha dela) para aplicar a semana habitual.</source>
        <translation>Select the person (any day of their row) to apply their usual week.</translation>
    </message>
    <message>
        <location filename="../../views/roster/window.py" line="418"/>
        <source>Importar escala (CSV)</source>
        <translation>Import schedule (CSV)</translation>
    </message>
    <message>
        <location filename="../../views/roster/window.py" line="419"/>
        <source>CSV (*.csv *.txt);;Todos os arquivos (*)</source>
        <translation>CSV (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../views/roster/window.py" line="425"/>
        <source>%1 dia(s) definido(s), %2 dia(s) limpo(s).</source>
        <translation>%1 day(s) set, %2 day(s) cleared.</translation>
    </message>
    <message>
        <location filename="../../views/roster/window.py" line="428"/>
        <source>Copiada a semana %1: %2</source>
        <translation>Copied week %1: %2</translation>
    </message>
    <message>
        <location filename="../../views/roster/window.py" line="431"/>
        <source>Dias fechados no calendário ficaram como estavam: %1.</source>
        <translation>Days the calendar closes stayed as they were: %1.</translation>
    </message>
    <message>
        <location filename="../../views/roster/window.py" line="442"/>
        <source>%1: semana habitual %2 aplicada (%3 dia(s) definido(s), %4 limpo(s)).</source>
        <translation>%1: usual week %2 applied (%3 day(s) set, %4 cleared).</translation>
    </message>
</context>
<context>
    <name>RosterWeekModel</name>
    <message>
        <location filename="../../models/roster.py" line="43"/>
        <source>seg</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../models/roster.py" line="43"/>
        <source>ter</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../models/roster.py" line="43"/>
        <source>qua</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../models/roster.py" line="43"/>
        <source>qui</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../models/roster.py" line="43"/>
        <source>sex</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../models/roster.py" line="44"/>
        <source>sáb</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../models/roster.py" line="44"/>
        <source>dom</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../models/roster.py" line="45"/>
        <source>almoço</source>
        <translation>lunch</translation>
    </message>
    <message>
        <location filename="../../models/roster.py" line="85"/>
        <source>aberto (exceção)</source>
        <translation>open (exception)</translation>
    </message>
    <message>
        <location filename="../../models/roster.py" line="87"/>
        <source>fechado (exceção)</source>
        <translation>closed (exception)</translation>
    </message>
    <message>
        <location filename="../../models/roster.py" line="89"/>
        <source>feriado</source>
        <translation>holiday</translation>
    </message>
    <message>
        <location filename="../../models/roster.py" line="90"/>
        <source>fechado</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../models/roster.py" line="156"/>
        <source>fora da escala</source>
        <translation>not scheduled</translation>
    </message>
</context>
<context>
    <name>RunningBar</name>
    <message>
        <location filename="../../views/consulting/running.py" line="111"/>
        <source>■ &amp;Parar</source>
        <translation>■ &amp;Stop</translation>
    </message>
    <message>
        <location filename="../../views/consulting/running.py" line="113"/>
        <source>Encerra agora: o horário é este momento (Ctrl+Shift+P).</source>
        <translation>Ends it now: the time is this moment (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <location filename="../../views/consulting/running.py" line="114"/>
        <source>Iniciar &amp;contato…</source>
        <translation>Start &amp;contact…</translation>
    </message>
    <message>
        <location filename="../../views/consulting/running.py" line="116"/>
        <source>O cliente ligou ou chamou no Skype agora (Ctrl+Shift+C).</source>
        <translation>The client called or sent a Skype message now (Ctrl+Shift+C).</translation>
    </message>
    <message>
        <location filename="../../views/consulting/running.py" line="117"/>
        <source>Iniciar &amp;tarefa…</source>
        <translation>Start &amp;task…</translation>
    </message>
    <message>
        <location filename="../../views/consulting/running.py" line="119"/>
        <source>Começa agora uma tarefa: teste, análise, documentação… (Ctrl+Shift+T).</source>
        <translation>Starts a task now: test, analysis, documentation… (Ctrl+Shift+T).</translation>
    </message>
    <message>
        <location filename="../../views/consulting/running.py" line="120"/>
        <source>Responder &amp;e-mail…</source>
        <translation>Reply to &amp;e-mail…</translation>
    </message>
    <message>
        <location filename="../../views/consulting/running.py" line="121"/>
        <source>Registra o contato e abre o e-mail com a Consultoria em cópia e o protocolo no assunto.</source>
        <translation>Records the contact and opens the e-mail with the Consultoria mailbox in copy and the protocol in the subject.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/running.py" line="144"/>
        <source>Contato por %1</source>
        <translation>Contact by %1</translation>
    </message>
    <message>
        <location filename="../../views/consulting/running.py" line="149"/>
        <location filename="../../views/consulting/running.py" line="158"/>
        <source>protocolo %1</source>
        <translation>protocol %1</translation>
    </message>
    <message>
        <location filename="../../views/consulting/running.py" line="152"/>
        <source>(e a tarefa %1)</source>
        <translation>(and the task %1)</translation>
    </message>
    <message>
        <location filename="../../views/consulting/running.py" line="154"/>
        <source>Tarefa %1</source>
        <translation>Task %1</translation>
    </message>
    <message>
        <location filename="../../views/consulting/running.py" line="161"/>
        <source>Nada em andamento. Inicie o contato quando o cliente chamar, e a tarefa quando começar.</source>
        <translation>Nothing running. Start the contact when the client calls, and the task when you begin it.</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <location filename="../../views/setup/server_form.py" line="48"/>
        <source>ex.: servidor-pitstop ou 10.0.0.5</source>
        <translation>e.g. pitstop-server or 10.0.0.5</translation>
    </message>
    <message>
        <location filename="../../views/setup/server_form.py" line="58"/>
        <source>Sou o administrador: entro com o login de manutenção do servidor, para preparar um banco novo</source>
        <translation>I am the administrator: I sign in with the server&apos;s maintenance login, to set up a new database</translation>
    </message>
    <message>
        <location filename="../../views/setup/server_form.py" line="61"/>
        <location filename="../../views/setup/server_form.py" line="171"/>
        <source>&amp;Testar conexão</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../views/setup/server_form.py" line="65"/>
        <source>Para testar, entre com o seu login e senha do Pit Stop. A senha serve só para o teste: ela não fica gravada neste computador.</source>
        <translation>To test, enter your Pit Stop login and password. The password is used for the test only: it is not kept on this computer.</translation>
    </message>
    <message>
        <location filename="../../views/setup/server_form.py" line="72"/>
        <source>Se&amp;rvidor</source>
        <translation>Se&amp;rver</translation>
    </message>
    <message>
        <location filename="../../views/setup/server_form.py" line="73"/>
        <source>&amp;Porta</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <location filename="../../views/setup/server_form.py" line="74"/>
        <source>Ba&amp;nco</source>
        <translation>Data&amp;base</translation>
    </message>
    <message>
        <location filename="../../views/setup/server_form.py" line="77"/>
        <source>&amp;Login</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <location filename="../../views/setup/server_form.py" line="78"/>
        <source>Sen&amp;ha</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <location filename="../../views/setup/server_form.py" line="119"/>
        <source>Informe o nome ou o endereço do servidor.</source>
        <translation>Enter the server&apos;s name or address.</translation>
    </message>
    <message>
        <location filename="../../views/setup/server_form.py" line="123"/>
        <source>Informe o nome do banco.</source>
        <translation>Enter the database&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../views/setup/server_form.py" line="127"/>
        <source>Informe o seu login para testar.</source>
        <translation>Enter your login to test.</translation>
    </message>
    <message>
        <location filename="../../views/setup/server_form.py" line="132"/>
        <source>Testando…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <location filename="../../views/setup/server_form.py" line="133"/>
        <source>Conectando a %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <location filename="../../views/setup/server_form.py" line="190"/>
        <source>Conexão certa: %1 é um banco do Pit Stop (PostgreSQL %2).</source>
        <translation>Connection works: %1 is a Pit Stop database (PostgreSQL %2).</translation>
    </message>
    <message>
        <location filename="../../views/setup/server_form.py" line="194"/>
        <source>O banco %1 está vazio: o administrador precisa prepará-lo antes (marque «Sou o administrador» e entre com o login de manutenção do servidor).</source>
        <translation>The database %1 is empty: the administrator must set it up first (tick «I am the administrator» and sign in with the server&apos;s maintenance login).</translation>
    </message>
    <message>
        <location filename="../../views/setup/server_form.py" line="198"/>
        <source>O banco %1 está vazio, mas o login %2 não pode criar os papéis do Pit Stop: entre com o login de manutenção do servidor (superusuário, ou dono do banco com CREATEROLE).</source>
        <translation>The database %1 is empty, but the login %2 cannot create Pit Stop&apos;s roles: sign in with the server&apos;s maintenance login (a superuser, or the database&apos;s owner with CREATEROLE).</translation>
    </message>
    <message>
        <location filename="../../views/setup/server_form.py" line="202"/>
        <source>O banco %1 está vazio e este login pode prepará-lo: na próxima página, crie o primeiro administrador do Pit Stop.</source>
        <translation>The database %1 is empty and this login can set it up: on the next page, create Pit Stop&apos;s first administrator.</translation>
    </message>
    <message>
        <location filename="../../views/setup/server_form.py" line="205"/>
        <source>Não foi possível falar com o servidor %1 na porta %2: confira o nome e a porta, se o servidor está ligado e se a rede (ou o firewall) deixa passar. Detalhe: %3</source>
        <translation>Could not reach the server %1 on port %2: check the name and the port, that the server is running and that the network (or the firewall) lets it through. Detail: %3</translation>
    </message>
    <message>
        <location filename="../../views/setup/server_form.py" line="209"/>
        <source>O servidor recusou o login ou a senha: confira os dois.</source>
        <translation>The server refused the login or the password: check both.</translation>
    </message>
    <message>
        <location filename="../../views/setup/server_form.py" line="211"/>
        <source>O servidor não deixa este login entrar a partir deste computador: peça ao administrador do servidor que o libere (pg_hba.conf). Detalhe: %1</source>
        <translation>The server does not let this login in from this computer: ask the server&apos;s administrator to allow it (pg_hba.conf). Detail: %1</translation>
    </message>
    <message>
        <location filename="../../views/setup/server_form.py" line="215"/>
        <source>O servidor respondeu, mas não tem um banco chamado %1: confira o nome do banco.</source>
        <translation>The server answered, but it has no database called %1: check the database&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../views/setup/server_form.py" line="218"/>
        <source>O servidor é um PostgreSQL %1; o Pit Stop precisa do PostgreSQL %2 ou mais novo.</source>
        <translation>The server runs PostgreSQL %1; Pit Stop needs PostgreSQL %2 or newer.</translation>
    </message>
    <message>
        <location filename="../../views/setup/server_form.py" line="221"/>
        <source>O banco %1 tem tabelas de outro programa: não é um banco do Pit Stop. Escolha outro banco, ou peça um banco novo e vazio.</source>
        <translation>The database %1 holds another program&apos;s tables: it is not a Pit Stop database. Choose another database, or ask for a new, empty one.</translation>
    </message>
    <message>
        <location filename="../../views/setup/server_form.py" line="224"/>
        <source>O banco %1 é de uma versão anterior do Pit Stop: um administrador precisa atualizá-lo (pitstop db upgrade) antes.</source>
        <translation>The database %1 is from an earlier Pit Stop version: an administrator must upgrade it (pitstop db upgrade) first.</translation>
    </message>
    <message>
        <location filename="../../views/setup/server_form.py" line="228"/>
        <source>O banco %1 foi atualizado por um Pit Stop mais novo: instale o Pit Stop %2 ou mais novo.</source>
        <translation>The database %1 was upgraded by a newer Pit Stop: install Pit Stop %2 or newer.</translation>
    </message>
    <message>
        <location filename="../../views/setup/server_form.py" line="230"/>
        <source>O banco %1 foi atualizado por um Pit Stop mais novo: instale a versão mais recente do Pit Stop.</source>
        <translation>The database %1 was upgraded by a newer Pit Stop: install the latest Pit Stop.</translation>
    </message>
    <message>
        <location filename="../../views/setup/server_form.py" line="232"/>
        <source>O servidor recusou a conexão: %1</source>
        <translation>The server refused the connection: %1</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <location filename="../../views/setup/wizard.py" line="120"/>
        <source>O servidor do escritório</source>
        <translation>The office server</translation>
    </message>
    <message>
        <location filename="../../views/setup/wizard.py" line="121"/>
        <source>O endereço do banco PostgreSQL do escritório, e um teste com o seu login.</source>
        <translation>The address of the office&apos;s PostgreSQL database, and a test with your login.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../views/settings_dialog.py" line="55"/>
        <source>Configurações deste computador</source>
        <translation>This computer&apos;s settings</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="65"/>
        <source>&amp;Salvar</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="66"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="70"/>
        <source>Banco de dados</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="71"/>
        <source>Janelas</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="72"/>
        <source>Painel (F11)</source>
        <translation>Wallboard (F11)</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="74"/>
        <source>Arquivo: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="94"/>
        <source>Em uso agora: %1 (de %2: enquanto estiver definido, vale no lugar do que está abaixo).</source>
        <translation>In use now: %1 (from %2: while it is set, it stands instead of what is below).</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="97"/>
        <source>Em uso agora: %1.</source>
        <translation>In use now: %1.</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="98"/>
        <source>Uma mudança vale na próxima vez que o Pit Stop abrir.</source>
        <translation>A change applies the next time Pit Stop opens.</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="100"/>
        <source>Só este &amp;computador (SQLite)</source>
        <translation>This &amp;computer only (SQLite)</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="101"/>
        <source>O servidor do &amp;escritório (PostgreSQL)</source>
        <translation>The &amp;office server (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="107"/>
        <source>Escolher…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="111"/>
        <source>Arquivo</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="117"/>
        <source>vazio: cada pessoa entra com o seu login</source>
        <translation>empty: each person signs in with their own login</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="118"/>
        <source>Oferecer a entrada com a conta do Windows (SSPI/Kerberos)</source>
        <translation>Offer signing in with the Windows account (SSPI/Kerberos)</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="121"/>
        <source>Login fixo</source>
        <translation>Fixed login</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="123"/>
        <source>Só onde o servidor aceita a conta do Windows (SSPI/Kerberos):</source>
        <translation>Only where the server accepts the Windows account (SSPI/Kerberos):</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="156"/>
        <source>Avisos na bandeja do sistema (escalonamentos, APOIO, SLA, ofertas)</source>
        <translation>Notifications in the system tray (escalations, APOIO, SLA, offers)</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="160"/>
        <source>&amp;Idioma (ao reiniciar)</source>
        <translation>&amp;Language (after a restart)</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="168"/>
        <source>Automático: um monitor que não seja o do console</source>
        <translation>Automatic: a monitor other than the console&apos;s</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="172"/>
        <source>Monitor %1: %2 (%3×%4)</source>
        <translation>Monitor %1: %2 (%3×%4)</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="176"/>
        <source>Monitor %1 (não conectado agora)</source>
        <translation>Monitor %1 (not connected now)</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="179"/>
        <source>Abrir o painel junto com o console</source>
        <translation>Open the wallboard with the console</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="183"/>
        <source>as que couberem</source>
        <translation>as many as fit</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="187"/>
        <source>&amp;Monitor</source>
        <translation>&amp;Monitor</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="189"/>
        <source>OCs em &amp;risco listadas, no máximo</source>
        <translation>OCs at &amp;risk listed, at most</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="202"/>
        <source>o arquivo %1</source>
        <translation>the file %1</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="203"/>
        <source>o servidor %1, banco %2</source>
        <translation>the server %1, database %2</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="207"/>
        <source>O arquivo do banco</source>
        <translation>The database file</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="209"/>
        <source>Banco SQLite (*.db);;Todos os arquivos (*)</source>
        <translation>SQLite database (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="251"/>
        <source>Teste a conexão com o novo servidor antes de salvar.</source>
        <translation>Test the connection to the new server before saving.</translation>
    </message>
    <message>
        <location filename="../../views/settings_dialog.py" line="274"/>
        <source>Não foi possível gravar as configurações: %1</source>
        <translation>Could not save the settings: %1</translation>
    </message>
</context>
<context>
    <name>ShiftForm</name>
    <message>
        <location filename="../../views/roster/form.py" line="44"/>
        <source>Dias selecionados</source>
        <translation>Selected days</translation>
    </message>
    <message>
        <location filename="../../views/roster/form.py" line="52"/>
        <source>I&amp;nício</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../views/roster/form.py" line="53"/>
        <source>&amp;Fim</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <location filename="../../views/roster/form.py" line="54"/>
        <source>Início do al&amp;moço</source>
        <translation>Lunch s&amp;tart</translation>
    </message>
    <message>
        <location filename="../../views/roster/form.py" line="55"/>
        <source>Fim do almo&amp;ço</source>
        <translation>Lunch e&amp;nd</translation>
    </message>
    <message>
        <location filename="../../views/roster/form.py" line="57"/>
        <source>Deixe o almoço vazio para um turno sem almoço.</source>
        <translation>Leave lunch empty for a shift without lunch.</translation>
    </message>
    <message>
        <location filename="../../views/roster/form.py" line="64"/>
        <source>A&amp;plicar</source>
        <translation>A&amp;pply</translation>
    </message>
    <message>
        <location filename="../../views/roster/form.py" line="65"/>
        <source>&amp;Limpar</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <location filename="../../views/roster/form.py" line="66"/>
        <source>Tira os dias selecionados da escala (Delete na grade).</source>
        <translation>Takes the selected days off the schedule (Delete in the grid).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/roster/form.py" line="84"/>
        <source>%n dia(s) selecionado(s).</source>
        <translation>
            <numerusform>%n day selected.</numerusform>
            <numerusform>%n days selected.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/roster/form.py" line="86"/>
        <source>Selecione dias na grade (arraste, Shift ou Ctrl + clique).</source>
        <translation>Select days in the grid (drag, Shift or Ctrl + click).</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../views/sign_in.py" line="58"/>
        <source>Pit Stop — entrar</source>
        <translation>Pit Stop — sign in</translation>
    </message>
    <message>
        <location filename="../../views/sign_in.py" line="59"/>
        <source>&lt;h2&gt;Pit Stop | Agenda&lt;/h2&gt;Entre com seu login e senha.</source>
        <translation>&lt;h2&gt;Pit Stop | Agenda&lt;/h2&gt;Sign in with your login and password.</translation>
    </message>
    <message>
        <location filename="../../views/sign_in.py" line="64"/>
        <source>Lembrar neste computador</source>
        <translation>Remember on this computer</translation>
    </message>
    <message>
        <location filename="../../views/sign_in.py" line="68"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../views/sign_in.py" line="69"/>
        <source>Senha</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../views/sign_in.py" line="73"/>
        <source>Entrar</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../views/sign_in.py" line="74"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../views/sign_in.py" line="75"/>
        <source>Entrar com a conta do Windows</source>
        <translation>Sign in with the Windows account</translation>
    </message>
    <message>
        <location filename="../../views/sign_in.py" line="76"/>
        <source>O servidor do escritório reconhece a conta com que você entrou neste computador; não é preciso digitar a senha.</source>
        <translation>The office server recognises the account you signed in to this computer with; there is no password to type.</translation>
    </message>
    <message>
        <location filename="../../views/sign_in.py" line="106"/>
        <source>Banco de demonstração</source>
        <translation>Demo database</translation>
    </message>
    <message>
        <location filename="../../views/sign_in.py" line="107"/>
        <source>Este é o banco de demonstração: escolha quem você quer ser. A senha de todas as pessoas é %1.</source>
        <translation>This is the demo database: choose who you want to be. Everyone&apos;s password is %1.</translation>
    </message>
    <message>
        <location filename="../../views/sign_in.py" line="111"/>
        <source>escolha uma pessoa…</source>
        <translation>choose a person…</translation>
    </message>
    <message>
        <location filename="../../views/sign_in.py" line="113"/>
        <source>&amp;Pessoa</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../views/sign_in.py" line="132"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../views/sign_in.py" line="136"/>
        <source>senha: %1</source>
        <translation>password: %1</translation>
    </message>
    <message>
        <location filename="../../views/sign_in.py" line="153"/>
        <source>Este computador não tem um cofre de senhas disponível (Gerenciador de Credenciais do Windows, Secret Service ou KWallet): a senha não pode ser lembrada aqui.</source>
        <translation>This computer has no password store available (Windows Credential Manager, Secret Service or KWallet): the password cannot be remembered here.</translation>
    </message>
    <message>
        <location filename="../../views/sign_in.py" line="157"/>
        <source>Guarda a senha no cofre de senhas do sistema (no Windows, o Gerenciador de Credenciais), nunca num arquivo. Desmarque ao entrar para esquecê-la.</source>
        <translation>Keeps the password in the system&apos;s password store (on Windows, the Credential Manager), never in a file. Untick it when signing in to forget it.</translation>
    </message>
    <message>
        <location filename="../../views/sign_in.py" line="193"/>
        <source>Informe login e senha.</source>
        <translation>Enter your login and password.</translation>
    </message>
    <message>
        <location filename="../../views/sign_in.py" line="234"/>
        <source>Não foi possível falar com o banco: {0}</source>
        <translation>Could not reach the database: {0}</translation>
    </message>
</context>
<context>
    <name>SlaGaugeWidget</name>
    <message>
        <location filename="../../views/gauge_widgets.py" line="124"/>
        <source>abertas</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../views/gauge_widgets.py" line="126"/>
        <source>estourados</source>
        <translation>breached</translation>
    </message>
    <message>
        <location filename="../../views/gauge_widgets.py" line="127"/>
        <source>ANS hoje</source>
        <translation>SLA met today</translation>
    </message>
    <message>
        <location filename="../../views/gauge_widgets.py" line="132"/>
        <source>{name} ({code}): {open} abertas, {warning} perto de vencer, {breached} estourados.</source>
        <translation>{name} ({code}): {open} open, {warning} due soon, {breached} breached.</translation>
    </message>
    <message>
        <location filename="../../views/gauge_widgets.py" line="135"/>
        <source>Hoje: {met} de {total} encerradas no prazo ({ans}).</source>
        <translation>Today: {met} of {total} closed on time ({ans}).</translation>
    </message>
    <message>
        <location filename="../../views/gauge_widgets.py" line="138"/>
        <source>Nenhuma OC desta classe encerrada hoje.</source>
        <translation>No OCs of this class closed today.</translation>
    </message>
    <message>
        <location filename="../../views/gauge_widgets.py" line="140"/>
        <source>Clique para filtrar a Agenda por esta classe.</source>
        <translation>Click to filter the Agenda by this class.</translation>
    </message>
    <message>
        <location filename="../../views/gauge_widgets.py" line="142"/>
        <source>SLA {name}</source>
        <translation>SLA {name}</translation>
    </message>
</context>
<context>
    <name>SlotPicker</name>
    <message>
        <location filename="../../views/slot_picker.py" line="68"/>
        <source>Agendamento técnico (FAQ 7037)</source>
        <translation>Technical appointment (FAQ 7037)</translation>
    </message>
    <message>
        <location filename="../../views/slot_picker.py" line="77"/>
        <source>&amp;Dia</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <location filename="../../views/slot_picker.py" line="83"/>
        <source>&amp;Aba</source>
        <translation>&amp;Tab</translation>
    </message>
    <message>
        <location filename="../../views/slot_picker.py" line="94"/>
        <source>Horários livres: escala menos almoço menos o que já está agendado. Enter escolhe; o horário é reservado ao salvar a ligação.</source>
        <translation>Free slots: the schedule minus lunch minus what is already booked. Enter picks; the slot is reserved when the call is saved.</translation>
    </message>
    <message>
        <location filename="../../views/slot_picker.py" line="146"/>
        <source>Horário</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../views/slot_picker.py" line="147"/>
        <source>Técnico</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location filename="../../views/slot_picker.py" line="148"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../views/slot_picker.py" line="112"/>
        <source>&amp;Escolher</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <location filename="../../views/slot_picker.py" line="115"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../views/slot_picker.py" line="191"/>
        <source>%1 horários livres</source>
        <translation>%1 free slots</translation>
    </message>
    <message>
        <location filename="../../views/slot_picker.py" line="193"/>
        <source>Nenhum horário livre neste dia e aba (ninguém na escala, ou tudo já agendado).</source>
        <translation>No free slots on this day and tab (nobody scheduled, or everything already booked).</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../views/consulting/forms.py" line="308"/>
        <source>Nova tarefa</source>
        <translation>New task</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="308"/>
        <source>Iniciar tarefa</source>
        <translation>Start task</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="316"/>
        <source>&amp;Tipo</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="318"/>
        <source>o que será feito</source>
        <translation>what will be done</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="319"/>
        <source>&amp;Descrição</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="321"/>
        <source>número da OC (opcional)</source>
        <translation>OC number (optional)</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="322"/>
        <source>P&amp;rotocolo</source>
        <translation>P&amp;rotocol</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="340"/>
        <source>&amp;Pessoa</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="341"/>
        <source>D&amp;ia</source>
        <translation>D&amp;ay</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="344"/>
        <source>até</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="347"/>
        <source>&amp;Das</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="354"/>
        <source>Agendar</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="354"/>
        <source>Iniciar agora</source>
        <translation>Start now</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="364"/>
        <source>O protocolo é o número da OC, só algarismos.</source>
        <translation>The protocol is the OC number, digits only.</translation>
    </message>
    <message>
        <location filename="../../views/consulting/forms.py" line="370"/>
        <source>O fim vem depois do início.</source>
        <translation>The end comes after the start.</translation>
    </message>
</context>
<context>
    <name>TaskTypePaletteModel</name>
    <message>
        <location filename="../../models/consulting_palette.py" line="66"/>
        <source>%1 · %2 no plano</source>
        <translation>%1 · %2 in the plan</translation>
    </message>
    <message>
        <location filename="../../models/consulting_palette.py" line="70"/>
        <source>Arraste para o dia e a pessoa para agendar uma tarefa de %1.</source>
        <translation>Drag onto the day and the person to schedule a task of %1.</translation>
    </message>
</context>
<context>
    <name>TimeAxis</name>
    <message>
        <location filename="../../views/timeline/axis.py" line="55"/>
        <source>Pessoa</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../views/timeline/axis.py" line="57"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/timeline/axis.py" line="63"/>
        <source>Escala de {day}</source>
        <translation>Schedule for {day}</translation>
    </message>
    <message>
        <location filename="../../views/timeline/axis.py" line="111"/>
        <source>Turno previsto</source>
        <translation>Planned shift</translation>
    </message>
    <message>
        <location filename="../../views/timeline/axis.py" line="112"/>
        <source>Almoço previsto</source>
        <translation>Planned lunch</translation>
    </message>
    <message>
        <location filename="../../views/timeline/axis.py" line="113"/>
        <source>Logado</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <location filename="../../views/timeline/axis.py" line="114"/>
        <source>Almoço</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <location filename="../../views/timeline/axis.py" line="115"/>
        <source>Agendamento</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../views/timeline/axis.py" line="119"/>
        <source>encerrada / repassada</source>
        <translation>closed / handed over</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <location filename="../../views/timeline/canvas.py" line="151"/>
        <source>Gestão</source>
        <translation>Management</translation>
    </message>
    <message>
        <location filename="../../views/timeline/canvas.py" line="192"/>
        <source>sem SLA</source>
        <translation>no SLA</translation>
    </message>
    <message>
        <source>em atendimento</source>
        <translation type="vanished">busy</translation>
    </message>
    <message>
        <source>saindo em breve</source>
        <translation type="vanished">leaving soon</translation>
    </message>
    <message>
        <location filename="../../views/timeline/canvas.py" line="282"/>
        <source>Agendamento (FAQ 7037): OC {number}, {start}–{end}</source>
        <translation>Appointment (FAQ 7037): OC {number}, {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../views/timeline/canvas.py" line="288"/>
        <source>OC {number}</source>
        <translation>OC {number}</translation>
    </message>
    <message>
        <location filename="../../views/timeline/canvas.py" line="289"/>
        <source>SLA {code}: {state}</source>
        <translation>SLA {code}: {state}</translation>
    </message>
    <message>
        <location filename="../../views/timeline/canvas.py" line="290"/>
        <source>Situação atual: {status}</source>
        <translation>Current status: {status}</translation>
    </message>
    <message>
        <location filename="../../views/timeline/canvas.py" line="292"/>
        <source>Com {name} desde {start}</source>
        <translation>With {name} since {start}</translation>
    </message>
    <message>
        <location filename="../../views/timeline/canvas.py" line="294"/>
        <source>Com {name} das {start} às {end}, quando foi encerrada</source>
        <translation>With {name} from {start} to {end}, when it was closed</translation>
    </message>
    <message>
        <location filename="../../views/timeline/canvas.py" line="297"/>
        <source>Com {name} das {start} às {end}, quando foi repassada</source>
        <translation>With {name} from {start} to {end}, when it was handed over</translation>
    </message>
    <message>
        <location filename="../../views/timeline/canvas.py" line="300"/>
        <source>Atendimento agendado (FAQ 7037)</source>
        <translation>Scheduled appointment (FAQ 7037)</translation>
    </message>
    <message>
        <location filename="../../views/timeline/canvas.py" line="301"/>
        <source>Clique para abrir a OC no quadro.</source>
        <translation>Click to open the OC on the board.</translation>
    </message>
    <message>
        <location filename="../../views/timeline/canvas.py" line="308"/>
        <source>Estado: {state}</source>
        <translation>Status: {state}</translation>
    </message>
    <message>
        <location filename="../../views/timeline/canvas.py" line="309"/>
        <source>Turno: {start}–{end}</source>
        <translation>Shift: {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../views/timeline/canvas.py" line="312"/>
        <source>Almoço previsto: {start}–{end}</source>
        <translation>Planned lunch: {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../views/timeline/canvas.py" line="317"/>
        <source>Almoço real: {start}–{end}</source>
        <translation>Actual lunch: {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../views/timeline/canvas.py" line="319"/>
        <source>agora</source>
        <translation>now</translation>
    </message>
    <message>
        <location filename="../../views/timeline/canvas.py" line="321"/>
        <source>Login: {time}</source>
        <translation>Login: {time}</translation>
    </message>
    <message>
        <location filename="../../views/timeline/canvas.py" line="324"/>
        <source>Logout: {time}</source>
        <translation>Logout: {time}</translation>
    </message>
    <message>
        <location filename="../../views/timeline/canvas.py" line="326"/>
        <source>Ainda não fez login.</source>
        <translation>Not logged in yet.</translation>
    </message>
    <message>
        <location filename="../../views/timeline/canvas.py" line="329"/>
        <source>Com as OCs: {numbers}</source>
        <translation>Working on OCs: {numbers}</translation>
    </message>
    <message>
        <location filename="../../views/timeline/canvas.py" line="334"/>
        <source>⚠ Encerrou o dia com OCs em atendimento: {numbers}. Encaminhe-as ou ofereça-as a outra pessoa.</source>
        <translation>⚠ Left for the day with OCs in progress: {numbers}. Forward them or offer them to someone else.</translation>
    </message>
    <message>
        <location filename="../../views/timeline/canvas.py" line="337"/>
        <source>⚠ Sem sinal com OCs em atendimento: {numbers}.</source>
        <translation>⚠ No signal with OCs in progress: {numbers}.</translation>
    </message>
    <message>
        <location filename="../../views/timeline/canvas.py" line="454"/>
        <source>Ninguém na escala de hoje.</source>
        <translation>Nobody on today&apos;s schedule.</translation>
    </message>
    <message>
        <location filename="../../views/timeline/canvas.py" line="488"/>
        <source>{people} pessoa(s) · {available} disponível(is)</source>
        <translation>{people} person(s) · {available} available</translation>
    </message>
    <message>
        <location filename="../../views/timeline/canvas.py" line="546"/>
        <source>Agendada {number}</source>
        <translation>Booked {number}</translation>
    </message>
    <message>
        <location filename="../../views/timeline/canvas.py" line="576"/>
        <source>Filial</source>
        <translation>Branch</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../views/timeline/widget.py" line="177"/>
        <source>Não foi possível carregar a linha do tempo: {error}</source>
        <translation>Could not load the timeline: {error}</translation>
    </message>
    <message>
        <location filename="../../views/timeline/widget.py" line="211"/>
        <source>Corrigir presença…</source>
        <translation>Correct presence…</translation>
    </message>
</context>
<context>
    <name>WaitingRow</name>
    <message>
        <location filename="../../views/consulting/running.py" line="49"/>
        <source>Skype · %1 pediu um momento</source>
        <translation>Skype · %1 was asked to wait a moment</translation>
    </message>
    <message>
        <location filename="../../views/consulting/running.py" line="54"/>
        <source>Atender</source>
        <translation>Attend</translation>
    </message>
    <message>
        <location filename="../../views/consulting/running.py" line="55"/>
        <source>Agendar conferência…</source>
        <translation>Schedule a conference…</translation>
    </message>
    <message>
        <location filename="../../views/consulting/running.py" line="71"/>
        <source>resta %1</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <location filename="../../views/consulting/running.py" line="74"/>
        <source>10 minutos se passaram (%1)</source>
        <translation>10 minutes have passed (%1)</translation>
    </message>
</context>
<context>
    <name>Wallboard</name>
    <message>
        <location filename="../../views/wallboard.py" line="250"/>
        <source>%1 aprovação(ões) pendente(s)  ·  APOIO: %2 na fila, %3 livre(s)</source>
        <translation>%1 approval(s) pending  ·  APOIO: %2 in the queue, %3 free</translation>
    </message>
    <message>
        <location filename="../../views/wallboard.py" line="300"/>
        <source>Perto de vencer e estourados: {count}  ·  {breached} estourados</source>
        <translation>Due soon and breached: {count}  ·  {breached} breached</translation>
    </message>
    <message>
        <location filename="../../views/wallboard.py" line="304"/>
        <source>{count} com demora excessiva em linha</source>
        <translation>{count} waiting too long in line</translation>
    </message>
    <message>
        <location filename="../../views/wallboard.py" line="310"/>
        <source>ANS hoje {ans}  ({met} de {total})</source>
        <translation>SLA met today {ans}  ({met} of {total})</translation>
    </message>
    <message>
        <location filename="../../views/wallboard.py" line="314"/>
        <source>ANS hoje —</source>
        <translation>SLA met today —</translation>
    </message>
    <message>
        <location filename="../../views/wallboard.py" line="322"/>
        <source>Pit Stop — painel de SLA</source>
        <translation>Pit Stop — SLA wallboard</translation>
    </message>
    <message>
        <location filename="../../views/wallboard.py" line="323"/>
        <source>Pit Stop · SLA agora</source>
        <translation>Pit Stop · SLA now</translation>
    </message>
    <message>
        <location filename="../../views/wallboard.py" line="324"/>
        <source>Perto de vencer e estourados</source>
        <translation>Due soon and breached</translation>
    </message>
</context>
<context>
    <name>WeekCanvas</name>
    <message>
        <location filename="../../views/consulting/canvas.py" line="205"/>
        <source>Semana da consultoria</source>
        <translation>Consulting week</translation>
    </message>
    <message>
        <location filename="../../views/consulting/canvas.py" line="529"/>
        <source>Pessoa</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../views/consulting/canvas.py" line="534"/>
        <source>seg</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../views/consulting/canvas.py" line="534"/>
        <source>ter</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../views/consulting/canvas.py" line="534"/>
        <source>qua</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../views/consulting/canvas.py" line="534"/>
        <source>qui</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../views/consulting/canvas.py" line="534"/>
        <source>sex</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../views/consulting/canvas.py" line="534"/>
        <source>sáb</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../views/consulting/canvas.py" line="535"/>
        <source>dom</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../views/consulting/canvas.py" line="577"/>
        <source>Ninguém na equipe da consultoria nesta semana.</source>
        <translation>Nobody in the consulting team this week.</translation>
    </message>
</context>
<context>
    <name>WeeklyReport</name>
    <message>
        <source>Equipe</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Team</translation>
    </message>
    <message>
        <source>dom</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Sun</translation>
    </message>
    <message>
        <source>qua</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Wed</translation>
    </message>
    <message>
        <source>qui</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Thu</translation>
    </message>
    <message>
        <source>seg</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Mon</translation>
    </message>
    <message>
        <source>sex</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Fri</translation>
    </message>
    <message>
        <source>sáb</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Sat</translation>
    </message>
    <message>
        <source>ter</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Horas executadas por tipo de tarefa</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Hours executed per task type</translation>
    </message>
    <message>
        <source>Pessoa</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Person</translation>
    </message>
    <message>
        <source>Tarefas</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Tempo executado</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Time executed</translation>
    </message>
    <message>
        <source>Tipo de tarefa</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Task type</translation>
    </message>
    <message>
        <source>Gerar relatório das tarefas visando tempo em que a tarefa foi executada na semana anterior.</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Report the tasks by the time they were executed in the previous week.</translation>
    </message>
    <message>
        <source>Nenhuma tarefa encerrada nesta semana.</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>No task was finished this week.</translation>
    </message>
    <message>
        <source>Agendados realizados</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Scheduled, done</translation>
    </message>
    <message>
        <source>Acionados</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Triggered</translation>
    </message>
    <message>
        <source>Não realizados</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Cancelados</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Contatos por pessoa</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Contacts per person</translation>
    </message>
    <message>
        <source>Tempo em contatos</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Time in contacts</translation>
    </message>
    <message>
        <source>Gerar relatório dos contatos tanto agendados com status realizado e contato acionados.</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Report the contacts, both the scheduled ones that were done and the triggered ones.</translation>
    </message>
    <message>
        <source>Nenhum contato nesta semana.</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>No contact this week.</translation>
    </message>
    <message>
        <source>Horas agendadas × realizadas por pessoa</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Hours scheduled × realized per person</translation>
    </message>
    <message>
        <source>Agendadas</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Realizadas</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Realized</translation>
    </message>
    <message>
        <source>Diferença</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Realizado</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Realized</translation>
    </message>
    <message>
        <source>Confrontar as horas agendadas na semana anterior com as realizadas.</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Compare the hours scheduled in the previous week with the hours realized.</translation>
    </message>
    <message>
        <source>Nada agendado nem realizado nesta semana.</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Nothing scheduled or realized this week.</translation>
    </message>
    <message>
        <source>Plano de trabalho</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Work plan</translation>
    </message>
    <message>
        <source>Atendeu</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Met</translation>
    </message>
    <message>
        <source>Plano</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Plan</translation>
    </message>
    <message>
        <source>não</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>no</translation>
    </message>
    <message>
        <source>sim</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>yes</translation>
    </message>
    <message>
        <source>Plano de trabalho × realizado (equipe)</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Work plan × realized (team)</translation>
    </message>
    <message>
        <source>Itens do plano atendidos</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Plan lines met</translation>
    </message>
    <message>
        <source>Identificar se as horas elencadas no plano de trabalho atendeu.</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Find out whether the work plan&apos;s hours were met.</translation>
    </message>
    <message>
        <source>Sem plano de trabalho para esta semana.</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>No work plan for this week.</translation>
    </message>
    <message>
        <source>Agendado</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Falta agendar</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Left to schedule</translation>
    </message>
    <message>
        <source>Plano de trabalho × agendado (equipe)</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Work plan × scheduled (team)</translation>
    </message>
    <message>
        <source>Agendar todas as tarefas da semana separado conforme o tempo do plano de trabalho.</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Schedule all the week&apos;s tasks, split as the work plan&apos;s time says.</translation>
    </message>
    <message>
        <source>Semana %1.</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Week %1.</translation>
    </message>
    <message>
        <source>Sem plano de trabalho para a próxima semana.</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>No work plan for next week.</translation>
    </message>
    <message>
        <source>Dia</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Day</translation>
    </message>
    <message>
        <source>Horário</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <source>Protocolo</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Tarefa</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Task</translation>
    </message>
    <message>
        <source>Gerar relatório dos agendamentos das tarefas da semana.</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Report the week&apos;s scheduled tasks.</translation>
    </message>
    <message>
        <source>Nenhuma tarefa agendada para a próxima semana.</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>No task scheduled for next week.</translation>
    </message>
    <message>
        <source>Capacidade</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Demanda</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Demand</translation>
    </message>
    <message>
        <source>Demanda × capacidade (horas)</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Demand × capacity (hours)</translation>
    </message>
    <message>
        <source>Horas</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Hours</translation>
    </message>
    <message>
        <source>OCs que chegaram</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>OCs that came in</translation>
    </message>
    <message>
        <source>OCs concluídas</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>OCs concluded</translation>
    </message>
    <message>
        <source>Horas de demanda</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Hours of demand</translation>
    </message>
    <message>
        <source>Capacidade (escala menos almoço)</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Capacity (roster minus lunch)</translation>
    </message>
    <message>
        <source>Demanda / capacidade</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Demand / capacity</translation>
    </message>
    <message>
        <source>OCs abertas no fim da semana</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>OCs open at the week&apos;s end</translation>
    </message>
    <message>
        <source>Dias para zerar o acumulado</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Days to clear the backlog</translation>
    </message>
    <message>
        <source>Indicador</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Valor</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Value</translation>
    </message>
    <message>
        <source>Medir demanda versus capacidade.</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Measure demand against capacity.</translation>
    </message>
    <message>
        <source>ANS por aba</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>SLA per tab</translation>
    </message>
    <message>
        <source>ANS por classe de SLA</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>SLA per SLA class</translation>
    </message>
    <message>
        <source>ANS</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Aba</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Classe</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Class</translation>
    </message>
    <message>
        <source>ANS da semana</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>The week&apos;s SLA</translation>
    </message>
    <message>
        <source>Meta</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Target</translation>
    </message>
    <message>
        <source>Classe ou aba</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Class or tab</translation>
    </message>
    <message>
        <source>Concluídas</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Concluded</translation>
    </message>
    <message>
        <source>No prazo</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>On time</translation>
    </message>
    <message>
        <source>Por</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>By</translation>
    </message>
    <message>
        <source>Gerar indicador da ANS. (Atendimentos concluídos no prazo)</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Produce the SLA indicator (attendances concluded on time).</translation>
    </message>
    <message>
        <source>Nenhuma OC concluída nesta semana.</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>No OC was concluded this week.</translation>
    </message>
    <message>
        <source>Volume: OCs abertas e concluídas</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Volume: OCs opened and concluded</translation>
    </message>
    <message>
        <source>Abertas</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Opened</translation>
    </message>
    <message>
        <source>ANS (%)</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>SLA (%)</translation>
    </message>
    <message>
        <source>Tempo médio para resolver (horas)</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Mean time to resolve (hours)</translation>
    </message>
    <message>
        <source>Tempo médio</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Mean time</translation>
    </message>
    <message>
        <source>OCs abertas</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>OCs opened</translation>
    </message>
    <message>
        <source>Segunda-feira</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Semana</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Week</translation>
    </message>
    <message>
        <source>Tempo médio para resolver</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Mean time to resolve</translation>
    </message>
    <message>
        <source>Gerar indicador de evolução do atendimento.</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Produce the evolution indicator of the attendance.</translation>
    </message>
    <message>
        <source>Sem semanas anteriores para comparar.</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>No earlier weeks to compare with.</translation>
    </message>
    <message>
        <source>Comunicar conclusão: tempo por pessoa</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Communicate conclusion: time per person</translation>
    </message>
    <message>
        <source>Tempo</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <source>%1 tarefa(s)</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>%1 task(s)</translation>
    </message>
    <message>
        <source>Quantidade</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Count</translation>
    </message>
    <message>
        <source>Tarefas Comunicar conclusão</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Communicate conclusion tasks</translation>
    </message>
    <message>
        <source>Tempo total</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Total time</translation>
    </message>
    <message>
        <source>Apresentar números de tarefas de acompanhamento do Suporte. (Quantidade e tempo das tarefas comunicar conclusão)</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Present the figures of Support&apos;s follow-up tasks (count and time of the communicate conclusion tasks).</translation>
    </message>
    <message>
        <source>Nenhuma tarefa Comunicar conclusão nesta semana.</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>No Communicate conclusion task this week.</translation>
    </message>
    <message>
        <source>Tempo médio em atendimento</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Mean time in attendance</translation>
    </message>
</context>
<context>
    <name>WeeklyReportPdf</name>
    <message>
        <source>Relatório semanal da gerência %1</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Weekly management report %1</translation>
    </message>
    <message>
        <source>Relatório semanal da gerência · %1</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Weekly management report · %1</translation>
    </message>
    <message>
        <source>Página %1 de %2</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Relatório semanal da gerência</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Weekly management report</translation>
    </message>
    <message>
        <source>Semana %1: %2 a %3 · planejamento da semana %4</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Week %1: %2 to %3 · planning week %4</translation>
    </message>
    <message>
        <source>Gerado em %1</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Generated on %1</translation>
    </message>
</context>
<context>
    <name>WeeklyReportWindow</name>
    <message>
        <location filename="../../views/report/window.py" line="228"/>
        <source>Relatório semanal da gerência — Pit Stop</source>
        <translation>Weekly management report — Pit Stop</translation>
    </message>
    <message>
        <location filename="../../views/report/window.py" line="241"/>
        <source>◀ Semana anterior</source>
        <translation>◀ Previous week</translation>
    </message>
    <message>
        <location filename="../../views/report/window.py" line="243"/>
        <source>&amp;Semana</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <location filename="../../views/report/window.py" line="247"/>
        <source>Semana ISO, como 2026-W47; Enter mostra o relatório dela.</source>
        <translation>ISO week, such as 2026-W47; Enter shows its report.</translation>
    </message>
    <message>
        <location filename="../../views/report/window.py" line="249"/>
        <source>Próxima semana ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <location filename="../../views/report/window.py" line="256"/>
        <source>Exportar &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../views/report/window.py" line="256"/>
        <source>Exportar &amp;XLSX…</source>
        <translation>Export &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../views/report/window.py" line="257"/>
        <source>Exportar &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../views/report/window.py" line="272"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../views/report/window.py" line="287"/>
        <source>Abrir a pasta</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location filename="../../views/report/window.py" line="296"/>
        <source>Pontos do relatório</source>
        <translation>The report&apos;s points</translation>
    </message>
    <message>
        <location filename="../../views/report/window.py" line="332"/>
        <source>%1 a %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../../views/report/window.py" line="351"/>
        <source>Calculando o relatório da semana %1…</source>
        <translation>Computing the report of week %1…</translation>
    </message>
    <message>
        <location filename="../../views/report/window.py" line="368"/>
        <source>Cancelando…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../views/report/window.py" line="390"/>
        <source>Relatório cancelado.</source>
        <translation>Report cancelled.</translation>
    </message>
    <message>
        <location filename="../../views/report/window.py" line="420"/>
        <source>Relatório semanal da gerência %1 — Pit Stop</source>
        <translation>Weekly management report %1 — Pit Stop</translation>
    </message>
    <message>
        <location filename="../../views/report/window.py" line="421"/>
        <source>gerado em %1</source>
        <translation>generated on %1</translation>
    </message>
    <message>
        <location filename="../../views/report/window.py" line="469"/>
        <source>Salvo em %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <location filename="../../views/report/window.py" line="477"/>
        <source>Não foi possível gravar o arquivo: %1</source>
        <translation>Could not write the file: %1</translation>
    </message>
    <message>
        <location filename="../../views/report/window.py" line="486"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../views/report/window.py" line="486"/>
        <source>Planilha do Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../views/report/window.py" line="487"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../views/report/window.py" line="488"/>
        <source>Salvar o relatório semanal</source>
        <translation>Save the weekly report</translation>
    </message>
</context>
<context>
    <name>WorkPlanModel</name>
    <message>
        <location filename="../../models/work_plan.py" line="129"/>
        <source>%1 · sem escala</source>
        <translation>%1 · not on the roster</translation>
    </message>
    <message>
        <location filename="../../models/work_plan.py" line="130"/>
        <source>%1 de %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../models/work_plan.py" line="143"/>
        <source>%1 não está na escala desta semana.</source>
        <translation>%1 is not on this week&apos;s roster.</translation>
    </message>
    <message>
        <location filename="../../models/work_plan.py" line="144"/>
        <source>Escala da semana, sem o almoço: %1.</source>
        <translation>The week&apos;s roster, without lunch: %1.</translation>
    </message>
    <message>
        <location filename="../../models/work_plan.py" line="145"/>
        <source>O plano passa da escala.</source>
        <translation>The plan exceeds the roster.</translation>
    </message>
    <message>
        <location filename="../../models/work_plan.py" line="166"/>
        <source>Alterado (era %1); ainda não salvo.</source>
        <translation>Changed (was %1); not saved yet.</translation>
    </message>
    <message>
        <location filename="../../models/work_plan.py" line="194"/>
        <source>Total / escala</source>
        <translation>Total / roster</translation>
    </message>
    <message>
        <location filename="../../models/work_plan.py" line="197"/>
        <source>Horas planejadas da pessoa na semana, e as da escala sem o almoço.</source>
        <translation>The person&apos;s planned hours in the week, and the roster&apos;s without lunch.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../views/occurrence_history.py" line="47"/>
        <source>Quando</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_history.py" line="49"/>
        <source>Quem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_history.py" line="50"/>
        <source>Ação</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_history.py" line="51"/>
        <source>Detalhe</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>pitstop</name>
    <message>
        <location filename="../../domain/vocabulary.py" line="31"/>
        <source>aberta</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="32"/>
        <location filename="../../domain/vocabulary.py" line="116"/>
        <source>oferecida</source>
        <translation>offered</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="33"/>
        <location filename="../../domain/vocabulary.py" line="75"/>
        <source>em atendimento</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="35"/>
        <location filename="../../domain/vocabulary.py" line="120"/>
        <source>encerrada</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="38"/>
        <source>no prazo</source>
        <translation>on track</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="40"/>
        <source>estourado</source>
        <translation>breached</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="41"/>
        <source>cumprido</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="42"/>
        <source>não cumprido</source>
        <translation>missed</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="45"/>
        <source>IS</source>
        <translation>IS</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="46"/>
        <source>Urgente</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="47"/>
        <source>2 Horas</source>
        <translation>2 hours</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="48"/>
        <source>4 Horas</source>
        <translation>4 hours</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="49"/>
        <source>24 Horas</source>
        <translation>24 hours</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="50"/>
        <source>72 Horas</source>
        <translation>72 hours</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="51"/>
        <source>10 Dias</source>
        <translation>10 days</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="54"/>
        <source>horas úteis</source>
        <translation>business hours</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="55"/>
        <source>horas corridas</source>
        <translation>calendar hours</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="58"/>
        <source>atendente</source>
        <translation>attendant</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="59"/>
        <source>técnico</source>
        <translation>technician</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="60"/>
        <source>gestor técnico</source>
        <translation>technical manager</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="61"/>
        <source>APOIO da gestão</source>
        <translation>management APOIO</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="62"/>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="63"/>
        <source>administrador</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="67"/>
        <source>logado</source>
        <translation>logged in</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="70"/>
        <location filename="../../domain/vocabulary.py" line="80"/>
        <source>turno encerrado</source>
        <translation>shift over</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="71"/>
        <location filename="../../domain/vocabulary.py" line="79"/>
        <source>sem sinal</source>
        <translation>no signal</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="78"/>
        <source>saindo em breve</source>
        <translation>leaving soon</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="83"/>
        <source>sem resposta</source>
        <translation>no answer</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="84"/>
        <source>demora excessiva em linha</source>
        <translation>waiting too long in line</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="85"/>
        <source>técnico encerrou o dia</source>
        <translation>technician left for the day</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="86"/>
        <source>técnico sem sinal</source>
        <translation>technician has no signal</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="89"/>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="90"/>
        <source>saída para o almoço</source>
        <translation>out to lunch</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="91"/>
        <source>volta do almoço</source>
        <translation>back from lunch</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="92"/>
        <source>logout</source>
        <translation>logout</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="95"/>
        <source>Especialistas</source>
        <translation>Especialistas</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="96"/>
        <source>N2</source>
        <translation>N2</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="99"/>
        <source>longo em linha ou acesso remoto</source>
        <translation>long on the line or remote access</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="100"/>
        <source>não solucionável no N1</source>
        <translation>not solvable at N1</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="103"/>
        <source>pendente</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="104"/>
        <source>aprovado</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="105"/>
        <source>rejeitado</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="106"/>
        <location filename="../../domain/vocabulary.py" line="167"/>
        <source>cancelado</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="109"/>
        <source>ninguém respondeu</source>
        <translation>nobody answered</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="110"/>
        <source>todos recusaram</source>
        <translation>everyone refused</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="111"/>
        <source>N2 aprovado</source>
        <translation>N2 approved</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="112"/>
        <source>enviado pelo atendente</source>
        <translation>sent by the attendant</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="115"/>
        <source>registrada</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="117"/>
        <source>aceita</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="118"/>
        <source>recusada</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="119"/>
        <source>encaminhada</source>
        <translation>forwarded</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="121"/>
        <source>ligação complementar</source>
        <translation>follow-up call</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="122"/>
        <source>escalonamento pedido</source>
        <translation>escalation requested</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="123"/>
        <source>escalonamento aprovado</source>
        <translation>escalation approved</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="124"/>
        <source>escalonamento rejeitado</source>
        <translation>escalation rejected</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="125"/>
        <source>enviada ao APOIO</source>
        <translation>sent to APOIO</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="126"/>
        <source>assumida pelo APOIO</source>
        <translation>claimed by APOIO</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="127"/>
        <source>agendada (FAQ 7037)</source>
        <translation>booked (FAQ 7037)</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="128"/>
        <source>horário liberado (FAQ 7037)</source>
        <translation>slot freed (FAQ 7037)</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="129"/>
        <source>devolvida à aba</source>
        <translation>handed back to the tab</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="130"/>
        <source>agendamento cancelado (FAQ 7037)</source>
        <translation>appointment cancelled (FAQ 7037)</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="131"/>
        <source>agendamento remarcado (FAQ 7037)</source>
        <translation>appointment moved (FAQ 7037)</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="132"/>
        <source>oferta retirada</source>
        <translation>offer withdrawn</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="135"/>
        <source>Matriz</source>
        <translation>head office</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="136"/>
        <source>filial</source>
        <translation>branch</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="139"/>
        <source>dúvida</source>
        <translation>question</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="140"/>
        <source>erro</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="141"/>
        <source>instalação</source>
        <translation>installation</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="142"/>
        <source>treinamento</source>
        <translation>training</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="143"/>
        <source>configuração</source>
        <translation>configuration</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="144"/>
        <source>outro</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="147"/>
        <location filename="../../domain/vocabulary.py" line="156"/>
        <source>telefone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="148"/>
        <source>Blip</source>
        <translation>Blip</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="149"/>
        <location filename="../../domain/vocabulary.py" line="157"/>
        <source>Skype</source>
        <translation>Skype</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="150"/>
        <location filename="../../domain/vocabulary.py" line="158"/>
        <source>e-mail</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="151"/>
        <source>portal</source>
        <translation>portal</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="159"/>
        <source>reunião</source>
        <translation>meeting</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="160"/>
        <source>conferência</source>
        <translation>conference</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="163"/>
        <source>agendado</source>
        <translation>scheduled</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="164"/>
        <location filename="../../domain/vocabulary.py" line="171"/>
        <source>em andamento</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="165"/>
        <source>realizado</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="166"/>
        <source>não realizado</source>
        <translation>missed</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="170"/>
        <source>planejada</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="172"/>
        <source>concluída</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="173"/>
        <source>cancelada</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="176"/>
        <source>GIN - Gerência de Incidente</source>
        <translation>GIN - Incident management</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="177"/>
        <source>AS-Monitoramento At. Suporte</source>
        <translation>AS - Support monitoring</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="178"/>
        <source>AC-Manutenção At. Consultoria</source>
        <translation>AC - Consulting maintenance</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="179"/>
        <source>AC-Realizar pós Consultoria</source>
        <translation>AC - Post-consulting</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="180"/>
        <source>AT-Realizar Conferência</source>
        <translation>AT - Conference</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="181"/>
        <source>DR-Documentar</source>
        <translation>DR - Document</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="182"/>
        <source>DR-Revisar</source>
        <translation>DR - Review</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="183"/>
        <source>RE-Participar Reunião</source>
        <translation>RE - Meeting</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="184"/>
        <source>AC-Gravar Vídeo</source>
        <translation>AC - Record video</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="185"/>
        <source>Base de Conhecimento</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="186"/>
        <source>AC-Identificar Bug</source>
        <translation>AC - Identify bug</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="187"/>
        <source>AC-Entregar Solicitação</source>
        <translation>AC - Deliver request</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="188"/>
        <source>ATI</source>
        <translation>ATI</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="189"/>
        <source>Teste</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="190"/>
        <source>Análise</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="191"/>
        <source>Responder e-mail</source>
        <translation>Reply to e-mail</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="192"/>
        <source>Enviar documento para aprovação</source>
        <translation>Send document for approval</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="193"/>
        <source>Cobrar aprovação</source>
        <translation>Chase approval</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="194"/>
        <source>Encerrar atendimento</source>
        <translation>Close the attendance</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="195"/>
        <source>Comunicar conclusão</source>
        <translation>Communicate conclusion</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="196"/>
        <source>AT-Verificar E-mail</source>
        <translation>AT - Check e-mail</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="197"/>
        <source>AT-Atender Skype</source>
        <translation>AT - Skype duty</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="323"/>
        <source>1. Tempo executado por tarefa</source>
        <translation>1. Time executed per task</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="324"/>
        <source>2. Contatos agendados e acionados</source>
        <translation>2. Contacts scheduled and triggered</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="325"/>
        <source>3. Horas agendadas × realizadas</source>
        <translation>3. Hours scheduled × realized</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="326"/>
        <source>4. Plano de trabalho atendido</source>
        <translation>4. Work plan met</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="327"/>
        <source>5. Plano de trabalho da próxima semana</source>
        <translation>5. Next week&apos;s work plan</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="328"/>
        <source>6. Tarefas agendadas da próxima semana</source>
        <translation>6. Next week&apos;s scheduled tasks</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="329"/>
        <source>7. Demanda × capacidade</source>
        <translation>7. Demand × capacity</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="330"/>
        <source>8. ANS: concluídas no prazo</source>
        <translation>8. SLA compliance: concluded on time</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="331"/>
        <source>9. Evolução do atendimento</source>
        <translation>9. Evolution of the service</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="332"/>
        <source>10. Comunicar conclusão</source>
        <translation>10. Communicate conclusion</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="66"/>
        <location filename="../../domain/vocabulary.py" line="74"/>
        <source>disponível</source>
        <translation>available</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="34"/>
        <source>aguardando gestor</source>
        <translation>awaiting manager</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="39"/>
        <source>perto de vencer</source>
        <translation>due soon</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="68"/>
        <location filename="../../domain/vocabulary.py" line="76"/>
        <source>no almoço</source>
        <translation>at lunch</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="69"/>
        <location filename="../../domain/vocabulary.py" line="77"/>
        <source>fora</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>o código FAQ</source>
        <translation type="vanished">the FAQ code</translation>
    </message>
    <message>
        <source>o motivo</source>
        <translation type="vanished">the reason</translation>
    </message>
    <message>
        <source>o resumo</source>
        <translation type="vanished">the summary</translation>
    </message>
    <message>
        <source>a aba</source>
        <translation type="vanished">the tab</translation>
    </message>
    <message>
        <source>o horário</source>
        <translation type="vanished">the time slot</translation>
    </message>
    <message>
        <source>o técnico</source>
        <translation type="vanished">the technician</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="243"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="244"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="245"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="246"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="269"/>
        <source>restam %1</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <location filename="../../domain/vocabulary.py" line="271"/>
        <source>estourado há %1</source>
        <translation>breached %1 ago</translation>
    </message>
    <message>
        <source>O banco de dados não respondeu; nada foi alterado. Tente de novo em instantes.</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>The database did not respond; nothing was changed. Try again in a moment.</translation>
    </message>
    <message>
        <source>Erro inesperado (%1): %2</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Unexpected error (%1): %2</translation>
    </message>
</context>
<context>
    <name>refusals</name>
    <message>
        <location filename="../../domain/refusals.py" line="27"/>
        <source>a OC {number} está encerrada e não pode ser {action}; uma nova ligação gera uma nova OC (R1).</source>
        <translation>OC {number} is closed and cannot be {action}; a new call makes a new OC (R1).</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="32"/>
        <source>a OC {number} já está encerrada; registre a ligação como uma nova OC sem vínculo (R1).</source>
        <translation>OC {number} is already closed; register the call as a new OC without a link (R1).</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="34"/>
        <source>a OC {number} é de outro cliente; a ligação complementar se vincula a uma OC aberta do mesmo cliente.</source>
        <translation>OC {number} belongs to another customer; a complementary call is linked to an open OC of the same customer.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="37"/>
        <source>a FAQ 7347 encerra só ligações complementares, e a OC {number} não é uma; encerre-a com o código FAQ do atendimento.</source>
        <translation>FAQ 7347 closes complementary calls only, and OC {number} is not one; close it with the FAQ code of the service given.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="41"/>
        <source>a OC já está na aba {tab}; escolha outra aba.</source>
        <translation>the OC is already in {tab}; choose another tab.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="42"/>
        <source>{tab} só aceita OCs do canal {required_channel}; esta é do canal {channel}.</source>
        <translation>{tab} only takes OCs from the {required_channel} channel; this one came by {channel}.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="44"/>
        <source>{tab} não aceita OCs do tipo {kind}; escolha outra aba.</source>
        <translation>{tab} does not take OCs of type {kind}; choose another tab.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="45"/>
        <source>{tab} atende demandas de baixa prioridade e não aceita SLA {sla}; escolha uma aba N1 de atendimento rápido.</source>
        <translation>{tab} handles low-priority requests and does not take SLA {sla}; choose a fast-service N1 tab.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="48"/>
        <source>{tab} não recebe OCs de outros setores, a menos que a gestão encaminhe (gestor, supervisor ou apoio); peça a um deles. Seu papel: {role}.</source>
        <translation>{tab} does not take OCs from other sectors unless management forwards them (manager, supervisor or APOIO); ask one of them. Your role: {role}.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="51"/>
        <source>{tab} só recebe ligações registradas por quem trabalha na {site}; registre na aba do seu setor e peça à gestão (gestor, supervisor ou apoio) que a encaminhe.</source>
        <translation>{tab} only takes calls registered by people of the {site}; register it in your own sector&apos;s tab and ask management (manager, supervisor or APOIO) to forward it.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="55"/>
        <source>{name} não atende a aba {tab}; ofereça a quem atende essa aba.</source>
        <translation>{name} does not work {tab}; offer it to someone who works that tab.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="57"/>
        <source>{name} não está logado(a); verifique o horário de login e ofereça a outro técnico disponível.</source>
        <translation>{name} is not logged in; check the login time and offer it to another available technician.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="59"/>
        <source>{name} está no almoço; ofereça a outro técnico disponível ou aguarde a volta.</source>
        <translation>{name} is at lunch; offer it to another available technician or wait until they are back.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="61"/>
        <source>o turno de {name} terminou às {time} e ele(a) ainda não fez logout; quem passou do turno não recebe OCs novas: ofereça a outro técnico disponível.</source>
        <translation>{name}&apos;s shift ended at {time} and they have not logged out; someone past their shift gets no new OCs: offer it to another available technician.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="64"/>
        <source>{name} está sem sinal: nenhuma janela do Pit Stop dele(a) responde desde {time} (há mais de {minutes} min); confirme se está no posto ou ofereça a outro técnico disponível.</source>
        <translation>{name} has no signal: none of their Pit Stop windows has answered since {time} (over {minutes} min); check that they are at their desk or offer it to another available technician.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="67"/>
        <source>a OC {number} não está oferecida a ninguém; ela precisa ser oferecida a você antes de {task}.</source>
        <translation>OC {number} is not offered to anyone; it must be offered to you before you can {task} it.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="70"/>
        <source>a OC {number} já está na fila do APOIO; aguarde um APOIO assumir.</source>
        <translation>OC {number} is already in the APOIO queue; wait for someone from APOIO to claim it.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="73"/>
        <source>{tab} só recebe OCs depois que um gestor aprova o escalonamento; peça o escalonamento.</source>
        <translation>{tab} only takes OCs after a manager approves the escalation; request the escalation.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="75"/>
        <source>N2 só recebe OCs encaminhadas pelo APOIO depois de um escalonamento aprovado; peça o escalonamento.</source>
        <translation>N2 only takes OCs forwarded by APOIO after an approved escalation; request the escalation.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="78"/>
        <location filename="../../domain/refusals.py" line="81"/>
        <source>a OC {number} aguarda a validação de um gestor e não pode ser {action} agora; aguarde a decisão.</source>
        <translation>OC {number} is waiting for a manager&apos;s decision and cannot be {action} now; wait for the decision.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="84"/>
        <location filename="../../domain/refusals.py" line="86"/>
        <source>a OC {number} já aguarda a validação de um gestor; aguarde a decisão.</source>
        <translation>OC {number} is already waiting for a manager&apos;s decision; wait for it.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="88"/>
        <location filename="../../domain/refusals.py" line="89"/>
        <source>a OC {number} já está na aba {target}.</source>
        <translation>OC {number} is already in {target}.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="90"/>
        <source>a OC {number} já está no N2; não volta para Especialistas por escalonamento.</source>
        <translation>OC {number} is already in N2; it does not go back to Especialistas by escalation.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="92"/>
        <location filename="../../domain/refusals.py" line="93"/>
        <source>o escalonamento exige um motivo.</source>
        <translation>an escalation needs a reason.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="94"/>
        <location filename="../../domain/refusals.py" line="96"/>
        <source>a OC {number} não tem escalonamento aprovado para {tab}; peça a validação de um gestor.</source>
        <translation>OC {number} has no approved escalation to {tab}; ask a manager to approve one.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="99"/>
        <source>quem pediu o escalonamento não pode decidir sobre ele; peça a outro gestor.</source>
        <translation>whoever requested the escalation cannot decide on it; ask another manager.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="101"/>
        <source>o escalonamento {id} já foi decidido ({escalation_status}).</source>
        <translation>escalation {id} has already been decided ({escalation_status}).</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="103"/>
        <source>o escalonamento {id} já foi decidido ({escalation_status}) por {name} ({login}).</source>
        <translation>escalation {id} has already been decided ({escalation_status}) by {name} ({login}).</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="106"/>
        <source>a OC {number} já está com {name} ({login}).</source>
        <translation>OC {number} is already with {name} ({login}).</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="107"/>
        <source>a OC {number} já tem responsável.</source>
        <translation>OC {number} already has an owner.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="108"/>
        <source>a OC {number} já está com {name} ({login}); encaminhe ou encerre antes de oferecer de novo.</source>
        <translation>OC {number} is already with {name} ({login}); forward or close it before offering it again.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="110"/>
        <source>a OC {number} já foi assumida por {name} ({login}).</source>
        <translation>OC {number} has already been taken by {name} ({login}).</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="111"/>
        <source>a OC {number} já foi assumida por {name} ({login}) às {time}.</source>
        <translation>OC {number} was already claimed by {name} ({login}) at {time}.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="112"/>
        <source>a OC {number} já saiu da fila do APOIO.</source>
        <translation>OC {number} has already left the APOIO queue.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="113"/>
        <source>a OC {number} foi alterada agora há pouco por outra pessoa; atualize e tente de novo.</source>
        <translation>OC {number} was changed a moment ago by someone else; refresh and try again.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="115"/>
        <source>a OC {number} foi alterada agora há pouco por {login} ({change}); atualize e tente de novo.</source>
        <translation>OC {number} was changed a moment ago by {login} ({change}); refresh and try again.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="118"/>
        <source>{time} não é um horário livre de {name}; escolha um horário livre.</source>
        <translation>{time} is not a free slot of {name}; choose a free slot.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="120"/>
        <source>o horário acabou de ser reservado por outra pessoa; escolha outro.</source>
        <translation>the slot was just booked by someone else; choose another one.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="122"/>
        <source>o horário das {time} já foi reservado por {name} ({login}) na OC {number}; escolha outro horário.</source>
        <translation>the {time} slot was already booked by {name} ({login}) on OC {number}; choose another slot.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="125"/>
        <source>{name} não é técnico(a) e não recebe agendamentos; escolha um técnico da aba.</source>
        <translation>{name} is not a technician and takes no appointments; choose a technician of the tab.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="127"/>
        <source>{name} não atende a aba {tab}; agende com um técnico que atende essa aba.</source>
        <translation>{name} does not serve the {tab} tab; book a technician who serves it.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="129"/>
        <source>o agendamento da OC {number} com {name} começou às {time} e fica como registro; ele não é mais cancelado nem remarcado: encerre a OC ou encaminhe-a.</source>
        <translation>OC {number}&apos;s appointment with {name} began at {time} and stays as the record; it can no longer be cancelled or moved: close the OC or forward it.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="134"/>
        <source>encerrar exige um código FAQ; informe o código FAQ.</source>
        <translation>closing needs a FAQ code; enter the FAQ code.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="136"/>
        <source>código FAQ inválido: &apos;{faq}&apos; (use só números, ex.: 7347)</source>
        <translation>invalid FAQ code: &apos;{faq}&apos; (digits only, e.g. 7347)</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="137"/>
        <source>canal desconhecido: &apos;{value}&apos;</source>
        <translation>unknown channel: &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="138"/>
        <source>tipo desconhecido: &apos;{value}&apos;</source>
        <translation>unknown type: &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="139"/>
        <source>status desconhecido: &apos;{value}&apos;</source>
        <translation>unknown status: &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="140"/>
        <source>classe de SLA desconhecida: &apos;{value}&apos;</source>
        <translation>unknown SLA class: &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="141"/>
        <source>destino de escalonamento inválido: &apos;{value}&apos;</source>
        <translation>invalid escalation target: &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="142"/>
        <source>motivo inválido: &apos;{value}&apos;</source>
        <translation>invalid reason: &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="143"/>
        <source>o resumo da ligação está vazio; descreva o contato.</source>
        <translation>the call summary is empty; describe the contact.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="145"/>
        <source>o resumo passa de {max} caracteres.</source>
        <translation>the summary is longer than {max} characters.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="146"/>
        <source>um agendamento precisa de horário e técnico juntos.</source>
        <translation>an appointment needs a slot and a technician together.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="148"/>
        <source>{login} não atende nenhuma aba; informe a aba.</source>
        <translation>{login} works no tab; choose the tab.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="149"/>
        <source>informe a OC ou a aba para listar quem pode recebê-la.</source>
        <translation>give the OC or the tab to list who can take it.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="150"/>
        <source>informe o motivo da rejeição.</source>
        <translation>give the reason for the rejection.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="151"/>
        <source>informe o motivo da recusa.</source>
        <translation>give the reason for refusing.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="152"/>
        <source>informe o motivo para acionar o APOIO.</source>
        <translation>give the reason for calling APOIO.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="153"/>
        <source>a OC {number} já está no APOIO N1; escolha a aba de destino.</source>
        <translation>OC {number} is already in APOIO N1; choose the destination tab.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="155"/>
        <source>informe login e nome.</source>
        <translation>enter the login and the name.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="156"/>
        <source>papel ou local inválido: &apos;{given_role}&apos;/&apos;{given_site}&apos;</source>
        <translation>invalid role or site: &apos;{given_role}&apos;/&apos;{given_site}&apos;</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="157"/>
        <source>informe código e nome do cliente.</source>
        <translation>enter the customer&apos;s code and name.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="158"/>
        <source>o fim do turno vem depois do início.</source>
        <translation>the shift must end after it starts.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="159"/>
        <source>o almoço precisa ficar dentro do turno.</source>
        <translation>lunch must be within the shift.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="161"/>
        <source>semana inválida: &apos;{text}&apos; (use AAAA-Www, ex.: 2026-W49)</source>
        <translation>invalid week: &apos;{text}&apos; (use YYYY-Www, e.g. 2026-W49)</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="162"/>
        <source>informe o início e o fim do almoço, ou nenhum dos dois.</source>
        <translation>give both the start and the end of lunch, or neither.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="164"/>
        <source>o fim do almoço vem depois do início.</source>
        <translation>lunch ends after it starts.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="165"/>
        <source>informe o início e o fim do turno, ou nenhum dos dois para limpar o dia.</source>
        <translation>give both the start and the end of the shift, or neither to clear the day.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="167"/>
        <source>informe o login.</source>
        <translation>give the login.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="168"/>
        <source>a linha tem {count} campos; use {columns} (o almoço pode ficar vazio).</source>
        <translation>the line has {count} fields; use {columns} (lunch may be empty).</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="170"/>
        <source>{login} em {day} já está na linha {line} deste arquivo; vale a primeira.</source>
        <translation>{login} on {day} is already on line {line} of this file; the first one stands.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="172"/>
        <source>o arquivo passa de {limit} linhas; divida-o em arquivos menores.</source>
        <translation>the file has more than {limit} lines; split it into smaller files.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="174"/>
        <source>a semana de origem e a de destino são a mesma ({week}); escolha outra semana.</source>
        <translation>the source and target weeks are the same ({week}); choose another week.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="176"/>
        <source>evento de presença inválido: &apos;{event}&apos;</source>
        <translation>invalid presence event: &apos;{event}&apos;</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="177"/>
        <source>{login} está {state}; o evento {event} não cabe agora.</source>
        <translation>{login} is {state}; the event {event} does not fit now.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="179"/>
        <source>um evento {event} de {login} às {time} deixaria o dia fora de ordem (login, almoço, volta, logout); confira os eventos já registrados nesse dia.</source>
        <translation>a {event} event for {login} at {time} would put the day out of order (login, lunch, back, logout); check the events already recorded that day.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="182"/>
        <source>uma correção registra o que já aconteceu; {time} ainda não chegou.</source>
        <translation>a correction records what already happened; {time} has not come yet.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="184"/>
        <source>informe o motivo da correção de presença.</source>
        <translation>give the reason for the presence correction.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="186"/>
        <source>identificador de estação inválido: &apos;{seat}&apos; (de 1 a {limit} letras sem acento, dígitos, ponto, - ou _)</source>
        <translation>invalid seat id: &apos;{seat}&apos; (1 to {limit} unaccented letters, digits, dot, - or _)</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="189"/>
        <source>o horário agendado sem fuso horário; use um horário com fuso.</source>
        <translation>the appointment time has no time zone; use a time with a zone.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="191"/>
        <source>o horário da ligação sem fuso horário; use um horário com fuso.</source>
        <translation>the call time has no time zone; use a time with a zone.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="193"/>
        <source>a duração do horário de agendamento precisa ser positiva (recebido {minutes}).</source>
        <translation>the appointment slot length must be positive (got {minutes}).</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="195"/>
        <source>limite de espera inválido: {minutes} minutos (de 0, sem limite, a {limit}).</source>
        <translation>invalid waiting limit: {minutes} minutes (from 0, no limit, to {limit}).</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="197"/>
        <source>hora inválida: &apos;{text}&apos; (use ISO-8601, ex.: 2026-11-24T09:30-03:00)</source>
        <translation>invalid time: &apos;{text}&apos; (use ISO-8601, e.g. 2026-11-24T09:30-03:00)</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="199"/>
        <source>data inválida: &apos;{text}&apos; (use AAAA-MM-DD)</source>
        <translation>invalid date: &apos;{text}&apos; (use YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="201"/>
        <source>data fora do intervalo aceito: &apos;{text}&apos; (de {earliest} a {latest})</source>
        <translation>date out of the accepted range: &apos;{text}&apos; ({earliest} to {latest})</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="203"/>
        <source>{subject} passa do limite de {limit} caracteres.</source>
        <translation>{subject} is longer than the limit of {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="204"/>
        <source>{subject} contém um caractere nulo (NUL), que o banco não aceita; digite o texto de novo.</source>
        <translation>{subject} contains a null character (NUL), which the database does not accept; type the text again.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="206"/>
        <source>login inválido: &apos;{login}&apos; (use de 2 a {limit} letras minúsculas sem acento, dígitos, ponto, hífen ou sublinhado, começando por letra ou dígito)</source>
        <translation>invalid login: &apos;{login}&apos; (use 2 to {limit} lower-case letters without accents, digits, dot, hyphen or underscore, starting with a letter or digit)</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="209"/>
        <source>horário inválido: &apos;{text}&apos; (use HH:MM)</source>
        <translation>invalid time of day: &apos;{text}&apos; (use HH:MM)</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="210"/>
        <source>intervalo inválido: &apos;{text}&apos; (use HH:MM-HH:MM)</source>
        <translation>invalid range: &apos;{text}&apos; (use HH:MM-HH:MM)</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="211"/>
        <source>intervalo inválido: &apos;{text}&apos; (o fim vem depois do início)</source>
        <translation>invalid range: &apos;{text}&apos; (the end comes after the start)</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="213"/>
        <source>URL de banco inválida: &apos;{url}&apos; (ex.: sqlite:///C:/pitstop.db ou postgresql://usuario@servidor/pitstop)</source>
        <translation>invalid database URL: &apos;{url}&apos; (e.g. sqlite:///C:/pitstop.db or postgresql://user@server/pitstop)</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="216"/>
        <source>banco não suportado: {driver} (use sqlite:/// ou postgresql://)</source>
        <translation>unsupported database: {driver} (use sqlite:/// or postgresql://)</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="218"/>
        <source>os papéis do banco são do servidor do escritório (PostgreSQL); {url} é um arquivo SQLite, que não tem papéis nem logins.</source>
        <translation>database roles belong to the office server (PostgreSQL); {url} is an SQLite file, which has no roles or logins.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="221"/>
        <source>prefixo de papel inválido: &apos;{prefix}&apos;; use de 1 a 16 letras minúsculas, dígitos ou _, começando por uma letra (por exemplo ps_).</source>
        <translation>invalid role prefix: &apos;{prefix}&apos;; use 1 to 16 lower-case letters, digits or _, starting with a letter (for example ps_).</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="224"/>
        <source>o login &apos;{login}&apos; é longo demais para virar um login do banco; com o prefixo deste servidor, use no máximo {limit} bytes.</source>
        <translation>login &apos;{login}&apos; is too long to become a database login; with this server&apos;s prefix, use at most {limit} bytes.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="227"/>
        <source>o login &apos;{login}&apos; daria o login do banco {role}, que é um papel do próprio Pit Stop; escolha outro login.</source>
        <translation>login &apos;{login}&apos; would make the database login {role}, which is one of Pit Stop&apos;s own roles; choose another login.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="230"/>
        <location filename="../../domain/refusals.py" line="303"/>
        <source>o servidor recusou: {reason}</source>
        <translation>the server refused: {reason}</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="231"/>
        <source>a senha precisa ter de {minimum} a {maximum} caracteres.</source>
        <translation>a password has {minimum} to {maximum} characters.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="233"/>
        <source>a OC {number} já tem um evento em {last}; uma ação não pode ser datada antes dele ({at}). Registre-a com uma hora posterior.</source>
        <translation>OC {number} already has an event at {last}; an action cannot be dated before it ({at}). Record it with a later time.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="236"/>
        <source>a OC {number} foi aberta em {opened}; ela não pode ser encerrada antes disso ({at}).</source>
        <translation>OC {number} was opened at {opened}; it cannot be closed before that ({at}).</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="238"/>
        <source>o arquivo SQLite {path} está numa pasta de rede; o SQLite não funciona com segurança em compartilhamentos de rede. Use uma pasta local ou um servidor PostgreSQL.</source>
        <translation>the SQLite file {path} is in a network folder; SQLite is not safe on network shares. Use a local folder or a PostgreSQL server.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="241"/>
        <source>o calendário não tem dia útil no último ano; confira os dias de trabalho.</source>
        <translation>the calendar has no working day in the last year; check the working days.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="243"/>
        <source>{day} não é dia útil no calendário (fim de semana); escolha um dia útil, por exemplo {previous}.</source>
        <translation>{day} is not a working day in the calendar (weekend); choose a working day, for example {previous}.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="246"/>
        <source>{day} não é dia útil no calendário (feriado: {holiday}); escolha um dia útil, por exemplo {previous}.</source>
        <translation>{day} is not a working day in the calendar (holiday: {holiday}); choose a working day, for example {previous}.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="249"/>
        <source>{day} não é dia útil no calendário (fechado no calendário); escolha um dia útil, por exemplo {previous}.</source>
        <translation>{day} is not a working day in the calendar (closed in the calendar); choose a working day, for example {previous}.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="253"/>
        <source>pessoa desconhecida: &apos;{login}&apos;</source>
        <translation>unknown person: &apos;{login}&apos;</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="254"/>
        <source>cliente desconhecido: &apos;{code}&apos;</source>
        <translation>unknown customer: &apos;{code}&apos;</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="255"/>
        <source>aba desconhecida: &apos;{code}&apos;</source>
        <translation>unknown tab: &apos;{code}&apos;</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="256"/>
        <source>OC {number} não existe</source>
        <translation>OC {number} does not exist</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="257"/>
        <source>escalonamento {id} não existe</source>
        <translation>escalation {id} does not exist</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="258"/>
        <source>o banco não tem calendário; atualize o banco.</source>
        <translation>the database has no calendar; upgrade the database.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="259"/>
        <source>{login} não está na escala de {day}.</source>
        <translation>{login} is not on the roster on {day}.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="260"/>
        <source>não há semana completa de {login} na escala nas {weeks} semanas antes de {week}; monte a escala à mão ou copie outra semana.</source>
        <translation>there is no fully scheduled week of {login} in the {weeks} weeks before {week}; plan the schedule by hand or copy another week.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="263"/>
        <source>a OC {number} não está na fila do APOIO</source>
        <translation>OC {number} is not in the APOIO queue</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="264"/>
        <source>a fila do APOIO não tem itens livres</source>
        <translation>the APOIO queue has no free items</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="265"/>
        <source>a OC {number} não tem agendamento</source>
        <translation>OC {number} has no appointment</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="267"/>
        <source>o login &apos;{login}&apos; já existe.</source>
        <translation>the login &apos;{login}&apos; already exists.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="268"/>
        <source>o cliente &apos;{code}&apos; já existe.</source>
        <translation>the customer &apos;{code}&apos; already exists.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="269"/>
        <source>o banco já tem dados; apague-os antes de carregar a demonstração</source>
        <translation>the database already has data; clear it before loading the demo</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="271"/>
        <source>o id de requisição {request_id} já registrou a OC {number}, de outra ligação; esta não foi registrada: use um id novo.</source>
        <translation>request id {request_id} already registered OC {number}, for another call; this one was not registered: use a new id.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="274"/>
        <source>a OC {number} já está oferecida a {name} ({login}) desde {time}; para oferecê-la a outra pessoa, confirme a troca: a oferta a {name} é retirada e fica registrada no histórico.</source>
        <translation>OC {number} is already offered to {name} ({login}) since {time}; to offer it to someone else, confirm the change: the offer to {name} is withdrawn, and the history records it.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="277"/>
        <source>a oferta da OC {number} foi retirada: {name} ({login}) ofereceu a OC a outra pessoa às {time}.</source>
        <translation>the offer of OC {number} was withdrawn: {name} ({login}) offered the OC to someone else at {time}.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="280"/>
        <source>só um gestor técnico aprova ou rejeita escalonamentos; seu papel: {role}.</source>
        <translation>only a technical manager approves or rejects escalations; your role: {role}.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="282"/>
        <source>só o APOIO da gestão (Zenaide, Fernanda, Janne) pode {task}; seu papel: {role}.</source>
        <translation>only management&apos;s APOIO (Zenaide, Fernanda, Janne) can {task}; your role: {role}.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="284"/>
        <source>a OC {number} está na fila do APOIO; quem a encaminha é o APOIO da gestão.</source>
        <translation>OC {number} is in the APOIO queue; management&apos;s APOIO forwards it.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="286"/>
        <source>a OC {number} está com {name}; só quem a atende ou a gestão pode encerrá-la.</source>
        <translation>OC {number} is with {name}; only whoever works on it or management can close it.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="288"/>
        <source>a OC {number} está com {name} ({login}); só quem a atende ou a gestão pode {task}.</source>
        <translation>OC {number} is with {name} ({login}); only whoever works on it or management may {task}.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="384"/>
        <source>semana inválida: &apos;{value}&apos;; escreva a semana ISO como 2026-W47.</source>
        <translation>invalid week: &apos;{value}&apos;; write the ISO week as 2026-W47.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="386"/>
        <source>o fim ({end}) precisa vir depois do início ({start}).</source>
        <translation>the end ({end}) must come after the start ({start}).</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="387"/>
        <source>as salas são reservadas em blocos de {minutes} min; {time} não começa um bloco.</source>
        <translation>rooms are booked in blocks of {minutes} min; {time} does not start a block.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="391"/>
        <source>{name} ({code}) não é cliente da consultoria: transfira para a URA e explique o procedimento (processo da consultoria 1.1.2); nenhum contato foi registrado.</source>
        <translation>{name} ({code}) is not a consulting client: transfer to the IVR and explain the procedure (consulting process 1.1.2); no contact was recorded.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="394"/>
        <source>a OC {number} não é do cliente {code}; informe um protocolo deste cliente.</source>
        <translation>OC {number} is not client {code}&apos;s; give a protocol of this client.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="396"/>
        <source>{name} já tem o contato {id} ({code}) em andamento desde {since}; encerre-o primeiro (regra 2 da equipe: um contato por vez, encerrado na hora em que termina).</source>
        <translation>{name} already has contact {id} ({code}) running since {since}; stop it first (team rule 2: one contact at a time, stopped when it ends).</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="399"/>
        <source>o contato {id} está {contact_status}; isso não se faz com ele agora.</source>
        <translation>contact {id} is {contact_status}; that cannot be done with it now.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="401"/>
        <source>o contato {id} não é um Skype em espera («um momento»); agende a conferência como um novo contato.</source>
        <translation>contact {id} is not a waiting Skype contact («one moment»); schedule the conference as a new contact.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="404"/>
        <source>{name} já tem a tarefa {id} ({title}) em andamento desde {since}; encerre-a primeiro (regra 1 da equipe: uma tarefa por vez).</source>
        <translation>{name} already has task {id} ({title}) running since {since}; stop it first (team rule 1: one task at a time).</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="407"/>
        <source>a tarefa {id} está {task_status}; isso não se faz com ela agora.</source>
        <translation>task {id} is {task_status}; that cannot be done with it now.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="409"/>
        <source>a reserva {id} já começou ({start}) e fica como registro; não pode ser cancelada.</source>
        <translation>booking {id} has already begun ({start}) and stays as the record; it cannot be cancelled.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="411"/>
        <source>tempo inválido: &apos;{value}&apos;; escreva como 6h, 90min, 1h30 ou em minutos.</source>
        <translation>invalid time: &apos;{value}&apos;; write it as 6h, 90min, 1h30 or in minutes.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="413"/>
        <source>{minutes} minutos não cabem numa semana (de 0, que tira a linha, a {limit}).</source>
        <translation>{minutes} minutes do not fit in a week (from 0, which removes the line, to {limit}).</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="415"/>
        <source>tipo de tarefa desconhecido: &apos;{value}&apos;</source>
        <translation>unknown task type: &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="416"/>
        <source>&apos;{value}&apos; não é um desfecho de contato agendado: use done, missed ou cancelled.</source>
        <translation>&apos;{value}&apos; is not an outcome of a scheduled contact: use done, missed or cancelled.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="418"/>
        <source>informe o início e o fim.</source>
        <translation>give the start and the end.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="419"/>
        <source>o horário {time} não diz o fuso horário; informe-o com o fuso.</source>
        <translation>the time {time} has no time zone; give it with its zone.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="421"/>
        <source>endereço de e-mail inválido: &apos;{value}&apos;</source>
        <translation>invalid e-mail address: &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="422"/>
        <source>informe o nome de quem entrou em contato.</source>
        <translation>give the name of who got in touch.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="423"/>
        <source>informe código e nome da sala.</source>
        <translation>give the room&apos;s code and name.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="424"/>
        <source>contato {id} não existe</source>
        <translation>contact {id} does not exist</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="425"/>
        <source>tarefa {id} não existe</source>
        <translation>task {id} does not exist</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="426"/>
        <source>sala desconhecida: &apos;{code}&apos; (as salas: {known})</source>
        <translation>unknown room: &apos;{code}&apos; (the rooms: {known})</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="427"/>
        <source>reserva de sala {id} não existe</source>
        <translation>room booking {id} does not exist</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="428"/>
        <source>o e-mail da Consultoria, que vai em cópia em toda resposta, não está configurado; peça à gestão para configurá-lo.</source>
        <translation>the Consultoria mailbox, copied on every reply, is not set; ask management to set it.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="431"/>
        <source>{name} já é contato do cliente {code}.</source>
        <translation>{name} is already a contact of client {code}.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="433"/>
        <source>a sala &apos;{code}&apos; já existe.</source>
        <translation>room &apos;{code}&apos; already exists.</translation>
    </message>
    <message>
        <source>a sala {room} já está reservada por {name} ({login}) de {start} a {end} ({title}); escolha outro horário ou outra sala.</source>
        <translation type="vanished">room {room} is already booked by {name} ({login}) from {start} to {end} ({title}); choose another time or another room.</translation>
    </message>
    <message>
        <source>a sala {room} acabou de ser reservada por outra pessoa nesse horário; escolha outro.</source>
        <translation type="vanished">room {room} was just booked by someone else at that time; choose another.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="439"/>
        <source>o contato {id} foi alterado por outra pessoa enquanto isso; confira como ficou e tente de novo.</source>
        <translation>contact {id} was changed by someone else meanwhile; see how it is now and try again.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="441"/>
        <source>a tarefa {id} foi alterada por outra pessoa enquanto isso; confira como ficou e tente de novo.</source>
        <translation>task {id} was changed by someone else meanwhile; see how it is now and try again.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="443"/>
        <source>cada pessoa registra os próprios contatos e tarefas; os de {login} são dele(a) ou da gestão; seu papel: {role}.</source>
        <translation>each person records their own contacts and tasks; {login}&apos;s are theirs or management&apos;s; your role: {role}.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="446"/>
        <source>só a gestão (gestor técnico, supervisor ou administrador) define o plano de trabalho, as salas, o consultor de um cliente e o e-mail da Consultoria; seu papel: {role}.</source>
        <translation>only management (technical manager, supervisor or administrator) sets the work plan, the rooms, a client&apos;s consultant and the Consultoria mailbox; your role: {role}.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="449"/>
        <source>{login} está desativado(a) e não registra contatos nem tarefas.</source>
        <translation>{login} is disabled and records no contacts or tasks.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="452"/>
        <source>o relatório em PDF não está disponível nesta instalação; exporte em XLSX ou CSV.</source>
        <translation>the PDF report is not available in this installation; export it as XLSX or CSV.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="501"/>
        <source>o e-mail</source>
        <translation>the e-mail</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="502"/>
        <source>o Skype</source>
        <translation>the Skype name</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="503"/>
        <source>o código da sala</source>
        <translation>the room&apos;s code</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="507"/>
        <source>pt_BR ou en</source>
        <translation>pt_BR or en</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="508"/>
        <source>true ou false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="509"/>
        <source>sqlite ou postgres</source>
        <translation>sqlite or postgres</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="510"/>
        <source>o caminho de um arquivo</source>
        <translation>a file&apos;s path</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="511"/>
        <source>o nome ou o endereço do servidor, sem espaços</source>
        <translation>the server&apos;s name or address, without spaces</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="512"/>
        <source>um número de 1 a 65535</source>
        <translation>a number from 1 to 65535</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="513"/>
        <source>um nome de banco de 1 a 63 caracteres</source>
        <translation>a database name of 1 to 63 characters</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="514"/>
        <source>um login de até 63 caracteres, ou nada</source>
        <translation>a login of up to 63 characters, or nothing</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="515"/>
        <source>0 (automático) ou o número do monitor, até 16</source>
        <translation>0 (automatic) or the monitor&apos;s number, up to 16</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="516"/>
        <source>0 (as que couberem) ou um número até 50</source>
        <translation>0 (as many as fit) or a number up to 50</translation>
    </message>
    <message>
        <source>a OC {number} está com {name} ({login}) e não pode ser {action} por você; só por essa pessoa ou pela gestão.</source>
        <translation type="vanished">OC {number} is with {name} ({login}) and cannot be {action} by you; only by them or by management.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="290"/>
        <source>a OC {number} foi oferecida a {name}, não a você.</source>
        <translation>OC {number} was offered to {name}, not to you.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="292"/>
        <source>só a gestão (gestor técnico, supervisor ou administrador) muda a escala; seu papel: {role}.</source>
        <translation>only management (technical manager, supervisor or administrator) changes the schedule; your role: {role}.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="294"/>
        <source>só um administrador muda {what}; seu papel: {role}.</source>
        <translation>only an administrator changes {what}; your role: {role}.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="296"/>
        <source>login ou senha incorretos.</source>
        <translation>wrong login or password.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="297"/>
        <source>o servidor não deixa o login {session} agir como {login}; entre com o login de {login} (só um administrador pode agir por outra pessoa).</source>
        <translation>the server does not let login {session} act as {login}; sign in with {login}&apos;s login (only an administrator may act for someone else).</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="300"/>
        <source>só um administrador pode datar uma ação; o servidor usa o relógio dele. Repita sem a hora.</source>
        <translation>only an administrator may date an action; the server uses its own clock. Repeat it without the time.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="304"/>
        <source>cada pessoa registra a própria presença; a de {login} só a gestão registra ou corrige. Seu papel: {role}.</source>
        <translation>each person records their own presence; only management records or corrects {login}&apos;s. Your role: {role}.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="307"/>
        <source>cada pessoa troca a própria senha; a de {login} só um administrador troca.</source>
        <translation>each person changes their own password; only an administrator changes {login}&apos;s.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="309"/>
        <source>tentativas demais com senha errada: este login está bloqueado até {until}; tente de novo depois disso ou peça ajuda a um administrador.</source>
        <translation>too many attempts with a wrong password: this login is locked until {until}; try again after that or ask an administrator for help.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="312"/>
        <source>o banco {database} tem dados e não é um banco de demonstração; recomeçar a demonstração apagaria a equipe, as OCs e a auditoria. Só um administrador pode confirmar, com o nome do banco.</source>
        <translation>database {database} holds data and is not a demo database; restarting the demo would delete its staff, OCs and audit trail. Only an administrator can confirm it, with the database&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="315"/>
        <source>entrar sem senha só é possível no banco de demonstração; entre com login e senha.</source>
        <translation>signing in without a password only works on the demo database; sign in with your login and password.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="317"/>
        <source>a entrada com a conta do Windows não está habilitada neste computador: ela só vale no servidor do escritório, com um login de banco para cada pessoa. Entre com login e senha.</source>
        <translation>signing in with the Windows account is not enabled on this computer: it only works on the office server, with a database login for each person. Sign in with login and password.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="320"/>
        <source>o servidor não aceitou a conta do Windows deste computador como {login}. Entre com login e senha, ou peça a um administrador para liberar a entrada pelo Windows no servidor.</source>
        <translation>the server did not accept this computer&apos;s Windows account as {login}. Sign in with login and password, or ask an administrator to allow Windows sign-in on the server.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="323"/>
        <source>não foi possível saber a conta do Windows deste computador; digite o seu login.</source>
        <translation>could not tell this computer&apos;s Windows account; type your login.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="326"/>
        <source>não foi possível abrir o banco {url}: {reason}</source>
        <translation>could not open the database {url}: {reason}</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="327"/>
        <source>o banco não respondeu.</source>
        <translation>the database did not answer.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="328"/>
        <source>o banco não respondeu a tempo ({step})</source>
        <translation>the database did not answer in time ({step})</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="329"/>
        <source>o banco {url} está no esquema {revision} e este Pit Stop usa o {head}: peça a um administrador que atualize o banco.</source>
        <translation>the database {url} is at schema {revision} and this Pit Stop uses {head}: ask an administrator to upgrade the database.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="332"/>
        <source>o banco {url} foi atualizado por um Pit Stop mais novo (esquema {revision}): este banco precisa do Pit Stop {needs} ou mais novo; instale-o.</source>
        <translation>the database {url} was upgraded by a newer Pit Stop (schema {revision}): this database needs Pit Stop {needs} or newer; install it.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="335"/>
        <source>o banco {url} foi atualizado por um Pit Stop mais novo (esquema {revision}): instale a versão mais recente do Pit Stop.</source>
        <translation>the database {url} was upgraded by a newer Pit Stop (schema {revision}): install the latest Pit Stop.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="338"/>
        <source>o banco está ocupado: outra estação segura o mesmo registro há mais de {seconds} s; nada foi gravado, tente de novo em instantes.</source>
        <translation>the database is busy: another seat has held the same record for more than {seconds} s; nothing was saved, try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="341"/>
        <source>a ligação com o banco caiu no meio da gravação ({reason}); ela pode ter sido salva ou não. Confira antes de seguir: repetir a mesma ação é seguro, ela não é feita duas vezes.</source>
        <translation>the connection to the database dropped in the middle of saving ({reason}); it may or may not have been saved. Check before going on: repeating the same action is safe, it is not done twice.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="344"/>
        <source>não foi possível abrir a caixa de saída local {path}: {reason}</source>
        <translation>could not open the local outbox {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="346"/>
        <source>a caixa de saída local {path} foi criada por uma versão mais nova do Pit Stop (formato {version}); atualize o programa.</source>
        <translation>the local outbox {path} was created by a newer version of Pit Stop (format {version}); update the program.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="349"/>
        <source>agendar precisa do servidor ao vivo: só o banco garante o horário, e ele não responde agora ({reason}). Tente de novo quando a conexão voltar, ou tire o horário («Sem horário») para guardar a ligação na caixa de saída.</source>
        <translation>booking needs the live server: only the database can guarantee the slot, and it is not responding right now ({reason}). Try again when the connection is back, or remove the slot (“No slot”) to keep the call in the outbox.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="353"/>
        <source>a caixa de saída local já foi fechada.</source>
        <translation>the local outbox is already closed.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="354"/>
        <source>não foi possível gravar na caixa de saída local {path}: {reason}</source>
        <translation>could not write to the local outbox {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="356"/>
        <source>não foi possível ler a caixa de saída local {path}: {reason}</source>
        <translation>could not read the local outbox {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="358"/>
        <source>esta ligação foi tomada para outro banco; este banco não a registra.</source>
        <translation>this call was taken for another database; this database does not register it.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="360"/>
        <source>guardada para outro banco ({server}); espera até esta janela abrir aquele banco.</source>
        <translation>kept for another database ({server}); it waits until this window opens that database.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="362"/>
        <source>tomada por {login}; espera {login} entrar para ser enviada em seu nome.</source>
        <translation>taken by {login}; it waits for {login} to sign in to be sent in their name.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="364"/>
        <source>guardada por uma versão anterior, sem dizer para qual banco; confira se a OC existe e registre de novo se preciso.</source>
        <translation>kept by an earlier version, without saying for which database; check whether the OC exists and register it again if needed.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="367"/>
        <source>a ligação NÃO foi salva: o banco não responde ({reason}) e a caixa de saída local falhou ({problem}).</source>
        <translation>the call was NOT saved: the database does not answer ({reason}) and the local outbox failed ({problem}).</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="371"/>
        <source>o arquivo de configuração {path} não pôde ser lido (linha {line}, coluna {column}: {reason}); valem as configurações padrão.</source>
        <translation>the settings file {path} could not be read (line {line}, column {column}: {reason}); the default settings stand.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="374"/>
        <source>o arquivo de configuração {path} não pôde ser aberto ({reason}); valem as configurações padrão.</source>
        <translation>the settings file {path} could not be opened ({reason}); the default settings stand.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="376"/>
        <source>{path}, linha {line}: {key} não é uma configuração do Pit Stop e foi ignorada.</source>
        <translation>{path}, line {line}: {key} is not a Pit Stop setting and was ignored.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="378"/>
        <source>{path}, linha {line}: {key} = {value} não serve ({expected}); vale o padrão, {default}.</source>
        <translation>{path}, line {line}: {key} = {value} does not fit ({expected}); the default stands, {default}.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="380"/>
        <source>configuração desconhecida: &apos;{key}&apos;; as configurações são: {known}.</source>
        <translation>unknown setting: &apos;{key}&apos;; the settings are: {known}.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="382"/>
        <source>&apos;{value}&apos; não serve para {key}: use {expected}.</source>
        <translation>&apos;{value}&apos; does not fit {key}: use {expected}.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="434"/>
        <source>{room} já está reservada por {name} ({login}) de {start} a {end} ({title}); escolha outro horário ou outra sala.</source>
        <translation>{room} is already booked by {name} ({login}) from {start} to {end} ({title}); choose another time or another room.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="437"/>
        <source>{room} acabou de ser reservada por outra pessoa nesse horário; escolha outro.</source>
        <translation>{room} was just booked by someone else at that time; choose another.</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="455"/>
        <source>tempo inválido: &apos;{value}&apos;; escreva em horas (6, 1:30 ou 1,5) ou com a unidade (6h, 90min).</source>
        <translation>invalid time: &apos;{value}&apos;; write it in hours (6, 1:30 or 1.5) or with the unit (6h, 90min).</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="462"/>
        <source>encaminhada</source>
        <translation>forwarded</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="463"/>
        <source>oferecida</source>
        <translation>offered</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="464"/>
        <source>aceita</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="465"/>
        <source>recusada</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="466"/>
        <source>escalonada</source>
        <translation>escalated</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="467"/>
        <source>encerrada de novo</source>
        <translation>closed again</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="468"/>
        <source>enviada ao APOIO</source>
        <translation>sent to APOIO</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="469"/>
        <source>assumida</source>
        <translation>claimed</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="470"/>
        <source>desmarcada</source>
        <translation>unbooked</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="471"/>
        <source>remarcada</source>
        <translation>rescheduled</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="474"/>
        <source>aceitar</source>
        <translation>accept</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="475"/>
        <source>recusar</source>
        <translation>refuse</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="476"/>
        <source>assumir itens da fila do APOIO</source>
        <translation>claim items from the APOIO queue</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="477"/>
        <source>encaminhar itens do APOIO</source>
        <translation>forward APOIO items</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="478"/>
        <source>encaminhá-la</source>
        <translation>forward it</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="479"/>
        <source>enviá-la ao APOIO</source>
        <translation>send it to APOIO</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="480"/>
        <source>oferecê-la a outra pessoa</source>
        <translation>offer it to someone else</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="481"/>
        <source>pedir o escalonamento dela</source>
        <translation>ask for its escalation</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="482"/>
        <source>passar o agendamento dela a outro técnico</source>
        <translation>move its appointment to another technician</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="485"/>
        <source>política de SLA</source>
        <translation>SLA policy</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="486"/>
        <source>configuração</source>
        <translation>configuration</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="487"/>
        <source>equipe</source>
        <translation>staff</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="490"/>
        <source>o login</source>
        <translation>the login</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="491"/>
        <source>o nome</source>
        <translation>the name</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="492"/>
        <source>o código do cliente</source>
        <translation>the client code</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="493"/>
        <source>o nome do cliente</source>
        <translation>the client&apos;s name</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="494"/>
        <source>o telefone</source>
        <translation>the phone</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="495"/>
        <source>o código FAQ</source>
        <translation>the FAQ code</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="496"/>
        <source>o id do pedido</source>
        <translation>the request id</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="497"/>
        <source>o resumo</source>
        <translation>the summary</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="498"/>
        <source>a observação</source>
        <translation>the note</translation>
    </message>
    <message>
        <location filename="../../domain/refusals.py" line="499"/>
        <source>o motivo</source>
        <translation>the reason</translation>
    </message>
</context>
<context>
    <name>seat_config</name>
    <message>
        <location filename="../../views/seat_config.py" line="55"/>
        <source>Pit Stop — configurações</source>
        <translation>Pit Stop — settings</translation>
    </message>
    <message>
        <location filename="../../views/seat_config.py" line="56"/>
        <source>O arquivo de configuração deste computador tem problemas; o Pit Stop usa os valores padrão no lugar deles.</source>
        <translation>This computer&apos;s settings file has problems; Pit Stop uses the default values instead.</translation>
    </message>
</context>
</TS>
