// Types of scripts/l10n.mjs for the unit tests that import it.
export interface LocalizableString {
  /** Where it sits in package.json, e.g. ['contributes', 'commands', 0, 'title']. */
  at: (string | number)[];
  /** Its key in package.nls.json. */
  key: string;
  value: string;
}
export function localizableStrings(manifest: unknown): LocalizableString[];
export function l10nMessages(source: string): string[];
export function sourceMessages(srcDir: string): string[];
export function countedMessages(source: string): string[];
