/**
 * `.newsarchive.json`, the archive's one configuration file, read by the extension and the CLI
 * alike (as markdownlint reads `.markdownlint.json`): per-rule severity or "off" (with options),
 * the schema of front-matter fields, and the cleaner's selectors. Parsing never throws: every
 * mistake becomes a problem at the exact key or value (with a message id, ./configMessages.ts),
 * and the rest of the file still counts.
 *
 * The file is read into a position-aware tree (jsonc-parser, which VS Code's own JSON support
 * uses, held to strict JSON) and walked key by key: a key is a plain name, never looked up on a
 * prototype, so `toString`, `constructor` and `__proto__` are fields like any other. Which rules
 * and options exist, and which selectors the cleaner accepts, come from the parts that know
 * (`ConfigVocabulary`, ../archiveSettings.ts), so a typo is reported instead of ignored.
 */
import { Node as JsonNode, parseTree, ParseError, printParseErrorCode } from 'jsonc-parser/lib/esm/main.js';
import type { Severity } from '../problem';
import { CONFIG_MESSAGES, ConfigArg, ConfigMessageId } from './configMessages';
import { OptionSpecs, readOption } from './ruleOptions';

export { ARCHIVE_CONFIG_FILE } from './configFileName';

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
  /** Only options the rule declares, each checked against its declaration. */
  options: Readonly<Record<string, unknown>>;
}

export interface ArchiveConfig {
  /** By rule id; only ids the vocabulary knows. */
  rules: ReadonlyMap<string, RuleSetting>;
  /** By field name: any name, `constructor` included. */
  fields: ReadonlyMap<string, FieldSchema>;
  clean: { remove: string[]; unwrap: string[] };
}

export interface ConfigProblem {
  messageId: ConfigMessageId;
  args: ConfigArg[];
  /** Offsets in the file's text: the key or value at fault. */
  start: number;
  end: number;
  severity: 'error' | 'warning';
}

/** What the file may name, from the parts that define it. */
export interface ConfigVocabulary {
  /** Every rule id, with the options it takes. */
  rules: ReadonlyMap<string, OptionSpecs>;
  /** A known rule id close to a mistyped one, if any. */
  nearestRule(id: string): string | undefined;
  /** Why the cleaner cannot use a selector; undefined when it can. */
  selectorError(selector: string): string | undefined;
}

const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'] as const;

/** The archive generator's fields as Hexo themes use them. */
export const DEFAULT_FIELDS: ReadonlyMap<string, Readonly<FieldSchema>> = new Map([
  ['title', { required: true, types: ['string'], allowed: undefined }],
  ['date', { required: true, types: ['date'], allowed: undefined }],
  ['categories', { required: false, types: ['string', 'string[]'], allowed: undefined }],
  ['tags', { required: false, types: ['string', 'string[]'], allowed: undefined }],
  ['author', { required: false, types: ['string'], allowed: undefined }],
  ['comments', { required: false, types: ['boolean'], allowed: undefined }],
  ['headimg', { required: false, types: ['url'], allowed: undefined }],
  ['thumbnail', { required: false, types: ['url'], allowed: undefined }],
]);

function defaultFields(): Map<string, FieldSchema> {
  return new Map([...DEFAULT_FIELDS].map(([k, v]) => [k, { ...v, types: [...v.types] }]));
}

export function defaultArchiveConfig(): ArchiveConfig {
  return { rules: new Map(), fields: defaultFields(), clean: { remove: [], unwrap: [] } };
}

function isSeverity(v: unknown): v is (typeof SEVERITIES)[number] {
  return typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v);
}

interface Member {
  key: string;
  keyNode: JsonNode;
  value: JsonNode;
}

/** Reads one file: reports problems as it goes. */
class Reader {
  readonly problems: ConfigProblem[] = [];

  constructor(private readonly vocabulary: ConfigVocabulary) {}

