import fs from 'node:fs';
import {FileError} from '../errors/app-error.js';
import {profileErrorText} from '../i18n/text.js';
import type {Profile} from './profile.js';
import type {StorePaths} from './store-paths.js';
import {readProfiles, storeFormatVersion, storeProblem, type StoreData} from './store-shape.js';

/** Why a file cannot be used: it is not JSON, or not the shape of a store. */
export type Problem = 'parse' | 'schema';

/** What is on disk: nothing yet, profiles, or a file to set aside. */
export type StoreFile =
	| Readonly<{kind: 'absent'}>
	| Readonly<{kind: 'usable'; profiles: Profile[]}>
	| Readonly<{kind: 'unusable'; problem: Problem; original: Buffer}>;

/**
 * Reads the file and judges it, without changing it. A parse error is known by its type
 * (SyntaxError); the shape by storeProblem. A file whose recorded format is newer than this
 * release's is an error (this one must not rewrite it); one that cannot be read, a FileError
 * naming it.
 */
export function readStoreFile(paths: StorePaths): StoreFile {
	const original = readIfExists(paths.file);
	if (original === undefined) return {kind: 'absent'};
	let data: unknown;
	try {
		data = JSON.parse(original.toString('utf8'));
	} catch (error) {
		if (error instanceof SyntaxError) return {kind: 'unusable', problem: 'parse', original};
		throw error;
	}
	const version = versionOf(data);
	if (version !== undefined && compareVersions(version, storeFormatVersion) > 0) {
		throw new FileError(profileErrorText.newerFormat(paths.file, version), {reason: 'profile_store_newer'});
	}
	if (storeProblem(data) !== undefined) return {kind: 'unusable', problem: 'schema', original};
	return {kind: 'usable', profiles: readProfiles(data as StoreData)};
}

// O_NOFOLLOW: a link put in the file's place since checkLocation is refused, not read through.
function readIfExists(file: string): Buffer | undefined {
	let fd: number;
	try {
		fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return undefined;
		if (code === 'ELOOP') throw new FileError(profileErrorText.isLink(file), {reason: 'profile_store_link'});
		throw error;
	}
	try {
		return fs.readFileSync(fd);
	} finally {
		fs.closeSync(fd);
	}
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The format version conf recorded in the file, if any. */
function versionOf(data: unknown): string | undefined {
	const version = isRecord(data) && isRecord(data.__internal__) && isRecord(data.__internal__.migrations) ? data.__internal__.migrations.version : undefined;
	return typeof version === 'string' ? version : undefined;
}

function compareVersions(a: string, b: string): number {
	const pa = a.split('.').map(n => Number.parseInt(n, 10) || 0);
	const pb = b.split('.').map(n => Number.parseInt(n, 10) || 0);
	for (let i = 0; i < 3; i++) {
		const d = (pa[i] ?? 0) - (pb[i] ?? 0);
		if (d !== 0) return d;
	}
	return 0;
}

/**
 * What must hold before the file is read at all: no symbolic link where the store's folder, file
 * or lock file is (a link could make this tool read someone else's file, tighten its mode, copy it
 * aside or rewrite it, as root too), the folder as private as a write would make it (a read-only
 * command tightens it too), and the file a file.
 */
export function checkLocation(paths: StorePaths): void {
	refuseLinks(paths);
	if (fs.statSync(paths.directory, {throwIfNoEntry: false})?.isDirectory()) ensureDirectory(paths.directory);
	const found = fs.lstatSync(paths.file, {throwIfNoEntry: false});
	if (!found) return;
	if (!found.isFile()) throw new FileError(profileErrorText.notAFile(paths.file), {reason: 'profile_store_not_file'});
	fs.accessSync(paths.file, fs.constants.R_OK);
	restrictMode(paths.file);
}

/** A FileError (exit 2) when the store's folder, file or lock file is a symbolic link. */
export function refuseLinks(paths: StorePaths): void {
	for (const place of [paths.directory, paths.file, paths.lockFile]) {
		if (fs.lstatSync(place, {throwIfNoEntry: false})?.isSymbolicLink()) throw new FileError(profileErrorText.isLink(place), {reason: 'profile_store_link'});
	}
}

/** 0700 even when the folder already existed, or when conf or a parent's mkdir made it wider. */
export function ensureDirectory(directory: string): void {
	fs.mkdirSync(directory, {recursive: true, mode: 0o700});
	const found = fs.lstatSync(directory);
	if (found.isDirectory() && (found.mode & 0o777) !== 0o700) fs.chmodSync(directory, 0o700);
}

/** A file copied in or written by an older tool may be wider than 0600. */
export function restrictMode(file: string): void {
	try {
		// lstat: the mode of a link's target is never changed.
		const found = fs.lstatSync(file);
		if (found.isFile() && (found.mode & 0o777) !== 0o600) fs.chmodSync(file, 0o600);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
}
