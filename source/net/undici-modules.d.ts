// Types for the undici files undici-parts.ts imports one by one: each file's module.exports is
// the class or function the package index re-exports under the same name.
declare module 'undici/lib/core/connect.js' {
	import {buildConnector} from 'undici';
	export default buildConnector;
}

declare module 'undici/lib/dispatcher/env-http-proxy-agent.js' {
	import {EnvHttpProxyAgent} from 'undici';
	export default EnvHttpProxyAgent;
}

declare module 'undici/lib/dispatcher/pool.js' {
	import {Pool} from 'undici';
	export default Pool;
}

declare module 'undici/lib/dispatcher/dispatcher.js' {
	import {Dispatcher} from 'undici';
	export default Dispatcher;
}

declare module 'undici/lib/api/api-connect.js' {
	import type {Dispatcher} from 'undici';
	const connect: Dispatcher['connect'];
	export default connect;
}
