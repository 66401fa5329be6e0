/**
 * bench/cleanGold.json: for each post of ../shared/corpus, decided by hand from the post's source,
 * the paragraphs (./paragraphs.ts) that are the article a reader should see. Derived data only:
 * a post is keyed by a hash of its file's bytes and carries its source's name; a paragraph is its
 * hash and its length, never its text (the corpus is not ours to commit). Version 2 adds, per
 * post, `asWritten`: the numbers of the elements whose markup the author meant as text, decided by
 * hand from the source (./paragraphs.ts says how such an element becomes text).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Article, parseArticle } from '../../src/core/article/article';
import { Paragraph, splitParagraphs } from './paragraphs';
import type { GoldParagraph } from './score';

export interface GoldPost {
  /** The site, from the post's second category (as the feed generator wrote it). */
  source: string;
  /** How many paragraphs the source body splits into (a check that the normaliser has not moved). */
  of: number;
  /**
   * Elements (numbered in document order, ./paragraphs.ts `elementNumbers`) whose markup the author
   * meant as text: the post's paragraphs, and so `gold`, are split with them as written.
   */
  asWritten?: number[];
  /** [hash, length] of each gold paragraph, in reading order. */
  gold: [string, number][];
}

/** 2: posts may carry `asWritten`. A file without `version` is version 1 (no post has it). */
export const GOLD_VERSION = 2;

export interface GoldFile {
  version?: number;
  about: string;
  posts: Record<string, GoldPost>;
}

export const GOLD_PATH = 'bench/cleanGold.json';

export const ABOUT =
  'Hand-decided gold of the cleaning benchmark (bench/cleanQuality.bench.ts): per post of ../shared/corpus, keyed by the first ' +
  '16 hex digits of the SHA-256 of its bytes, the paragraphs a reader should see, as [hash, code points] of each paragraph ' +
  'normalised by bench/cleanGold/paragraphs.ts; asWritten: the numbers (in document order) of the elements whose markup the ' +
  'author meant as text, which such paragraphs hold as written. No text of the corpus is stored. Edit with bench/cleanGold/goldTool.ts.';

export function postKey(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

export function readGold(root: string): GoldFile {
  const file = path.join(root, GOLD_PATH);
  if (!fs.existsSync(file)) return { version: GOLD_VERSION, about: ABOUT, posts: {} };
  const gold = JSON.parse(fs.readFileSync(file, 'utf8')) as GoldFile;
  if ((gold.version ?? 1) > GOLD_VERSION) throw new Error(`${GOLD_PATH} is version ${gold.version}; this code reads up to ${GOLD_VERSION}`);
  return gold;
}

export function writeGold(root: string, gold: GoldFile): void {
  const keys = Object.keys(gold.posts).sort();
  const lines = keys.map((k) => `    ${JSON.stringify(k)}: ${JSON.stringify(gold.posts[k])}`);
  fs.writeFileSync(path.join(root, GOLD_PATH), `{\n  "version": ${GOLD_VERSION},\n  "about": ${JSON.stringify(ABOUT)},\n  "posts": {\n${lines.join(',\n')}\n  }\n}\n`);
}

export function goldParagraphs(post: GoldPost): GoldParagraph[] {
  return post.gold.map(([hash, length]) => ({ hash, length }));
}

/** The source's paragraphs as its gold was decided on: split with the post's `asWritten` elements as written. */
export function sourceParagraphs(body: string, post: GoldPost | undefined): Paragraph[] {
  return splitParagraphs(body, post?.asWritten ?? []);
}

/** NEWS_ARCHIVE_CORPUS, else ../shared/corpus beside the repository, else two folders up (a worktree). */
export function findCorpus(root: string): string | undefined {
  const candidates = [process.env.NEWS_ARCHIVE_CORPUS, path.resolve(root, '../shared/corpus'), path.resolve(root, '../../shared/corpus')];
  return candidates.find((c): c is string => !!c && fs.existsSync(c) && fs.statSync(c).isDirectory());
}

export interface CorpusPost {
  name: string;
  key: string;
  source: string;
  body: string;
  eol: Article['eol'];
}

/** The block list under `categories:`, for the posts whose front matter Hexo cannot read (quote piles, `title: @…`). */
function listedCategories(yaml: string): string[] {
  const m = /^categories:[^\n]*\n((?:[ \t]*-[^\n]*\n?)+)/m.exec(yaml);
  return m ? m[1].split('\n').map((l) => l.replace(/^[ \t]*-[ \t]*/, '').trim()).filter(Boolean) : [];
}

export function readCorpus(dir: string): CorpusPost[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort().map((name) => {
    const bytes = fs.readFileSync(path.join(dir, name));
    const article = parseArticle(bytes.toString('utf8'));
    const categories = article.fields.categories.length ? article.fields.categories : listedCategories(article.yaml);
    const site = categories[1] ?? categories[0] ?? '?';
    return { name, key: postKey(bytes), source: site.split(' - ')[0].trim(), body: article.body, eol: article.eol };
  });
}
