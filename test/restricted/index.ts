/**
 * The extension host calls run() (extensionTestsPath = dist/test/restricted/index.js) in the
 * workbench that scripts/host/runRestrictedTests.mjs opens on an untrusted copy of seeds/. It is
 * the host suite's runner: bundled here, its `__dirname` is dist/test/restricted, so it runs this
 * folder's tests only.
 */
export { run } from '../host/index';
