/**
 * Every rule against its fixtures (test/fixtures/rules/<rule>/positive-*, negative-*) and every
 * seed: the problems found must be exactly the expected ones (rule, severity, range), fix-all
 * must give exactly the `.fixed` text, and nothing fixable may remain after it.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixAll } from '../../src/core/rules/fixAll';
import { rules } from '../../src/core/rules/index';
import {
  asExpected, configFor, ExpectedProblem, expectedPath, Fixture, FIXTURE_NOW, fixedPath, isFixtureFile, problemsOf, REPO, ruleFixtures, RULE_FIXTURES,
} from './ruleFixtures';

const SEEDS = path.join(REPO, 'seeds');
const SEED_EXPECTATIONS = path.join(RULE_FIXTURES, '_seeds');

function readExpected(file: string): ExpectedProblem[] {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as ExpectedProblem[];
}

function checkFixture(f: Fixture, expectationFile: string, fixedFile: string): void {
  const { article, problems } = problemsOf(f.text, f.config, f.encoding);
  assert.deepEqual(asExpected(article, problems), readExpected(expectationFile));
  const fixed = fixAll(f.text, f.config, { now: FIXTURE_NOW, encoding: f.encoding }).text;
  if (fs.existsSync(fixedFile)) {
    assert.equal(fixed, fs.readFileSync(fixedFile, 'utf8'));
  } else {
    assert.equal(fixed, f.text, 'fix-all changed a fixture that has no .fixed file');
  }
  const left = problemsOf(fixed, f.config, f.encoding).problems.filter((p) => p.fix);
  assert.deepEqual(left.map((p) => p.ruleId), [], 'fixable problems remain after fix-all');
}

describe('rule fixtures', () => {
  const fixtures = ruleFixtures();
  for (const f of fixtures) {
    const name = path.relative(RULE_FIXTURES, f.file);
    it(name, () => {
      checkFixture(f, expectedPath(f.file), fixedPath(f.file));
      const found = readExpected(expectedPath(f.file)).map((e) => e.rule);
      if (path.basename(f.file).startsWith('negative')) assert.ok(!found.includes(f.rule), `${f.rule} must not fire on ${name}`);
      else assert.ok(found.includes(f.rule), `${f.rule} must fire on ${name}`);
    });
  }

  it('every rule has positive and negative fixtures, and its fixable flag matches them', () => {
    for (const rule of rules) {
      const own = fixtures.filter((f) => f.rule === rule.id);
      assert.ok(own.some((f) => path.basename(f.file).startsWith('positive')), `${rule.id} has no positive fixture`);
      assert.ok(own.some((f) => path.basename(f.file).startsWith('negative')), `${rule.id} has no negative fixture`);
      const fixes = own.flatMap((f) => readExpected(expectedPath(f.file))).filter((e) => e.rule === rule.id && e.fixable);
      assert.equal(fixes.length > 0, rule.fixable, `${rule.id}.fixable disagrees with its fixtures`);
    }
  });
});

describe('seeds', () => {
  const seeds = fs.existsSync(SEEDS) ? fs.readdirSync(SEEDS).filter(isFixtureFile).sort() : [];
  for (const name of seeds) {
    it(name, () => {
      const file = path.join(SEEDS, name);
      const f: Fixture = { file, rule: '', text: fs.readFileSync(file, 'utf8'), encoding: undefined, config: configFor(file) };
      checkFixture(f, path.join(SEED_EXPECTATIONS, expectedPath(name)), path.join(SEED_EXPECTATIONS, fixedPath(name)));
    });
  }
});
