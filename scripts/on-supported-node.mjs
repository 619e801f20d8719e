// Runs a command on a Node this project supports (package.json "engines": >= 22.12): the Node
// running this script when it is one, otherwise the pinned LTS Node that scripts/pinned-node.mjs
// fetches from the npm registry (Linux x64 and arm64), put first on the command's PATH so that
// `node` and every `#!/usr/bin/env node` tool it starts (npm, tsc, eslint, vitest) run on it.
// `npm test` and `npm start` go through it, so both work as written on a machine whose own Node is
// older (a distribution's Node 20), with nothing installed globally.
//
//   node scripts/on-supported-node.mjs COMMAND [ARGS ...]
//
// This file runs on the machine's own Node, whatever its version: keep it to old, plain APIs.
import {spawn} from 'node:child_process';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {pinnedNode, pinnedNodeVersion} from './pinned-node.mjs';

/** The oldest Node the project supports, as package.json's engines says. */
export const oldestSupported = [22, 12];

/** Whether `version` ("MAJOR.MINOR.PATCH") is at least oldestSupported. */
export function isSupported(version) {
	const [major, minor] = version.split('.').map(Number);
	return major > oldestSupported[0] || (major === oldestSupported[0] && minor >= oldestSupported[1]);
}

/** The folder whose `node` the command should find first on PATH, or undefined to keep PATH. */
async function nodeFolder() {
	if (isSupported(process.versions.node)) return undefined;
	if (process.platform !== 'linux' || !['x64', 'arm64'].includes(process.arch)) {
		throw new Error(`Node ${process.versions.node} is older than ${oldestSupported.join('.')}, and the pinned Node ${pinnedNodeVersion} is only fetched for Linux x64 and arm64: install Node 22 or 24`);
	}
	const binary = await pinnedNode(process.arch);
	process.stderr.write(`Node ${process.versions.node} is older than ${oldestSupported.join('.')}: running on the pinned Node ${pinnedNodeVersion} (${path.relative(process.cwd(), binary)})\n`);
	return path.dirname(binary);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const [command, ...args] = process.argv.slice(2);
	if (!command) {
		process.stderr.write('usage: node scripts/on-supported-node.mjs COMMAND [ARGS ...]\n');
		process.exit(2);
	}
	const folder = await nodeFolder();
	const env = folder ? {...process.env, PATH: `${folder}${path.delimiter}${process.env.PATH ?? ''}`} : process.env;
	const child = spawn(command, args, {env, stdio: 'inherit'});
	// A terminal sends Ctrl+C's SIGINT and a hang-up's SIGHUP to every process in its foreground
	// group, the command included: this one only waits for it. A SIGTERM sent to this process
	// alone is passed on.
	process.on('SIGINT', () => {});
	process.on('SIGHUP', () => {});
	process.on('SIGTERM', () => child.kill('SIGTERM'));
	child.on('error', error => {
		process.stderr.write(`${command}: ${error.message}\n`);
		process.exit(127);
	});
	child.on('exit', (code, signal) => {
		if (signal) {
			// Ended by a signal: end the same way, so the caller sees what the shell would.
			process.removeAllListeners(signal);
			process.kill(process.pid, signal);
			return;
		}
		process.exit(code ?? 1);
	});
}
