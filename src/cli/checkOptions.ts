/**
 * What `check` accepts on its command line: its formats and options. Kept apart from the
 * command (./checkCommand.ts) because the warm run (./repeatedRun.ts) parses the same arguments
 * before the rest of the command line is loaded.
 */
import { OptionSpec } from './args';

export const CHECK_FORMATS = ['text', 'json', 'sarif', 'github', 'junit'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export const CHECK_OPTIONS: OptionSpec = { values: { format: CHECK_FORMATS, shard: [], 'changed-since': [], cache: [], baseline: [] } };

export const checkUsage = 'news-archive check PATH… [--format text|json|sarif|github|junit] [--shard K/N] [--changed-since REV] [--cache FILE] [--baseline FILE]';
