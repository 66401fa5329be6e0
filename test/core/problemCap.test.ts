import { strict as assert } from 'node:assert';
import { ProblemCap } from '../../src/core/problemCap';
import { ProblemCounts, worstSeverity } from '../../src/core/problemCounts';

const counts = (errors: number, warnings: number, infos: number, hints: number): ProblemCounts => ({ errors, warnings, infos, hints, byRule: [] });

describe('the capped Problems panel set (ProblemCap)', () => {
  it('keeps everything under the cap, most severe files first', () => {
    const cap = new ProblemCap<string>(10);
    cap.add('info.md', 'info', 3, 'i');
    cap.add('error.md', 'error', 2, 'e');
    cap.add('warning.md', 'warning', 4, 'w');
    assert.deepEqual(cap.files().map((f) => f.key), ['error.md', 'warning.md', 'info.md']);
    assert.equal(cap.shown, 9);
    assert.equal(cap.hidden, 0);
  });

  it('pushes out the least severe, latest files when errors arrive, and counts what it hid', () => {
    const cap = new ProblemCap<string>(6);
    cap.add('w1.md', 'warning', 2, '');
    cap.add('i1.md', 'info', 3, '');
    cap.add('e1.md', 'error', 3, '');
    // 8 > 6: the info file goes first.
    assert.deepEqual(cap.files().map((f) => f.key), ['e1.md', 'w1.md']);
    cap.add('e2.md', 'error', 2, '');
    // 7 > 6: the warning file goes; the errors stay whole.
    assert.deepEqual(cap.files().map((f) => f.key), ['e1.md', 'e2.md']);
    cap.add('e3.md', 'error', 4, '');
    // Errors beyond the cap: the latest error file goes.
    assert.deepEqual(cap.files().map((f) => f.key), ['e1.md', 'e2.md']);
    assert.equal(cap.shown, 5);
    assert.equal(cap.hidden, 9);
  });

  it('keeps nothing with a cap of 0 and ignores files without problems', () => {
    const cap = new ProblemCap<string>(0);
    cap.add('a.md', 'error', 1, '');
    cap.add('b.md', 'hint', 0, '');
    assert.deepEqual(cap.files(), []);
    assert.equal(cap.hidden, 1);
  });

  it('names the worst severity', () => {
    assert.equal(worstSeverity(counts(0, 1, 1, 1)), 'warning');
    assert.equal(worstSeverity(counts(1, 0, 0, 1)), 'error');
    assert.equal(worstSeverity(counts(0, 0, 0, 0)), undefined);
  });
});
