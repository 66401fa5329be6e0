/**
 * The full reading of a located front matter: the data Hexo gets from it. gray-matter splits a
 * block whose fences it reads as Hexo does: it is handed the text from the located fence (it sees
 * no front matter behind a blank line), with js-yaml as Hexo loads it for its YAML engine
 * (./hexoData.ts) and its content cache off (gray-matter caches only calls without options).
 * A block that gray-matter would split elsewhere, JSON, and every block Hexo does not read as
 * located, are read from Hexo's own split. The fast line scanner (./frontMatterScanner.ts) is
 * tested to give the same values.
 */
import type { FrontMatterBlock, UnreadReason } from './frontMatterBlock';
import { HexoReading, NO_READING, readHexoJson, readHexoYaml } from './hexoData';
import { lineAt } from './hexoSplit';

/** An error offset within a reading of text that started at `from`, made relative to the block's YAML. */
function relativeTo(reading: HexoReading, from: number, fm: FrontMatterBlock): HexoReading {
  const error = reading.error;
  if (!error || error.offset === undefined) return reading;
  return { ...reading, error: { ...error, offset: Math.max(0, error.offset + from - fm.contentStart) } };
}

/**
 * gray-matter, required on first use: it and its own js-yaml (whose full schema requires esprima
 * when it is there) are evaluated only by a run that reads a front matter this way, not by every
 * start of the CLI (a warm `check --cache` reads none).
 */
type GrayMatter = typeof import('gray-matter');
let grayMatter: GrayMatter | undefined;
function matter(...args: Parameters<GrayMatter>): ReturnType<GrayMatter> {
  grayMatter ??= require('gray-matter') as GrayMatter;
  return grayMatter(...args);
}

const LONE_CR = /\r(?!\n)/;

/** Past this many blank characters spanning lines, gray-matter's regex slows down visibly. */
const BLANK_RUN_LIMIT = 512;

/** Whether text[from, to) holds a run of more than BLANK_RUN_LIMIT blanks (spaces, tabs, line breaks) with a line break in it. */
function hasLongBlankRun(text: string, from: number, to: number): boolean {
  let run = 0;
  let broken = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11) {
      run++;
      broken ||= c === 10 || c === 13;
      if (run > BLANK_RUN_LIMIT && broken) return true;
    } else {
      run = 0;
      broken = false;
    }
  }
  return false;
}

/**
 * Whether gray-matter closes the block where Hexo does, and reads it as Hexo does. It takes the first line that starts with
 * the fence; Hexo's prefixed split wants one character of data first, so it passes over a fence
 * on the first line after the opening (or on the second, after an empty first).
 */
function grayMatterSplitsAsHexo(text: string, fm: FrontMatterBlock): boolean {
  if (!fm.fenced || fm.unread || fm.fenceIssue || fm.hexo?.format !== 'yaml') return false;
  // gray-matter's test for an empty block (`/^\s*#[^\n]+/gm`) is quadratic in a run of blank
  // lines (40,000 took seconds): such a block is read from Hexo's own split, which is the same data.
  if (hasLongBlankRun(text, fm.contentStart, fm.contentEnd)) return false;
  if (fm.fenceStart !== fm.openStart || lineAt(text, fm.openStart).end !== fm.fenceEnd) return false;
  // A lone CR is a line break to js-yaml and text to gray-matter's test for an empty block.
  if (LONE_CR.test(text.slice(fm.contentStart, fm.contentEnd))) return false;
  if (!fm.hexo.prefixed) return true;
  const fence = text.slice(fm.fenceStart, fm.fenceEnd);
  const first = lineAt(text, fm.contentStart);
  if (text.startsWith(fence, first.start)) return false;
  return !(first.end === first.start && first.broken && text.startsWith(fence, first.next));
}

function readWithGrayMatter(text: string, fm: FrontMatterBlock): HexoReading {
  const prefixed = fm.hexo?.prefixed === true;
  let reading = NO_READING;
  const engine = {
    // gray-matter hands over the text after the fence, from the fence's line break on. Hexo's
    // prefixed data starts on the next line (so its tab escape does not touch the first line);
    // after an empty line its data starts `\n---\n`, which js-yaml reads as this text.
    parse(yaml: string): object {
      reading = prefixed ? readHexoYaml(yaml.replace(/^\r?\n/, '')) : relativeTo(readHexoYaml(yaml), fm.fenceEnd, fm);
      return reading.data ?? {};
    },
    stringify(): string {
      throw new Error('the front matter is never written back whole');
    },
  };
  // Options given, so gray-matter's content cache stays off; an empty block never reaches the
  // engine. It is handed the block only, through its closing fence: gray-matter still looks its
  // input up in that cache, which hashes the whole string.
  matter(text.slice(fm.fenceStart, fm.end), { delimiters: text.slice(fm.fenceStart, fm.fenceEnd), language: 'yaml', engines: { yaml: engine } });
  return reading;
}

/** The offset in `raw` of an offset in `raw` with every CRLF made LF. */
function offsetBeforeLf(raw: string, offset: number): number {
  let i = 0;
  for (let seen = 0; i < raw.length && seen < offset; i++, seen++) {
    if (raw.charCodeAt(i) === 13 && raw.charCodeAt(i + 1) === 10) i++;
  }
  return i;
}

/**
 * Hexo's data read as Hexo reads it: from its text with CRLF made LF, as hexo-fs hands it over
 * (a CR before a CRLF is a line break more to js-yaml here, none in Hexo's text).
 */
function readSplitData(text: string, fm: FrontMatterBlock, start: number, end: number, format: 'yaml' | 'json'): HexoReading {
  const raw = text.slice(start, end);
  const read = format === 'json' ? readHexoJson : readHexoYaml;
  if (raw.indexOf('\r') < 0) return relativeTo(read(raw), start, fm);
  const reading = read(raw.replace(/\r\n/g, '\n'));
  const offset = reading.error?.offset;
  if (offset === undefined) return reading;
  return relativeTo({ ...reading, error: { message: reading.error?.message ?? '', offset: offsetBeforeLf(raw, offset) } }, start, fm);
}

export function readFrontMatter(text: string, fm: FrontMatterBlock | undefined): HexoReading {
  const split = fm?.hexo;
  if (!fm || !split) return NO_READING;
  if (grayMatterSplitsAsHexo(text, fm)) return readWithGrayMatter(text, fm);
  return readSplitData(text, fm, split.dataStart, split.dataEnd, split.format);
}

/**
 * Whether Hexo's data is the block's YAML alone, give or take a leading empty line and a bare
 * document marker: then a reading of the YAML between the fences (the fast line scanner's) is
 * Hexo's reading.
 */
export function readsAsLocated(text: string, fm: FrontMatterBlock): boolean {
  if (!fm.hexo || fm.unread || fm.format !== 'yaml') return false;
  if (!fm.fenced) return fm.hexo.dataStart === fm.contentStart;
  return /^[ \t]*$/.test(text.slice(fm.fenceEnd, lineAt(text, fm.fenceEnd).end));
}

/**
 * Why Hexo reads no front matter from a located block, when the cause is where or how it is
 * fenced: certain from the split (`unread`), or the opening fence line on which js-yaml failed;
 * 'empty' when js-yaml finds nothing in it. Undefined when Hexo reads the block, or when the YAML
 * itself is at fault (yaml-syntax's to say).
 */
export function unreadReason(fm: FrontMatterBlock, reading: HexoReading): UnreadReason | undefined {
  if (fm.unread) return fm.unread;
  if (reading.data !== undefined) return undefined;
  if (reading.fails || reading.error) return fm.fenceIssue;
  return 'empty';
}
