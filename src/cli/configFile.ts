/**
 * Finds and loads `.newsarchive.json` for a file from disk: the nearest one walking up from the
 * file's folder. Each configuration file is read once; its problems are reported once, one line
 * each (`file:line:col: message`, in the CLI's language). A folder, pipe or unreadable file in
 * the configuration's place is a problem too, and the defaults then apply there.
 */
import * as path from 'node:path';
import { readArchiveConfig } from '../core/archiveSettings';
import { ARCHIVE_CONFIG_FILE, ArchiveConfig, ConfigProblem, defaultArchiveConfig } from '../core/config/archiveConfig';
import { configText } from '../core/config/configMessages';
import { ConfigLocations, configSourceText } from './configLocation';
import { CliIo } from './io';
import { currentLocale } from './l10n';
import { positionsOf } from './positions';

export interface LoadedConfig {
  /** The file it came from; undefined for the defaults. */
  file: string | undefined;
  config: ArchiveConfig;
  problems: ConfigProblem[];
  /** The file's text, for the problems' positions. */
  text: string;
}

export class ConfigFiles {
  private readonly locations = new ConfigLocations();
  private readonly byFile = new Map<string, LoadedConfig>();
  private readonly defaults: LoadedConfig = { file: undefined, config: defaultArchiveConfig(), problems: [], text: '' };
  private errors = 0;
  private withProblems = 0;

  /** @param onLoad called once per configuration file found (to report its problems). */
  constructor(private readonly onLoad: (loaded: LoadedConfig) => void = () => undefined) {}

  /** How many configuration files found so far have errors (the run then exits 2). */
  get filesWithErrors(): number {
    return this.errors;
  }

  /** How many configuration files found so far have a problem of any severity (each was said on stderr). */
  get filesWithProblems(): number {
    return this.withProblems;
  }

  forFile(file: string): LoadedConfig {
    return this.forFolder(path.dirname(path.resolve(file)));
  }

  /** The configuration of the files in `folder` (an absolute path). */
  forFolder(folder: string): LoadedConfig {
    const source = this.locations.forFolder(folder);
    if (!source) return this.defaults;
    let loaded = this.byFile.get(source.file);
    if (loaded) return loaded;
    const { file, read } = source;
    if (read.kind === 'file') {
      const text = configSourceText(source);
      loaded = { file, text, ...readArchiveConfig(text) };
    } else {
      const problem: ConfigProblem = read.kind === 'special' && read.what === 'directory'
        ? { messageId: 'config-is-folder', args: [ARCHIVE_CONFIG_FILE], start: 0, end: 0, severity: 'error' }
        : { messageId: 'config-unreadable', args: [read.kind === 'error' ? read.code : read.what], start: 0, end: 0, severity: 'error' };
      loaded = { file, config: defaultArchiveConfig(), problems: [problem], text: '' };
    }
    if (loaded.problems.some((p) => p.severity === 'error')) this.errors++;
    if (loaded.problems.length > 0) this.withProblems++;
    this.onLoad(loaded);
    this.byFile.set(file, loaded);
    return loaded;
  }
}

/** The configurations of a run, each file's problems said on `io` when it is first read. */
export function configFilesFor(io: CliIo): ConfigFiles {
  return new ConfigFiles(reportConfigProblems(io));
}

/** One line per problem on stderr: `file:line:col: message`, as compilers write. */
function reportConfigProblems(io: CliIo): (loaded: LoadedConfig) => void {
  return (loaded) => {
    const at = positionsOf(loaded.text, loaded.problems.map((p) => p.start));
    for (const p of loaded.problems) {
      const pos = at.get(p.start) ?? { line: 0, character: 0 };
      io.err(`${loaded.file}:${pos.line + 1}:${pos.character + 1}: ${configText(p.messageId, p.args, currentLocale())}`);
    }
  };
}
