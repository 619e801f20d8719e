import process from 'node:process';
import {runtimeV8FlagsHelp} from '../runtime/v8-flags-help.js';

/**
 * The wizard (either face) is a short interactive run whose hot code draws a small frame. V8's
 * optimizing compilers spend compile memory on it for no visible gain: TurboFan for the
 * JavaScript, and TurboFan's tier-up of yoga's WebAssembly (Ink's layout) over its baseline
 * (Liftoff) code. Without both, the demo flow's peak RSS went from ~79.5 to ~74.7 MiB here, and
 * a key still reached the screen in ~5.5 ms (median, 80x24). The flags only change how code is
 * compiled from then on, so this runs before Ink is imported; Node keeps V8 flags settable at
 * run time. (undici-wasm.ts sets the second one for `get` too.) Only on the Nodes where this
 * helps: see runtimeV8FlagsHelp.
 */
export function leanV8ForWizard(): void {
	if (!runtimeV8FlagsHelp()) return;
	// Loaded here, not imported: where the flags are not set, node:v8 need not load at all.
	const v8 = process.getBuiltinModule('node:v8');
	v8.setFlagsFromString('--no-turbofan');
	v8.setFlagsFromString('--liftoff-only');
}
