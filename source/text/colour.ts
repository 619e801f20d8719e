/** The environment's word on colour, read the way https://no-color.org and FORCE_COLOR define it. */
type Env = Readonly<Record<string, string | undefined>>;

/** NO_COLOR set to anything but the empty string: no colour, whatever else says. */
export function isNoColor(env: Env): boolean {
	return Boolean(env.NO_COLOR);
}

/** FORCE_COLOR set, and not to 0 or false (as chalk and Node read it): colour even into a pipe. */
function isForcedColor(env: Env): boolean {
	const force = env.FORCE_COLOR;
	return force !== undefined && force !== '0' && force !== 'false';
}

/** Colour for a stream: never with NO_COLOR, always with FORCE_COLOR, otherwise on a terminal that draws. */
export function isColourWanted(env: Env, isTerminal: boolean): boolean {
	if (isNoColor(env)) return false;
	if (env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return false;
	return isForcedColor(env) || (isTerminal && env.TERM !== 'dumb');
}
