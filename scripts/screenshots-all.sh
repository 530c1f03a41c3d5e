#!/usr/bin/env bash
# One README screenshot per area of the workbench, taken under a virtual X display from the demo
# workspace (a throw-away home folder, so each start is a first start with the demo built from
# sample-rfps). Writes docs/screenshots/area-<name>.png.
# Needs: JDK 17, Maven, xvfb (apt-get install -y xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
for area in RFP VENDORS SCORING TCO CHECKLIST MEMO AUDIT PERFORMANCE; do
  name="$(echo "$area" | tr 'A-Z' 'a-z')"
  VENDORBENCH_SCREENSHOT_AREA="$area" bash scripts/screenshot.sh "docs/screenshots/area-$name.png"
done
