/**
 * The SARIF 2.1.0 JSON schema's verdict on a log (test/fixtures/sarif/, with ajv), for the tests
 * of every command that writes SARIF (check, merge).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv, { ErrorObject } from 'ajv-draft-04';
import { REPO } from './ruleFixtures';

let validator: ((log: unknown) => ErrorObject[] | null) | undefined;

/** null when `log` is valid SARIF 2.1.0, else the schema's errors. */
export function sarifErrors(log: unknown): ErrorObject[] | null {
  if (!validator) {
    const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'test/fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
    // The schema's language-tag pattern is not valid as a Unicode regular expression.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    const parses = (text: string, base?: string) => {
      try {
        return new URL(text, base) !== undefined;
      } catch {
        return false;
      }
    };
    ajv.addFormat('uri', (s: string) => parses(s));
    ajv.addFormat('uri-reference', (s: string) => parses(s, 'file:///base/'));
    ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
    const validate = ajv.compile(schema);
    validator = (log) => (validate(log) ? null : [...(validate.errors ?? [])]);
  }
  return validator(log);
}
