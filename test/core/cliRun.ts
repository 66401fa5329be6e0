/** Runs the `news-archive` CLI in process, capturing what it writes (lines joined by `\n`). */
import { main } from '../../src/cli/main';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Runs the CLI with the working folder set to `dir`, as CI runs it from the checkout. */
export async function runCliIn(dir: string, args: string[]): Promise<CliRun> {
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    return await runCli(args);
  } finally {
    process.chdir(cwd);
  }
}
