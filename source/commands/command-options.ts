// The option tables each command parses its arguments with (besides commonOptions), in one module
// of data: `completion` reads them too, so what it offers cannot drift from what is accepted, and
// printing a completion script does not load the code of every command (undici for `get`).

/** `segura-token` with no command: the wizard. */
export const wizardOptions = {
	plain: {type: 'boolean'},
	profile: {type: 'string'},
} as const;

export const getOptions = {
	profile: {type: 'string'},
	'token-url': {type: 'string'},
	'client-id': {type: 'string'},
	'client-secret-stdin': {type: 'boolean'},
	'client-secret-command': {type: 'string'},
	auth: {type: 'string'},
	encoding: {type: 'string'},
	scope: {type: 'string'},
	param: {type: 'string', multiple: true},
	json: {type: 'boolean'},
	copy: {type: 'boolean'},
	output: {type: 'string'},
	force: {type: 'boolean'},
} as const;

export const verifyOptions = {
	profile: {type: 'string'},
	'base-url': {type: 'string'},
	'token-stdin': {type: 'boolean'},
	json: {type: 'boolean'},
} as const;

export const doctorOptions = {
	profile: {type: 'string'},
	'token-url': {type: 'string'},
	'base-url': {type: 'string'},
	'client-id': {type: 'string'},
	kind: {type: 'string'},
	'client-secret-stdin': {type: 'boolean'},
	json: {type: 'boolean'},
} as const;

export const profilesOptions = {
	json: {type: 'boolean'},
	// export
	output: {type: 'string'},
	force: {type: 'boolean'},
	// import
	rename: {type: 'string'},
	// add
	'segura-url': {type: 'string'},
	'base-url': {type: 'string'},
	'token-url': {type: 'string'},
	'client-id': {type: 'string'},
	kind: {type: 'string'},
	'token-name': {type: 'string'},
	auth: {type: 'string'},
	encoding: {type: 'string'},
	scope: {type: 'string'},
	param: {type: 'string', multiple: true},
	'client-secret-command': {type: 'string'},
} as const;

/** The `profiles` subcommands and how many names each takes; the first, when any, is a saved profile's. */
export const profilesArity = {list: 0, show: 1, remove: 1, rename: 2} as const;

/**
 * The `profiles` subcommands that move profiles between machines or make one from options, what
 * their words are, and the options of profilesOptions each takes (the others take only --json).
 */
export const profilesTransfer = {
	export: {words: 'profiles', options: ['output', 'force']},
	import: {words: 'file', options: ['rename', 'force']},
	add: {words: 'new-name', options: ['segura-url', 'base-url', 'token-url', 'client-id', 'kind', 'token-name', 'auth', 'encoding', 'scope', 'param', 'client-secret-command']},
} as const;

export const demoOptions = {
	serve: {type: 'boolean'},
	port: {type: 'string'},
	json: {type: 'boolean'},
	plain: {type: 'boolean'},
	reset: {type: 'boolean'},
} as const;

/** `completion SHELL` takes the common options only. */
export const completionOptions = {} as const;
