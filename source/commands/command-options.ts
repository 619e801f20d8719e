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

export const profilesOptions = {json: {type: 'boolean'}} as const;

/** The `profiles` subcommands and how many names each takes; the first, when any, is a saved profile's. */
export const profilesArity = {list: 0, show: 1, remove: 1, rename: 2} as const;


export const demoOptions = {
	serve: {type: 'boolean'},
	port: {type: 'string'},
	json: {type: 'boolean'},
	plain: {type: 'boolean'},
	reset: {type: 'boolean'},
} as const;

/** `completion SHELL` takes the common options only. */
export const completionOptions = {} as const;
