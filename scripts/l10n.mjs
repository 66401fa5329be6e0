#!/usr/bin/env node
// Localisation upkeep, re-run whenever contributions or runtime strings change:
//
//   node scripts/l10n.mjs           moves every plain user-facing string of package.json into
//                                   package.nls.json (leaving `%key%`), writes l10n/bundle.l10n.json
//                                   (the runtime strings of src/), and lists what
//                                   package.nls.zh-cn.json and l10n/bundle.l10n.zh-cn.json lack.
//   node scripts/l10n.mjs --check   changes nothing; exits 1 when anything is left to do.
//
// test/core/l10n.test.ts makes the same checks with the functions exported here.
import fs from 'node:fs';
import path from 'node:path';

const PLACEHOLDER = /^%([^%]+)%$/;

function* entries(list) {
  if (Array.isArray(list)) yield* list.entries();
}

function* configurationSections(configuration) {
  if (Array.isArray(configuration)) yield* configuration.entries();
  else if (configuration) yield [undefined, configuration];
}

/**
 * Every user-facing string of a manifest with the nls key it gets: `{ at, key, value }`, where
 * `at` is the property path inside the manifest. Keys name what they describe (command id,
 * setting name, enum value), so they survive reordering.
 */
export function localizableStrings(manifest) {
  const found = [];
  const add = (at, key, value) => {
    if (typeof value === 'string') found.push({ at, key, value });
  };
  const short = (id) => String(id).replace(/^newsArchive\./, '');
  add(['displayName'], 'displayName', manifest.displayName);
  add(['description'], 'description', manifest.description);
  const untrusted = manifest.capabilities?.untrustedWorkspaces;
  if (untrusted && typeof untrusted === 'object') add(['capabilities', 'untrustedWorkspaces', 'description'], 'capabilities.untrustedWorkspaces.description', untrusted.description);
  const c = manifest.contributes ?? {};
  for (const [i, cmd] of entries(c.commands)) {
    for (const field of ['title', 'shortTitle']) add(['contributes', 'commands', i, field], `command.${short(cmd.command)}.${field}`, cmd[field]);
    add(['contributes', 'commands', i, 'category'], 'category', cmd.category);
  }
  for (const [s, section] of configurationSections(c.configuration)) {
    const base = s === undefined ? ['contributes', 'configuration'] : ['contributes', 'configuration', s];
    add([...base, 'title'], section.id ? `config.section.${short(section.id)}.title` : 'config.title', section.title);
    for (const [name, prop] of Object.entries(section.properties ?? {})) {
      const at = [...base, 'properties', name];
      const key = `config.${short(name)}`;
      for (const field of ['description', 'markdownDescription', 'deprecationMessage', 'markdownDeprecationMessage']) add([...at, field], `${key}.${field}`, prop[field]);
      for (const field of ['enumDescriptions', 'markdownEnumDescriptions']) {
        for (const [i, text] of entries(prop[field])) add([...at, field, i], `${key}.enum.${String(prop.enum?.[i] ?? i)}`, text);
      }
    }
  }
  for (const [where, containers] of Object.entries(c.viewsContainers ?? {})) {
    for (const [i, vc] of entries(containers)) add(['contributes', 'viewsContainers', where, i, 'title'], `viewsContainer.${short(vc.id)}.title`, vc.title);
  }
  for (const [where, views] of Object.entries(c.views ?? {})) {
    for (const [i, view] of entries(views)) {
      add(['contributes', 'views', where, i, 'name'], `view.${short(view.id)}.name`, view.name);
      add(['contributes', 'views', where, i, 'contextualTitle'], `view.${short(view.id)}.contextualTitle`, view.contextualTitle);
    }
  }
  const welcomeCount = new Map();
  for (const [i, welcome] of entries(c.viewsWelcome)) {
    const n = (welcomeCount.get(welcome.view) ?? 0) + 1;
    welcomeCount.set(welcome.view, n);
    add(['contributes', 'viewsWelcome', i, 'contents'], `viewsWelcome.${short(welcome.view)}.${n}`, welcome.contents);
  }
  for (const [i, submenu] of entries(c.submenus)) add(['contributes', 'submenus', i, 'label'], `submenu.${short(submenu.id)}.label`, submenu.label);
  for (const [w, walkthrough] of entries(c.walkthroughs)) {
    const at = ['contributes', 'walkthroughs', w];
    const key = `walkthrough.${short(walkthrough.id)}`;
    add([...at, 'title'], `${key}.title`, walkthrough.title);
    add([...at, 'description'], `${key}.description`, walkthrough.description);
    for (const [s, step] of entries(walkthrough.steps)) {
      const stepKey = `${key}.${step.id}`;
      add([...at, 'steps', s, 'title'], `${stepKey}.title`, step.title);
      add([...at, 'steps', s, 'description'], `${stepKey}.description`, step.description);
      add([...at, 'steps', s, 'media', 'altText'], `${stepKey}.altText`, step.media?.altText);
      // The step's picture is a screenshot in the display language: docs/images/walkthrough/ in
      // English, docs/images/walkthrough/zh-cn/ in Chinese (VS Code replaces any %key% string).
      add([...at, 'steps', s, 'media', 'image'], `${stepKey}.image`, step.media?.image);
    }
  }
  return found;
}