  report(node: JsonNode, messageId: ConfigMessageId, args: ConfigArg[] = [], severity: 'error' | 'warning' = 'error'): void {
    this.problems.push({ messageId, args, start: node.offset, end: node.offset + node.length, severity });
  }

  /** An object's members, the last of a repeated key winning as in `JSON.parse`. */
  members(node: JsonNode): Member[] {
    const byKey = new Map<string, Member>();
    for (const property of node.children ?? []) {
      const [keyNode, value] = property.children ?? [];
      if (!keyNode || !value || typeof keyNode.value !== 'string') continue;
      const key: string = keyNode.value;
      const earlier = byKey.get(key);
      if (earlier) {
        this.report(earlier.keyNode, 'duplicate-key', [key], 'warning');
        byKey.delete(key);
      }
      byKey.set(key, { key, keyNode, value });
    }
    return [...byKey.values()];
  }

  rules(node: JsonNode): Map<string, RuleSetting> {
    const rules = new Map<string, RuleSetting>();
    if (node.type !== 'object') {
      this.report(node, 'rules-not-object');
      return rules;
    }
    for (const { key: id, keyNode, value } of this.members(node)) {
      const specs = this.vocabulary.rules.get(id);
      if (!specs) {
        const near = this.vocabulary.nearestRule(id);
        if (near) this.report(keyNode, 'unknown-rule-near', [id, near]);
        else this.report(keyNode, 'unknown-rule', [id, [...this.vocabulary.rules.keys()].join(', ')]);
        continue;
      }
      if (value.type === 'string') {
        if (isSeverity(value.value)) rules.set(id, { severity: value.value, options: Object.freeze({}) });
        else this.report(value, 'severity-invalid', [id]);
      } else if (value.type === 'object') {
        rules.set(id, this.ruleObject(id, value, specs));
      } else {
        this.report(value, 'rule-setting-invalid', [id]);
      }
    }
    return rules;
  }

  private ruleObject(id: string, node: JsonNode, specs: OptionSpecs): RuleSetting {
    let severity: RuleSetting['severity'];
    const options: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    const declared = new Map(Object.entries(specs));
    for (const { key, keyNode, value } of this.members(node)) {
      if (key === 'severity') {
        if (isSeverity(value.value) && value.type === 'string') severity = value.value;
        else this.report(value, 'severity-invalid', [id]);
        continue;
      }
      const spec = declared.get(key);
      if (!spec) {
        if (declared.size) this.report(keyNode, 'option-unknown', [id, key, [...declared.keys()].map((k) => `"${k}"`).join(', ')]);
        else this.report(keyNode, 'option-none', [id, key]);
        continue;
      }
      const reading = readOption(key, spec, scalar(value));
      if (reading.ok) options[key] = reading.value;
      else this.report(value, reading.messageId, reading.args);
    }
    return { severity, options: Object.freeze(options) };
  }

  fields(node: JsonNode, fields: Map<string, FieldSchema>): void {
    if (node.type !== 'object') {
      this.report(node, 'fields-not-object');
      return;
    }
    for (const { key: name, value } of this.members(node)) {
      const base = fields.get(name);
      const field: FieldSchema = base ? { ...base, types: [...base.types] } : { required: false, types: [], allowed: undefined };
      if (value.type !== 'object') this.report(value, 'field-not-object', [name]);
      else this.field(value, field);
      fields.set(name, field);
    }
  }

