// The benchmark's reference for the wizard's first frame: the smallest Ink app that waits for a
// key, bundled with the same esbuild options as dist/cli.mjs (scripts/bench.mjs builds it).
import {render, Text, useApp, useInput} from 'ink';

function Hello() {
	const {exit} = useApp();
	useInput(() => exit());
	return <Text>Hello, world</Text>;
}

render(<Hello />, {exitOnCtrlC: false, patchConsole: false});
