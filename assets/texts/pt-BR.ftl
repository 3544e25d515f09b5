### The kiosk's own words in Brazilian Portuguese. Translated from ja.ftl and en.ftl; before
### opening day a native Brazilian Portuguese editor reviews every text here (pack content
### comes from the packs).
###
### A Fluent file: one `id = text` per message, { $name } filled in by the kiosk. Where a
### number counts something, Brazilian Portuguese chooses the singular or the plural by
### Fluent's (CLDR) plural rules for Portuguese, which have the categories `one` and `other`:
###
###     { $count ->
###         [one] { $count } pergunta
###        *[other] { $count } perguntas
###     }
###
### en.ftl must have exactly the same message ids. Several tests find buttons by their exact
### words in en.ftl and ja.ftl; the words here are for visitors who choose Portuguese.
###
### Wording the translator was unsure of (please check first):
###   - CLDR's `pt` rule puts 0 in `one` as well as 1, so the kiosk would show "0 segundo",
###     "resta 0 tentativa"; if 0 can appear, consider adding a `[0]` variant.
###   - quiz-wrong "Não foi dessa vez" (for "Not quite" / ざんねん): a softer "Quase lá" would
###     clash with quiz-almost "Quase!".
###   - quiz-score is written "Acertos: { $score } de { $total }" to avoid a plural choice.
###   - "Exposição" is used for an exhibit and "pacote (de exposição)" for an exhibit pack;
###     "quiosque" for the kiosk; "equipe" for staff; "horário silencioso" for quiet hours;
###     "ano fiscal" for 年度 (fiscal year).
###   - staff-quiet-dash "até" (between two times) and staff-quiet-max "no máximo" depend on
###     how the staff menu lays them out next to the times and the volume.
###   - furigana-switch: "kanjis" (Brazilian plural) rather than "kanji".

attract-touch = Toque na tela para começar
language-prompt = Escolha o seu idioma
home = Início
back = Voltar
previous = Anterior
next = Próximo
finish = Concluir
text-size-standard = Texto: normal
text-size-large = Texto: grande
furigana = Furigana
furigana-switch = Furigana (leitura sobre os kanjis)
language-picker = Escolha o idioma:
close = Fechar
enlarge-image = Ampliar imagem
page-dot = Ir para a página { $page }
image-viewer-hint = Use dois dedos para ampliar, arraste para mover, toque duas vezes para voltar ao normal
idle-title = Você ainda está aí?
idle-body = Toque em qualquer lugar da tela para continuar explorando.
idle-countdown = Voltando ao início em { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }
idle-continue = Continuar explorando
finish-ask-title = Deseja encerrar a visita?
finish-ask-body = A tela volta ao início para o próximo visitante.
finish-confirm = Sim, encerrar
farewell-title = Obrigado pela visita
farewell-body = Na Global Plaza há muito mais para ver, ouvir e tocar, e os Global Concierges terão prazer em explicar mais.
farewell-soon = Em instantes, a tela volta ao início.
unavailable-title = Esta exposição está em preparação
unavailable-body = Por favor, fale com um funcionário aqui perto.
more-exhibits = Mais exposições
quiz-take = Fazer o quiz
quiz-featured = Faça um quiz
quiz-question-count =
    { $count ->
        [one] { $count } pergunta
       *[other] { $count } perguntas
    }
