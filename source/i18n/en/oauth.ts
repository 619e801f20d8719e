import type {ClientRoute} from '../../model/client-route.js';
import {detail, routeOf, serverWords, statusLine} from '../sentence.js';
import {routeText} from './net.js';

// What the token endpoint's answers mean, for a Segura administrator. Every value that came
// from the server is already scrubbed of the secret before it reaches these functions.

const tokenPath = 'on Segura the Token URL is usually https://HOST/iso/oauth2/token';

const oauthHints: Readonly<Record<string, string>> = {
	invalid_request: 'Check the extra parameters (such as ttl) and the Scope; leave out what the provider does not expect.',
	invalid_scope: 'Leave the Scope empty, or use one the provider allows.',
	unauthorized_client: 'This client may not use the Client Credentials grant: check the provider in Segura.',
	unsupported_grant_type: `The server does not offer Client Credentials at this address: check the Token URL (${tokenPath}).`,
};

const defaultOauthHint = 'Check the request settings: Scope, extra parameters and Client Authentication.';

export const oauthText = {
	redirect: (status: number, location: string | undefined) => ({
		message: `The Token URL answered with a redirect (HTTP ${status}) to ${location ?? '(no Location given)'}; the request was not repeated there, so the secret was not sent to it.`,
		hint: 'If that address is the right one, use it as the Token URL (often https:// instead of http://).',
	}),
	oauthError: (status: number, error: string, description: string | undefined) => {
		const hint = oauthHints[error] ?? defaultOauthHint;
		return {message: `The token server refused the request (HTTP ${status}): ${error}${detail(description)}.`, hint: hint};
	},
	invalidClient: (status: number, error: string | undefined, description: string | undefined, triedBoth: boolean) => ({
		message:
			`The token server did not accept the Client ID and Client Secret (HTTP ${status}${serverWords(error, description)}).` +
			(triedBoth ? ' Both encodings of the Basic header were tried (RFC 6749 and Postman\'s raw one).' : ''),
		hint: 'Copy the Client ID and Client Secret again from Provider details. Check that they belong to the provider of the right kind (internal users or third-party users). If it still fails, change Client Authentication (step 3 of the wizard, or --auth).',
	}),
	forbidden: (description: string | undefined, route: ClientRoute) => ({
		message: `The token server refused access (HTTP 403 Forbidden)${detail(description)}.${routeOf(route, routeText)}`,
		hint: 'Add this machine\'s address to the provider\'s list of allowed IPs in Segura, or run segura-token on an allowed machine.',
	}),
	notFound: (url: string) => ({message: `Nothing answers at ${url} (HTTP 404 Not Found).`, hint: `Check the path of the Token URL: ${tokenPath}.`}),
	serverError: (status: number, statusText: string, description: string | undefined) => ({
		message: `The token server failed with ${statusLine(status, statusText)}${detail(description)}.`,
		hint: 'Try again in a moment; if it keeps failing, the Segura server\'s logs say why.',
	}),
	html: (status: number, title: string | undefined) => ({
		message: `The Token URL answered with a web page (HTML, HTTP ${status}${title ? `, titled "${title}"` : ''}) instead of a token.`,
		hint: `That is usually a proxy or login page, or a wrong URL: ${tokenPath}.`,
	}),
	noAccessToken: (fields: string) => ({
		message: `The token server answered JSON without an access_token${fields ? ` (fields: ${fields})` : ' (an empty object)'}.`,
		hint: `Check that the Token URL points at the token endpoint: ${tokenPath}.`,
	}),
	notUtf8: (host: string) => ({
		message: `The answer from ${host} is not valid UTF-8 text, so its token cannot be trusted.`,
		hint: `Another service or a proxy may be answering at that address: ${tokenPath}.`,
	}),
	badToken: (problem: 'empty' | 'too-long' | 'characters', maxLength: number, shown: string) => {
		const what = {
			empty: 'it is empty',
			'too-long': `it is longer than ${maxLength} characters`,
			characters: 'it holds characters a Bearer token cannot have (RFC 6750 allows letters, digits and -._~+/=)',
		}[problem];
		return {
			message: `The server's access_token is not a usable token: ${what}. It began: ${shown}`,
			hint: `Check that the Token URL is the provider's token endpoint: ${tokenPath}.`,
		};
	},
	invalidJson: (status: number, contentType: string | undefined) => ({
		message: `The token server's answer is not valid JSON (HTTP ${status}${contentType ? `, ${contentType}` : ''}).`,
		hint: `Another service or a proxy may be answering at that address: ${tokenPath}.`,
	}),
	httpStatus: (status: number, statusText: string, description: string | undefined) => ({
		message: `The token server answered ${statusLine(status, statusText)}${detail(description)}.`,
		hint: `Check the Token URL (${tokenPath}) and the Client Authentication.`,
	}),
};
