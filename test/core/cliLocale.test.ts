/**
 * The command line speaks the user's language: `--lang` first, then LC_ALL, LC_MESSAGES, LANG.
 * Its Chinese comes from l10n/bundle.l10n.zh-cn.json, the extension's runtime bundle.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
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
    // The seed's category mixes traditional and simplified characters: vocabulary-variant, archive-wide, is one of the info.
    const zh = '5 个问题（0 个错误，2 个警告，2 条信息，1 条提示），共 1 篇文章\n';
    const en = '5 problems (0 errors, 2 warnings, 2 info, 1 hint) in 1 article\n';
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
    assert.match(usage.out, /^用法：news-archive <command> \[options\] \[--lang en\|zh-cn\]\n\n命令：\n  check    报告 Front-matter 问题（有任何错误时退出码为 1）\n/);
    assert.match(usage.out, /\n退出码：0 没有问题，1 发现问题，2 无法运行\n$/);
    const missing = path.join(root, 'seeds/no-such-file.md');
    const skipped = await run(['index', missing, '--lang', 'zh-cn'], {});
    assert.equal(skipped.err.split('\n')[0], `${missing}：无法读取：ENOENT`);
  });

  it('prints every rule message of the seeds in Chinese under LANG=zh_CN.UTF-8 (the built CLI)', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'zh_CN.UTF-8' };
    delete env.LC_ALL;
    delete env.LC_MESSAGES;
    const cli = (...args: string[]) => {
      try {
        return execFileSync(process.execPath, [path.join(root, 'dist/cli.js'), 'check', 'seeds', ...args], { cwd: root, env, encoding: 'utf8' });
      } catch (e) {
        // Exit 1: the seeds have errors on purpose.
        return String((e as { stdout?: unknown }).stdout);
      }
    };
    const lines = cli().trim().split('\n').map((l) => /^(\S+):\d+:\d+ (error|warning|info|hint) ([a-z-]+) (.*)$/.exec(l));
    assert.ok(lines.every((m) => m !== null), 'every line is path:line:col severity rule message');
    const english = lines.filter((m) => !/[\u3400-\u9fff]/.test(m![4])).map((m) => m![0]);
    assert.deepEqual(english, [], 'a message line without Chinese');
    const json = JSON.parse(cli('--format', 'json')) as { diagnostics: { rule: string; messageId: string; args: Record<string, unknown>; message: string }[] }[];
    const diagnostics = json.flatMap((f) => f.diagnostics);
    assert.deepEqual(new Set(diagnostics.map((d) => d.rule)), new Set(lines.map((m) => m![3])));
    assert.ok(new Set(diagnostics.map((d) => d.rule)).size >= 12, 'most rules fire on the seeds');
    assert.deepEqual(diagnostics.filter((d) => typeof d.messageId !== 'string' || typeof d.args !== 'object' || !/[\u3400-\u9fff]/.test(d.message)), []);
    const zoneless = diagnostics.find((d) => d.rule === 'date-zoneless');
    assert.deepEqual([zoneless?.messageId, zoneless?.args], ['zonelessNoOption', { raw: '2021-11-26 07:21:47', instant: '2021-11-26T07:21:47.000Z', setting: '"date-zoneless": { "zone": "+08:00" }' }]);
    assert.match(zoneless?.message ?? '', /时刻是 2021年11月26日 07:21:47 UTC/);
  });

  it('exits 2 on a --lang it does not know, saying which it knows', async () => {
    const r = await run(['check', seed, '--lang', 'fr'], {});
    assert.equal(r.code, 2);
    assert.equal(r.err, 'news-archive: --lang takes en or zh-cn (got "fr")\n');
  });
});
