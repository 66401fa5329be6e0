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
import { ArchiveFile, ArchiveFindings, archiveFindings } from '../core/rules/archiveProblems';
import type { ConfigFiles } from './configFile';

export function archiveSettingsFor(configs: ConfigFiles, files: readonly string[], positional: readonly string[]): HygieneSettings {
  return hygieneSettings(configs.forFile(files[0] ?? path.join(positional[0], ARCHIVE_CONFIG_FILE)).config);
}

/** Collects the archive-wide rules' input, one article at a time. */
export class ArchiveWideInput {
  readonly files: ArchiveFile[] = [];
  readonly records: ArticleRecord[] = [];

  add(file: string, article: Article): void {
    const record = articleRecord(file, article);
    this.records.push(record);
    this.files.push({ path: file, record, sketch: duplicateSketch(record.title, article.body) });
  }

  findings(settings: HygieneSettings): ArchiveFindings {
    return archiveFindings(this.files, settings);
  }
}
