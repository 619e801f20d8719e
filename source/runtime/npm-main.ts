import {enableCompileCache} from './compile-cache.js';

// The entry of the npm bundle (dist/cli.mjs): the compile cache first, so that the CLI and every
// chunk it loads after this point come from it; then the CLI itself.
enableCompileCache();
await import('../../cli.js');
