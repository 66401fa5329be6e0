/**
 * The options a rule takes in `.newsarchive.json`, declared by the rule beside its code (as
 * eslint's rules declare `meta.schema`): what type each is, what values it allows and its default.
 * The configuration reader checks every option against its declaration and hands a rule only the
 * options that passed, so a wrongly typed one is reported once and the default applies.
 */
import type { ConfigArg, ConfigMessageId } from './configMessages';

export type OptionSpec =
  | { readonly type: 'boolean'; readonly default: boolean; readonly description: string }
  | { readonly type: 'number'; readonly min: number; readonly max: number; readonly integer?: boolean; readonly default: number; readonly description: string }
  | { readonly type: 'enum'; readonly values: readonly string[]; readonly default: string; readonly description: string }
  /** A text that must match `pattern`; no default (the rule then does without). */
  | { readonly type: 'pattern'; readonly pattern: RegExp; readonly example: string; readonly description: string };

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

export type OptionReading =
  | { ok: true; value: boolean | number | string }
  | { ok: false; messageId: ConfigMessageId; args: ConfigArg[] };

const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/** Checks one option's value against its declaration. */
export function readOption(name: string, spec: OptionSpec, value: unknown): OptionReading {
  switch (spec.type) {
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : { ok: false, messageId: 'option-boolean', args: [name, String(spec.default)] };
    case 'number': {
      const fits = typeof value === 'number' && Number.isFinite(value) && value >= spec.min && value <= spec.max && (!spec.integer || Number.isInteger(value));
      return fits ? { ok: true, value } : { ok: false, messageId: spec.integer ? 'option-integer' : 'option-number', args: [name, spec.min, spec.max, spec.default] };
    }
    case 'enum':
      return typeof value === 'string' && spec.values.includes(value)
        ? { ok: true, value }
        : { ok: false, messageId: 'option-enum', args: [name, quoted(spec.values), `"${spec.default}"`] };
    case 'pattern':
      return typeof value === 'string' && spec.pattern.test(value) ? { ok: true, value } : { ok: false, messageId: 'option-pattern', args: [name, `"${spec.example}"`] };
  }
}
