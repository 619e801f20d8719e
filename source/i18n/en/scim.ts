import type {ClientRoute} from '../../model/client-route.js';
import {detail, routeOf, statusLine} from '../sentence.js';
import {routeText} from './net.js';

// The Okta-style check of a token against the SCIM Base URL, for a Segura administrator. Every
// value that came from the server is already scrubbed of the token before it reaches these.

const basePath = 'on Segura the Base URL is usually https://HOST/iso/scim/v2';

export const scimText = {
	unauthorized: (description: string | undefined) => ({
		message: `The SCIM server rejected the token (HTTP 401 Unauthorized)${detail(description)}.`,
		hint: 'The token may have expired (Segura tokens last about one hour), or it was issued by the other provider (internal users or third-party users) or by another Segura: get a new token from the provider this Base URL belongs to.',
	}),
	forbidden: (description: string | undefined, route: ClientRoute) => ({
		message: `The SCIM server refused access (HTTP 403 Forbidden)${detail(description)}.${routeOf(route, routeText)}`,
		hint: "Add this machine's address to the provider's list of allowed IPs in Segura, or run the check on an allowed machine. The list must also allow the addresses Okta calls from.",
	}),
	notFound: (url: string) => ({
		message: `Nothing answers at ${url} (HTTP 404 Not Found).`,
		hint: `Check the path of the Base URL, without /Users at the end: ${basePath}.`,
	}),
	html: (status: number, title: string | undefined) => ({
		message: `The Base URL answered with a web page (HTML, HTTP ${status}${title ? `, titled "${title}"` : ''}) instead of SCIM data.`,
		hint: `That is usually a proxy or login page, or a wrong URL: ${basePath}.`,
	}),
	notScim: (status: number, found: string) => ({
		message: `The Base URL answered HTTP ${status}, but not with the SCIM ListResponse Okta expects (${found}).`,
		hint: `Check that the Base URL points at the SCIM service: ${basePath}.`,
	}),
	serverError: (status: number, statusText: string, description: string | undefined) => ({
		message: `The SCIM server failed with ${statusLine(status, statusText)}${detail(description)}.`,
		hint: "Try again in a moment; if it keeps failing, the Segura server's logs say why.",
	}),
	redirect: (status: number, location: string | undefined) => ({
		message: `The Base URL answered with a redirect (HTTP ${status}) to ${location ?? '(no Location given)'}; it was not followed, so the token was not sent there.`,
		hint: 'If that address is the right one, use it as the Base URL (often https:// instead of http://).',
	}),
	httpStatus: (status: number, statusText: string, description: string | undefined) => ({
		message: `The SCIM server answered ${statusLine(status, statusText)} instead of a list of users${detail(description)}.`,
		hint: `Check the Base URL: ${basePath}.`,
	}),
	noToken: {
		message: 'No token to check: it is read from standard input with --token-stdin, or from SEGURA_TOKEN; never from an argument.',
		hint: 'segura-token get --profile NAME | segura-token verify --profile NAME --token-stdin',
	},
	noTokenInProfile: (profile: string) => ({
		message: `The profile ${profile} gives the Base URL, but no token: tokens are never stored. Pass it with --token-stdin or SEGURA_TOKEN.`,
		hint: `segura-token get --profile ${profile} | segura-token verify --profile ${profile} --token-stdin`,
	}),
	emptyTokenStdin: {message: 'Standard input was empty: --token-stdin expects the access token there.', hint: 'printf %s "$TOKEN" | segura-token verify --base-url URL --token-stdin'},
	badToken: {
		message: 'The token has characters an access token cannot have (RFC 6750 allows letters, digits and -._~+/=: no spaces, line breaks or control characters).',
		hint: 'Copy the Access token again, on its own, with nothing before or after it.',
	},
};

/** What a 2xx body that is not a ListResponse turned out to be, for scimText.notScim. */
export const notScimFound = {
	notJson: (contentType: string | undefined) => `the answer is not JSON${contentType ? `, ${contentType}` : ''}`,
	empty: 'the answer is empty',
	fields: (schemas: string | undefined, fields: string) => (schemas ? `schemas: ${schemas}` : fields ? `JSON with the fields ${fields}` : 'an empty JSON object'),
	noTotal: 'a ListResponse without a numeric totalResults',
	notObject: 'JSON that is not an object',
};

export const verifyText = {
	tokenPrompt: 'Access token (hidden): ',
	works: (users: number) => `The token works: the SCIM server answered like Okta expects (${users} ${users === 1 ? 'user' : 'users'}).`,
	expires: (expiry: string) => `The token ${expiry}.`,
	bearerStripped: 'The token began with "Bearer ": it was checked without it. Okta adds the Bearer prefix itself, so paste only the token there.',
	baseUrl: '--base-url URL (or --profile NAME)',
};
