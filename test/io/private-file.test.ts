import {chmod, mkdir, readFile, stat, symlink, writeFile} from 'node:fs/promises';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {writePrivateFile} from '../../source/io/private-file.js';
import {errorText, FileError} from '../../source/errors/app-error.js';
import {languages} from '../../source/i18n/lang.js';
import {fakeToken, makeTempDir, type TempDir} from '../clipboard/helpers.js';

let temp: TempDir;
beforeEach(async () => {
	temp = await makeTempDir();
});
afterEach(async () => {
	await temp.remove();
});

const modeOf = async (file: string) => (await stat(file)).mode & 0o777;

/** Runs `action`, expecting a FileError; checks its text never carries the token. */
async function fileErrorOf(action: Promise<unknown>): Promise<FileError> {
	const error = await action.then(
		() => undefined,
		(caught: unknown) => caught,
	);
	expect(error).toBeInstanceOf(FileError);
	const configError = error as FileError;
	expect(configError.exitCode).toBe(2);
	for (const lang of languages) {
		expect(errorText(configError, lang).message).not.toContain(fakeToken);
		expect(errorText(configError, lang).hint ?? '').not.toContain(fakeToken);
	}
	return configError;
}

describe('writePrivateFile', () => {
	it('creates the file readable only by its owner, with the token and a newline', async () => {
		const file = temp.file('token.txt');
		await writePrivateFile(file, fakeToken, {overwrite: false});
		expect(await readFile(file, 'utf8')).toBe(`${fakeToken}\n`);
		expect(await modeOf(file)).toBe(0o600);
	});

	it('leaves an existing file alone without consent', async () => {
		const file = temp.file('token.txt');
		await writeFile(file, 'keep me', {mode: 0o644});
		const error = await fileErrorOf(writePrivateFile(file, fakeToken, {overwrite: false}));
		expect(error.reason).toBe('output_exists');
		expect(errorText(error, 'en').message).toContain(file);
		expect(errorText(error, 'pt-BR').message).toContain('já existe');
		expect(await readFile(file, 'utf8')).toBe('keep me');
		expect(await modeOf(file)).toBe(0o644);
	});

	it('with consent, replaces the contents and makes an old 0644 file 0600', async () => {
		const file = temp.file('token.txt');
		await writeFile(file, 'an older and longer token that must not survive in part');
		await chmod(file, 0o644);
		await writePrivateFile(file, fakeToken, {overwrite: true});
		expect(await readFile(file, 'utf8')).toBe(`${fakeToken}\n`);
		expect(await modeOf(file)).toBe(0o600);
	});

	it('with consent, still creates a file that is not there', async () => {
		const file = temp.file('new.txt');
		await writePrivateFile(file, fakeToken, {overwrite: true});
		expect(await modeOf(file)).toBe(0o600);
	});

	it('says the folder does not exist', async () => {
		const error = await fileErrorOf(writePrivateFile(temp.file('missing/token.txt'), fakeToken, {overwrite: false}));
		expect(error.reason).toBe('output_folder_missing');
		expect(errorText(error, 'en').message).toContain('does not exist');
	});

	it('does not write through a symbolic link, with or without consent', async () => {
		const target = temp.file('elsewhere.txt');
		await writeFile(target, 'untouched');
		const link = temp.file('link.txt');
		await symlink(target, link);
		expect((await fileErrorOf(writePrivateFile(link, fakeToken, {overwrite: false}))).reason).toBe('output_exists');
		expect((await fileErrorOf(writePrivateFile(link, fakeToken, {overwrite: true}))).reason).toBe('output_symlink');
		expect(await readFile(target, 'utf8')).toBe('untouched');
	});

	it('says a folder is a folder', async () => {
		const folder = temp.file('dir');
		await mkdir(folder);
		expect((await fileErrorOf(writePrivateFile(folder, fakeToken, {overwrite: true}))).reason).toBe('output_is_folder');
	});

	it('says when the folder is not writable', async context => {
		if (process.getuid?.() === 0) context.skip('running as root, which may write anywhere');
		const folder = temp.file('locked');
		await mkdir(folder, {mode: 0o500});
		expect((await fileErrorOf(writePrivateFile(`${folder}/token.txt`, fakeToken, {overwrite: false}))).reason).toBe('output_denied');
	});
});
