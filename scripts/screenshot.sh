#!/usr/bin/env bash
# Renders the main window under a virtual X display and saves it as docs/screenshots/main-window.png
# (or the path given as $1). The app snapshots its own scene (-Dvendorbench.screenshot) once start-up
# work is done, then quits. A throw-away home folder gives the first-start state with the demo workspace
# in ~/.local/share/vendorbench.
# Needs: JDK 17, Maven, xvfb (apt-get install -y xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-docs/screenshots/main-window.png}"
mkdir -p "$(dirname "$out")"
out="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"

command -v xvfb-run >/dev/null || { echo "screenshot.sh: xvfb-run not found; apt-get install -y xvfb" >&2; exit 1; }

mvn -B -q -o compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -DincludeScope=runtime

home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
rm -f "$out"

timeout 120 xvfb-run -a -s "-screen 0 1400x900x24" \
  env -u XDG_DATA_HOME java -Dprism.order=sw -Duser.home="$home" -Dvendorbench.screenshot="$out" -Dvendorbench.screenshot.area="${VENDORBENCH_SCREENSHOT_AREA:-}" \
       -cp "target/classes:$(cat target/classpath.txt)" org.vendorbench.app.Launcher

[ -s "$out" ] || { echo "screenshot.sh: no screenshot was written to $out" >&2; exit 1; }
echo "$out"
