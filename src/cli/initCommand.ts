/**
 * `news-archive init [PATH…] [--print]`: a `.newsarchive.json` for the archive under PATH
 * (default: the working folder), from what its articles hold (../core/init/inferConfig.ts),
 * written into the first PATH's folder through the atomic writer. An existing file is never
 * replaced (exit 2); `--print` writes nothing and prints it. The cleaner profile found is said
 * on stderr: the cleaner recognises it per article, the file needs no setting for it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ARCHIVE_CONFIG_FILE } from '../core/config/archiveConfig';
import { replaceFile } from '../core/files/replaceFile';
import { inferredConfig, newSurvey, surveyArticle } from '../core/init/inferConfig';
import { ruleCatalog } from '../core/report/ruleCatalog';
import { parseArgs } from './args';
import { readArticleFile } from './articleFile';
import { walkPaths } from './articleFiles';
import { withSignalsDeferred } from './interrupts';
import { CliIo } from './io';
import { count, t } from './l10n';

export const initUsage = 'news-archive init [PATH…] [--print]';

export async function runInit(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { flags: ['print'] });
  const roots = args.positional.length ? args.positional : ['.'];
  const { files, skipped } = walkPaths(roots, io);
  const survey = newSurvey();
  for (const file of files) {
    const read = readArticleFile(file, io);
    if (read.kind === 'article') surveyArticle(survey, read.article);
  }
  const text = JSON.stringify(inferredConfig(survey, ruleCatalog()), null, 2) + '\n';
  const profiles = [...survey.profiles].sort((a, b) => b[1] - a[1]).map(([p, n]) => `${p} ${n}`).join(', ');
  io.err(t('{0} read; cleaner profiles found: {1}', count('article', survey.articles), profiles || '—'));
  if (args.options.has('print')) {
    io.out(text);
    return skipped.length ? 2 : 0;
  }
  const folder = fs.existsSync(roots[0]) && fs.statSync(roots[0]).isDirectory() ? roots[0] : path.dirname(roots[0]);
  const target = path.join(folder, ARCHIVE_CONFIG_FILE);
  if (fs.existsSync(target)) {
    io.err(t('{0} exists and is left as it is; --print shows what init would write', target));
    return 2;
  }
  const outcome = await withSignalsDeferred((signal) => replaceFile(target, Buffer.from(text, 'utf8'), { signal }));
  if (outcome.kind !== 'written') {
    io.err(t('{0}: not written ({1})', target, outcome.kind === 'failed' ? outcome.code : outcome.kind));
    return 2;
  }
  io.err(t('{0} written', target));
  return skipped.length ? 2 : 0;
}
