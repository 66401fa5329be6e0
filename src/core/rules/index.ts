/**
 * The rule set and the engine that runs it. The engine checks what each rule reports (offsets
 * inside the text, edits that apply), applies the configured severity, and turns a rule that
 * throws or reports nonsense into a problem naming that rule, never a failed run.
 */
import type { Article } from '../article/article';
import type { ArchiveConfig } from '../config/archiveConfig';
import { defaultArchiveConfig } from '../config/archiveConfig';
import { dateFuture } from './dateFuture';
import { dateInvalid } from './dateInvalid';
import { dateStyle } from './dateStyle';
import { dateZoneless } from './dateZoneless';
import { duplicateKey } from './duplicateKey';
import { emptyField } from './emptyField';
import { fieldType } from './fieldType';
import { frontMatterDisplaced } from './frontMatterDisplaced';
import { frontMatterMissing } from './frontMatterMissing';
import { frontMatterUnclosed } from './frontMatterUnclosed';
import { generatorPlaceholder } from './generatorPlaceholder';
import { headimgBoilerplate } from './headimgBoilerplate';
import { invisibleCharacter } from './invisibleCharacter';
import { nunjucksRaw } from './nunjucksRaw';
import { requiredField } from './requiredField';
import { titleWhitespace } from './titleWhitespace';
import { trailingSpace } from './trailingSpace';
import { urlInsecure } from './urlInsecure';
import { urlInvalid } from './urlInvalid';
import { yamlSyntax } from './yamlSyntax';
import type { Finding, Rule, RuleScope } from './types';
import type { Problem, Severity, TextEdit } from '../problem';

export type { Rule } from './types';

/** Every rule, in the order their problems are listed for one position. */
export const rules: readonly Rule[] = [
  frontMatterMissing,
  frontMatterDisplaced,
  frontMatterUnclosed,
  yamlSyntax,
  duplicateKey,
  requiredField,
  emptyField,
  fieldType,
  dateInvalid,
  dateFuture,
  dateZoneless,
  dateStyle,
  titleWhitespace,
  trailingSpace,
  urlInvalid,
  urlInsecure,
  headimgBoilerplate,
  invisibleCharacter,
  generatorPlaceholder,
  nunjucksRaw,
];

/** The id under which the engine reports a rule that failed. */
export const RULE_ERROR_ID = 'rule-error';

export interface ValidateOptions {
  /** The present for date checks; defaults to now. */
  now?: Date;
  /** Run only the rules of these scopes (the editor reuses front-matter results). */
  scopes?: readonly RuleScope[];
}

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}

function validEdit(e: TextEdit, length: number): boolean {
  return Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start <= e.end && e.end <= length &&
    typeof e.newText === 'string';
}

function invalidReason(f: Finding, length: number): string | undefined {
  if (!Number.isInteger(f.start) || !Number.isInteger(f.end) || f.start < 0 || f.end < f.start || f.end > length) {
    return `an invalid range ${f.start}–${f.end}`;
  }
  if (typeof f.message !== 'string' || f.message === '') return 'an empty message';
  if (f.fix && (f.fix.edits.length === 0 || !f.fix.edits.every((e) => validEdit(e, length)))) return 'a fix with invalid edits';
  return undefined;
}

function ruleFailure(rule: Rule, what: string): Problem {
  return {
    ruleId: RULE_ERROR_ID,
    severity: 'warning',
    message: `The rule "${rule.id}" ${what} on this file, so its findings are missing here. Please report this with the file.`,
    start: 0,
    end: 0,
    data: { rule: rule.id },
  };
}

let defaults: ArchiveConfig | undefined;
const NO_OPTIONS: Readonly<Record<string, unknown>> = Object.freeze({});

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** Runs every enabled rule on one article. Problems are sorted by position, then severity. */
export function validateArticle(article: Article, config?: ArchiveConfig, options?: ValidateOptions): Problem[] {
  return runRules(rules, article, config, options);
}

/** Runs the given rules (the engine behind validateArticle; tests pass their own rules). */
export function runRules(ruleList: readonly Rule[], article: Article, config?: ArchiveConfig, options?: ValidateOptions): Problem[] {
  const cfg = config ?? (defaults ??= defaultArchiveConfig());
  const now = options?.now ?? new Date();
  const problems: Problem[] = [];
  const length = article.text.length;
  for (const rule of ruleList) {
    if (options?.scopes && !options.scopes.includes(rule.scope)) continue;
    const setting = cfg.rules.get(rule.id);
    const configured = setting?.severity;
    if ((configured ?? rule.severity) === 'off') continue;
    let faulty: string | undefined;
    const report = (f: Finding) => {
      if (faulty) return;
      const reason = invalidReason(f, length);
      if (reason) {
        faulty = `reported ${reason}`;
        return;
      }
      const severity = configured && configured !== 'off' ? configured : f.severity ?? (rule.severity === 'off' ? 'warning' : rule.severity);
      const p: Problem = { ruleId: rule.id, severity, message: f.message, start: f.start, end: f.end };
      if (f.fix) p.fix = f.fix;
      if (f.data) p.data = f.data;
      problems.push(p);
    };
    try {
      rule.check(article, report, { config: cfg, options: setting?.options ?? NO_OPTIONS, now });
    } catch (e) {
      faulty = `failed (${e instanceof Error ? e.message : String(e)})`;
    }
    if (faulty) {
      for (let i = problems.length - 1; i >= 0; i--) if (problems[i].ruleId === rule.id) problems.splice(i, 1);
      problems.push(ruleFailure(rule, faulty));
    }
  }
  return problems.sort((a, b) => a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.end - b.end);
}
