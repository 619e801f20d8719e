/** What the copy did: one plain sentence (the first four), and for --verbose a line per way. */
export const copyText = {
	inTmuxBuffer: "Copied to tmux's buffer; your terminal should have it too.",
	onlyInTmuxBuffer: "Copied to tmux's buffer: prefix + ] pastes it inside tmux.",
	inClipboard: "Copied to this computer's clipboard.",
	sentToTerminal: "Sent to your terminal's clipboard; a terminal cannot confirm it arrived.",
	sentOsc52: 'Sent to your terminal with OSC 52 (the terminal cannot confirm it arrived).',
	sentOsc52Tmux: 'Sent to your terminal through tmux with OSC 52 (the terminal cannot confirm it arrived; tmux 3.3 or later passes it on only with `set -g allow-passthrough on`).',
	sentOsc52Screen: 'Sent to your terminal through GNU screen with OSC 52 (the terminal cannot confirm it arrived).',
	tmuxBuffer: "Also in tmux's paste buffer (prefix + ] pastes it).",
	system: (tool: string) => `Copied to this computer's clipboard (${tool}).`,
	noTerminal: 'No terminal to send OSC 52 to (this process has no /dev/tty).',
	dumbTerminal: 'OSC 52 skipped: TERM=dumb would show it as garbage.',
	tooLong: 'Too long for OSC 52: terminals refuse a sequence this size.',
	writeFailed: (detail: string) => `Could not write OSC 52 to the terminal (${detail}).`,
	tmuxNotFound: "tmux's paste buffer was not set: the tmux command was not found.",
	systemNotFound: (tools: string) => `No clipboard tool found for this desktop (looked for ${tools}).`,
	toolTimeout: (tool: string, detail: string) => `${tool} did not answer within ${detail}.`,
	displayTimeout: (tool: string, detail: string) => `${tool} did not answer within ${detail}: is the display reachable?`,
	toolFailed: (tool: string, detail: string) => `${tool} failed: ${detail}`,
	nothingWorked: 'The token could not be copied from here.',
	fileSaved: (path: string) => `Token written to ${path} (mode 0600: only you can read it).`,
	fileOverwriteQuestion: (path: string) => `${path} already exists. Overwrite it?`,
};

/**
 * What to do when the paste comes up empty: said after every copy, since OSC 52 cannot be
 * confirmed, in the words of the screen it is said on. The wizard's step 6 offers "print" (a key
 * in the Ink face, a menu item in the plain one); "Token added" offers nothing more, but the
 * wizard prints the token as it ends; `get` takes options.
 */
export const copyFallbackText = {
	wizard: 'If nothing arrives when you paste, choose print to show the token alone on a line.',
	added: 'If nothing arrives when you paste, the token is printed alone on a line when the wizard ends.',
	get: 'If nothing arrives when you paste, run get again without --copy to print the token.',
	/** `get --copy` reached nothing, so the token went to stdout after all. */
	printed: 'The token was printed on standard output (stdout) instead.',
};

/** A copy that reached nothing, as an error: what failed, and what to do instead. */
export const copyErrors = {
	nothingCopied: (face: 'wizard' | 'added' | 'get') => ({message: copyText.nothingWorked, hint: copyFallbackText[face]}),
};

/** Errors of `--output FILE`. */
export const tokenFileText = {
	fileExists: (path: string) => ({
		message: `${path} already exists; it was left as it was.`,
		hint: 'Choose another file name, or add --force to replace it (the new file is mode 0600 too).',
	}),
	folderMissing: (path: string) => ({message: `The folder for ${path} does not exist.`, hint: 'Create the folder first, or choose a file in an existing folder.'}),
	noReader: (path: string) => ({message: `${path} is a named pipe (FIFO) that no process is reading: the token was not written.`, hint: 'Start the reader first, or give the path of a regular file.'}),
	fileIsLink: (path: string) => ({message: `${path} is a symbolic link; the token is not written through links.`, hint: 'Give the real path of the file.'}),
	fileIsFolder: (path: string) => ({message: `${path} is a folder.`, hint: 'Give a file name inside it, for example token.txt.'}),
	fileDenied: (path: string, code: string) => ({message: `Not allowed to write ${path} (${code}).`, hint: 'Choose a file in a folder you can write to, such as your home folder.'}),
	fileWriteFailed: (path: string, code: string) => ({message: `Could not write ${path} (${code}).`, hint: 'Check the disk and the path, or choose another file.'}),
};
