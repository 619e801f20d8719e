// The escape sequences that ask a terminal to set its clipboard. Pure: the bytes are the contract.
// Reference: xterm's ctlseqs, "Operating System Commands", Ps = 52.

const ESC = '\u001B';
const BEL = '\u0007';
/** String Terminator, the 7-bit form. */
const ST = `${ESC}\\`;

/**
 * Terminals (hterm, and gemini-cli after it) refuse OSC 52 payloads past about 100 kB; a token is
 * far smaller, so a longer sequence means something is wrong and must not be sent half.
 */
export const maxOsc52Length = 100_000;

/**
 * GNU screen keeps a DCS string in a fixed buffer and drops what does not fit: 768 bytes since
 * 4.2.1, 512 before, 256 up to 4.0.3 (the history in Chromium hterm's `etc/osc52.sh`, which splits
 * at 256 - 4). gemini-cli (packages/cli/src/ui/utils/commandUtils.ts, `wrapForScreen`) uses 240,
 * and so do we: under the oldest limit with room to spare. vim-oscyank's 76 is base64's line width
 * (it breaks `base64` output at its newlines), not a screen limit, and would only cost more bytes.
 */
export const screenChunkSize = 240;

/** `ESC ] 52 ; c ; <base64 of the UTF-8 bytes> BEL`: "c" is the clipboard selection. */
export function osc52(text: string): string {
	return `${ESC}]52;c;${Buffer.from(text, 'utf8').toString('base64')}${BEL}`;
}

/**
 * `ESC P tmux; <seq with every ESC doubled> ESC \`: tmux hands the inner sequence to the outer
 * terminal unchanged (tmux 3.3 and later only when `allow-passthrough` is on).
 */
export function tmuxPassthrough(seq: string): string {
	return `${ESC}Ptmux;${seq.replaceAll(ESC, ESC + ESC)}${ST}`;
}

/**
 * GNU screen passes the body of a DCS string (`ESC P ... ESC \`) to the outer terminal as is, so
 * the sequence goes out as consecutive DCS strings that the outer terminal reads as one OSC 52.
 * The sequence must be ASCII (as `osc52` makes it), so that characters and bytes agree.
 */
export function screenChunks(seq: string, chunkSize: number = screenChunkSize): string {
	if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new RangeError('chunkSize must be a positive integer');
	let out = '';
	for (let start = 0; start < seq.length; start += chunkSize) {
		out += `${ESC}P${seq.slice(start, start + chunkSize)}${ST}`;
	}
	return out;
}
