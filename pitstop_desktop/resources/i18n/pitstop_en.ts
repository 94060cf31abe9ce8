<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="pt_BR">
<context>
    <name></name>
    <message>
        <location filename="../../views/messages.py" line="171"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="174"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="177"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="179"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="185"/>
        <source>restam %1</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="186"/>
        <source>estourado há %1</source>
        <translation>breached %1 ago</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="224"/>
        <source>O banco de dados não respondeu; nada foi alterado. Tente de novo em instantes.</source>
        <translation>The database did not respond; nothing was changed. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="226"/>
        <source>Erro inesperado (%1): %2</source>
        <translation>Unexpected error (%1): %2</translation>
    </message>
</context>
<context>
    <name>AnsTrendChart</name>
    <message>
        <location filename="../../views/gauges.py" line="424"/>
        <source>{day}: ANS {ans} ({met} de {total} no prazo)</source>
        <translation>{day}: SLA met {ans} ({met} of {total} on time)</translation>
    </message>
    <message>
        <location filename="../../views/gauges.py" line="428"/>
        <source>meta {value}</source>
        <translation>target {value}</translation>
    </message>
</context>
<context>
    <name>ApoioPanel</name>
    <message>
        <location filename="../../views/queues.py" line="451"/>
        <source>Fila do APOIO N1</source>
        <translation>APOIO N1 queue</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="456"/>
        <source>OC</source>
        <translation>OC</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="456"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="456"/>
        <source>Esperando</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="456"/>
        <source>Assumida por</source>
        <translation>Claimed by</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="457"/>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="463"/>
        <source>&amp;Assumir</source>
        <translation>&amp;Claim</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="464"/>
        <source>Assumir o &amp;próximo</source>
        <translation>Claim ne&amp;xt</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="465"/>
        <source>Encaminhar ao &amp;N2</source>
        <translation>Forward to N&amp;2</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="468"/>
        <source>na a&amp;ba</source>
        <translation>in &amp;tab</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="470"/>
        <source>&amp;Oferecer a técnico…</source>
        <translation>&amp;Offer to technician…</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="482"/>
        <source>Só o APOIO da gestão (Zenaide, Fernanda, Janne) assume e encaminha itens desta fila; aqui você acompanha.</source>
        <translation>Only management APOIO (Zenaide, Fernanda, Janne) claims and forwards items in this queue; here you can follow along.</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="513"/>
        <source>ninguém</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="515"/>
        <source>você</source>
        <translation>you</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="519"/>
        <source> às %1</source>
        <translation> at %1</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="524"/>
        <source>na fila desde %1</source>
        <translation>in the queue since %1</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="533"/>
        <source>%1 na fila, %2 livre(s)</source>
        <translation>%1 in the queue, %2 unclaimed</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="580"/>
        <location filename="../../views/queues.py" line="594"/>
        <source>Você assumiu a OC %1.</source>
        <translation>You claimed OC %1.</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="609"/>
        <source>OC %1 encaminhada ao N2.</source>
        <translation>OC %1 forwarded to N2.</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="630"/>
        <source>OC %1 saiu do APOIO para %2 e foi oferecida a %3.</source>
        <translation>OC %1 left APOIO for %2 and was offered to %3.</translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message>
        <location filename="../../views/queues.py" line="269"/>
        <source>Escalonamentos aguardando um gestor</source>
        <translation>Escalations awaiting a manager</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="275"/>
        <location filename="../../views/queues.py" line="305"/>
        <source>OC</source>
        <translation>OC</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="275"/>
        <source>Pedido por</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="275"/>
        <location filename="../../views/queues.py" line="305"/>
        <source>Destino</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="275"/>
        <location filename="../../views/queues.py" line="305"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="276"/>
        <source>Esperando</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="276"/>
        <source>Nota do pedido</source>
        <translation>Request note</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="281"/>
        <source>&amp;Nota ou motivo:</source>
        <translation>&amp;Note or reason:</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="283"/>
        <source>nota da aprovação (opcional) ou motivo da rejeição (obrigatório)</source>
        <translation>approval note (optional) or rejection reason (required)</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="285"/>
        <source>&amp;Aprovar</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="286"/>
        <source>&amp;Rejeitar</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="295"/>
        <source>Só um gestor técnico aprova ou rejeita escalonamentos (R6, R7); aqui você acompanha a fila.</source>
        <translation>Only a technical manager approves or rejects escalations (R6, R7); here you can follow the queue.</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="304"/>
        <source>Minhas solicitações</source>
        <translation>My requests</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="305"/>
        <source>Pedido às</source>
        <translation>Requested at</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="306"/>
        <source>Situação</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="306"/>
        <source>Decidido por</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="306"/>
        <source>Decisão</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="310"/>
        <source>Você não tem pedidos de escalonamento; quando pedir, a decisão do gestor aparece aqui.</source>
        <translation>You have no escalation requests; when you make one, the manager&apos;s decision shows up here.</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="333"/>
        <source>%1 (você)</source>
        <translation>%1 (you)</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="339"/>
        <source>pedido às %1</source>
        <translation>requested at %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/queues.py" line="344"/>
        <source>%n pendente(s)</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="360"/>
        <source>decidido às %1</source>
        <translation>decided at %1</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="393"/>
        <source>Escalonamento da OC %1 para N2 aprovado; a OC segue pelo APOIO N1 (R7).</source>
        <translation>Escalation of OC %1 to N2 approved; the OC goes through APOIO N1 (R7).</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="395"/>
        <source>Escalonamento da OC %1 para Especialistas aprovado; a OC vai para Especialistas (R6).</source>
        <translation>Escalation of OC %1 to Especialistas approved; the OC goes to Especialistas (R6).</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="410"/>
        <source>Informe o motivo da rejeição no campo «Nota ou motivo»; ele fica no histórico da OC (R6).</source>
        <translation>Enter the rejection reason in the “Note or reason” field; it is kept in the OC&apos;s history (R6).</translation>
    </message>
    <message>
        <location filename="../../views/queues.py" line="419"/>
        <source>Escalonamento da OC %1 rejeitado; a OC continua onde estava.</source>
        <translation>Escalation of OC %1 rejected; the OC stays where it was.</translation>
    </message>
