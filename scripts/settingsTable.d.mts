// Types of scripts/settingsTable.mjs for the unit test that imports it.
export const START: string;
export const END: string;
export const HEADERS: { en: string; 'zh-cn': string };
export const READMES: { file: string; nls: string; header: string }[];
export function settingsTable(manifest: unknown, nls: Record<string, string>, header?: string): string;
export function withSettingsTable(readme: string, table: string): string;
