/**
 * The command line speaks the user's language: `--lang` first, then LC_ALL, LC_MESSAGES, LANG.
 * Its Chinese comes from l10n/bundle.l10n.zh-cn.json, the extension's runtime bundle.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { localeFromEnv, parseLocale, takeLangOption } from '../../src/cli/l10n';
import { main } from '../../src/cli/main';

const root = path.resolve(__dirname, '../../..');
const seed = path.join(root, 'seeds/000_e84b391c27bbb68a.txt');

async function run(argv: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => void (out += `${t}\n`), err: (t) => void (err += `${t}\n`) }, env);
  return { code, out, err };
}

describe('news-archive: locale', () => {
  it('reads locale names as the environment writes them', () => {
    const cases: [string | undefined, string | undefined][] = [
      ['zh_CN.UTF-8', 'zh-cn'], ['zh-CN', 'zh-cn'], ['zh', 'zh-cn'], ['zh_SG', 'zh-cn'], ['zh-Hans-CN', 'zh-cn'],
      ['en_US.UTF-8', 'en'], ['C', 'en'], ['POSIX', 'en'], ['C.UTF-8', 'en'],
      ['zh_TW.UTF-8', undefined], ['fr_FR', undefined], ['', undefined], [undefined, undefined],
    ];
    assert.deepEqual(cases.map(([v]) => [v, parseLocale(v)]), cases);
  });

  it('takes the first locale variable that is set: LC_ALL, LC_MESSAGES, LANG', () => {
    assert.equal(localeFromEnv({ LANG: 'zh_CN.UTF-8' }), 'zh-cn');
    assert.equal(localeFromEnv({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' }), 'en');
    assert.equal(localeFromEnv({ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }), 'zh-cn');
    assert.equal(localeFromEnv({ LC_ALL: '', LANG: 'zh_CN.UTF-8' }), 'zh-cn');
    assert.equal(localeFromEnv({}), 'en');
  });

  it('takes --lang out of the arguments wherever it stands', () => {
    assert.deepEqual(takeLangOption(['check', '--lang', 'zh-cn', 'a.md']), { argv: ['check', 'a.md'], locale: 'zh-cn', invalid: undefined });
    assert.deepEqual(takeLangOption(['--lang=en', 'index', '--', '--lang']), { argv: ['index', '--', '--lang'], locale: 'en', invalid: undefined });
    assert.deepEqual(takeLangOption(['check', '--lang', 'fr']), { argv: ['check'], locale: undefined, invalid: 'fr' });
  });

  it('prints the check summary in Chinese for --lang zh-cn or LANG=zh_CN, in English otherwise', async () => {
    const zh = '4 个问题（0 个错误，2 个警告，1 条信息，1 条提示），共 1 篇文章\n';
    const en = '4 problems (0 errors, 2 warnings, 1 info, 1 hints) in 1 article\n';
    assert.equal((await run(['check', seed, '--lang', 'zh-cn'], {})).err, zh);
    assert.equal((await run(['check', seed], { LANG: 'zh_CN.UTF-8' })).err, zh);
    assert.equal((await run(['check', seed], { LC_ALL: 'C', LANG: 'zh_CN.UTF-8' })).err, en);
    assert.equal((await run(['check', seed, '--lang=en'], { LANG: 'zh_CN.UTF-8' })).err, en);
    const after = await run(['check', seed], {});
    assert.equal(after.err, en, 'a Chinese run leaves the next run in its own locale');
    assert.equal(after.code, 0);
  });

  it('prints usage and skipped-file notes in Chinese', async () => {
    const usage = await run(['--help', '--lang', 'zh-cn'], {});
    assert.equal(usage.code, 0);
    assert.match(usage.out, /^用法：news-archive <command> \[options\] \[--lang en\|zh-cn\]\n\n命令：\n  check    报告前言问题（有任何错误时退出码为 1）\n/);
    assert.match(usage.out, /\n退出码：0 没有问题，1 发现问题，2 无法运行\n$/);
    const missing = path.join(root, 'seeds/no-such-file.md');
    const skipped = await run(['index', missing, '--lang', 'zh-cn'], {});
    assert.equal(skipped.err.split('\n')[0], `${missing}：无法读取：ENOENT`);
  });

  it('exits 2 on a --lang it does not know, saying which it knows', async () => {
    const r = await run(['check', seed, '--lang', 'fr'], {});
    assert.equal(r.code, 2);
    assert.equal(r.err, 'news-archive: --lang takes en or zh-cn (got "fr")\n');
  });
});
