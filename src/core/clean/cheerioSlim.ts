/**
 * cheerio's `load`, from its slim entry point, required on its first call. The tree is built by
 * parse5 (./parseHtml.ts); cheerio only selects in it, and parses the small fragments rules insert
 * with htmlparser2, entities as written, like the tree's own text. `cheerio/slim` is that path
 * alone, without parse5's serialiser, undici and iconv-lite.
 *
 * Required rather than imported, for two reasons. This tsconfig's module resolution does not read
 * package exports, so TypeScript takes the types of the full entry point, which has the same
 * `load`. And a bundle evaluates an imported package when it starts: cheerio, htmlparser2,
 * domutils and their entities tables (with gray-matter, ../article/hexoReading.ts) were a fifth
 * of loading the CLI, paid by every command, also by a warm `check --cache` that cleans nothing
 * and checks no selector (issue 16).
 */
type Cheerio = typeof import('cheerio');

let cheerio: Cheerio | undefined;

export const load: Cheerio['load'] = (...args) => {
  cheerio ??= require('cheerio/slim') as Cheerio;
  return cheerio.load(...args);
};
