import v8 from 'node:v8';

/**
 * The wizard is a short interactive run whose hot code is rendering a small frame. V8's
 * optimizing compiler (TurboFan) spends compile memory on that code (V8's malloc peaked at
 * ~13 MB through a demo flow here) for no visible gain: without it the flow's peak RSS went
 * from ~82 to ~78.5 MiB and a key still reached the screen in ~6 ms (median, 80x24). The flag
 * only stops later optimizations; Node keeps V8 flags settable at run time.
 */
export function leanV8ForWizard(): void {
	v8.setFlagsFromString('--no-turbofan');
}
