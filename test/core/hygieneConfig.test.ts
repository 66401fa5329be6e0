import { strict as assert } from 'node:assert';
import { defaultArchiveConfig, readArchiveConfig } from '../../src/core/config/archiveConfig';
import { hygieneSettings } from '../../src/core/hygiene/hygieneConfig';

describe('hygiene: settings from .newsarchive.json', () => {
  it('has defaults', () => {
    assert.deepEqual(hygieneSettings(defaultArchiveConfig()), {
      duplicates: { severity: undefined, threshold: 0.8, sameTitle: true },
      vocabulary: { severity: 'info', relativeDistance: 0.2, maxDistance: 2 },
      problems: [],
    });
  });

  it('reads severities and options', () => {
    const { config } = readArchiveConfig({
      rules: { 'duplicate-article': { severity: 'error', threshold: 0.9, sameTitle: false }, 'vocabulary-variant': 'off' },
    });
    assert.deepEqual(hygieneSettings(config), {
      duplicates: { severity: 'error', threshold: 0.9, sameTitle: false },
      vocabulary: { severity: 'off', relativeDistance: 0.2, maxDistance: 2 },
      problems: [],
    });
  });

  it('reports a wrong option and keeps its default', () => {
    const { config } = readArchiveConfig({ rules: { 'duplicate-article': { threshold: 2, sameTitle: 'no' }, 'vocabulary-variant': { maxDistance: -1 } } });
    const s = hygieneSettings(config);
    assert.deepEqual([s.duplicates.threshold, s.duplicates.sameTitle, s.vocabulary.maxDistance], [0.8, true, 2]);
    assert.deepEqual(s.problems.map((p) => p.path), ['rules.duplicate-article.sameTitle', 'rules.duplicate-article.threshold', 'rules.vocabulary-variant.maxDistance']);
    assert.equal(s.problems[1].message, '"threshold" must be a number from 0.5 to 1; using 0.8');
  });
});
