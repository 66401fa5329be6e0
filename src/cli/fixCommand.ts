/**
 * `news-archive fix PATH… [--dry-run] [--shard K/N] [--changed-since REV]`: applies every fix
 * in place and prints a summary; `--dry-run` prints a unified diff and writes nothing. A file
 * that changed on disk while it was being fixed is left alone.
 */
import * as fs from 'node:fs';
import { fixAll } from '../core/edits';
import { validateArticle } from '../core/rules/index';
import { parseArticle } from '../core/article';
import { parseArgs, UsageError } from './args';
import { selectFiles } from './articleFiles';
import { readArticle, reportConfigProblems } from './checkCommand';
import { ConfigFiles } from './configFile';
import { CliIo } from './io';
import { unifiedDiff } from './unifiedDiff';

export const fixUsage = 'news-archive fix PATH… [--dry-run] [--shard K/N] [--changed-since REV]';

export function runFix(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, { values: { shard: [], 'changed-since': [] }, flags: ['dry-run'] });
  if (args.positional.length === 0) throw new UsageError('fix needs at least one file or folder');
  const dryRun = args.options.get('dry-run') === true;
  const configs = new ConfigFiles(reportConfigProblems(io));
  let files = 0;
  let changedFiles = 0;
  let fixed = 0;
  let remainingErrors = 0;
  let failed = 0;
  const { files: selected, unreadable } = selectFiles(args, io);
  for (const file of selected) {
    const article = readArticle(file, io);
    if (!article) continue;
    files++;
    const config = configs.forFile(file).config;
    const result = fixAll(article.text, config);
    remainingErrors += validateArticle(parseArticle(result.text), config).filter((p) => p.severity === 'error').length;
    if (result.text === article.text) continue;
    changedFiles++;
    fixed += result.fixed;
    if (dryRun) {
      io.out(unifiedDiff(file, article.text, result.text));
      continue;
    }
    try {
      // Never overwrite what someone else changed since we read it.
      if (fs.readFileSync(file, 'utf8') !== article.text) {
        io.err(`${file}: changed on disk while fixing; left as it is. Run fix again.`);
        failed++;
        continue;
      }
      fs.writeFileSync(file, result.text, 'utf8');
    } catch (e) {
      io.err(`${file}: cannot write: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      failed++;
    }
  }
  const verb = dryRun ? 'would fix' : 'fixed';
  io.err(`${verb} ${fixed} problem${fixed === 1 ? '' : 's'} in ${changedFiles} of ${files} article${files === 1 ? '' : 's'}; ${remainingErrors} error${remainingErrors === 1 ? '' : 's'} left that need a person${failed ? `; ${failed} file${failed === 1 ? '' : 's'} not written` : ''}`);
  return failed || unreadable ? 2 : remainingErrors ? 1 : 0;
}
