#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package, unpacks it into a scratch root and checks what a user would get:
# the installed binary runs --summary on an installed example, the desktop file and AppStream
# metadata validate, the icons, MIME type and examples are where the desktop looks for them.
set -euo pipefail
build=${1:?build folder}
app_id=io.github.llmbreakeven.planner
cd "$build"
cpack -G DEB >cpack.log 2>&1 || { cat cpack.log; exit 1; }
deb=$(ls -t llm-breakeven_*.deb | head -n 1)
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root"

summary=$("$root/usr/bin/llm-breakeven" --summary "$root/usr/share/llm-breakeven/examples/steady-traffic.llmbe.json")
grep -q '"cheapest": "selfhost"' <<<"$summary" || { echo "unexpected summary: $summary"; exit 1; }
"$root/usr/bin/llm-breakeven" --version | grep -q '^llm-breakeven '

desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/$app_id.metainfo.xml"
for size in 48 64 128 256; do
    test -s "$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
test -s "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
grep -q 'application/x-llm-breakeven+json' "$root/usr/share/mime/packages/$app_id.xml"
test -s "$root/usr/share/doc/llm-breakeven/copyright"

depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libqt6svg6; do
    grep -q "$lib" <<<"$depends" || { echo "Depends lacks $lib: $depends"; exit 1; }
done
if grep -q libqt6test6 <<<"$depends"; then echo "the app must not depend on Qt Test: $depends"; exit 1; fi
echo "package OK: $deb"
dpkg-deb -c "$deb" | awk '{print $6}'
