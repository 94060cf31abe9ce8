#!/usr/bin/env bash
# Compiles installer/pitstop.nsi with `makensis -WX` (every warning is an error), the check CI can run on Linux.
#
#   bash installer/check_nsis.sh [extra makensis options, e.g. -DRESOURCES_DIR=/some/where]
#
# Installs Debian's nsis package when makensis is missing. Without a Windows bundle (dist/pitstop/pitstop.exe, built
# by PyInstaller on Windows) it compiles against a placeholder bundle and writes the installer to a temporary folder
# that is removed afterwards, so no fake setup program is left in dist/. Exits non-zero on any failure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"

if ! command -v makensis >/dev/null 2>&1; then
    echo "check_nsis: makensis is missing; installing Debian's nsis package"
    sudo=""
    if [ "$(id -u)" != 0 ]; then
        sudo="sudo"
    fi
    export DEBIAN_FRONTEND=noninteractive
    if ! $sudo apt-get install -y -qq nsis >/dev/null; then
        $sudo apt-get update -qq >/dev/null
        $sudo apt-get install -y -qq nsis >/dev/null
    fi
fi

version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/pitstop_desktop/__init__.py")"
if [ -z "$version" ]; then
    echo "check_nsis: no __version__ in pitstop_desktop/__init__.py" >&2
    exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
defines=("-DVERSION=$version")
out_dir="$root/dist"
if [ -f "$root/dist/pitstop/pitstop.exe" ]; then
    echo "check_nsis: packing the bundle in dist/pitstop"
else
    echo "check_nsis: no Windows bundle in dist/pitstop; compiling against a placeholder"
    mkdir -p "$work/pitstop/_internal"
    printf 'placeholder: the real pitstop.exe comes from PyInstaller on Windows\n' > "$work/pitstop/pitstop.exe"
    out_dir="$work"
    defines+=("-DDIST_DIR=$work/pitstop" "-DOUT_DIR=$work")
fi

log="$work/makensis.log"
if ! makensis -WX -V3 "${defines[@]}" "$@" "$here/pitstop.nsi" >"$log" 2>&1; then
    cat "$log"
    echo "check_nsis: FAILED: makensis -WX did not compile installer/pitstop.nsi" >&2
    exit 1
fi

installer="$out_dir/PitStop-$version-setup.exe"
if [ ! -f "$installer" ]; then
    cat "$log"
    echo "check_nsis: FAILED: makensis reported success but wrote no $installer" >&2
    exit 1
fi
grep -E '^(Processed|Output|Install:|Uninstall:|Total size)' "$log" | sed 's/^/  /'
size="$(stat -c %s "$installer")"
echo "check_nsis: OK: makensis $(makensis -VERSION) -WX compiled pitstop.nsi for Pit Stop $version" \
    "($((size / 1024)) KiB installer$([ "$out_dir" = "$work" ] && echo ', placeholder bundle'))"
