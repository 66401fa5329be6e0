/**
 * A small argument parser for the CLI: positional PATHs plus `--name value`, `--name=value`
 * and boolean `--flag` options, checked against what each command accepts.
 */
import { t } from './l10n';
export class UsageError extends Error {}

export interface ParsedArgs {
  positional: string[];
  options: Map<string, string | true>;
}

export interface OptionSpec {
  /** Options that take a value, with the values allowed (empty: every value). */
  values?: Record<string, readonly string[]>;
  /** Options that are plain flags. */
  flags?: readonly string[];
}

export function parseArgs(argv: readonly string[], spec: OptionSpec): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  const values = spec.values ?? {};
  const flags = new Set(spec.flags ?? []);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    const m = /^--([a-z][a-z-]*)(?:=(.*))?$/.exec(arg);
    if (!m) {
      positional.push(arg);
      continue;
    }
    const [, name, inline] = m;
    if (flags.has(name)) {
      if (inline !== undefined) throw new UsageError(t('--{0} takes no value', name));
      options.set(name, true);
    } else if (Object.hasOwn(values, name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(t('--{0} needs a value', name));
      const allowed = values[name];
      if (allowed.length && !allowed.includes(value)) {
        throw new UsageError(t('--{0} must be one of {1} (got "{2}")', name, allowed.join(', '), value));
      }
      options.set(name, value);
    } else {
      throw new UsageError(t('unknown option --{0}', name));
    }
  }
  return { positional, options };
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  return typeof v === 'string' ? v : undefined;
}
