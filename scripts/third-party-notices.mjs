import {readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';

// The licences of the third-party code in a bundle: every package esbuild took a file from (its
// metafile's inputs), with its licence file as the package ships it. The published package and
// the standalone executables carry this file, since the code they bundle carries no notices.

/** The package folders (relative to `root`) whose files are inputs of the bundle. */
function packageDirs(metafile) {
	const dirs = new Set();
	for (const input of Object.keys(metafile.inputs)) {
		const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.replaceAll('\\', '/'));
		if (match) dirs.add(match[1]);
	}
	return [...dirs];
}

async function licenceText(dir) {
	const file = (await readdir(dir)).sort().find(name => /^(licen[cs]e|copying)(\.|-|$)/i.test(name));
	return file ? (await readFile(path.join(dir, file), 'utf8')).trim() : undefined;
}

/**
 * Writes `outFile`: one section per bundled package (name, version, licence, its licence text),
 * then the `extra` sections (the Node inside a standalone executable).
 * @param {import('esbuild').Metafile} metafile
 * @param {ReadonlyArray<{title: string; text: string}>} [extra]
 * @returns {Promise<Array<{name: string; version: string; license: string}>>} the packages listed
 */
export async function writeThirdPartyNotices(metafile, root, outFile, extra = []) {
	const packages = [];
	for (const dir of packageDirs(metafile)) {
		const manifest = JSON.parse(await readFile(path.join(root, dir, 'package.json'), 'utf8'));
		// A package folder that is only a path step (no name of its own) is its parent's code.
		if (!manifest.name) continue;
		const license = typeof manifest.license === 'string' ? manifest.license : (manifest.license?.type ?? 'UNKNOWN');
		packages.push({name: manifest.name, version: manifest.version, license, text: await licenceText(path.join(root, dir))});
	}
	const unique = [...new Map(packages.map(item => [`${item.name}@${item.version}`, item])).values()].sort((a, b) => a.name.localeCompare(b.name));
	const sections = unique.map(({name, version, license, text}) => `## ${name} ${version} (${license})\n\n${text ?? `The package ships no licence file; its package.json says ${license}.`}\n`);
	for (const {title, text} of extra) sections.push(`## ${title}\n\n${text.trim()}\n`);
	const header = `# Third-party notices\n\nsegura-token bundles the code of the following ${unique.length} packages${extra.length > 0 ? ` and ${extra.map(item => item.title).join(', ')}` : ''}; their licences follow.\n\n`;
	await writeFile(outFile, header + sections.join('\n'));
	return unique.map(({name, version, license}) => ({name, version, license}));
}
