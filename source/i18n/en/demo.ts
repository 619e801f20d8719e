export const demoText = {
	stopped: 'Practice server stopped.',
	title: 'Segura practice server, on this computer only (127.0.0.1)',
	seguraUrl: 'Segura URL',
	provider: {internal: 'Provider for internal users', 'third-party': 'Provider for third-party users'},
	baseUrl: 'Base URL',
	tokenUrl: 'Token URL',
	clientId: 'Client ID',
	clientSecret: 'Client Secret',
	tryIt: 'Try it (internal users provider):',
	serving: 'Practice server running. Press Ctrl+C to stop it.',
};

export const demoErrors = {
	invalidPort: (value: string) => ({message: `The port ${value} is not valid.`, hint: 'Give --port a whole number from 0 to 65535 (0 takes any free port).'}),
	portInUse: (port: number) => ({
		message: `Port ${port} is already in use on 127.0.0.1.`,
		hint: 'Choose another with --port, or leave --port out to take any free port.',
	}),
	keptPortInUse: (port: number) => ({
		message: `Port ${port}, where the practice server ran last time, is in use on 127.0.0.1 (another segura-token demo?).`,
		hint: 'Stop the other one, or move it with --port N (profiles saved against the old port then need the new one), or start anew with --reset.',
	}),
	portDenied: (port: number) => ({
		message: `This system does not let this user open port ${port}.`,
		hint: 'Choose a port above 1023 with --port, or leave --port out.',
	}),
	cannotStart: (code: string) => ({message: `The practice server could not start (${code}).`, hint: 'Try again without --port.'}),
};

/**
 * What the practice server says when it refuses a request (OAuth `error_description`, SCIM
 * `detail`), in the language `segura-token demo` was started in: the user reads these words in
 * the wizard's error messages.
 */
export const practiceText = {
	clientAuthFailed: 'Client authentication failed',
	noClientAuth: 'No client authentication was provided',
	basicScheme: 'The Authorization header must use the Basic scheme',
	malformedBasic: 'Malformed Basic credentials',
	oneAuthMethod: 'Use only one client authentication method: the Basic header or the request body',
	postOnly: 'The token endpoint accepts POST only',
	formBody: 'The request body must be application/x-www-form-urlencoded',
	bodyTooLarge: 'The request body is too large',
	repeated: (name: string) => `The parameter ${name} appears more than once`,
	grantMissing: 'The grant_type parameter is missing',
	grantUnsupported: 'Only the client_credentials grant is supported',
	scopeMalformed: 'The scope parameter is malformed',
	ttlInvalid: 'ttl must be a positive whole number of minutes',
	bearerRequired: 'Authorization header with a Bearer token is required',
	bearerScheme: 'The Authorization header must use the Bearer scheme',
	tokenMalformed: 'The access token is malformed or its signature is invalid',
	tokenNoExpiry: 'The access token has no expiry',
	tokenExpired: 'The access token has expired',
	otherServer: 'The access token was issued by another server',
	otherEndpoint: 'The access token is not meant for this SCIM endpoint',
	unknownProvider: 'The access token names no known provider',
	integer: (name: string) => `${name} must be an integer`,
	filterOnly: (attributes: string) => `Only filters of the form ATTRIBUTE eq "VALUE" are supported, on ${attributes}`,
	methodUnsupported: (method: string) => `${method} is not supported by this SCIM service provider`,
	notFound: 'Resource not found',
	resourceNotFound: (id: string) => `Resource ${id} not found`,
};
