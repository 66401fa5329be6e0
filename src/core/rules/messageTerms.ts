/**
 * The words messages use for the archive's own vocabulary, in each language: front-matter keys
 * as the editors call them (`{name:field}`), the schema's types (`{name:types}`) and invisible
 * characters by code point (`{name:chars}`). A key without a word here is shown as written.
 */
import type { Locale } from '../locale';

export type TermKind = 'field' | 'type' | 'char';

type Terms = Readonly<Record<TermKind, Readonly<Record<string, string>>>>;

export const TERMS: Readonly<Record<Locale, Terms>> = {
  en: {
    // English messages name a key by the key itself.
    field: {},
    type: {
      string: 'text',
      'string[]': 'a list of texts',
      boolean: 'true or false',
      number: 'a number',
      date: 'a date',
      url: 'a URL',
    },
    char: {
      'U+00AD': 'soft hyphen',
      'U+200B': 'zero-width space',
      'U+200C': 'zero-width non-joiner',
      'U+200D': 'zero-width joiner',
      'U+200E': 'left-to-right mark',
      'U+200F': 'right-to-left mark',
      'U+2060': 'word joiner',
      'U+FEFF': 'zero-width no-break space (BOM)',
    },
  },
  'zh-cn': {
    field: {
      title: '标题',
      categories: '分类',
      tags: '标签',
      author: '作者',
      date: '日期',
      headimg: '题图',
      thumbnail: '缩略图',
      comments: '评论',
    },
    type: {
      string: '文本',
      'string[]': '文本列表',
      boolean: 'true 或 false',
      number: '数字',
      date: '日期',
      url: '网址（URL）',
    },
    char: {
      'U+00AD': '软连字符',
      'U+200B': '零宽空格',
      'U+200C': '零宽非连接符',
      'U+200D': '零宽连接符',
      'U+200E': '从左至右标记',
      'U+200F': '从右至左标记',
      'U+2060': '字连接符',
      'U+FEFF': '零宽不换行空格（BOM）',
    },
  },
};

export function term(kind: TermKind, key: string, locale: Locale): string | undefined {
  return Object.hasOwn(TERMS[locale][kind], key) ? TERMS[locale][kind][key] : undefined;
}
