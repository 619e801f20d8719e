import type {IncomingMessage, ServerResponse} from 'node:http';
import {authenticateBearer} from './bearer-auth.js';
import {sendJson} from './http-io.js';
import type {PracticeContext} from './practice-context.js';
import {listResponse, parseListQuery} from './scim-list.js';
import {serviceProviderConfig} from './service-provider-config.js';

const scimType = 'application/scim+json';
const errorSchema = 'urn:ietf:params:scim:api:messages:2.0:Error';

/**
 * The read side of SCIM 2.0 under the Base URL, as Okta's "Test API Credentials" and imports use
 * it. Every request needs a Bearer token from this server; the token's provider decides which
 * users are seen, as two providers of one appliance would.
 */
export function handleScimRequest(
	req: IncomingMessage,
	res: ServerResponse,
	context: PracticeContext,
	path: string,
	query: URLSearchParams,
): void {
	const provider = authenticateBearer(req.headers.authorization, context);
	if ('detail' in provider) {
		// RFC 6750 §3 allows only ASCII in the header: it keeps the English words, the body says them in the server's language.
		const error = provider.error === undefined ? '' : `, error="${provider.error}", error_description="${provider.headerDetail}"`;
		sendScimError(res, 401, provider.detail, {headers: {'WWW-Authenticate': `Bearer realm="Segura SCIM"${error}`}});
		return;
	}
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		sendScimError(res, 501, context.text.methodUnsupported(req.method ?? '?'));
		return;
	}
	const users = context.users[provider.kind];
	const [, collection, rawId, extra] = path.split('/');
	// A trailing slash (`/Users/`) names the collection, not an empty id.
	const id = rawId === '' ? undefined : rawId;
	if (extra !== undefined) {
		sendScimError(res, 404, context.text.notFound);
		return;
	}
	if (collection === 'ServiceProviderConfig' && id === undefined) {
		sendScim(res, 200, serviceProviderConfig(context.baseUrl, context.startedAt));
		return;
	}
	if (collection === 'Users' || collection === 'Groups') {
		// The practice appliance has no groups yet: Okta pushes them.
		const resources = collection === 'Users' ? users : [];
		if (id !== undefined) {
			const found = resources.find(resource => resource.id === id);
			if (found) sendScim(res, 200, found, {Location: found.meta.location});
			else sendScimError(res, 404, context.text.resourceNotFound(id));
			return;
		}
		const filterable = collection === 'Users' ? ['userName', 'externalId', 'id'] : ['displayName', 'externalId', 'id'];
		const listQuery = parseListQuery(query, filterable, context.text);
		if ('scimType' in listQuery) {
			sendScimError(res, 400, listQuery.detail, {scimType: listQuery.scimType});
			return;
		}
		sendScim(res, 200, listResponse(resources, listQuery));
		return;
	}
	sendScimError(res, 404, context.text.notFound);
}

function sendScim(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
	sendJson(res, status, body, scimType, headers);
}

/** RFC 7644 §3.12: the status travels as a string inside the body too. */
function sendScimError(
	res: ServerResponse,
	status: number,
	detail: string,
	extra: {scimType?: string; headers?: Record<string, string>} = {},
): void {
	const body = {
		schemas: [errorSchema],
		...(extra.scimType === undefined ? {} : {scimType: extra.scimType}),
		detail,
		status: String(status),
	};
	sendScim(res, status, body, extra.headers);
}