</context>
<context>
    <name>AtRiskList</name>
    <message>
        <location filename="../../views/wallboard.py" line="96"/>
        <source>Tempo</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../views/wallboard.py" line="97"/>
        <source>OC</source>
        <translation>OC</translation>
    </message>
    <message>
        <location filename="../../views/wallboard.py" line="98"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../views/wallboard.py" line="99"/>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../views/wallboard.py" line="100"/>
        <source>Aba</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../views/wallboard.py" line="101"/>
        <source>Técnico</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location filename="../../views/wallboard.py" line="123"/>
        <source>Nenhuma OC em risco agora</source>
        <translation>No OCs at risk right now</translation>
    </message>
    <message>
        <location filename="../../views/wallboard.py" line="156"/>
        <source>sem técnico</source>
        <translation>no technician</translation>
    </message>
    <message>
        <location filename="../../views/wallboard.py" line="171"/>
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
        <source>Aberta</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Oferecida</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Em atendimento</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Aguardando gestor</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Awaiting manager</translation>
    </message>
    <message>
        <source>Encerrada</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Telefone</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Blip</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Blip</translation>
    </message>
    <message>
        <source>Skype</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Skype</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Email</translation>
    </message>
    <message>
        <source>Portal</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Dúvida</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Question</translation>
    </message>
    <message>
        <source>Erro</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Error</translation>
    </message>
    <message>
        <source>Instalação</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Treinamento</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Training</translation>
    </message>
    <message>
        <source>Configuração</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Outro</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <location filename="../../views/board.py" line="103"/>
        <source>Filtrar por número, cliente, resumo ou técnico…</source>
        <translation>Filter by number, customer, summary or technician…</translation>
    </message>
    <message>
        <location filename="../../views/board.py" line="105"/>
        <source>Só em risco</source>
        <translation>At risk only</translation>
    </message>
    <message>
        <location filename="../../views/board.py" line="106"/>
        <source>Só sem técnico</source>
        <translation>Unassigned only</translation>
    </message>
    <message>
        <location filename="../../views/board.py" line="108"/>
        <source>Todas as classes de SLA</source>
        <translation>All SLA classes</translation>
    </message>
    <message>
        <location filename="../../views/board.py" line="233"/>
        <source>{name} ({total} · {risk} em risco)</source>
        <translation>{name} ({total} · {risk} at risk)</translation>
    </message>
</context>
<context>
    <name>ChosenClient</name>
    <message>
        <location filename="../../views/intake/client.py" line="53"/>
        <source>OCs do cliente: %1 aberta(s)</source>
        <translation>Customer&apos;s OCs: %1 open</translation>
    </message>
    <message>
        <location filename="../../views/intake/client.py" line="62"/>
        <source>OCs do cliente — indisponíveis agora</source>
        <translation>Customer&apos;s OCs — unavailable right now</translation>
    </message>
    <message>
        <location filename="../../views/intake/client.py" line="71"/>
        <source>Abertas (%1)</source>
        <translation>Open (%1)</translation>
    </message>
    <message>
        <location filename="../../views/intake/client.py" line="72"/>
        <source>Últimas encerradas (%1)</source>
        <translation>Recently closed (%1)</translation>
    </message>
    <message>
        <location filename="../../views/intake/client.py" line="85"/>
        <source>enc. %1</source>
        <translation>closed %1</translation>
    </message>
    <message>
        <location filename="../../views/intake/client.py" line="98"/>
        <source>com %1</source>
        <translation>with %1</translation>
    </message>
    <message>
        <location filename="../../views/intake/client.py" line="116"/>
        <source>— não: é um assunto novo —</source>
        <translation>— no: it is a new issue —</translation>
    </message>
    <message>
        <location filename="../../views/intake/client.py" line="129"/>
        <location filename="../../views/intake/client.py" line="146"/>
        <source>O cliente tem OC aberta: se a ligação só complementa uma delas, escolha-a aqui (R2).</source>
        <translation>The customer has an open OC: if the call only follows up on one of them, choose it here (R2).</translation>
    </message>
    <message>
        <location filename="../../views/intake/client.py" line="132"/>
        <source>Sem OCs abertas: a ligação é uma OC nova (R1).</source>
        <translation>No open OCs: the call is a new OC (R1).</translation>
    </message>
    <message>
        <location filename="../../views/intake/client.py" line="142"/>
        <source>Ao salvar, a nova OC fica vinculada à OC %1 e é encerrada com FAQ 7347 (R2).</source>
        <translation>On saving, the new OC is linked to OC %1 and closed with FAQ 7347 (R2).</translation>
    </message>
    <message>
        <location filename="../../views/intake/client.py" line="163"/>
        <source>Ctrl+N passa para a próxima ligação sem registrar nada.</source>
        <translation>Ctrl+N moves to the next call without registering anything.</translation>
    </message>
</context>
<context>
    <name>ClientSearchModel</name>
    <message>
        <location filename="../../models/clients.py" line="30"/>
        <source>Código</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../models/clients.py" line="31"/>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../models/clients.py" line="32"/>
        <source>Telefone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../models/clients.py" line="35"/>
        <source>consultoria</source>
        <translation>consulting</translation>
    </message>
