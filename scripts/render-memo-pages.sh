#!/usr/bin/env bash
# Builds the jar classes, writes the decision memo for the sample RFP into target/memo/ and renders
# pages 1-2 to PNG (needs poppler-utils) for docs/screenshots.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o compile dependency:build-classpath -Dmdep.outputFile=target/memo-cp.txt
mkdir -p target/memo docs/screenshots
java -cp "target/classes:$(cat target/memo-cp.txt)" org.vendorbench.app.Launcher memo \
  --rfp sample-rfps/mcc-rfp.xlsx sample-rfps/vendor-*.xlsx --runs 500 --out target/memo/memo.pdf
pdftoppm -png -r 80 -f 1 -l 2 target/memo/memo.pdf target/memo/page
cp target/memo/page-01.png docs/screenshots/memo-page-1.png
cp target/memo/page-02.png docs/screenshots/memo-page-2.png
pdfinfo target/memo/memo.pdf | grep -E 'Pages|File size'
