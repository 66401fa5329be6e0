/**
 * The `news-archive` command line over the same core as the extension. Exit codes: 0 clean,
 * 1 problems found, 2 could not run (usage errors included).
 */
import { UsageError } from './args';
import { baselineUsage, runBaseline } from './baselineCommand';
import { mergeUsage, runMerge } from './mergeCommand';
import { initUsage, runInit } from './initCommand';
import { rulesUsage, runRules } from './rulesCommand';
import { checkUsage, runCheck } from './checkCommand';
import { cleanUsage, runClean } from './cleanCommand';
import { fixUsage, runFix } from './fixCommand';
import { indexUsage, runIndex } from './indexCommand';
import { CliIo } from './io';
import { localeFromEnv, setLocale, t, takeLangOption } from './l10n';
import { runStats, statsUsage } from './statsCommand';
import type { WarmHandoff } from './warmCheck';

interface CliCommand {
  usage: string;
  /** A function: the text depends on the locale of the run. */
  summary(): string;
  run(argv: readonly string[], io: CliIo): number | Promise<number>;
}

/** Every subcommand; later capabilities add theirs here. */
export const commands: Record<string, CliCommand> = {
  check: { usage: checkUsage, summary: () => t('report front-matter problems (exit 1 on any error)'), run: runCheck },
  clean: { usage: cleanUsage, summary: () => t('print the body without its boilerplate (--write: replace it in the file)'), run: runClean },
  fix: { usage: fixUsage, summary: () => t('apply every safe fix in place (--dry-run: print a diff)'), run: runFix },
  index: { usage: indexUsage, summary: () => t('print one record per article (title, date, categories, …)'), run: runIndex },
  stats: { usage: statsUsage, summary: () => t('totals, articles per month/source/category, problems, duplicates, vocabulary drift'), run: runStats },
  baseline: { usage: baselineUsage, summary: () => t('record today\'s problems, so that check --baseline fails only on new ones'), run: runBaseline },
  merge: { usage: mergeUsage, summary: () => t('merge the reports of check --shard jobs (JSON or SARIF) into one'), run: runMerge },
  init: { usage: initUsage, summary: () => t('write a .newsarchive.json from what the archive holds (rules, fields and their types)'), run: runInit },
  rules: { usage: rulesUsage, summary: () => t('list the rule ids with their default severity and one-line description'), run: runRules },
};

export function usage(): string {
  const lines = [t('usage: {0}', 'news-archive <command> [options] [--lang en|zh-cn]'), '', t('commands:')];
  for (const [name, c] of Object.entries(commands)) lines.push(`  ${name.padEnd(8)} ${c.summary()}`, `           ${c.usage}`);
  lines.push('', t('exit codes: 0 clean, 1 problems found, 2 could not run'));
  return lines.join('\n');
}

/** `warm`: what dist/cli.js's warm `check` took before it handed the run over (./warmCheck.ts). */
export async function main(argv: readonly string[], io: CliIo, env: NodeJS.ProcessEnv = process.env, warm?: WarmHandoff): Promise<number> {
  const lang = takeLangOption(argv);
  setLocale(lang.locale ?? localeFromEnv(env));
  if (lang.invalid !== undefined) {
    io.err(t('news-archive: --lang takes en or zh-cn (got "{0}")', lang.invalid));
    return 2;
  }
  const [name, ...rest] = lang.argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.err(`${t('news-archive: unknown command "{0}"', name)}\n\n${usage()}`);
    return 2;
  }
  try {
    return await (name === 'check' && warm ? runCheck(rest, io, warm) : command.run(rest, io));
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`news-archive ${name}: ${e.message}\n${t('usage: {0}', command.usage)}`);
      return 2;
    }
    io.err(`news-archive ${name}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    return 2;
  }
}
