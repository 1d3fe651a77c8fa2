#!/bin/sh
# Installs what Leerplaats needs to build, run and test on Debian 12 (as root).
set -eu
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends \
  ca-certificates git meson ninja-build pkg-config gcc clang libclang-rt-14-dev \
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libgtk-4-bin librsvg2-common libadwaita-1-dev libx11-dev \
  libxml2-dev libxml2-utils libcairo2-dev libpango1.0-dev \
  libglib-testing-0-dev libpoppler-glib-dev libical-dev python3-icalendar \
  gettext desktop-file-utils appstream \
  xvfb xauth xdotool dbus dbus-x11 at-spi2-core \
  poppler-utils qpdf imagemagick \
  fonts-cantarell fonts-dejavu-core adwaita-icon-theme hicolor-icon-theme
