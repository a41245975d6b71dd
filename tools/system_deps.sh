#!/usr/bin/env bash
# Install the X11 libraries Qt's xcb platform plugin needs to open a real window, when
# they are missing. Only acts on Debian/Ubuntu as root (or with sudo); otherwise it
# prints the command to run. Tests run offscreen and do not need any of this.
set -u
plugin=$(ls .venv/lib/python3*/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so 2>/dev/null | head -n 1)
[ -n "$plugin" ] || exit 0
qtlib=$(dirname "$plugin")/../../lib/libQt6XcbQpa.so.6
missing=$( { ldd "$plugin"; ldd "$qtlib" 2>/dev/null; } | grep 'not found' | sort -u)
[ -z "$missing" ] && exit 0
pkgs="libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libegl1 libfontconfig1 libdbus-1-3"
if command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else sudo="none"; fi
  if [ "$sudo" != none ]; then
    echo "Installing the X11 libraries Qt needs for a window: $pkgs"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $pkgs >/dev/null && exit 0
  fi
fi
echo "Qt cannot open a window yet; these libraries are missing:" >&2
echo "$missing" >&2
echo "On Debian/Ubuntu install them with: sudo apt-get install $pkgs" >&2
exit 1
