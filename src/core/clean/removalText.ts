/**
 * The removal summary in words: "Removed: 11 comments, 1 style block (1.5 KB)" or
 * "已移除：11 条注释、1 个样式块（1.5 KB）". English names come from each rule's own `label`
 * (singular, plural); Chinese ones from the catalog below, keyed by rule id, with the measure
 * word each thing takes. test/core/removalText.test.ts fails when a rule has no Chinese name.
 */
import { isEnglishOne } from '../countWords';
import type { Locale } from '../locale';
import { ALL_RULES } from './profiles';
import { formatBytes, RemovalSummary } from './summary';

/** `{0}` is the count. */
export const REMOVAL_NAMES_ZH: Readonly<Record<string, string>> = {
  'author-cards': '{0} 张作者卡片',
  'byline': '{0} 行署名',
  'byline-lines': '{0} 行署名（换行分隔）',
  'cms-fonts': '{0} 个 font 标签',
  'code-markup-as-text': '{0} 个代码块（改以文本显示）',
  'comments': '{0} 条注释',
  'config-remove': '{0} 个元素（按 .newsarchive.json 移除）',
  'config-unwrap': '{0} 个元素（按 .newsarchive.json 去掉外层）',
  'copy-buttons': '{0} 个复制按钮',
  'discussion-links': '{0} 个讨论链接',
  'editor-line': '{0} 行责任编辑',
  'embeds': '{0} 个嵌入内容',
  'empty-containers': '{0} 个空容器',
  'empty-paragraphs': '{0} 个空段落',
  'end-marks': '{0} 个结束标记',
  'event-handlers': '{0} 个事件处理属性',
  'forms': '{0} 个表单元素',
  'head-elements': '{0} 个头部元素',
  'hidden-elements': '{0} 个隐藏元素',
  'hidden-markup-comments': '{0} 条藏有标记的注释',
  'layout-tables': '{0} 个排版用表格',
  'leading-breaks': '{0} 个开头的换行或分隔线',
  'original-title': '{0} 行原标题',
  'project-links': '{0} 个公司链接',
  'promo-blocks': '{0} 个推广块',
  'quote-placeholders': '{0} 个行情占位',
  'reading-guides': '{0} 幅阅读指引图',
  'redirect-links': '{0} 个跳转链接',
  'repeated-copy': '{0} 份重复的正文',
  'repost-notices': '{0} 条转载声明',
  'script-links': '{0} 个脚本链接',
  'scripts': '{0} 个脚本',
  'stock-links': '{0} 个股票链接',
  'stray-tags-as-text': '{0} 个游离标签（改以文本显示）',
  'style-blocks': '{0} 个样式块',
  'svg-drawings': '{0} 幅 SVG 图',
  'tag-links': '{0} 行标签链接',
  'video-blocks': '{0} 个视频块',
};

const LABELS = new Map(ALL_RULES.map((r) => [r.id, r.label]));

/** "11 comments" / "11 条注释": one rule's count in words. */
export function removalItemText(rule: string, count: number, locale: Locale): string {
  if (locale === 'zh-cn') return (REMOVAL_NAMES_ZH[rule] ?? `{0} × ${rule}`).replace('{0}', String(count));
  const [one, many] = LABELS.get(rule) ?? [rule, rule];
  return `${count} ${isEnglishOne(count) ? one : many}`;
}

/** The whole summary as one sentence, without a final full stop. */
export function removalSummaryText(summary: RemovalSummary, locale: Locale): string {
  const items = summary.items.map((i) => removalItemText(i.rule, i.count, locale));
  if (locale === 'zh-cn') return items.length ? `已移除：${items.join('、')}（${formatBytes(summary.bytes)}）` : '未移除任何内容';
  return items.length ? `Removed: ${items.join(', ')} (${formatBytes(summary.bytes)})` : 'Removed: nothing';
}