/** A string literal's value: '…' and "…" with JavaScript escapes, or `…` without `${`. */
function literalValue(quote, body) {
  if (quote === '`') return body.replace(/\\`/g, '`').replace(/\\\\/g, '\\');
  const asJson = quote === '"' ? body : body.replace(/\\'/g, "'").replace(/"/g, '\\"');
  return JSON.parse(`"${asJson}"`);
}

const LITERAL = String.raw`\s*(?:'((?:\\.|[^'\\\n])*)'|"((?:\\.|[^"\\\n])*)"|` + '`' + String.raw`((?:\\.|[^` + '`' + String.raw`\\$])*)` + '`' + ')';

/**
 * The messages of a source file's runtime translations: the first argument of `l10n.t(…)`, and
 * of `t(…)` where the file binds `t` to a translation function (`const t = vscode.l10n.t`, or
 * `import { t } from './l10n'` in the CLI). Each occurrence once per file, in order.
 */
export function l10nMessages(source) {
  const callees = [String.raw`\bl10n\.t`];
  if (/\bconst t = vscode\.l10n\.t\b/.test(source) || /import \{[^}]*\bt\b[^}]*\} from '[./]*l10n'/.test(source)) callees.push(String.raw`(?<![.\w])t`);
  const re = new RegExp(`(?:${callees.join('|')})\\(${LITERAL}`, 'g');
  const messages = [];
  for (const m of source.matchAll(re)) {
    const value = m[1] !== undefined ? literalValue("'", m[1]) : m[2] !== undefined ? literalValue('"', m[2]) : literalValue('`', m[3]);
    if (!messages.includes(value)) messages.push(value);
  }
  return messages;
}

/**
 * The plural forms of a table of counted things (src/core/countWords.ts: `{ one: '…', other: '…' }`
 * in a table that `satisfies Record<string, PluralForms>`): each is a bundle key.
 */
export function countedMessages(source) {
  if (!/satisfies Record<string, PluralForms>/.test(source)) return [];
  const messages = [];
  for (const m of source.matchAll(new RegExp(`\\b(?:one|other):${LITERAL}`, 'g'))) {
    const value = m[1] !== undefined ? literalValue("'", m[1]) : m[2] !== undefined ? literalValue('"', m[2]) : literalValue('`', m[3]);
    if (!messages.includes(value)) messages.push(value);
  }
  return messages;
}

/** Every runtime message under `srcDir`, sorted, from all its .ts files. */
export function sourceMessages(srcDir) {
  const all = new Set();
  for (const file of fs.readdirSync(srcDir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!file.endsWith('.ts')) continue;
    const source = fs.readFileSync(path.join(srcDir, file), 'utf8');
    for (const m of [...l10nMessages(source), ...countedMessages(source)]) all.add(m);
  }
  return [...all].sort();
}

