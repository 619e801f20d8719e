import type {Binding} from './key-binding.js';
import {driftOf} from './profile-sync.js';
import type {Base, Settled} from './base.js';

/** s: offered once a token came, when this run used values the profile in use does not keep. */
export function syncBindings(state: Base & Settled): readonly Binding[] {
	if (state.sync.status === 'running' || driftOf(state).length === 0) return [];
	return [{keys: ['s'], label: 'saveToProfile', shown: () => 's', action: () => ({type: 'profile/sync'})}];
}
