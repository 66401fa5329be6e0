/**
 * A fix is proven by reading it back as Hexo reads it, or it is not offered (issue 12 §4;
 * eslint offers no fix where one could lose data). The engine applies each fix to the text, reads
 * the front matter again with the Hexo-compatible reader (../article/hexoReading.ts, tested equal
 * to hexo-front-matter), and keeps the fix only when every field it does not target reads as
 * before, each field it targets reads as its intent says (../problem.ts `FixIntent`), and the
 * body Hexo renders is unchanged unless the fix means to change it. Every rule gets this, future
 * ones included: a rule states what its fix is for, the engine checks it.
 */
import { Article, parseArticle } from '../article/article';
import { YamlTimestamp } from '../article/hexoData';
import { readDate } from '../article/hexoFields';
import { applyFixes } from '../edits';
import type { FieldIntent, Fix, FixIntent } from '../problem';

/** Two values as Hexo uses them: a date by its instant, lists and mappings item by item. */
export function sameReading(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  const ta = instantOf(a);
  const tb = instantOf(b);
  if (ta !== undefined || tb !== undefined) return ta !== undefined && tb !== undefined && Object.is(ta, tb);
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameReading(x, b[i]));
  }
  if (!isMapping(a) || !isMapping(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && sameReading(a[k], b[k]));
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function instantOf(v: unknown): number | undefined {
  if (v instanceof YamlTimestamp) return v.utc.getTime();
  if (v instanceof Date) return v.getTime();
  return undefined;
}

/** `value` with every one of `chars` deleted from each string in it. */
function without(value: unknown, chars: string): unknown {
  if (typeof value === 'string') return [...value].filter((c) => !chars.includes(c)).join('');
  if (Array.isArray(value)) return value.map((v) => without(v, chars));
  if (isMapping(value) && !(value instanceof YamlTimestamp) && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [without(k, chars), without(v, chars)]));
  }
  return value;
}

function meets(intent: FieldIntent, present: boolean, before: unknown, after: unknown): boolean {
  if ('removed' in intent) return !present;
  if (!present) return false;
  if ('reads' in intent) return sameReading(after, intent.reads);
  if ('instant' in intent) {
    const t = readDate(after)?.instant?.getTime();
    return t !== undefined && t === intent.instant;
  }
  return sameReading(without(after, intent.sameWithout), without(before, intent.sameWithout));
}

/** Whether the fixed article reads as the original does, apart from what the intent allows. */
export function readsAsIntended(before: Article, after: Article, intent: FixIntent | undefined, delta: number, unchecked?: ReadonlySet<string>): boolean {
  const was = before.hexo.data;
  const now = after.hexo.data;
  if (intent?.readsFrontMatter) {
    if (!now) return false;
    // Without front matter, Hexo's body was the whole file: reading one moves where it starts.
    if (!was) return true;
    if (!fieldsHold(was, now, intent.fields, unchecked)) return false;
  } else if (was === undefined || now === undefined) {
    // Hexo read nothing before and the fix does not mean to change that (or it read data and would read none).
    if (was !== now) return false;
  } else if (!fieldsHold(was, now, intent?.fields, unchecked)) {
    return false;
  }
  return intent?.body === true || sameBody(before, after, delta);
}

function fieldsHold(was: Record<string, unknown>, now: Record<string, unknown>, targets: FixIntent['fields'], unchecked?: ReadonlySet<string>): boolean {
  for (const key of new Set([...Object.keys(was), ...Object.keys(now)])) {
    if (unchecked?.has(key)) continue;
    const present = Object.hasOwn(now, key);
    const target = targets && Object.hasOwn(targets, key) ? targets[key] : undefined;
    if (target) {
      if (!meets(target, present, was[key], now[key])) return false;
    } else if (present !== Object.hasOwn(was, key) || !sameReading(was[key], now[key])) {
      return false;
    }
  }
  if (targets) {
    // A field meant to appear that did not.
    for (const key of Object.keys(targets)) {
      if (!Object.hasOwn(now, key) && !Object.hasOwn(was, key) && !('removed' in targets[key])) return false;
    }
  }
  return true;
}

