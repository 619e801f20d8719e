import type {SaveContext} from '../rules/configure-rules.js';
import type {Base} from '../shared/base.js';

/** What step 3 checks a profile name and the Client ID against: the saved profiles, less the one being edited. */
export function saveContextOf(state: Pick<Base, 'profiles' | 'profile' | 'values' | 'kind'>): SaveContext {
	return {profiles: state.profiles, editing: state.profile?.name, clientId: state.values.clientId, kind: state.kind};
}
