/**
 * The generated archive committed to a git repository: posts/ hard-linked from the bench archive
 * (so the shared one is left as it is), committed once and reused by every benchmark that needs
 * a git checkout of it (checkCache, gitIndex).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { benchArchive } from './generateArchive';

export function benchRepository(count: number): { repo: string; source: string; sourcePaths: string[] } {
  const { dir: source, paths: sourcePaths } = benchArchive(count);
  const repo = path.join(os.tmpdir(), 'news-archive-bench', `check-cache-${path.basename(source)}`);
  if (!fs.existsSync(path.join(repo, '.git', 'bench-ready'))) {
    fs.rmSync(repo, { recursive: true, force: true });
    fs.mkdirSync(path.join(repo, 'posts'), { recursive: true });
    for (const p of sourcePaths) fs.linkSync(p, path.join(repo, 'posts', path.basename(p)));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@localhost', ...args], { cwd: repo, stdio: 'ignore' });
    git('init', '-q');
    git('add', 'posts');
    git('commit', '-qm', 'archive');
    fs.writeFileSync(path.join(repo, '.git', 'bench-ready'), '');
  }
  return { repo, source, sourcePaths };
}
