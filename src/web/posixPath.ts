/**
 * What the web build gets for `node:path` (scripts/bundles.mjs resolves it here; every other
 * Node built-in fails the build): the few POSIX path functions the index uses. In the browser
 * every archive path is a URI's path (`uri.fsPath` of a `vscode-vfs:` or other URI), always
 * with `/`, so POSIX is the only spelling there is.
 */
export const sep = '/';

function normalizeParts(parts: string[], absolute: boolean): string {
  const out: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else out.push(p);
  }
  const joined = out.join('/');
  return absolute ? `/${joined}` : joined || '.';
}

export function normalize(p: string): string {
  if (p === '') return '.';
  const trailing = p.endsWith('/') && p.length > 1;
  const n = normalizeParts(p.split('/'), p.startsWith('/'));
  return trailing && n !== '/' ? `${n}/` : n;
}

export function join(...parts: string[]): string {
  const kept = parts.filter((p) => p !== '');
  return kept.length ? normalize(kept.join('/')) : '.';
}

export function dirname(p: string): string {
  if (p === '') return '.';
  const trimmed = p.length > 1 ? p.replace(/\/+$/, '') : p;
  const i = trimmed.lastIndexOf('/');
  if (i < 0) return '.';
  if (i === 0) return '/';
  return trimmed.slice(0, i);
}

export function basename(p: string, ext?: string): string {
  const trimmed = p.length > 1 ? p.replace(/\/+$/, '') : p;
  const base = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  return ext && base.endsWith(ext) && base !== ext ? base.slice(0, -ext.length) : base;
}

export function extname(p: string): string {
  const base = basename(p);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot);
}

export function isAbsolute(p: string): boolean {
  return p.startsWith('/');
}

export function resolve(...parts: string[]): string {
  let out = '';
  for (let i = parts.length - 1; i >= 0 && !out.startsWith('/'); i--) if (parts[i]) out = out ? `${parts[i]}/${out}` : parts[i];
  return normalizeParts(out.split('/'), true);
}

export function relative(from: string, to: string): string {
  const a = resolve(from).split('/').filter(Boolean);
  const b = resolve(to).split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

export const posix = { sep, normalize, join, dirname, basename, extname, isAbsolute, resolve, relative };
export default posix;
