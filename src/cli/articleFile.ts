/**
 * Reading one candidate file for the CLI's commands: the article and the snapshot of bytes a
 * writer compares against, or why there is none, said on stderr. What a path is when it is not a
 * file is put into words here for every command.
 */
import { Article, parseArticle } from '../core/article/article';
import { decodeFile } from '../core/article/encoding';
import { kindOf } from '../core/article/sniff';
import { FileSnapshot, readSnapshot, SpecialFileKind } from '../core/files/fileSnapshot';
import { CliIo } from './io';
import { t } from './l10n';

export type ArticleRead =
  | { kind: 'article'; article: Article; snapshot: FileSnapshot }
  /** Read, but not an article: ignored without a word. */
  | { kind: 'other' }
  /** Could not be read, or not a file; already reported. */
  | { kind: 'unreadable' };

export function specialFileText(what: SpecialFileKind): string {
  switch (what) {
    case 'fifo':
      return t('a named pipe (FIFO)');
    case 'socket':
      return t('a socket');
    case 'character-device':
      return t('a character device');
    case 'block-device':
      return t('a block device');
    case 'directory':
      return t('a folder');
    case 'other':
      return t('not a regular file');
  }
}

/** The line for a path that is not a file: it was not opened. */
export function notAFileLine(file: string, what: SpecialFileKind): string {
  return t('{0}: is {1}, not a file; not opened', file, specialFileText(what));
}

/** Why a writer leaves a file alone: its bytes are not UTF-8. */
export function notUtf8Line(file: string, article: Article, command: 'fix' | 'clean'): string | undefined {
  const fault = article.encoding;
  if (!fault) return undefined;
  const looks = fault.looksLike === 'gb18030' ? t(' (it looks like GBK/GB18030)') : fault.looksLike === 'utf-16' ? t(' (it looks like UTF-16)') : '';
  return command === 'fix'
    ? t('{0}: not UTF-8 at byte offset {1} ({2}){3}; not fixed, left byte for byte. Convert it to UTF-8 first.', file, fault.byteOffset, fault.bytes, looks)
    : t('{0}: not UTF-8 at byte offset {1} ({2}){3}; not cleaned, left byte for byte. Convert it to UTF-8 first.', file, fault.byteOffset, fault.bytes, looks);
}

export function readArticleFile(file: string, io: CliIo): ArticleRead {
  const snapshot = readFileSnapshot(file, io);
  return snapshot ? articleOf(snapshot) : { kind: 'unreadable' };
}

/** The file's bytes, or undefined when it cannot be read or is not a file (said on stderr). */
export function readFileSnapshot(file: string, io: CliIo): FileSnapshot | undefined {
  const read = readSnapshot(file);
  if (read.kind === 'error') {
    io.err(t('{0}: cannot read: {1}', file, read.code));
    return undefined;
  }
  if (read.kind === 'special') {
    io.err(notAFileLine(file, read.what));
    return undefined;
  }
  return read.snapshot;
}

/** The article a snapshot holds, or 'other' when its text is not an article. */
export function articleOf(snapshot: FileSnapshot): ArticleRead {
  // Bytes that are not UTF-8 are never rewritten: the article carries the fault (rule `encoding`).
  const { text, fault } = decodeFile(snapshot.bytes);
  const article = parseArticle(text, fault ? { encoding: fault } : undefined);
  if (kindOf(text, article.frontMatter) === 'other') return { kind: 'other' };
  return { kind: 'article', article, snapshot };
}
