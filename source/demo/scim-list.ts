import type {PracticeText} from '../i18n/text.js';

export const listResponseSchema = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
/** The most resources one page carries; ServiceProviderConfig advertises it as filter.maxResults. */
export const maxResults = 100;

export type ListQuery = Readonly<{startIndex: number; count: number; filter?: Readonly<{attribute: string; value: string}>}>;
export type ListQueryError = Readonly<{scimType: 'invalidValue' | 'invalidFilter'; detail: string}>;

/**
 * RFC 7644 §3.4.2.4: startIndex is 1-based and values below 1 mean 1; a negative count means 0.
 * Filtering supports what Okta sends: `attribute eq "value"` on the given attributes.
 */
export function parseListQuery(
	query: URLSearchParams,
	filterable: readonly string[],
	text: PracticeText,
): ListQuery | ListQueryError {
	const startIndex = integerParam(query, 'startIndex');
	const count = integerParam(query, 'count');
	if (startIndex === null) return {scimType: 'invalidValue', detail: text.integer('startIndex')};
	if (count === null) return {scimType: 'invalidValue', detail: text.integer('count')};
	const base = {
		startIndex: Math.max(startIndex ?? 1, 1),
		count: Math.min(Math.max(count ?? maxResults, 0), maxResults),
	};
	const filterText = query.get('filter');
	if (filterText === null) return base;
	const filter = parseEqFilter(filterText, filterable);
	if (!filter) {
		return {
			scimType: 'invalidFilter',
			detail: text.filterOnly(filterable.join(', ')),
		};
	}
	return {...base, filter};
}

/** The page of a ListResponse; matching is case-insensitive, as for userName (caseExact false). */
export function listResponse<T extends Readonly<Record<string, unknown>>>(all: readonly T[], query: ListQuery) {
	const filter = query.filter;
	const matching = filter
		? all.filter(item => {
				const value = item[filter.attribute];
				return typeof value === 'string' && value.toLowerCase() === filter.value.toLowerCase();
			})
		: all;
	const page = matching.slice(query.startIndex - 1, query.startIndex - 1 + query.count);
	return {
		schemas: [listResponseSchema],
		totalResults: matching.length,
		startIndex: query.startIndex,
		itemsPerPage: page.length,
		Resources: page,
	};
}

/** undefined when absent, null when present but not an integer. */
function integerParam(query: URLSearchParams, name: string): number | undefined | null {
	const text = query.get(name);
	if (text === null) return undefined;
	return /^-?\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : null;
}

function parseEqFilter(text: string, filterable: readonly string[]): ListQuery['filter'] | undefined {
	const match = /^\s*([A-Za-z]\w*)\s+eq\s+("(?:[^"\\]|\\.)*")\s*$/i.exec(text);
	if (!match?.[1] || !match[2]) return undefined;
	const attribute = filterable.find(name => name.toLowerCase() === match[1]?.toLowerCase());
	if (!attribute) return undefined;
	try {
		return {attribute, value: String(JSON.parse(match[2]))};
	} catch {
		return undefined;
	}
}
