/**
 * `news-archive clean FILE [--format html|json] [--write]`: prints the cleaned body (html), or
 * `{"html","removed":[{"rule","count","bytes"}],"meta":{…}}` (json). `--write` replaces the body
 * in the file as the editor's Clean Article command does: front matter byte for byte, 来源/撰文
 * paragraphs kept (the index reads 来源 from the body); what was removed goes to stderr.
 */
import * as fs from 'node:fs';
import { cleanArticleText, cleanBody, removalSummary, removalSummaryText } from '../core/clean';
import { parseArgs, stringOption, UsageError } from './args';
import { readArticle, reportConfigProblems } from './checkCommand';
import { ConfigFiles } from './configFile';
import { CliIo } from './io';
import { currentLocale, t } from './l10n';

export const cleanUsage = 'news-archive clean FILE [--format html|json] [--write]';

export function runClean(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, { values: { format: ['html', 'json'] }, flags: ['write'] });
  if (args.positional.length !== 1) throw new UsageError('clean takes exactly one file');
  const [file] = args.positional;
  const format = stringOption(args, 'format') ?? 'html';
  const article = readArticle(file, io);
  if (!article) {
    if (fs.existsSync(file)) io.err(t('{0}: not an article (no front matter with a title); nothing to clean', file));
    return 2;
  }
  const selectors = new ConfigFiles(reportConfigProblems(io)).forFile(file).config.clean;

  if (args.options.get('write') === true) {
    const { edit, result } = cleanArticleText(article, selectors);
    if (edit) {
      if (fs.readFileSync(file, 'utf8') !== article.text) {
        io.err(t('{0}: changed on disk while cleaning; left as it is. Run clean again.', file));
        return 2;
      }
      try {
        fs.writeFileSync(file, article.text.slice(0, edit.start) + edit.newText + article.text.slice(edit.end), 'utf8');
      } catch (e) {
        io.err(`${file}: cannot write: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
        return 2;
      }
    }
    io.err(`${file}: ${edit ? removalSummaryText(removalSummary(result.removed), currentLocale()) : t('already clean')}`);
    return 0;
  }

  const result = cleanBody(article.body, { eol: article.eol, selectors });
  for (const f of result.failures) io.err(`${file}: rule ${f.rule} failed (${f.message}); the other rules ran`);
  if (format === 'json') {
    const removed = result.removed.map(({ rule, count, bytes }) => ({ rule, count, bytes }));
    io.out(JSON.stringify({ html: result.html, removed, meta: result.meta }, null, 2));
  } else {
    io.out(result.html);
  }
  return 0;
}
