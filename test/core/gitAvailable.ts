/** Whether git runs here: the tests that need a real repository skip themselves without it. */
import { execFileSync } from 'node:child_process';

function probe(): boolean {
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const hasGit = probe();
