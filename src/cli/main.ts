/**
 * The `news-archive` command line over the same core as the extension. Exit codes: 0 clean,
 * 1 problems found, 2 could not run (usage errors included).
 */
import { UsageError } from './args';
import { checkUsage, runCheck } from './checkCommand';
import { cleanUsage, runClean } from './cleanCommand';
import { fixUsage, runFix } from './fixCommand';
import { indexUsage, runIndex } from './indexCommand';
import { CliIo } from './io';
import { runStats, statsUsage } from './statsCommand';

interface CliCommand {
  usage: string;
  summary: string;
  run(argv: readonly string[], io: CliIo): number | Promise<number>;
}

/** Every subcommand; later capabilities add theirs here. */
export const commands: Record<string, CliCommand> = {
  check: { usage: checkUsage, summary: 'report front-matter problems (exit 1 on any error)', run: runCheck },
  clean: { usage: cleanUsage, summary: 'print the body without its boilerplate (--write: replace it in the file)', run: runClean },
  fix: { usage: fixUsage, summary: 'apply every safe fix in place (--dry-run: print a diff)', run: runFix },
  index: { usage: indexUsage, summary: 'print one record per article (title, date, categories, …)', run: runIndex },
  stats: { usage: statsUsage, summary: 'totals, articles per month/source/category, problems, duplicates, vocabulary drift', run: runStats },
};

export function usage(): string {
  const lines = ['usage: news-archive <command> [options]', '', 'commands:'];
  for (const [name, c] of Object.entries(commands)) lines.push(`  ${name.padEnd(8)} ${c.summary}`, `           ${c.usage}`);
  lines.push('', 'exit codes: 0 clean, 1 problems found, 2 could not run');
  return lines.join('\n');
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    io.err(`news-archive: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`news-archive ${name}: ${e.message}\nusage: ${command.usage}`);
      return 2;
    }
    io.err(`news-archive ${name}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    return 2;
  }
}
