// Types of scripts/settingsTable.mjs for the unit test that imports it.
export const START: string;
export const END: string;
export function settingsTable(manifest: unknown, nls: Record<string, string>): string;
export function withSettingsTable(readme: string, table: string): string;