quiz-start = Começar
quiz-progress = Pergunta { $current } de { $total }
quiz-choose-all = Escolha todas as corretas
quiz-check = Conferir resposta
quiz-true = Verdadeiro
quiz-false = Falso
quiz-correct = Acertou!
quiz-wrong = Não foi dessa vez
quiz-almost = Quase!
quiz-right-answer = Resposta certa
quiz-your-answer = Sua resposta
quiz-next = Próxima pergunta
quiz-see-result = Ver resultado
quiz-score = Acertos: { $score } de { $total }
quiz-retry = Tentar de novo
quiz-back-to-exhibit = Voltar à exposição
quiz-result-all = Você acertou tudo. Excelente!
quiz-result-most = Muito bem. Continue assim!
quiz-result-some = Dê mais uma olhada na exposição e tente de novo.
quiz-question-right = Pergunta { $number }: certa
quiz-question-wrong = Pergunta { $number }: errada
quiz-review-title = Revise suas respostas
quiz-review-number = Pergunta { $number }
quiz-review-yours = Sua resposta: { $answer }
quiz-review-right = Resposta certa: { $answer }
narration-play = Ouvir
narration-resume = Continuar
narration-pause = Pausar
narration-restart = Do início
narration-louder = Mais alto
narration-quieter = Mais baixo
narration-volume = Volume { $percent }%
narration-transcript = Texto
narration-transcript-title = O que a narração diz
narration-unavailable = O som não está disponível no momento. Por favor, leia o texto.
narration-progress = { $elapsed } / { $total }
narration-listen-question = Ouvir a pergunta
staff-title = Menu da equipe
staff-language = Idioma do menu: { $language }
staff-pin-title = Digite o PIN da equipe
staff-pin-clear = Apagar
staff-pin-ok = OK
staff-pin-cancel = Cancelar
staff-pin-checking = Verificando…
staff-pin-wrong = PIN incorreto ({ $tries ->
        [one] resta { $tries } tentativa
       *[other] restam { $tries } tentativas
    })
staff-pin-locked = Bloqueado após várias tentativas com PIN incorreto (tempo restante: { $time })
staff-pin-unreadable-title = O menu da equipe está bloqueado
staff-pin-unreadable = Não é possível ler o PIN no arquivo de configurações, por isso o menu continua bloqueado. Corrija ou apague a linha abaixo no arquivo de configurações e depois defina o PIN novamente com “plaza-kiosk set-pin”.
staff-no-pin = Nenhum PIN definido: qualquer pessoa pode abrir este menu. Defina um com "plaza-kiosk set-pin".
staff-clock-offset = O relógio deste computador está em UTC{ $system }, mas a Plaza está em UTC{ $plaza }: as visitas estão sendo registradas no dia errado. Ajuste o fuso horário do computador (no Japão: Asia/Tokyo).
staff-back = Voltar à exposição
staff-exit = Sair do quiosque
staff-packs = Pacotes de exposição
staff-pack-current = Em exibição
staff-pack-choose = Exibir este pacote
staff-pack-checking = Verificando…
staff-pack-problems = Não pode ser exibido ({ $errors ->
        [one] { $errors } problema
       *[other] { $errors } problemas
    })
staff-pack-switched = Agora exibindo "{ $pack }"
staff-pack-refused = "{ $pack }" não pode ser exibido: { $reason }
staff-log = Registro de visitantes
staff-log-ok = Registrando normalmente ({ $written ->
        [one] { $written } evento gravado
       *[other] { $written } eventos gravados
    })
staff-log-queued =
    { $queued ->
        [one] { $queued } evento aguardando gravação
       *[other] { $queued } eventos aguardando gravação
    }: { $error }
