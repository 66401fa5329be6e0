/**
 * `.newsarchive.json`, the archive's one configuration file, read by the extension and the CLI
 * alike (as markdownlint reads `.markdownlint.json`): per-rule severity or "off" (with options),
 * the schema of front-matter fields, and the cleaner's selectors. Parsing never throws: every
 * mistake becomes a message that says what to write instead, and the rest of the file still counts.
 */
import type { Severity } from '../problem';

export const ARCHIVE_CONFIG_FILE = '.newsarchive.json';

export type FieldType = 'string' | 'string[]' | 'boolean' | 'number' | 'date' | 'url';
export const FIELD_TYPES: readonly FieldType[] = ['string', 'string[]', 'boolean', 'number', 'date', 'url'];

export interface FieldSchema {
  required: boolean;
  /** Accepted types; empty: anything. */
  types: FieldType[];
  /** Allowed values (compared as text); undefined: every value. */
  allowed: string[] | undefined;
}

export interface RuleSetting {
  severity: Severity | 'off' | undefined;
  options: Record<string, unknown>;
}

export interface ArchiveConfig {
  rules: Record<string, RuleSetting>;
  fields: Record<string, FieldSchema>;
  clean: { remove: string[]; unwrap: string[] };
}

export interface ConfigProblem {
  /** JSON path of the offending value, e.g. `rules.date-style`. */
  path: string;
  message: string;
}

const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'] as const;

/** The archive generator's fields as Hexo themes use them. */
export const DEFAULT_FIELDS: Readonly<Record<string, FieldSchema>> = {
  title: { required: true, types: ['string'], allowed: undefined },
  date: { required: true, types: ['date'], allowed: undefined },
  categories: { required: false, types: ['string', 'string[]'], allowed: undefined },
  tags: { required: false, types: ['string', 'string[]'], allowed: undefined },
  author: { required: false, types: ['string'], allowed: undefined },
  comments: { required: false, types: ['boolean'], allowed: undefined },
  headimg: { required: false, types: ['url'], allowed: undefined },
  thumbnail: { required: false, types: ['url'], allowed: undefined },
};

export function defaultArchiveConfig(): ArchiveConfig {
  const fields: Record<string, FieldSchema> = {};
  for (const [k, v] of Object.entries(DEFAULT_FIELDS)) fields[k] = { ...v, types: [...v.types] };
  return { rules: {}, fields, clean: { remove: [], unwrap: [] } };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isSeverity(v: unknown): v is (typeof SEVERITIES)[number] {
  return typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v);
}

function readRules(value: unknown, problems: ConfigProblem[]): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  if (value === undefined) return rules;
  if (!isRecord(value)) {
    problems.push({ path: 'rules', message: '"rules" must be an object: { "rule-id": "warning" | "off" | { "severity": …, options } }' });
    return rules;
  }
  for (const [id, setting] of Object.entries(value)) {
    if (isSeverity(setting)) {
      rules[id] = { severity: setting, options: {} };
    } else if (isRecord(setting)) {
      const { severity, ...options } = setting;
      if (severity !== undefined && !isSeverity(severity)) {
        problems.push({ path: `rules.${id}.severity`, message: `severity must be one of ${SEVERITIES.join(', ')}` });
      }
      rules[id] = { severity: isSeverity(severity) ? severity : undefined, options };
    } else {
      problems.push({ path: `rules.${id}`, message: `use one of ${SEVERITIES.join(', ')}, or an object with "severity" and the rule's options` });
    }
  }
  return rules;
}

