import {tmpdir} from 'node:os';
import '../../cli.js';
import {sweepUnpackedCopies} from './sweep-unpacked-copies.js';

// The main script of the standalone executable (scripts/build-standalone.mjs): the CLI, and the
// removal of the copies that earlier releases' executables unpacked and left in TMPDIR.
void sweepUnpackedCopies(tmpdir()).catch(() => undefined);
