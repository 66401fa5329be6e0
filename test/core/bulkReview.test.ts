/**
 * The metadata of a bulk edit's entries and the account of what it applied (issue 14: Fix All in
 * Archive and Rename Across Archive marked every entry as needing confirmation, so the refactor
 * preview opened with nothing ticked and Apply changed nothing).
 */
import * as assert from 'node:assert/strict';
import { appliedSummary, proposedEntry, reviewMarkerEntry } from '../../src/documents/bulkReview';

describe('bulk edit review', () => {
  it('proposes every edit ticked: no entry of the edit itself needs confirmation', () => {
    assert.deepEqual(proposedEntry('Fix front matter', 'posts/a.md'), { needsConfirmation: false, label: 'Fix front matter', description: 'posts/a.md' });
    assert.deepEqual(proposedEntry('Rename'), { needsConfirmation: false, label: 'Rename' });
  });

  it('opens the refactor preview by one marker entry, the only one needing confirmation', () => {
    assert.deepEqual(reviewMarkerEntry('Review'), { needsConfirmation: true, label: 'Review' });
  });

  it('counts the files that hold the proposed text, and the changes in them', () => {
    const files = [
      { before: 'a: 1 \n', after: 'a: 1\n', changes: 1 },
      { before: 'b: no\nc: 2 \n', after: 'b: false\nc: 2\n', changes: 2 },
      { before: 'd: 1 \n', after: 'd: 1\n', changes: 1 },
    ];
    assert.deepEqual(appliedSummary(files, ['a: 1\n', 'b: false\nc: 2\n', 'd: 1\n']), { files: 3, changes: 4, partly: 0, untouched: 0 });
    // The second file's edits half unticked, the third one's all, the first unreadable.
    assert.deepEqual(appliedSummary(files, [undefined, 'b: false\nc: 2 \n', 'd: 1 \n']), { files: 0, changes: 0, partly: 1, untouched: 2 });
  });

  it('takes a file whose document has one kind of line ending as holding the proposed text', () => {
    const files = [{ before: 'a: 1 \r\nb: 2\n', after: 'a: 1\r\nb: 2\n', changes: 1 }];
    assert.deepEqual(appliedSummary(files, ['a: 1\r\nb: 2\r\n']), { files: 1, changes: 1, partly: 0, untouched: 0 });
    assert.deepEqual(appliedSummary(files, ['a: 1 \r\nb: 2\r\n']), { files: 0, changes: 0, partly: 0, untouched: 1 });
  });
});
