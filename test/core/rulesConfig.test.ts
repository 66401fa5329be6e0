import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { configSearchFolders, defaultArchiveConfig, DEFAULT_FIELDS, parseArchiveConfig } from '../../src/core/config/archiveConfig';
import { DUPLICATE_ARTICLE, hygieneSettings, VOCABULARY_VARIANT } from '../../src/core/hygiene/hygieneConfig';
import { rules } from '../../src/core/rules/index';
import { REPO } from './ruleFixtures';

describe('.newsarchive.json', () => {
  it('reads severities, rule options, fields and the cleaner selectors', () => {
    const { config, problems } = parseArchiveConfig(JSON.stringify({
      $schema: './node_modules/x/schema.json',
      rules: { 'date-future': 'off', 'date-style': { severity: 'warning', format: 'iso8601' } },
      fields: { title: { required: false }, layout: { required: true, type: 'string', enum: ['post', 'page'] } },
      clean: { remove: ['.appendQr_wrap'], unwrap: ['span[id^=stock_]'] },
    }));
    assert.deepEqual(problems, []);
    assert.deepEqual(config.rules['date-future'], { severity: 'off', options: {} });
    assert.deepEqual(config.rules['date-style'], { severity: 'warning', options: { format: 'iso8601' } });
    assert.deepEqual(config.fields.title, { required: false, types: ['string'], allowed: undefined });
    assert.deepEqual(config.fields.layout, { required: true, types: ['string'], allowed: ['post', 'page'] });
    assert.deepEqual(config.fields.date, DEFAULT_FIELDS.date);
    assert.deepEqual(config.clean, { remove: ['.appendQr_wrap'], unwrap: ['span[id^=stock_]'] });
  });

  it('says what is wrong and keeps the rest', () => {
    const { config, problems } = parseArchiveConfig('{"rules":{"date-future":"loud"},"fields":{"tags":{"type":"list"}},"clean":{"remove":".x"},"colour":1}');
    assert.deepEqual(problems.map((p) => p.path), ['colour', 'rules.date-future', 'fields.tags.type', 'clean.remove']);
    assert.deepEqual(config.clean, { remove: [], unwrap: [] });
    assert.deepEqual(config.fields.tags.types, []);
  });

  it('falls back to the defaults on invalid JSON, with a message', () => {
    const { config, problems } = parseArchiveConfig('{ "rules": ');
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /not valid JSON.*defaults apply/);
    assert.equal(config.fields.title.required, true);
  });

  it('looks for the file from the folder up to the workspace root', () => {
    assert.deepEqual(configSearchFolders('/w/archive/2021/11', '/w/archive'), ['/w/archive/2021/11', '/w/archive/2021', '/w/archive']);
    assert.deepEqual(configSearchFolders('/a/b'), ['/a/b', '/a', '/']);
    assert.deepEqual(configSearchFolders('/other/x', '/w'), ['/other/x']);
  });
});

describe('schemas/newsarchive.schema.json', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'schemas/newsarchive.schema.json'), 'utf8')) as {
    properties: { rules: { properties: Record<string, { description: string }> }; clean: { properties: Record<string, unknown> } };
  };

  it('lists every rule id, and only those, with its default severity', () => {
    const archiveWide = [DUPLICATE_ARTICLE, VOCABULARY_VARIANT];
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), [...rules.map((r) => r.id), ...archiveWide].sort());
    for (const r of rules) assert.match(schema.properties.rules.properties[r.id].description, new RegExp(`default: ${r.severity}`));
  });

  it('describes the options the archive-wide rules read, with their defaults', () => {
    const options = (id: string) => {
      const rule = schema.properties.rules.properties[id] as unknown as { oneOf: { properties?: Record<string, { default?: unknown }> }[] };
      const props = rule.oneOf[1].properties ?? {};
      return Object.fromEntries(Object.entries(props).filter(([k]) => k !== 'severity').map(([k, v]) => [k, v.default]));
    };
    const defaults = hygieneSettings(defaultArchiveConfig());
    assert.deepEqual(options(DUPLICATE_ARTICLE), { threshold: defaults.duplicates.threshold, sameTitle: defaults.duplicates.sameTitle });
    assert.deepEqual(options(VOCABULARY_VARIANT), { relativeDistance: defaults.vocabulary.relativeDistance, maxDistance: defaults.vocabulary.maxDistance });
  });

  it('describes the cleaner section the loader reads', () => {
    assert.deepEqual(Object.keys(schema.properties.clean.properties), ['remove', 'unwrap']);
  });

  it('is contributed for .newsarchive.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { contributes: { jsonValidation: { fileMatch: string; url: string }[] } };
    assert.ok(pkg.contributes.jsonValidation.some((j) => j.fileMatch === '.newsarchive.json' && j.url === './schemas/newsarchive.schema.json'));
  });
});
