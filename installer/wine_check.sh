#!/usr/bin/env bash
# Runs the real installer logic under Wine on Linux, silently: a fresh per-user install (files, three Start-menu
# shortcuts and their arguments, desktop shortcut, Add/Remove Programs values), an upgrade in place that keeps the
# person's data and desktop-shortcut choice, refusals while Pit Stop runs, an uninstall that keeps the data, one with
# /REMOVEDATA (data, QSettings key and Pit Stop's saved passwords gone, other passwords kept), an all-users install
# (Program Files, HKLM in the 64-bit view, common Start menu), a /D= folder, and a refused non-empty folder.
#
#   bash installer/wine_check.sh [makensis options, e.g. -DRESOURCES_DIR=...]
#   (needs wine64 and nsis: apt-get install --no-install-recommends wine64 nsis)
#
# Debian's 64-bit-only Wine cannot run the x86 installer that ships, so this builds it with -DTARGET=amd64-unicode
# (same script; only the stub differs). The bundle is a stand-in: a tiny NSIS program as pitstop.exe that stays
# running for a while, so that "Pit Stop is open" can be tested. Everything happens in a temporary Wine prefix and
# HOME, removed at the end. Prints PASS/FAIL per check; exits with the number of failures.
set -u

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WINE="$(command -v wine64 || echo /usr/lib/wine/wine64)"
WINESERVER="$(command -v wineserver || echo /usr/lib/wine/wineserver)"
if [ ! -x "$WINE" ] || ! command -v makensis >/dev/null 2>&1; then
    echo "wine_check: needs wine64 and makensis (apt-get install --no-install-recommends wine64 nsis)" >&2
    exit 100
fi

work="$(mktemp -d)"
cleanup() { "$WINESERVER" -k >/dev/null 2>&1; rm -rf "$work"; }
trap cleanup EXIT
export HOME="$work/home" WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="winemenubuilder.exe=d"
mkdir -p "$HOME"

# Test helpers, themselves NSIS programs: the stand-in pitstop.exe, and a tool that writes and lists credentials.
cat > "$work/sleeper.nsi" <<'NSI'
Target amd64-unicode
OutFile sleeper.exe
SilentInstall silent
RequestExecutionLevel user
Section
  Sleep 120000
SectionEnd
NSI
cat > "$work/credtool.nsi" <<'NSI'
; credtool.exe write <target> | list, appending to C:\credtool.txt
Target amd64-unicode
OutFile credtool.exe
SilentInstall silent
RequestExecutionLevel user
!include FileFunc.nsh
!include LogicLib.nsh
Section
  ${GetParameters} $R0
  StrCpy $R1 $R0 5
  FileOpen $9 "C:\credtool.txt" a
  FileSeek $9 0 END
  ${If} $R1 == "write"
    StrCpy $R2 $R0 "" 6
    StrCpy $R3 $R2 1
    ${If} $R3 == '"'
      StrCpy $R2 $R2 -1 1
    ${EndIf}
    System::Call '*(&i1 0x73, &i1 0x65, &i1 0x63, &i1 0x72)p.r5'
    System::Call '*(i 0, i 1, w "$R2", p 0, l 0, i 4, p r5, i 2, i 0, p 0, p 0, w "someone")p.r1'
    System::Call 'advapi32::CredWriteW(p r1, i 0)i.r0'
    FileWrite $9 "write $R2 -> $0$\r$\n"
  ${Else}
    System::Call 'advapi32::CredEnumerateW(p 0, i 0, *i .r1, *p .r2) i .r0'
    StrCpy $3 0
    ${DoWhile} $3 < $1
      IntOp $4 $3 * ${NSIS_PTR_SIZE}
      IntPtrOp $4 $2 + $4
      System::Call '*$4(p .r5)'
      System::Call '*$5(i .r6, i .r7, w .r8)'
      FileWrite $9 "  type=$7 target=$8$\r$\n"
      IntOp $3 $3 + 1
    ${Loop}
  ${EndIf}
  FileClose $9
SectionEnd
NSI
(cd "$work" && makensis -WX -V1 sleeper.nsi && makensis -WX -V1 credtool.nsi) || exit 100
for v in 0.2.0 0.2.1; do
    mkdir -p "$work/dist-$v/pitstop/_internal"
    cp "$work/sleeper.exe" "$work/dist-$v/pitstop/pitstop.exe"
    echo "$v" > "$work/dist-$v/pitstop/_internal/only-in-$v.txt"
    echo "$v" > "$work/dist-$v/pitstop/_internal/version.txt"
    makensis -WX -V1 -DTARGET=amd64-unicode -DVERSION=$v "-DDIST_DIR=$work/dist-$v/pitstop" "-DOUT_DIR=$work" "$@" \
        "$here/pitstop.nsi" || exit 100
done
"$WINE" wineboot -i >/dev/null 2>&1
"$WINESERVER" -w

