#!/usr/bin/env bash
# Smoke test of the packaged app-image (run by CI after packaging/build.sh app-image):
# the launcher answers --version and reads a sample response workbook with `inspect`,
# with no display.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
APP="$ROOT/target/installer/vendorbench/bin/vendorbench"
[ -x "$APP" ] || { echo "smoke-test: no app-image at $APP (run packaging/build.sh app-image)" >&2; exit 1; }
start=$(date +%s%N)
"$APP" --version
echo "--version took $(( ($(date +%s%N) - start) / 1000000 )) ms"
first_vendor=$(ls "$ROOT"/sample-rfps/vendor-*.xlsx | head -1)
"$APP" inspect --rfp "$ROOT/sample-rfps/mcc-rfp.xlsx" "$first_vendor" --json > "$ROOT/target/installer/smoke-inspect.json"
grep -q '"answers"' "$ROOT/target/installer/smoke-inspect.json"
echo "inspect on $(basename "$first_vendor"): ok ($(wc -c < "$ROOT/target/installer/smoke-inspect.json") bytes of JSON)"
