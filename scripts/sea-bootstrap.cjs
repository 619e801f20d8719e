'use strict';
// The main script of the standalone executable (Node's single executable applications). Node 20
// and 22 run only a CommonJS main from the blob, while segura-token is an ESM bundle split into
// chunks: every file of dist/ travels in the blob as an asset (manifest.json lists them). They
// are written to a private folder (mkdtemp: mode 0700, a fresh random name), the entry is
// imported from there, and the folder is removed when the process exits.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const {pathToFileURL} = require('node:url');
const sea = require('node:sea');
const vm = require('node:vm');

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'segura-token-'));
process.on('exit', () => {
	try {
		fs.rmSync(folder, {recursive: true, force: true});
	} catch {
		// Leaving a folder of public code behind is not worth failing the exit code for.
	}
});

/** @type {{entry: string; files: string[]}} */
const manifest = JSON.parse(sea.getAsset('manifest.json', 'utf8'));
for (const file of manifest.files) {
	const target = path.join(folder, file);
	if (!target.startsWith(folder + path.sep)) throw new Error(`asset outside the folder: ${file}`);
	fs.mkdirSync(path.dirname(target), {recursive: true, mode: 0o700});
	fs.writeFileSync(target, new Uint8Array(sea.getRawAsset(file)), {mode: 0o600, flag: 'wx'});
}

const entry = pathToFileURL(path.join(folder, manifest.entry)).href;

/**
 * import() from the executable's main script. A function made with `new Function` takes Node's
 * default ESM loader (Node 20); where that is refused, a script compiled with the main context's
 * loader (vm.constants, Node >= 20.12) does the same, minus its "experimental" warning.
 */
async function importEntry() {
	try {
		return await new Function('url', 'return import(url)')(entry);
	} catch (error) {
		if (!/^ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING/.test(error?.code ?? '')) throw error;
	}
	const emitWarning = process.emitWarning;
	process.emitWarning = (warning, ...rest) => {
		if (!String(warning).includes('USE_MAIN_CONTEXT_DEFAULT_LOADER')) emitWarning.call(process, warning, ...rest);
	};
	try {
		const script = new vm.Script(`import(${JSON.stringify(entry)})`, {importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER});
		return await script.runInThisContext();
	} finally {
		process.emitWarning = emitWarning;
	}
}

importEntry().catch(error => {
	process.stderr.write(`segura-token: could not start: ${error instanceof Error ? error.message : String(error)}\n`);
	process.exitCode = 70;
});
