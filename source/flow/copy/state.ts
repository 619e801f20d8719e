import type {CopyResult} from '../../clipboard/copy-result.js';
import type {TokenResult} from '../../oauth/types.js';
import type {Base, Settled} from '../shared/base.js';
import type {Work} from '../shared/work.js';

/** 'print' writes the token plain on its own line; 'clipboard' sends it every way that fits. */
export type CopyHow = 'clipboard' | 'print';

/** A copy or a print; a copy's result says which ways reached a clipboard (none for a print). */
export type CopyWork = Work<Readonly<{how: CopyHow}>, CopyResult | undefined>;

/** The Okta-style check of the token (GET {Base URL}/Users), asked for with a key. */
export type VerifyWork = Work<Readonly<{url: string}>, Readonly<{totalResults: number | undefined}>>;

/**
 * Saving the token to a file (mode 0600), the fallback when no clipboard can be reached: the path
 * asked for, an existing file asked about, then the write.
 */
export type FileWork =
	| Work<Readonly<{path: string; overwrite: boolean}>, undefined>
	| Readonly<{status: 'asking'; draft: string}>
	| Readonly<{status: 'confirming'; path: string}>;

/** Step 6: the token, and what was done with it. */
export type CopyState = Base &
	Settled &
	Readonly<{
		step: 'copy';
		result: TokenResult;
		output: CopyWork;
		verification: VerifyWork;
		file: FileWork;
		/** 'added': Use token was chosen, the "Token added" confirmation shows. */
		phase: 'shown' | 'added';
	}>;
