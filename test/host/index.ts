/**
 * The extension host calls run() (extensionTestsPath = dist/test/host/index.js) once the
 * workbench has opened the temporary copy of seeds/. It runs every dist/test/host/**\/*.test.js
 * in one mocha, with the BDD interface (`describe` / `it` / `before` / `afterEach`), as the unit
 * tests do. mocha is external to the bundle and resolves from node_modules.
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.js'))
    .sort()
    .map((f) => path.join(dir, f));
}

export function run(): Promise<void> {
  // Plain output: the lines travel through the workbench's log to the terminal.
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000 });
  // NEWS_ARCHIVE_HOST_GREP=preview runs only the tests whose full title matches (while working on one feature).
  if (process.env.NEWS_ARCHIVE_HOST_GREP) mocha.grep(process.env.NEWS_ARCHIVE_HOST_GREP);
  for (const file of testFiles(__dirname)) mocha.addFile(file);
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration tests failed.`)) : resolve()));
  });
}
