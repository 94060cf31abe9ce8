; Pit Stop Desktop installer: every custom string, in Brazilian Portuguese and in English, side by side so that
; neither language falls behind. Included by pitstop.nsi after MUI_LANGUAGE (which defines the LANG_* ids).
; Variables inside a string ($R1, $INSTDIR...) are expanded when the string is used.

!macro PITSTOP_STRING NAME PT EN
  LangString ${NAME} ${LANG_PORTUGUESEBR} "${PT}"
  LangString ${NAME} ${LANG_ENGLISH} "${EN}"
!macroend
!define PitStopString "!insertmacro PITSTOP_STRING"

; Start-menu and desktop shortcuts; the uninstaller removes the names of both languages.
!define PS_LINK_CONSOLE_PT "Pit Stop - Console"
!define PS_LINK_CONSOLE_EN "Pit Stop - Console"
!define PS_LINK_INTAKE_PT "Pit Stop - Registro de chamadas"
!define PS_LINK_INTAKE_EN "Pit Stop - Call intake"
!define PS_LINK_AGENDA_PT "Pit Stop - Minha agenda"
!define PS_LINK_AGENDA_EN "Pit Stop - My agenda"
${PitStopString} PsLinkConsole "${PS_LINK_CONSOLE_PT}" "${PS_LINK_CONSOLE_EN}"
${PitStopString} PsLinkIntake "${PS_LINK_INTAKE_PT}" "${PS_LINK_INTAKE_EN}"
${PitStopString} PsLinkAgenda "${PS_LINK_AGENDA_PT}" "${PS_LINK_AGENDA_EN}"
${PitStopString} PsLinkConsoleTip \
  "A Agenda do help desk: OCs, técnicos, escalonamentos e APOIO" \
  "The help desk Agenda: occurrences, technicians, escalations and APOIO"
${PitStopString} PsLinkIntakeTip \
  "Registrar cada ligação recebida em segundos" \
  "Register each incoming call in seconds"
${PitStopString} PsLinkAgendaTip \
  "O dia do técnico: trabalho atual, presença e agendamentos" \
  "The technician's day: current job, presence and bookings"

; Installer pages.
${PitStopString} PsWelcomeText \
  "Este assistente instala o Pit Stop Desktop ${VERSION} neste computador.$\r$\n$\r$\nUma versão anterior é substituída; o banco de dados local, as ligações ainda não enviadas, as configurações e as senhas guardadas são mantidos.$\r$\n$\r$\nFeche o Pit Stop antes de continuar.$\r$\n$\r$\n$_CLICK" \
  "This wizard installs Pit Stop Desktop ${VERSION} on this computer.$\r$\n$\r$\nAn earlier version is replaced; the local database, calls not yet sent, settings and saved passwords are kept.$\r$\n$\r$\nClose Pit Stop before you continue.$\r$\n$\r$\n$_CLICK"

; Installer components.
${PitStopString} PsComponentsTop \
  "O Pit Stop e os seus atalhos no menu Iniciar (Console, Registro de chamadas e Minha agenda) são sempre instalados. Escolha se quer também o Console na área de trabalho." \
  "Pit Stop and its Start-menu shortcuts (Console, Call intake and My agenda) are always installed. Choose whether you also want the Console on the desktop."
${PitStopString} PsSecProgram "Pit Stop (obrigatório)" "Pit Stop (required)"
${PitStopString} PsSecDesktop "Atalho na área de trabalho" "Desktop shortcut"
${PitStopString} PsFinishRun "Abrir o Pit Stop - Console" "Open Pit Stop - Console"

; Uninstaller components.
${PitStopString} PsUnComponentsTop \
  "O programa e os atalhos são removidos. Os dados desta conta (banco local, ligações ainda não enviadas, configurações, registros e senhas guardadas) ficam, a menos que você marque $\"Remover também meus dados$\"." \
  "The program and its shortcuts are removed. This account's data (local database, calls not yet sent, settings, logs and saved passwords) stays unless you tick $\"Also remove my data$\"."
${PitStopString} PsUnSecProgram "Programa e atalhos" "Program and shortcuts"
${PitStopString} PsUnSecData "Remover também meus dados" "Also remove my data"
${PitStopString} PsConfirmRemoveData \
  "Apagar os dados do Pit Stop desta conta de usuário?$\r$\n$\r$\nO banco de dados local, as ligações registradas que ainda não chegaram ao servidor, as configurações, os registros (logs) e as senhas guardadas serão apagados e não poderão ser recuperados." \
  "Delete this user account's Pit Stop data?$\r$\n$\r$\nThe local database, registered calls that have not reached the server yet, settings, logs and saved passwords will be deleted and cannot be recovered."

; Messages.
${PitStopString} PsNeed64Bit \
  "O Pit Stop precisa do Windows de 64 bits." \
  "Pit Stop needs 64-bit Windows."
${PitStopString} PsAllUsersNotPossible \
  "Sua conta não tem permissão de administrador, necessária para instalar ou remover o Pit Stop para todos os usuários deste computador.$\r$\n$\r$\nExecute como administrador ou escolha instalar só para você." \
  "Your account lacks the administrator rights needed to install or remove Pit Stop for all users of this computer.$\r$\n$\r$\nRun it as administrator, or choose to install just for yourself."
${PitStopString} PsRunning \
  "O Pit Stop está aberto (em $R9).$\r$\n$\r$\nFeche todas as janelas do Pit Stop, inclusive o ícone perto do relógio e as de outros usuários deste computador, e clique em Repetir. Nenhuma ligação registrada se perde ao fechar." \
  "Pit Stop is open (in $R9).$\r$\n$\r$\nClose every Pit Stop window, including its icon by the clock and those of other users of this computer, then click Retry. No registered call is lost by closing it."
${PitStopString} PsFolderNotEmpty \
  "A pasta $INSTDIR já tem outros arquivos e não é uma instalação do Pit Stop.$\r$\n$\r$\nEscolha uma pasta nova ou vazia." \
  "The folder $INSTDIR already holds other files and is not a Pit Stop installation.$\r$\n$\r$\nChoose a new or empty folder."
${PitStopString} PsDowngrade \
  "Uma versão mais nova do Pit Stop ($R1) já está instalada.$\r$\n$\r$\nSubstituí-la pela versão ${VERSION}? Seus dados são mantidos." \
  "A newer version of Pit Stop ($R1) is already installed.$\r$\n$\r$\nReplace it with version ${VERSION}? Your data is kept."
${PitStopString} PsRemovingOld \
  "Removendo a versão anterior ($R1) de $R0, mantendo seus dados..." \
  "Removing the previous version ($R1) from $R0, keeping your data..."
${PitStopString} PsOldUninstallFailed \
  "Não foi possível remover a versão anterior do Pit Stop em $R0 (código $R2). Seus dados não foram alterados.$\r$\n$\r$\nReinicie o Windows e execute o instalador de novo." \
  "The previous version of Pit Stop in $R0 could not be removed (code $R2). Your data was not changed.$\r$\n$\r$\nRestart Windows and run the installer again."
