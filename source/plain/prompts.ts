// The line prompts the plain face asks with, from one place.
export {default as confirm} from '@inquirer/confirm';
export {default as input} from '@inquirer/input';
export {default as password} from '@inquirer/password';
export {default as select} from '@inquirer/select';

/** Where a prompt reads and writes, and what aborts it (Esc, a signal). */
export type PromptContext = Readonly<{
	input: NodeJS.ReadableStream;
	output: NodeJS.WritableStream;
	signal: AbortSignal;
	clearPromptOnDone: boolean;
}>;

/** Writes one line of the transcript. */
export type Print = (line: string) => void;
