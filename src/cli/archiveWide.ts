/**
 * The archive-wide rules on the command line: what each article read gives them (its record and
 * duplicate sketch, core/rules/archiveProblems.ts), and their settings, which come from the
 * configuration of the first PATH (they are about the whole archive, not one folder).
 */
import * as path from 'node:path';
import type { Article } from '../core/article/article';
import { ARCHIVE_CONFIG_FILE } from '../core/config/archiveConfig';
import { duplicateSketch } from '../core/hygiene/duplicateSketch';
import { HygieneSettings, hygieneSettings } from '../core/hygiene/hygieneConfig';
import { ArticleRecord, articleRecord } from '../core/index/articleRecord';
import type { PlacedAnchor, PositionedProblem } from '../core/report/reportTypes';
import type { ArchiveFacts } from '../core/rules/archiveAnchors';
import { archiveProblemCounts, CountedFile, vocabularyValues } from '../core/rules/archiveCounts';
import { ArchiveFindings, archiveFindings, archiveProblemsAt, flaggedPaths } from '../core/rules/archiveProblems';
import type { ProblemCounts } from '../core/problemCounts';
import { positionedAt } from './checkReport';
import type { ConfigFiles } from './configFile';

/**
 * The folder (absolute) whose configuration gives the archive-wide settings: the first file's,
 * or the first PATH's when the run has no file. A cache's run summary keys it too (./cachedCheck.ts):
 * with no file, it is the one configuration the run reads.
 */
export function archiveSettingsFolder(files: readonly string[], positional: readonly string[]): string {
  return path.dirname(path.resolve(files[0] ?? path.join(positional[0], ARCHIVE_CONFIG_FILE)));
}

export function archiveSettingsFor(configs: ConfigFiles, files: readonly string[], positional: readonly string[]): HygieneSettings {
  return hygieneSettings(configs.forFolder(archiveSettingsFolder(files, positional)).config);
}

/** The archive-wide rules' settings when one of them is on for the run, else undefined. */
export function archiveWideSettings(configs: ConfigFiles, files: readonly string[], positional: readonly string[]): HygieneSettings | undefined {
  const settings = archiveSettingsFor(configs, files, positional);
  return settings.duplicates.severity !== 'off' || settings.vocabulary.severity !== 'off' ? settings : undefined;
}

/** Collects the archive-wide rules' input, one article at a time, with the values their problems are counted at. */
export class ArchiveWideInput {
  readonly files: CountedFile[] = [];
  readonly records: ArticleRecord[] = [];

  add(file: string, article: Article): void {
    const record = articleRecord(file, article);
    this.records.push(record);
    const values = vocabularyValues(article, record);
    this.files.push({ path: file, record, sketch: duplicateSketch(record.title, article.body), ...(values ? { values } : {}) });
  }

  findings(settings: HygieneSettings): ArchiveFindings {
    return archiveFindings(this.files, settings);
  }

  /** The archive-wide problems of each flagged file, counted as the editor's index counts them (core/rules/archiveCounts.ts). */
  problemCounts(findings: ArchiveFindings): Map<string, ProblemCounts> {
    return archiveProblemCounts(findings, this.files);
  }
}

/**
 * The archive-wide problems of the files whose facts are given (a run's, or every shard's), by
 * path: the reduce step, from facts alone, so no file is read for it.
 */
export function archiveWideProblems(files: readonly { path: string; facts: ArchiveFacts<PlacedAnchor> }[], settings: HygieneSettings): Map<string, PositionedProblem[]> {
  // In path order, whatever order the files came in (a walk, or shard after shard): which copy a
  // message names as the nearest depends on it, and one run and a merge of shards must agree.
  const input = files.map((f) => ({ path: f.path, record: f.facts.record, sketch: f.facts.sketch })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const findings = archiveFindings(input, settings);
  const flagged = flaggedPaths(findings, input);
  const found = new Map<string, PositionedProblem[]>();
  for (const f of files) {
    if (!flagged.has(f.path)) continue;
    const problems = archiveProblemsAt(f.facts.anchors, f.path, findings).map(positionedAt);
    if (problems.length) found.set(f.path, problems);
  }
  return found;
}
