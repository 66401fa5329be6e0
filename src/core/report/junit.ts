/**
 * JUnit XML, as CI servers (GitLab, Jenkins, Azure Pipelines) show test results: one test suite
 * per file, one test case per problem, named `rule line:col`. A problem that fails the baseline
 * gate (./baseline.ts `failsGate`, the one `check` counts for its exit code) is a `<failure>`;
 * every other problem is a passing test case whose `<system-out>` says it, so the report fails
 * exactly when `check` exits 1. A file without problems is one passing case. Characters XML 1.0
 * cannot hold (control characters, lone surrogates) become U+FFFD.
 */
import { failsGate } from './baseline';
import type { ReportFile } from './reportTypes';

// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlEscape(text: string): string {
  return text.replace(NOT_XML, '\ufffd').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * @param baselineNote the words after a problem the baseline knew.
 * @param withBaseline whether the run was marked against a baseline (then an error it left unmarked does not fail).
 */
export function junitReport(files: readonly ReportFile[], baselineNote: string, withBaseline: boolean): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const file of files) {
    const name = xmlEscape(file.path);
    const cases: string[] = [];
    let fileFailures = 0;
    for (const d of file.diagnostics) {
      const where = `${d.range.start.line + 1}:${d.range.start.character + 1}`;
      const text = `${file.path}:${where} ${d.severity} ${d.rule} ${d.message}${d.baselineState === 'unchanged' ? ` (${baselineNote})` : ''}`;
      const head = `    <testcase classname="${name}" name="${xmlEscape(`${d.rule} ${where}`)}">`;
      if (failsGate(d, withBaseline)) {
        fileFailures++;
        cases.push(`${head}\n      <failure type="${d.rule}" message="${xmlEscape(d.message)}">${xmlEscape(text)}</failure>\n    </testcase>`);
      } else {
        cases.push(`${head}\n      <system-out>${xmlEscape(text)}</system-out>\n    </testcase>`);
      }
    }
    if (cases.length === 0) cases.push(`    <testcase classname="${name}" name="news-archive check"/>`);
    tests += cases.length;
    failures += fileFailures;
    suites.push(`  <testsuite name="${name}" tests="${cases.length}" failures="${fileFailures}" errors="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="news-archive check" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
}
