// Bundles cli.tsx into dist/cli.mjs with esbuild; the options are in build-options.mjs.
import {build} from 'esbuild';
import {chmod, rm} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {bundleOptions} from './build-options.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

await rm(`${root}/dist`, {recursive: true, force: true});
await build(bundleOptions({root, outdir: 'dist'}));
await chmod(`${root}/dist/cli.mjs`, 0o755);
