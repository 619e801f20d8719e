import {maxResults} from './scim-list.js';

/** RFC 7643 §5: what this SCIM service provider supports (reading, paging and simple filters). */
export function serviceProviderConfig(baseUrl: string, created: string) {
	return {
		schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
		patch: {supported: false},
		bulk: {supported: false, maxOperations: 0, maxPayloadSize: 0},
		filter: {supported: true, maxResults},
		changePassword: {supported: false},
		sort: {supported: false},
		etag: {supported: false},
		authenticationSchemes: [
			{
				type: 'oauthbearertoken',
				name: 'OAuth Bearer Token',
				description: 'Authentication with an OAuth 2.0 access token from the provider\'s Token URL',
				specUri: 'https://www.rfc-editor.org/info/rfc6750',
				primary: true,
			},
		],
		meta: {
			resourceType: 'ServiceProviderConfig',
			created,
			lastModified: created,
			location: `${baseUrl}/ServiceProviderConfig`,
		},
	};
}
