/**
 * The fixture model of markdownlint's test runner: each fixture under test/fixtures/rules/<rule>/
 * (and each seed) carries its expected problems in a sidecar `<name>.expected.json`, and, when
 * it has fixes, the exact text after fix-all in `<name>.fixed.<ext>`. A `.newsarchive.json`
 * beside a fixture configures it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Article, parseArticle } from '../../src/core/article/article';
import { decodeFile, EncodingFault } from '../../src/core/article/encoding';
import { readArchiveConfig } from '../../src/core/archiveSettings';
import type { ArchiveConfig } from '../../src/core/config/archiveConfig';
import { validateArticle } from '../../src/core/rules/index';
import type { Problem } from '../../src/core/problem';

/** Fixed "now" for date-future: fixtures must not start failing as time passes. */
export const FIXTURE_NOW = new Date('2026-01-01T00:00:00Z');

export interface ExpectedProblem {
  rule: string;
  severity: string;
  /** 0-based [startLine, startCharacter, endLine, endCharacter] in UTF-16 units. */
  range: [number, number, number, number];
  fixable: boolean;
}

export interface Fixture {
  file: string;
  /** The rule folder it belongs to ('' for seeds). */
  rule: string;
  text: string;
  /** Its bytes are not UTF-8 (read as the CLI reads a file). */
  encoding: EncodingFault | undefined;
  config: ArchiveConfig | undefined;
}

export const REPO = path.resolve(__dirname, '../../..');
export const RULE_FIXTURES = path.join(REPO, 'test/fixtures/rules');

export function isFixtureFile(name: string): boolean {
  return /\.(md|txt|markdown|html)$/.test(name) && !/\.fixed\.\w+$/.test(name) && !name.startsWith('.');
}

export function configFor(file: string): ArchiveConfig | undefined {
  const p = path.join(path.dirname(file), '.newsarchive.json');
  return fs.existsSync(p) ? readArchiveConfig(fs.readFileSync(p, 'utf8')).config : undefined;
}

export function ruleFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const rel of fs.readdirSync(RULE_FIXTURES, { recursive: true }) as string[]) {
    const file = path.join(RULE_FIXTURES, rel);
    if (!isFixtureFile(path.basename(rel)) || !fs.statSync(file).isFile()) continue;
    const { text, fault } = decodeFile(fs.readFileSync(file));
    out.push({ file, rule: rel.split(path.sep)[0], text, encoding: fault, config: configFor(file) });
  }
  return out.sort((a, b) => a.file.localeCompare(b.file));
}

export function problemsOf(text: string, config?: ArchiveConfig, encoding?: EncodingFault): { article: Article; problems: Problem[] } {
  const article = parseArticle(text, encoding ? { encoding } : undefined);
  return { article, problems: validateArticle(article, config, { now: FIXTURE_NOW }) };
}

export function asExpected(article: Article, problems: readonly Problem[]): ExpectedProblem[] {
  return problems.map((p) => {
    const r = article.lines.rangeOf(p.start, p.end);
    return { rule: p.ruleId, severity: p.severity, range: [r.start.line, r.start.character, r.end.line, r.end.character], fixable: p.fix !== undefined };
  });
}

export function expectedPath(file: string): string {
  return file.replace(/\.(\w+)$/, '.expected.json');
}

export function fixedPath(file: string): string {
  return file.replace(/\.(\w+)$/, '.fixed.$1');
}
