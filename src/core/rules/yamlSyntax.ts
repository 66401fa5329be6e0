import { unreadReason } from '../article/hexoReading';
import { frontMatterView } from './entries';
import { lineAt } from './support';
import { defineRule } from './types';
import { diagnoseYamlError, YAML_MESSAGES } from './yamlRepair';

/** Codes other rules report in their own words. */
const HANDLED_ELSEWHERE = new Set(['DUPLICATE_KEY']);

/**
 * YAML errors at the parser's position, explained by error code. An error is reported as
 * 'error' when Hexo cannot read the front matter (the post loses title, date and categories),
 * and as 'warning' when Hexo's lenient reader copes but strict YAML tools do not; the message
 * ends with that consequence.
 */
export const yamlSyntax = defineRule({
  id: 'yaml-syntax',
  severity: 'error',
  fixable: true,
  description: 'the front matter is not valid YAML',
  scope: 'frontMatter',
  messages: YAML_MESSAGES,
  check(article, report) {
    const fm = article.frontMatter;
    // A block Hexo does not read for where or how it is fenced: front-matter-unread speaks.
    if (!fm || fm.format !== 'yaml' || unreadReason(fm, article.hexo) !== undefined) return;
    const text = article.text;
    const hexoFails = article.hexo.data === undefined;
    const consequence = { messageId: hexoFails ? 'hexoFails' : 'hexoCopes' };
    const severity = hexoFails ? 'error' : 'warning';
    let coveredUntil = -1;
    let reported = 0;
    const view = frontMatterView(article);
    for (const issue of view.issues) {
      if (issue.severity !== 'error' || HANDLED_ELSEWHERE.has(issue.code)) continue;
      const start = Math.min(Math.max(issue.span.start, fm.contentStart), fm.contentEnd);
      if (start < coveredUntil) continue;
      const d = diagnoseYamlError(text, start, issue.code, issue.message);
      const line = lineAt(text, start);
      const parserEnd = Math.min(Math.max(issue.span.end, start + 1), line.end);
      const end = Math.max(start, d.end ?? parserEnd);
      coveredUntil = Math.max(end, line.end);
      reported++;
      report({ start, end, messageId: d.messageId, args: { ...d.args, consequence }, severity, fix: d.fix && { ...d.fix, intent: { readsFrontMatter: true } }, data: { code: issue.code } });
    }
    // js-yaml can fail where the `yaml` package does not: say what Hexo says, where it says it.
    const hexoError = article.hexo.error;
    if (reported === 0 && hexoFails && hexoError && new Set(view.entries.map((e) => e.key)).size === view.entries.length) {
      const at = Math.min(fm.contentStart + (hexoError.offset ?? 0), fm.contentEnd);
      const line = lineAt(text, at);
      report({
        start: at,
        end: Math.max(at, line.end),
        messageId: 'hexoError',
        args: { detail: hexoError.message },
        severity: 'error',
        data: { code: 'HEXO' },
      });
    }
  },
});
