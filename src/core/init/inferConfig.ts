/**
 * A `.newsarchive.json` for an archive, from what its articles hold (`news-archive init`): every
 * rule at its default severity, the front-matter fields in use with the types their values have
 * (as Hexo reads them: a timestamp or date text is `date`, an http(s) address `url`, a list
 * `string[]`; a type only when a tenth of the values have it), required when nearly every
 * article has a value, and the cleaner profile the
 * bodies match. The file it gives reads back without a problem.
 */
import type { Article } from '../article/article';
import { YamlTimestamp } from '../article/hexoData';
import { feedNames } from '../clean/feedNames';
import { detectProfile } from '../clean/profiles';
import { FIELD_TYPES, FieldType } from '../config/archiveConfig';
import type { RuleInfo } from '../report/reportTypes';

/** Share of articles with a value from which a field counts as required. */
export const REQUIRED_SHARE = 0.95;
/**
 * Share of a field's values a type must have to be in the schema: the odd defect (`comments: no`
 * in one post of fifty) stays a finding of field-type instead of becoming the schema.
 */
export const TYPE_SHARE = 0.1;

const DATE_TEXT = /\d{4}.*\d:\d\d|\d{1,2} [A-Z][a-z]{2} \d{4}/;

export function valueType(value: unknown): FieldType | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (value instanceof YamlTimestamp || value instanceof Date) return 'date';
  if (Array.isArray(value)) return 'string[]';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'number';
  if (typeof value !== 'string') return undefined;
  if (/^https?:\/\/\S+$/i.test(value)) return 'url';
  if (DATE_TEXT.test(value) && !Number.isNaN(Date.parse(value))) return 'date';
  return 'string';
}

export interface ArchiveSurvey {
  articles: number;
  /** field → articles with a value, and the types of those values. */
  fields: Map<string, { present: number; types: Map<FieldType, number> }>;
  profiles: Map<string, number>;
}

export function newSurvey(): ArchiveSurvey {
  return { articles: 0, fields: new Map(), profiles: new Map() };
}

export function surveyArticle(survey: ArchiveSurvey, article: Article): void {
  survey.articles++;
  const profile = detectProfile(article.body, feedNames(article));
  survey.profiles.set(profile, (survey.profiles.get(profile) ?? 0) + 1);
  const data = article.hexo.data;
  if (!data) return;
  for (const [name, value] of Object.entries(data)) {
    const type = valueType(value);
    if (!type) continue;
    let field = survey.fields.get(name);
    if (!field) survey.fields.set(name, (field = { present: 0, types: new Map() }));
    field.present++;
    field.types.set(type, (field.types.get(type) ?? 0) + 1);
  }
}

export interface InferredConfig {
  rules: Record<string, string>;
  fields: Record<string, { required?: boolean; type: FieldType | FieldType[] }>;
  clean: { remove: string[]; unwrap: string[] };
}

export function inferredConfig(survey: ArchiveSurvey, rules: readonly RuleInfo[]): InferredConfig {
  const fields: InferredConfig['fields'] = {};
  const names = [...survey.fields.keys()].sort((a, b) => survey.fields.get(b)!.present - survey.fields.get(a)!.present || (a < b ? -1 : 1));
  for (const name of names) {
    const f = survey.fields.get(name)!;
    const types = FIELD_TYPES.filter((t) => (f.types.get(t) ?? 0) >= TYPE_SHARE * f.present);
    // A url field also holds plain text now and then (a relative path): text accepts both.
    const kept = types.includes('url') && types.includes('string') ? types.filter((t) => t !== 'url') : types;
    const entry: InferredConfig['fields'][string] = { type: kept.length === 1 ? kept[0] : kept };
    if (survey.articles > 0 && f.present / survey.articles >= REQUIRED_SHARE) entry.required = true;
    fields[name] = entry;
  }
  return {
    rules: Object.fromEntries(rules.filter((r) => r.id !== 'rule-error').map((r) => [r.id, r.severity])),
    fields,
    clean: { remove: [], unwrap: [] },
  };
}
