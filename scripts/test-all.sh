#!/usr/bin/env bash
# Every test the project has: lint, types, unit tests, the production build, and the
# end-to-end suite in Chromium against that build. `npm test` runs this.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci
bash scripts/ensure-browser.sh
rm -f test-results/unit.json test-results/e2e.json
npm run lint
npm run typecheck
npm run test:unit
npm run build
npm run test:e2e
