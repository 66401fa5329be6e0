/** The stats dashboard's messages: each side lets through only what it can act on. */
import * as assert from 'node:assert/strict';
import { isFromStatsView, isToStatsView } from '../../src/hygiene/statsMessageGuards';

describe('stats dashboard messages', () => {
  it('accepts from the page only well-formed requests and reports', () => {
    assert.equal(isFromStatsView({ type: 'ready' }), true);
    assert.equal(isFromStatsView({ type: 'compare', a: 'file:///a.md', b: 'file:///b.md' }), true);
    assert.equal(isFromStatsView({ type: 'compare', a: 'file:///a.md' }), false);
    assert.equal(isFromStatsView({ type: 'rename', field: 'author', from: 'a', to: 'b' }), true);
    assert.equal(isFromStatsView({ type: 'rename', field: 'source', from: 'a', to: 'b' }), false);
    assert.equal(isFromStatsView({ type: 'rendered', articles: 18, problems: 4, sections: 7, bars: 3, months: 1, fieldLabels: ['分类'], duplicateGroups: 1, duplicateMembers: 2 }), true);
    assert.equal(isFromStatsView({ type: 'rendered', articles: -1, problems: 0, sections: 7, bars: 3, months: 1, fieldLabels: [], duplicateGroups: 0, duplicateMembers: 0 }), false);
    assert.equal(isFromStatsView({ type: 'rendered', articles: 18, sections: 7, bars: 3, months: 1, fieldLabels: [] }), false);
    assert.equal(isFromStatsView({ type: 'open', uri: 'file:///etc/passwd' }), false);
    assert.equal(isFromStatsView('ready'), false);
  });

  it('accepts on the page only the stats message', () => {
    assert.equal(isToStatsView({ type: 'stats', stats: {}, duplicateGroups: [], labels: {}, problemsNote: '' }), true);
    assert.equal(isToStatsView({ type: 'stats', stats: {}, duplicateGroups: [], labels: {} }), false);
    assert.equal(isToStatsView({ type: 'stats', stats: {}, labels: {}, problemsNote: '' }), false);
    assert.equal(isToStatsView({ type: 'render' }), false);
  });
});