W="$WINE"
C="$WINEPREFIX/drive_c"
U="$C/users/$(id -un)"
PU="$U/AppData/Local/Programs/Pit Stop"
PM="$C/Program Files/Pit Stop"
SM="$U/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Pit Stop"
CSM="$C/ProgramData/Microsoft/Windows/Start Menu/Programs/Pit Stop"
DATA="$U/AppData/Local/PitStop/PitStopDesktop"
KEY='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\PitStopDesktop'
MKEY='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\PitStopDesktop'
fails=0
check() { if eval "$2"; then echo "PASS $1"; else echo "FAIL $1"; fails=$((fails+1)); fi; }
# waits for every Wine process, including the copy of itself an uninstaller starts from %TEMP%
run() { "$W" "$@"; local rc=$?; "$WINESERVER" -w; return $rc; }
regval() { "$W" reg query "$1" /v "$2" 2>/dev/null | tr -d '\r' | awk -v n="$2" '$1==n {sub(/^ *[^ ]+ +[^ ]+ +/, ""); print}'; }
creds() { rm -f "$C/credtool.txt"; run "$work/credtool.exe" list; cat "$C/credtool.txt"; }

echo "== fresh per-user install of 0.2.0"
run "$work"/PitStop-0.2.0-setup.exe /S; check "installer exit 0" "[ $? = 0 ]"
check "exe installed" "[ -f '$PU/pitstop.exe' ]"
check "uninstaller written" "[ -f '$PU/uninstall.exe' ]"
check "three start-menu links" "[ -f '$SM/Pit Stop - Console.lnk' ] && [ -f '$SM/Pit Stop - Call intake.lnk' ] && [ -f '$SM/Pit Stop - My agenda.lnk' ]"
check "desktop link" "[ -f '$U/Desktop/Pit Stop - Console.lnk' ]"
check "DisplayVersion 0.2.0" "[ \"\$(regval '$KEY' DisplayVersion)\" = 0.2.0 ]"
for v in DisplayName Publisher DisplayIcon UninstallString QuietUninstallString EstimatedSize InstallLocation; do
  check "registry $v set" "[ -n \"\$(regval '$KEY' $v)\" ]"
done
check "not in HKLM" "! \"$W\" reg query '$MKEY' >/dev/null 2>&1"
strings -el "$SM/Pit Stop - Call intake.lnk" | grep -qx intake; check "intake link passes 'intake'" "[ $? = 0 ]"
strings -el "$SM/Pit Stop - My agenda.lnk" | grep -qx agenda; check "agenda link passes 'agenda'" "[ $? = 0 ]"

echo "== the person's data"
mkdir -p "$DATA/Logs"; echo db > "$DATA/pitstop.db"; echo ob > "$DATA/outbox.db"; echo 'language = "en"' > "$DATA/config.toml"; echo log > "$DATA/Logs/pitstop.log"
"$W" reg add 'HKCU\Software\PitStop\PitStopDesktop' /v language /d en /f >/dev/null
rm -f "$C/credtool.txt"
for t in "Pit Stop: db.office:5432/pitstop" "maria@Pit Stop: db.office:5432/pitstop" "Pit Stop: C:\\pitstop.db" \
         "Pit Stopwatch" "Other App"; do run "$work/credtool.exe" write "$t" 2>/dev/null; done
ours_before=$(creds | grep -c 'target=.*Pit Stop:'); echo "Pit Stop credentials seeded: $ours_before"

echo "== upgrade to 0.2.1 after the person removed the desktop link"
rm -f "$U/Desktop/Pit Stop - Console.lnk"; "$W" reg add "$KEY" /v DesktopShortcut /t REG_DWORD /d 0 /f >/dev/null
run "$work"/PitStop-0.2.1-setup.exe /S; check "upgrade exit 0" "[ $? = 0 ]"
check "new files in place" "[ -f '$PU/_internal/only-in-0.2.1.txt' ] && grep -q 0.2.1 '$PU/_internal/version.txt'"
check "old files gone" "[ ! -e '$PU/_internal/only-in-0.2.0.txt' ]"
check "uninstaller present" "[ -f '$PU/uninstall.exe' ]"
check "DisplayVersion 0.2.1" "[ \"\$(regval '$KEY' DisplayVersion)\" = 0.2.1 ]"
check "desktop link choice kept (absent)" "[ ! -e '$U/Desktop/Pit Stop - Console.lnk' ]"
check "start menu links back" "[ -f '$SM/Pit Stop - Console.lnk' ]"
check "data kept" "[ -f '$DATA/pitstop.db' ] && [ -f '$DATA/outbox.db' ] && [ -f '$DATA/Logs/pitstop.log' ]"

echo "== upgrade refused while Pit Stop runs"
"$W" "$PU/pitstop.exe" & sleeper=$!
for _ in $(seq 50); do "$W" tasklist 2>/dev/null | grep -qi pitstop.exe && break; sleep 0.2; done
"$W" "$work"/PitStop-0.2.0-setup.exe /S; rc=$?
check "installer refuses (exit 2)" "[ $rc = 2 ]"
check "0.2.1 untouched" "[ -f '$PU/_internal/only-in-0.2.1.txt' ] && [ \"\$(regval '$KEY' DisplayVersion)\" = 0.2.1 ]"
check "still installed" "[ -f '$PU/pitstop.exe' ]"
"$W" taskkill /f /im pitstop.exe >/dev/null 2>&1; wait $sleeper 2>/dev/null; "$WINESERVER" -w

