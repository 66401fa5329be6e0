/**
 * `news-archive fix PATH… [--dry-run] [--shard K/N] [--changed-since REV]`: applies every fix
 * in place and prints a summary; `--dry-run` prints a unified diff and writes nothing. Each file
 * is replaced atomically, and only if it still holds what was read (./writeArticle.ts).
 */
import { fixAll } from '../core/rules/fixAll';
import { validateArticle } from '../core/rules/index';
import { Article, parseArticle } from '../core/article/article';
import { parseArgs, UsageError } from './args';
import { notUtf8Line, readArticleFile } from './articleFile';
import { selectFiles } from './articleFiles';
import { configFilesFor } from './configFile';
import { CliIo } from './io';
import { unifiedDiff } from './unifiedDiff';
import { count, t } from './l10n';
import { stoppedLine, writeArticle } from './writeArticle';
import { caughtSignal } from './interrupts';

/**
 * Files being written while the next is fixed: each write waits mostly for its flush to disk,
 * so a few at once keep a run over thousands of posts from waiting on one flush at a time.
 */
const WRITES_IN_FLIGHT = 4;

export const fixUsage = 'news-archive fix PATH… [--dry-run] [--shard K/N] [--changed-since REV]';

export async function runFix(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { values: { shard: [], 'changed-since': [] }, flags: ['dry-run'] });
  if (args.positional.length === 0) throw new UsageError(t('{0} needs at least one file or folder', 'fix'));
  const dryRun = args.options.get('dry-run') === true;
  const configs = configFilesFor(io);
  const refused = new Set<string>();
  let files = 0;
  let changedFiles = 0;
  let fixed = 0;
  let remainingErrors = 0;
  let failed = 0;
  const { files: selected, unreadable: unwalked } = selectFiles(args, io);
  let unreadable = unwalked;
  const writing = new Set<Promise<void>>();
  for (const file of selected) {
    // A signal caught by a write in flight stops the run here: no new file is touched.
    if (caughtSignal()) break;
    const read = readArticleFile(file, io);
    if (read.kind === 'unreadable') unreadable++;
    if (read.kind !== 'article') continue;
    const { article, snapshot } = read;
    files++;
    const loaded = configs.forFile(file);
    const notUtf8 = notUtf8Line(file, article, 'fix');
    if (notUtf8) {
      io.err(notUtf8);
      failed++;
      remainingErrors += validateArticle(article, loaded.config).filter((p) => p.severity === 'error').length;
      continue;
    }
    const config = loaded.config;
    const result = fixAll(article.text, config);
    const errorsOf = (a: Article) => validateArticle(a, config).filter((p) => p.severity === 'error').length;
    let kept = result.text;
    const badConfig = loaded.problems.some((p) => p.severity === 'error');
    if (result.text !== article.text && !dryRun && badConfig) {
      // A misspelt rule meant to be off would otherwise rewrite every post it should leave.
      if (loaded.file && !refused.has(loaded.file)) {
        refused.add(loaded.file);
        io.err(t('{0} has errors (above): fix writes no file it configures until it is corrected.', loaded.file));
      }
      failed++;
      kept = article.text;
    } else if (result.text !== article.text && dryRun) {
      changedFiles++;
      fixed += result.fixed;
      io.out(unifiedDiff(file, article.text, result.text));
    } else if (result.text !== article.text) {
      const write = writeArticle(snapshot, result.text, t('{0}: changed on disk while fixing; left as it is. Run fix again.', file), io).then((w) => {
        if (w.written) {
          changedFiles++;
          fixed += result.fixed;
          remainingErrors += errorsOf(parseArticle(result.text));
        } else {
          failed++;
          remainingErrors += errorsOf(article);
        }
      });
      const tracked: Promise<void> = write.finally(() => writing.delete(tracked));
      writing.add(tracked);
      if (writing.size >= WRITES_IN_FLIGHT) await Promise.race(writing);
      continue;
    }
    remainingErrors += errorsOf(kept === article.text ? article : parseArticle(kept));
  }
  await Promise.all(writing);
  if (caughtSignal()) {
    io.err(stoppedLine('fix', changedFiles));
    return 2;
  }
  const problems = count('problem', fixed);
  const articles = count('article', files);
  const errors = count('error', remainingErrors);
  const summary = dryRun
    ? t('would fix {0} in {1} of {2}; {3} left that need a person', problems, changedFiles, articles, errors)
    : t('fixed {0} in {1} of {2}; {3} left that need a person', problems, changedFiles, articles, errors);
  const notWritten = failed ? `; ${count('fileNotWritten', failed)}` : '';
  io.err(summary + notWritten);
  return failed || unreadable || configs.filesWithErrors ? 2 : remainingErrors ? 1 : 0;
}
