"""What the consulting team's demo weeks are made of: the people at the clients, the rooms, how a consultant's week
divides between the task types, and the words of titles, subjects and agendas (demo/consulting.py uses them)."""

from __future__ import annotations

from dataclasses import dataclass

from pitstop_desktop.domain.consulting import TaskType

# ---------------------------------------------------------------------------------------------------------------
# The people at the consulting clients (2–4 each) and the rooms

FIRST_NAMES = ("Adriana", "Alexandre", "Aline", "André", "Carla", "Carlos Eduardo", "Cristiane", "Daniela",
               "Débora", "Elaine", "Fábio", "Fabiana", "Flávia", "Gilberto", "Giovana", "Jéssica", "Jorge",
               "Juliana", "Leandro", "Lucas", "Márcia", "Marcelo", "Mônica", "Natália", "Priscila", "Roberto",
               "Rodrigo", "Rosana", "Sandra", "Silvio", "Simone", "Valéria", "Vinícius", "Wagner")
LAST_NAMES = ("Alves", "Andrade", "Barros", "Campos", "Correia", "Dantas", "Esteves", "Fagundes", "Figueiredo",
              "Galvão", "Guimarães", "Leite", "Macedo", "Magalhães", "Medeiros", "Miranda", "Monteiro", "Pacheco",
              "Quintana", "Rezende", "Sampaio", "Siqueira", "Tavares", "Toledo", "Vasconcelos", "Xavier")
JOBS = ("financeiro", "fiscal", "TI", "compras", "gerência", "faturamento", "estoque", "contabilidade")

ROOMS = (("sala1", "Sala de reunião 1"), ("treinamento", "Sala de treinamento"))
MEETING_ROOM, TRAINING_ROOM = ROOMS[0][0], ROOMS[1][0]

# ---------------------------------------------------------------------------------------------------------------
# How a consultant's week divides: the fixed times of the roster, then the work the plan spreads over the rest


@dataclass(frozen=True)
class Work:
    """A task type the consultants fill their free time with: its weekly minutes for each consultant (in the
    order of cast.CONSULTANTS), whether it is about a client's protocol, and its titles ({client}, {protocol})."""

    type: TaskType
    minutes: tuple[int, int, int]
    protocol: bool
    titles: tuple[str, ...]


FILLER: tuple[Work, ...] = (
    Work(TaskType.MAINTENANCE, (360, 240, 180), True, (
        "Ajuste do cadastro de tributação — {client}", "Manutenção das regras de comissão — {client}",
        "Correção do plano de contas da integração contábil — {client}",
        "Reconfiguração das séries de NFC-e — {client}")),
    Work(TaskType.GIN, (120, 60, 60), True, (
        "Acompanhar incidente da OC {protocol} com o desenvolvimento", "Incidente de lentidão no servidor — {client}")),
    Work(TaskType.MONITORING, (120, 120, 240), True, (
        "Monitorar atendimentos do suporte — {client}", "Acompanhar a OC {protocol} no suporte")),
    Work(TaskType.POST_CONSULTING, (90, 120, 90), False, (
        "Pós consultoria: conferir a virada do estoque — {client}", "Pós consultoria da implantação — {client}")),
    Work(TaskType.DOCUMENT, (120, 240, 120), False, (
        "Documentar o processo de fechamento de caixa — {client}", "Documentar parametrização fiscal — {client}",
        "Manual do módulo de compras — {client}")),
    Work(TaskType.REVIEW, (60, 120, 60), False, (
        "Revisar a documentação de implantação — {client}", "Revisar o roteiro de testes — {client}")),
    Work(TaskType.RECORD_VIDEO, (0, 60, 120), False, (
        "Gravar vídeo: emissão de NF-e de devolução", "Gravar vídeo: inventário com coletor")),
    Work(TaskType.KNOWLEDGE_BASE, (60, 60, 120), False, (
        "Artigo da base: rejeição 539 na NF-e", "Artigo da base: configurar o TEF no PDV")),
    Work(TaskType.IDENTIFY_BUG, (90, 60, 60), True, (
        "Reproduzir erro da OC {protocol} e abrir chamado ao desenvolvimento",)),
    Work(TaskType.DELIVER_REQUEST, (60, 60, 60), True, (
        "Entregar relatório personalizado — {client}", "Entregar solicitação da OC {protocol}")),
    Work(TaskType.ATI, (60, 30, 60), False, ("ATI: atualização da versão — {client}",)),
    Work(TaskType.TEST, (120, 90, 90), True, (
        "Testar a solicitação da OC {protocol}", "Teste da nova versão no ambiente da {client}")),
    Work(TaskType.ANALYSIS, (120, 90, 90), True, (
        "Analisar a solicitação da OC {protocol}", "Análise do processo de compras — {client}")),
    Work(TaskType.REPLY_EMAIL, (30, 30, 30), False, ("Responder e-mails pendentes — {client}",)),
    Work(TaskType.SEND_FOR_APPROVAL, (30, 30, 30), True, ("Enviar proposta da OC {protocol} para aprovação",)),
    Work(TaskType.CHASE_APPROVAL, (30, 30, 30), True, ("Cobrar aprovação da OC {protocol}",)),
    Work(TaskType.CLOSE_ATTENDANCE, (30, 30, 30), True, ("Encerrar atendimento da OC {protocol}",)),
)

CHECK_EMAIL_TITLE = "Horário reservado para e-mail"
SKYPE_DUTY_TITLE = "Atendimento Skype conforme a escala"
TEAM_MEETING_TITLE = "Reunião semanal da consultoria"
TEAM_MEETING_AGENDA = ("1. Relatório da semana anterior (tarefas, contatos, horas)\n"
                       "2. Plano de trabalho da semana: horas por tipo de tarefa\n"
                       "3. Agendamentos e reuniões com clientes\n"
                       "4. ANS e tarefas \"Comunicar conclusão\" do suporte")
CONFERENCE_PREP_TITLE = "Preparar conferência — {client}"
CONCLUSION_TITLE = "Comunicar conclusão da OC {number}"

MEETING_SUBJECTS = ("Reunião de acompanhamento da implantação", "Treinamento do módulo fiscal",
                    "Apresentação do relatório de vendas", "Alinhamento do cronograma de consultoria")
MEETING_AGENDAS = ("1. Pendências da semana\n2. Testes do cliente\n3. Próximos passos e datas",
                   "1. Revisão do processo atual\n2. Demonstração no sistema\n3. Dúvidas e encaminhamentos",
                   "1. Resultados do mês\n2. Ajustes solicitados\n3. Aprovação da proposta")
CONFERENCE_SUBJECTS = ("Conferência: dúvidas sobre o fechamento do mês", "Conferência: validação da entrega",
                       "Conferência: configuração do SPED", "Conferência: cliente aguardou no Skype")
CALL_SUBJECTS = ("Dúvida sobre emissão de nota", "Retorno sobre a solicitação", "Erro ao gerar relatório",
                 "Pedido de agendamento", "Dúvida sobre o estoque", "Confirmação de entrega",
                 "Cliente pede status do protocolo", "Problema na integração contábil")
EMAIL_SUBJECTS = ("Re: documento para aprovação", "Re: dúvida sobre o relatório", "Re: cronograma da implantação",
                  "Re: retorno do teste", "Re: envio de arquivos")
