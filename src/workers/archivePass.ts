/**
 * The work on one file that the archive workers do, as plain functions over a FileAccess: the
 * background pass (one read, one parse, one validation per file: the index entry, its problem
 * counts and, when asked, the duplicate sketch), Validate Archive's placed problems, and Fix
 * All in Archive's edits. Pure apart from reading the file, so it runs anywhere.
 */
import { parseArticle } from '../core/article/article';
import { encodingFault } from '../core/article/encoding';
import { kindOf } from '../core/article/sniff';
import type { ArchiveConfig } from '../core/config/archiveConfig';
import { diffEdits } from '../core/edits';
import type { FileAccess } from '../core/files/fileAccess';
import { duplicateSketch } from '../core/hygiene/duplicateSketch';
import type { VocabularyRecord } from '../core/hygiene/vocabulary';
import { vocabularyValues } from '../core/rules/archiveCounts';
import { entryFromBytes } from '../core/index/records/entryFromBytes';
import { StringPool } from '../core/index/records/stringPool';
import type { LineIndex } from '../core/article/lineIndex';
import { countProblems } from '../core/problemCounts';
import { validateArticle } from '../core/rules';
import { fixAll } from '../core/rules/fixAll';
import type { CountResult, FixResult, LineRange, PassFile, PassResult, SketchResult, ValidateResult } from './protocol';

// The pass counts as the command line does: a BOM stays in the text, as `readFileSync(…, 'utf8')`
// keeps it, and the rules report it.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
// Validate and Fix All place problems and edits in the document VS Code opens, whose text has
// no BOM (the encoding holds it): decode as the editor does.
const editorDecoder = new TextDecoder('utf-8');

type Read = { kind: 'read'; bytes: Uint8Array; mtime: number; size: number } | { kind: 'unreadable'; reason: string };

async function read(access: FileAccess, filePath: string): Promise<Read> {
  try {
    const stat = await access.stat(filePath);
    if (!stat) return { kind: 'unreadable', reason: 'ENOENT' };
    if (stat.kind !== 'file') return { kind: 'unreadable', reason: 'not a file' };
    const bytes = await access.readFile(filePath);
    return { kind: 'read', bytes, mtime: stat.mtime, size: stat.size };
  } catch (e) {
    const code = (e as { code?: unknown } | undefined)?.code;
    return { kind: 'unreadable', reason: typeof code === 'string' ? code : String(e) };
  }
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function place(lines: LineIndex, start: number, end: number): LineRange {
  const s = lines.positionAt(start);
  const e = lines.positionAt(end);
  return [s.line, s.character, e.line, e.character];
}

/** A range in the text with a BOM of `bom` characters, placed in the text without it. */
function withoutBom(range: LineRange, bom: number): LineRange {
  if (!bom) return range;
  const [sl, sc, el, ec] = range;
  return [sl, sl === 0 ? Math.max(0, sc - bom) : sc, el, el === 0 ? Math.max(0, ec - bom) : ec];
}

/** The one background pass over a file. */
export async function passFile(access: FileAccess, file: PassFile, config: ArchiveConfig, sketches: boolean, pool: StringPool): Promise<PassResult> {
  if (file.known) {
    const stat = await access.stat(file.path);
    if (stat && stat.kind === 'file' && stat.mtime === file.known[0] && stat.size === file.known[1]) return { path: file.path, kind: 'unchanged' };
  }
  const r = await read(access, file.path);
  if (r.kind === 'unreadable') return { path: file.path, kind: 'unreadable', reason: r.reason };
  const made = entryFromBytes(file.path, asBuffer(r.bytes), r.mtime, r.size, pool);
  if (made.kind !== 'article') return { path: file.path, kind: 'other', mtime: r.mtime, size: r.size };
  const article = parseArticle(decoder.decode(r.bytes), { encoding: encodingFault(r.bytes) });
  made.entry.problems = countProblems(validateArticle(article, config));
  if (!sketches) return { path: file.path, kind: 'article', entry: made.entry, sketch: undefined };
  const values = vocabularyValues(article, made.entry);
  return { path: file.path, kind: 'article', entry: made.entry, sketch: duplicateSketch(made.entry.title, article.body), ...(values ? { values } : {}) };
}

/** The duplicate sketch of a file and its vocabulary values where they differ from `record`'s; undefined when it cannot be read. */
export async function sketchFile(access: FileAccess, filePath: string, title: string | undefined, record: Pick<VocabularyRecord, 'categories' | 'tags' | 'author'>): Promise<SketchResult | undefined> {
  const r = await read(access, filePath);
  if (r.kind === 'unreadable') return undefined;
  const article = parseArticle(decoder.decode(r.bytes));
  const values = vocabularyValues(article, record);
  return { sketch: duplicateSketch(title, article.body), ...(values ? { values } : {}) };
}

/** Every problem of an article, placed in lines (what the Problems panel needs). */
export async function validateFile(access: FileAccess, file: PassFile, config: ArchiveConfig): Promise<ValidateResult> {
  const r = await read(access, file.path);
  if (r.kind === 'unreadable') return { path: file.path, kind: 'unreadable' };
  // Validated as the pass and the command line read the file, BOM included, so that the
  // summary counts what they count (the BOM's own problem too); placed in the document VS Code
  // opens, which holds no BOM: line 0 is one character shorter there.
  const text = decoder.decode(r.bytes);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Bytes that are not UTF-8 get the encoding rule's error and no fix (nothing is rewritten).
  const encoding = encodingFault(r.bytes);
  const article = parseArticle(text, { encoding });
  if (kindOf(text, article.frontMatter) === 'other') return { path: file.path, kind: 'other' };
  const problems = validateArticle(article, config).map((problem) => ({ problem, range: withoutBom(place(article.lines, problem.start, problem.end), bom) }));
  return { path: file.path, kind: 'article', problems };
}

/** An article's problem counts, of the problems validateFile places (the same reading, BOM and encoding included). */
export async function countFile(access: FileAccess, file: PassFile, config: ArchiveConfig): Promise<CountResult> {
  const r = await validateFile(access, file, config);
  return r.kind === 'article' ? { path: r.path, kind: 'article', counts: countProblems(r.problems.map((p) => p.problem)) } : r;
}

/** Fix All's edits for an article; 'fixed' when nothing in it is fixable, undefined when it is no article. */
export async function fixFile(access: FileAccess, file: PassFile, config: ArchiveConfig): Promise<FixResult | 'clean' | undefined> {
  const r = await read(access, file.path);
  if (r.kind === 'unreadable') return undefined;
  const text = editorDecoder.decode(r.bytes);
  // Bytes that are not UTF-8 get the encoding rule's error and no fix (nothing is rewritten).
  const encoding = encodingFault(r.bytes);
  const article = parseArticle(text, { encoding });
  if (kindOf(text, article.frontMatter) === 'other') return undefined;
  const result = fixAll(text, config, { encoding });
  if (result.fixed === 0 || result.text === text) return 'clean';
  const edits = diffEdits(text, result.text).map((edit) => ({ edit, range: place(article.lines, edit.start, edit.end) }));
  return { path: file.path, mtime: r.mtime, before: text, after: result.text, edits, fixed: result.fixed };
}
