// The built page's ES modules, for node's test runner. The page's folder has no package.json (the browser needs
// none), so node would read its .js files as CommonJS: they are copied once into a folder that says "module".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The built page's js/ (settings.js is written at build time from shared's table); mvn verify names it. */
export const JS = path.resolve(process.env.NNFS_WEB_JS || path.join(here, '..', '..', 'client', 'target', 'classes', 'nnfs-web', 'js'));

let copy = null;
/** A module of the page, by its file name ('state.js'). */
export async function pageModule(name) {
  if (!copy) {
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'nnfs-page-'));
    for (const f of fs.readdirSync(JS)) if (f.endsWith('.js')) fs.copyFileSync(path.join(JS, f), path.join(copy, f));
    fs.writeFileSync(path.join(copy, 'package.json'), '{"type": "module"}\n');
    process.on('exit', () => fs.rmSync(copy, { recursive: true, force: true }));
  }
  return import(pathToFileURL(path.join(copy, name)).href);
}
