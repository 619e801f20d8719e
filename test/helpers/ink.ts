import {pollUntil} from './poll.js';
import {stripVTControlCharacters} from 'node:util';
import {render} from 'ink-testing-library';
import {cloneElement, type ReactElement} from 'react';

export {keys} from './keys.js';

/** A frame condition: text it contains, a pattern it matches, or a test of the whole frame. */
export type FrameMatch = string | RegExp | ((frame: string) => boolean);

export type InkOptions = Readonly<{
	/** The terminal's width; 80 unless given (ink-testing-library's own stdout says 100). */
	columns?: number;
	rows?: number;
	timeoutMs?: number;
}>;

export type InkSession = Readonly<{
	/** The last frame drawn, without escape sequences. */
	frame(): string;
	/** Every frame drawn at the given size so far (and every raw write), without escape sequences. */
	frames(): readonly string[];
	/** Waits until the last frame matches; fails with that frame in the message. */
	waitFor(match: FrameMatch, timeoutMs?: number): Promise<string>;
	/** Writes one key (or one pasted chunk) and waits until the app draws again, or the frame matches `until`. */
	press(data: string, until?: FrameMatch): Promise<string>;
	/** Types `text` one character at a time, waiting for the frame to react to each. */
	type(text: string): Promise<string>;
	/** Writes without waiting: for a key whose effect is not a new frame (an exit, say). */
	write(data: string): void;
	unmount(): void;
}>;

function matches(frame: string, match: FrameMatch): boolean {
	if (typeof match === 'string') return frame.includes(match);
	if (match instanceof RegExp) return match.test(frame);
	return match(frame);
}

function describe(match: FrameMatch): string {
	return typeof match === 'function' ? 'the condition' : JSON.stringify(String(match));
}


/**
 * Lets the work React scheduled after the last frame run (the effects that hand useInput the
 * new render's key handler). A key typed by a person is a separate read of the terminal, so it
 * always comes after this; without it a test would type faster than anyone can. Keys that do
 * arrive together (one chunk over a slow link) are written as one chunk on purpose.
 */
async function settle(): Promise<void> {
	await new Promise(resolve => setImmediate(resolve));
}

/**
 * Renders `tree` with ink-testing-library at a given terminal size and drives it like a user:
 * one key at a time, each time waiting until the frame reacts (polling, never a fixed sleep).
 * Resolves once the app listens for keys (Ink's useInput turns raw mode on in an effect).
 */
export async function renderInk(tree: ReactElement, options: InkOptions = {}): Promise<InkSession> {
	const timeoutMs = options.timeoutMs ?? 5000;
	const columns = options.columns ?? 80;
	const rows = options.rows ?? 24;
	const instance = render(tree);
	// ink-testing-library's stdout has a fixed `columns` getter; an own property shadows it. Ink
	// and the app read the width on every render, so one rerender draws at the new size.
	Object.defineProperty(instance.stdout, 'columns', {configurable: true, get: () => columns});
	Object.defineProperty(instance.stdout, 'rows', {configurable: true, get: () => rows});
	// A copy of the element, so React renders the app again instead of skipping the same one.
	const sized = instance.frames.length;
	instance.rerender(cloneElement(tree));
	if (instance.frames.length === sized) throw new Error('renderInk: the app did not draw again at its size');
	const frame = () => stripVTControlCharacters(instance.lastFrame() ?? '');

	const session: InkSession = {
		frame,
		// The first frame, drawn at ink-testing-library's own width, is not one the user sees.
		frames: () => instance.frames.slice(sized).map(item => stripVTControlCharacters(item)),
		async waitFor(match, wait = timeoutMs) {
			await pollUntil(() => matches(frame(), match), () => `timed out waiting for ${describe(match)}; last frame:\n${frame()}`, wait);
			await settle();
			return frame();
		},
		async press(data, until) {
			const drawn = instance.frames.length;
			instance.stdin.write(data);
			// The app drew again (a space at the end of a line, or a cursor move, looks the same
			// without colours), and that frame is the one waited for.
			await pollUntil(
				() => instance.frames.length > drawn && (until === undefined || matches(frame(), until)),
				() => `after writing ${JSON.stringify(data.length > 40 ? `${data.slice(0, 40)}…` : data)}, timed out waiting for ${until ? describe(until) : 'a new frame'}; last frame:\n${frame()}`,
				timeoutMs,
			);
			await settle();
			return frame();
		},
		async type(text) {
			for (const char of text) await session.press(char);
			return frame();
		},
		write(data) {
			instance.stdin.write(data);
		},
		unmount() {
			instance.unmount();
			instance.cleanup();
		},
	};
	await pollUntil(() => instance.stdin.listenerCount('readable') > 0, () => `the app never listened for keys; last frame:\n${frame()}`, timeoutMs);
	await settle();
	return session;
}

/** The widest line of a frame, in characters (the wizard draws only single-width ones). */
export function widestLine(frame: string): number {
	return Math.max(0, ...frame.split('\n').map(line => [...line].length));
}
