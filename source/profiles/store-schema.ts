import type {Schema} from 'conf';
import type {Profile} from './profile.js';
import {profileNamePattern} from './profile-name.js';

export type StoreData = {
	profiles?: Profile[];
};

/**
 * The release that last changed the file's shape; conf records it in the file and runs every
 * migration up to it. A new shape means a new migration in store-migrations.ts and this bumped
 * to the release that brings it.
 */
export const storeFormatVersion = '0.1.0';

const text = {type: 'string', maxLength: 4096} as const;
const isoTime = {type: 'string', format: 'date-time'} as const;

/** conf validates the whole file against this on every read and every write. */
export const storeSchema: Schema<StoreData> = {
	profiles: {
		type: 'array',
		items: {
			type: 'object',
			additionalProperties: false,
			required: [
				'name',
				'seguraUrl',
				'baseUrl',
				'tokenUrl',
				'clientId',
				'kind',
				'tokenName',
				'auth',
				'encoding',
				'scope',
				'params',
				'network',
				'history',
			],
			properties: {
				name: {type: 'string', pattern: profileNamePattern},
				seguraUrl: text,
				baseUrl: text,
				tokenUrl: {...text, minLength: 1},
				clientId: {...text, minLength: 1},
				kind: {enum: ['internal', 'third-party']},
				tokenName: text,
				auth: {enum: ['basic', 'body']},
				encoding: {enum: ['rfc', 'raw']},
				scope: text,
				params: {
					type: 'array',
					items: {
						type: 'array',
						minItems: 2,
						prefixItems: [{...text, minLength: 1}, text],
						items: false,
					},
				},
				network: {
					type: 'object',
					additionalProperties: false,
					properties: {
						caFile: {...text, minLength: 1},
						insecure: {type: 'boolean'},
					},
				},
				clientSecret: {...text, minLength: 1},
				history: {
					type: 'array',
					items: {
						type: 'object',
						// Nothing but metadata: a token field here would be a bug.
						additionalProperties: false,
						required: ['issuedAt', 'tokenName', 'last4'],
						properties: {
							issuedAt: isoTime,
							tokenName: text,
							expiresAt: isoTime,
							last4: {type: 'string', maxLength: 4},
						},
					},
				},
			},
		},
	},
};
