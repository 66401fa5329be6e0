/**
 * The archive of issue 19: `count` posts made of copies of the real posts in ../shared/corpus, about
 * count / 28 copies of each, every copy under its own file name with its title prefixed by its
 * number, as a scraper that re-fetches one feed item under new names makes them. Written once into
 * the temp folder (never into the repository: the corpus's text is not committed) and reused while
 * the corpus and the count are the same.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The number goes inside the title's quotes, so a quoted title stays one quoted scalar. */
export function numberedTitle(text: string, n: number): string {
  return text.replace(/^title:[ \t]*(['"]?)/m, (whole, quote: string) => `${whole.slice(0, whole.length - quote.length)}${quote}${n} `);
}

export function corpusCopiesArchive(count: number, corpusDir: string): { dir: string; paths: string[]; originals: number } {
  const names = fs.existsSync(corpusDir) ? fs.readdirSync(corpusDir).filter((n) => n.endsWith('.md')).sort() : [];
  if (!names.length) throw new Error(`No posts in ${corpusDir}: the copies archive is made from ../shared/corpus.`);
  const stamp = names.reduce((h, n) => (Math.imul(h ^ fs.statSync(path.join(corpusDir, n)).size, 16777619) >>> 0), 2166136261);
  const dir = path.join(os.tmpdir(), 'news-archive-bench', `copies-${stamp.toString(16)}-${count}`);
  const manifest = path.join(dir, '.manifest.json');
  if (!fs.existsSync(manifest)) {
    const partial = `${dir}.partial-${process.pid}`;
    fs.rmSync(partial, { recursive: true, force: true });
    fs.mkdirSync(partial, { recursive: true });
    const texts = names.map((n) => fs.readFileSync(path.join(corpusDir, n), 'utf8'));
    const written: string[] = [];
    for (let i = 0; i < count; i++) {
      const k = i % names.length;
      const name = `${String(i).padStart(5, '0')}-${names[k]}`;
      fs.writeFileSync(path.join(partial, name), numberedTitle(texts[k], i));
      written.push(name);
    }
    fs.writeFileSync(path.join(partial, '.manifest.json'), JSON.stringify(written));
    try {
      fs.renameSync(partial, dir);
    } catch {
      fs.rmSync(partial, { recursive: true, force: true });
    }
  }
  const files = JSON.parse(fs.readFileSync(manifest, 'utf8')) as string[];
  return { dir, paths: files.map((n) => path.join(dir, n)), originals: names.length };
}
