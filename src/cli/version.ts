/** The tool's version, from the extension's manifest (esbuild keeps only this field of it). */
import { version } from '../../package.json';

export const TOOL_VERSION: string = version;
