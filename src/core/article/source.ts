/**
 * The original publisher that an article's body names, such as the seed's
 * `<p>　　来源：北京日报·识政</p>`. Sina and most Chinese news sites write it as `来源：` (or
 * `来源:`) near the end of the text; the first such line wins.
 */
const SOURCE = /(?:^|[>\s\u3000])(?:文章)?来源\s*[：:|丨]\s*([^<>\n\r]{1,80})/;

export function findSource(body: string): string | undefined {
  const m = SOURCE.exec(body);
  if (!m) return undefined;
  const source = m[1].replace(/&nbsp;/g, ' ').replace(/[\s\u3000]+$/u, '').trim();
  return source === '' ? undefined : source;
}
