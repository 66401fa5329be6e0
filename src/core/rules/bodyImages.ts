/**
 * The images of an article body: which are the site's promo blocks (the 新浪财经APP QR code in
 * `appendQr_wrap`, the `app-kaihu-qr` account-opening promo, …) and which is the first real
 * article image. Markup hidden in comments does not count.
 */
export interface BodyImages {
  /** Image URLs shown inside promo blocks. */
  promo: Set<string>;
  /** The first image outside any promo block, or undefined. */
  firstReal: string | undefined;
}

const PROMO_CLASS = /\bclass\s*=\s*["'][^"']*(?:appendQr|app-kaihu-qr|qrcode|qr-code|erweima)[^"']*["']/gi;
const IMG_SRC = /<img\b[^>]*?\s(?:data-src|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const PLACEHOLDER_HOSTS = /^https?:\/\/(?:[\w-]+\.)*picsum\.photos\//i;

function decodeEntities(s: string): string {
  return s.replace(/&(amp|quot|apos|lt|gt|#\d+|#x[0-9a-f]+);/gi, (m, e: string) => {
    const named: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
    if (e[0] !== '#') return named[e.toLowerCase()] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
  });
}

/** The end of the element whose opening tag starts at `tagStart` (balanced on its tag name). */
function elementEnd(html: string, tagStart: number): number {
  const name = /^<([a-zA-Z][\w-]*)/.exec(html.slice(tagStart, tagStart + 40))?.[1]?.toLowerCase();
  if (!name) return tagStart;
  const re = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  re.lastIndex = tagStart;
  let depth = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return html.length;
}

/**
 * Promo images known by their URL, so that they are recognised where the body no longer shows
 * the block around them (after Clean Article): the 新浪财经 APP QR code, the same file on every
 * Sina finance post, with or without a scheme.
 */
const KNOWN_PROMO_IMAGES = [/^(?:https?:)?\/\/n\.sinaimg\.cn\/finance\/cece9e13\/20200514\/343233024\.png(?:[?#]|$)/i];

export function isKnownPromoImage(url: string): boolean {
  const u = url.trim();
  return KNOWN_PROMO_IMAGES.some((re) => re.test(u));
}

export function isPlaceholderImage(url: string): boolean {
  return PLACEHOLDER_HOSTS.test(url);
}

export function bodyImages(body: string): BodyImages {
  // Blank out comments (same length) so hidden markup is ignored and offsets stay put.
  const html = body.replace(/<!--[\s\S]*?-->/g, (c) => ' '.repeat(c.length));
  const regions: [number, number][] = [];
  for (let m = PROMO_CLASS.exec(html); m; m = PROMO_CLASS.exec(html)) {
    const tagStart = html.lastIndexOf('<', m.index);
    if (tagStart >= 0) regions.push([tagStart, elementEnd(html, tagStart)]);
  }
  PROMO_CLASS.lastIndex = 0;
  const promo = new Set<string>();
  const others: string[] = [];
  for (let m = IMG_SRC.exec(html); m; m = IMG_SRC.exec(html)) {
    const src = decodeEntities((m[1] ?? m[2] ?? m[3] ?? '').trim());
    if (!src) continue;
    if (regions.some(([s, e]) => m!.index >= s && m!.index < e)) promo.add(src);
    else others.push(src);
  }
  IMG_SRC.lastIndex = 0;
  const firstReal = others.find((src) => /^(https?:)?\/\//i.test(src) && !promo.has(src) && !isKnownPromoImage(src) && !isPlaceholderImage(src));
  return { promo, firstReal };
}
