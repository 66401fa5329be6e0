/**
 * `news-archive check PATH --cache FILE` over an unchanged git folder, answered before the rest
 * of the command line is loaded: dist/cli.js runs this first, and loads dist/cliMain.js (the
 * rules, the formats, the readers of YAML and HTML: most of the start-up of a run) only when it
 * cannot answer. The gits that list the folder start at once, before the cache is opened.
 *
 * It answers only a run it can repeat whole (./repeatedRun.ts): the `check` command with
 * `--cache`, one folder, no --shard or --changed-since, a baseline it can read, the last run's
 * output of the same format, language and baseline, and nothing changed. Otherwise it has
 * written nothing, and hands the full command line what it took (the listing), so that the run
 * does not list the folder twice.
 */
import { parseArgs, stringOption } from './args';
import { CheckCacheFile } from './checkCacheFile';
import { CHECK_OPTIONS, CheckFormat } from './checkOptions';
import { checkExitCode, checkSummaryLines, checkTotals } from './checkSummary';
import { ConfigLocations, configKeyOf, configSourceText } from './configLocation';
import { GitListing } from './gitListing';
import { CliIo } from './io';
import { currentLocale, localeFromEnv, setLocale, takeLangOption } from './l10n';
import { listable, repeatLastRun, runVariant } from './repeatedRun';
import { fileSelection } from '../core/index/fileSelection';
import * as fs from 'node:fs';
import type { FileSnapshot } from '../core/files/fileSnapshot';

/** What a warm run that could not answer took, for the full run to go on from. */
export interface WarmHandoff {
  listing: GitListing | undefined;
  /** The files read on the way (those git cannot vouch for), by path. */
  read: Map<string, FileSnapshot>;
}

/** Nothing said: what the warm run would say, the full run says. */
const SILENT: CliIo = { out: () => undefined, err: () => undefined };

/** The exit code when the last output was repeated; else what was taken (undefined: nothing, the run is not one to repeat). */
export async function warmCheck(argv: readonly string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number | WarmHandoff | undefined> {
  const lang = takeLangOption(argv);
  if (lang.invalid !== undefined) return undefined;
  const [name, ...rest] = lang.argv;
  if (name !== 'check') return undefined;
  let args;
  try {
    args = parseArgs(rest, CHECK_OPTIONS);
  } catch {
    return undefined; // the full run says what is wrong
  }
  const cachePath = stringOption(args, 'cache');
  if (cachePath === undefined || !listable(args)) return undefined;
  const listed = GitListing.of(args.positional[0], fileSelection());
  setLocale(lang.locale ?? localeFromEnv(env));
  // parseArgs took only the formats CHECK_OPTIONS names.
  const format = (stringOption(args, 'format') ?? 'text') as CheckFormat;
  const baselinePath = stringOption(args, 'baseline');
  let baselineText: string | undefined;
  if (baselinePath !== undefined) {
    try {
      baselineText = fs.readFileSync(baselinePath, 'utf8');
    } catch {
      return { listing: await listed, read: new Map() };
    }
  }
  const cache = new CheckCacheFile(cachePath, SILENT);
  try {
    const listing = await listed;
    const read = new Map<string, FileSnapshot>();
    if (!listing) return { listing, read };
    const locations = new ConfigLocations();
    const configKey = (folder: string) => {
      const source = locations.forFolder(folder);
      return configKeyOf(source?.file, source ? configSourceText(source) : '');
    };
    const run = repeatLastRun(cache, listing, runVariant(format, currentLocale(), baselineText, []), configKey, read, io);
    if (!run) return { listing, read };
    const lines = checkSummaryLines(
      format,
      checkTotals(run.counts, run.articles),
      baselinePath !== undefined ? { path: baselinePath, known: run.known, newErrors: run.newErrors } : undefined,
      { path: cachePath, hits: run.covered, covered: run.covered },
    );
    for (const line of lines) io.err(line);
    return checkExitCode(false, run.newErrors);
  } finally {
    cache.close();
  }
}
