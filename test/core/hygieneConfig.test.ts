import { strict as assert } from 'node:assert';
import { readArchiveConfig } from '../../src/core/archiveSettings';
import { defaultArchiveConfig } from '../../src/core/config/archiveConfig';
import { configText } from '../../src/core/config/configMessages';
import { hygieneSettings } from '../../src/core/hygiene/hygieneConfig';

describe('hygiene: settings from .newsarchive.json', () => {
  it('has defaults', () => {
    assert.deepEqual(hygieneSettings(defaultArchiveConfig()), {
      duplicates: { severity: undefined, threshold: 0.8, sameTitle: true },
      vocabulary: { severity: 'info', relativeDistance: 0.2, maxDistance: 2 },
    });
  });

  it('reads severities and options', () => {
    const { config, problems } = readArchiveConfig(JSON.stringify({
      rules: { 'duplicate-article': { severity: 'error', threshold: 0.9, sameTitle: false }, 'vocabulary-variant': 'off' },
    }));
    assert.deepEqual(problems, []);
    assert.deepEqual(hygieneSettings(config), {
      duplicates: { severity: 'error', threshold: 0.9, sameTitle: false },
      vocabulary: { severity: 'off', relativeDistance: 0.2, maxDistance: 2 },
    });
  });

  it('reports a wrong option where it is written and keeps its default', () => {
    const text = '{"rules":{"duplicate-article":{"threshold":2,"sameTitle":"no"},"vocabulary-variant":{"maxDistance":1.5}}}';
    const { config, problems } = readArchiveConfig(text);
    const s = hygieneSettings(config);
    assert.deepEqual([s.duplicates.threshold, s.duplicates.sameTitle, s.vocabulary.maxDistance], [0.8, true, 2]);
    assert.deepEqual(problems.map((p) => [text.slice(p.start, p.end), configText(p.messageId, p.args, 'en')]), [
      ['2', '"threshold" must be a number from 0.5 to 1; the default (0.8) applies.'],
      ['"no"', '"sameTitle" must be true or false; the default (true) applies.'],
      ['1.5', '"maxDistance" must be a whole number from 0 to 3; the default (2) applies.'],
    ]);
  });
});
