#!/usr/bin/env bash
# Saves one PNG per built area (vendors, audit) of the first-start demo workspace into docs/screenshots/.
# Needs xvfb-run and a compiled tree (mvn -o compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
for area in vendors audit; do
  home=$(mktemp -d)
  out="docs/screenshots/$area.png"
  rm -f "$out"
  timeout 120 xvfb-run -a -s "-screen 0 1400x900x24" \
    env -u XDG_DATA_HOME java -Dprism.order=sw -Duser.home="$home" -Dvendorbench.home="$home/vb" \
         -Dvendorbench.screenshot="$out" -Dvendorbench.screenshot.area="$area" \
         -cp "target/classes:$(cat target/classpath.txt)" org.vendorbench.app.Launcher
  rm -rf "$home"
  [ -s "$out" ] || { echo "screenshots.sh: no screenshot was written to $out" >&2; exit 1; }
  echo "$out"
done
