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
import { readSnapshot } from '../core/files/fileSnapshot';
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
  private readonly byFolder = new Map<string, LoadedConfig>();
  private readonly defaults: LoadedConfig = { file: undefined, config: defaultArchiveConfig(), problems: [], text: '' };
  private errors = 0;

  /** @param onLoad called once per configuration file found (to report its problems). */
  constructor(private readonly onLoad: (loaded: LoadedConfig) => void = () => undefined) {}

  /** How many configuration files found so far have errors (the run then exits 2). */
  get filesWithErrors(): number {
    return this.errors;
  }

  forFile(file: string): LoadedConfig {
    return this.forFolder(path.dirname(path.resolve(file)));
  }

  /** The configuration of the files in `folder` (an absolute path). */
  forFolder(folder: string): LoadedConfig {
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    const candidate = path.join(folder, ARCHIVE_CONFIG_FILE);
    const read = readSnapshot(candidate);
    let loaded: LoadedConfig;
    if (read.kind === 'error' && read.code === 'ENOENT') {
      const parent = path.dirname(folder);
      loaded = parent === folder ? this.defaults : this.forFolder(parent);
    } else {
      if (read.kind === 'file') {
        const text = read.snapshot.bytes.toString('utf8');
        loaded = { file: candidate, text, ...readArchiveConfig(text) };
      } else {
        const problem: ConfigProblem = read.kind === 'special' && read.what === 'directory'
          ? { messageId: 'config-is-folder', args: [ARCHIVE_CONFIG_FILE], start: 0, end: 0, severity: 'error' }
          : { messageId: 'config-unreadable', args: [read.kind === 'error' ? read.code : read.what], start: 0, end: 0, severity: 'error' };
        loaded = { file: candidate, config: defaultArchiveConfig(), problems: [problem], text: '' };
      }
      if (loaded.problems.some((p) => p.severity === 'error')) this.errors++;
      this.onLoad(loaded);
    }
    this.byFolder.set(folder, loaded);
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
