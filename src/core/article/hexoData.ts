/**
 * Reads front-matter YAML the way Hexo does: js-yaml 4 with its default schema, after
 * hexo-front-matter's tab escape. One difference, kept on purpose: a YAML timestamp stays as
 * its source text beside the instant js-yaml gives it, so a date "stays as written".
 */
import * as jsYaml from 'js-yaml';
import { DEFAULT_SCHEMA, load, Type, YAMLException } from 'js-yaml';

// js-yaml exports its built-in types at run time; @types/js-yaml does not declare them.
const yamlTimestamp = (jsYaml as unknown as { types: { timestamp: Type } }).types.timestamp;

/** A YAML timestamp (`2021-11-26 07:21:47`): its text and js-yaml's reading of it (UTC when zone-less). */
export class YamlTimestamp {
  constructor(readonly raw: string, readonly utc: Date) {}
}

const timestampKeepingRaw = new Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: (s: string) => yamlTimestamp.resolve(s),
  construct: (s: string) => new YamlTimestamp(s, yamlTimestamp.construct(s) as Date),
  instanceOf: YamlTimestamp,
});

const HEXO_SCHEMA = DEFAULT_SCHEMA.extend({ implicit: [timestampKeepingRaw] });

export interface HexoReading {
  /** The mapping Hexo gets; undefined when the YAML fails or is not a mapping. */
  data: Record<string, unknown> | undefined;
  /** Why there is no data: js-yaml's message and its offset within the YAML text. */
  error: { message: string; offset: number | undefined } | undefined;
}

/** hexo-front-matter's escapeYAML: tab indents become two spaces each. */
export function escapeTabs(yaml: string): string {
  return yaml.replace(/\n(\t+)/g, (_m, tabs: string) => '\n' + '  '.repeat(tabs.length));
}

export function readHexoYaml(yaml: string): HexoReading {
  try {
    const data = load(escapeTabs(yaml), { schema: HEXO_SCHEMA });
    if (data === null || data === undefined) return { data: {}, error: undefined };
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { data: undefined, error: { message: 'the front matter is not a list of `key: value` lines', offset: 0 } };
    }
    return { data: data as Record<string, unknown>, error: undefined };
  } catch (e) {
    if (e instanceof YAMLException) {
      return { data: undefined, error: { message: e.reason || e.message, offset: e.mark?.position } };
    }
    return { data: undefined, error: { message: String(e), offset: undefined } };
  }
}
