import type {TokenResult} from '../../oauth/types.js';
import type {Base, Settled} from '../shared/base.js';
import type {Idle, Work} from '../shared/work.js';

/** The token request: running since `startedAt` (wall clock, ms), then the token or the failure. */
export type TokenCall = Exclude<Work<Readonly<{startedAt: number}>, TokenResult>, Idle>;

/** Step 5: Postman's "Get New Access Token" and what came of it. */
export type FetchState = Base & Settled & Readonly<{step: 'fetch'; call: TokenCall}>;
