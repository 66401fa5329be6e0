/**
 * `news-archive index PATH… [--format json|text] [--cache DIR] [--shard K/N] [--sketches]`: one
 * record per article, read by the archive index's fast record path (the same code as the
 * editor's Articles view). With `--cache DIR` the index is kept in DIR/archive-index.json, keyed
 * by path + mtime + size, so a second run reads only the files that changed. `--sketches` prints
 * instead what the archive-wide rules know of each article (core/report/shardSketches.ts), as
 * JSON, for `merge` to find duplicates and variants across the shards of a job matrix.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ArchiveIndex } from '../core/index/archiveIndex';
import { ArticleRecord, entryRecord } from '../core/index/articleRecord';
import { encodeIndexCache, IndexCache } from '../core/index/indexCache';
import { indexFile } from '../core/index/indexFile';
import { encodeArchiveFacts } from '../core/report/archiveFactsCodec';
import { SKETCHES_FORMAT, SKETCHES_VERSION, SketchesFile } from '../core/report/shardSketches';
import { archiveFacts } from '../core/rules/archiveAnchors';
import { ParsedArgs, parseArgs, stringOption, UsageError } from './args';
import { archiveSettingsFor } from './archiveWide';
import { readArticleFile } from './articleFile';
import { selectFiles } from './articleFiles';
import { placedFacts } from './checkReport';
import { configFilesFor } from './configFile';
import { CliIo } from './io';
import { count, t } from './l10n';
import { clipToWidth, padEnd, textWidth } from './textWidth';
import { replaceFile } from '../core/files/replaceFile';
import { withSignalsDeferred } from './interrupts';

export const indexUsage = 'news-archive index PATH… [--format json|text] [--cache DIR] [--shard K/N] [--sketches]';

const CACHE_FILE = 'archive-index.json';
/** The CLI's index keeps no problem counts: its cache never claims any. */
const CLI_RULES = 'cli-index';

function loadCache(dir: string | undefined, index: ArchiveIndex, io: CliIo): IndexCache | undefined {
  if (!dir) return undefined;
  let text: string;
  try {
    text = fs.readFileSync(path.join(dir, CACHE_FILE), 'utf8');
  } catch {
    return undefined;
  }
  const cache = IndexCache.decode(text, index, CLI_RULES);
  if (!cache) io.err(t('{0}: not a cache this version can read; reading every file', path.join(dir, CACHE_FILE)));
  return cache;
}

export async function runIndex(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { values: { format: ['json', 'text'], cache: [], shard: [] }, flags: ['sketches'] });
  if (args.positional.length === 0) throw new UsageError(t('{0} needs at least one file or folder', 'index'));
  if (args.options.get('sketches') === true) {
    if (stringOption(args, 'format') === 'text' || stringOption(args, 'cache') !== undefined) throw new UsageError(t('--sketches prints JSON and keeps no cache: leave out --format text and --cache'));
    return writeSketches(args, io);
  }
  const format = stringOption(args, 'format') ?? 'text';
  const cacheDir = stringOption(args, 'cache');
  const { files, unreadable: skipped } = selectFiles(args, io);
  let unreadable = skipped;
  const index = new ArchiveIndex();
  const cache = loadCache(cacheDir, index, io);
  const records: ArticleRecord[] = [];
  for (const file of files) {
    // Every file the CLI is given or finds by the glob is in the archive's selection.
    const r = indexFile(path.resolve(file), index, cache);
    if (r.outcome === 'unreadable') {
      io.err(t('{0}: cannot read: {1}', file, r.reason));
      unreadable++;
    } else if (r.outcome === 'other') io.err(t('{0}: not an article (no front matter); skipped', file));
    else records.push(entryRecord(file, r.entry, { frontMatter: true }));
  }
  if (cacheDir) await saveCache(cacheDir, index, io);
  io.out(format === 'json' ? JSON.stringify(records, null, 2) : formatTable(records));
  return unreadable > 0 ? 2 : 0;
}

/** The shard's sketches on stdout: every article read once, as `check` reads it, and nothing judged. */
function writeSketches(args: ParsedArgs, io: CliIo): number {
  const { files, unreadable: skipped } = selectFiles(args, io);
  let unreadable = skipped;
  const out: SketchesFile = { format: SKETCHES_FORMAT, version: SKETCHES_VERSION, settings: archiveSettingsFor(configFilesFor(io), files, args.positional), files: [] };
  for (const file of files) {
    const read = readArticleFile(file, io);
    if (read.kind === 'unreadable') unreadable++;
    if (read.kind !== 'article') continue;
    out.files.push({ path: file, archive: encodeArchiveFacts(placedFacts(read.article, archiveFacts(file, read.article))) });
  }
  io.out(JSON.stringify(out));
  return unreadable > 0 ? 2 : 0;
}

/** The cache is replaced whole, like an article: a run stopped midway leaves the old one. */
async function saveCache(dir: string, index: ArchiveIndex, io: CliIo): Promise<void> {
  const file = path.join(dir, CACHE_FILE);
  let code: string | undefined;
  try {
    fs.mkdirSync(dir, { recursive: true });
    const outcome = await withSignalsDeferred((signal) => replaceFile(file, Buffer.from(encodeIndexCache(index, CLI_RULES), 'utf8'), { signal }));
    if (outcome.kind === 'failed') code = outcome.code;
    else if (outcome.kind !== 'written') code = outcome.kind;
  } catch (e) {
    code = (e as NodeJS.ErrnoException).code ?? String(e);
  }
  if (code) io.err(t('{0}: cannot write the cache ({1}); the records are complete', file, code));
}

function formatTable(records: readonly ArticleRecord[]): string {
  const rows = records.map((r) => [
    r.date ? r.date.slice(0, 16).replace('T', ' ') : '—',
    r.title ?? t('(untitled)'),
    r.categories.join(' › ') || '—',
    r.author ?? '—',
    r.source ?? '—',
    r.path,
  ]);
  const header = [t('DATE (UTC)'), t('TITLE'), t('CATEGORIES'), t('AUTHOR'), t('SOURCE'), t('PATH')];
  // Columns as a terminal draws them: a Chinese title takes two a character.
  const limits = [16, 40, 30, 12, 16, 200];
  const cells = [header, ...rows].map((row) => row.map((c, i) => clipToWidth(c.replace(/\s+/g, ' '), limits[i])));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => textWidth(r[i]))));
  const lines = cells.map((r) => r.map((c, i) => (i === r.length - 1 ? c : padEnd(c, widths[i]))).join('  '));
  lines.push(count('article', records.length));
  return lines.join('\n');
}
