import process from 'node:process';
import {runtimeV8FlagsHelp} from '../runtime/v8-flags-help.js';

/**
 * undici parses HTTP with llhttp compiled to WebAssembly. V8 compiles it at once with its
 * baseline compiler (Liftoff) and then recompiles the busy functions with TurboFan on a
 * background thread, and Node waits for that thread before it exits: ~100 ms at the end of
 * every `get` measured here, spent optimizing a parser that has already read its one small
 * answer. Baseline code reads a token response (at most 1 MiB) in well under a millisecond.
 * The flag only changes how WebAssembly compiled from now on is built; llhttp is the only
 * WebAssembly this program runs. (A long-standing V8 flag; Node keeps flags settable at run time.)
 * Only on the Nodes where this helps: see runtimeV8FlagsHelp.
 */
export function keepWasmBaseline(): void {
	if (!runtimeV8FlagsHelp()) return;
	process.getBuiltinModule('node:v8').setFlagsFromString('--liftoff-only');
}
