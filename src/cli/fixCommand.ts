/**
 * `news-archive fix PATH… [--dry-run] [--shard K/N] [--changed-since REV]`: applies every fix
 * in place and prints a summary; `--dry-run` prints a unified diff and writes nothing. A file
 * that changed on disk while it was being fixed is left alone.
 */
import * as fs from 'node:fs';
import { fixAll } from '../core/rules/fixAll';
import { validateArticle } from '../core/rules/index';
import { parseArticle } from '../core/article/article';
import { parseArgs, UsageError } from './args';
import { selectFiles } from './articleFiles';
import { readArticle, reportConfigProblems } from './checkCommand';
import { ConfigFiles } from './configFile';
import { CliIo } from './io';
import { unifiedDiff } from './unifiedDiff';
import { t } from './l10n';

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
        io.err(t('{0}: changed on disk while fixing; left as it is. Run fix again.', file));
        failed++;
        continue;
      }
      fs.writeFileSync(file, result.text, 'utf8');
    } catch (e) {
      io.err(t('{0}: cannot write: {1}', file, (e as NodeJS.ErrnoException).code ?? String(e)));
      failed++;
    }
  }
  const problems = fixed === 1 ? t('1 problem') : t('{0} problems', fixed);
  const articles = files === 1 ? t('1 article') : t('{0} articles', files);
  const errors = remainingErrors === 1 ? t('1 error') : t('{0} errors', remainingErrors);
  const summary = dryRun
    ? t('would fix {0} in {1} of {2}; {3} left that need a person', problems, changedFiles, articles, errors)
    : t('fixed {0} in {1} of {2}; {3} left that need a person', problems, changedFiles, articles, errors);
  const notWritten = failed ? `; ${failed === 1 ? t('1 file not written') : t('{0} files not written', failed)}` : '';
  io.err(summary + notWritten);
  return failed || unreadable ? 2 : remainingErrors ? 1 : 0;
}
