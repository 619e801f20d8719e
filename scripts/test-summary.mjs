// Prints vitest's totals as one plain closing line ("tests: N passed, N failed, N skipped"),
// the form CI reads in any language. vitest's own summary is coloured and spread over lines.
import {existsSync, readFileSync} from 'node:fs';

const file = new URL('../.tmp/vitest.json', import.meta.url);
// No report: the type check or the build failed before any test ran; npm test's exit code says so.
if (!existsSync(file)) process.exit(0);
const report = JSON.parse(readFileSync(file, 'utf8'));
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
