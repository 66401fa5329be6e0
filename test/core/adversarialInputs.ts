/**
 * Inputs that make a backtracking reader slow: long runs of one kind of character in each place a
 * rule or reader looks (issue 12 §6), each made at any size. Shared by the linear-time property
 * test (small sizes) and bench/linearTime.bench.ts (large ones).
 */
export interface AdversarialInput {
  name: string;
  make(n: number): string;
}

const head = (lines: string) => `---\n${lines}\n---\n<p>正文</p>\n`;

/** A run of about `n` characters made of `unit` repeated. */
const run = (unit: string, n: number) => unit.repeat(Math.max(1, Math.floor(n / unit.length)));

export const adversarialInputs: readonly AdversarialInput[] = [
  { name: 'spaces before text', make: (n) => head(`title: a${run(' ', n)}x\ndate: 2021-11-26T07:21:47Z`) },
  { name: 'spaces at line end', make: (n) => head(`title: a${run(' ', n)}\ndate: 2021-11-26T07:21:47Z`) },
  { name: 'a line of spaces', make: (n) => head(`title: a\n${run(' ', n)}\ndate: 2021-11-26T07:21:47Z`) },
  { name: 'spaces, no line end', make: (n) => `---\ntitle: a\n${run(' ', n)}x` },
  { name: 'tabs', make: (n) => head(`title: a\n${run('\t', n)}x`) },
  { name: 'tabs at line end', make: (n) => head(`title: a${run('\t', n)}`) },
  { name: 'double quotes', make: (n) => head(`title: ${run('"', n)}`) },
  { name: 'single quotes', make: (n) => head(`title: ${run("'", n)}`) },
  { name: 'a quote, then spaces', make: (n) => head(`title: "a${run(' ', n)}`) },
  { name: 'colons', make: (n) => head(`title: a${run(':', n)}`) },
  { name: 'colon-space pairs', make: (n) => head(`title: ${run(': ', n)}`) },
  { name: 'spaces before a colon', make: (n) => head(`key${run(' ', n)}: v`) },
  { name: 'dashes', make: (n) => head(`title: ${run('-', n)}`) },
  { name: 'dash-space pairs', make: (n) => head(`tags:\n${run(' - ', n)}`) },
  { name: 'brackets', make: (n) => head(`title: ${run('[', n)}`) },
  { name: 'braces', make: (n) => head(`title: ${run('{', n)}`) },
  { name: 'hashes after spaces', make: (n) => head(`title: a${run(' #', n)}`) },
  { name: 'line breaks', make: (n) => `---\ntitle: a\n${run('\n', n)}---\n` },
  { name: 'CRs', make: (n) => `---\ntitle: a\n${run('\r', n)}---\n` },
  { name: 'blank lines before the fence', make: (n) => `${run('\n', n)}---\ntitle: a\n---\n` },
  { name: 'template openers in the body', make: (n) => `---\ntitle: a\n---\n${run('{{', n)}\n` },
  { name: 'raw tags in the body', make: (n) => `---\ntitle: a\n---\n${run('{% raw %}', n)}\n` },
  { name: 'img tags without src', make: (n) => `---\ntitle: a\nheadimg: https://x.cn/qr.png\n---\n${run('<img ', n)}\n` },
  { name: 'invisible characters', make: (n) => head(`title: a${run('\u200b', n)}`) },
  { name: 'U+3000 around a title', make: (n) => head(`title: ${run('\u3000', n / 2)}a${run('\u3000', n / 2)}`) },
];
