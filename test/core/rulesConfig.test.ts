import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readArchiveConfig } from '../../src/core/archiveSettings';
import { configSearchFolders, DEFAULT_FIELDS } from '../../src/core/config/archiveConfig';
import { configText } from '../../src/core/config/configMessages';
import { DUPLICATE_ARTICLE, HYGIENE_RULE_OPTIONS, VOCABULARY_VARIANT } from '../../src/core/hygiene/hygieneConfig';
import type { OptionSpec } from '../../src/core/config/ruleOptions';
import { rules } from '../../src/core/rules/index';
import { REPO } from './ruleFixtures';

describe('.newsarchive.json', () => {
  it('reads severities, rule options, fields and the cleaner selectors', () => {
    const { config, problems } = readArchiveConfig(JSON.stringify({
      $schema: './node_modules/x/schema.json',
      rules: { 'date-future': 'off', 'date-style': { severity: 'warning', format: 'iso8601' } },
      fields: { title: { required: false }, layout: { required: true, type: 'string', enum: ['post', 'page'] } },
      clean: { remove: ['.appendQr_wrap'], unwrap: ['span[id^=stock_]'] },
    }));
    assert.deepEqual(problems, []);
    assert.deepEqual(config.rules.get('date-future'), { severity: 'off', options: {} });
    assert.deepEqual({ ...config.rules.get('date-style') }, { severity: 'warning', options: Object.assign(Object.create(null), { format: 'iso8601' }) });
    assert.deepEqual(config.fields.get('title'), { required: false, types: ['string'], allowed: undefined });
    assert.deepEqual(config.fields.get('layout'), { required: true, types: ['string'], allowed: ['post', 'page'] });
    assert.deepEqual(config.fields.get('date'), DEFAULT_FIELDS.get('date'));
    assert.deepEqual(config.clean, { remove: ['.appendQr_wrap'], unwrap: ['span[id^=stock_]'] });
  });

  it('says what is wrong and keeps the rest', () => {
    const { config, problems } = readArchiveConfig('{"rules":{"date-future":"loud"},"fields":{"tags":{"type":"list"}},"clean":{"remove":".x"},"colour":1}');
    assert.deepEqual(problems.map((p) => p.messageId), ['severity-invalid', 'field-type-invalid', 'clean-selectors-invalid', 'unknown-setting']);
    assert.deepEqual(config.clean, { remove: [], unwrap: [] });
    assert.deepEqual(config.fields.get('tags')?.types, []);
    assert.equal(config.rules.get('date-future'), undefined);
  });

  it('falls back to the defaults on invalid JSON, with a message', () => {
    const { config, problems } = readArchiveConfig('{ "rules": ');
    assert.equal(problems.length, 1);
    assert.equal(configText(problems[0].messageId, problems[0].args, 'en'), 'Not valid JSON: a value was expected (a trailing comma?). The defaults apply until it is fixed.');
    assert.equal(config.fields.get('title')?.required, true);
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

  it('describes every option a rule declares, as the reader checks it, and no other', () => {
    /** The schema a declaration stands for: what the editor's JSON support checks as you type. */
    const schemaOf = (spec: OptionSpec): Record<string, unknown> => {
      switch (spec.type) {
        case 'boolean':
          return { type: 'boolean', default: spec.default, description: spec.description };
        case 'number':
          return { type: spec.integer ? 'integer' : 'number', minimum: spec.min, maximum: spec.max, default: spec.default, description: spec.description };
        case 'enum':
          return { enum: [...spec.values], default: spec.default, description: spec.description };
        case 'pattern':
          return { type: 'string', pattern: spec.pattern.source, examples: [spec.example], description: spec.description };
      }
    };
    const declared = new Map([...rules.map((r) => [r.id, r.options ?? {}] as const), ...HYGIENE_RULE_OPTIONS]);
    for (const [id, specs] of declared) {
      const rule = schema.properties.rules.properties[id] as unknown as { oneOf: { properties?: Record<string, unknown>; additionalProperties?: boolean }[] };
      const props = { ...(rule.oneOf[1].properties ?? {}) };
      delete props.severity;
      assert.deepEqual(props, Object.fromEntries(Object.entries(specs).map(([k, v]) => [k, schemaOf(v)])), id);
      assert.equal(rule.oneOf[1].additionalProperties, false, id);
    }
  });

  it('describes the cleaner section the loader reads', () => {
    assert.deepEqual(Object.keys(schema.properties.clean.properties), ['remove', 'unwrap']);
  });

  it('is contributed for .newsarchive.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { contributes: { jsonValidation: { fileMatch: string; url: string }[] } };
    assert.ok(pkg.contributes.jsonValidation.some((j) => j.fileMatch === '.newsarchive.json' && j.url === './schemas/newsarchive.schema.json'));
  });
});
