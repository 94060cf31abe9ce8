"""What the demo's calls are about and how they are spread: summaries, kinds, channels, SLA classes, work
times, refusals, and the day's special stories."""

from __future__ import annotations

from pitstop_desktop.demo.cast import BF, BM, F, R
from pitstop_desktop.domain.codes import EscalationReason

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
