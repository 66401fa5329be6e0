/**
 * `news-archive clean FILE [--format html|json] [--write]`: prints the cleaned body (html), or
 * `{"html","removed":[{"rule","count","bytes"}],"meta":{…}}` (json). `--write` replaces the body
 * in the file as the editor's Clean Article command does: front matter byte for byte, 来源/撰文
 * paragraphs kept (the index reads 来源 from the body); what was removed goes to stderr. The file
 * is replaced atomically, and only if it still holds what was read (./writeArticle.ts).
 */
import * as fs from 'node:fs';
import { cleanArticleText, cleanBody, feedNames, removalSummary, removalSummaryText } from '../core/clean';
import { parseArgs, stringOption, UsageError } from './args';
import { notUtf8Line, readArticleFile } from './articleFile';
import { configFilesFor } from './configFile';
import { CliIo } from './io';
import { currentLocale, t } from './l10n';
import { stoppedLine, writeArticle } from './writeArticle';

export const cleanUsage = 'news-archive clean FILE [--format html|json] [--write]';

export async function runClean(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { values: { format: ['html', 'json'] }, flags: ['write'] });
  if (args.positional.length !== 1) throw new UsageError(t('clean takes exactly one file'));
  const [file] = args.positional;
  if (fs.statSync(file, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UsageError(t('clean takes one file, and "{0}" is a folder (check and fix take folders)', file));
  }
  const format = stringOption(args, 'format') ?? 'html';
  const read = readArticleFile(file, io);
  if (read.kind === 'other') io.err(t('{0}: not an article (no front matter with a title); nothing to clean', file));
  if (read.kind !== 'article') return 2;
  const { article, snapshot } = read;
  const configs = configFilesFor(io);
  const selectors = configs.forFile(file).config.clean;

  if (args.options.get('write') === true) {
    const notUtf8 = notUtf8Line(file, article, 'clean');
    if (notUtf8) {
      io.err(notUtf8);
      return 2;
    }
    if (configs.filesWithErrors > 0) {
      io.err(t('{0}: not written: the configuration has errors (above), and cleaning by a configuration other than the one meant could remove what should stay. Correct it first.', file));
      return 2;
    }
    const { edit, result } = cleanArticleText(article, selectors);
    if (edit) {
      const text = article.text.slice(0, edit.start) + edit.newText + article.text.slice(edit.end);
      const write = await writeArticle(snapshot, text, t('{0}: changed on disk while cleaning; left as it is. Run clean again.', file), io);
      if (write.stop) io.err(stoppedLine('clean', write.written ? 1 : 0));
      if (!write.written || write.stop) return 2;
    }
    io.err(`${file}: ${edit ? removalSummaryText(removalSummary(result.removed), currentLocale()) : t('already clean')}`);
    return 0;
  }

  const result = cleanBody(article.body, { eol: article.eol, selectors, feed: feedNames(article) });
  for (const f of result.failures) io.err(t('{0}: rule {1} failed ({2}); the other rules ran', file, f.rule, f.message));
  if (format === 'json') {
    const removed = result.removed.map(({ rule, count, bytes }) => ({ rule, count, bytes }));
    io.out(JSON.stringify({ html: result.html, profile: result.profile, removed, meta: result.meta }, null, 2));
  } else {
    io.out(result.html);
  }
  return configs.filesWithErrors > 0 ? 2 : 0;
}
