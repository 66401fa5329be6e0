import { defineRule } from './types';

/**
 * A file whose bytes are not UTF-8 (an old GBK/GB18030 post): Hexo reads posts as UTF-8 and
 * shows such characters as �, and a writer saving the decoded text would destroy them. The
 * problem sits on the first bad byte's character; no fix is offered for anything in the file
 * (the engine withholds them all), and the CLI writes nothing to it.
 */
export const encoding = defineRule({
  id: 'encoding',
  severity: 'error',
  fixable: false,
  description: 'the file is not UTF-8 (e.g. GBK/GB18030)',
  scope: 'file',
  messages: {
    gb18030: 'The file is not UTF-8: the byte at offset {offset} ({bytes}) begins no UTF-8 character, and the bytes read as GBK/GB18030 ("{sample}"). Hexo reads posts as UTF-8 and shows these characters as �. Convert the file to UTF-8 (for example "iconv -f GB18030 -t UTF-8"); until then nothing fixes or cleans it.',
    utf16: 'The file is not UTF-8: the byte at offset {offset} ({bytes}) begins no UTF-8 character, and the file starts like UTF-16. Hexo reads posts as UTF-8. Save the file as UTF-8; until then nothing fixes or cleans it.',
    unknown: 'The file is not UTF-8: the byte at offset {offset} ({bytes}) begins no UTF-8 character. Hexo reads posts as UTF-8 and shows such bytes as �. Convert the file to UTF-8; until then nothing fixes or cleans it.',
  },
  check(article, report) {
    const fault = article.encoding;
    if (!fault) return;
    const start = Math.min(fault.textOffset, article.text.length);
    const args = { offset: fault.byteOffset, bytes: fault.bytes };
    report({
      start,
      end: Math.min(start + 1, article.text.length),
      ...(fault.looksLike === 'gb18030'
        ? { messageId: 'gb18030' as const, args: { ...args, sample: fault.sample } }
        : { messageId: fault.looksLike === 'utf-16' ? ('utf16' as const) : ('unknown' as const), args }),
      data: { byteOffset: fault.byteOffset, looksLike: fault.looksLike ?? 'unknown' },
    });
  },
});
