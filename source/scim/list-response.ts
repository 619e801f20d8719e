import {isRecord} from '../net/read-answer.js';

export const listResponseSchema = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

/** What Okta reads of a ListResponse: how many users there are, and how many came back. */
export type ListCounts = Readonly<{totalResults: number; itemsPerPage?: number}>;

/** Why a JSON body is not a ListResponse, for the message. */
export type NotList =
	| Readonly<{problem: 'not_object'}>
	| Readonly<{problem: 'schemas'; schemas?: readonly string[]; fields: readonly string[]}>
	| Readonly<{problem: 'no_total'}>;

/**
 * RFC 7644 §3.4.2: a ListResponse names its schema and carries totalResults. The schema URN is
 * compared case-insensitively, as RFC 7643 §2.1 says URNs are.
 */
export function readListResponse(value: unknown): ListCounts | NotList {
	if (!isRecord(value)) return {problem: 'not_object'};
	const schemas = Array.isArray(value.schemas) ? value.schemas.filter((item): item is string => typeof item === 'string') : undefined;
	if (!schemas?.some(schema => schema.toLowerCase() === listResponseSchema.toLowerCase())) {
		return {problem: 'schemas', ...(schemas ? {schemas} : {}), fields: Object.keys(value)};
	}
	const total = value.totalResults;
	if (typeof total !== 'number' || !Number.isInteger(total) || total < 0) return {problem: 'no_total'};
	const items = value.itemsPerPage;
	return {totalResults: total, ...(typeof items === 'number' && Number.isInteger(items) && items >= 0 ? {itemsPerPage: items} : {})};
}
