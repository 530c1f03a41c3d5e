#!/usr/bin/env bash
# Builds Vendorbench installers for the OS this runs on, from `mvn package` output.
#
#   packaging/build.sh                 # Linux: app-image + .deb; macOS: .dmg
#   packaging/build.sh app-image       # only the app-image (what CI builds and smoke-tests)
#   SKIP_MAVEN=1 packaging/build.sh    # reuse target/vendorbench.jar
#   NO_CDS=1 packaging/build.sh        # skip the class-data-sharing archive
#
# Output: target/installer/ (app-image in target/installer/vendorbench, installers beside it).
# Windows: use packaging/build.ps1 (same steps in PowerShell).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

case "$(uname -s)" in
  Linux) OS=linux; DEFAULT_TYPES="app-image deb" ;;
  Darwin) OS=mac; DEFAULT_TYPES="app-image dmg" ;;
  *) echo "build.sh: unsupported OS $(uname -s); on Windows run packaging/build.ps1" >&2; exit 1 ;;
esac
TYPES=${*:-$DEFAULT_TYPES}

JAR=target/vendorbench.jar
if [ -z "${SKIP_MAVEN:-}" ] || [ ! -f "$JAR" ]; then
  mvn -B -q -DskipTests package
fi
# Installer versions must be numeric (x.y.z): take the POM's project version.
VERSION=$(sed -n '0,/<version>/s:.*<version>\([0-9.]*\).*</version>.*:\1:p' pom.xml | head -1)

OUT=target/installer
rm -rf "$OUT"
mkdir -p "$OUT/input"
cp "$JAR" "$OUT/input/"

# The JDK modules the app needs, as jdeps reports them for the shaded jar, plus the few that
# libraries only reach by reflection or service loading (jdeps cannot see those):
#   jdk.unsupported  sun.misc.Unsafe (JavaFX, POI's dependencies)
#   jdk.charsets     legacy code pages of .xls workbooks
#   jdk.crypto.ec    elliptic-curve providers for encrypted workbooks' key derivation
#   jdk.management   heap and allocation figures of the bench command
#   jdk.localedata   month names for dates like "March 3, 2026" beyond the root locale
#   jdk.zipfs        zip file system used by some libraries to read their own resources
DEPS=$(jdeps --ignore-missing-deps --print-module-deps --multi-release 17 "$OUT/input/vendorbench.jar" 2>/dev/null)
MODULES="$DEPS,jdk.unsupported,jdk.charsets,jdk.crypto.ec,jdk.management,jdk.localedata,jdk.zipfs"
echo "jlink modules: $MODULES"
jlink --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages --compress=2 \
      --output "$OUT/runtime"
if [ -z "${NO_CDS:-}" ]; then
  # Class data sharing for the JDK's own classes: jlink images ship without the default CDS
  # archive, so dump it (lib/server/classes.jsa). It is independent of the install path.
  # (A dynamic AppCDS archive of the application's classes was tried and dropped: JDK 17 checks
  # the class path literally, so it stops matching once the app is installed elsewhere.)
  "$OUT/runtime/bin/java" -Xshare:dump >/dev/null
fi

jpackage --type app-image --app-version "$VERSION" --input "$OUT/input" --runtime-image "$OUT/runtime" \
         --dest "$OUT" @packaging/jpackage/common.args @packaging/jpackage/$OS.args
if [ "$OS" = mac ]; then APP="$OUT/vendorbench.app/Contents"; LAUNCHER="$APP/MacOS/vendorbench"; APPDIR="$APP/app"
else APP="$OUT/vendorbench"; LAUNCHER="$APP/bin/vendorbench"; APPDIR="$APP/lib/app"; fi

for t in $TYPES; do
  [ "$t" = app-image ] && continue
  jpackage --type "$t" --app-version "$VERSION" --app-image "$([ "$OS" = mac ] && echo "$OUT/vendorbench.app" || echo "$APP")" \
           --dest "$OUT" --name vendorbench @packaging/jpackage/$OS-installer.args
done
echo "app-image: $APP"
ls -la "$OUT" | grep -vE ' (input|runtime)$' || true
