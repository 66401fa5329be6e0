/**
 * The house plan, enforced from the imports (docs/ARCHITECTURE.md draws it): src/core knows
 * nothing of VS Code or of the front ends, the editor's glue and the command line are two front
 * ends that never import each other, commands/ holds commands only, and no file or part imports
 * its way back round to itself.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

const repo = path.resolve(__dirname, '../../..');
const src = path.join(repo, 'src');

interface Import {
  from: string;
  /** The file it names, relative to src/ (undefined for a package). */
  to: string | undefined;
  specifier: string;
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)(['"])([^'"\n]+)\1/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => path.join(dir, f));
}

function resolve(fromFile: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(fromFile), specifier);
  for (const c of [base, `${base}.ts`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  }
  return base;
}

function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

const rel = (file: string) => path.relative(src, file).split(path.sep).join('/');

const imports: Import[] = sourceFiles(src).flatMap((file) => {
  const found: Import[] = [];
  for (const m of withoutComments(fs.readFileSync(file, 'utf8')).matchAll(SPECIFIER)) {
    const to = resolve(file, m[2]);
    found.push({ from: rel(file), to: to === undefined ? undefined : rel(to), specifier: m[2] });
  }
  return found;
});

/** The part a file belongs to: `core/rules`, `cli`, `preview`, `extension.ts` … */
function partOf(file: string): string {
  const segments = file.split('/');
  if (segments[0] === 'core') return `core/${segments[1]}`;
  return segments.length > 1 ? segments[0] : file;
}

const isCore = (f: string) => f.startsWith('core/');
const isCli = (f: string) => f.startsWith('cli/') || f === 'cli.ts';
const isGlue = (f: string) => !isCore(f) && !isCli(f);

function show(list: readonly Import[]): string[] {
  return list.map((i) => `${i.from} → ${i.to ?? i.specifier}`);
}

/** Every cycle of a directed graph, each once, as the nodes along it (Tarjan's components). */
function circles(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || edges.get(v)?.has(v)) found.push(component.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return found;
}

function graph(key: (file: string) => string): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const i of imports) {
    if (!i.to) continue;
    const a = key(i.from);
    const b = key(i.to);
    if (a === b && key !== identity) continue;
    if (!edges.has(a)) edges.set(a, new Set());
    edges.get(a)?.add(b);
  }
  return edges;
}

const identity = (f: string) => f;

describe('the house plan (imports)', () => {
  it('reads the imports of every source file', () => {
    // A guard on the scanner itself: the rules below would pass vacuously on nothing.
    assert.ok(imports.length > 300, `only ${imports.length} imports found`);
    assert.ok(imports.some((i) => i.from === 'extension.ts' && i.specifier === 'vscode'));
    assert.ok(imports.some((i) => i.from === 'core/rules/index.ts' && i.to === 'core/rules/types.ts'));
  });

  it('src/core imports neither vscode nor any file outside src/core', () => {
    const bad = imports.filter((i) => isCore(i.from) && (i.specifier === 'vscode' || (i.to !== undefined && !isCore(i.to))));
    assert.deepStrictEqual(show(bad), []);
  });

  it('the editor glue never imports the command line, and the command line only the core', () => {
    const glueToCli = imports.filter((i) => isGlue(i.from) && i.to !== undefined && isCli(i.to));
    const cliToGlue = imports.filter((i) => isCli(i.from) && i.to !== undefined && isGlue(i.to) && !i.to.startsWith('../'));
    const cliToVscode = imports.filter((i) => isCli(i.from) && i.specifier === 'vscode');
    assert.deepStrictEqual(show([...glueToCli, ...cliToGlue, ...cliToVscode]), []);
  });

  it('src/workers (the archive processes\' script) imports neither vscode nor anything but the core and itself', () => {
    const bad = imports.filter((i) => i.from.startsWith('workers/') &&
      (i.specifier === 'vscode' || (i.to !== undefined && !isCore(i.to) && !i.to.startsWith('workers/'))));
    assert.ok(imports.some((i) => i.from === 'workers/archiveWorker.ts'), 'the worker entry is scanned');
    assert.deepEqual(show(bad), []);
  });

  it('nothing imports src/commands (it holds commands only) but the entry points (Node and web)', () => {
    const bad = imports.filter((i) => i.to?.startsWith('commands/') && !i.from.startsWith('commands/') && i.from !== 'extension.ts' && i.from !== 'web/extension.ts');
    assert.deepStrictEqual(show(bad), []);
  });

  it('no import circle between files', () => {
    assert.deepStrictEqual(circles(graph(identity)), []);
  });

  it('no import circle between parts (an import running back up makes one)', () => {
    assert.deepStrictEqual(circles(graph(partOf)), []);
  });

  it('finds a circle where there is one (the check itself)', () => {
    const edges = new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])], ['d', new Set(['a'])]]);
    assert.deepStrictEqual(circles(edges), [['a', 'b', 'c']]);
  });
});
