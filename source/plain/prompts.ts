// The line prompts the plain face asks with, from one place.
export {confirm, input, password, select} from '@inquirer/prompts';

/** Where a prompt reads and writes, and what aborts it (Esc, a signal). */
export type PromptContext = Readonly<{
	input: NodeJS.ReadableStream;
	output: NodeJS.WritableStream;
	signal: AbortSignal;
	clearPromptOnDone: boolean;
}>;

/** Writes one line of the transcript. */
export type Print = (line: string) => void;
