/**
 * One article in the archive index: what the tree, the status bar and `news-archive index` show,
 * plus the file's mtime and size that key the persistent cache. Entries are compact (repeated
 * values interned through a StringPool, numbers instead of Dates, the front-matter lines packed
 * into one number) so that 50,000 of them stay well under 1 KB each.
 */
import * as path from 'node:path';
import { RecordFields } from './recordFields';
import { StringPool } from './stringPool';
import { CountsPool, pooledCounts, ProblemCounts } from '../../problemCounts';

export type { ProblemCounts } from '../../problemCounts';

export interface IndexEntry {
  /** Absolute folder (interned) and file name; `path` joins them. */
  readonly folder: string;
  readonly name: string;
  readonly title: string | undefined;
  /** The instant in ms since the epoch; NaN when there is no usable date. */
  readonly time: number;
  /** The date as written; undefined when there is no `date`. */
  readonly dateRaw: string | undefined;
  readonly categories: readonly string[];
  readonly tags: readonly string[];
  readonly author: string | undefined;
  readonly source: string | undefined;
  /** startLine, endLine and displaced, packed by `packFrontMatter`; -1 without front matter. */
  readonly frontMatter: number;
  readonly mtime: number;
  readonly size: number;
  /** Problem counts from the validation rules; undefined until the article has been validated. */
  problems: ProblemCounts | undefined;
}

const LINE_LIMIT = 1 << 20;

export function packFrontMatter(fm: RecordFields['frontMatter']): number {
  if (!fm || fm.startLine >= LINE_LIMIT || fm.endLine >= LINE_LIMIT) return -1;
  return (fm.startLine * LINE_LIMIT + fm.endLine) * 2 + (fm.displaced ? 1 : 0);
}

export function unpackFrontMatter(packed: number): RecordFields['frontMatter'] {
  if (packed < 0) return undefined;
  const displaced = packed % 2 === 1;
  const lines = Math.floor(packed / 2);
  return { startLine: Math.floor(lines / LINE_LIMIT), endLine: lines % LINE_LIMIT, displaced };
}

export function entryPath(e: IndexEntry): string {
  return e.folder.endsWith(path.sep) ? e.folder + e.name : e.folder + path.sep + e.name;
}

/**
 * A copy of a string that holds nothing else: a title sliced from the decoded front matter
 * would otherwise keep that whole text alive for as long as the entry lives.
 */
function own(s: string | undefined): string | undefined {
  return s === undefined ? undefined : (' ' + s).slice(1);
}

export function makeEntry(
  pool: StringPool, folder: string, name: string, fields: RecordFields, mtime: number, size: number,
): IndexEntry {
  const instant = fields.date?.instant;
  return {
    folder: pool.string(folder),
    name: own(name) as string,
    title: own(fields.title),
    time: instant ? instant.getTime() : NaN,
    dateRaw: own(fields.date?.raw),
    categories: pool.list(fields.categories),
    tags: pool.list(fields.tags),
    author: pool.string(fields.author),
    source: pool.string(fields.source),
    frontMatter: packFrontMatter(fields.frontMatter),
    mtime,
    size,
    problems: undefined,
  };
}

/**
 * The entry with its repeated values taken from this pool: entries made elsewhere (an archive
 * worker's, copied across threads) share the index's strings and lists like entries read here.
 */
export function internEntry(pool: StringPool, e: IndexEntry, counts?: CountsPool): IndexEntry {
  return {
    ...e,
    folder: pool.string(e.folder),
    categories: pool.list(e.categories),
    tags: pool.list(e.tags),
    author: pool.string(e.author),
    source: pool.string(e.source),
    problems: e.problems && pooledCounts(e.problems, counts),
  };
}
