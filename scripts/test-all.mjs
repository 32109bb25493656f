// `npm test`: lint, typecheck, unit tests, build, browser tests, in that order, then one summary
// line `N passed, M failed` over unit + browser tests (CI reads it). Exits non-zero if any step failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const REPORTS = 'test-results';
/** @param {string} name */
const bin = (name) => join('node_modules', '.bin', name);

/**
 * Runs one command with inherited stdio; returns true when it exited 0.
 * @param {string} title
 * @param {string} command
 * @param {string[]} args
 */
function run(title, command, args) {
  console.log(`\n=== ${title}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.error) console.error(`${title}: could not start (${result.error.message})`);
  return result.status === 0;
}

/**
 * @typedef {{ ok: boolean, passed: number, failed: number, skipped: number }} Counts
 */

/**
 * Vitest with its JSON report written next to the usual console output.
 * @param {string} title
 * @param {string} config
 * @param {string} report
 * @returns {Counts}
 */
function vitest(title, config, report) {
  rmSync(report, { force: true });
  const ok = run(title, bin('vitest'), [
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed = json.numPassedTests ?? 0;
    failed = json.numFailedTests ?? 0;
    skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
    // A test file that failed to load ran no test; count it as one failure so it is not lost.
    for (const file of json.testResults ?? []) {
      if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) failed += 1;
    }
  }
  // A run that failed outside any test (a setup error, a file that does not load) counts as one failure.
  if (!ok && failed === 0) failed = 1;
  return { ok, passed, failed, skipped };
}

mkdirSync(REPORTS, { recursive: true });
/** @type {string[]} */
const failedSteps = [];
const totals = { passed: 0, failed: 0, skipped: 0 };
/** @param {Counts} r */
const add = (r) => {
  totals.passed += r.passed;
  totals.failed += r.failed;
  totals.skipped += r.skipped;
};
/**
 * @param {string} name
 * @param {boolean} ok
 */
const step = (name, ok) => {
  if (!ok) failedSteps.push(name);
  return ok;
};

step('lint', run('lint', 'npm', ['run', '--silent', 'lint']));
step('typecheck', run('typecheck', 'npm', ['run', '--silent', 'typecheck']));
const unit = vitest('unit tests', 'vitest.config.ts', join(REPORTS, 'unit.json'));
add(unit);
step('unit tests', unit.ok);
const built = step('build', run('build', bin('vite'), ['build']));
const browser = step('chromium', run('chromium', 'bash', ['scripts/ensure-chromium.sh']));
if (built && browser) {
  const e2e = vitest('browser tests', 'vitest.e2e.config.ts', join(REPORTS, 'e2e.json'));
  add(e2e);
  step('browser tests', e2e.ok);
} else {
  console.log('\n=== browser tests: not run (needs a successful build and a Chromium)');
  failedSteps.push('browser tests');
  totals.failed += 1;
}

console.log(
  failedSteps.length ? `\nFailed steps: ${failedSteps.join(', ')}` : '\nAll steps succeeded.',
);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(failedSteps.length ? 1 : 0);