/** The body is unchanged: when the edits were all before it, its start moved by exactly their length. */
function sameBody(before: Article, after: Article, delta: number): boolean {
  if (after.bodyStart - delta === before.bodyStart && after.text.length - after.bodyStart === before.text.length - before.bodyStart) {
    return true;
  }
  return after.body === before.body;
}

/** Edits that all lie after the closing fence's line break cannot change where or what the front matter is. */
function onlyInBody(article: Article, fix: Fix): boolean {
  const fm = article.frontMatter;
  const at = article.bodyStart;
  if (!fm || fm.closeStart === undefined || at === 0 || article.text.charCodeAt(at - 1) !== 10) return false;
  return fix.edits.every((e) => e.start >= at);
}

/** How much of the body a head keeps: the line after the closing fence, so the split is Hexo's. */
const HEAD_MARGIN = 256;
const heads = new WeakMap<Article, Article>();

/**
 * The file's head (through the closing fence and a little after), read as an article: a fix
 * before the closing fence is read back on the head alone, so a 50 MB post is not copied for
 * each fix. Undefined when the block is not closed (the split could then end anywhere).
 */
function headOf(article: Article): Article | undefined {
  const fm = article.frontMatter;
  if (!fm || fm.closeStart === undefined || article.text.charCodeAt(fm.end - 1) !== 10) return undefined;
  if (article.text.length <= fm.end + HEAD_MARGIN) return article;
  let head = heads.get(article);
  if (!head) heads.set(article, (head = parseArticle(article.text.slice(0, fm.end + HEAD_MARGIN))));
  return head;
}

/** Whether applying this fix alone reads back as it means to (see the module comment). */
export function fixHolds(article: Article, fix: Fix): boolean {
  if (onlyInBody(article, fix)) return fix.intent?.body === true;
  const fm = article.frontMatter;
  const head = fm && fix.edits.every((e) => e.end < fm.end) ? headOf(article) : undefined;
  if (head && head !== article) {
    const result = applyFixes(head.text, [fix]);
    if (result.applied === 0) return false;
    const after = parseArticle(result.text);
    const end = after.frontMatter?.end;
    // The fixed head closes its block before the cut, on a line of its own: the whole file splits there too.
    if (after.frontMatter?.closeStart !== undefined && end !== undefined && end < result.text.length && result.text.charCodeAt(end - 1) === 10) {
      return readsAsIntended(head, after, fix.intent, result.text.length - head.text.length);
    }
  }
  const result = applyFixes(article.text, [fix]);
  if (result.applied === 0) return false;
  return readsAsIntended(article, parseArticle(result.text), fix.intent, result.text.length - article.text.length);
}

/**
 * Fix-all's check of one pass: the fixes applied together read back as their intents, joined,
 * say. A field two of them target is only allowed to change (together they make a value neither
 * states).
 */
export function fixesHold(article: Article, fixes: readonly Fix[], fixedText: string): boolean {
  const fields: Record<string, FieldIntent> = {};
  const unchecked = new Set<string>();
  let readsFrontMatter = false;
  let body = false;
  for (const f of fixes) {
    readsFrontMatter ||= f.intent?.readsFrontMatter === true;
    body ||= f.intent?.body === true;
    for (const [k, v] of Object.entries(f.intent?.fields ?? {})) {
      if (Object.hasOwn(fields, k)) unchecked.add(k);
      else fields[k] = v;
    }
  }
  const intent: FixIntent = { fields, ...(readsFrontMatter ? { readsFrontMatter: true as const } : {}), ...(body ? { body: true as const } : {}) };
  return readsAsIntended(article, parseArticle(fixedText), intent, fixedText.length - article.text.length, unchecked);
}
