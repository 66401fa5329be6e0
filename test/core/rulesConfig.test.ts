import * as assert from 'node:assert/strict';
import { configSearchFolders, DEFAULT_FIELDS, parseArchiveConfig } from '../../src/core/archiveConfig';

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
