/**
 * Finds and loads `.newsarchive.json` for a file from disk: the nearest one walking up from the
 * file's folder. Each configuration file is read once; its problems are reported once.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ARCHIVE_CONFIG_FILE, ArchiveConfig, ConfigProblem, defaultArchiveConfig, parseArchiveConfig } from '../core/config/archiveConfig';

export interface LoadedConfig {
  /** The file it came from; undefined for the defaults. */
  file: string | undefined;
  config: ArchiveConfig;
  problems: ConfigProblem[];
}

export class ConfigFiles {
  private readonly byFolder = new Map<string, LoadedConfig>();
  private readonly defaults: LoadedConfig = { file: undefined, config: defaultArchiveConfig(), problems: [] };

  /** @param onLoad called once per configuration file found (to report its problems). */
  constructor(private readonly onLoad: (loaded: LoadedConfig) => void = () => undefined) {}

  forFile(file: string): LoadedConfig {
    return this.forFolder(path.dirname(path.resolve(file)));
  }

  private forFolder(folder: string): LoadedConfig {
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    const candidate = path.join(folder, ARCHIVE_CONFIG_FILE);
    let loaded: LoadedConfig;
    let text: string | undefined;
    try {
      text = fs.readFileSync(candidate, 'utf8');
    } catch {
      text = undefined;
    }
    if (text !== undefined) {
      const { config, problems } = parseArchiveConfig(text);
      loaded = { file: candidate, config, problems };
      this.onLoad(loaded);
    } else {
      const parent = path.dirname(folder);
      loaded = parent === folder ? this.defaults : this.forFolder(parent);
    }
    this.byFolder.set(folder, loaded);
    return loaded;
  }
}
