import {isNoColor} from '../text/colour.js';

/**
 * https://no-color.org: with NO_COLOR set, no colour at all, while bold, dim and the inverse
 * text cursor stay (Ink's chalk reads only FORCE_COLOR, which would switch those off too). Every
 * meaning is carried by a marker (✔ ✖ ⚠ ▸) as well, so nothing is lost without colour.
 */
const isColorless = isNoColor(process.env);

export type Hue = 'red' | 'green' | 'yellow' | 'cyan';

export function hue(name: Hue | undefined): Hue | undefined {
	return isColorless ? undefined : name;
}
