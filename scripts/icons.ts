/**
 * `npm run icons [-- OUT_DIR]`: renders assets/icon.svg into every icon file the installers
 * use, in assets/icons/ unless another folder is given:
 *   icon.png            1024 px
 *   png/<N>x<N>.png     the Linux set (electron-builder's `linux.icon` folder)
 *   icon.ico            Windows, 16 to 256 px
 *   icon.icns           macOS, 16 to 1024 px
 * The files are committed; tests/main/packaging/icons.test.ts fails when they no longer
 * match the drawing, and `npm run dist` runs this first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { generateIcons } from './icons/generate';

const root = path.resolve(import.meta.dirname, '..');
const source = path.join(root, 'assets/icon.svg');
const outDir = path.resolve(process.argv[2] ?? path.join(root, 'assets/icons'));

const files = generateIcons(fs.readFileSync(source, 'utf8'));
// A size dropped from the set must not linger: the Linux folder is rewritten whole.
fs.rmSync(path.join(outDir, 'png'), { recursive: true, force: true });
for (const [name, bytes] of files) {
  const target = path.join(outDir, name);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, bytes);
}
console.log(`Wrote ${files.size} icon files from ${path.relative(root, source)} to ${outDir}`);