echo "== silent uninstall keeps the data"
run "$PU/uninstall.exe" /S /CurrentUser; check "uninstall exit 0" "[ $? = 0 ]"
check "program folder gone" "[ ! -e '$PU' ]"
check "links and their folder gone" "[ ! -e '$SM' ]"
check "registry entry gone" "! \"$W\" reg query '$KEY' >/dev/null 2>&1"
check "data kept" "[ -f '$DATA/pitstop.db' ] && [ -f '$DATA/Logs/pitstop.log' ]"
check "settings kept" "\"$W\" reg query 'HKCU\Software\PitStop\PitStopDesktop' >/dev/null 2>&1"
check "passwords kept" "[ \$(creds | grep -c 'target=.*Pit Stop:') = $ours_before ]"

echo "== install again, uninstall with /REMOVEDATA"
run "$work"/PitStop-0.2.1-setup.exe /S; check "reinstall exit 0" "[ $? = 0 ]"
check "desktop link back by default after a clean uninstall" "[ -f '$U/Desktop/Pit Stop - Console.lnk' ]"
run "$PU/uninstall.exe" /S /CurrentUser /REMOVEDATA; check "uninstall exit 0" "[ $? = 0 ]"
check "data folder gone" "[ ! -e '$U/AppData/Local/PitStop' ]"
check "settings key gone" "! \"$W\" reg query 'HKCU\Software\PitStop' >/dev/null 2>&1"
check "Pit Stop passwords gone, others kept" \
  "[ \$(creds | grep -c 'target=.*Pit Stop:') = 0 ] && creds | grep -q 'target=Other App' && creds | grep -q 'target=Pit Stopwatch'"
check "desktop link gone" "[ ! -e '$U/Desktop/Pit Stop - Console.lnk' ]"

echo "== all-users install (Wine runs as an administrator)"
run "$work"/PitStop-0.2.1-setup.exe /S /AllUsers; check "exit 0" "[ $? = 0 ]"
check "in Program Files" "[ -f '$PM/pitstop.exe' ]"
check "common start menu" "[ -f '$CSM/Pit Stop - Console.lnk' ]"
check "HKLM entry, 64-bit view" "[ \"\$(regval '$MKEY' DisplayVersion)\" = 0.2.1 ]"
check "no HKCU entry" "! \"$W\" reg query '$KEY' >/dev/null 2>&1"
check "quiet uninstall string names the mode" "regval '$MKEY' QuietUninstallString | grep -q '/S /AllUsers'"
run "$PM/uninstall.exe" /S /AllUsers; check "uninstall exit 0" "[ $? = 0 ]"
check "Program Files folder gone" "[ ! -e '$PM' ]"
check "HKLM entry gone" "! \"$W\" reg query '$MKEY' >/dev/null 2>&1"
check "common links and folder gone" "[ ! -e '$CSM' ]"

echo "== refuses a folder holding someone else's files"
mkdir -p "$C/Busy"; echo mine > "$C/Busy/mine.txt"
run "$work"/PitStop-0.2.1-setup.exe /S /D=C:\\Busy; rc=$?
check "exit 2" "[ $rc = 2 ]"
check "nothing written there" "[ \$(ls '$C/Busy' | wc -l) = 1 ]"
rm -rf "$C/Busy"

echo "== /D= folder; the uninstaller refuses while Pit Stop runs"
run "$work"/PitStop-0.2.1-setup.exe /S /D=C:\\PitStop; check "exit 0" "[ $? = 0 ]"
check "installed in C:\\PitStop" "[ -f '$C/PitStop/pitstop.exe' ]"
check "InstallLocation C:\\PitStop" "[ \"\$(regval '$KEY' InstallLocation)\" = 'C:\PitStop' ]"
"$W" 'C:\PitStop\pitstop.exe' & sleeper=$!
for _ in $(seq 50); do "$W" tasklist 2>/dev/null | grep -qi pitstop.exe && break; sleep 0.2; done
"$W" 'C:\PitStop\uninstall.exe' /S /CurrentUser '_?=C:\PitStop'; rc=$?
check "uninstaller refuses (exit 2)" "[ $rc = 2 ]"
check "still installed" "[ -f '$C/PitStop/_internal/version.txt' ] && [ -n \"\$(regval '$KEY' InstallLocation)\" ]"
"$W" taskkill /f /im pitstop.exe >/dev/null 2>&1; wait $sleeper 2>/dev/null; "$WINESERVER" -w
run 'C:\PitStop\uninstall.exe' /S /CurrentUser; check "then uninstalls (exit 0)" "[ $? = 0 ]"
check "folder gone" "[ ! -e '$C/PitStop' ]"


echo "wine_check: $fails failure(s)"
exit "$fails"
