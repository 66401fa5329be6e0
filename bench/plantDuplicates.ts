/**
 * Known duplicates planted beside the generated archive, for measuring duplicate detection:
 * exact copies (the same body under another title) and near copies (another title, and a few
 * runs of the body's Chinese text replaced: about 3% of its characters in three places).
 * Written once into the temp folder next to the generated archive and reused.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArticle } from '../src/core/article/article';
import { normaliseBody } from '../src/core/hygiene/duplicateSketch';
import { Random } from './archive/random';

export interface PlantedCopy {
  copy: string;
  original: string;
  kind: 'exact' | 'near';
}

const PLANT_VERSION = 1;
const HAN_RUN = /[\u4e00-\u9fff]{2,}/g;

function retitle(text: string, n: number): string {
  return text.replace(/^title:.*$/m, `title: '转载稿件第${n}号'`);
}

/** Replaces three runs of Han characters, each about 1% of the body's text, with others. */
function nearCopy(rng: Random, text: string, bodyStart: number, textLength: number): string | undefined {
  const run = Math.max(2, Math.round(textLength * 0.01));
  const spots: number[] = [];
  for (const m of text.slice(bodyStart).matchAll(HAN_RUN)) {
    for (let i = 0; i + run <= m[0].length; i += run) spots.push(bodyStart + m.index + i);
  }
  if (spots.length < 3) return undefined;
  const chosen = new Set<number>();
  while (chosen.size < 3) chosen.add(rng.pick(spots));
  let out = text;
  for (const at of [...chosen].sort((a, b) => b - a)) {
    let replacement = '';
    for (let k = 0; k < run; k++) replacement += String.fromCharCode(0x4e00 + rng.int(0, 20000));
    out = out.slice(0, at) + replacement + out.slice(at + run);
  }
  return out;
}

export function plantDuplicates(paths: readonly string[], exact: number, near: number, seed = 7): { dir: string; planted: PlantedCopy[] } {
  const dir = path.join(os.tmpdir(), 'news-archive-bench', `planted-v${PLANT_VERSION}-${seed}-${paths.length}-${exact}-${near}`);
  const manifest = path.join(dir, '.planted.json');
  if (fs.existsSync(manifest)) return { dir, planted: JSON.parse(fs.readFileSync(manifest, 'utf8')) as PlantedCopy[] };
  const partial = `${dir}.partial-${process.pid}`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { recursive: true });
  const rng = new Random(seed);
  const planted: PlantedCopy[] = [];
  const used = new Set<number>();
  let n = 0;
  while (planted.length < exact + near) {
    const i = rng.int(0, paths.length - 1);
    if (used.has(i)) continue;
    used.add(i);
    const text = fs.readFileSync(paths[i], 'utf8');
    const article = parseArticle(text);
    const length = normaliseBody(article.body).length;
    const kind = planted.length < exact ? 'exact' : 'near';
    // Near copies need enough text for "a few small edits" to stay small.
    if (length < (kind === 'exact' ? 30 : 300)) continue;
    const copied = kind === 'exact' ? text : nearCopy(rng, text, article.bodyStart, length);
    if (copied === undefined) continue;
    const name = `planted-${String(++n).padStart(4, '0')}.md`;
    fs.writeFileSync(path.join(partial, name), retitle(copied, n));
    planted.push({ copy: path.join(dir, name), original: paths[i], kind });
  }
  fs.writeFileSync(path.join(partial, '.planted.json'), JSON.stringify(planted));
  try {
    fs.renameSync(partial, dir);
  } catch {
    fs.rmSync(partial, { recursive: true, force: true });
  }
  return { dir, planted };
}
