/**
 * What can be wrong in `.newsarchive.json`, in English and Simplified Chinese. A problem carries
 * a message id and its arguments; each front end makes the text in its user's language
 * (`configText`), the CLI for its locale, the editor for VS Code's display language. An argument
 * may itself be a phrase of this catalog (`{ phrase }`), such as what the JSON parser expected.
 */
import type { Locale } from '../locale';

interface Entry {
  readonly en: string;
  readonly 'zh-cn': string;
}

export const CONFIG_MESSAGES = {
  'json-invalid': {
    en: 'Not valid JSON: {0}. The defaults apply until it is fixed.',
    'zh-cn': '不是有效的 JSON：{0}。修正之前使用默认设置。',
  },
  'file-not-object': {
    en: 'The file must hold one JSON object, such as { "rules": { "date-future": "off" } }. The defaults apply.',
    'zh-cn': '文件必须是一个 JSON 对象，例如 { "rules": { "date-future": "off" } }。现使用默认设置。',
  },
  'config-is-folder': {
    en: '{0} is a folder: the configuration must be a file. The defaults apply.',
    'zh-cn': '{0} 是文件夹：配置必须是文件。现使用默认设置。',
  },
  'config-unreadable': {
    en: 'The configuration cannot be read ({0}). The defaults apply.',
    'zh-cn': '无法读取配置（{0}）。现使用默认设置。',
  },
  'duplicate-key': {
    en: '"{0}" is given again below; only the last one counts.',
    'zh-cn': '"{0}" 在下文再次出现；只有最后一个有效。',
  },
  'unknown-setting': {
    en: 'Unknown setting "{0}": use "rules", "fields" or "clean". It is ignored.',
    'zh-cn': '未知设置 "{0}"：请使用 "rules"、"fields" 或 "clean"。已忽略。',
  },
  'schema-not-string': {
    en: '"$schema" must be a string (the path or URL of a JSON schema).',
    'zh-cn': '"$schema" 必须是字符串（JSON 架构的路径或 URL）。',
  },
  'rules-not-object': {
    en: '"rules" must be an object, such as { "date-future": "off", "date-zoneless": { "zone": "+08:00" } }. Every rule keeps its default.',
    'zh-cn': '"rules" 必须是对象，例如 { "date-future": "off", "date-zoneless": { "zone": "+08:00" } }。所有规则保持默认。',
  },
  'unknown-rule': {
    en: 'Unknown rule "{0}"; it is ignored. The rules are: {1}.',
    'zh-cn': '未知规则 "{0}"，已忽略。可用的规则：{1}。',
  },
  'unknown-rule-near': {
    en: 'Unknown rule "{0}"; it is ignored. Did you mean "{1}"?',
    'zh-cn': '未知规则 "{0}"，已忽略。是否想写 "{1}"？',
  },
  'rule-setting-invalid': {
    en: 'Write a severity ("error", "warning", "info", "hint") or "off", or an object with "severity" and the rule\'s options. "{0}" keeps its default.',
    'zh-cn': '请写严重级别（"error"、"warning"、"info"、"hint"）或 "off"，或者写一个包含 "severity" 和规则选项的对象。"{0}" 保持默认。',
  },
  'severity-invalid': {
    en: '"severity" must be "error", "warning", "info", "hint" or "off". "{0}" keeps its default severity.',
    'zh-cn': '"severity" 必须是 "error"、"warning"、"info"、"hint" 或 "off"。"{0}" 保持默认严重级别。',
  },
  'option-unknown': {
    en: 'The rule "{0}" has no option "{1}" (its options: {2}); it is ignored.',
    'zh-cn': '规则 "{0}" 没有选项 "{1}"（它的选项：{2}），已忽略。',
  },
  'option-none': {
    en: 'The rule "{0}" takes no options besides "severity"; "{1}" is ignored.',
    'zh-cn': '规则 "{0}" 除 "severity" 外没有选项；"{1}" 已忽略。',
  },
  'option-boolean': {
    en: '"{0}" must be true or false; the default ({1}) applies.',
    'zh-cn': '"{0}" 必须是 true 或 false；现使用默认值（{1}）。',
  },
  'option-number': {
    en: '"{0}" must be a number from {1} to {2}; the default ({3}) applies.',
    'zh-cn': '"{0}" 必须是 {1} 到 {2} 之间的数；现使用默认值（{3}）。',
  },
  'option-integer': {
    en: '"{0}" must be a whole number from {1} to {2}; the default ({3}) applies.',
    'zh-cn': '"{0}" 必须是 {1} 到 {2} 之间的整数；现使用默认值（{3}）。',
  },
  'option-enum': {
    en: '"{0}" must be one of {1}; the default ({2}) applies.',
    'zh-cn': '"{0}" 必须是 {1} 之一；现使用默认值（{2}）。',
  },
  'option-pattern': {
    en: '"{0}" must be written like {1}; it is ignored.',
    'zh-cn': '"{0}" 的写法应当类似 {1}；已忽略。',
  },
  'fields-not-object': {
    en: '"fields" must be an object keyed by field name, such as { "layout": { "type": "string" } }. The default fields apply.',
    'zh-cn': '"fields" 必须是以字段名为键的对象，例如 { "layout": { "type": "string" } }。现使用默认字段。',
  },
  'field-not-object': {
    en: 'A field is an object such as { "required": true, "type": "string", "enum": [ … ] }; "{0}" keeps its defaults.',
    'zh-cn': '字段是一个对象，例如 { "required": true, "type": "string", "enum": [ … ] }；"{0}" 保持默认。',
  },
  'field-setting-unknown': {
    en: 'Unknown field setting "{0}": use "required", "type" or "enum". It is ignored.',
    'zh-cn': '未知字段设置 "{0}"：请使用 "required"、"type" 或 "enum"。已忽略。',
  },
  'field-required-invalid': {
    en: '"required" must be true or false; it is ignored.',
    'zh-cn': '"required" 必须是 true 或 false；已忽略。',
  },
  'field-type-invalid': {
    en: '"type" must be one of {0}, or a list of them; what is not is ignored.',
    'zh-cn': '"type" 必须是 {0} 之一，或由它们组成的列表；不符合的部分已忽略。',
  },
  'field-enum-invalid': {
    en: '"enum" must be a list of strings, numbers or booleans; it is ignored.',
    'zh-cn': '"enum" 必须是由字符串、数字或布尔值组成的列表；已忽略。',
  },
  'clean-not-object': {
    en: '"clean" must be an object: { "remove": [selectors], "unwrap": [selectors] }. It is ignored.',
    'zh-cn': '"clean" 必须是对象：{ "remove": [选择器], "unwrap": [选择器] }。已忽略。',
  },
  'clean-setting-unknown': {
    en: 'Unknown cleaner setting "{0}": use "remove" or "unwrap". It is ignored.',
    'zh-cn': '未知清理设置 "{0}"：请使用 "remove" 或 "unwrap"。已忽略。',
  },
  'clean-selectors-invalid': {
    en: '"{0}" must be a list of CSS selectors (strings); it is ignored.',
    'zh-cn': '"{0}" 必须是 CSS 选择器（字符串）的列表；已忽略。',
  },
  'clean-selector-invalid': {
    en: '"{0}" is not a CSS selector the cleaner can use ({1}); it is ignored.',
    'zh-cn': '"{0}" 不是清理器能用的 CSS 选择器（{1}）；已忽略。',
  },
  // What the JSON parser expected, as phrases of 'json-invalid'.
  'json.InvalidSymbol': { en: 'a character that starts no JSON value', 'zh-cn': '出现了不能开始任何 JSON 值的字符' },
  'json.InvalidNumberFormat': { en: 'a number written wrongly', 'zh-cn': '数字写法有误' },
  'json.PropertyNameExpected': { en: 'a property name in double quotes was expected (a trailing comma?)', 'zh-cn': '此处应为双引号括起的属性名（多了一个逗号？）' },
  'json.ValueExpected': { en: 'a value was expected (a trailing comma?)', 'zh-cn': '此处应为一个值（多了一个逗号？）' },
  'json.ColonExpected': { en: 'a colon was expected', 'zh-cn': '此处应为冒号' },
  'json.CommaExpected': { en: 'a comma was expected', 'zh-cn': '此处应为逗号' },
  'json.CloseBraceExpected': { en: 'a closing } was expected', 'zh-cn': '此处应为右花括号 }' },
  'json.CloseBracketExpected': { en: 'a closing ] was expected', 'zh-cn': '此处应为右方括号 ]' },
  'json.EndOfFileExpected': { en: 'nothing may follow the object', 'zh-cn': '对象之后不能再有内容' },
  'json.InvalidCommentToken': { en: 'JSON has no comments', 'zh-cn': 'JSON 不支持注释' },
  'json.UnexpectedEndOfComment': { en: 'JSON has no comments', 'zh-cn': 'JSON 不支持注释' },
  'json.UnexpectedEndOfString': { en: 'a string is not closed', 'zh-cn': '字符串没有结束' },
  'json.UnexpectedEndOfNumber': { en: 'a number is cut short', 'zh-cn': '数字不完整' },
  'json.InvalidUnicode': { en: 'a \\u escape needs four hexadecimal digits', 'zh-cn': '\\u 转义需要四位十六进制数字' },
  'json.InvalidEscapeCharacter': { en: 'an unknown escape after a backslash', 'zh-cn': '反斜杠后是未知的转义' },
  'json.InvalidCharacter': { en: 'a control character inside a string', 'zh-cn': '字符串里有控制字符' },
  'json.Empty': { en: 'the file is empty', 'zh-cn': '文件是空的' },
} as const satisfies Record<string, Entry>;

export type ConfigMessageId = keyof typeof CONFIG_MESSAGES;

export type ConfigArg = string | number | { readonly phrase: ConfigMessageId };

/** The message in `locale`, with `{0}`, `{1}` … replaced by its arguments. */
export function configText(id: ConfigMessageId, args: readonly ConfigArg[], locale: Locale): string {
  const entry: Entry = CONFIG_MESSAGES[id];
  return entry[locale].replace(/\{(\d+)\}/g, (whole, i: string) => {
    const arg = args[Number(i)];
    if (arg === undefined) return whole;
    return typeof arg === 'object' ? configText(arg.phrase, [], locale) : String(arg);
  });
}
