/**
 * The extension host calls run() (extensionTestsPath = dist/test/installed/index.js) in the
 * workbench that scripts/testInstalled.mjs opens with the .vsix installed. It is the host
 * suite's runner: bundled here, its `__dirname` is dist/test/installed, so it runs this
 * folder's tests only.
 */
export { run } from '../host/index';
