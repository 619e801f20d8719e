/** The environment's word on colour, read the way https://no-color.org and FORCE_COLOR define it. */
type Env = Readonly<Record<string, string | undefined>>;

/** NO_COLOR set to anything but the empty string: no colour, whatever else says. */
export function isNoColor(env: Env): boolean {
	return Boolean(env.NO_COLOR);
}

/**
 * Colour for a stream: never with NO_COLOR; as FORCE_COLOR says when it is set (0 or false: none,
 * anything else: colour even into a pipe, as chalk and Node read it); otherwise on a terminal that draws.
 */
export function isColourWanted(env: Env, isTerminal: boolean): boolean {
	if (isNoColor(env)) return false;
	const force = env.FORCE_COLOR;
	if (force !== undefined) return force !== '0' && force !== 'false';
	return isTerminal && env.TERM !== 'dumb';
}
