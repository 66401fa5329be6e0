import { CleanRule } from '../types';

/** 开源中国 sends every outside link through its redirect page,
 * `https://www.oschina.net/action/GoToLink?url=https%3A%2F%2Fgithub.com%2F…`: the link goes
 * straight to its target instead. */
const REDIRECT = /^https?:\/\/(?:www\.)?oschina\.net\/action\/GoToLink\?url=([^&#]+)/;

function target(href: string): string | undefined {
  const m = REDIRECT.exec(href.replace(/&amp;/g, '&'));
  if (!m) return undefined;
  try {
    const url = decodeURIComponent(m[1]);
    return /^https?:\/\//i.test(url) ? url : undefined;
  } catch {
    return undefined;
  }
}

export const redirectLinks: CleanRule = {
  id: 'redirect-links',
  label: ['link redirect', 'link redirects'],
  description: 'the site\'s redirect page in front of an outside link (oschina.net/action/GoToLink)',
  apply(ctx) {
    for (const a of ctx.select('a[href]')) {
      const href = a.attribs.href;
      const url = target(href);
      if (!url) continue;
      const written = url.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
      ctx.count(Math.max(0, href.length - written.length), href);
      a.attribs.href = written;
    }
  },
};