function readField(name: string, value: unknown, base: FieldSchema | undefined, problems: ConfigProblem[]): FieldSchema {
  const field: FieldSchema = base ? { ...base, types: [...base.types] } : { required: false, types: [], allowed: undefined };
  if (!isRecord(value)) {
    problems.push({ path: `fields.${name}`, message: 'a field is an object: { "required": true, "type": "string", "enum": [ … ] }' });
    return field;
  }
  if (value.required !== undefined) {
    if (typeof value.required === 'boolean') field.required = value.required;
    else problems.push({ path: `fields.${name}.required`, message: '"required" must be true or false' });
  }
  if (value.type !== undefined) {
    const types = Array.isArray(value.type) ? value.type : [value.type];
    const ok = types.filter((t): t is FieldType => typeof t === 'string' && (FIELD_TYPES as readonly string[]).includes(t));
    if (ok.length !== types.length) {
      problems.push({ path: `fields.${name}.type`, message: `"type" must be one of ${FIELD_TYPES.join(', ')} or a list of them` });
    }
    field.types = ok;
  }
  if (value.enum !== undefined) {
    if (Array.isArray(value.enum) && value.enum.every((v) => ['string', 'number', 'boolean'].includes(typeof v))) {
      field.allowed = value.enum.map((v) => String(v));
    } else {
      problems.push({ path: `fields.${name}.enum`, message: '"enum" must be a list of strings, numbers or booleans' });
    }
  }
  return field;
}

function readStrings(value: unknown, path: string, problems: ConfigProblem[]): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  problems.push({ path, message: `"${path}" must be a list of CSS selectors (strings)` });
  return [];
}

/** Reads a parsed `.newsarchive.json` value over the defaults. */
export function readArchiveConfig(value: unknown): { config: ArchiveConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const config = defaultArchiveConfig();
  if (!isRecord(value)) {
    problems.push({ path: '', message: 'the file must hold one JSON object, e.g. { "rules": { "date-future": "off" } }' });
    return { config, problems };
  }
  for (const key of Object.keys(value)) {
    if (!['$schema', 'rules', 'fields', 'clean'].includes(key)) {
      problems.push({ path: key, message: `unknown setting "${key}": use "rules", "fields" or "clean"` });
    }
  }
  config.rules = readRules(value.rules, problems);
  if (value.fields !== undefined) {
    if (isRecord(value.fields)) {
      for (const [name, field] of Object.entries(value.fields)) {
        config.fields[name] = readField(name, field, config.fields[name], problems);
      }
    } else {
      problems.push({ path: 'fields', message: '"fields" must be an object keyed by field name' });
    }
  }
  if (value.clean !== undefined) {
    if (isRecord(value.clean)) {
      config.clean = {
        remove: readStrings(value.clean.remove, 'clean.remove', problems),
        unwrap: readStrings(value.clean.unwrap, 'clean.unwrap', problems),
      };
    } else {
      problems.push({ path: 'clean', message: '"clean" must be an object: { "remove": [selectors], "unwrap": [selectors] }' });
    }
  }
  return { config, problems };
}

/** Parses the text of a `.newsarchive.json`; a syntax error leaves the defaults in force. */
export function parseArchiveConfig(text: string): { config: ArchiveConfig; problems: ConfigProblem[] } {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return {
      config: defaultArchiveConfig(),
      problems: [{ path: '', message: `not valid JSON (${e instanceof Error ? e.message : String(e)}); the defaults apply until it is fixed` }],
    };
  }
  return readArchiveConfig(value);
}

/**
 * The folders to look in for `.newsarchive.json`, nearest first: from the file's folder up to
 * and including `root` (paths with `/` separators). Without a root, up to the file system root.
 */
export function configSearchFolders(fileFolder: string, root?: string): string[] {
  const norm = (p: string) => (p.length > 1 ? p.replace(/\/+$/, '') : p);
  const folders: string[] = [];
  let dir = norm(fileFolder);
  const stop = root === undefined ? undefined : norm(root);
  for (;;) {
    folders.push(dir);
    if (stop !== undefined && dir === stop) break;
    const slash = dir.lastIndexOf('/');
    if (slash < 0) break;
    const parent = slash === 0 ? '/' : dir.slice(0, slash);
    if (parent === dir) break;
    if (stop !== undefined && !parent.startsWith(stop)) break;
    dir = parent;
  }
  return folders;
}

/** The configured severity of a rule, or its default. */
export function ruleSeverity(config: ArchiveConfig | undefined, id: string, fallback: Severity | 'off'): Severity | 'off' {
  return config?.rules[id]?.severity ?? fallback;
}
