; Pit Stop Desktop: the Windows installer (NSIS 3.08 or later, Modern UI 2, MultiUser).
;
; Packs the PyInstaller one-folder bundle (dist\pitstop\, built from installer\pitstop.spec) into
; dist\PitStop-<version>-setup.exe. Shaped after qutebrowser's misc/nsis and MusicBrainz Picard's installer, with
; NSIS's own MultiUser.nsh instead of third-party plug-ins so that it compiles with a stock NSIS (Debian's nsis
; package here, the official build on Windows). Build and options: installer/README.md.
;
;   makensis -WX installer\pitstop.nsi                     version read from pitstop_desktop\__init__.py
;   makensis -WX -DVERSION=0.2.0 installer\pitstop.nsi     version given (CI passes the package's)
;   -DVERSION_NUMERIC=0.2.0.0   the four-number file version, when VERSION is not plain x.y.z
;   -DDIST_DIR=... -DRESOURCES_DIR=... -DOUT_DIR=...        other folders (relative to this script, or absolute)
;   -DTARGET=amd64-unicode      a 64-bit installer (Debian's NSIS has the stubs), for testing under a 64-bit Wine
;   -DSIGN_COMMAND="signtool sign /a /fd sha256 ..."        or env PITSTOP_SIGN_COMMAND: signs the uninstaller and
;                                                           the installer; the file's path is appended, quoted
;
; Command line of the installer: /S (silent), /CurrentUser or /AllUsers, /D=C:\folder (last, unquoted).
; Of the uninstaller: /S, /CurrentUser or /AllUsers (the registry entry passes the right one), /REMOVEDATA.
; A silent uninstall keeps the user's data unless /REMOVEDATA is given: upgrades rely on that.

!ifdef TARGET
  Target ${TARGET}  ; amd64-unicode runs under a 64-bit-only Wine (README); the official NSIS has x86 stubs only
!else
  Unicode true
!endif
ManifestDPIAware true
ManifestSupportedOS all
SetCompressor /SOLID /FINAL lzma
SetCompressorDictSize 32
CRCCheck on
SetOverwrite on
AllowSkipFiles off
ShowInstDetails hide
ShowUninstDetails hide

; ---------------------------------------------------------------------------------------------------------------
; Names, folders, version

!define PRODUCT_NAME "Pit Stop Desktop"
!define PUBLISHER "Pit Stop"
!define EXE "pitstop.exe"
!define UNINSTALLER "uninstall.exe"
!define STARTMENU_FOLDER "Pit Stop"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\PitStopDesktop"
; The user's data, where platformdirs puts it for ("PitStopDesktop", "PitStop") (pitstop_desktop/db/engine.py):
; %LOCALAPPDATA%\PitStop\PitStopDesktop holds the SQLite database, the intake outbox, config.toml and Logs\.
; QSettings("PitStop", "PitStopDesktop") lives in HKCU\Software\PitStop\PitStopDesktop; saved passwords in the
; Windows Credential Manager, filed by keyring under the service "Pit Stop: <database>" (services/credentials.py).
!define DATA_VENDOR "PitStop"
!define DATA_APP "PitStopDesktop"
!define QSETTINGS_KEY "Software\PitStop\PitStopDesktop"
!define CREDENTIAL_SERVICE "Pit Stop:"
!define CREDENTIAL_SERVICE_LENGTH 9

; makensis runs in this script's folder, so these are relative to installer\.
!define /ifndef DIST_DIR "..\dist\pitstop"
!define /ifndef RESOURCES_DIR "..\resources"
!define /ifndef OUT_DIR "..\dist"

!ifndef VERSION
  !searchparse /file "..\pitstop_desktop\__init__.py" `__version__ = "` VERSION `"`
!endif
!ifndef VERSION_NUMERIC
  ; Windows wants four numbers; "0.3.0rc1" gives 0.3.0.0 (the pre-release tag only shows in DisplayVersion).
  !searchparse /noerrors "v${VERSION}" "v" _PS_V1 "." _PS_V2 "." _PS_V3
  !define /ifndef _PS_V2 0
  !define /ifndef _PS_V3 0
  !define /math _PS_N1 ${_PS_V1} + 0
  !define /math _PS_N2 ${_PS_V2} + 0
  !define /math _PS_N3 ${_PS_V3} + 0
  !define VERSION_NUMERIC "${_PS_N1}.${_PS_N2}.${_PS_N3}.0"
!endif

!if ! /FileExists "${DIST_DIR}\${EXE}"
  !error "No bundle at ${DIST_DIR}\${EXE}: build it first (pyinstaller installer\pitstop.spec), or pass -DDIST_DIR=..."
!endif
!if ! /FileExists "${RESOURCES_DIR}\pitstop.ico"
  !error "Missing ${RESOURCES_DIR}\pitstop.ico (tools/make_resources.py draws it), or pass -DRESOURCES_DIR=..."
!endif
!if ! /FileExists "${RESOURCES_DIR}\installer\welcome.bmp"
  !error "Missing ${RESOURCES_DIR}\installer\welcome.bmp (164x314), or pass -DRESOURCES_DIR=..."
!endif
!if ! /FileExists "${RESOURCES_DIR}\installer\header.bmp"
  !error "Missing ${RESOURCES_DIR}\installer\header.bmp (150x57), or pass -DRESOURCES_DIR=..."
!endif

Name "${PRODUCT_NAME}"
OutFile "${OUT_DIR}\PitStop-${VERSION}-setup.exe"
BrandingText "${PRODUCT_NAME} ${VERSION}"

; ---------------------------------------------------------------------------------------------------------------
; Code signing: only when a sign command is configured. !uninstfinalize signs the uninstaller before it is packed
; into the installer, !finalize signs the installer itself; a non-zero exit fails the build.

; Backquotes, so that the command may hold double quotes (a path with spaces); it may not hold ' or `.
!if `$%PITSTOP_SIGN_COMMAND%` != `$${U+25}PITSTOP_SIGN_COMMAND%`
  !define /ifndef SIGN_COMMAND `$%PITSTOP_SIGN_COMMAND%`
!endif
!ifdef SIGN_COMMAND
  !uninstfinalize '${SIGN_COMMAND} "%1"' = 0
  !finalize '${SIGN_COMMAND} "%1"' = 0
!endif

; ---------------------------------------------------------------------------------------------------------------
; Per-user (default, no administrator needed) or all-users install. "Highest" asks an administrator for elevation
; and shows the page to choose; a standard user installs for themselves without a prompt.

!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_INSTALLMODE_DEFAULT_CURRENTUSER
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "Pit Stop"
; An upgrade goes where the previous version is, in the mode it was installed in.
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${UNINST_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallLocation"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${UNINST_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallLocation"
!define MULTIUSER_INIT_TEXT_ALLUSERSNOTPOSSIBLE "$(PsAllUsersNotPossible)"
; Called each time the mode is set (start, the mode page, /AllUsers or /CurrentUser): looks for a previous version.
!define MULTIUSER_INSTALLMODE_FUNCTION OnInstallModeSet

!include MultiUser.nsh
!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include WordFunc.nsh
!include x64.nsh
!include Sections.nsh

; ---------------------------------------------------------------------------------------------------------------
; Pages

!define MUI_ICON "${RESOURCES_DIR}\pitstop.ico"
!define MUI_UNICON "${RESOURCES_DIR}\pitstop.ico"
!define MUI_HEADERIMAGE
!define MUI_HEADERIMAGE_RIGHT
!define MUI_HEADERIMAGE_BITMAP "${RESOURCES_DIR}\installer\header.bmp"
!define MUI_HEADERIMAGE_UNBITMAP "${RESOURCES_DIR}\installer\header.bmp"
!define MUI_WELCOMEFINISHPAGE_BITMAP "${RESOURCES_DIR}\installer\welcome.bmp"
!define MUI_UNWELCOMEFINISHPAGE_BITMAP "${RESOURCES_DIR}\installer\welcome.bmp"
!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING
; The components are explained above the list, where they are read without hovering over them.
!define MUI_COMPONENTSPAGE_NODESC

!define MUI_WELCOMEPAGE_TEXT "$(PsWelcomeText)"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!define MUI_COMPONENTSPAGE_TEXT_TOP "$(PsComponentsTop)"
!insertmacro MUI_PAGE_COMPONENTS
!define MUI_PAGE_CUSTOMFUNCTION_LEAVE DirectoryLeave
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_TEXT "$(PsFinishRun)"
!define MUI_FINISHPAGE_RUN_FUNCTION LaunchConsole
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!define MUI_PAGE_CUSTOMFUNCTION_SHOW un.ComponentsShow
!define MUI_PAGE_CUSTOMFUNCTION_LEAVE un.ComponentsLeave
!define MUI_COMPONENTSPAGE_TEXT_TOP "$(PsUnComponentsTop)"
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default when Windows speaks neither.
!insertmacro MUI_LANGUAGE "PortugueseBR"
!insertmacro MUI_LANGUAGE "English"
!include "strings.nsh"

VIProductVersion "${VERSION_NUMERIC}"
VIFileVersion "${VERSION_NUMERIC}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${PRODUCT_NAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${PRODUCT_NAME} ${VERSION} Setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "OriginalFilename" "PitStop-${VERSION}-setup.exe"
VIAddVersionKey /LANG=${LANG_ENGLISH} "Comments" "Built with NSIS ${NSIS_VERSION}"

; ---------------------------------------------------------------------------------------------------------------
; Helpers shared by the installer and the uninstaller

; Sets $R8 to 1 when the pitstop.exe in folder $R9 is running (Windows refuses to open a running program's file for
; writing, whoever runs it), else 0.
!macro PITSTOP_FUNC_IS_RUNNING PREFIX
  Function ${PREFIX}PitStopIsRunning
    StrCpy $R8 0
    ${If} ${FileExists} "$R9\${EXE}"
      ClearErrors
      FileOpen $0 "$R9\${EXE}" a
      ${If} ${Errors}
        StrCpy $R8 1
      ${Else}
        FileClose $0
      ${EndIf}
    ${EndIf}
  FunctionEnd

  ; Waits, asking, until the Pit Stop in $R9 is closed; $R8 is 1 if the person gave up (Cancel, or silent mode).
  Function ${PREFIX}WaitPitStopClosed
    retry:
    Call ${PREFIX}PitStopIsRunning
    StrCmp $R8 0 done
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(PsRunning)" /SD IDCANCEL IDRETRY retry
    done:
  FunctionEnd
!macroend
!insertmacro PITSTOP_FUNC_IS_RUNNING ""
!insertmacro PITSTOP_FUNC_IS_RUNNING "un."

; ---------------------------------------------------------------------------------------------------------------
; Installer sections

Var PreviousLocation  ; folder of the version installed in this mode, or empty
Var PreviousVersion
Var CmdLineDir  ; the folder given with /D=, which MultiUser would otherwise replace by the mode's default

Section "!$(PsSecProgram)" SecProgram
  SectionIn RO

  ; Nothing may run from the folders about to change.
  ${If} $PreviousLocation != ""
    StrCpy $R9 $PreviousLocation
    Call WaitPitStopClosed
    ${If} $R8 = 1
      SetErrorLevel 2
      Abort
    ${EndIf}
  ${EndIf}
  StrCpy $R9 $INSTDIR
  Call WaitPitStopClosed
  ${If} $R8 = 1
    SetErrorLevel 2
    Abort
  ${EndIf}
  Call CheckFolderIsOurs
  ${If} $R8 = 1
    MessageBox MB_OK|MB_ICONSTOP "$(PsFolderNotEmpty)" /SD IDOK
    SetErrorLevel 2
    Abort
  ${EndIf}

  Call RemovePrevious

  SetOutPath "$INSTDIR"
  File /r "${DIST_DIR}\*"
  ; Written first thing after the files, so that a half-finished install can still be removed.
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"
  WriteRegStr SHCTX "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}" /$MultiUser.InstallMode'

  ; One program, three doors (installer/README.md lists the command lines).
  CreateDirectory "$SMPROGRAMS\${STARTMENU_FOLDER}"
  CreateShortcut "$SMPROGRAMS\${STARTMENU_FOLDER}\$(PsLinkConsole).lnk" "$INSTDIR\${EXE}" "" \
    "$INSTDIR\${EXE}" 0 SW_SHOWNORMAL "" "$(PsLinkConsoleTip)"
  CreateShortcut "$SMPROGRAMS\${STARTMENU_FOLDER}\$(PsLinkIntake).lnk" "$INSTDIR\${EXE}" "intake" \
    "$INSTDIR\${EXE}" 0 SW_SHOWNORMAL "" "$(PsLinkIntakeTip)"
  CreateShortcut "$SMPROGRAMS\${STARTMENU_FOLDER}\$(PsLinkAgenda).lnk" "$INSTDIR\${EXE}" "agenda" \
    "$INSTDIR\${EXE}" 0 SW_SHOWNORMAL "" "$(PsLinkAgendaTip)"
SectionEnd

Section "$(PsSecDesktop)" SecDesktop
  CreateShortcut "$DESKTOP\$(PsLinkConsole).lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0 SW_SHOWNORMAL "" \
    "$(PsLinkConsoleTip)"
SectionEnd

; Add/Remove Programs, written last so that EstimatedSize counts everything.
Section "-Register"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayName" "${PRODUCT_NAME}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINST_KEY}" "VersionNumeric" "${VERSION_NUMERIC}"
  WriteRegStr SHCTX "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr SHCTX "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S /$MultiUser.InstallMode'
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD SHCTX "${UNINST_KEY}" "EstimatedSize" $0
  ${GetTime} "" "L" $0 $1 $2 $3 $4 $5 $6
  WriteRegStr SHCTX "${UNINST_KEY}" "InstallDate" "$2$1$0"
  ${If} ${SectionIsSelected} ${SecDesktop}
    WriteRegDWORD SHCTX "${UNINST_KEY}" "DesktopShortcut" 1
  ${Else}
    WriteRegDWORD SHCTX "${UNINST_KEY}" "DesktopShortcut" 0
  ${EndIf}
SectionEnd

; ---------------------------------------------------------------------------------------------------------------
; Installer functions

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "$(PsNeed64Bit)" /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
  SetRegView 64
  ; /LANG=1033 (English) or /LANG=1046 (Brazilian Portuguese) overrides the language Windows speaks.
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/LANG=" $1
  ${IfNot} ${Errors}
    StrCpy $LANGUAGE $1
  ${EndIf}
  StrCpy $CmdLineDir $INSTDIR  ; empty unless /D= was given (there is no InstallDir)
  !insertmacro MULTIUSER_INIT
FunctionEnd

; MultiUser calls this each time the mode is set (start, the mode page, /AllUsers or /CurrentUser).
Function OnInstallModeSet
  ${If} $CmdLineDir != ""
    StrCpy $INSTDIR $CmdLineDir
  ${EndIf}
  Call FindPrevious
  ; An upgrade keeps the desktop shortcut choice made last time.
  ClearErrors
  ReadRegDWORD $0 SHCTX "${UNINST_KEY}" "DesktopShortcut"
  ${If} $PreviousLocation != ""
  ${AndIfNot} ${Errors}
  ${AndIf} $0 = 0
    !insertmacro UnselectSection ${SecDesktop}
  ${Else}
    !insertmacro SelectSection ${SecDesktop}
  ${EndIf}
FunctionEnd

; The version installed in the current mode, if any.
Function FindPrevious
  ReadRegStr $PreviousLocation SHCTX "${UNINST_KEY}" "InstallLocation"
  ReadRegStr $PreviousVersion SHCTX "${UNINST_KEY}" "VersionNumeric"
FunctionEnd

; $R8 = 1 when $INSTDIR holds files and no Pit Stop: refusing it keeps the uninstaller from ever deleting someone
; else's files along with ours.
Function CheckFolderIsOurs
  StrCpy $R8 0
  ${If} ${FileExists} "$INSTDIR\*"
  ${AndIfNot} ${FileExists} "$INSTDIR\${EXE}"
    ${DirState} "$INSTDIR" $0
    ${If} $0 = 1
      StrCpy $R8 1
    ${EndIf}
  ${EndIf}
FunctionEnd

Function DirectoryLeave
  Call CheckFolderIsOurs
  ${If} $R8 = 1
    MessageBox MB_OK|MB_ICONEXCLAMATION "$(PsFolderNotEmpty)"
    Abort
  ${EndIf}
  StrCpy $R9 $INSTDIR
  Call WaitPitStopClosed
  ${If} $R8 = 1
    Abort
  ${EndIf}
  Call FindPrevious
  ${If} $PreviousLocation != ""
  ${AndIf} $PreviousVersion != ""
    ${VersionCompare} "$PreviousVersion" "${VERSION_NUMERIC}" $0
    ${If} $0 = 1
      ReadRegStr $R1 SHCTX "${UNINST_KEY}" "DisplayVersion"
      MessageBox MB_YESNO|MB_ICONQUESTION "$(PsDowngrade)" /SD IDYES IDYES replace
      Abort
      replace:
    ${EndIf}
  ${EndIf}
FunctionEnd

; Upgrade in place: the previous version's own uninstaller, silent, which keeps the user's data; without it (a
; damaged install), just the old program files.
Function RemovePrevious
  Call FindPrevious
  ${If} $PreviousLocation == ""
    Return
  ${EndIf}
  StrCpy $R0 $PreviousLocation
  ReadRegStr $R1 SHCTX "${UNINST_KEY}" "DisplayVersion"
  DetailPrint "$(PsRemovingOld)"
  ${If} ${FileExists} "$R0\${UNINSTALLER}"
    ; _? runs the uninstaller in place (so ExecWait waits for it); it cannot delete itself then, so we do.
    ClearErrors
    ExecWait '"$R0\${UNINSTALLER}" /S /$MultiUser.InstallMode _?=$R0' $R2
    ${If} ${Errors}
    ${OrIf} $R2 <> 0
      MessageBox MB_OK|MB_ICONSTOP "$(PsOldUninstallFailed)" /SD IDOK
      SetErrorLevel 2
      Abort
    ${EndIf}
    Delete "$R0\${UNINSTALLER}"
    RMDir "$R0"
  ${Else}
    RMDir /r "$R0\_internal"
    Delete "$R0\${EXE}"
  ${EndIf}
FunctionEnd

; Started through Explorer so that Pit Stop runs as the signed-in person, not elevated like the installer.
Function LaunchConsole
  Exec '"$WINDIR\explorer.exe" "$INSTDIR\${EXE}"'
FunctionEnd

; ---------------------------------------------------------------------------------------------------------------
; Uninstaller sections

Section "un.$(PsUnSecProgram)" SecUnProgram
  SectionIn RO
  StrCpy $R9 $INSTDIR
  Call un.WaitPitStopClosed
  ${If} $R8 = 1
    SetErrorLevel 2
    Abort
  ${EndIf}

  ; Both languages' names: the uninstaller may not speak the language the installer spoke.
  Delete "$SMPROGRAMS\${STARTMENU_FOLDER}\${PS_LINK_CONSOLE_PT}.lnk"
  Delete "$SMPROGRAMS\${STARTMENU_FOLDER}\${PS_LINK_CONSOLE_EN}.lnk"
  Delete "$SMPROGRAMS\${STARTMENU_FOLDER}\${PS_LINK_INTAKE_PT}.lnk"
  Delete "$SMPROGRAMS\${STARTMENU_FOLDER}\${PS_LINK_INTAKE_EN}.lnk"
  Delete "$SMPROGRAMS\${STARTMENU_FOLDER}\${PS_LINK_AGENDA_PT}.lnk"
  Delete "$SMPROGRAMS\${STARTMENU_FOLDER}\${PS_LINK_AGENDA_EN}.lnk"
  RMDir "$SMPROGRAMS\${STARTMENU_FOLDER}"
  Delete "$DESKTOP\${PS_LINK_CONSOLE_PT}.lnk"
  Delete "$DESKTOP\${PS_LINK_CONSOLE_EN}.lnk"

  ; The installer only puts Pit Stop into an empty folder (CheckFolderIsOurs), so the folder is all ours. During an
  ; upgrade this uninstaller runs from it (_?=) and the installer deletes it afterwards.
  Delete "$INSTDIR\${UNINSTALLER}"
  ${If} ${FileExists} "$INSTDIR\${EXE}"
    RMDir /r "$INSTDIR"
  ${Else}
    RMDir "$INSTDIR"
  ${EndIf}

  DeleteRegKey SHCTX "${UNINST_KEY}"
SectionEnd

Section /o "un.$(PsUnSecData)" SecUnData
  ; The person's own folders, whatever the install mode.
  SetShellVarContext current
  RMDir /r "$LOCALAPPDATA\${DATA_VENDOR}\${DATA_APP}"
  RMDir "$LOCALAPPDATA\${DATA_VENDOR}"
  RMDir /r "$APPDATA\${DATA_VENDOR}\${DATA_APP}"
  RMDir "$APPDATA\${DATA_VENDOR}"
  DeleteRegKey HKCU "${QSETTINGS_KEY}"
  DeleteRegKey /ifempty HKCU "Software\${DATA_VENDOR}"
  Call un.DeleteSavedPasswords
  ${If} $MultiUser.InstallMode == "AllUsers"
    SetShellVarContext all
  ${EndIf}
SectionEnd

; ---------------------------------------------------------------------------------------------------------------
; Uninstaller functions

Function un.onInit
  SetRegView 64
  !insertmacro MULTIUSER_UNINIT
  ${un.GetParameters} $0
  ClearErrors
  ${un.GetOptions} $0 "/LANG=" $1
  ${IfNot} ${Errors}
    StrCpy $LANGUAGE $1
  ${EndIf}
  ClearErrors
  ${un.GetOptions} $0 "/REMOVEDATA" $1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${SecUnData}
  ${EndIf}
FunctionEnd

; "Space required: 0.0 KB" means nothing to someone uninstalling.
Function un.ComponentsShow
  GetDlgItem $0 $mui.ComponentsPage 1023
  ShowWindow $0 ${SW_HIDE}
FunctionEnd

Function un.ComponentsLeave
  ${If} ${SectionIsSelected} ${SecUnData}
    MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(PsConfirmRemoveData)" IDYES confirmed
    Abort
    confirmed:
  ${EndIf}
FunctionEnd

; Deletes the generic credentials keyring wrote for Pit Stop: targets named "<service>" or "<login>@<service>",
; where the service is "Pit Stop: <database>".
Function un.DeleteSavedPasswords
  System::Call 'advapi32::CredEnumerateW(p 0, i 0, *i .r1, *p .r2) i .r0'
  ${If} $0 = 0
    Return
  ${EndIf}
  StrCpy $3 0
  ${DoWhile} $3 < $1
    IntOp $4 $3 * ${NSIS_PTR_SIZE}
    IntPtrOp $4 $2 + $4
    System::Call '*$4(p .r5)'
    System::Call '*$5(i .r6, i .r7, w .r8)'  ; Flags, Type, TargetName
    StrCpy $9 $8 ${CREDENTIAL_SERVICE_LENGTH}
    ClearErrors
    ${un.WordFind} "$8" "@${CREDENTIAL_SERVICE}" "E*" $R0
    ${If} $7 = 1  ; CRED_TYPE_GENERIC
      ${If} $9 == "${CREDENTIAL_SERVICE}"
      ${OrIfNot} ${Errors}
        System::Call 'advapi32::CredDeleteW(w r8, i r7, i 0) i .r0'
        DetailPrint "Credential Manager: $8"
      ${EndIf}
    ${EndIf}
    IntOp $3 $3 + 1
  ${Loop}
  System::Call 'advapi32::CredFree(p r2)'
FunctionEnd