</context>
<context>
    <name>GaugePanel</name>
    <message>
        <location filename="../../views/gauges.py" line="592"/>
        <source>{days} dias: ANS {ans} ({met} de {total} no prazo)</source>
        <translation>{days} days: SLA met {ans} ({met} of {total} on time)</translation>
    </message>
    <message>
        <location filename="../../views/gauges.py" line="595"/>
        <source>Nenhuma OC encerrada nos últimos {days} dias</source>
        <translation>No OCs closed in the last {days} days</translation>
    </message>
    <message>
        <location filename="../../views/gauges.py" line="632"/>
        <source>Não foi possível atualizar os indicadores: {error}</source>
        <translation>Could not update the indicators: {error}</translation>
    </message>
    <message>
        <location filename="../../views/gauges.py" line="642"/>
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
    <name>IntakeController</name>
    <message>
        <location filename="../../views/intake/controller.py" line="148"/>
        <source>carregando os clientes…</source>
        <translation>loading customers…</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="185"/>
        <source>código, nome ou telefone do cliente</source>
        <translation>customer code, name or phone</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="195"/>
        <source>não foi possível carregar os clientes — tentando de novo…</source>
        <translation>could not load the customers — retrying…</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="238"/>
        <source>%1 clientes — digite para filtrar</source>
        <translation>%1 customers — type to filter</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="240"/>
        <source>Nenhum cliente encontrado</source>
        <translation>No customer found</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="242"/>
        <source>Os primeiros %1 — continue digitando</source>
        <translation>The first %1 — keep typing</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="244"/>
        <source>%1 encontrado(s) — Enter escolhe</source>
        <translation>%1 found — Enter picks</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="255"/>
        <source>Nenhum cliente com «%1». Confira o código, o nome ou o telefone.</source>
        <translation>No customer matches “%1”. Check the code, name or phone.</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="256"/>
        <source>Digite o código, o nome ou o telefone do cliente.</source>
        <translation>Type the customer&apos;s code, name or phone.</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="266"/>
        <source>Cliente desconhecido: %1</source>
        <translation>Unknown customer: %1</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="277"/>
        <source>sem telefone</source>
        <translation>no phone</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="279"/>
        <source>cliente da consultoria</source>
        <translation>consulting customer</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="283"/>
        <source>OCs do cliente — carregando…</source>
        <translation>Customer&apos;s OCs — loading…</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="306"/>
        <source>Tocando: %1. Termine esta ligação (Ctrl+Enter) e use Ctrl+N para atendê-la.</source>
        <translation>Ringing: %1. Finish this call (Ctrl+Enter) and use Ctrl+N to answer it.</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="317"/>
        <source>%1 clientes com o telefone %2: escolha com ↑↓ e Enter.</source>
        <translation>%1 customers with phone %2: choose with ↑↓ and Enter.</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="322"/>
        <source>Nenhum cliente com o telefone %1; busque pelo nome ou código.</source>
        <translation>No customer with phone %1; search by name or code.</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="361"/>
        <source>%1 com %2 (FAQ 7037)</source>
        <translation>%1 with %2 (FAQ 7037)</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="382"/>
        <source>Escolha o cliente: digite código, nome ou telefone e Enter.</source>
        <translation>Choose the customer: type a code, name or phone and press Enter.</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="384"/>
        <source>Descreva a ligação no resumo.</source>
        <translation>Describe the call in the summary.</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="408"/>
        <source>Salvando…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="437"/>
        <source>Agendar precisa do servidor ao vivo: só o banco garante o horário, e ele não responde agora. Tente de novo quando a conexão voltar, ou tire o horário («Sem horário») para guardar a ligação na caixa de saída.</source>
        <translation>Booking needs the live server: only the database can guarantee the slot, and it is not responding right now. Try again when the connection is back, or remove the slot (“No slot”) to keep the call in the outbox.</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="441"/>
        <source>A ligação NÃO foi salva: %1</source>
        <translation>The call was NOT saved: %1</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="464"/>
        <source>Ligação guardada neste computador</source>
        <translation>Call kept on this computer</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="465"/>
        <source>pendente</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="466"/>
        <source>Sem conexão com o banco: ela será enviada sozinha quando o banco voltar, e o número aparece aqui e em «OCs que registrei hoje».</source>
        <translation>No connection to the database: it will be sent automatically when the database is back, and its number will appear here and in “OCs I registered today”.</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="470"/>
        <source>OC registrada</source>
        <translation>OC registered</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="473"/>
        <source>Complementar à OC %1: vinculada e encerrada com FAQ 7347 (R2).</source>
        <translation>Follow-up to OC %1: linked and closed with FAQ 7347 (R2).</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="477"/>
        <source>Agendada (FAQ 7037): %1 com %2.</source>
        <translation>Booked (FAQ 7037): %1 with %2.</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="492"/>
        <source>Número copiado para a área de transferência (Ctrl+V).</source>
        <translation>Number copied to the clipboard (Ctrl+V).</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="518"/>
        <source>Nenhum cliente escolhido</source>
        <translation>No customer chosen</translation>
    </message>
    <message>
        <location filename="../../views/intake/controller.py" line="520"/>
        <source>OCs do cliente</source>
        <translation>Customer&apos;s OCs</translation>
    </message>
