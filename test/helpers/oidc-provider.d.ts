// oidc-provider ships no types; the little the tests use, declared by hand.
declare module 'oidc-provider' {
	import type {RequestListener} from 'node:http';

	type Client = {clientId: string};

	export default class Provider {
		constructor(issuer: string, configuration: Record<string, unknown> & {
			features?: Record<string, unknown> & {
				resourceIndicators?: {
					enabled: boolean;
					defaultResource?: (ctx: unknown, client: Client, oneOf?: string[]) => string | undefined;
					useGrantedResource?: (ctx: unknown, source: unknown) => boolean;
					getResourceServerInfo?: (ctx: unknown, resource: string, client: Client) => Record<string, unknown>;
				};
			};
		});
		callback(): RequestListener;
		on(event: string, listener: (...args: unknown[]) => void): this;
	}
}
