/**
 * Which site a post comes from, for its cleaner profile. Its markup first: Sina's CMS comments
 * and classes, the image hosts and classes each site writes. A post with nothing of its site in
 * its markup (a 199IT headline, a 雪球 fund report: plain text) is known from the feed names its
 * front matter gives, as the feed-to-Hexo generator wrote them (`categories: [金融, 雪球, 基金净值更新]`).
 */
import { CleanProfileId } from './types';

interface Site {
  id: Exclude<CleanProfileId, 'generic'>;
  /** Markup only this site writes. */
  markup?: RegExp;
  /** A feed name (category or author) of this site's posts. */
  feed: RegExp;
}

/** Marks only Sina's CMS writes: its comment markers, QR block, editor line, stock spans. */
const SINA_MARKUP = /appendQr_wrap|class="article-editor"|<!--\s*news_keyword_pub|<!--\s*正文下iframe|<span id="stock_|cms-style="|app-kaihu-qr|class="video-2017"|artical-player-wrap|<!--article_adlist\[|<!--mce-plugin-videoList/;

export const SITES: readonly Site[] = [
  { id: 'sina', markup: SINA_MARKUP, feed: /^新浪财经/u },
  { id: 'kuaikeji', markup: /\bmydrivers\.com\/|转载请注明出处：快科技/u, feed: /^快科技/u },
  { id: '36kr', markup: /\b36krcdn\.com\/|class="project-link"|36氪经授权发布/u, feed: /^36kr\b|^36氪/iu },
  { id: 'zhihu-daily', markup: /class="view-more"|class="originUrl"|class="main-wrap content-wrap"/, feed: /^知乎/u },
  { id: 'oschina', markup: /\boschina\.net\/action\/GoToLink/, feed: /^开源中国/u },
  { id: 'juejin', markup: /-juejin\.byteimg\.com\/|\bjuejin\.(?:cn|im)\//, feed: /^掘金/u },
  { id: 'mastodon', markup: /\/media_attachments\/files\//, feed: /^Mastodon\b/iu },
  { id: 'bangumi', markup: /\bbangumi\.tv\/subject\/|\blain\.bgm\.tv\//, feed: /^Bangumi\b/iu },
  { id: 'webtoons', markup: /\bimage-comic\.pstatic\.net\//, feed: /^Webtoons\b/iu },
  { id: '3dmgame', markup: /\bimg\.3dmgame\.com\//, feed: /^3DMGame\b/iu },
  { id: 'gameres', markup: /id="postmessage_\d|\bdi\.gameres\.com\//, feed: /^GameRes\b/iu },
  { id: '199it', feed: /^199IT\b/iu },
  { id: 'eventernote', feed: /^Eventernote\b/iu },
  { id: 'finviz', feed: /^finviz\b/iu },
  { id: 'xueqiu', feed: /^雪球/u },
  { id: 'age-anime', feed: /^AGE 动漫/u },
  { id: 'dt-finance', feed: /^DT 财经/u },
];

export function detectProfile(body: string, feed: readonly string[] = []): CleanProfileId {
  for (const site of SITES) if (site.markup?.test(body)) return site.id;
  for (const name of feed) {
    const site = SITES.find((s) => s.feed.test(name.trim()));
    if (site) return site.id;
  }
  return 'generic';
}
