/**
 * A small argument parser for the CLI: positional PATHs plus `--name value`, `--name=value`
 * and boolean `--flag` options, checked against what each command accepts.
 */
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
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      options.set(name, true);
    } else if (Object.hasOwn(values, name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      const allowed = values[name];
      if (allowed.length && !allowed.includes(value)) {
        throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
      }
      options.set(name, value);
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return { positional, options };
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  return typeof v === 'string' ? v : undefined;
}
