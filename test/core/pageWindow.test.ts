/** The window the Articles and Duplicates views page their children through. */
import * as assert from 'node:assert/strict';
import { MAX_CHILDREN, MAX_WINDOW, nextPage, previousPage, windowRange, windowShowing } from '../../src/core/tree/pageWindow';

describe('page window', () => {
  it('grows a page at a time, then slides, never past MAX_WINDOW', () => {
    let w = { start: 0, shown: 1000 };
    assert.deepEqual(windowRange(w, 2500), { start: 0, end: 1000, before: 0, after: 1500 });
    w = nextPage(w, 2500, 1000);
    assert.deepEqual(w, { start: 2, shown: MAX_WINDOW });
    assert.deepEqual(windowRange(w, 2500), { start: 2, end: 2000, before: 2, after: 500 });
    w = nextPage(w, 2500, 1000);
    assert.deepEqual(windowRange(w, 2500), { start: 502, end: 2500, before: 502, after: 0 });
    assert.ok(w.shown + 2 <= MAX_CHILDREN);
    assert.deepEqual(previousPage(w, 2500, 1000), { start: 0, shown: MAX_WINDOW });
  });

  it('moves to a child outside the window: whole pages from the top, or centred when far down', () => {
    const w = { start: 0, shown: 1000 };
    assert.equal(windowShowing(w, 999, 1000), w);
    assert.deepEqual(windowShowing({ start: 0, shown: 500 }, 1000, 500), { start: 0, shown: 1500 });
    assert.deepEqual(windowShowing(w, 1000, 1000), { start: 1, shown: MAX_WINDOW });
    assert.deepEqual(windowShowing(w, 5000, 1000), { start: 5000 - MAX_WINDOW / 2, shown: MAX_WINDOW });
  });

  it('keeps the window inside a list that shrank', () => {
    assert.deepEqual(windowRange({ start: 900, shown: 1000 }, 1200), { start: 200, end: 1200, before: 200, after: 0 });
  });
});
