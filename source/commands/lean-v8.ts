import v8 from 'node:v8';

/**
 * The wizard (either face) is a short interactive run whose hot code draws a small frame. V8's
 * optimizing compilers spend compile memory on it for no visible gain: TurboFan for the
 * JavaScript, and TurboFan's tier-up of yoga's WebAssembly (Ink's layout) over its baseline
 * (Liftoff) code. Without both, the demo flow's peak RSS went from ~79.5 to ~74.7 MiB here, and
 * a key still reached the screen in ~5.5 ms (median, 80x24). The flags only change how code is
 * compiled from then on, so this runs before Ink is imported; Node keeps V8 flags settable at
 * run time. (undici-wasm.ts sets the second one for `get` too.)
 */
export function leanV8ForWizard(): void {
	v8.setFlagsFromString('--no-turbofan');
	v8.setFlagsFromString('--liftoff-only');
}