  private field(node: JsonNode, field: FieldSchema): void {
    for (const { key, keyNode, value } of this.members(node)) {
      if (key === 'required') {
        if (value.type === 'boolean') field.required = value.value === true;
        else this.report(value, 'field-required-invalid');
      } else if (key === 'type') {
        const items = value.type === 'array' ? value.children ?? [] : [value];
        const ok: FieldType[] = [];
        for (const item of items) {
          const type = FIELD_TYPES.find((t) => item.type === 'string' && item.value === t);
          if (type) ok.push(type);
          else this.report(item, 'field-type-invalid', [FIELD_TYPES.map((t) => `"${t}"`).join(', ')]);
        }
        if (value.type === 'array' && items.length === 0) this.report(value, 'field-type-invalid', [FIELD_TYPES.map((t) => `"${t}"`).join(', ')]);
        field.types = ok;
      } else if (key === 'enum') {
        const items = value.children ?? [];
        if (value.type === 'array' && items.every((v) => v.type === 'string' || v.type === 'number' || v.type === 'boolean')) {
          field.allowed = items.map((v) => String(scalar(v)));
        } else {
          this.report(value, 'field-enum-invalid');
        }
      } else {
        this.report(keyNode, 'field-setting-unknown', [key]);
      }
    }
  }

  clean(node: JsonNode): ArchiveConfig['clean'] {
    const clean = { remove: [] as string[], unwrap: [] as string[] };
    if (node.type !== 'object') {
      this.report(node, 'clean-not-object');
      return clean;
    }
    for (const { key, keyNode, value } of this.members(node)) {
      if (key !== 'remove' && key !== 'unwrap') {
        this.report(keyNode, 'clean-setting-unknown', [key]);
        continue;
      }
      if (value.type !== 'array' || !(value.children ?? []).every((v) => v.type === 'string')) {
        this.report(value, 'clean-selectors-invalid', [`clean.${key}`]);
        continue;
      }
      for (const item of value.children ?? []) {
        const selector = String(item.value);
        const error = this.vocabulary.selectorError(selector);
        if (error === undefined) clean[key].push(selector);
        else this.report(item, 'clean-selector-invalid', [selector, error]);
      }
    }
    return clean;
  }
}

/** A leaf's value; an object or array stands for itself, which no option accepts. */
function scalar(node: JsonNode): unknown {
  return node.type === 'object' || node.type === 'array' ? node : (node.value as unknown);
}

/** Reads the text of a `.newsarchive.json`; a syntax error leaves the defaults in force. */
export function parseArchiveConfig(text: string, vocabulary: ConfigVocabulary): { config: ArchiveConfig; problems: ConfigProblem[] } {
  const config = defaultArchiveConfig();
  const reader = new Reader(vocabulary);
  // A BOM becomes a space: offsets stay those of the text the editor shows.
  const source = text.replace(/^\uFEFF/, ' ');
  if (source.trim() === '') {
    return { config, problems: [{ messageId: 'json-invalid', args: [{ phrase: 'json.Empty' }], start: 0, end: 0, severity: 'error' }] };
  }
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length || !root) {
    const first = errors[0];
    const phrase = `json.${printParseErrorCode(first?.error ?? 4)}`;
    const problem: ConfigProblem = {
      messageId: 'json-invalid',
      args: [{ phrase: isMessageId(phrase) ? phrase : 'json.InvalidSymbol' }],
      start: first?.offset ?? 0,
      end: (first?.offset ?? 0) + Math.max(1, first?.length ?? 0),
      severity: 'error',
    };
    return { config, problems: [problem] };
  }
  if (root.type !== 'object') {
    reader.report(root, 'file-not-object');
    return { config, problems: reader.problems };
  }
  const fields = defaultFields();
  for (const { key, keyNode, value } of reader.members(root)) {
    if (key === '$schema') {
      if (value.type !== 'string') reader.report(value, 'schema-not-string');
    } else if (key === 'rules') config.rules = reader.rules(value);
    else if (key === 'fields') reader.fields(value, fields);
    else if (key === 'clean') config.clean = reader.clean(value);
    else reader.report(keyNode, 'unknown-setting', [key]);
  }
  config.fields = fields;
  return { config, problems: reader.problems.sort((a, b) => a.start - b.start) };
}

function isMessageId(id: string): id is ConfigMessageId {
  return Object.hasOwn(CONFIG_MESSAGES, id);
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
