# Builds the Vendorbench Windows installer (.msi) and app-image from `mvn package` output.
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1            # app-image + msi
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1 app-image  # app-image only
# Needs: JDK 17+ (jdeps, jlink, jpackage on PATH), Maven, and the WiX Toolset 3.x for .msi.
# Not run in CI (CI is Linux); kept in step with packaging/build.sh.
param([string[]]$Types = @("app-image", "msi"))
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

if (-not $env:SKIP_MAVEN -or -not (Test-Path "target\vendorbench.jar")) { mvn -B -q -DskipTests package }
$Version = ([xml](Get-Content pom.xml)).project.version -replace '[^0-9.]', ''

$Out = "target\installer"
if (Test-Path $Out) { Remove-Item -Recurse -Force $Out }
New-Item -ItemType Directory -Force "$Out\input" | Out-Null
Copy-Item "target\vendorbench.jar" "$Out\input\"

# Same module list as build.sh: what jdeps reports plus the reflective/service-loaded ones.
$Deps = (& jdeps --ignore-missing-deps --print-module-deps --multi-release 17 "$Out\input\vendorbench.jar").Trim()
$Modules = "$Deps,jdk.unsupported,jdk.charsets,jdk.crypto.ec,jdk.management,jdk.localedata,jdk.zipfs"
Write-Host "jlink modules: $Modules"
& jlink --add-modules $Modules --strip-debug --no-header-files --no-man-pages --compress=2 --output "$Out\runtime"
if (-not $env:NO_CDS) { & "$Out\runtime\bin\java.exe" -Xshare:dump | Out-Null }

& jpackage --type app-image --app-version $Version --input "$Out\input" --runtime-image "$Out\runtime" `
    --dest $Out "@packaging/jpackage/common.args" "@packaging/jpackage/windows.args"
foreach ($t in $Types) {
    if ($t -eq "app-image") { continue }
    & jpackage --type $t --app-version $Version --app-image "$Out\vendorbench" --dest $Out --name vendorbench `
        "@packaging/jpackage/windows-installer.args"
}
Get-ChildItem $Out
