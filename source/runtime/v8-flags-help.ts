import process from 'node:process';

/**
 * Whether V8 flags set at run time (v8.setFlagsFromString, before the code they are about is
 * compiled) pay off on the running Node. Measured with `npm run bench` on this project's two
 * Nodes and on Node 22: on 20 and 22, keeping WebAssembly at its baseline compiler saves `get`
 * 45 to 300 ms (Node waits at exit for a background recompile of undici's HTTP parser) and the
 * wizard's flags lower its peak memory; on 24 the same calls cost `get` ~20 ms and the wizard's
 * first frame ~50 ms, as the built-in modules loaded after them start without their compiled
 * code, and save nothing. Node's documentation also warns that flags changed after start may
 * behave unpredictably: they are kept only where they measurably help.
 */
export function runtimeV8FlagsHelp(version = process.versions.node): boolean {
	return Number(version.split('.')[0]) < 24;
}