function readJson(file, fallback) {
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : fallback;
}

function setAt(object, at, value) {
  let o = object;
  for (const k of at.slice(0, -1)) o = o[k];
  o[at[at.length - 1]] = value;
}

function main() {
  const check = process.argv.includes('--check');
  const root = path.resolve(path.dirname(process.argv[1]), '..');
  const manifestFile = path.join(root, 'package.json');
  const manifestText = fs.readFileSync(manifestFile, 'utf8');
  const manifest = JSON.parse(manifestText);
  if (!check && `${JSON.stringify(manifest, null, 2)}\n` !== manifestText) {
    console.error('package.json is not laid out as npm writes it (2 spaces, one value a line); this script rewrites it whole, so lay it out so first.');
    process.exit(2);
  }
  const nlsFile = path.join(root, 'package.nls.json');
  const nls = readJson(nlsFile, {});
  const todo = [];

  let moved = 0;
  for (const { at, key, value } of localizableStrings(manifest)) {
    if (PLACEHOLDER.test(value)) continue;
    let k = key;
    for (let n = 2; nls[k] !== undefined && nls[k] !== value; n++) k = `${key}.${n}`;
    nls[k] = value;
    setAt(manifest, at, `%${k}%`);
    moved++;
    todo.push(`package.json ${at.join('.')}: plain text, not %${k}%`);
  }
  const used = new Set(localizableStrings(manifest).map((s) => PLACEHOLDER.exec(s.value)?.[1]).filter(Boolean));
  const zhNls = readJson(path.join(root, 'package.nls.zh-cn.json'), {});
  for (const k of used) {
    if (nls[k] === undefined) todo.push(`package.nls.json lacks ${k}`);
    if (zhNls[k] === undefined) todo.push(`package.nls.zh-cn.json lacks ${k}: ${JSON.stringify(nls[k])}`);
  }
  for (const k of Object.keys(zhNls)) if (!used.has(k)) todo.push(`package.nls.zh-cn.json has unused ${k}`);

  const messages = sourceMessages(path.join(root, 'src'));
  const bundleFile = path.join(root, 'l10n/bundle.l10n.json');
  const bundle = Object.fromEntries(messages.map((m) => [m, m]));
  const zhBundle = readJson(path.join(root, 'l10n/bundle.l10n.zh-cn.json'), {});
  for (const m of messages) if (zhBundle[m] === undefined) todo.push(`l10n/bundle.l10n.zh-cn.json lacks ${JSON.stringify(m)}`);
  for (const m of Object.keys(zhBundle)) if (!(m in bundle)) todo.push(`l10n/bundle.l10n.zh-cn.json has unused ${JSON.stringify(m)}`);
  if (JSON.stringify(readJson(bundleFile, {})) !== JSON.stringify(bundle)) todo.push('l10n/bundle.l10n.json is out of date');

  if (!check) {
    if (moved > 0) {
      fs.writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
      fs.writeFileSync(nlsFile, `${JSON.stringify(nls, null, 2)}\n`);
      console.log(`moved ${moved} strings from package.json to package.nls.json`);
    }
    fs.mkdirSync(path.dirname(bundleFile), { recursive: true });
    fs.writeFileSync(bundleFile, `${JSON.stringify(bundle, null, 2)}\n`);
  }
  const left = check ? todo : todo.filter((t) => !t.startsWith('package.json ') && t !== 'l10n/bundle.l10n.json is out of date');
  for (const t of left) console.log(t);
  console.log(left.length === 0 ? 'l10n: complete' : `l10n: ${left.length} to do`);
  process.exitCode = left.length === 0 ? 0 : 1;
}

// No import.meta: the unit tests bundle this file as CommonJS.
if (/[\\/]scripts[\\/]l10n\.mjs$/.test(process.argv[1] ?? '')) main();
