// The parts of undici one request needs, imported file by file. The package's index also loads
// fetch, the web streams glue, the cache, mock and WebSocket code: bundled whole it costs ~50 ms
// of start-up that `get` must not pay (measured here, bundled). undici 7 has no "exports" map,
// so these paths are reachable; undici-modules.d.ts gives them the package's own types.
import connect from 'undici/lib/api/api-connect.js';
import buildConnector from 'undici/lib/core/connect.js';
import Dispatcher from 'undici/lib/dispatcher/dispatcher.js';
import EnvHttpProxyAgent from 'undici/lib/dispatcher/env-http-proxy-agent.js';
import Pool from 'undici/lib/dispatcher/pool.js';
import {keepWasmBaseline} from './undici-wasm.js';

// undici's index gives every dispatcher its API methods; the proxy agent opens its CONNECT
// tunnel with one of them (`connect`), so attach that one as the index would.
Object.assign(Dispatcher.prototype, {connect});

// Before the first connection, which is when undici compiles its HTTP parser.
keepWasmBaseline();

export {buildConnector, EnvHttpProxyAgent, Pool};