staff-closes = Fecha sozinho após 2 minutos sem nenhum toque
staff-tab-packs = Pacotes
staff-tab-counts = Visitantes
staff-tab-export = Exportar
staff-count-today = Hoje
staff-count-month = Este mês
staff-count-year = Ano fiscal { $year }
staff-count-earlier = Anos fiscais anteriores
staff-count-months = Visitantes por mês, ano fiscal { $year }
staff-count-exhibits = Visitas por exposição (este ano fiscal)
staff-count-quizzes = Respostas certas nos quizzes (este ano fiscal)
staff-count-quiz-line = { $quiz }: { $percent }% de acertos ({ $correct } de { $answers } respostas)
staff-count-loading = Contando…
staff-month = { $month ->
    [1] jan
    [2] fev
    [3] mar
    [4] abr
    [5] mai
    [6] jun
    [7] jul
    [8] ago
    [9] set
    [10] out
    [11] nov
   *[12] dez
}
staff-count-nothing-yet = Ainda não há visitas às exposições nem respostas de quiz registradas.
staff-count-people = { $count }
staff-export-year = Ano fiscal a exportar: { $year }
staff-export-here = Exportar aqui
staff-export-drive = Pen drive ({ $drive })
staff-export-this-kiosk = Neste quiosque
staff-export-done = Gravado: { $file }
staff-export-safe-to-remove = Você já pode retirar o pen drive com segurança.
staff-export-failed = Não foi possível exportar: { $reason }
staff-export-working = Exportando…
staff-year-previous = Ano anterior
staff-year-next = Próximo ano
staff-restart = Reiniciar
staff-exit-ask = Sair do quiosque?
staff-exit-explain = A tela da exposição será fechada. Os visitantes não poderão usar o quiosque até que ele seja iniciado de novo.
staff-exit-confirm = Sair
staff-restart-ask = Reiniciar o quiosque?
staff-restart-explain = O quiosque será fechado e iniciado de novo em seguida.
staff-restart-confirm = Reiniciar agora
staff-settings-problem = O arquivo de configurações tem um problema; só o que não pôde ser lido está usando os valores padrão:
staff-tab-settings = Configurações
staff-setting-idle = "Você ainda está aí?" após ficar sem toque por
staff-setting-countdown = Contagem regressiva de "Você ainda está aí?"
staff-setting-volume = Volume máximo
staff-setting-language = Idioma inicial
staff-setting-language-pack = Padrão do pacote
staff-setting-large-text = Tamanho do texto inicial
staff-setting-text-large = Grande
staff-setting-text-normal = Normal
staff-setting-less = { $setting }: menos
staff-setting-more = { $setting }: mais
staff-setting-quiet = Horário silencioso (volume máximo menor)
staff-seconds = { $seconds } s
staff-quiet-none = Nenhum definido
staff-quiet-period = Horário silencioso { $n }
staff-quiet-from = Início do horário silencioso { $n }
staff-quiet-until = Fim do horário silencioso { $n }
staff-quiet-volume = Volume máximo do horário silencioso { $n }
staff-quiet-remove = Remover horário silencioso { $n }
staff-quiet-dash = até
staff-quiet-max = no máximo
staff-quiet-add = Adicionar horário silencioso
staff-settings-save = Salvar
staff-settings-revert = Desfazer alterações
staff-settings-saving = Salvando…
staff-settings-saved = Salvo. O idioma e o tamanho do texto valem a partir do próximo visitante.
staff-settings-failed = Não foi salvo (nada foi alterado): { $reason }
staff-settings-unsaved = Alterações ainda não salvas
staff-settings-no-file = não há arquivo de configurações onde salvar
staff-pack-not-remembered = O pacote escolhido não foi registrado no arquivo de configurações: { $reason }
staff-pack-dates = Exibido automaticamente de { $from } a { $until }
staff-log-last-write = Última gravação: { $time }
staff-log-no-write-yet = Nada gravado desde que o quiosque foi iniciado
staff-log-disk = Espaço livre em disco: { $free }
staff-log-disk-low = Restam apenas { $free } de espaço em disco. Libere espaço antes que as visitas deixem de ser registradas.
staff-pack-scan-failed = Não foi possível verificar os pacotes. Reinicie o quiosque; o registro do quiosque (kiosk.log) tem mais detalhes.
staff-count-failed = Não foi possível contar os visitantes. Abra a aba novamente ou reinicie o quiosque; o registro do quiosque (kiosk.log) tem mais detalhes.
staff-export-targets-failed = Não foi possível listar os locais para onde exportar. Abra a aba novamente ou reinicie o quiosque; o registro do quiosque (kiosk.log) tem mais detalhes.
