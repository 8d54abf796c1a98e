// Sums the unit and end-to-end JSON reports into the one closing line CI reads.
import fs from "node:fs";

const read = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : null);
let passed = 0;
let failed = 0;
const missing = [];

const unit = read("test-results/unit.json");
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
} else missing.push("unit");

const e2e = read("test-results/e2e.json");
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
} else missing.push("end-to-end");

if (missing.length) console.log(`no report from: ${missing.join(", ")} (that stage did not run)`);
console.log(`${passed} passed, ${failed} failed`);
