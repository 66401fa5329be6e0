/**
 * Reads front-matter YAML the way Hexo does: js-yaml 4 with its default schema, after
 * hexo-front-matter's tab escape. One difference, kept on purpose: a YAML timestamp stays as
 * its source text beside the instant js-yaml gives it, so a date "stays as written".
 */
import { jsYamlTypes } from './jsYamlTypes';
import { DEFAULT_SCHEMA, load, Type, YAMLException } from 'js-yaml';

const yamlTimestamp = jsYamlTypes.timestamp;

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
  /** The mapping Hexo gets; undefined when Hexo reads no front matter from the file. */
  data: Record<string, unknown> | undefined;
  /**
   * Why there is no data, when the data is not `key: value` lines: js-yaml's message and its
   * offset within the YAML text (from the block's contentStart), or a note that the data is not
   * a mapping. Undefined when there simply is none (empty, only comments, or none located).
   */
  error: { message: string; offset: number | undefined } | undefined;
  /** js-yaml threw: Hexo's processing of the post fails (hexo-front-matter does not catch it). */
  fails: boolean;
}

/** Hexo read no front matter. */
export const NO_READING: HexoReading = { data: undefined, error: undefined, fails: false };

/** hexo-front-matter's escapeYAML: tab indents become two spaces each. */
export function escapeTabs(yaml: string): string {
  return yaml.replace(/\n(\t+)/g, (_m, tabs: string) => '\n' + '  '.repeat(tabs.length));
}

const NOT_MAPPING: HexoReading = { data: undefined, error: { message: 'the front matter is not a list of `key: value` lines', offset: 0 }, fails: false };

/**
 * What hexo-front-matter's parse keeps of a loaded value: null leaves the post without front
 * matter, and so does a scalar (reported as "not `key: value` lines"); a list is taken as front
 * matter that has no fields.
 */
function asReading(data: unknown): HexoReading {
  if (data === null || data === undefined) return NO_READING;
  if (typeof data !== 'object') return NOT_MAPPING;
  return { data: Array.isArray(data) ? {} : (data as Record<string, unknown>), error: undefined, fails: false };
}

/** js-yaml's reading of front-matter YAML as Hexo loads it; an error offset is within `yaml`. */
export function readHexoYaml(yaml: string): HexoReading {
  try {
    return asReading(load(escapeTabs(yaml), { schema: HEXO_SCHEMA }));
  } catch (e) {
    if (e instanceof YAMLException) {
      return { data: undefined, error: { message: e.reason || e.message, offset: e.mark?.position }, fails: true };
    }
    return { data: undefined, error: { message: String(e), offset: undefined }, fails: true };
  }
}

/** hexo-front-matter's parseJSON for `;;;` front matter: the lines inside braces, or nothing. */
export function readHexoJson(json: string): HexoReading {
  try {
    return asReading(JSON.parse(`{${json}}`));
  } catch {
    return NO_READING;
  }
}
