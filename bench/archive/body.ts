/**
 * Post bodies in each feed's style: Sina's `<p>　　…</p>` paragraphs with stock links, captions,
 * the news_keyword comment, the opening-account and app QR blocks (`appendQr_wrap` style + div)
 * and the editor line; plainer HTML for the other sites. Braces are `&#123;`/`&#125;` as the
 * scraper wrote them, except in posts given the raw-braces defect.
 */
import { Random } from './random';
import { Paragraph, stockLink } from './text';
import { BodyStyle, EDITOR_CODES, GIVEN, STOCKS, SURNAMES } from './vocabulary';

export interface BodyOptions {
  style: BodyStyle;
  title: string;
  /** UTF-8 bytes of paragraph text to aim for. */
  targetBytes: number;
  /** The `来源：` publisher to name near the end, if any. */
  source: string | undefined;
  rawBraces: boolean;
  image: string | undefined;
}

const SINA_QR = 'https://n.sinaimg.cn/finance/qr/app-download.png';

export function personName(rng: Random): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.chance(0.6) ? rng.pick(GIVEN) : '');
}

function fill(rng: Random, pool: readonly Paragraph[], targetBytes: number, wrap: (text: string) => string): string[] {
  const out: string[] = [];
  let bytes = 0;
  do {
    const p = rng.pick(pool);
    out.push(wrap(p.text));
    bytes += p.bytes;
  } while (bytes < targetBytes);
  return out;
}

function sinaBoilerplate(rng: Random): string[] {
  const codes = Array.from({ length: rng.int(1, 6) }, () => rng.pick(STOCKS)[0]).join('&');
  const parts = [`<!-- news_keyword_pub,stock,${codes} -->`];
  if (rng.chance(0.3)) {
    parts.push(
      '<!-- 开户二维码 start -->',
      '<style>',
      '.app-kaihu-qr',
      '',
      '&#123;text-align: center;padding: 20px 0;&#125;',
      '</style>',
      '<div class="app-kaihu-qr">',
      `<span>开户即送${rng.int(3, 20)}份研报，扫码领取>></span>`,
      `<img src="https://n.sinaimg.cn/finance/kaihu/${rng.int(100, 999)}.png" referrerpolicy="no-referrer">`,
      '</div>',
      '<!-- 开户二维码 end -->',
    );
  }
  parts.push(
    '', '<!-- 正文下iframe -->', '', '<!-- 总声明-->', '', '<!-- 总声明-->', '',
    '            <!-- 文末二维码 start -->',
    '            <style>',
    '            .appendQr_wrap&#123;border:1px solid #E6E6E6;padding:8px;&#125;',
    '            .appendQr_normal&#123;float:left;&#125;',
    '            </style>',
    '            <div class="clearfix appendQr_wrap">',
    `                <div class="appendQr_normal"><img src="${SINA_QR}" referrerpolicy="no-referrer"></div>`,
    '                <div class="appendQr_normal_txt">财经快讯，下载新浪财经APP</div>',
    '            </div>',
    '            <!-- 文末二维码 end -->',
    '',
    '<!-- 编辑姓名及工作代码 -->',
    '',
    `<p class="article-editor">责任编辑：${personName(rng)} ${rng.pick(EDITOR_CODES)}</p>`,
    '<!-- 编辑姓名及工作代码-->',
  );
  return parts;
}

function rawBraceLine(rng: Random): string {
  return rng.pick([
    '<p>模板变量 {{ page.title }} 未被替换</p>',
    '<pre><code>const o = {{a: 1}};</code></pre>',
    '<p>{% raw %}示例{% endraw %}</p>',
    '<script>var cfg = {{"id": 1}};</script>',
  ]);
}

export function makeBody(rng: Random, pool: readonly Paragraph[], o: BodyOptions): string {
  const lines: string[] = [];
  switch (o.style) {
    case 'sina': {
      if (rng.chance(0.2)) lines.push('<div class="video-2017" id="videoList0" style></div>');
      if (rng.chance(0.25)) lines.push(`<blockquote><p>　　研报看这里：<a href="https://finance.sina.com.cn/stock/reportch/" target="_blank">金麒麟分析师</a>，及时专业！</p></blockquote>`);
      if (rng.chance(0.3)) lines.push(`<p cms-style="font-L">　　原标题：${o.title}</p>`);
      if (o.image) lines.push(`<div class="img_wrapper"><img src="${o.image}" alt="" referrerpolicy="no-referrer"><span class="img_descr">资料图</span></div>`);
      const attr = rng.chance(0.5) ? ' cms-style="font-L"' : '';
      lines.push(...fill(rng, pool, o.targetBytes, (t) => `<p${attr}>　　${rng.chance(0.1) ? stockLink(rng) : ''}${t}</p>`));
      if (o.source) lines.push(`<p>　　来源：${o.source}</p>`);
      if (o.rawBraces) lines.push(rawBraceLine(rng));
      lines.push(...sinaBoilerplate(rng));
      break;
    }
    case 'news':
    case 'zhihu':
    case 'game': {
      if (o.style === 'zhihu') lines.push('<div class="main-wrap content-wrap">', `<div class="question"><h2 class="question-title">${o.title}</h2>`);
      if (o.image) lines.push(`<p><img src="${o.image}" referrerpolicy="no-referrer"></p>`);
      const style = o.style === 'game' ? ' style="text-indent:2em;"' : '';
      lines.push(...fill(rng, pool, o.targetBytes, (t) => `<p${style}>${t}</p>`));
      if (o.style === 'news' && rng.chance(0.05)) lines.push('<iframe src="https://player.example.com/embed/1" frameborder="0" allowfullscreen></iframe>');
      if (o.source) lines.push(`<p>来源：${o.source}</p>`);
      if (o.rawBraces) lines.push(rawBraceLine(rng));
      if (o.style === 'zhihu') lines.push('</div>', '</div>');
      break;
    }
    case 'xueqiu':
      lines.push(`<br> 最新净值 ${rng.int(0, 5)}.${String(rng.int(0, 9999)).padStart(4, '0')} <br> ${o.title}`);
      if (o.targetBytes > 600) lines.push(...fill(rng, pool, o.targetBytes, (t) => `<p>${t}</p>`));
      if (o.source) lines.push(`<p>来源：${o.source}</p>`);
      if (o.rawBraces) lines.push(rawBraceLine(rng));
      break;
    case 'social':
    case 'anime':
      if (o.image) lines.push(`<img src="${o.image}" title alt="content" oncontextmenu="return false" referrerpolicy="no-referrer">`, '', '');
      lines.push(o.title.replace(/\n/g, ' '));
      if (o.targetBytes > 600) lines.push(...fill(rng, pool, o.targetBytes, (t) => `<p>${t}</p>`));
      if (o.rawBraces) lines.push(rawBraceLine(rng));
      break;
  }
  return lines.join('\n');
}

