/** The name of the archive's configuration file (./archiveConfig.ts reads it), apart so that finding it loads nothing else. */
export const ARCHIVE_CONFIG_FILE = '.newsarchive.json';
