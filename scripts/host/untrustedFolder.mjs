// What an untrusted repository could carry, for the Restricted Mode suites (Node and web): a
// .vscode/settings.json that would load remote images and apply bulk edits unasked. Restricted
// Mode must not apply them (restrictedConfigurations); the sort order, not restricted, shows that
// the file is read.
import fs from 'node:fs';
import path from 'node:path';

export function writeUntrustedSettings(scratch) {
  fs.mkdirSync(path.join(scratch, 'archive/.vscode'), { recursive: true });
  fs.writeFileSync(path.join(scratch, 'archive/.vscode/settings.json'), JSON.stringify({
    'newsArchive.preview.remoteImages': 'allow',
    'newsArchive.bulkEdits.review': 'apply',
    'newsArchive.tree.sortBy': 'title',
  }, null, 2));
}
