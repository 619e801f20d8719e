/** Where the app runs, as far as copying is concerned. */
export type ClipboardPlace = Readonly<{
	/** The multiplexer between us and the terminal: its own way to reach the clipboard. */
	multiplexer: 'tmux' | 'screen' | undefined;
	isSsh: boolean;
	/** A desktop session on this machine, whose system clipboard is the user's. */
	isLocalDesktop: boolean;
	/** TERM=dumb: a terminal that would print an escape sequence as garbage. */
	isDumbTerminal: boolean;
}>;

export function detectClipboardPlace(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): ClipboardPlace {
	const isSsh = Boolean(env['SSH_CONNECTION'] || env['SSH_CLIENT'] || env['SSH_TTY']);
	// $TMUX first: tmux sets it in every pane, and inside tmux TERM may still say "screen".
	const multiplexer = env['TMUX'] ? 'tmux' : env['STY'] ? 'screen' : undefined;
	// Over SSH a DISPLAY is a forwarded X server that may hang or be someone else's; the
	// terminal's OSC 52 is the way home there. pbcopy over SSH fills the remote Mac's clipboard.
	const hasDisplay = Boolean(env['WAYLAND_DISPLAY'] || env['DISPLAY']);
	const isLocalDesktop = !isSsh && (platform === 'darwin' || hasDisplay);
	return {multiplexer, isSsh, isLocalDesktop, isDumbTerminal: env['TERM'] === 'dumb'};
}
