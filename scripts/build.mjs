// Bundles cli.tsx into dist/cli.mjs with esbuild (the options are in build-options.mjs) and
// writes dist/THIRD-PARTY-NOTICES.md, the licences of the packages bundled.
import {build} from 'esbuild';
import {chmod, rm, writeFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {bundleOptions} from './build-options.mjs';
import {writeThirdPartyNotices} from './third-party-notices.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

await rm(`${root}/dist`, {recursive: true, force: true});
const {metafile} = await build(bundleOptions({root, outdir: 'dist', metafile: true}));
await chmod(`${root}/dist/cli.mjs`, 0o755);
// With DEV=true (React DevTools) Ink reads the package.json beside its code's folder, which in
// this bundle is dist/: one that names no package, so Ink quietly keeps its own name and version.
await writeFile(`${root}/dist/package.json`, '{"type": "module"}\n');
await writeThirdPartyNotices(metafile, root, `${root}/dist/THIRD-PARTY-NOTICES.md`);
