/**
 * The fields of a stored object that this release does not know (a later release added them):
 * kept under a symbol, so the app neither sees nor prints them (no key, no JSON), every spread of
 * the object carries them, and the store writes them back untouched.
 */
const unknownFields = Symbol('fields this release does not know');

type Carrier = {readonly [unknownFields]?: Readonly<Record<string, unknown>>};

/** `value` with only the fields named in `known`; the others kept aside, if there are any. */
export function setUnknownAside<T extends object>(value: T, known: object): T {
	const entries = Object.entries(value);
	const unknown = entries.filter(([name]) => !Object.hasOwn(known, name));
	if (unknown.length === 0) return value;
	// fromEntries defines fields: a "__proto__" would be a field, never the object's prototype.
	return {...Object.fromEntries(entries.filter(([name]) => Object.hasOwn(known, name))), [unknownFields]: Object.fromEntries(unknown)} as T;
}

/** The unknown fields `from` carries, to spread into the object that takes its place. */
export function unknownOf(from: object | undefined): Carrier {
	const kept = (from as Carrier | undefined)?.[unknownFields];
	return kept ? {[unknownFields]: kept} : {};
}

/** `value` as it is written: its known fields, then the unknown ones it carries. */
export function withUnknown<T extends object>(value: T): T {
	const kept = (value as Carrier)[unknownFields];
	return kept ? {...value, ...kept} : value;
}
