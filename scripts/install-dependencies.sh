#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 (or Ubuntu) packages that building, testing and running the planner need.
# Usage: scripts/install-dependencies.sh [--robustness]
# Does nothing when they are all present already.
set -euo pipefail
packages=(
    cmake ninja-build g++ pkg-config file poppler-utils dpkg-dev appstream desktop-file-utils
    qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libqt6test6 libqt6svg6 libgl-dev
    qt6-qpa-plugins fonts-dejavu-core xvfb xauth
)
# --robustness adds what scripts/check-robustness.sh needs: clang and its libFuzzer runtime.
[ "${1:-}" = "--robustness" ] && packages+=(clang libclang-rt-14-dev)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