</context>
<context>
    <name>IntakeWindow</name>
    <message>
        <location filename="../../views/intake/window.py" line="56"/>
        <source>Pit Stop | Registro de ligações — %1</source>
        <translation>Pit Stop | Call intake — %1</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="117"/>
        <source>Enter escolhe o cliente · Ctrl+Enter salva · Ctrl+N próxima ligação · F3 buscar cliente · F4 agendar horário · Ctrl+E encaminhar · Ctrl+Shift+A acionar APOIO · F5 atualizar</source>
        <translation>Enter picks the customer · Ctrl+Enter saves · Ctrl+N next call · F3 find customer · F4 book a slot · Ctrl+E forward · Ctrl+Shift+A call APOIO · F5 refresh</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="125"/>
        <source>Conectando…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="157"/>
        <source>&amp;Cliente</source>
        <translation>&amp;Customer</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="160"/>
        <source>código, nome ou telefone do cliente</source>
        <translation>customer code, name or phone</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="239"/>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="193"/>
        <source>Nenhum cliente escolhido</source>
        <translation>No customer chosen</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="211"/>
        <source>OCs do cliente</source>
        <translation>Customer&apos;s OCs</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="216"/>
        <location filename="../../views/intake/window.py" line="239"/>
        <source>OC</source>
        <translation>OC</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="216"/>
        <source>Aba</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="216"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="216"/>
        <source>Idade</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="216"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="222"/>
        <source>Enter numa OC aberta: a ligação é complementar a ela (R2)</source>
        <translation>Enter on an open OC: the call is a follow-up to it (R2)</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="235"/>
        <source>OCs que registrei hoje</source>
        <translation>OCs I registered today</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="239"/>
        <source>Hora</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="239"/>
        <source>Situação</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="245"/>
        <source>Delete numa ligação recusada pelo servidor a retira da lista</source>
        <translation>Delete on a call refused by the server removes it from the list</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="272"/>
        <source>Nova ligação</source>
        <translation>New call</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="275"/>
        <source>&amp;Resumo da ligação</source>
        <translation>Call summa&amp;ry</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="279"/>
        <source>o que o cliente relatou (obrigatório)</source>
        <translation>what the customer reported (required)</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="301"/>
        <source>Ca&amp;nal</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="302"/>
        <source>&amp;Tipo</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="303"/>
        <source>S&amp;LA</source>
        <translation>S&amp;LA</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="304"/>
        <source>A&amp;ba</source>
        <translation>Ta&amp;b</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="310"/>
        <source>Co&amp;mplementar à OC</source>
        <translation>Follo&amp;w-up to OC</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="319"/>
        <source>Escolher horário… (F4)</source>
        <translation>Choose a slot… (F4)</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="321"/>
        <location filename="../../views/intake/window.py" line="515"/>
        <source>sem agendamento</source>
        <translation>no appointment</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="323"/>
        <source>Sem horário</source>
        <translation>No slot</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="330"/>
        <source>A&amp;gendamento</source>
        <translation>A&amp;ppointment</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="341"/>
        <source>&amp;Salvar  (Ctrl+Enter)</source>
        <translation>&amp;Save  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="380"/>
        <source>Encaminhar para a &amp;aba</source>
        <translation>Forward to t&amp;ab</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="384"/>
        <source>&amp;Encaminhar…  (Ctrl+E)</source>
        <translation>&amp;Forward…  (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="386"/>
        <source>Acionar APOI&amp;O  (Ctrl+Shift+A)</source>
        <translation>Call APOI&amp;O  (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="401"/>
        <source>&amp;Próxima ligação  (Enter · Ctrl+N)</source>
        <translation>&amp;Next call  (Enter · Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="532"/>
        <source>caixa de saída local indisponível</source>
        <translation>local outbox unavailable</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="536"/>
        <source>pendente de sincronização: %1</source>
        <translation>pending sync: %1</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="537"/>
        <source>Ligações guardadas neste computador; são enviadas sozinhas quando o banco responder.</source>
        <translation>Calls kept on this computer; they are sent automatically when the database responds.</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="522"/>
        <source>Conectado ao banco</source>
        <translation>Connected to the database</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="525"/>
        <source>Sem conexão com o banco — as ligações ficam na caixa de saída deste computador</source>
        <translation>No connection to the database — calls stay in this computer&apos;s outbox</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="548"/>
        <source>Ligações pendentes</source>
        <translation>Pending calls</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="549"/>
        <source>%1 ligação(ões) ainda não chegaram ao banco (pendentes de sincronização). Elas ficam guardadas neste computador e são enviadas na próxima vez que a janela de registro abrir. Sair mesmo assim?</source>
        <translation>%1 call(s) have not reached the database yet (pending sync). They are kept on this computer and sent the next time the call intake window opens. Quit anyway?</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="554"/>
        <source>Sair</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../views/intake/window.py" line="555"/>
        <source>Continuar aberta</source>
        <translation>Keep open</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../views/main_window.py" line="50"/>
        <source>Pit Stop | Agenda — {name} ({role})</source>
        <translation>Pit Stop | Agenda — {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="64"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="65"/>
        <source>Técnicos hoje</source>
        <translation>Technicians today</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="67"/>
        <source>Aprovações</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="67"/>
        <source>Meus escalonamentos</source>
        <translation>My escalations</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="70"/>
        <source>Fila do APOIO</source>
        <translation>APOIO queue</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="72"/>
        <location filename="../../views/main_window.py" line="188"/>
        <source>Conectado</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="95"/>
        <source>&amp;Arquivo</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="96"/>
        <source>Sair</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="100"/>
        <source>&amp;Exibir</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="101"/>
        <source>Modo painel (tela cheia)</source>
        <translation>Wallboard mode (full screen)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="106"/>
        <source>Atualizar tudo</source>
        <translation>Refresh all</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="113"/>
        <source>Idioma (ao reiniciar)</source>
        <translation>Language (on restart)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="169"/>
        <source>O idioma muda na próxima vez que o console abrir.</source>
        <translation>The language changes the next time the console opens.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="184"/>
        <source>Sem conexão com o banco — tentando de novo… ({0})</source>
        <translation>No connection to the database — retrying… ({0})</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="220"/>
        <source>SLA estourado</source>
        <translation>SLA breached</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="220"/>
        <source>OC {0} estourou o SLA.</source>
        <translation>OC {0} breached its SLA.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="224"/>
        <source>SLA em risco</source>
        <translation>SLA at risk</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="224"/>
        <source>OC {0} entrou em alerta de SLA.</source>
        <translation>OC {0} is now at risk of breaching its SLA.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="233"/>
        <source>Pit Stop | Agenda</source>
        <translation>Pit Stop | Agenda</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="250"/>
        <source>Escalonamento aguardando</source>
        <translation>Escalation waiting</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="251"/>
        <source>{0} pedido(s) de escalonamento aguardam sua validação.</source>
        <translation>{0} escalation request(s) awaiting your approval.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="253"/>
        <source>Novo item no APOIO</source>
        <translation>New item in APOIO</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="254"/>
        <source>{0} OC(s) entraram na fila do APOIO.</source>
        <translation>{0} OC(s) entered the APOIO queue.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="288"/>
        <source>atendente</source>
        <translation>attendant</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="289"/>
        <source>técnico</source>
        <translation>technician</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="290"/>
        <source>gestor</source>
        <translation>manager</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="291"/>
        <source>APOIO</source>
        <translation>APOIO</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="292"/>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="293"/>
        <source>administrador</source>
        <translation>administrator</translation>
    </message>
</context>
<context>
    <name>OccurrenceDialog</name>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="142"/>
        <location filename="../../views/occurrence_dialog.py" line="155"/>
        <source>OC %1</source>
        <translation>OC %1</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="180"/>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="180"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="181"/>
        <source>Aba</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="181"/>
        <source>Técnico</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="182"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="182"/>
        <source>Aberta</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="183"/>
        <source>Canal e tipo</source>
        <translation>Channel and type</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="183"/>
        <source>Vínculo</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="188"/>
        <source>Escalonamento</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="189"/>
        <source>Encerramento</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="193"/>
        <source>&amp;Histórico</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="199"/>
        <source>Quando</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="199"/>
        <source>Quem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="199"/>
        <source>Ação</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="199"/>
        <source>Detalhe</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="232"/>
        <source>&amp;Oferecer…</source>
        <translation>&amp;Offer…</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="232"/>
        <source>&amp;Encaminhar…</source>
        <translation>&amp;Forward…</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="233"/>
        <source>E&amp;scalonar…</source>
        <translation>&amp;Escalate…</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="233"/>
        <source>Enviar ao &amp;APOIO…</source>
        <translation>Send to &amp;APOIO…</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="234"/>
        <source>Encer&amp;rar…</source>
        <translation>&amp;Close OC…</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="247"/>
        <source>Fechar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="275"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="287"/>
        <source>Encaminhar para outra aba (R3)</source>
        <translation>Forward to another tab (R3)</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="287"/>
        <source>Encaminhar</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="290"/>
        <source>opcional: por que vai para essa aba</source>
        <translation>optional: why it goes to that tab</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="291"/>
        <source>Aba de &amp;destino:</source>
        <translation>&amp;Destination tab:</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="292"/>
        <location filename="../../views/occurrence_dialog.py" line="308"/>
        <location filename="../../views/occurrence_dialog.py" line="328"/>
        <source>&amp;Nota:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="296"/>
        <source>Pedir escalonamento — um gestor valida (R6, R7)</source>
        <translation>Request escalation — a manager approves (R6, R7)</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="297"/>
        <source>Pedir escalonamento</source>
        <translation>Request escalation</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="305"/>
        <source>opcional: o que o gestor precisa saber</source>
        <translation>optional: what the manager needs to know</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="306"/>
        <source>&amp;Destino:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="307"/>
        <location filename="../../views/occurrence_dialog.py" line="316"/>
        <source>&amp;Motivo:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="312"/>
        <source>Enviar ao APOIO da gestão (R5)</source>
        <translation>Send to management APOIO (R5)</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="313"/>
        <source>Enviar ao APOIO</source>
        <translation>Send to APOIO</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="315"/>
        <source>obrigatório: por que o APOIO precisa assumir</source>
        <translation>required: why APOIO needs to take over</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="320"/>
        <source>Encerrar com código FAQ (R11)</source>
        <translation>Close with FAQ code (R11)</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="320"/>
        <source>Encerrar a OC</source>
        <translation>Close the OC</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="322"/>
        <source>ex.: 7347</source>
        <translation>e.g. 7347</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="326"/>
        <source>opcional: como foi resolvida</source>
        <translation>optional: how it was solved</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="327"/>
        <source>Código &amp;FAQ:</source>
        <translation>FA&amp;Q code:</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="367"/>
        <source>Não foi possível ler a OC.</source>
        <translation>Could not read the OC.</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="377"/>
        <location filename="../../views/occurrence_dialog.py" line="378"/>
        <source>OC %1 — %2</source>
        <translation>OC %1 — %2</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="391"/>
        <source>%1 · %2 · vence %3</source>
        <translation>%1 · %2 · due %3</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="398"/>
        <source>oferecida a %1, aguardando resposta</source>
        <translation>offered to %1, awaiting a reply</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="401"/>
        <source>ninguém</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="402"/>
        <source>%1 por %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="406"/>
        <source>ligação complementar à &lt;a href=&apos;%1&apos;&gt;OC %1&lt;/a&gt; (R2)</source>
        <translation>follow-up call to &lt;a href=&apos;%1&apos;&gt;OC %1&lt;/a&gt; (R2)</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="409"/>
        <source>nenhum</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="413"/>
        <source>pedido para %1 (%2) por %3 às %4 — aguarda um gestor</source>
        <translation>requested for %1 (%2) by %3 at %4 — awaiting a manager</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="423"/>
        <source>%1 com FAQ %2</source>
        <translation>%1 with FAQ %2</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="461"/>
        <source>OC encerrada: nada mais a fazer (R11).</source>
        <translation>OC closed: nothing more to do (R11).</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="463"/>
        <source>Aguardando a validação de um gestor.</source>
        <translation>Awaiting a manager&apos;s approval.</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="465"/>
        <source>Seu papel não tem ações sobre esta OC.</source>
        <translation>Your role has no actions on this OC.</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="528"/>
        <source>Escolha a aba de destino.</source>
        <translation>Choose the destination tab.</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="531"/>
        <source>OC %1 encaminhada para %2.</source>
        <translation>OC %1 forwarded to %2.</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="537"/>
        <source>Escalonamento da OC %1 para %2 pedido; aguarda a validação de um gestor.</source>
        <translation>Escalation of OC %1 to %2 requested; awaiting a manager&apos;s approval.</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="542"/>
        <source>OC %1 enviada ao APOIO.</source>
        <translation>OC %1 sent to APOIO.</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="546"/>
        <source>OC %1 encerrada com FAQ %2.</source>
        <translation>OC %1 closed with FAQ %2.</translation>
    </message>
    <message>
        <location filename="../../views/occurrence_dialog.py" line="567"/>
        <source>OC %1 oferecida a %2; aguardando o aceite.</source>
        <translation>OC %1 offered to %2; awaiting acceptance.</translation>
    </message>
</context>
<context>
    <name>OfferPicker</name>
    <message>
        <location filename="../../views/offer_picker.py" line="121"/>
        <source>Oferecer a OC %1</source>
        <translation>Offer OC %1</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="135"/>
        <source>R4: ofereça a quem atende a aba, está logado e não está no almoço. Enter ou duplo clique oferece.</source>
        <translation>R4: offer to someone who serves the tab, is logged in and is not at lunch. Enter or double-click offers.</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="142"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="142"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="142"/>
        <source>Login às</source>
        <translation>Logged in at</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="142"/>
        <source>Almoço</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="143"/>
        <source>Trabalho atual</source>
        <translation>Current work</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="143"/>
        <source>Avisos</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="166"/>
        <location filename="../../views/offer_picker.py" line="282"/>
        <location filename="../../views/offer_picker.py" line="317"/>
        <source>&amp;Oferecer</source>
        <translation>&amp;Offer</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="169"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="193"/>
        <source>Tirar a OC %1 do APOIO e oferecer a quem atende %2</source>
        <translation>Take OC %1 out of APOIO and offer it to someone who serves %2</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="195"/>
        <source>Oferecer a OC %1 a quem atende %2</source>
        <translation>Offer OC %1 to someone who serves %2</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="201"/>
        <source>%1 de %2 disponíveis agora</source>
        <translation>%1 of %2 available now</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="204"/>
        <source>Ninguém atende %1. Peça a um administrador para ajustar as abas.</source>
        <translation>Nobody serves %1. Ask an administrator to adjust the tabs.</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="226"/>
        <source>OC %1</source>
        <translation>OC %1</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="227"/>
        <source>livre</source>
        <translation>free</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="230"/>
        <source>já está com a oferta desta OC</source>
        <translation>already has the offer for this OC</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="232"/>
        <source>recusou esta OC</source>
        <translation>refused this OC</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="234"/>
        <source>sem escala hoje</source>
        <translation>not scheduled today</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="242"/>
        <source> · turno até %1</source>
        <translation> · shift until %1</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="292"/>
        <source>&amp;Oferecer mesmo assim</source>
        <translation>&amp;Offer anyway</translation>
    </message>
    <message>
        <location filename="../../views/offer_picker.py" line="294"/>
        <source>%1: %2. Oferecer mesmo assim? Pressione Enter de novo ou «Oferecer mesmo assim».</source>
        <translation>%1: %2. Offer anyway? Press Enter again or “Offer anyway”.</translation>
    </message>
</context>
<context>
    <name>PendingSync</name>
    <message>
        <location filename="../../views/intake/sync.py" line="74"/>
        <source>pendente de sincronização</source>
        <translation>pending sync</translation>
    </message>
    <message>
        <location filename="../../views/intake/sync.py" line="76"/>
        <source>recusada pelo servidor: %1 (Delete retira)</source>
        <translation>refused by the server: %1 (Delete removes it)</translation>
    </message>
    <message>
        <location filename="../../views/intake/sync.py" line="86"/>
        <source>complementar à OC %1</source>
        <translation>follow-up to OC %1</translation>
    </message>
    <message>
        <location filename="../../views/intake/sync.py" line="94"/>
        <source>OCs que registrei hoje (%1)</source>
        <translation>OCs I registered today (%1)</translation>
    </message>
    <message>
        <location filename="../../views/intake/sync.py" line="96"/>
        <source>%1 pendente(s)</source>
        <translation>%1 pending</translation>
    </message>
    <message>
        <location filename="../../views/intake/sync.py" line="166"/>
        <source>O servidor recusou esta ligação: %1</source>
        <translation>The server refused this call: %1</translation>
    </message>
    <message>
        <location filename="../../views/intake/sync.py" line="168"/>
        <source>%1 ligação(ões) pendente(s) recusada(s) pelo servidor; veja «OCs que registrei hoje».</source>
        <translation>%1 pending call(s) refused by the server; see “OCs I registered today”.</translation>
    </message>
    <message>
        <location filename="../../views/intake/sync.py" line="171"/>
        <source>%1 ligação(ões) pendente(s) enviada(s) ao banco.</source>
        <translation>%1 pending call(s) sent to the database.</translation>
    </message>
    <message>
        <location filename="../../views/intake/sync.py" line="184"/>
        <source>OC registrada ao sincronizar</source>
        <translation>OC registered on sync</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../views/sign_in.py" line="20"/>
        <source>Pit Stop — entrar</source>
        <translation>Pit Stop — sign in</translation>
    </message>
    <message>
        <location filename="../../views/sign_in.py" line="21"/>
        <source>&lt;h2&gt;Pit Stop | Agenda&lt;/h2&gt;Entre com seu login e senha.</source>
        <translation>&lt;h2&gt;Pit Stop | Agenda&lt;/h2&gt;Sign in with your login and password.</translation>
    </message>
    <message>
        <location filename="../../views/sign_in.py" line="30"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../views/sign_in.py" line="31"/>
        <source>Senha</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../views/sign_in.py" line="33"/>
        <source>Entrar</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../views/sign_in.py" line="34"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../views/sign_in.py" line="48"/>
        <source>Informe login e senha.</source>
        <translation>Enter your login and password.</translation>
    </message>
    <message>
        <location filename="../../views/sign_in.py" line="62"/>
        <source>Não foi possível falar com o banco: {0}</source>
        <translation>Could not reach the database: {0}</translation>
    </message>
</context>
<context>
    <name>SlaGaugeWidget</name>
    <message>
        <location filename="../../views/gauges.py" line="166"/>
        <source>abertas</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../views/gauges.py" line="167"/>
        <source>em risco</source>
        <translation>at risk</translation>
    </message>
    <message>
        <location filename="../../views/gauges.py" line="168"/>
        <source>estourados</source>
        <translation>breached</translation>
    </message>
    <message>
        <location filename="../../views/gauges.py" line="169"/>
        <source>ANS hoje</source>
        <translation>SLA met today</translation>
    </message>
    <message>
        <location filename="../../views/gauges.py" line="174"/>
        <source>{name} ({code}): {open} abertas, {warning} em risco, {breached} estourados.</source>
        <translation>{name} ({code}): {open} open, {warning} at risk, {breached} breached.</translation>
    </message>
    <message>
        <location filename="../../views/gauges.py" line="177"/>
        <source>Hoje: {met} de {total} encerradas no prazo ({ans}).</source>
        <translation>Today: {met} of {total} closed on time ({ans}).</translation>
    </message>
    <message>
        <location filename="../../views/gauges.py" line="180"/>
        <source>Nenhuma OC desta classe encerrada hoje.</source>
        <translation>No OCs of this class closed today.</translation>
    </message>
    <message>
        <location filename="../../views/gauges.py" line="182"/>
        <source>Clique para filtrar a Agenda por esta classe.</source>
        <translation>Click to filter the Agenda by this class.</translation>
    </message>
    <message>
        <location filename="../../views/gauges.py" line="184"/>
        <source>SLA {name}</source>
        <translation>SLA {name}</translation>
    </message>
</context>
<context>
    <name>SlotPicker</name>
    <message>
        <location filename="../../views/slot_picker.py" line="59"/>
        <source>Agendamento técnico (FAQ 7037)</source>
        <translation>Technical appointment (FAQ 7037)</translation>
    </message>
    <message>
        <location filename="../../views/slot_picker.py" line="68"/>
        <source>&amp;Dia</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <location filename="../../views/slot_picker.py" line="74"/>
        <source>&amp;Aba</source>
        <translation>&amp;Tab</translation>
    </message>
    <message>
        <location filename="../../views/slot_picker.py" line="85"/>
        <source>Horários livres: escala menos almoço menos o que já está agendado. Enter escolhe; o horário é reservado ao salvar a ligação.</source>
        <translation>Free slots: the schedule minus lunch minus what is already booked. Enter picks; the slot is reserved when the call is saved.</translation>
    </message>
    <message>
        <location filename="../../views/slot_picker.py" line="92"/>
        <source>Horário</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../views/slot_picker.py" line="92"/>
        <source>Técnico</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location filename="../../views/slot_picker.py" line="92"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../views/slot_picker.py" line="114"/>
        <source>&amp;Escolher</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <location filename="../../views/slot_picker.py" line="117"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../views/slot_picker.py" line="166"/>
        <source>%1 horários livres</source>
        <translation>%1 free slots</translation>
    </message>
    <message>
        <location filename="../../views/slot_picker.py" line="168"/>
        <source>Nenhum horário livre neste dia e aba (ninguém na escala, ou tudo já agendado).</source>
        <translation>No free slots on this day and tab (nobody scheduled, or everything already booked).</translation>
    </message>
</context>
<context>
    <name>TimeAxis</name>
    <message>
        <location filename="../../views/timeline.py" line="814"/>
        <source>Pessoa</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="816"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="822"/>
        <source>Escala de {day}</source>
        <translation>Schedule for {day}</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="870"/>
        <source>Turno previsto</source>
        <translation>Planned shift</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="871"/>
        <source>Almoço previsto</source>
        <translation>Planned lunch</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="872"/>
        <source>Logado</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="873"/>
        <source>Almoço</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="874"/>
        <source>Agendamento</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="875"/>
        <source>OC no prazo</source>
        <translation>OC on track</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="876"/>
        <source>perto de vencer</source>
        <translation>due soon</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="877"/>
        <source>vencida</source>
        <translation>breached</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="878"/>
        <source>encerrada / repassada</source>
        <translation>closed / handed over</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <location filename="../../views/timeline.py" line="258"/>
        <source>Gestão</source>
        <translation>Management</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="302"/>
        <source>Disponível</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="303"/>
        <source>Em atendimento</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="304"/>
        <source>Almoço</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="305"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="306"/>
        <source>Saindo em breve</source>
        <translation>Leaving soon</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="311"/>
        <source>no prazo</source>
        <translation>on track</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="312"/>
        <source>perto de vencer</source>
        <translation>due soon</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="313"/>
        <source>vencido</source>
        <translation>breached</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="314"/>
        <source>cumprido</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="315"/>
        <source>fora do prazo</source>
        <translation>missed</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="316"/>
        <source>sem SLA</source>
        <translation>no SLA</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="320"/>
        <source>aberta</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="320"/>
        <source>oferecida</source>
        <translation>offered</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="320"/>
        <source>em atendimento</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="321"/>
        <source>aguardando gestor</source>
        <translation>awaiting manager</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="321"/>
        <source>encerrada</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="326"/>
        <source>Atendente</source>
        <translation>Attendant</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="326"/>
        <source>Técnico(a)</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="326"/>
        <source>Gestor(a)</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="327"/>
        <source>APOIO</source>
        <translation>APOIO</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="327"/>
        <source>Supervisor(a)</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="327"/>
        <source>Administrador(a)</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="405"/>
        <source>Agendamento (FAQ 7037): OC {number}, {start}–{end}</source>
        <translation>Appointment (FAQ 7037): OC {number}, {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="411"/>
        <source>OC {number}</source>
        <translation>OC {number}</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="412"/>
        <source>SLA {code}: {state}</source>
        <translation>SLA {code}: {state}</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="413"/>
        <source>Situação atual: {status}</source>
        <translation>Current status: {status}</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="415"/>
        <source>Com {name} desde {start}</source>
        <translation>With {name} since {start}</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="417"/>
        <source>Com {name} das {start} às {end}, quando foi encerrada</source>
        <translation>With {name} from {start} to {end}, when it was closed</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="420"/>
        <source>Com {name} das {start} às {end}, quando foi repassada</source>
        <translation>With {name} from {start} to {end}, when it was handed over</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="423"/>
        <source>Atendimento agendado (FAQ 7037)</source>
        <translation>Scheduled appointment (FAQ 7037)</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="424"/>
        <source>Clique para abrir a OC no quadro.</source>
        <translation>Click to open the OC on the board.</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="431"/>
        <source>Estado: {state}</source>
        <translation>Status: {state}</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="432"/>
        <source>Turno: {start}–{end}</source>
        <translation>Shift: {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="435"/>
        <source>Almoço previsto: {start}–{end}</source>
        <translation>Planned lunch: {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="440"/>
        <source>Almoço real: {start}–{end}</source>
        <translation>Actual lunch: {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="442"/>
        <source>agora</source>
        <translation>now</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="444"/>
        <source>Login: {time}</source>
        <translation>Login: {time}</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="447"/>
        <source>Logout: {time}</source>
        <translation>Logout: {time}</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="449"/>
        <source>Ainda não fez login.</source>
        <translation>Not logged in yet.</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="452"/>
        <source>Com as OCs: {numbers}</source>
        <translation>Working on OCs: {numbers}</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="568"/>
        <source>Ninguém na escala de hoje.</source>
        <translation>Nobody on today&apos;s schedule.</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="602"/>
        <source>{people} pessoa(s) · {available} disponível(is)</source>
        <translation>{people} person(s) · {available} available</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="660"/>
        <source>Agendada {number}</source>
        <translation>Booked {number}</translation>
    </message>
    <message>
        <location filename="../../views/timeline.py" line="690"/>
        <source>Filial</source>
        <translation>Branch</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../views/timeline.py" line="984"/>
        <source>Não foi possível carregar a linha do tempo: {error}</source>
        <translation>Could not load the timeline: {error}</translation>
    </message>
</context>
<context>
    <name>Wallboard</name>
    <message>
        <location filename="../../views/wallboard.py" line="264"/>
        <source>Em risco e estourados: {count}  ·  {breached} estourados</source>
        <translation>At risk and breached: {count}  ·  {breached} breached</translation>
    </message>
    <message>
        <location filename="../../views/wallboard.py" line="271"/>
        <source>ANS hoje {ans}  ({met} de {total})</source>
        <translation>SLA met today {ans}  ({met} of {total})</translation>
    </message>
    <message>
        <location filename="../../views/wallboard.py" line="275"/>
        <source>ANS hoje —</source>
        <translation>SLA met today —</translation>
    </message>
    <message>
        <location filename="../../views/wallboard.py" line="283"/>
        <source>Pit Stop — painel de SLA</source>
        <translation>Pit Stop — SLA wallboard</translation>
    </message>
    <message>
        <location filename="../../views/wallboard.py" line="284"/>
        <source>Pit Stop · SLA agora</source>
        <translation>Pit Stop · SLA now</translation>
    </message>
    <message>
        <location filename="../../views/wallboard.py" line="285"/>
        <source>Em risco e estourados</source>
        <translation>At risk and breached</translation>
    </message>
</context>
<context>
    <name>pitstop</name>
    <message>
        <location filename="../../views/messages.py" line="41"/>
        <source>aberta</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="42"/>
        <location filename="../../views/messages.py" line="84"/>
        <source>oferecida</source>
        <translation>offered</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="43"/>
        <source>em atendimento</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="44"/>
        <source>aguardando validação</source>
        <translation>awaiting approval</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="45"/>
        <location filename="../../views/messages.py" line="88"/>
        <source>encerrada</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="48"/>
        <source>no prazo</source>
        <translation>on track</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="49"/>
        <source>em alerta</source>
        <translation>at risk</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="50"/>
        <source>estourado</source>
        <translation>breached</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="51"/>
        <source>cumprido</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="52"/>
        <source>não cumprido</source>
        <translation>missed</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="55"/>
        <source>atendente</source>
        <translation>attendant</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="56"/>
        <source>técnico</source>
        <translation>technician</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="57"/>
        <source>gestor técnico</source>
        <translation>technical manager</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="58"/>
        <source>APOIO da gestão</source>
        <translation>management APOIO</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="59"/>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="60"/>
        <source>administrador</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="63"/>
        <source>Especialistas</source>
        <translation>Especialistas</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="64"/>
        <source>N2</source>
        <translation>N2</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="67"/>
        <source>longo em linha ou acesso remoto</source>
        <translation>long on the line or remote access</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="68"/>
        <source>não solucionável no N1</source>
        <translation>not solvable at N1</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="71"/>
        <source>pendente</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="72"/>
        <source>aprovado</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="73"/>
        <source>rejeitado</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="74"/>
        <source>cancelado</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="77"/>
        <source>ninguém aceitou</source>
        <translation>nobody accepted</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="78"/>
        <source>todos recusaram</source>
        <translation>everyone refused</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="79"/>
        <source>N2 aprovado</source>
        <translation>N2 approved</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="80"/>
        <source>enviado pelo atendente</source>
        <translation>sent by the attendant</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="83"/>
        <source>registrada</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="85"/>
        <source>aceita</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="86"/>
        <source>recusada</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="87"/>
        <source>encaminhada</source>
        <translation>forwarded</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="89"/>
        <source>ligação complementar</source>
        <translation>follow-up call</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="90"/>
        <source>escalonamento pedido</source>
        <translation>escalation requested</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="91"/>
        <source>escalonamento aprovado</source>
        <translation>escalation approved</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="92"/>
        <source>escalonamento rejeitado</source>
        <translation>escalation rejected</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="93"/>
        <source>enviada ao APOIO</source>
        <translation>sent to APOIO</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="94"/>
        <source>assumida pelo APOIO</source>
        <translation>claimed by APOIO</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="95"/>
        <source>agendada (FAQ 7037)</source>
        <translation>booked (FAQ 7037)</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="98"/>
        <source>dúvida</source>
        <translation>question</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="99"/>
        <source>erro</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="100"/>
        <source>instalação</source>
        <translation>installation</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="101"/>
        <source>treinamento</source>
        <translation>training</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="102"/>
        <source>configuração</source>
        <translation>configuration</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="103"/>
        <source>outro</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="106"/>
        <source>telefone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="107"/>
        <source>Blip</source>
        <translation>Blip</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="108"/>
        <source>Skype</source>
        <translation>Skype</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="109"/>
        <source>e-mail</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="110"/>
        <source>portal</source>
        <translation>portal</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="113"/>
        <source>disponível</source>
        <translation>available</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="114"/>
        <source>no almoço</source>
        <translation>at lunch</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="115"/>
        <source>fora</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="193"/>
        <source>o código FAQ</source>
        <translation>the FAQ code</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="194"/>
        <source>o motivo</source>
        <translation>the reason</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="195"/>
        <source>o resumo</source>
        <translation>the summary</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="196"/>
        <source>a aba</source>
        <translation>the tab</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="197"/>
        <source>o horário</source>
        <translation>the time slot</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="198"/>
        <source>o técnico</source>
        <translation>the technician</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>restam %1</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>estourado há %1</source>
        <extracomment>added by fill_translations.py: lupdate does not see this call</extracomment>
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
</TS>
