/**
 * The rule set and the engine that runs it. The engine checks what each rule reports (offsets
 * inside the text, edits that apply, a declared message with every placeholder filled), applies
 * the configured severity, turns a rule that throws or reports nonsense into a problem
 * naming that rule, never a failed run, and offers a fix only when it reads back as Hexo reads
 * it (./readBack.ts).
 */
import type { Article } from '../article/article';
import type { ArchiveConfig } from '../config/archiveConfig';
import { defaultArchiveConfig } from '../config/archiveConfig';
import { bodyRepeated } from './bodyRepeated';
import { dateFuture } from './dateFuture';
import { dateInvalid } from './dateInvalid';
import { dateStyle } from './dateStyle';
import { dateZoneless } from './dateZoneless';
import { duplicateKey } from './duplicateKey';
import { encoding } from './encoding';
import { emptyField } from './emptyField';
import { fieldType } from './fieldType';
import { frontMatterDisplaced } from './frontMatterDisplaced';
import { frontMatterMissing } from './frontMatterMissing';
import { frontMatterUnclosed } from './frontMatterUnclosed';
import { frontMatterUnread } from './frontMatterUnread';
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
import { isValidEdit } from '../edits';
import { argsProblem } from './messageFormat';
import { fixHolds } from './readBack';
import { sortProblems } from './problemOrder';
import type { Finding, Rule, RuleScope } from './types';
import type { Message, Problem } from '../problem';

export type { Rule } from './types';

/** Every rule, in the order their problems are listed for one position. */
export const rules: readonly Rule[] = [
  encoding,
  frontMatterMissing,
  frontMatterDisplaced,
  frontMatterUnread,
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
  bodyRepeated,
];

/** The id under which the engine reports a rule that failed. */
export const RULE_ERROR_ID = 'rule-error';

/** What the engine itself says (its own catalog entry, like a rule's `messages`). */
export const RULE_ERROR_MESSAGES = {
  failed: 'The rule "{rule}" failed ({error}) on this file, so its findings are missing here. Please report this with the file.',
  invalidRange: 'The rule "{rule}" reported an invalid range {start}–{end} on this file, so its findings are missing here. Please report this with the file.',
  invalidFix: 'The rule "{rule}" reported a fix with invalid edits on this file, so its findings are missing here. Please report this with the file.',
  undeclaredMessage: 'The rule "{rule}" reported the message "{messageId}", which it does not declare, on this file, so its findings are missing here. Please report this with the file.',
  unfilledMessage: 'The rule "{rule}" reported the message "{messageId}" with {reason} on this file, so its findings are missing here. Please report this with the file.',
} as const;

type Faulty = Message<keyof typeof RULE_ERROR_MESSAGES>;

export interface ValidateOptions {
  /** The present for date checks; defaults to now. */
  now?: Date;
  /** Run only the rules of these scopes (the editor reuses front-matter results). */
  scopes?: readonly RuleScope[];
}

function declared(rule: Rule, messageId: string): string | undefined {
  return typeof messageId === 'string' && Object.hasOwn(rule.messages, messageId) ? rule.messages[messageId] : undefined;
}

/** Why the args cannot fill the message's placeholders (nested messages included), or undefined. */
function unfilled(rule: Rule, template: string, m: Message): string | undefined {
  return argsProblem(template, m.args, (inner) => {
    const t = declared(rule, inner.messageId);
    return t === undefined ? `the undeclared message "${String(inner.messageId)}"` : unfilled(rule, t, inner);
  });
}

/** A message the rule cannot say: an id it does not declare, or a placeholder left unfilled. */
function messageProblem(rule: Rule, m: Message): Faulty | undefined {
  const messageId = String(m.messageId);
  const template = declared(rule, m.messageId);
  if (template === undefined) return { messageId: 'undeclaredMessage', args: { rule: rule.id, messageId } };
  const reason = unfilled(rule, template, m);
  return reason ? { messageId: 'unfilledMessage', args: { rule: rule.id, messageId, reason } } : undefined;
}

function findingProblem(rule: Rule, f: Finding, length: number): Faulty | undefined {
  if (!Number.isInteger(f.start) || !Number.isInteger(f.end) || f.start < 0 || f.end < f.start || f.end > length) {
    return { messageId: 'invalidRange', args: { rule: rule.id, start: f.start, end: f.end } };
  }
  if (f.fix && (f.fix.edits.length === 0 || !f.fix.edits.every((e) => isValidEdit(e, length)))) return { messageId: 'invalidFix', args: { rule: rule.id } };
  return messageProblem(rule, f) ?? (f.fix ? messageProblem(rule, f.fix) : undefined);
}

function ruleFailure(rule: Rule, what: Faulty): Problem {
  return { ruleId: RULE_ERROR_ID, severity: 'warning', messageId: what.messageId, args: what.args, start: 0, end: 0, data: { rule: rule.id } };
}

let defaults: ArchiveConfig | undefined;
const NO_OPTIONS: Readonly<Record<string, unknown>> = Object.freeze({});

/** Runs every enabled rule on one article. Problems are in the one order of problemOrder.ts. */
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
    let faulty: Faulty | undefined;
    const report = (f: Finding) => {
      if (faulty) return;
      faulty = findingProblem(rule, f, length);
      if (faulty) return;
      const severity = configured && configured !== 'off' ? configured : f.severity ?? (rule.severity === 'off' ? 'warning' : rule.severity);
      const p: Problem = { ruleId: rule.id, severity, messageId: f.messageId, start: f.start, end: f.end };
      if (f.args) p.args = f.args;
      // A fix that would change more than it means to, read back as Hexo reads it, is withheld;
      // so is every fix of a file that is not UTF-8 (its text is not its bytes).
      if (f.fix && !article.encoding && fixHolds(article, f.fix)) p.fix = f.fix;
      else if (f.fix) p.fixWithheld = true;
      if (f.data) p.data = f.data;
      problems.push(p);
    };
    try {
      rule.check(article, report, { config: cfg, options: setting?.options ?? NO_OPTIONS, now });
    } catch (e) {
      faulty = { messageId: 'failed', args: { rule: rule.id, error: e instanceof Error ? e.message : String(e) } };
    }
    if (faulty) {
      for (let i = problems.length - 1; i >= 0; i--) if (problems[i].ruleId === rule.id) problems.splice(i, 1);
      problems.push(ruleFailure(rule, faulty));
    }
  }
  return sortProblems(problems, ruleList);
}
