/**
 * `merge --baseline FILE`: the merged SARIF log's `baselineState`, as SARIF 2.1.0 defines it
 * (§3.27.24) against the baseline of the whole archive: `unchanged` for a result the baseline
 * holds (same file, rule and fingerprint), `new` for one it does not, and one `absent` result for
 * each problem of the baseline that no result matches any more. The shards' own marks are
 * replaced: a shard cannot judge the archive-wide problems that merge finds across the shards.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Baseline } from './baseline';
import { artifactLocation, FINGERPRINT_KEY, SarifLog, SarifResult } from './sarif';

const SRCROOT = '%SRCROOT%';

/** The file a result is about, as a baseline names it (relative to `root`, with `/`). */
function storedNameOf(r: SarifResult, root: string): string | undefined {
  const location = r.locations[0]?.physicalLocation.artifactLocation;
  if (!location) return undefined;
  if (location.uriBaseId === SRCROOT) return location.uri.split('/').map(decodeURIComponent).join('/');
  if (!location.uri.startsWith('file:')) return undefined;
  return path.relative(root, fileURLToPath(location.uri)).split(path.sep).join('/');
}

export interface BaselineMarks {
  log: SarifLog;
  unchanged: number;
  absent: number;
  /** Results of level error that the baseline does not hold: what fails the merge. */
  newErrors: number;
}

/**
 * The log with every result marked against `baseline` and the baseline's problems that are gone
 * as `absent` results (after their file's results, files in path order). `absentMessage` words
 * such a result's message from its rule id; `root` is the folder the log's paths are relative to.
 */
export function markMerged(log: SarifLog, baseline: Baseline, root: string, absentMessage: (rule: string) => string): BaselineMarks {
  const run = log.runs[0];
  const seen = new Set<string>();
  let unchanged = 0;
  let newErrors = 0;
  const results = run.results.map((r) => {
    const file = storedNameOf(r, root);
    const fingerprint = r.partialFingerprints?.[FINGERPRINT_KEY];
    const state = file !== undefined && fingerprint !== undefined ? baseline.state(file, r.ruleId, fingerprint) : 'new';
    if (state === 'unchanged') {
      unchanged++;
      seen.add(`${file}\0${r.ruleId}\0${fingerprint}`);
    } else if (r.level === 'error') newErrors++;
    return { ...r, baselineState: state };
  });
  const ruleIndex = new Map(run.tool.driver.rules.map((rule, i) => [rule.id, i]));
  const gone = new Map<string, SarifResult[]>();
  for (const e of baseline.entries()) {
    if (seen.has(`${e.file}\0${e.rule}\0${e.fingerprint}`)) continue;
    const location = artifactLocation(e.file, root);
    // No region: the text at fault is gone. `kind: pass` (the rule now finds nothing there) with
    // level none, as §3.27.9 requires of a result that is not a failure.
    const result: SarifResult = {
      ruleId: e.rule,
      kind: 'pass',
      level: 'none',
      message: { text: absentMessage(e.rule) },
      locations: [{ physicalLocation: { artifactLocation: location } }],
      partialFingerprints: { [FINGERPRINT_KEY]: e.fingerprint },
      baselineState: 'absent',
    };
    const at = ruleIndex.get(e.rule);
    if (at !== undefined) result.ruleIndex = at;
    const list = gone.get(location.uri);
    if (list) list.push(result);
    else gone.set(location.uri, [result]);
  }
  let absent = 0;
  for (const list of gone.values()) absent += list.length;
  // Each file's absent results after its own; files the run no longer reports in path order among them.
  const uriOf = (r: SarifResult) => r.locations[0]?.physicalLocation.artifactLocation.uri ?? '';
  const byFile = new Map<string, SarifResult[]>();
  for (const r of results) {
    const list = byFile.get(uriOf(r));
    if (list) list.push(r);
    else byFile.set(uriOf(r), [r]);
  }
  for (const [uri, list] of gone) byFile.set(uri, [...(byFile.get(uri) ?? []), ...list]);
  const ordered = [...byFile.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).flatMap(([, list]) => list);
  return { log: { ...log, runs: [{ ...run, results: ordered }] }, unchanged, absent, newErrors };
}
